#!/usr/bin/env python3
"""Runs Microsoft's SCIM reference Postman collection ("SCIM Tests", AzureAD/SCIMReferenceCode) with
newman against a real gatehouse-engine, and compares the failed assertions with the argued list in
expected-failures.json: the run passes when exactly those fail (each one is a case where the
collection contradicts RFC 7644 or our no-silent-success rule; see docs/scim.md). Exit 77 (skipped,
with the reason printed) when newman is not installed (npm ci in this folder)."""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
COLLECTION = os.path.join(HERE, "..", "..", "data", "scim", "microsoft", "PostmanCollection.json")
NEWMAN = os.path.join(HERE, "node_modules", ".bin", "newman")


def call(base, method, path, token=None, body=None, form=None):
    data = None
    headers = {}
    if form is not None:
        data = "&".join(f"{k}={v}" for k, v in form.items()).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=15) as reply:
        text = reply.read()
        return json.loads(text) if text else {}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    if len(sys.argv) != 2:
        print("usage: run-postman.py <gatehouse-engine>", file=sys.stderr)
        return 2
    if not os.access(NEWMAN, os.X_OK):
        print(f"SKIP: newman is not installed (run npm ci in {HERE})")
        return 77
    engine = sys.argv[1]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as data_dir:
        common = ["--data-dir", data_dir, "--base-url", base]
        creds = json.loads(subprocess.run([engine, "bootstrap", "--print-credentials", *common], check=True,
                                          capture_output=True, text=True).stdout)
        server = subprocess.Popen([engine, "serve", "--listen", f"127.0.0.1:{port}", "--rate-limit", "0/60", *common],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for attempt in range(300):
                try:
                    call(base, "GET", "/health")
                    break
                except OSError:
                    if attempt == 299 or server.poll() is not None:
                        print("the engine did not start", file=sys.stderr)
                        return 1
                    time.sleep(0.1)
            token = call(base, "POST", "/oauth/token", form={"grant_type": "client_credentials",
                                                             "client_id": creds["client_id"],
                                                             "client_secret": creds["client_secret"]})["access_token"]
            org = call(base, "POST", "/api/v1/organizations", token, {"display_name": "Postman"})["organization"]["id"]
            dirs = f"/api/v1/organizations/{org}/directories"
            directory = call(base, "POST", dirs, token, {"directory_type": "SCIM",
                                                         "directory_provider": "MICROSOFT_AD"})["directory"]["id"]
            call(base, "PATCH", f"{dirs}/{directory}:enable", token)
            secret = call(base, "POST", f"{dirs}/{directory}/secrets", token)["plain_secret"]

            collection = json.load(open(COLLECTION, encoding="utf-8"))
            # "Get Token" asks the reference server's demo /Token endpoint; our bearer is the directory secret.
            collection["item"] = [i for i in collection["item"] if i.get("name") != "Get Token"]
            with tempfile.TemporaryDirectory() as work:
                filtered = os.path.join(work, "collection.json")
                report = os.path.join(work, "report.json")
                json.dump(collection, open(filtered, "w", encoding="utf-8"))
                subprocess.run([NEWMAN, "run", filtered, "--reporters", "cli,json", "--reporter-json-export", report,
                                "--env-var", "Protocol=http", "--env-var", "Server=127.0.0.1",
                                "--env-var", f"Port=:{port}", "--env-var", f"Api=directory/{directory}/scim/v2",
                                "--env-var", f"token={secret}", "--color", "off", "--disable-unicode"],
                               stdout=subprocess.DEVNULL if os.environ.get("QUIET") else None)
                run = json.load(open(report, encoding="utf-8"))["run"]
        finally:
            server.terminate()
            server.wait(timeout=10)

    failed = set()
    for execution in run["executions"]:
        for assertion in execution.get("assertions", []):
            if assertion.get("error"):
                failed.add((execution["item"]["name"], assertion["assertion"]))
    expected = {(e["request"], e["assertion"]) for e in json.load(open(os.path.join(HERE, "expected-failures.json")))}
    total = sum(len(e.get("assertions", [])) for e in run["executions"])
    print(f"{total} assertions, {len(failed)} failed ({len(expected)} argued in expected-failures.json)")
    unexpected = sorted(failed - expected)
    fixed = sorted(expected - failed)
    for request, assertion in unexpected:
        print(f"UNEXPECTED FAILURE: {request} / {assertion}")
    for request, assertion in fixed:
        print(f"ARGUED FAILURE NOW PASSES (update expected-failures.json): {request} / {assertion}")
    return 0 if not unexpected and not fixed and total > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
