#pragma once

#include "core/util/IdGenerator.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace gatehouse::engine {

class JsonInput;

// saml_config.idp_metadata (our extension): an IdP metadata document pasted or uploaded instead of the manual
// fields. It always runs through the metadata validator (core::saml::MetadataValidator, role IdP, lab mode in
// development environments); every error finding becomes a field violation "[rule] message (line N) — fix".
// A valid document sets idp_entity_id, idp_sso_url and idp_sso_request_binding (HTTP-Redirect preferred),
// want_request_signed (WantAuthnRequestsSigned), idp_name_id_format (when it offers emailAddress) and
// idp_certificates (its signing certificates). An aggregate needs idp_entity_id to pick the entity.
class IdpMetadataImport
{
public:
    // What the document says about its own freshness (for the refresh schedule of idp_metadata_url).
    struct Freshness
    {
        QDateTime validUntil;          // the earliest validUntil of the document and the entity; invalid: none
        qint64 cacheDurationSecs = -1; // the shortest cacheDuration; -1: none
    };

    static void apply(JsonInput& in,
                      const QString& field,
                      const QByteArray& document,
                      QJsonObject& settings,
                      bool development,
                      const QDateTime& now,
                      core::IdGenerator& ids,
                      Freshness* freshness = nullptr);
};

} // namespace gatehouse::engine
