#!/usr/bin/env python3
"""The desktop app leaves cleanly on SIGTERM (logout, service manager, `kill`).

Starts the real `gatehouse` program offscreen with a throwaway home, waits until it has started its bundled
engine (a `gatehouse-engine` child answering /health), sends SIGTERM and checks that
  * the app exits by itself with status 0 (not killed by the signal),
  * it wrote its window state on the way out (the close path ran),
  * the bundled engine was stopped too (no orphan left serving the port).
Usage: run-desktop-sigterm.py <path to gatehouse> (gatehouse-engine is found next to it, as the app does).
"""
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request


def children(pid):
    found = []
    task_dir = f"/proc/{pid}/task"
    try:
        for task in os.listdir(task_dir):
            with open(f"{task_dir}/{task}/children") as f:
                found += [int(p) for p in f.read().split()]
    except OSError:
        pass
    return found


def cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().split(b"\0")
    except OSError:
        return []


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def engine_port(args):
    for i, arg in enumerate(args):
        if arg in (b"--listen",) and i + 1 < len(args):
            return args[i + 1].decode().rsplit(":", 1)[1]
        if arg.startswith(b"--listen="):
            return arg.decode().rsplit(":", 1)[1]
    return None


def main():
    app = os.path.abspath(sys.argv[1])
    home = tempfile.mkdtemp(prefix="gatehouse-sigterm-")
    env = dict(os.environ)
    env.update({
        "HOME": home,
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_CACHE_HOME": f"{home}/cache",
        "XDG_RUNTIME_DIR": f"{home}/run",
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
    })
    os.makedirs(f"{home}/run", mode=0o700)
    log = open(f"{home}/app.log", "w+")
    proc = subprocess.Popen([app], env=env, stdout=log, stderr=subprocess.STDOUT)

    def fail(message):
        if proc.poll() is None:
            proc.kill()
        log.seek(0)
        sys.stderr.write(log.read()[-6000:])
        print(f"FAIL: {message}")
        sys.exit(1)

    engine, port, deadline = None, None, time.time() + 120
    while time.time() < deadline and port is None:
        if proc.poll() is not None:
            fail(f"the app exited early with status {proc.returncode}")
        for child in children(proc.pid):
            args = cmdline(child)
            if args and os.path.basename(args[0]) == b"gatehouse-engine" and b"bootstrap" not in args:
                engine, port = child, engine_port(args)
        time.sleep(0.2)
    if engine is None or port is None:
        fail("the app did not start its bundled engine within 120 s")
    healthy = False
    while time.time() < deadline and not healthy:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                healthy = r.status == 200
        except OSError:
            time.sleep(0.3)
    if not healthy:
        fail(f"the bundled engine on port {port} never answered /health")
    print(f"app pid {proc.pid}, bundled engine pid {engine} on port {port}")

    proc.send_signal(signal.SIGTERM)
    try:
        status = proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        fail("the app did not exit within 30 s of SIGTERM")
    if status != 0:
        fail(f"the app ended with status {status} after SIGTERM (negative: killed by that signal), expected 0")
    settings = f"{home}/config/Gatehouse/gatehouse.conf"
    if not os.path.exists(settings) or "state=" not in open(settings).read():
        fail(f"no window state in {settings}: the app did not go through its close path")
    for _ in range(50):
        if not alive(engine):
            break
        time.sleep(0.1)
    if alive(engine):
        os.kill(engine, signal.SIGKILL)
        fail(f"the bundled engine (pid {engine}) outlived the app")
    print("PASS: SIGTERM -> exit 0, window state saved, bundled engine stopped")


if __name__ == "__main__":
    main()
