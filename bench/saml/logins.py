#!/usr/bin/env python3
"""Complete SP-initiated SAML logins per second through the IdP simulator, against a real gatehouse-engine
(run by hand; bench/smoke.sh runs it tiny).

  bench/saml/logins.py <gatehouse-engine> [--logins 200] [--clients 1] [--db URL]

One login is what a browser and an app do: GET /oauth/authorize (PKCE) → 302 to the SP start → 302 with the
AuthnRequest to the simulator → the simulator page (CSRF token and cookie) → POST the "User login via SSO"
answer → the signed SAMLResponse form → POST to the ACS → 302 to the app with a code → POST /oauth/token →
ID token. Uses the seeded Test organization (login_hint @example.com routes to the simulator). Prints logins/s
and the latency of a whole login (p50, p95)."""

import argparse
import base64
import hashlib
import html
import os
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "interop"))
from enginectl import Engine  # noqa: E402

import http.client  # noqa: E402

REDIRECT = "http://localhost:3000/callback"


class Browser:
    """Keeps one HTTP connection and the simulator's cookie; never follows redirects by itself."""

    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        self.cookie = None

    def request(self, method, path, form=None):
        headers = {}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookie:
            headers["Cookie"] = self.cookie
        self.conn.request(method, path, body=body, headers=headers)
        reply = self.conn.getresponse()
        data = reply.read()
        cookie = reply.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return reply.status, reply.getheader("Location"), data


def path_of(url):
    parts = urllib.parse.urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def field(page, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', page.decode())
    if not match:
        raise RuntimeError(f"no {name} in the page")
    return html.unescape(match.group(1))


def action(page):
    return html.unescape(re.search(r'<form method="post" action="([^"]*)"', page.decode()).group(1))


def login(browser, creds, n):
    verifier = base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=").decode()
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    query = urllib.parse.urlencode({"client_id": creds["client_id"], "redirect_uri": REDIRECT,
                                    "response_type": "code", "scope": "openid email profile",
                                    "login_hint": f"user{n}@example.com", "state": f"s{n}",
                                    "code_challenge": challenge, "code_challenge_method": "S256"})
    status, location, _ = browser.request("GET", "/oauth/authorize?" + query)
    while status == 302 and "/simulator/" not in location:
        status, location, _ = browser.request("GET", path_of(location))
    status, _, page = browser.request("GET", path_of(location))
    if status != 200:
        raise RuntimeError(f"simulator page: {status}")
    form = {"request_id": field(page, "request_id"), "csrf_token": field(page, "csrf_token"), "scenario": "login",
            "email": f"user{n}@example.com", "first_name": "Bench", "last_name": f"User{n}", "groups": "staff",
            "attributes": ""}
    status, _, answer = browser.request("POST", path_of(action(page)), form)
    acs_form = {"SAMLResponse": field(answer, "SAMLResponse")}
    if 'name="RelayState"' in answer.decode():
        acs_form["RelayState"] = field(answer, "RelayState")
    status, location, _ = browser.request("POST", path_of(action(answer)), acs_form)
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(location or "").query).get("code", [None])[0]
    if status != 302 or not code:
        raise RuntimeError(f"ACS: {status} {location}")
    status, _, tokens = browser.request("POST", "/oauth/token", {
        "grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT, "client_id": creds["client_id"],
        "client_secret": creds["client_secret"], "code_verifier": verifier})
    if status != 200 or b"id_token" not in tokens:
        raise RuntimeError(f"token: {status} {tokens[:200]!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("engine")
    parser.add_argument("--logins", type=int, default=200)
    parser.add_argument("--clients", type=int, default=1)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        extra = ["--authorize-rate-limit", "0/60", "--token-rate-limit", "0/60"]
        if args.db:
            extra += ["--db", args.db]
        engine = Engine(args.engine, data_dir, extra_args=extra)
        creds = engine.bootstrap()
        engine.start()
        try:
            token = engine.token(creds)
            engine.api("PUT", "/api/v1/environment/settings", token, {"redirect_uris": [REDIRECT]})
            login(Browser(engine.base), creds, -1)  # warm-up (keys, caches)
            latencies = []
            lock = threading.Lock()
            counter = iter(range(args.logins))

            def client():
                browser = Browser(engine.base)
                while True:
                    with lock:
                        n = next(counter, None)
                    if n is None:
                        return
                    started = time.monotonic()
                    login(browser, creds, n)
                    with lock:
                        latencies.append((time.monotonic() - started) * 1000)

            threads = [threading.Thread(target=client) for _ in range(args.clients)]
            started = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            seconds = time.monotonic() - started
            if len(latencies) != args.logins:
                raise RuntimeError(f"only {len(latencies)} of {args.logins} logins completed")
            latencies.sort()
            p95 = latencies[max(int(len(latencies) * 0.95) - 1, 0)]
            print(f"complete SAML logins ({args.clients} client(s)): {args.logins} in {seconds:.2f} s = "
                  f"{args.logins / seconds:.1f} logins/s, p50 {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms")
        finally:
            engine.stop()


if __name__ == "__main__":
    main()
