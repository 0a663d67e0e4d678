#!/usr/bin/env python3
"""Webhook durability under SIGKILL (issue 8): the real gatehouse-engine delivers its outbox to a local receiver
that checks every Standard Webhooks signature with Python's hmac, while the engine is killed with SIGKILL
(a) with deliveries in flight to a slow, failing receiver and (b) at random points of an Entra-style SCIM
provisioning run (a thread pool POSTs users, PATCHes them and adds them to groups). After the last restart:
every committed change (every event the events API lists after the endpoint was created) reached the
receiver with a 2xx at least once, all attempts of one event carried the same webhook-id and the same body,
no two distinct events shared an id, the receiver saw no event the engine did not commit, and every
signature verified.

usage: run-webhook-crash.py <gatehouse-engine> [--postgres]
  USERS   users provisioned in phase (b) (default 1000; bench/webhooks/run.sh runs 10000)
  KILLS   SIGKILLs during phase (b) (default 3)
  SEED    random seed (default: time; printed)
  --postgres  run on GATEHOUSE_TEST_PG_URL (own schema, dropped afterwards); exits 77 (skipped) without it.
"""

import base64
import concurrent.futures
import hashlib
import hmac
import http.server as http_server
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from enginectl import Engine, free_port, http  # noqa: E402

USERS = int(os.environ.get("USERS", "1000"))
KILLS = int(os.environ.get("KILLS", "3"))
SEED = int(os.environ.get("SEED", str(int(time.time()))))
WORKERS = 8
GROUPS = 5
# Short schedule and claim timeout so that retries and take-overs after a SIGKILL happen within seconds.
ENGINE_ARGS = ["--webhook-allow-private", "--webhook-retry-schedule", "0,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2",
               "--webhook-timeout-ms", "2000", "--webhook-claim-timeout", "3", "--webhook-poll-interval-ms", "200",
               "--webhook-max-in-flight", "32"]


class Receiver:
    """A threaded HTTP receiver verifying each request's signature independently (hmac), recording
    webhook-id, type, data and raw body; mode 'flaky' answers slowly and often 500, 'ok' answers 204."""

    def __init__(self):
        self.secret = None
        self.lock = threading.Lock()
        self.mode = "ok"
        self.rng = random.Random(SEED)
        self.attempts = 0
        self.in_flight = 0
        self.accepted = {}     # webhook-id -> count of 2xx answers
        self.bodies = {}       # webhook-id -> set of raw bodies seen
        self.seen = {}         # webhook-id -> attempts received (signature verified)
        self.problems = []
        receiver = self

        class Handler(http_server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                status = receiver.handle({k.lower(): v for k, v in self.headers.items()}, body)
                try:
                    self.send_response(status)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                except OSError:
                    pass  # the engine died while we were answering

        class Server(http_server.ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass  # connections the killed engine dropped

        self.server = Server(("127.0.0.1", free_port()), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def verify(self, headers, body):
        msg_id, timestamp, signatures = (headers.get("webhook-id"), headers.get("webhook-timestamp"),
                                         headers.get("webhook-signature", ""))
        if not msg_id or not timestamp or abs(time.time() - int(timestamp)) > 300:
            return False
        key = base64.b64decode(self.secret.removeprefix("whsec_"))
        expected = base64.b64encode(hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body,
                                             hashlib.sha256).digest()).decode()
        return any(hmac.compare_digest(sig.split(",", 1)[1], expected)
                   for sig in signatures.split(" ") if sig.startswith("v1,"))

    def handle(self, headers, body):
        with self.lock:
            self.attempts += 1
            self.in_flight += 1
            mode = self.mode
            roll = self.rng.random()
        try:
            msg_id = headers.get("webhook-id", "")
            if not self.verify(headers, body):
                with self.lock:
                    self.problems.append(f"signature of {msg_id or '(no webhook-id)'} does not verify")
                return 400
            event = json.loads(body)
            if event.get("id") != msg_id:
                with self.lock:
                    self.problems.append(f"webhook-id {msg_id} but body id {event.get('id')}")
            with self.lock:
                self.bodies.setdefault(msg_id, set()).add(body)
                self.seen[msg_id] = self.seen.get(msg_id, 0) + 1
            if mode == "flaky":
                time.sleep(0.3 + roll)  # slow: keeps attempts in flight when the engine is killed
                if roll < 0.5:
                    return 500
            with self.lock:
                self.accepted[msg_id] = self.accepted.get(msg_id, 0) + 1
            return 204
        finally:
            with self.lock:
                self.in_flight -= 1


def list_event_ids(engine, token):
    ids = {}
    page_token = ""
    while True:
        query = "page_size=100" + (f"&page_token={urllib.parse.quote(page_token)}" if page_token else "")
        page = engine.api("POST", f"/api/v1/events?{query}", token, {})
        for e in page["events"]:
            ids[e["id"]] = e["type"]
        page_token = page.get("next_page_token", "")
        if not page_token or not page["events"]:
            return ids


def scim_user(n):
    """An Entra ID (Azure AD) provisioning request, shaped like tests/data/scim/entra/01_create_user_request."""
    return {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
            "externalId": f"00000000-0000-4000-8000-{n:012d}", "userName": f"wh-{n}@contoso.example",
            "active": True, "emails": [{"primary": True, "type": "work", "value": f"wh-{n}@contoso.example"}],
            "meta": {"resourceType": "User"},
            "name": {"formatted": f"Given{n} Family{n}", "familyName": f"Family{n}", "givenName": f"Given{n}"},
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": f"Dept{n % 7}"},
            "roles": []}


class Provisioner:
    """Entra-style provisioning of users n in [0, USERS): create (a 409 after a lost answer counts as done),
    one PATCH Replace, and an Add to one of the groups. Work survives kills: what failed is redone."""

    def __init__(self, scim, secret, groups):
        self.scim = scim
        self.headers = {"Authorization": "Bearer " + secret, "Content-Type": "application/scim+json"}
        self.groups = groups
        self.done = set()
        self.lock = threading.Lock()

    def one(self, n):
        status, text, _ = http("POST", self.scim + "/Users", self.headers, json.dumps(scim_user(n)), timeout=20)
        if status == 409:
            status, text, _ = http("GET", self.scim + "/Users?filter=" + urllib.parse.quote(
                f'userName eq "wh-{n}@contoso.example"'), self.headers, timeout=20)
            resources = json.loads(text).get("Resources", []) if status == 200 else []
            if not resources:
                return False
            user_id = resources[0]["id"]
        elif status == 201:
            user_id = json.loads(text)["id"]
        else:
            return False
        patch = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "Replace", "path": "displayName", "value": f"User {n}"}]}
        status, _, _ = http("PATCH", f"{self.scim}/Users/{user_id}", self.headers, json.dumps(patch), timeout=20)
        if status not in (200, 204):
            return False
        add = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
               "Operations": [{"op": "Add", "path": "members", "value": [{"$ref": None, "value": user_id}]}]}
        status, _, _ = http("PATCH", f"{self.scim}/Groups/{self.groups[n % len(self.groups)]}", self.headers,
                            json.dumps(add), timeout=20)
        return status in (200, 204)

    def run(self, stop):
        """Provisions what is not done yet until everything is done or `stop` is set (the engine is gone)."""
        todo = [n for n in range(USERS) if n not in self.done]
        it = iter(todo)

        def worker():
            while not stop.is_set():
                with self.lock:
                    n = next(it, None)
                if n is None:
                    return
                try:
                    ok = self.one(n)
                except OSError:
                    ok = False
                if ok:
                    with self.lock:
                        self.done.add(n)

        with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
            for f in [pool.submit(worker) for _ in range(WORKERS)]:
                f.result()


def main():
    args = sys.argv[1:]
    postgres = "--postgres" in args
    args = [a for a in args if a != "--postgres"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    pg_url = os.environ.get("GATEHOUSE_TEST_PG_URL", "")
    if postgres and not pg_url:
        print("SKIP: GATEHOUSE_TEST_PG_URL is not set")
        return 77
    with tempfile.TemporaryDirectory() as data_dir:
        extra = list(ENGINE_ARGS)
        schema = None
        if postgres:
            schema = f"whcrash_{os.getpid()}_{int(time.time())}"
            subprocess.run(["psql", pg_url, "-q", "-c", f"CREATE SCHEMA {schema}"], check=True)
        engine = Engine(args[0], data_dir, extra_args=extra)
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
    started = time.monotonic()
    print(f"seed {SEED}, {USERS} users, {KILLS} kills in phase (b)")
    receiver = Receiver()
    token = engine.token(creds)
    created = engine.api("POST", "/api/v1/webhooks/endpoints", token,
                         {"url": receiver.url, "description": "crash test"})
    receiver.secret = created["secret"]
    endpoint = created["endpoint"]["id"]
    before = set(list_event_ids(engine, token))
    kills = 0

    # (a) SIGKILL with deliveries in flight to a slow receiver that fails half of the attempts.
    receiver.mode = "flaky"
    org = engine.api("POST", "/api/v1/organizations", token, {"display_name": "Webhook crash"})["organization"]["id"]
    for i in range(60):
        engine.api("PATCH", f"/api/v1/organizations/{org}", token, {"display_name": f"Webhook crash {i}"})
    deadline = time.monotonic() + 30
    while receiver.in_flight < 4 and time.monotonic() < deadline:
        time.sleep(0.01)
    in_flight = receiver.in_flight
    engine.kill()
    kills += 1
    print(f"(a) killed with {in_flight} attempts in flight, {receiver.attempts} attempts so far")
    if in_flight == 0:
        receiver.problems.append("phase (a): no attempt was in flight when the engine was killed")
    engine.start()
    token = engine.token(creds)
    time.sleep(3)  # a few more flaky attempts after the restart, then the receiver recovers
    receiver.mode = "ok"

    # (b) Entra-style provisioning with SIGKILLs at random points, restarting after each.
    dirs = f"/api/v1/organizations/{org}/directories"
    directory = engine.api("POST", dirs, token, {"directory_type": "SCIM", "directory_provider": "MICROSOFT_AD"})
    directory = directory["directory"]["id"]
    engine.api("PATCH", f"{dirs}/{directory}:enable", token)
    secret = engine.api("POST", f"{dirs}/{directory}/secrets", token)["plain_secret"]
    scim = f"{engine.base}/directory/{directory}/scim/v2"
    headers = {"Authorization": "Bearer " + secret, "Content-Type": "application/scim+json"}
    groups = []
    for g in range(GROUPS):
        status, text, _ = http("POST", scim + "/Groups", headers, json.dumps(
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "externalId": f"grp-{g}",
             "displayName": f"Group {g}", "members": []}))
        if status != 201:
            print(f"FAIL creating a group: {status} {text[:200]!r}")
            return 1
        groups.append(json.loads(text)["id"])
    provisioner = Provisioner(scim, secret, groups)
    rng = random.Random(SEED)
    kill_points = sorted(rng.sample(range(max(1, USERS // 10), max(2, USERS * 9 // 10)), KILLS)) if KILLS else []
    for point in kill_points + [None]:
        stop = threading.Event()
        runner = threading.Thread(target=provisioner.run, args=(stop,))
        runner.start()
        if point is None:
            runner.join()
            break
        while len(provisioner.done) < point and runner.is_alive():
            time.sleep(0.005)
        time.sleep(rng.random() * 0.05)  # land between and inside requests
        engine.kill()
        kills += 1
        stop.set()
        runner.join()
        print(f"(b) killed after {len(provisioner.done)} of {USERS} users, {len(receiver.accepted)} events accepted")
        engine.start()
    if len(provisioner.done) != USERS:
        print(f"FAIL only {len(provisioner.done)} of {USERS} users were provisioned")
        return 1
    token = engine.token(creds)
    provisioned_at = time.monotonic()

    # Every committed event after the endpoint's creation must arrive (at least once, 2xx).
    events = {k: v for k, v in list_event_ids(engine, token).items() if k not in before}
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with receiver.lock:
            missing = [e for e in events if e not in receiver.accepted]
        if not missing:
            break
        time.sleep(0.5)
    problems = list(receiver.problems)
    problems += [f"event {e} ({events[e]}) was never delivered" for e in missing]
    with receiver.lock:
        for msg_id, bodies in receiver.bodies.items():
            if msg_id not in events and msg_id not in before:
                problems.append(f"received {msg_id}, which the engine did not commit")
            if len(bodies) != 1:
                problems.append(f"webhook-id {msg_id} carried {len(bodies)} different bodies")
        retried = sum(1 for c in receiver.accepted.values() if c > 1)
        # The flaky phase must have made the engine retry, or "retries reuse the webhook-id" proved nothing.
        retried_after_failure = sum(1 for c in receiver.seen.values() if c > 1)
        if retried_after_failure == 0:
            problems.append("no event was attempted twice: the retry path was not exercised")
        attempts = receiver.attempts
    types = {}
    for t in events.values():
        types[t] = types.get(t, 0) + 1
    deliveries = engine.api("GET", f"/api/v1/webhooks/endpoints/{endpoint}/deliveries?page_size=1&status=FAILED",
                            token)
    if deliveries.get("total_size", 0):
        problems.append(f"{deliveries['total_size']} deliveries FAILED")
    for p in problems[:30]:
        print("FAIL", p)
    print(f"{len(events)} events committed, {len(events) - len(missing)} delivered, {attempts} attempts, "
          f"{retried_after_failure} events attempted more than once, {retried} accepted more than once "
          f"(each with one webhook-id and one body), {kills} SIGKILLs, "
          f"{USERS} users; provisioning {provisioned_at - started:.1f} s, total {time.monotonic() - started:.1f} s")
    print("event types: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    print(f"{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
