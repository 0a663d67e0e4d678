#!/usr/bin/env python3
"""The same SCIM request sequence against gatehouse-engine and Ory Polis (BoxyHQ SAML Jackson), one after
the other in one run (run by hand, not in CI; see bench/README.md).

  bench/scim/side_by_side.py <gatehouse-engine> [--users 10000] [--lookups 1000] [--members 1000]
                             [--postgres] [--targets gatehouse,polis]

Polis: `npm ci --ignore-scripts` in bench/scim/polis first; its server (server.mjs) serves directorySyncController over HTTP
with the in-memory store. Sequence per target, each on a fresh directory where it says so:
  1. POST /Users, 1 client, --users users (directory A)
  2. POST /Users, 8 clients, --users users (directory B)
  2b. POST /Users from 8 keep-alive connections for --wrk-seconds (wrk, one thread; directory C): a client that
     costs the machine little, and connections reused as IdPs' provisioning clients do (skipped without wrk)
  2c. POST /Users, 8 client processes, --users users (directory D): step 2's clients are threads of one Python
     process and queue for its interpreter lock (together about one CPU); these do not
  3. GET /Users?filter=userName eq "…" (a random existing user of B), --lookups times, 1 client
  4. POST /Groups, then one PATCH adding --members of B's users (Operations: add members)
Polis's filter support is `userName eq` only (it splits on "eq "), which is what step 3 sends; it has no
/Bulk, so every user is created by POST for both servers. Every request is checked (201 / 200 with exactly
one result / 200 or 204) so that neither side is measured answering errors.

Each line also gives the server process's own CPU time per request (user + system from /proc/<pid>/stat over the
step): the client shares the machine, so req/s says how fast the pair went, CPU/request what the server spent."""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "interop"))
from enginectl import Engine, http  # noqa: E402
from run import GROUP, PATCH_OP, USER, parallel, report as run_report  # noqa: E402

POLIS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "polis")


def user_body(prefix, n):
    return json.dumps({"schemas": [USER], "userName": f"{prefix}-{n}@example.com", "externalId": f"{prefix}-{n}",
                       "name": {"givenName": f"G{n}", "familyName": f"F{n}"}, "active": True,
                       "emails": [{"value": f"{prefix}-{n}@example.com", "type": "work", "primary": True}]})


def process_cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def parallel_processes(workers, count, task):
    """parallel() with each client in a process of its own (os.fork), each sending every workers-th request."""
    children = []
    started = time.monotonic()
    for w in range(workers):
        read_end, write_end = os.pipe()
        child = os.fork()
        if child == 0:
            os.close(read_end)
            code = 0
            try:
                spent = []
                for n in range(w, count, workers):
                    spent.extend(task(n))
                out = json.dumps(spent)
            except BaseException as error:  # noqa: B036 -- reported by the parent
                out, code = json.dumps({"error": repr(error)}), 1
            with os.fdopen(write_end, "w") as pipe:
                pipe.write(out)
            os._exit(code)
        os.close(write_end)
        children.append((child, read_end))
    latencies, errors = [], []
    for child, read_end in children:
        with os.fdopen(read_end) as pipe:
            data = json.loads(pipe.read() or '{"error": "no result"}')
        os.waitpid(child, 0)
        if isinstance(data, dict):
            errors.append(data["error"])
        else:
            latencies.extend(data)
    assert not errors, errors
    return latencies, time.monotonic() - started


def sequence(name, directory, members_present, args, pid):
    print(f"--- {name}", flush=True)
    scim, headers = directory()

    def report(label, latencies, seconds):
        cpu = process_cpu_seconds(pid) - report.cpu_mark
        run_report(label, latencies, seconds)
        print(f"{'':<52} server CPU {cpu * 1000 / max(1, len(latencies)):>7.3f} ms/request "
              f"({cpu:.2f} s)", flush=True)
        report.cpu_mark = process_cpu_seconds(pid)

    report.cpu_mark = process_cpu_seconds(pid)

    def post(base, hdrs, prefix, ids):
        def task(n):
            status, text, ms = http("POST", base + "/Users", hdrs, user_body(prefix, n))
            assert status == 201, (status, text[:200])
            ids[n] = json.loads(text)["id"]
            return [ms]
        return task

    ids_a = [None] * args.users
    report("POST /Users, 1 client", *parallel(1, args.users, post(scim, headers, "seq", ids_a)))
    scim_b, headers_b = directory()
    ids_b = [None] * args.users
    report("POST /Users, 8 clients", *parallel(8, args.users, post(scim_b, headers_b, "par", ids_b)))
    if args.wrk_seconds > 0 and shutil.which("wrk"):
        scim_c, headers_c = directory()
        url = urllib.parse.urlparse(scim_c)
        env = dict(os.environ, WRK_TOKEN=headers_c["Authorization"].split(" ", 1)[1], WRK_PATH=url.path + "/Users",
                   WRK_PREFIX="wrk")
        report.cpu_mark = process_cpu_seconds(pid)
        out = subprocess.run(["wrk", "-t1", "-c8", f"-d{args.wrk_seconds}s", "--latency", "-s",
                              os.path.join(os.path.dirname(os.path.abspath(__file__)), "post_users.lua"),
                              f"{url.scheme}://{url.netloc}"], env=env, capture_output=True, text=True, check=True).stdout
        cpu = process_cpu_seconds(pid) - report.cpu_mark
        count = int(re.search(r"(\d+) requests in", out).group(1))
        failed = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        errors = re.search(r"Socket errors: (.*)", out)
        assert not failed and not errors, out
        distribution = out.split("Latency Distribution", 1)[1]
        latency = {p: re.search(rf"{p}%\s+(\S+)", distribution).group(1) for p in ("50", "99")}
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        label = "POST /Users, 8 keep-alive connections (wrk)"
        print(f"{label:<52} {count:>5} req {rate:>9.1f} req/s  p50 {latency['50']:>8}  p99 {latency['99']:>8}",
              flush=True)
        print(f"{'':<52} server CPU {cpu * 1000 / max(1, count):>7.3f} ms/request ({cpu:.2f} s)", flush=True)
        report.cpu_mark = process_cpu_seconds(pid)
    scim_d, headers_d = directory()
    report.cpu_mark = process_cpu_seconds(pid)
    report("POST /Users, 8 client processes",
           *parallel_processes(8, args.users, post(scim_d, headers_d, "proc", [None] * args.users)))
    rng = random.Random(7)
    picks = [rng.randrange(args.users) for _ in range(args.lookups)]

    def lookup(n):
        flt = urllib.parse.quote(f'userName eq "par-{picks[n]}@example.com"')
        status, text, ms = http("GET", f"{scim_b}/Users?filter={flt}", headers_b)
        body = json.loads(text)
        assert status == 200 and body["totalResults"] == 1, (status, text[:200])
        assert body["Resources"][0]["id"] == ids_b[picks[n]]
        return [ms]

    report(f"userName eq lookup in {args.users} users, 1 client", *parallel(1, args.lookups, lookup))
    status, text, _ = http("POST", scim_b + "/Groups", headers_b,
                           json.dumps({"schemas": [GROUP], "displayName": "big", "members": []}))
    assert status == 201, (status, text[:200])
    group = json.loads(text)["id"]
    members = ids_b[:args.members]
    report.cpu_mark = process_cpu_seconds(pid)
    patch = {"schemas": [PATCH_OP],
             "Operations": [{"op": "add", "path": "members", "value": [{"value": m} for m in members]}]}
    started = time.monotonic()
    status, text, ms = http("PATCH", f"{scim_b}/Groups/{group}", headers_b, json.dumps(patch), timeout=300)
    assert status in (200, 204), (status, text[:200])
    report(f"group PATCH adding {args.members} members", [ms], time.monotonic() - started)
    present = members_present(scim_b, headers_b, group, members)
    assert present == len(members), f"{present} of {len(members)} members present after the PATCH"


def run_gatehouse(args):
    with tempfile.TemporaryDirectory() as data_dir:
        engine = Engine(args.engine, data_dir, extra_args=["--scim-rate-limit", "0/60"])
        schema = None
        pg_url = os.environ.get("GATEHOUSE_TEST_PG_URL", "")
        if args.postgres:
            schema = f"scimside_{os.getpid()}_{int(time.time())}"
            subprocess.run(["psql", pg_url, "-q", "-c", f"CREATE SCHEMA {schema}"], check=True)
            engine.common += ["--db", f"{pg_url}{'&' if '?' in pg_url else '?'}schema={schema}"]
        try:
            creds = engine.bootstrap()
            engine.start()
            try:
                token = engine.token(creds)

                def directory():
                    _, _, scim, secret = engine.scim_directory(token)
                    return scim, {"Authorization": "Bearer " + secret, "Content-Type": "application/scim+json"}

                def members_present(scim, headers, group, ids):
                    status, text, _ = http("GET", f"{scim}/Groups/{group}?attributes=members.value", headers)
                    assert status == 200, status
                    return len({m["value"] for m in json.loads(text).get("members", [])} & set(ids))

                sequence(f"gatehouse-engine ({'PostgreSQL' if schema else 'SQLite'}, durable)", directory,
                         members_present, args, engine.process.pid)
            finally:
                engine.stop()
        finally:
            if schema:
                subprocess.run(["psql", pg_url, "-q", "-c", f"DROP SCHEMA {schema} CASCADE"], check=False,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_polis(args):
    if not os.path.isdir(os.path.join(POLIS_DIR, "node_modules", "@boxyhq", "saml-jackson")):
        print("polis: run `npm ci --ignore-scripts` in bench/scim/polis first", file=sys.stderr)
        return
    version = json.load(open(os.path.join(POLIS_DIR, "node_modules", "@boxyhq", "saml-jackson", "package.json")))
    process = subprocess.Popen(["node", "server.mjs", "--port", "0", "--store", "mem"], cwd=POLIS_DIR,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        base = None
        for line in process.stdout:  # Jackson logs to stdout too; the server's own line is JSON
            if line.startswith('{"url"'):
                base = json.loads(line)["url"]
                break
        if not base:
            raise RuntimeError("the Polis server did not start")

        def directory():
            status, text, _ = http("POST", base + "/directories", {"Content-Type": "application/json"}, "{}")
            assert status == 201, (status, text[:200])
            d = json.loads(text)
            return d["scim"], {"Authorization": "Bearer " + d["secret"], "Content-Type": "application/scim+json"}

        def members_present(scim, headers, group, ids):
            directory_id = scim.rsplit("/", 1)[1]
            status, text, _ = http("POST", f"{base}/directories/{directory_id}/groups/{group}/members-check",
                                   {"Content-Type": "application/json"}, json.dumps({"ids": ids}), timeout=300)
            assert status == 200, status
            return json.loads(text)["present"]

        sequence(f"Ory Polis / @boxyhq/saml-jackson {version['version']} (in-memory store, node "
                 f"{subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()})",
                 directory, members_present, args, process.pid)
    finally:
        process.terminate()
        process.wait(timeout=20)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("engine")
    parser.add_argument("--users", type=int, default=10000)
    parser.add_argument("--lookups", type=int, default=1000)
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--targets", default="gatehouse,polis")
    parser.add_argument("--wrk-seconds", type=int, default=5, help="step 2b's length (0: skip it)")
    args = parser.parse_args()
    args.members = min(args.members, args.users)
    for target in args.targets.split(","):
        {"gatehouse": run_gatehouse, "polis": run_polis}[target](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
