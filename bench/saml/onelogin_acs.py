#!/usr/bin/python3
"""ACS verifications per second with python3-onelogin-saml2 (Debian package), on the response written by
`bench_saml_acs --write-fixture DIR`: OneLogin_Saml2_Response(settings, SAMLResponse).is_valid(request_data,
request_id) in strict mode, wantMessagesSigned + wantAssertionsSigned (both signatures checked, as the
Gatehouse side checks them), with the clock frozen at the fixture's "now".

    onelogin_acs.py DIR [SECONDS]

Prints "onelogin_acs_per_sec=<rate> per_cpu_sec=<rate per CPU-second> verifications=<n> seconds=<elapsed> cpu=<s>"; exits 1 if onelogin rejects the response.
"""
import json
import sys
import time
import warnings
from urllib.parse import urlsplit

from onelogin.saml2.response import OneLogin_Saml2_Response
from onelogin.saml2.settings import OneLogin_Saml2_Settings
from onelogin.saml2.utils import OneLogin_Saml2_Utils


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    with open(folder + "/params.json") as f:
        params = json.load(f)
    with open(folder + "/response.b64") as f:
        saml_response = f.read().strip()
    with open(folder + "/idp.pem") as f:
        idp_cert = f.read()

    # Freeze onelogin's clock at the fixture's instant (it calls OneLogin_Saml2_Utils.now() for every time check).
    fixed_now = int(params["now_epoch"])
    OneLogin_Saml2_Utils.now = staticmethod(lambda: fixed_now)

    acs = urlsplit(params["acs_url"])
    settings = OneLogin_Saml2_Settings({
        "strict": True,
        "debug": False,
        "sp": {
            "entityId": params["sp_entity_id"],
            "assertionConsumerService": {
                "url": params["acs_url"],
                "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
            },
            "NameIDFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
        },
        "idp": {
            "entityId": params["idp_entity_id"],
            "singleSignOnService": {
                "url": "https://idp.example.com/saml/sso",
                "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect",
            },
            "x509cert": idp_cert,
        },
        "security": {
            "wantMessagesSigned": True,
            "wantAssertionsSigned": True,
            "wantNameId": True,
            "rejectDeprecatedAlgorithm": True,
        },
    }, sp_validation_only=True)
    request_data = {
        "https": "on" if acs.scheme == "https" else "off",
        "http_host": acs.netloc,
        "script_name": acs.path,
        "get_data": {},
        "post_data": {"SAMLResponse": saml_response},
    }
    request_id = params["request_id"]

    warnings.simplefilter("ignore")
    first = OneLogin_Saml2_Response(settings, saml_response)
    if not first.is_valid(request_data, request_id):
        print("onelogin rejects the benchmark response: %s" % first.get_error(), file=sys.stderr)
        return 1

    count = 0
    cpu_start = time.process_time()
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        response = OneLogin_Saml2_Response(settings, saml_response)
        if not response.is_valid(request_data, request_id):
            print("onelogin rejected the response during the run: %s" % response.get_error(), file=sys.stderr)
            return 1
        count += 1
        if (count & 7) == 0 and time.perf_counter() >= deadline:
            break
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print("onelogin_acs_per_sec=%.1f per_cpu_sec=%.1f verifications=%d seconds=%.2f cpu=%.2f"
          % (count / elapsed, count / cpu, count, elapsed, cpu))
    return 0


if __name__ == "__main__":
    sys.exit(main())
