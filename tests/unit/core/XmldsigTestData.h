#pragma once

// Shared helpers of the XML-signature tests: fixtures under tests/data/xmldsig/.
#include "core/x509/Certificate.h"

#include <QFile>
#include <QString>

namespace gatehouse::tests {

inline QByteArray readData(const QString& relative)
{
    QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/xmldsig/") + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test data %s", qPrintable(relative));
    }
    return file.readAll();
}

// DER of the first certificate of a PEM text (empty when there is none).
inline QByteArray derFromPem(const QByteArray& pem)
{
    auto certs = core::x509::parsePem(pem);
    return certs.ok() ? certs.value().constFirst().der : QByteArray();
}

} // namespace gatehouse::tests
