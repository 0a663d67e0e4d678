#!/usr/bin/env python3
"""SCIM provisioning benchmark against a real gatehouse-engine (run by hand; bench/smoke.sh runs it tiny).

  bench/scim/run.py <gatehouse-engine> [--users 10000] [--lookup-users 100000] [--members 1000] [--db URL]

Cases: POST /Users sequential and 8-way concurrent; an Entra-like initial sync (per user: userName probe,
POST, group member PATCH) with 8 clients; userName eq lookups in a directory of --lookup-users users
(seeded through /Bulk); one group PATCH adding --members members. Prints req/s, p50 and p95."""

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "interop"))
from enginectl import Engine, http  # noqa: E402

USER = "urn:ietf:params:scim:schemas:core:2.0:User"


def user_body(prefix, n):
    return json.dumps({"schemas": [USER], "userName": f"{prefix}-{n}@example.com", "externalId": f"{prefix}-{n}",
                       "name": {"givenName": f"G{n}", "familyName": f"F{n}"},
                       "emails": [{"value": f"{prefix}-{n}@example.com", "type": "work", "primary": True}]})


def report(name, latencies, seconds):
    latencies = sorted(latencies)
    p95 = latencies[int(len(latencies) * 0.95) - 1] if latencies else 0
    print(f"{name:<44} {len(latencies):>7} req  {len(latencies) / seconds:>8.1f} req/s  "
          f"p50 {statistics.median(latencies):>7.1f} ms  p95 {p95:>7.1f} ms")


def parallel(workers, count, task):
    latencies = []
    lock = threading.Lock()
    it = iter(range(count))

    def run():
        while True:
            with lock:
                n = next(it, None)
            if n is None:
                return
            spent = task(n)
            with lock:
                latencies.extend(spent)

    threads = [threading.Thread(target=run) for _ in range(workers)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("engine")
    parser.add_argument("--users", type=int, default=10000)
    parser.add_argument("--lookup-users", type=int, default=100000)
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--lookups", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        engine = Engine(args.engine, data_dir, extra_args=["--scim-rate-limit", "0/60"])
        creds = engine.bootstrap()
        engine.start()
        try:
            bench(engine, creds, args)
        finally:
            engine.stop()


def bench(engine, creds, args):
    token = engine.token(creds)

    def directory():
        _, _, scim, secret = engine.scim_directory(token)
        return scim, {"Authorization": "Bearer " + secret, "Content-Type": "application/scim+json"}

    def post(scim, headers, prefix):
        def task(n):
            status, _, ms = http("POST", scim + "/Users", headers, user_body(prefix, n))
            assert status == 201, status
            return [ms]
        return task

    scim, headers = directory()
    report("POST /Users, 1 client", *parallel(1, args.users, post(scim, headers, "seq")))
    scim, headers = directory()
    report("POST /Users, 8 clients", *parallel(8, args.users, post(scim, headers, "par")))

    scim, headers = directory()
    status, text, _ = http("POST", scim + "/Groups", headers,
                           json.dumps({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "all"}))
    group = json.loads(text)["id"]

    def entra(n):
        spent = []
        flt = urllib.parse.quote(f'userName eq "entra-{n}@example.com"')
        status, _, ms = http("GET", f"{scim}/Users?filter={flt}", headers)
        spent.append(ms)
        status, text, ms = http("POST", scim + "/Users", headers, user_body("entra", n))
        spent.append(ms)
        patch = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "Add", "path": "members", "value": [{"value": json.loads(text)["id"]}]}]}
        status, _, ms = http("PATCH", f"{scim}/Groups/{group}", headers, json.dumps(patch))
        assert status == 204, status
        spent.append(ms)
        return spent

    report("Entra-like sync (probe+POST+PATCH), 8 clients", *parallel(8, args.users, entra))

    scim, headers = directory()
    started = time.monotonic()
    for start in range(0, args.lookup_users, 100):
        ops = [{"method": "POST", "path": "/Users", "bulkId": str(n), "data": json.loads(user_body("look", n))}
               for n in range(start, min(start + 100, args.lookup_users))]
        status, _, _ = http("POST", scim + "/Bulk", headers, json.dumps(
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"], "Operations": ops}), timeout=120)
        assert status == 200, status
    print(f"seeded {args.lookup_users} users through /Bulk in {time.monotonic() - started:.1f} s")

    def lookup(n):
        k = (n * 7919) % args.lookup_users
        flt = urllib.parse.quote(f'userName eq "LOOK-{k}@EXAMPLE.COM"')
        status, text, ms = http("GET", f"{scim}/Users?filter={flt}", headers)
        assert status == 200 and json.loads(text)["totalResults"] == 1, (status, text[:200])
        return [ms]

    report(f"userName eq lookup in {args.lookup_users} users", *parallel(1, args.lookups, lookup))

    ids = []
    for n in range(args.members):
        status, text, _ = http("POST", scim + "/Users", headers, user_body("member", n))
        ids.append(json.loads(text)["id"])
    status, text, _ = http("POST", scim + "/Groups", headers,
                           json.dumps({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "big"}))
    big = json.loads(text)["id"]
    patch = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [{"op": "add", "path": "members", "value": [{"value": i} for i in ids]}]}
    started = time.monotonic()
    status, _, ms = http("PATCH", f"{scim}/Groups/{big}", headers, json.dumps(patch), timeout=120)
    assert status == 204, status
    report(f"group PATCH adding {args.members} members", [ms], time.monotonic() - started)


if __name__ == "__main__":
    main()
