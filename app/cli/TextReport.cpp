#include "app/cli/TextReport.h"

#include "core/saml/ReportJson.h"

#include <QJsonObject>

namespace gatehouse::cli {

using namespace core::saml;

namespace {

void writeCertificates(QTextStream& out, const Role& role)
{
    for (const KeyDescriptor& key : role.keys) {
        for (const KeyCertificate& cert : key.certificates) {
            const QString use = key.use.isEmpty() ? QStringLiteral("signing+encryption") : key.use;
            if (!cert.parsed) {
                out << "    " << use << ": unreadable certificate (line " << cert.location.line << ")\n";
                continue;
            }
            const auto& c = cert.info;
            out << "    " << use << ": " << c.subject << "\n"
                << "      valid " << c.notBefore.toString(Qt::ISODate) << " to " << c.notAfter.toString(Qt::ISODate)
                << ", " << c.keyTypeName << ' ' << c.keyBits << " bits, " << c.signatureAlgorithm << "\n"
                << "      SHA-256 " << core::x509::CertificateInfo::formatFingerprint(c.sha256Fingerprint) << "\n"
                << "      SHA-1   " << core::x509::CertificateInfo::formatFingerprint(c.sha1Fingerprint) << "\n";
        }
    }
}

void writeEntity(QTextStream& out, const EntityDescriptor& entity)
{
    out << "Entity " << entity.entityId << " (line " << entity.location.line << ")\n";
    for (const Role& role : entity.roles) {
        out << "  " << role.elementName << "\n";
        for (const Endpoint& e : role.endpoints) {
            out << "    " << e.kind << " " << e.binding.section(u':', -1) << " " << e.url << "\n";
        }
        writeCertificates(out, role);
    }
}

void writeSummary(QTextStream& out, const ValidationReport& report)
{
    const QJsonObject s = ReportJson::summary(report);
    out << "Summary: " << s.value(QStringLiteral("entities")).toInt() << " entities";
    const QJsonObject roles = s.value(QStringLiteral("entities_per_role")).toObject();
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        out << ", " << it.value().toInt() << ' ' << it.key();
    }
    out << "; duplicates " << s.value(QStringLiteral("duplicate_entity_ids")).toInt() << ", expired certificates "
        << s.value(QStringLiteral("expired_certificates")).toInt() << ", expiring "
        << s.value(QStringLiteral("expiring_certificates")).toInt() << ", weak keys "
        << s.value(QStringLiteral("weak_keys")).toInt() << "\n\n";
}

} // namespace

void TextReport::write(QTextStream& out, const ValidationReport& report, const QString& source, bool summary)
{
    out << "Validating " << source << "\n\n";
    if (summary) {
        writeSummary(out, report);
    }
    if (report.metadata.entities.size() <= 5) {
        for (const EntityDescriptor& e : report.metadata.entities) {
            writeEntity(out, e);
        }
        out << "\n";
    }
    for (const Finding& f : report.findings) {
        out << severityName(f.severity).toUpper().leftJustified(8) << f.ruleId;
        if (f.line > 0) {
            out << "  line " << f.line;
        }
        if (!f.entityId.isEmpty() && report.metadata.aggregate) {
            out << "  [" << f.entityId << "]";
        }
        out << "\n        " << f.message << "\n";
        if (f.severity != Severity::Info) {
            out << "        fix: " << f.fix << "\n";
        }
    }
    const int errors = report.count(Severity::Error);
    out << "\n"
        << (errors == 0 ? "OK" : "FAILED") << ": " << errors << " error(s), " << report.count(Severity::Warning)
        << " warning(s), " << report.count(Severity::Info) << " note(s)\n";
}

} // namespace gatehouse::cli
