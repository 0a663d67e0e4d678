#!/usr/bin/env python3
"""Creates N organizations through the API on one keep-alive connection: seed.py URL TOKEN N."""
import http.client
import json
import sys
import urllib.parse

url, token, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
parts = urllib.parse.urlsplit(url)
conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json", "Host": parts.netloc}
for i in range(count):
    body = json.dumps({"display_name": f"Bench org {i}", "external_id": f"bench-{i}", "metadata": {"seq": str(i)}})
    conn.request("POST", "/api/v1/organizations", body, headers)
    response = conn.getresponse()
    response.read()
    if response.status != 201:
        sys.exit(f"create failed at {i}: HTTP {response.status}")
print(f"created {count} organizations")
