#!/usr/bin/env python3
"""Copies the third-party SAML Response fixtures of shared/testdata into tests/data/saml/fixtures/ and writes
fixtures.tsv: for every fixture, the trusted certificate, the clock and the SP settings that its origin project's
test used (or that its own content implies). The verdict column is maintained by hand in verdicts.tsv.

Usage: make-fixtures.py <shared/testdata> (run from tests/data/saml)."""
import base64, csv, hashlib, json, os, re, shutil, sys, datetime

src = sys.argv[1]
out = 'fixtures'
os.makedirs(out + '/certs', exist_ok=True)

PEM_RE = re.compile(rb'-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----', re.S)
X509_RE = re.compile(rb'<(?:\w+:)?X509Certificate>(.*?)</(?:\w+:)?X509Certificate>', re.S)

def der_list(data):
    ders = []
    for m in PEM_RE.finditer(data):
        ders.append(base64.b64decode(re.sub(rb'\s', b'', m.group(1))))
    for m in X509_RE.finditer(data):
        try:
            ders.append(base64.b64decode(re.sub(rb'\s', b'', m.group(1))))
        except Exception:
            pass
    return ders

def json_certs(path):
    try:
        j = json.load(open(path))
    except Exception:
        return []
    c = j.get('idp', {}).get('x509cert')
    return [base64.b64decode(re.sub(r'\s|-----[A-Z ]+-----', '', c))] if c else []

# Pool of certificates from non-response sources (metadata, PEM files, settings).
pool = {}
for root, _, files in os.walk(src):
    if '/responses' in root or 'signatures' in root:
        continue
    for f in files:
        p = os.path.join(root, f)
        if os.path.getsize(p) > 4_000_000:
            continue
        data = open(p, 'rb').read()
        ders = json_certs(p) if f.endswith('.json') else der_list(data)
        if f in ('certificate1', 'certificate_without_head_foot'):
            try:
                ders.append(base64.b64decode(re.sub(rb'\s|-----[A-Z ]+-----', b'', data)))
            except Exception:
                pass
        for d in ders:
            pool.setdefault(hashlib.sha1(d).hexdigest(), d)

def pem(der):
    b = base64.b64encode(der).decode()
    return '-----BEGIN CERTIFICATE-----\n' + '\n'.join(b[i:i + 64] for i in range(0, len(b), 64)) + '\n-----END CERTIFICATE-----\n'

def store_cert(der):
    h = hashlib.sha1(der).hexdigest()
    open(f'{out}/certs/{h}.pem', 'w').write(pem(der))
    return f'fixtures/certs/{h}.pem'

def decode(path, enc):
    data = open(path, 'rb').read()
    if enc == 'base64':
        data = base64.b64decode(re.sub(rb'\s', b'', data))
    return data

SUITE = {
    'ruby-saml/': dict(cert='ruby-saml/test/certificates/ruby-saml.crt', key='ruby-saml/test/certificates/ruby-saml.key'),
    'python3-saml/': dict(cert=None, key=None),
    'node-saml/test/static/signatures': dict(cert='node-saml/test/static/cert.pem', key='node-saml/test/static/testshib encryption pvk.pem'),
    'node-saml/extracted': dict(cert='node-saml/extracted/TEST_CERT.pem', key=None),
    'crewjam-saml/': dict(cert=None, key='crewjam-saml/testdata/sp_key.pem'),
    'pysaml2/': dict(cert=None, key=None),
}

def suite_of(f):
    for k, v in SUITE.items():
        if f.startswith(k):
            return v
    return dict(cert=None, key=None)

def first(pattern, text):
    m = re.search(pattern, text)
    return m.group(1) if m else ''

# Certificates that overrides in verdicts.tsv name (IdP certificates taken from the suites' metadata).
for extra in ('crewjam-saml/testdata/SP_IDPMetadata',):
    for d in der_list(open(os.path.join(src, extra), 'rb').read()):
        store_cert(d)

rows = []
index = list(csv.reader(open(os.path.join(src, 'INDEX_saml_responses.tsv')), delimiter='\t'))
head = index[0]
for r in index[1:]:
    rec = dict(zip(head, r))
    f = rec.get('file', '')
    if rec.get('root', '') != 'Response' and not rec.get('root', '').startswith('PARSE_ERROR'):
        continue
    if not any(f.startswith(s) for s in SUITE):
        continue
    if 'logout' in f:
        continue
    dst = os.path.join(out, f)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copyfile(os.path.join(src, f), dst)
    try:
        xml = decode(os.path.join(src, f), rec.get('encoding', '')).decode('utf-8', 'replace')
    except Exception:
        xml = ''
    suite = suite_of(f)
    # Trusted certificate: the suite's declared IdP certificate, else the pool entry matching the embedded one,
    # else the embedded certificate itself.
    cert = ''
    emb = der_list(xml.encode())
    forced = f.startswith('node-saml/')  # node-saml's tests name the certificate; attackers embed their own
    if suite['cert'] and (forced or not emb):
        ders = der_list(open(os.path.join(src, suite['cert']), 'rb').read())
        cert = store_cert(ders[0])
    elif emb:
        h = hashlib.sha1(emb[0]).hexdigest()
        cert = store_cert(pool.get(h, emb[0]))
    key = ''
    if suite['key']:
        kdst = os.path.join(out, suite['key'])
        os.makedirs(os.path.dirname(kdst), exist_ok=True)
        shutil.copyfile(os.path.join(src, suite['key']), kdst)
        key = os.path.join('fixtures', suite['key'])
    # "now": 30 s after the latest of Conditions NotBefore and the Response IssueInstant.
    stamps = []
    for v in (rec.get('Conditions.NotBefore', ''), first(r'<(?:\w+:)?Response[^>]*IssueInstant="([^"]+)"', xml)):
        try:
            stamps.append(datetime.datetime.fromisoformat(v.replace('Z', '')[:19]))
        except ValueError:
            pass
    now = (max(stamps) + datetime.timedelta(seconds=30)).strftime('%Y-%m-%dT%H:%M:%SZ') if stamps else ''
    acs = rec.get('SCD.Recipient', '') or rec.get('Destination', '')
    audience = rec.get('Audience', '').split(',')[0]
    issuer = rec.get('issuer', '')
    irt = first(r'<(?:\w+:)?SubjectConfirmationData[^>]*InResponseTo="([^"]+)"', xml) or first(r'<(?:\w+:)?Response[^>]*InResponseTo="([^"]+)"', xml) or '-'
    name = os.path.basename(f)
    signing = 'SAML_RESPONSE_OR_ASSERTION_SIGNING'
    if 'root-signed.assertion-signed' in name:
        signing = 'SAML_RESPONSE_ASSERTION_SIGNING'
    elif 'root-signed.assertion-unsigned' in name:
        signing = 'SAML_ONLY_RESPONSE_SIGNING'
    elif 'root-unsigned.assertion-signed' in name:
        signing = 'SAML_ONLY_ASSERTION_SIGNING'
    rows.append([os.path.join('fixtures', f), rec.get('encoding', ''), cert, now, acs, audience, issuer, irt, signing, key])

with open('fixtures.tsv', 'w') as fh:
    fh.write('# file\tencoding\tcert\tnow\tacs\taudience\tissuer\tinResponseTo\tsigning\tspKey\n')
    for r in rows:
        fh.write('\t'.join(x.replace('\t', ' ') for x in r) + '\n')
print(len(rows), 'fixtures')
