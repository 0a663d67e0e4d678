#pragma once

// Helpers of the SAML SSO tests: fixtures under tests/data/saml/.
#include "core/x509/Certificate.h"

#include <QFile>
#include <QString>

namespace gatehouse::tests::saml {

inline QByteArray readSaml(const QString& relative)
{
    QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/saml/") + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test data %s", qPrintable(relative));
    }
    return file.readAll();
}

// DER of every certificate of a PEM text.
inline QList<QByteArray> dersFromPem(const QByteArray& pem)
{
    QList<QByteArray> out;
    auto certs = core::x509::parsePem(pem);
    if (certs.ok()) {
        for (const auto& cert : certs.value()) {
            out.append(cert.der);
        }
    }
    return out;
}

} // namespace gatehouse::tests::saml
