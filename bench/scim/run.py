#!/usr/bin/env python3
"""SCIM provisioning benchmark against a real gatehouse-engine (run by hand; bench/smoke.sh runs it tiny).

  bench/scim/run.py <gatehouse-engine> [--users 10000] [--groups 100] [--batch 25] [--lookup-users 100000]
                    [--members 1000] [--postgres] [--cases post,sync,initial,lookup,big]

Cases: POST /Users sequential and 8-way concurrent (post); an Entra-like sync into one growing group (per
user: userName probe, POST, group member PATCH) with 8 clients (sync); an Entra-like initial sync (initial:
--users users probed and created, --groups groups probed and created, then every user added to one group by
member PATCHes of --batch members, 8 clients, the groups in turn — --same-group sends one group's PATCHes
back to back so the 8 clients contend for one group; req/s and p50/p95/p99 per request type); userName eq lookups in
a directory of --lookup-users users seeded through /Bulk (lookup); one group PATCH adding --members members
to an empty group and to a group that already has --users members (big). --postgres runs on
GATEHOUSE_TEST_PG_URL (own schema, dropped afterwards)."""

import argparse
import json
import os
import statistics
import subprocess
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


def pct(latencies, p):
    return latencies[max(0, int(len(latencies) * p + 0.5) - 1)] if latencies else 0


def report(name, latencies, seconds):
    latencies = sorted(latencies)
    print(f"{name:<52} {len(latencies):>7} req  {len(latencies) / seconds:>8.1f} req/s  "
          f"p50 {statistics.median(latencies):>7.1f} ms  p95 {pct(latencies, 0.95):>7.1f} ms  "
          f"p99 {pct(latencies, 0.99):>7.1f} ms", flush=True)


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
    parser.add_argument("--groups", type=int, default=100)
    parser.add_argument("--batch", type=int, default=25)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--same-group", action="store_true",
                        help="initial: send each group's batches one after the other (8 clients on one group)")
    parser.add_argument("--cases", default="post,sync,initial,lookup,big")
    args = parser.parse_args()
    args.cases = set(args.cases.split(","))
    pg_url = os.environ.get("GATEHOUSE_TEST_PG_URL", "")
    if args.postgres and not pg_url:
        print("--postgres needs GATEHOUSE_TEST_PG_URL", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as data_dir:
        engine = Engine(args.engine, data_dir, extra_args=["--scim-rate-limit", "0/60"])
        schema = None
        if args.postgres:
            schema = f"scimbench_{os.getpid()}_{int(time.time())}"
            subprocess.run(["psql", pg_url, "-q", "-c", f"CREATE SCHEMA {schema}"], check=True)
            engine.common += ["--db", f"{pg_url}{'&' if '?' in pg_url else '?'}schema={schema}"]
        print(f"database: {'PostgreSQL' if schema else 'SQLite'}", flush=True)
        try:
            creds = engine.bootstrap()
            engine.start()
            try:
                bench(engine, creds, args)
            finally:
                engine.stop()
        finally:
            if schema:
                subprocess.run(["psql", pg_url, "-q", "-c", f"DROP SCHEMA {schema} CASCADE"], check=False,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return 0


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

    if "post" in args.cases:
        scim, headers = directory()
        report("POST /Users, 1 client", *parallel(1, args.users, post(scim, headers, "seq")))
        scim, headers = directory()
        report("POST /Users, 8 clients", *parallel(8, args.users, post(scim, headers, "par")))
    if "sync" in args.cases:
        sync_one_group(directory, args)
    if "initial" in args.cases:
        initial_sync(directory, args)
    if "lookup" in args.cases:
        lookups(directory, args)
    if "big" in args.cases:
        big_patch(directory, args)


def sync_one_group(directory, args):
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


def lookups(directory, args):
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


GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


def bulk_users(scim, headers, prefix, count):
    ids = []
    for start in range(0, count, 100):
        ops = [{"method": "POST", "path": "/Users", "bulkId": str(n), "data": json.loads(user_body(prefix, n))}
               for n in range(start, min(start + 100, count))]
        status, text, _ = http("POST", scim + "/Bulk", headers, json.dumps(
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"], "Operations": ops}), timeout=120)
        assert status == 200, status
        ids += [o["location"].rsplit("/", 1)[1] for o in json.loads(text)["Operations"]]
    return ids


def initial_sync(directory, args):
    """Entra's initial cycle: every user probed (userName eq) and created, every group probed (displayName eq)
    and created, then memberships added by PATCHes of --batch members."""
    scim, headers = directory()
    by_type = {"GET /Users?filter (probe)": [], "POST /Users": [], "GET /Groups?filter (probe)": [],
               "POST /Groups": [], f"PATCH /Groups add {args.batch} members": []}
    lock = threading.Lock()
    user_ids = [None] * args.users
    group_ids = [None] * args.groups

    def record(kind, ms):
        with lock:
            by_type[kind].append(ms)

    def user(n):
        flt = urllib.parse.quote(f'userName eq "init-{n}@example.com"')
        status, text, ms = http("GET", f"{scim}/Users?filter={flt}", headers)
        assert status == 200 and json.loads(text)["totalResults"] == 0, status
        record("GET /Users?filter (probe)", ms)
        status, text, ms2 = http("POST", scim + "/Users", headers, user_body("init", n))
        assert status == 201, status
        record("POST /Users", ms2)
        user_ids[n] = json.loads(text)["id"]
        return [ms, ms2]

    def group(n):
        flt = urllib.parse.quote(f'displayName eq "Group {n}"')
        status, text, ms = http("GET", f"{scim}/Groups?filter={flt}&excludedAttributes=members", headers)
        assert status == 200, status
        record("GET /Groups?filter (probe)", ms)
        status, text, ms2 = http("POST", scim + "/Groups", headers,
                                 json.dumps({"schemas": [GROUP], "displayName": f"Group {n}", "externalId": f"g{n}"}))
        assert status == 201, status
        record("POST /Groups", ms2)
        group_ids[n] = json.loads(text)["id"]
        return [ms, ms2]

    total = []
    spent = 0.0
    lat, secs = parallel(8, args.users, user)
    total += lat
    spent += secs
    lat, secs = parallel(8, args.groups, group)
    total += lat
    spent += secs
    # user n joins group n % groups; each group's members go in PATCHes of --batch, the groups in turn (Entra
    # works on many groups at once; PATCHes of one group serialize on its version, see --same-group)
    per_group = []
    for g in range(args.groups):
        members = user_ids[g::args.groups]
        per_group.append([(group_ids[g], members[s:s + args.batch]) for s in range(0, len(members), args.batch)])
    if args.same_group:
        batches = [b for group in per_group for b in group]
    else:
        batches = [group[k] for k in range(max(map(len, per_group), default=0)) for group in per_group
                   if k < len(group)]

    def patch(n):
        gid, members = batches[n]
        body = {"schemas": [PATCH_OP],
                "Operations": [{"op": "Add", "path": "members", "value": [{"value": m} for m in members]}]}
        status, _, ms = http("PATCH", f"{scim}/Groups/{gid}", headers, json.dumps(body))
        assert status == 204, status
        record(f"PATCH /Groups add {args.batch} members", ms)
        return [ms]

    lat, secs = parallel(8, len(batches), patch)
    total += lat
    spent += secs
    print(f"Entra-like initial sync: {args.users} users, {args.groups} groups, {len(batches)} member PATCHes, 8 clients")
    for kind, values in by_type.items():
        report("  " + kind, values, spent)
    report("  all requests (req/s over the whole run)", total, spent)
    status, text, _ = http("GET", f"{scim}/Groups/{group_ids[0]}?attributes=members.value", headers)
    assert len(json.loads(text).get("members", [])) == len(user_ids[0::args.groups]), "members lost"


def big_patch(directory, args):
    scim, headers = directory()
    ids = bulk_users(scim, headers, "member", args.members)
    for label, prefill in (("an empty group", 0), (f"a group of {args.users} members", args.users)):
        status, text, _ = http("POST", scim + "/Groups", headers,
                               json.dumps({"schemas": [GROUP], "displayName": f"big {prefill}"}))
        big = json.loads(text)["id"]
        if prefill:
            others = bulk_users(scim, headers, f"fill{prefill}", prefill)
            for start in range(0, len(others), 1000):
                body = {"schemas": [PATCH_OP], "Operations": [
                    {"op": "add", "path": "members", "value": [{"value": i} for i in others[start:start + 1000]]}]}
                status, _, _ = http("PATCH", f"{scim}/Groups/{big}", headers, json.dumps(body), timeout=120)
                assert status == 204, status
        patch = {"schemas": [PATCH_OP],
                 "Operations": [{"op": "add", "path": "members", "value": [{"value": i} for i in ids]}]}
        started = time.monotonic()
        status, _, ms = http("PATCH", f"{scim}/Groups/{big}", headers, json.dumps(patch), timeout=120)
        assert status == 204, status
        report(f"group PATCH adding {args.members} members to {label}", [ms], time.monotonic() - started)
        one = {"schemas": [PATCH_OP], "Operations": [{"op": "remove", "path": f'members[value eq "{ids[0]}"]'}]}
        started = time.monotonic()
        status, _, ms = http("PATCH", f"{scim}/Groups/{big}", headers, json.dumps(one))
        assert status == 204, status
        report(f"group PATCH removing 1 member from {label}", [ms], time.monotonic() - started)


if __name__ == "__main__":
    sys.exit(main())
