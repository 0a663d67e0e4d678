#!/usr/bin/env python3
"""Replays Okta's "SCIM 2.0 SPEC Test" (a Runscope export, tests/data/scim/okta/Okta-SCIM-20-SPEC-Test.json)
against a real gatehouse-engine: requests, variables and assertions as Runscope defines them, the one
JavaScript step script under node. Response-time assertions are reported, not enforced (timings are
measured in bench/, never asserted in tests). Like an Okta tenant, it expects one user with a name and an
email and one group to exist, so it provisions them first."""

import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from enginectl import Engine, http  # noqa: E402

SPEC = os.path.join(HERE, "..", "..", "data", "scim", "okta", "Okta-SCIM-20-SPEC-Test.json")


def lookup(document, path):
    """Runscope property paths: a.b[0].c; a name applied to an array maps over its elements."""
    value = document
    for part in path.replace("]", "").replace("[", ".").split("."):
        if isinstance(value, list) and not part.isdigit():
            value = [v.get(part) for v in value if isinstance(v, dict)]
        elif isinstance(value, list):
            value = value[int(part)] if int(part) < len(value) else None
        elif isinstance(value, dict):
            value = value.get(part)
        else:
            return None
    return value


def text_of(value):
    return json.dumps(value) if isinstance(value, bool) else str(value)


def check(assertion, status, body, elapsed, variables):
    source = assertion["source"]
    comparison = assertion["comparison"]
    expected = assertion.get("value")
    if isinstance(expected, str):
        for name, value in variables.items():
            expected = expected.replace("{{" + name + "}}", value)
    if source == "response_time":
        return None, f"response time {elapsed:.0f} ms (limit {expected} ms, reported only)"
    if source == "response_status":
        actual = status
    else:
        try:
            actual = lookup(json.loads(body), assertion["property"])
        except ValueError:
            return False, "the body is not JSON"
    if comparison == "equal_number":
        ok = actual is not None and float(actual) == float(expected)
    elif comparison == "equal":
        ok = actual is not None and text_of(actual) == expected
    elif comparison == "not_empty":
        ok = actual not in (None, "", [], {})
    elif comparison == "has_value":
        if expected is None:
            ok = actual not in (None, "", [], {}) and (not isinstance(actual, list) or any(actual))
        else:
            ok = actual == expected or (isinstance(actual, list) and expected in actual)
    elif comparison == "contains":
        ok = actual is not None and expected in actual
    elif comparison == "is_a_number":
        ok = isinstance(actual, (int, float)) and not isinstance(actual, bool)
    else:
        return False, f"unsupported comparison {comparison}"
    return ok, f"{assertion.get('property', source)} {comparison} {expected if expected is not None else ''}: got {actual!r}"


def run_script(script, body):
    program = ("const assert = require('assert'); const log = () => {}; const response = {body: %s};\n%s"
               % (json.dumps(body.decode("utf-8", "replace")), script))
    done = subprocess.run(["node", "-e", program], capture_output=True, text=True)
    return done.returncode == 0, done.stderr.strip().splitlines()[-1] if done.returncode else "script passed"


def main():
    if len(sys.argv) != 2:
        print("usage: run-okta-spec.py <gatehouse-engine>", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as data_dir:
        engine = Engine(sys.argv[1], data_dir)
        creds = engine.bootstrap()
        engine.start()
        try:
            return replay(engine, creds)
        finally:
            engine.stop()


def replay(engine, creds):
    _, _, scim, secret = engine.scim_directory(engine.token(creds))
    seed = {"Authorization": "Bearer " + secret, "Content-Type": "application/scim+json"}
    http("POST", scim + "/Users", seed, json.dumps({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                                                   "userName": "existing@example.com", "active": True,
                                                   "name": {"givenName": "Existing", "familyName": "User"},
                                                   "emails": [{"value": "existing@example.com", "primary": True}]}))
    http("POST", scim + "/Groups", seed, json.dumps({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                                                    "displayName": "Existing group"}))
    n = random.randint(100000, 999999)
    variables = {"SCIMBaseURL": scim, "auth": "Bearer " + secret, "InvalidUserEmail": "abcdefgh@example.com",
                 "UserIdThatDoesNotExist": "010101001010101010", "randomEmail": f"spec.{n}@example.com",
                 "randomUsername": f"spec.{n}@example.com", "randomUsernameCaps": f"SPEC.{n}@EXAMPLE.COM",
                 "randomGivenName": f"Given{n}", "randomFamilyName": f"Family{n}"}
    spec = json.load(open(SPEC, encoding="utf-8"))
    failures = 0
    for step in spec["steps"]:
        if step.get("step_type") != "request":
            continue  # Runscope pauses: not needed
        def fill(text):
            for name, value in variables.items():
                text = text.replace("{{" + name + "}}", value)
            return text
        url = fill(step["url"]).replace(" ", "%20").replace('"', "%22")
        headers = {}
        for name, value in (step.get("headers") or {}).items():
            headers[name] = fill(value if isinstance(value, str) else value[0])
        body = fill(step.get("body") or "") or None
        if body and "Content-Type" not in headers:
            # The export leaves it out on create; Okta's client sends application/json there (anchors O8),
            # where Python would otherwise label the body application/x-www-form-urlencoded.
            headers["Content-Type"] = "application/json"
        status, text, elapsed = http(step["method"], url, headers, body)
        print(f"{step['method']} {step['url']} -> {status}")
        for assertion in step.get("assertions", []):
            ok, detail = check(assertion, status, text, elapsed, variables)
            if ok is None:
                print(f"  NOTE  {detail}")
                continue
            print(f"  {'PASS' if ok else 'FAIL'}  {detail}")
            failures += 0 if ok else 1
        for script in step.get("scripts", []):
            ok, detail = run_script(script, text)
            print(f"  {'PASS' if ok else 'FAIL'}  script: {detail}")
            failures += 0 if ok else 1
        for variable in step.get("variables", []):
            try:
                variables[variable["name"]] = str(lookup(json.loads(text), variable["property"]))
            except ValueError:
                pass
    print(f"{failures} assertion(s) failed")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
