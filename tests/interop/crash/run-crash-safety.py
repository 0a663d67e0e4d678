#!/usr/bin/env python3
"""Crash safety of SCIM provisioning: 8 clients POST users (and add each to a group) while the engine is
killed with SIGKILL mid-run; after a restart on the same data every acknowledged user is there, no user
is half-written (each is complete and has exactly its user_created event, written in the same
transaction), and every membership points at an existing user. USERS (default 400) sets the run size;
the 10,000-user run of issue 5 is `USERS=10000 run-crash-safety.py …` by hand. With --postgres the engine runs
on GATEHOUSE_TEST_PG_URL (own schema, dropped afterwards; exits 77 = skipped without the variable)."""

import json
import os
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from enginectl import Engine, http  # noqa: E402

TOTAL = int(os.environ.get("USERS", "400"))
KILL_AFTER = TOTAL // 2
WORKERS = 8


def main():
    args = sys.argv[1:]
    postgres = "--postgres" in args
    args = [a for a in args if a != "--postgres"]
    if len(args) != 1:
        print("usage: run-crash-safety.py <gatehouse-engine> [--postgres]", file=sys.stderr)
        return 2
    pg_url = os.environ.get("GATEHOUSE_TEST_PG_URL", "")
    if postgres and not pg_url:
        print("SKIP: GATEHOUSE_TEST_PG_URL is not set")
        return 77
    with tempfile.TemporaryDirectory() as data_dir:
        schema = None
        if postgres:
            schema = f"scimcrash_{os.getpid()}_{int(time.time())}"
            subprocess.run(["psql", pg_url, "-q", "-c", f"CREATE SCHEMA {schema}"], check=True)
        # the per-directory SCIM limit (6,000 requests a minute by default) is not what this run is about:
        # 10,000 users are 20,000 requests in well under a minute on a release build
        engine = Engine(args[0], data_dir, extra_args=["--scim-rate-limit", "0/60"])
        if schema:  # bootstrap and serve use the same database
            engine.common += ["--db", f"{pg_url}{'&' if '?' in pg_url else '?'}schema={schema}"]
        try:
            creds = engine.bootstrap()
            engine.start()
            try:
                return run(engine, creds)
            finally:
                engine.stop()
        finally:
            if schema:
                subprocess.run(["psql", pg_url, "-q", "-c", f"DROP SCHEMA {schema} CASCADE"], check=False,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run(engine, creds):
    token = engine.token(creds)
    org, directory, scim, secret = engine.scim_directory(token)
    headers = {"Authorization": "Bearer " + secret, "Content-Type": "application/scim+json"}
    status, text, _ = http("POST", scim + "/Groups", headers, json.dumps(
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "crash"}))
    group = json.loads(text)["id"]
    acknowledged = {}
    lock = threading.Lock()
    counter = iter(range(TOTAL))
    killed = threading.Event()
    last_error = [""]
    refused = []  # answers other than 201 while the engine was up

    def worker():
        while not killed.is_set():
            with lock:
                n = next(counter, None)
            if n is None:
                return
            user = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": f"crash-{n}@example.com",
                    "name": {"givenName": f"Given{n}", "familyName": f"Family{n}"},
                    "emails": [{"value": f"crash-{n}@example.com", "primary": True}]}
            status = None
            for attempt in range(5):
                try:
                    status, text, _ = http("POST", scim + "/Users", headers, json.dumps(user), timeout=30)
                    break
                except OSError as error:
                    last_error[0] = repr(error)
                    # after the kill the engine is gone; before it, a transient client error (a slow answer on
                    # a loaded machine, no free local port during a 10,000-user run) is retried, never a stop
                    if killed.is_set():
                        return
                    time.sleep(0.2 * (attempt + 1))
            if status is None:
                print(f"client gives up: {last_error[0]}", flush=True)
                return
            if status != 201 and not killed.is_set():
                with lock:
                    refused.append(f"POST /Users crash-{n}: {status} {text[:200]}")
            if status == 201:
                user_id = json.loads(text)["id"]
                with lock:
                    acknowledged[user_id] = n
                patch = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [{"op": "add", "path": "members", "value": [{"value": user_id}]}]}
                for attempt in range(5):
                    try:
                        http("PATCH", f"{scim}/Groups/{group}", headers, json.dumps(patch), timeout=30)
                        break
                    except OSError:
                        if killed.is_set():
                            return
                        time.sleep(0.2 * (attempt + 1))

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for t in threads:
        t.start()
    while len(acknowledged) < KILL_AFTER and any(t.is_alive() for t in threads):
        time.sleep(0.005)
    engine.kill()
    killed.set()
    for t in threads:
        t.join()
    print(f"killed after {len(acknowledged)} acknowledged creates")
    if len(acknowledged) < KILL_AFTER:
        print(f"FAIL the clients stopped after {len(acknowledged)} of the {KILL_AFTER} creates wanted before the kill")

    engine.start()
    token = engine.token(creds)
    users = {}
    start = 1
    while True:
        status, text, _ = http("GET", f"{scim}/Users?startIndex={start}&count=1000", headers)
        page = json.loads(text)
        for u in page["Resources"]:
            users[u["id"]] = u
        if start + len(page["Resources"]) > page["totalResults"] or not page["Resources"]:
            break
        start += len(page["Resources"])
    problems = list(refused)
    for user_id, n in acknowledged.items():
        if user_id not in users:
            problems.append(f"acknowledged user {user_id} (crash-{n}) is missing")
    for user_id, u in users.items():
        n = u["userName"].split("@")[0].split("-")[1]
        complete = (u.get("name", {}).get("givenName") == f"Given{n}" and u.get("name", {}).get("familyName") == f"Family{n}"
                    and u.get("emails", [{}])[0].get("value") == u["userName"] and u.get("meta", {}).get("version"))
        if not complete:
            problems.append(f"user {user_id} is incomplete: {u}")
    events = engine.api("POST", "/api/v1/events?page_size=1", token,
                        {"organization_id": org, "event_types": ["organization.directory.user_created"]})
    if events["total_size"] != len(users):
        problems.append(f"{len(users)} users but {events['total_size']} user_created events")
    status, text, _ = http("GET", f"{scim}/Groups/{group}", headers)
    for member in json.loads(text).get("members", []):
        if member["value"] not in users:
            problems.append(f"membership of a user that does not exist: {member['value']}")
    directory_json = engine.api("GET", f"/api/v1/organizations/{org}/directories/{directory}", token)["directory"]
    if directory_json["total_users"] != len(users):
        problems.append(f"directory stats say {directory_json['total_users']} users, the list {len(users)}")
    for p in problems[:20]:
        print("FAIL", p)
    print(f"{len(users)} users after restart, {len(acknowledged)} acknowledged, {len(problems)} problem(s)")
    return 0 if not problems and len(acknowledged) >= KILL_AFTER else 1


if __name__ == "__main__":
    sys.exit(main())
