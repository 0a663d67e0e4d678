#!/usr/bin/env python3
"""Regenerates tests/data/xmldsig/crafted/ with the xmlsec1 command-line tool (Debian package xmlsec1).

Every crafted file carries a signature that xmlsec1 itself produced, so each negative fixture is
cryptographically sound and fails only because of the rule it is named after. Run from any directory:
    python3 tests/data/xmldsig/make-crafted.py
The keys in keys/ are test-only (see SOURCES.md). Output is deterministic except for ECDSA signature values.
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
KEYS = HERE / "keys"
OUT = HERE / "crafted"

NS_DS = "http://www.w3.org/2000/09/xmldsig#"
EXC = "http://www.w3.org/2001/10/xml-exc-c14n#"
EXC_COMMENTS = "http://www.w3.org/2001/10/xml-exc-c14n#WithComments"
INC = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
ENV = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
XPATH = "http://www.w3.org/TR/1999/REC-xpath-19991116"
RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
RSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512"
RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1"
RSA_MD5 = "http://www.w3.org/2001/04/xmldsig-more#rsa-md5"
ECDSA_SHA384 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384"
HMAC_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
SHA384 = "http://www.w3.org/2001/04/xmldsig-more#sha384"
SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512"
SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1"
MD5 = "http://www.w3.org/2001/04/xmldsig-more#md5"

RSA = ["--privkey-pem", f"{KEYS}/rsa-signer.key.pem,{KEYS}/rsa-signer.cert.pem"]
EC = ["--privkey-pem", f"{KEYS}/ec-signer.key.pem,{KEYS}/ec-signer.cert.pem"]
ATTACKER = ["--privkey-pem", f"{KEYS}/attacker.key.pem,{KEYS}/attacker.cert.pem"]
HMAC = ["--hmackey", f"{KEYS}/hmac.key"]
IDS = ["--id-attr:ID", "urn:oasis:names:tc:SAML:2.0:protocol:Response",
       "--id-attr:ID", "urn:oasis:names:tc:SAML:2.0:assertion:Assertion",
       "--id-attr:ID", "urn:oasis:names:tc:SAML:2.0:metadata:EntityDescriptor"]


def transform(alg, body=""):
    return f'<ds:Transform Algorithm="{alg}">{body}</ds:Transform>' if body else f'<ds:Transform Algorithm="{alg}"/>'


def reference(uri, transforms, digest=SHA256):
    uri_attr = "" if uri is None else f' URI="{uri}"'
    return (f'<ds:Reference{uri_attr}><ds:Transforms>{"".join(transforms)}</ds:Transforms>'
            f'<ds:DigestMethod Algorithm="{digest}"/><ds:DigestValue/></ds:Reference>')


def signature(references, c14n=EXC, method=RSA_SHA256, key_info=True, c14n_body=""):
    c14n_el = (f'<ds:CanonicalizationMethod Algorithm="{c14n}">{c14n_body}</ds:CanonicalizationMethod>' if c14n_body
               else f'<ds:CanonicalizationMethod Algorithm="{c14n}"/>')
    ki = "<ds:KeyInfo><ds:X509Data><ds:X509Certificate/></ds:X509Data></ds:KeyInfo>" if key_info else ""
    return (f'<ds:Signature xmlns:ds="{NS_DS}"><ds:SignedInfo>{c14n_el}'
            f'<ds:SignatureMethod Algorithm="{method}"/>{"".join(references)}</ds:SignedInfo>'
            f'<ds:SignatureValue/>{ki}</ds:Signature>')


STD = [transform(ENV), transform(EXC)]


def response(sig_in_response="", sig_in_assertion="", resp_id="_resp-1", extra_in_response=""):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="{resp_id}" Version="2.0" IssueInstant="2024-05-01T10:00:00Z" Destination="https://sp.example.test/acs"><saml:Issuer>https://idp.example.test</saml:Issuer>{sig_in_response}<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>{extra_in_response}<saml:Assertion ID="_assert-1" Version="2.0" IssueInstant="2024-05-01T10:00:00Z"><saml:Issuer>https://idp.example.test</saml:Issuer>{sig_in_assertion}<saml:Subject><saml:NameID>alice@example.test</saml:NameID></saml:Subject></saml:Assertion></samlp:Response>
"""


def metadata(sig):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ec="http://www.w3.org/2001/10/xml-exc-c14n#" ID="_md-1" entityID="https://idp.example.test">{sig}<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.test/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>
"""


def sign(name, template, key):
    tmpl = OUT / (name + ".tmpl")
    tmpl.write_text(template)
    try:
        subprocess.run(["xmlsec1", "--sign", *key, *IDS, "--output", str(OUT / name), str(tmpl)], check=True,
                       capture_output=True)
    except subprocess.CalledProcessError as e:
        sys.stderr.write(f"{name}: xmlsec1 failed\n{e.stderr.decode()}\n")
        raise
    finally:
        tmpl.unlink()
    print("wrote", name)


def main():
    OUT.mkdir(exist_ok=True)
    # Positives (independent signer: xmlsec1 CLI).
    sign("ok-response-rsa-sha256.xml", response(signature([reference("#_resp-1", STD)])), RSA)
    sign("ok-assertion-rsa-sha256.xml", response(sig_in_assertion=signature([reference("#_assert-1", STD)])), RSA)
    sign("ok-metadata-ecdsa-sha384.xml",
         metadata(signature([reference("#_md-1", STD, SHA384)], method=ECDSA_SHA384)), EC)
    sign("ok-metadata-inclusive-c14n-rsa-sha512.xml",
         metadata(signature([reference("#_md-1", STD, SHA512)], c14n=INC, method=RSA_SHA512)), RSA)
    sign("ok-metadata-prefixlist.xml",
         metadata(signature([reference("#_md-1", [transform(ENV), transform(
             EXC, '<ec:InclusiveNamespaces xmlns:ec="http://www.w3.org/2001/10/xml-exc-c14n#" PrefixList="md"/>')])])),
         RSA)
    sign("weak-rsa-sha1.xml", response(signature([reference("#_resp-1", [transform(ENV), transform(EXC)], SHA1)],
                                                 method=RSA_SHA1)), RSA)

    # Negatives: every one is a cryptographically valid xmlsec1 signature.
    sign("not-direct-child.xml", response(sig_in_assertion=signature([reference("#_resp-1", STD)])), RSA)
    sign("two-references.xml", response(signature([reference("#_resp-1", STD), reference("#_assert-1", STD)])), RSA)
    sign("reference-other-element.xml", response(signature([reference("#_assert-1", STD)])), RSA)
    sign("reference-empty-uri.xml", response(signature([reference("", STD)])), RSA)
    sign("reference-no-uri.xml", response(signature([reference(None, STD)])), RSA)
    sign("transform-xpath.xml", response(signature([reference("#_resp-1", [
        transform(ENV), transform(XPATH, "<ds:XPath>not(ancestor-or-self::samlp:Status)</ds:XPath>"),
        transform(EXC)])])), RSA)
    sign("transform-exc-c14n-with-comments.xml",
         response(signature([reference("#_resp-1", [transform(ENV), transform(EXC_COMMENTS)])])), RSA)
    sign("transform-inclusive-c14n.xml",
         response(signature([reference("#_resp-1", [transform(ENV), transform(INC)])])), RSA)
    # Without the enveloped transform the digest covers the (then empty) SignatureValue, so this one cannot verify
    # cryptographically either; the rule check must reject it before any crypto runs.
    sign("transform-missing-enveloped.xml", response(signature([reference("#_resp-1", [transform(EXC)])])), RSA)
    sign("c14n-with-comments.xml", response(signature([reference("#_resp-1", STD)], c14n=EXC_COMMENTS)), RSA)
    sign("digest-md5.xml", response(signature([reference("#_resp-1", STD, MD5)])), RSA)
    sign("signature-rsa-md5.xml", response(signature([reference("#_resp-1", STD)], method=RSA_MD5)), RSA)
    sign("signature-hmac-sha256.xml", response(signature([reference("#_resp-1", STD)], method=HMAC_SHA256,
                                                         key_info=False)), HMAC)
    sign("attacker-keyinfo.xml", response(signature([reference("#_resp-1", STD)])), ATTACKER)


if __name__ == "__main__":
    main()
