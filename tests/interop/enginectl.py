"""Starts a real gatehouse-engine on a free port for the interop and crash tests, and small HTTP helpers."""

import json
import socket
import subprocess
import time
import urllib.error
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method, url, headers=None, body=None, timeout=30):
    data = body.encode() if isinstance(body, str) else body
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            status, text = reply.status, reply.read()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read()
    return status, text, (time.monotonic() - started) * 1000


class Engine:
    """gatehouse-engine serving a data directory; restartable on the same data."""

    def __init__(self, binary, data_dir, port=None, extra_args=()):
        self.binary = binary
        self.extra_args = list(extra_args)
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.common = ["--data-dir", data_dir, "--base-url", self.base]
        self.process = None

    def bootstrap(self):
        out = subprocess.run([self.binary, "bootstrap", "--print-credentials", *self.common], check=True,
                             capture_output=True, text=True).stdout
        return json.loads(out)

    def start(self):
        self.process = subprocess.Popen([self.binary, "serve", "--listen", f"127.0.0.1:{self.port}",
                                         "--rate-limit", "0/60", *self.extra_args, *self.common],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            if self.process.poll() is not None:
                break
            try:
                urllib.request.urlopen(self.base + "/health", timeout=2).read()
                return
            except OSError:
                time.sleep(0.1)
        self.process.kill()
        raise RuntimeError("the engine did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)

    def kill(self):
        self.process.kill()  # SIGKILL: no shutdown code runs
        self.process.wait(timeout=20)

    def api(self, method, path, token=None, payload=None, form=None):
        headers = {}
        body = None
        if form is not None:
            body = "&".join(f"{k}={v}" for k, v in form.items())
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif payload is not None:
            body = json.dumps(payload)
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = "Bearer " + token
        status, text, _ = http(method, self.base + path, headers, body)
        if status >= 300:
            raise RuntimeError(f"{method} {path}: {status} {text[:200]!r}")
        return json.loads(text) if text else {}

    def token(self, creds):
        return self.api("POST", "/oauth/token", form={"grant_type": "client_credentials", "client_id": creds["client_id"],
                                                      "client_secret": creds["client_secret"]})["access_token"]

    def scim_directory(self, token, provider="OKTA"):
        """An organization with an enabled SCIM directory: (organization id, directory id, SCIM base, secret)."""
        org = self.api("POST", "/api/v1/organizations", token, {"display_name": "Interop"})["organization"]["id"]
        dirs = f"/api/v1/organizations/{org}/directories"
        directory = self.api("POST", dirs, token, {"directory_type": "SCIM", "directory_provider": provider})
        directory = directory["directory"]["id"]
        self.api("PATCH", f"{dirs}/{directory}:enable", token)
        secret = self.api("POST", f"{dirs}/{directory}/secrets", token)["plain_secret"]
        return org, directory, f"{self.base}/directory/{directory}/scim/v2", secret
