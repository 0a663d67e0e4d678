#!/usr/bin/env python3
"""Generate a synthetic, signed SAML 2.0 metadata aggregate for the benchmarks.

The aggregate is an md:EntitiesDescriptor (ID on the root, validUntil in the future, mdrpi:PublicationInfo)
holding a mix of IdPs and SPs with KeyDescriptors (real RSA-2048 certificates made with openssl once and
reused), endpoints, mdui:UIInfo, NameIDFormats, entity attributes and registration info. It is signed
enveloped (RSA-SHA256, exclusive c14n, SHA-256 digest) with xmlsec1; the signer certificate is written next
to the output as <output minus .xml>.signer.pem.

    generate_aggregate.py                         # 5000 entities -> ./aggregate-5000.xml
    generate_aggregate.py -n 200 -o small.xml
    generate_aggregate.py --target-mb 100 -o big.xml
    generate_aggregate.py -n 5000 -o agg.xml --check   # also xmllint --schema and xmlsec1 --verify

Only the Python standard library and the xmlsec1 / openssl / xmllint command-line tools are used. Output is
deterministic for a given entity count and generation date (except the key material, cached in --cert-dir).
"""

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape, quoteattr

MD = "urn:oasis:names:tc:SAML:2.0:metadata"
ID_ATTR = "urn:oasis:names:tc:SAML:2.0:metadata:EntitiesDescriptor"
ENTITY_ID_ATTR = "urn:oasis:names:tc:SAML:2.0:metadata:EntityDescriptor"
OPENSAML_XSD = "/usr/share/xml/opensaml/saml-schema-metadata-2.0.xsd"
NUM_ENTITY_CERTS = 6

NAMESPACES = (
    'xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" '
    'xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
    'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" '
    'xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui" '
    'xmlns:mdrpi="urn:oasis:names:tc:SAML:metadata:rpi" '
    'xmlns:mdattr="urn:oasis:names:tc:SAML:metadata:attribute"'
)

SIGNATURE_TEMPLATE = """<ds:Signature>
<ds:SignedInfo>
<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
<ds:Reference URI="#{id}">
<ds:Transforms>
<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
<ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
</ds:Transforms>
<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
<ds:DigestValue></ds:DigestValue>
</ds:Reference>
</ds:SignedInfo>
<ds:SignatureValue></ds:SignatureValue>
<ds:KeyInfo>
<ds:X509Data/>
</ds:KeyInfo>
</ds:Signature>
"""

NAMEID_FORMATS = (
    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
    "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
)
BINDING_POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
BINDING_REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
BINDING_SOAP = "urn:oasis:names:tc:SAML:2.0:bindings:SOAP"
BINDING_ARTIFACT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact"
PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol"
CATEGORIES = (
    "http://refeds.org/category/research-and-scholarship",
    "https://refeds.org/category/code-of-conduct/v2",
    "https://refeds.org/category/personalized",
)


def run(cmd, **kwargs):
    result = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit("command failed (%d): %s\n%s%s" % (result.returncode, " ".join(cmd), result.stdout, result.stderr))
    return result


def make_cert(directory, name, subject):
    key = os.path.join(directory, name + ".key.pem")
    cert = os.path.join(directory, name + ".crt.pem")
    if not (os.path.exists(key) and os.path.exists(cert)):
        run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-sha256", "-nodes", "-days", "3650",
             "-subj", subject, "-keyout", key, "-out", cert])
    return key, cert


def cert_base64(cert_path):
    lines = open(cert_path, encoding="ascii").read().strip().splitlines()
    body = [line for line in lines if not line.startswith("-----")]
    return "\n".join(body)


def ensure_certs(cert_dir):
    os.makedirs(cert_dir, exist_ok=True)
    signer = make_cert(cert_dir, "signer", "/C=XX/O=Gatehouse Bench Federation/CN=Metadata Signer")
    entity_certs = []
    for i in range(NUM_ENTITY_CERTS):
        _, cert = make_cert(cert_dir, "entity%d" % i, "/C=XX/O=Gatehouse Bench/CN=entity-%d.example.org" % i)
        entity_certs.append(cert_base64(cert))
    return signer, entity_certs


def key_descriptor(use, cert_b64):
    use_attr = ' use="%s"' % use if use else ""
    extra = ""
    if use == "encryption":
        extra = '<md:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#aes256-gcm"/>\n'
    return ('<md:KeyDescriptor%s>\n<ds:KeyInfo>\n<ds:X509Data>\n<ds:X509Certificate>\n%s\n'
            '</ds:X509Certificate>\n</ds:X509Data>\n</ds:KeyInfo>\n%s</md:KeyDescriptor>\n' % (use_attr, cert_b64, extra))


def ui_info(name, host, kind):
    return ('<mdui:UIInfo>\n'
            '<mdui:DisplayName xml:lang="en">%s</mdui:DisplayName>\n'
            '<mdui:DisplayName xml:lang="de">%s (DE)</mdui:DisplayName>\n'
            '<mdui:Description xml:lang="en">Synthetic %s number %s for the Gatehouse benchmarks.</mdui:Description>\n'
            '<mdui:InformationURL xml:lang="en">https://%s/about</mdui:InformationURL>\n'
            '<mdui:PrivacyStatementURL xml:lang="en">https://%s/privacy</mdui:PrivacyStatementURL>\n'
            '<mdui:Logo height="60" width="80">https://%s/logo.png</mdui:Logo>\n'
            '</mdui:UIInfo>\n' % (escape(name), escape(name), kind, name.split()[-1], host, host, host))


def organization_and_contact(i, host):
    return ('<md:Organization>\n'
            '<md:OrganizationName xml:lang="en">Bench Organisation %d</md:OrganizationName>\n'
            '<md:OrganizationDisplayName xml:lang="en">Bench Organisation %d</md:OrganizationDisplayName>\n'
            '<md:OrganizationURL xml:lang="en">https://%s/</md:OrganizationURL>\n'
            '</md:Organization>\n'
            '<md:ContactPerson contactType="technical">\n'
            '<md:GivenName>Ops</md:GivenName>\n<md:SurName>Team %d</md:SurName>\n'
            '<md:EmailAddress>mailto:ops%d@%s</md:EmailAddress>\n'
            '</md:ContactPerson>\n' % (i, i, host, i, i, host))


def entity_extensions(i, registered):
    category = CATEGORIES[i % len(CATEGORIES)]
    return ('<md:Extensions>\n'
            '<mdrpi:RegistrationInfo registrationAuthority="https://federation.example.org" '
            'registrationInstant="%s"/>\n'
            '<mdattr:EntityAttributes>\n'
            '<saml:Attribute Name="http://macedir.org/entity-category" '
            'NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">\n'
            '<saml:AttributeValue>%s</saml:AttributeValue>\n'
            '</saml:Attribute>\n'
            '</mdattr:EntityAttributes>\n'
            '</md:Extensions>\n' % (registered, category))


def idp_entity(i, certs, registered):
    host = "idp%d.bench.example.org" % i
    entity_id = "https://%s/idp/shibboleth" % host
    sign = certs[i % len(certs)]
    enc = certs[(i + 1) % len(certs)]
    parts = ['<md:EntityDescriptor entityID=%s>\n' % quoteattr(entity_id), entity_extensions(i, registered),
             '<md:IDPSSODescriptor protocolSupportEnumeration="%s" WantAuthnRequestsSigned="false">\n' % PROTOCOL,
             '<md:Extensions>\n', ui_info("Bench IdP %d" % i, host, "identity provider"), '</md:Extensions>\n',
             key_descriptor("signing", sign), key_descriptor("encryption", enc),
             '<md:ArtifactResolutionService Binding="%s" Location="https://%s/idp/profile/SAML2/SOAP/ArtifactResolution" '
             'index="1"/>\n' % (BINDING_SOAP, host),
             '<md:SingleLogoutService Binding="%s" Location="https://%s/idp/profile/SAML2/Redirect/SLO"/>\n'
             % (BINDING_REDIRECT, host)]
    parts += ['<md:NameIDFormat>%s</md:NameIDFormat>\n' % f for f in NAMEID_FORMATS[: 1 + i % 3]]
    parts += ['<md:SingleSignOnService Binding="%s" Location="https://%s/idp/profile/SAML2/POST/SSO"/>\n'
              % (BINDING_POST, host),
              '<md:SingleSignOnService Binding="%s" Location="https://%s/idp/profile/SAML2/Redirect/SSO"/>\n'
              % (BINDING_REDIRECT, host),
              '</md:IDPSSODescriptor>\n', organization_and_contact(i, host), '</md:EntityDescriptor>\n']
    return "".join(parts)


def sp_entity(i, certs, registered):
    host = "sp%d.bench.example.com" % i
    entity_id = "https://%s/shibboleth" % host
    cert = certs[i % len(certs)]
    parts = ['<md:EntityDescriptor entityID=%s>\n' % quoteattr(entity_id), entity_extensions(i, registered),
             '<md:SPSSODescriptor protocolSupportEnumeration="%s" AuthnRequestsSigned="true" '
             'WantAssertionsSigned="true">\n' % PROTOCOL,
             '<md:Extensions>\n', ui_info("Bench SP %d" % i, host, "service provider"), '</md:Extensions>\n',
             key_descriptor(None, cert),
             '<md:SingleLogoutService Binding="%s" Location="https://%s/Shibboleth.sso/SLO/Redirect"/>\n'
             % (BINDING_REDIRECT, host)]
    parts += ['<md:NameIDFormat>%s</md:NameIDFormat>\n' % f for f in NAMEID_FORMATS[i % 3: i % 3 + 1]]
    parts += ['<md:AssertionConsumerService Binding="%s" Location="https://%s/Shibboleth.sso/SAML2/POST" '
              'index="0" isDefault="true"/>\n' % (BINDING_POST, host),
              '<md:AssertionConsumerService Binding="%s" Location="https://%s/Shibboleth.sso/SAML2/Artifact" '
              'index="1"/>\n' % (BINDING_ARTIFACT, host),
              '<md:AttributeConsumingService index="0">\n'
              '<md:ServiceName xml:lang="en">Bench SP %d</md:ServiceName>\n'
              '<md:RequestedAttribute FriendlyName="mail" Name="urn:oid:0.9.2342.19200300.100.1.3" '
              'NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="true"/>\n'
              '</md:AttributeConsumingService>\n' % i,
              '</md:SPSSODescriptor>\n', organization_and_contact(i, host), '</md:EntityDescriptor>\n']
    return "".join(parts)


def write_template(path, count, target_bytes, certs, now, valid_days):
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    valid_until = (now + datetime.timedelta(days=valid_days)).strftime(fmt)
    created = now.strftime(fmt)
    registered = (now - datetime.timedelta(days=400)).strftime(fmt)
    doc_id = "_bench" + now.strftime("%Y%m%dT%H%M%S")
    written = 0
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<md:EntitiesDescriptor %s ID="%s" Name="urn:gatehouse:bench:aggregate" validUntil="%s" '
                'cacheDuration="PT6H">\n' % (NAMESPACES, doc_id, valid_until)
                + SIGNATURE_TEMPLATE.format(id=doc_id)
                + '<md:Extensions>\n<mdrpi:PublicationInfo publisher="https://federation.example.org" '
                  'creationInstant="%s" publicationId="%s"/>\n</md:Extensions>\n' % (created, doc_id))
        out.write(head)
        written += len(head)
        while (target_bytes and written < target_bytes) or (not target_bytes and n < count):
            # Two SPs for every IdP, roughly the mix of a research federation.
            text = idp_entity(n, certs, registered) if n % 3 == 0 else sp_entity(n, certs, registered)
            out.write(text)
            written += len(text)
            n += 1
        out.write("</md:EntitiesDescriptor>\n")
    return n


def sign(template, output, key, cert, id_attr=ID_ATTR):
    run(["xmlsec1", "--sign", "--privkey-pem", "%s,%s" % (key, cert), "--id-attr:ID", id_attr,
         "--output", output, template])


def sign_entity(source, output, key, cert):
    """A signed copy of one EntityDescriptor file: an ID on the root and an enveloped signature as its first
    child, the way AD FS and Entra ID publish theirs (the content is otherwise unchanged)."""
    text = open(source, encoding="utf-8").read()
    start = text.index("<md:EntityDescriptor")
    end = text.index(">", start)
    doc_id = "_signed" + datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S")
    root = text[start:end]
    if 'xmlns:ds=' not in root:
        root += ' xmlns:ds="http://www.w3.org/2000/09/xmldsig#"'
    text = text[:start] + root + ' ID="%s">' % doc_id + "\n" + SIGNATURE_TEMPLATE.format(id=doc_id) + text[end + 1:]
    fd, template = tempfile.mkstemp(prefix="entity-template-", suffix=".xml", dir=os.path.dirname(output))
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    try:
        sign(template, output, key, cert, ENTITY_ID_ATTR)
    finally:
        os.unlink(template)


def check(output, signer_cert, id_attr=ID_ATTR):
    """Schema-validates with xmllint (Debian's OpenSAML schema, no network) and verifies with xmlsec1."""
    # The catalog maps the W3C schema URLs the SAML schemas import to local copies (no network).
    env = dict(os.environ, XML_CATALOG_FILES=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                          "xmllint-catalog.xml"))
    run(["xmllint", "--noout", "--nonet", "--huge", "--schema", OPENSAML_XSD, output], env=env)
    run(["xmlsec1", "--verify", "--id-attr:ID", id_attr, "--pubkey-cert-pem", signer_cert, output])
    print("check: schema-valid (xmllint, %s) and signature verified (xmlsec1)" % OPENSAML_XSD)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--entities", type=int, default=5000, help="number of entities (default 5000)")
    parser.add_argument("--target-mb", type=float, default=0,
                        help="instead of -n: add entities until the file is about this many MB (e.g. 100)")
    parser.add_argument("-o", "--output", help="output file (default ./aggregate-<N>.xml)")
    parser.add_argument("--cert-dir", help="where keys and certificates are kept and reused "
                                           "(default: a certs/ folder next to the output)")
    parser.add_argument("--valid-days", type=int, default=14, help="validUntil = now + this many days")
    parser.add_argument("--check", action="store_true", help="check with xmllint --schema and xmlsec1 --verify")
    parser.add_argument("--sign-entity", metavar="FILE",
                        help="instead of an aggregate: a signed copy of this one-EntityDescriptor file")
    args = parser.parse_args()

    for tool in ("xmlsec1", "openssl"):
        if not shutil.which(tool):
            sys.exit("%s not found on PATH" % tool)
    output = args.output or ("aggregate-%s.xml" % (("%gmb" % args.target_mb) if args.target_mb else args.entities))
    output = os.path.abspath(output)
    out_dir = os.path.dirname(output)
    os.makedirs(out_dir, exist_ok=True)
    cert_dir = args.cert_dir or os.path.join(out_dir, "certs")
    (signer_key, signer_cert), certs = ensure_certs(cert_dir)
    if args.sign_entity:
        sign_entity(args.sign_entity, output, signer_key, signer_cert)
        signer_out = os.path.splitext(output)[0] + ".signer.pem"
        shutil.copyfile(signer_cert, signer_out)
        print("wrote %s (signed copy of %s), signer certificate %s" % (output, args.sign_entity, signer_out))
        if args.check:
            check(output, signer_out, ENTITY_ID_ATTR)
        return

    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    target = int(args.target_mb * 1024 * 1024) if args.target_mb else 0
    fd, template = tempfile.mkstemp(prefix="aggregate-template-", suffix=".xml", dir=out_dir)
    os.close(fd)
    try:
        count = write_template(template, args.entities, target, certs, now, args.valid_days)
        sign(template, output, signer_key, signer_cert)
    finally:
        os.unlink(template)
    signer_out = os.path.splitext(output)[0] + ".signer.pem"
    shutil.copyfile(signer_cert, signer_out)
    print("wrote %s (%d entities, %.1f MB), signer certificate %s"
          % (output, count, os.path.getsize(output) / 1048576.0, signer_out))
    if args.check:
        check(output, signer_out)


if __name__ == "__main__":
    main()
