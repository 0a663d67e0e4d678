#include "net/DomainChallenge.h"

namespace gatehouse::net {

namespace {

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
        value = value.mid(1, value.size() - 2).trimmed();
    }
    return value;
}

} // namespace

QString DomainChallenge::normalizeName(const QString& name)
{
    QString out = name.trimmed().toLower();
    while (out.endsWith(u'.')) {
        out.chop(1);
    }
    return out;
}

QString DomainChallenge::recordName(const QString& domain)
{
    return QStringLiteral("_gatehouse-challenge.") + normalizeName(domain);
}

bool DomainChallenge::matches(const QString& txtValue, const QString& expected)
{
    const QString value = unquote(txtValue);
    const QString want = unquote(expected);
    const qsizetype equals = want.indexOf(u'=');
    if (equals < 0) {
        return value == want;
    }
    const qsizetype valueEquals = value.indexOf(u'=');
    if (valueEquals != equals) {
        return false;
    }
    return value.left(equals).compare(want.left(equals), Qt::CaseInsensitive) == 0
           && value.mid(equals + 1).trimmed() == want.mid(equals + 1).trimmed();
}

DomainChallengeOutcome DomainChallenge::evaluate(const TxtLookupResult& lookup, const QString& expected)
{
    DomainChallengeOutcome out;
    out.recordsSeen = lookup.records;
    if (lookup.status != TxtLookupResult::Status::Answered) {
        out.reason = lookup.statusCode();
        out.message = lookup.describe();
        if (lookup.status == TxtLookupResult::Status::NxDomain || lookup.status == TxtLookupResult::Status::NoRecords) {
            out.message +=
                QStringLiteral(". Create a TXT record named %1 with the value %2.").arg(lookup.name, expected);
        }
        return out;
    }
    for (const QString& record : lookup.records) {
        if (matches(record, expected)) {
            out.verified = true;
            out.reason = QStringLiteral("verified");
            out.message = QStringLiteral("found the expected TXT record at %1").arg(lookup.name);
            return out;
        }
    }
    out.reason = QStringLiteral("value_mismatch");
    QStringList shown;
    for (const QString& record : lookup.records) {
        shown.append(u'"' + record.left(255) + u'"');
    }
    out.message = QStringLiteral("%1 has TXT record(s) %2 but none is %3. Check for typos, a copied quote, or a "
                                 "value from an earlier attempt.")
                      .arg(lookup.name, shown.join(QStringLiteral(", ")), expected);
    return out;
}

} // namespace gatehouse::net
