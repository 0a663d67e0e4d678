#pragma once

#include "core/saml/Finding.h"
#include "core/saml/MetadataModel.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gatehouse::core::saml {

struct DiffPolicy
{
    // DER of the certificates that verify the responses seen today (optional). A removed certificate that is
    // in this list is an error (logins fail once the new metadata is applied), otherwise a warning.
    QList<QByteArray> inUseCertificatesDer;
    QString entityId; // compare only this entity of an aggregate
};

// The lifecycle rules (docs/metadata-rules.md, "H. Changes against previous metadata"): what changed from the
// previously imported metadata to the new one, each change with a severity that says whether applying it is
// safe (info), needs a look (warning) or breaks logins (error). Entities are matched by entityID; a single-entity
// document whose entityID changed is compared with its predecessor and reported as such.
class MetadataDiff
{
public:
    static Findings compare(const Metadata& previous, const Metadata& current, const DiffPolicy& policy = {});
};

} // namespace gatehouse::core::saml
