#include "ui/browser/TraceDecoder.h"

#include "core/saml/sso/SsoSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace gatehouse::ui {

namespace {
QString t(const char* text)
{
    return QCoreApplication::translate("gatehouse::ui::TraceDecoder", text);
}

const QStringList kSecretParams{QStringLiteral("code"),
                                QStringLiteral("id_token"),
                                QStringLiteral("access_token"),
                                QStringLiteral("refresh_token"),
                                QStringLiteral("client_secret"),
                                QStringLiteral("login"),
                                QStringLiteral("idp_initiated_login")};
constexpr qsizetype kMaxDecodedBytes = 4 * 1024 * 1024;
} // namespace

QString TraceDecoder::redactedUrl(const QUrl& url)
{
    QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery out;
    for (const auto& [key, value] : items) {
        const QString name = QUrl::fromPercentEncoding(key.toUtf8());
        if (kSecretParams.contains(name)) {
            out.addQueryItem(key, QStringLiteral("(redacted)"));
        } else if (value.size() > 120) {
            out.addQueryItem(key, value.left(40) + QStringLiteral("…"));
        } else {
            out.addQueryItem(key, value);
        }
    }
    QUrl copy = url;
    copy.setQuery(out);
    copy.setFragment({});
    copy.setUserInfo({});
    return copy.toString();
}

QString TraceDecoder::prettyXml(const QByteArray& xml, bool* ok)
{
    QXmlStreamReader reader(xml);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD) {
            break; // a DTD could declare entities: shown as received, never parsed further or expanded
        }
        if (reader.tokenType() == QXmlStreamReader::Characters && reader.isWhitespace()) {
            continue;
        }
        writer.writeCurrentToken(reader);
    }
    const bool good = !reader.hasError() && reader.atEnd();
    if (ok) {
        *ok = good;
    }
    return good ? out : QString::fromUtf8(xml);
}

QStringList TraceDecoder::annotateSaml(const QByteArray& xml)
{
    QStringList notes;
    QXmlStreamReader reader(xml);
    QStringList stack;
    bool root = true;
    while (!reader.atEnd() && !reader.hasError()) {
        if (reader.readNext() == QXmlStreamReader::DTD) {
            notes.append(t("The message contains a DTD; SAML forbids it (not parsed further)"));
            return notes;
        }
        if (reader.tokenType() == QXmlStreamReader::EndElement) {
            if (!stack.isEmpty()) {
                stack.removeLast();
            }
            continue;
        }
        if (reader.tokenType() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QString name = reader.name().toString();
        const QXmlStreamAttributes attributes = reader.attributes();
        const QString parent = stack.isEmpty() ? QString() : stack.constLast();
        stack.append(name);
        const auto attr = [&attributes](const char* key) {
            return attributes.value(QLatin1String(key)).toString();
        };
        if (root) {
            root = false;
            notes.append(t("Message: %1, ID %2, issued %3").arg(name, attr("ID"), attr("IssueInstant")));
            if (!attr("Destination").isEmpty()) {
                notes.append(t("Destination: %1").arg(attr("Destination")));
            }
            if (!attr("InResponseTo").isEmpty()) {
                notes.append(t("InResponseTo: %1 (answers that AuthnRequest)").arg(attr("InResponseTo")));
            } else if (name == QStringLiteral("Response")) {
                notes.append(t("No InResponseTo: an IdP-initiated (unsolicited) response"));
            }
            if (!attr("AssertionConsumerServiceURL").isEmpty()) {
                notes.append(t("Assertion consumer service: %1").arg(attr("AssertionConsumerServiceURL")));
            }
        }
        if (name == QStringLiteral("Signature")) {
            notes.append(t("Signature: the %1 is signed").arg(parent.isEmpty() ? t("document") : parent));
        } else if (name == QStringLiteral("SignatureMethod") || name == QStringLiteral("DigestMethod")) {
            notes.append(t("%1: %2").arg(name, attr("Algorithm")));
        } else if (name == QStringLiteral("Issuer")) {
            notes.append(t("Issuer (%1): %2").arg(parent, reader.readElementText()));
            stack.removeLast();
        } else if (name == QStringLiteral("Conditions")) {
            notes.append(
                t("Conditions: valid from %1 until %2 (NotOnOrAfter)").arg(attr("NotBefore"), attr("NotOnOrAfter")));
        } else if (name == QStringLiteral("Audience")) {
            notes.append(t("Audience: %1 (must be the SP entity ID)").arg(reader.readElementText()));
            stack.removeLast();
        } else if (name == QStringLiteral("SubjectConfirmationData")) {
            notes.append(
                t("Bearer confirmation: Recipient %1, NotOnOrAfter %2").arg(attr("Recipient"), attr("NotOnOrAfter")));
        } else if (name == QStringLiteral("StatusCode")) {
            notes.append(t("Status: %1").arg(attr("Value")));
        } else if (name == QStringLiteral("NameID")) {
            notes.append(t("NameID (%1): %2").arg(attr("Format"), reader.readElementText()));
            stack.removeLast();
        } else if (name == QStringLiteral("EncryptedAssertion")) {
            notes.append(t("The assertion is encrypted; only the service provider can read it"));
        } else if (name == QStringLiteral("Attribute")) {
            notes.append(t("Attribute: %1").arg(attr("Name")));
        }
    }
    if (reader.hasError()) {
        notes.append(t("Not well-formed XML: %1").arg(reader.errorString()));
    }
    return notes;
}

TraceStep TraceDecoder::samlMessage(const QString& name, const QString& value, bool deflated)
{
    TraceStep step;
    step.time = QDateTime::currentDateTimeUtc();
    step.kind =
        name == QStringLiteral("SAMLRequest") ? QStringLiteral("saml-request") : QStringLiteral("saml-response");
    step.title = deflated ? t("%1 (HTTP-Redirect binding)").arg(name) : t("%1 (HTTP-POST binding)").arg(name);
    QByteArray decoded = QByteArray::fromBase64(value.toLatin1());
    if (decoded.isEmpty() || decoded.size() > kMaxDecodedBytes) {
        step.content = value.left(2000);
        step.annotations.append(t("Not base64 (or too large): shown as received"));
        return step;
    }
    if (deflated) {
        auto inflated = core::saml::sso::support::inflateRaw(decoded, kMaxDecodedBytes);
        if (!inflated.ok()) {
            step.content = value.left(2000);
            step.annotations.append(t("The DEFLATE data is corrupt: %1").arg(inflated.error().message));
            return step;
        }
        decoded = inflated.value();
    }
    bool ok = false;
    step.content = prettyXml(decoded, &ok);
    step.format = ok ? QStringLiteral("xml") : QStringLiteral("text");
    step.annotations = annotateSaml(decoded);
    return step;
}

TraceStep TraceDecoder::json(const QString& kind, const QString& title, const QJsonObject& object)
{
    TraceStep step;
    step.time = QDateTime::currentDateTimeUtc();
    step.kind = kind;
    step.title = title;
    step.format = QStringLiteral("json");
    step.content = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    return step;
}

bool TraceDecoder::oidcStep(const QUrl& url, TraceStep* step)
{
    const QUrlQuery query(url);
    QJsonObject params;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        params.insert(key,
                      kSecretParams.contains(key) ? QCoreApplication::translate(
                          "gatehouse::ui::TraceDecoder", "(redacted, %n character(s))", nullptr, int(value.size()))
                                                  : value);
    }
    if (query.hasQueryItem(QStringLiteral("response_type")) && query.hasQueryItem(QStringLiteral("client_id"))) {
        *step = json(QStringLiteral("oidc-authorize"), t("OIDC authorization request"), params);
        step->annotations.append(t("client_id: %1").arg(query.queryItemValue(QStringLiteral("client_id"))));
        step->annotations.append(
            t("redirect_uri: %1").arg(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)));
        step->annotations.append(t("scope: %1").arg(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)));
        step->annotations.append(query.hasQueryItem(QStringLiteral("code_challenge"))
                                     ? t("PKCE: %1").arg(query.queryItemValue(QStringLiteral("code_challenge_method")))
                                     : t("PKCE: not used"));
    } else if (url.path().endsWith(QStringLiteral("/callback"))
               && (query.hasQueryItem(QStringLiteral("code")) || query.hasQueryItem(QStringLiteral("error")))) {
        *step = json(QStringLiteral("oidc-callback"), t("OIDC callback (redirect to the relying party)"), params);
        if (query.hasQueryItem(QStringLiteral("error"))) {
            step->annotations.append(
                t("Error: %1 — %2")
                    .arg(query.queryItemValue(QStringLiteral("error")),
                         query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)));
        } else {
            step->annotations.append(t("An authorization code was returned (never shown or logged)"));
        }
    } else {
        return false;
    }
    step->url = redactedUrl(url);
    return true;
}

} // namespace gatehouse::ui
