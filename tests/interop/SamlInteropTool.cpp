// Command-line bridge between Gatehouse's SAML core and the independent implementations driven by
// saml_interop.py (python3-onelogin-saml2, python3-pysaml2, xmlsec1). Test-only.
//
//   saml-interop-tool build <out.xml> <key.pem> <cert.pem> <issuer> <acs> <audience> <inResponseTo> <nameId>
//                           [encryptCert.pem]
//       writes a Response (Response and Assertion signed, issued now, valid 300 s) built by buildResponse.
//   saml-interop-tool verify <in.xml> <cert.pem> <issuer> <acs> <audience> <inResponseTo|-> <signing> [spKey.pem]
//       verifies with verifyResponseXml at the current time; prints "ok <nameId>" or "<errorCode> <reason>";
//       exit status 0 only when accepted.
//   saml-interop-tool metadata <sp|idp> <out.xml> <cert.pem> <entityId> <acsOrSsoUrl>
//       writes buildSpMetadata (AuthnRequestsSigned, signing + encryption certificate) or buildIdpMetadata.
//   saml-interop-tool parse-redirect <url> <spCert.pem>
//       parseRedirectAuthnRequest on the URL's query; prints "ok <ID> <Issuer> <ACS> verified=<0|1>".
#include "core/saml/sso/SamlSso.h"
#include "core/x509/Certificate.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace gatehouse::core;
using namespace gatehouse::core::saml::sso;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    return file.readAll();
}

int build(const QStringList& a)
{
    ResponseParams p;
    p.signingKeyPem = readFile(a.at(3));
    p.signingCertPem = readFile(a.at(4));
    p.issuer = a.at(5);
    p.destination = a.at(6);
    p.audience = a.at(7);
    p.inResponseTo = a.at(8);
    p.nameId = a.at(9);
    p.sessionIndex = QStringLiteral("_interop-session");
    p.attributes = {SamlAttribute{QStringLiteral("email"), {}, {}, {a.at(9)}},
                    SamlAttribute{QStringLiteral("firstName"), {}, {}, {QStringLiteral("Ada")}}};
    p.issueInstant = QDateTime::currentDateTimeUtc();
    if (a.size() > 10) {
        p.encryptionCertPem = readFile(a.at(10));
    }
    auto xml = buildResponse(p);
    if (!xml.ok()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(xml.error().code), qPrintable(xml.error().message));
        return 1;
    }
    QFile out(a.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(xml.value()) != xml.value().size()) {
        return 2;
    }
    return 0;
}

int verify(const QStringList& a)
{
    ResponseExpectations e;
    auto certs = x509::parsePem(readFile(a.at(3)));
    if (certs.ok()) {
        for (const auto& cert : certs.value()) {
            e.idpCertificatesDer.append(cert.der);
        }
    }
    e.idpEntityId = a.at(4);
    e.acsUrl = a.at(5);
    e.spEntityId = a.at(6);
    if (a.at(7) != QLatin1String("-")) {
        e.inResponseTo = a.at(7);
    }
    e.signing = signingRequirementFromString(a.at(8));
    e.now = QDateTime::currentDateTimeUtc();
    if (a.size() > 9) {
        e.spDecryptionKeyPem = readFile(a.at(9));
    }
    const ResponseVerification v = verifyResponseXml(readFile(a.at(2)), e);
    QTextStream out(stdout);
    if (v.ok) {
        out << "ok " << v.assertion.nameId << '\n';
        return 0;
    }
    out << v.errorCode << ' ' << v.reason << '\n';
    return 1;
}

int metadata(const QStringList& a)
{
    const QByteArray cert = readFile(a.at(4));
    QByteArray xml;
    if (a.at(2) == QLatin1String("sp")) {
        SpMetadataParams p;
        p.entityId = a.at(5);
        p.acsUrl = a.at(6);
        p.signingCertPem = cert;
        p.encryptionCertPem = cert;
        p.authnRequestsSigned = true;
        p.nameIdFormats = {QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress")};
        xml = buildSpMetadata(p);
    } else {
        IdpMetadataParams p;
        p.entityId = a.at(5);
        p.ssoUrl = a.at(6);
        p.signingCertPem = cert;
        p.nameIdFormats = {QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress")};
        xml = buildIdpMetadata(p);
    }
    QFile out(a.at(3));
    return out.open(QIODevice::WriteOnly) && out.write(xml) == xml.size() ? 0 : 2;
}

int parseRedirect(const QStringList& a)
{
    QList<QByteArray> trusted;
    auto certs = x509::parsePem(readFile(a.at(3)));
    if (certs.ok()) {
        for (const auto& cert : certs.value()) {
            trusted.append(cert.der);
        }
    }
    auto parsed = parseRedirectAuthnRequest(QUrlQuery(QUrl(a.at(2), QUrl::StrictMode)), trusted);
    QTextStream out(stdout);
    if (!parsed.ok()) {
        out << parsed.error().code << ' ' << parsed.error().message << '\n';
        return 1;
    }
    const ParsedAuthnRequest& r = parsed.value();
    out << "ok " << r.id << ' ' << r.issuer << ' ' << r.acsUrl << " verified=" << (r.signatureVerified ? 1 : 0) << '\n';
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 10 && a.at(1) == QLatin1String("build")) {
        return build(a);
    }
    if (a.size() >= 9 && a.at(1) == QLatin1String("verify")) {
        return verify(a);
    }
    if (a.size() >= 7 && a.at(1) == QLatin1String("metadata")) {
        return metadata(a);
    }
    if (a.size() >= 4 && a.at(1) == QLatin1String("parse-redirect")) {
        return parseRedirect(a);
    }
    std::fprintf(stderr, "usage: see the header of SamlInteropTool.cpp\n");
    return 2;
}
