#!/usr/bin/env python3
"""SAML interoperability checks between Gatehouse's core (through saml-interop-tool) and independent
implementations shipped by Debian:
  (a) python3-onelogin-saml2 (strict mode) validates Responses built by buildResponse (signed; signed+encrypted),
      and rejects a tampered copy;
  (b) xmlsec1 --sign signs a Response template; verifyResponseXml accepts it, and rejects it when tampered or
      when trusting another certificate;
  (c) python3-pysaml2's IdP (saml2.server.Server), configured with the SP metadata from buildSpMetadata, issues a
      signed Response that verifyResponseXml accepts;
  (d) python3-onelogin-saml2 reads the IdP metadata from buildIdpMetadata, and its signed HTTP-Redirect
      AuthnRequest is parsed and its signature verified by parseRedirectAuthnRequest.
Exit status 0 when every check passes; each check prints one line."""
import argparse, base64, datetime, os, re, subprocess, sys, tempfile

IDP = 'https://idp.interop.test/saml'
SP = 'https://gatehouse.test/sso/v1/saml/conn_59615193906282635'
ACS = 'https://gatehouse.test/sso/v1/saml/conn_59615193906282635/acs'
REQ = '_b6f0c9b6a2e44c44a0f6fb0b4e1d9c11'

failures = []


def check(name, condition, detail=''):
    print(('PASS ' if condition else 'FAIL ') + name + ((': ' + detail) if detail and not condition else ''))
    if not condition:
        failures.append(name)


def cert_b64(path):
    pem = open(path).read()
    return ''.join(re.search(r'-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----', pem, re.S).group(1).split())


def tool(args, *rest):
    return subprocess.run([args.tool] + list(rest), capture_output=True, text=True)


def verify(args, path, cert, signing='SAML_RESPONSE_OR_ASSERTION_SIGNING', irt=REQ, issuer=IDP, acs=ACS, sp=SP):
    r = tool(args, 'verify', path, cert, issuer, acs, sp, irt, signing)
    return r.returncode, (r.stdout + r.stderr).strip()


def onelogin_checks(args, tmp):
    from onelogin.saml2.response import OneLogin_Saml2_Response
    from onelogin.saml2.settings import OneLogin_Saml2_Settings
    keys = args.keys
    settings = OneLogin_Saml2_Settings({
        'strict': True,
        'debug': False,
        'sp': {'entityId': SP,
               'assertionConsumerService': {'url': ACS, 'binding': 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST'},
               'NameIDFormat': 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
               'x509cert': cert_b64(os.path.join(keys, 'sp.pem')),
               'privateKey': open(os.path.join(keys, 'sp.key')).read()},
        'idp': {'entityId': IDP,
                'singleSignOnService': {'url': 'https://idp.interop.test/sso',
                                        'binding': 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect'},
                'x509cert': cert_b64(os.path.join(keys, 'idp.pem'))},
        'security': {'wantMessagesSigned': True, 'wantAssertionsSigned': True, 'rejectDeprecatedAlgorithm': True},
    }, sp_validation_only=True)
    request = {'https': 'on', 'http_host': 'gatehouse.test', 'script_name': '/sso/v1/saml/conn_59615193906282635/acs'}
    for label, extra in (('signed', []), ('signed+encrypted', [os.path.join(keys, 'sp.pem')])):
        out = os.path.join(tmp, 'gatehouse-%s.xml' % label.replace('+', '-'))
        r = tool(args, 'build', out, os.path.join(keys, 'idp.key'), os.path.join(keys, 'idp.pem'), IDP, ACS, SP, REQ,
                 'ada@example.com', *extra)
        check('(a) buildResponse %s' % label, r.returncode == 0, r.stderr)
        if r.returncode != 0:
            continue
        xml = open(out, 'rb').read()
        response = OneLogin_Saml2_Response(settings, base64.b64encode(xml).decode())
        valid = response.is_valid(request, request_id=REQ, raise_exceptions=False)
        check('(a) python3-onelogin-saml2 accepts the %s Response' % label, valid, str(response.get_error()))
        if valid:
            check('(a) python3-onelogin-saml2 reads the NameID', response.get_nameid() == 'ada@example.com',
                  str(response.get_nameid()))
        if label == 'signed':
            tampered = xml.replace(b'ada@example.com</saml:NameID>', b'eve@example.com</saml:NameID>')
            response = OneLogin_Saml2_Response(settings, base64.b64encode(tampered).decode())
            check('(a) python3-onelogin-saml2 rejects the tampered Response',
                  not response.is_valid(request, request_id=REQ, raise_exceptions=False))


TEMPLATE = '''<?xml version="1.0" encoding="UTF-8"?>
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r{n}" Version="2.0" IssueInstant="{now}" Destination="{acs}" InResponseTo="{req}">
  <saml:Issuer>{idp}</saml:Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <saml:Assertion ID="_a{n}" Version="2.0" IssueInstant="{now}">
    <saml:Issuer>{idp}</saml:Issuer>
    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      <ds:SignedInfo>
        <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
        <ds:Reference URI="#_a{n}">
          <ds:Transforms>
            <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
            <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
          </ds:Transforms>
          <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
          <ds:DigestValue/>
        </ds:Reference>
      </ds:SignedInfo>
      <ds:SignatureValue/>
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate/></ds:X509Data></ds:KeyInfo>
    </ds:Signature>
    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">grace@example.com</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="{later}" Recipient="{acs}" InResponseTo="{req}"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="{now}" NotOnOrAfter="{later}">
      <saml:AudienceRestriction><saml:Audience>{sp}</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AuthnStatement AuthnInstant="{now}" SessionIndex="_s{n}">
      <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
  </saml:Assertion>
</samlp:Response>
'''


def xmlsec1_checks(args, tmp):
    now = datetime.datetime.now(datetime.timezone.utc)
    fmt = '%Y-%m-%dT%H:%M:%SZ'
    tmpl = os.path.join(tmp, 'xmlsec1-template.xml')
    signed = os.path.join(tmp, 'xmlsec1-signed.xml')
    open(tmpl, 'w').write(TEMPLATE.format(n=os.getpid(), now=now.strftime(fmt),
                                          later=(now + datetime.timedelta(minutes=5)).strftime(fmt),
                                          acs=ACS, req=REQ, idp=IDP, sp=SP))
    keys = args.keys
    r = subprocess.run(['xmlsec1', '--sign', '--privkey-pem', '%s,%s' % (os.path.join(keys, 'idp.key'),
                                                                          os.path.join(keys, 'idp.pem')),
                        '--id-attr:ID', 'urn:oasis:names:tc:SAML:2.0:assertion:Assertion', '--output', signed, tmpl],
                       capture_output=True, text=True)
    check('(b) xmlsec1 --sign', r.returncode == 0, r.stderr)
    if r.returncode != 0:
        return
    rc, out = verify(args, signed, os.path.join(keys, 'idp.pem'), 'SAML_ONLY_ASSERTION_SIGNING')
    check('(b) verifyResponseXml accepts the xmlsec1-signed Response', rc == 0 and out == 'ok grace@example.com', out)
    rc, out = verify(args, signed, os.path.join(keys, 'idp.pem'), 'SAML_ONLY_RESPONSE_SIGNING')
    check('(b) ... but not when the Response itself must be signed',
          rc != 0 and out.startswith('signature_validation_failed'), out)
    rc, out = verify(args, signed, os.path.join(keys, 'other.pem'))
    check('(b) ... nor with another trusted certificate', rc != 0 and out.startswith('signature_validation_failed'), out)
    tampered = os.path.join(tmp, 'xmlsec1-tampered.xml')
    open(tampered, 'wb').write(open(signed, 'rb').read().replace(b'grace@example.com', b'admin@example.com'))
    rc, out = verify(args, tampered, os.path.join(keys, 'idp.pem'))
    check('(b) ... nor when the NameID was changed', rc != 0 and out.startswith('signature_validation_failed'), out)
    commented = os.path.join(tmp, 'xmlsec1-comment.xml')
    open(commented, 'wb').write(open(signed, 'rb').read().replace(b'grace@example.com', b'grace@example.com<!--x-->'))
    rc, out = verify(args, commented, os.path.join(keys, 'idp.pem'))
    check('(b) a comment inside NameID neither breaks the signature nor truncates the NameID',
          rc == 0 and out == 'ok grace@example.com', out)


def pysaml2_checks(args, tmp):
    from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
    from saml2.config import IdPConfig
    from saml2.saml import NAMEID_FORMAT_EMAILADDRESS, NameID
    from saml2.server import Server
    from saml2.xmldsig import DIGEST_SHA256, SIG_RSA_SHA256
    keys = args.keys
    sp_metadata = os.path.join(tmp, 'sp-metadata.xml')
    r = tool(args, 'metadata', 'sp', sp_metadata, os.path.join(keys, 'sp.pem'), SP, ACS)
    check('(c) buildSpMetadata', r.returncode == 0, r.stderr)
    conf = IdPConfig()
    conf.load({
        'entityid': IDP,
        'service': {'idp': {'endpoints': {'single_sign_on_service': [('https://idp.interop.test/sso', BINDING_HTTP_REDIRECT)]},
                            'policy': {'default': {'lifetime': {'minutes': 5}, 'attribute_restrictions': None,
                                                   'name_form': 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri'}},
                            'name_id_format': [NAMEID_FORMAT_EMAILADDRESS]}},
        'key_file': os.path.join(keys, 'idp.key'),
        'cert_file': os.path.join(keys, 'idp.pem'),
        'metadata': {'local': [sp_metadata]},
        'xmlsec_binary': '/usr/bin/xmlsec1',
    })
    server = Server(config=conf)
    response = server.create_authn_response(
        identity={'mail': ['hedy@example.com'], 'givenName': ['Hedy']}, in_response_to=REQ, destination=ACS,
        sp_entity_id=SP, name_id=NameID(format=NAMEID_FORMAT_EMAILADDRESS, text='hedy@example.com'), userid='hedy@example.com', sign_response=True, sign_assertion=True,
        authn={'class_ref': 'urn:oasis:names:tc:SAML:2.0:ac:classes:Password'},
        sign_alg=SIG_RSA_SHA256, digest_alg=DIGEST_SHA256)
    path = os.path.join(tmp, 'pysaml2-signed.xml')
    open(path, 'w').write(str(response))
    rc, out = verify(args, path, os.path.join(keys, 'idp.pem'), 'SAML_RESPONSE_ASSERTION_SIGNING')
    check('(c) verifyResponseXml accepts the pysaml2-signed Response (Response and Assertion signed)',
          rc == 0 and out == 'ok hedy@example.com', out)
    tampered = os.path.join(tmp, 'pysaml2-tampered.xml')
    open(tampered, 'w').write(str(response).replace('Hedy', 'Eve'))
    rc, out = verify(args, tampered, os.path.join(keys, 'idp.pem'), 'SAML_RESPONSE_ASSERTION_SIGNING')
    check('(c) ... and rejects it once an attribute value was changed',
          rc != 0 and out.startswith('signature_validation_failed'), out)


def onelogin_request_checks(args, tmp):
    from onelogin.saml2.auth import OneLogin_Saml2_Auth
    from onelogin.saml2.idp_metadata_parser import OneLogin_Saml2_IdPMetadataParser
    keys = args.keys
    idp_metadata = os.path.join(tmp, 'idp-metadata.xml')
    r = tool(args, 'metadata', 'idp', idp_metadata, os.path.join(keys, 'idp.pem'), IDP, 'https://idp.interop.test/sso')
    check('(d) buildIdpMetadata', r.returncode == 0, r.stderr)
    parsed = OneLogin_Saml2_IdPMetadataParser.parse(open(idp_metadata).read())
    idp = parsed.get('idp', {})
    check('(d) python3-onelogin-saml2 reads entity ID, SSO URL and certificate from buildIdpMetadata',
          idp.get('entityId') == IDP and idp.get('singleSignOnService', {}).get('url') == 'https://idp.interop.test/sso'
          and idp.get('x509cert') == cert_b64(os.path.join(keys, 'idp.pem')), str(idp))
    settings = {
        'strict': True,
        'sp': {'entityId': SP,
               'assertionConsumerService': {'url': ACS, 'binding': 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST'},
               'x509cert': cert_b64(os.path.join(keys, 'sp.pem')),
               'privateKey': open(os.path.join(keys, 'sp.key')).read()},
        'idp': idp,
        'security': {'authnRequestsSigned': True,
                     'signatureAlgorithm': 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
                     'digestAlgorithm': 'http://www.w3.org/2001/04/xmlenc#sha256'},
    }
    request = {'https': 'on', 'http_host': 'gatehouse.test', 'script_name': '/login', 'get_data': {}, 'post_data': {}}
    auth = OneLogin_Saml2_Auth(request, settings)
    url = auth.login(return_to='https://app.test/after login?x=1&y=2')
    rc, out = 0, ''
    r = tool(args, 'parse-redirect', url, os.path.join(keys, 'sp.pem'))
    out = (r.stdout + r.stderr).strip()
    check('(d) parseRedirectAuthnRequest verifies the signed AuthnRequest of python3-onelogin-saml2',
          r.returncode == 0 and out.startswith('ok %s %s %s verified=1' % (auth.get_last_request_id(), SP, ACS)), out)
    r = tool(args, 'parse-redirect', url.replace('RelayState=', 'RelayState=x'), os.path.join(keys, 'sp.pem'))
    out = (r.stdout + r.stderr).strip()
    check('(d) ... and refuses it once RelayState was changed',
          r.returncode != 0 and out.startswith('saml.request-signature'), out)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--tool', required=True)
    p.add_argument('--keys', required=True)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for part in (onelogin_checks, xmlsec1_checks, pysaml2_checks, onelogin_request_checks):
            try:
                part(args, tmp)
            except Exception as e:  # a crash of one implementation is a failed check, not a skipped one
                check(part.__name__, False, '%s: %s' % (type(e).__name__, e))
    print('%d failure(s)' % len(failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
