#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace gatehouse::net {

// What one DNS TXT query returned, as precisely as the resolver tells it.
struct TxtLookupResult
{
    enum class Status
    {
        Answered,      // NOERROR with at least one TXT record
        NoRecords,     // NOERROR, the name exists but has no TXT record (NODATA)
        NxDomain,      // the name does not exist
        Timeout,       // no answer within the timeout
        ServerFailure, // SERVFAIL
        Refused,       // REFUSED
        InvalidReply,  // garbled answer, or nothing listening at the resolver (ICMP unreachable)
        ResolverError, // the local resolver could not be used
    };

    QString name;
    Status status = Status::ResolverError;
    // One entry per TXT record; a record's character-strings are joined without separator (RFC 7208 §3.3).
    QStringList records;
    QString resolver;  // the address asked, or "system" for the system resolvers
    QString errorText; // the resolver's own message, when not answered
    qint64 elapsedMs = 0;

    // Stable, lower-case reason code: answered, no_txt_record, nxdomain, timeout, servfail, refused,
    // invalid_reply, resolver_error.
    QString statusCode() const;
    // A sentence for people.
    QString describe() const;
    // An answer from the DNS (including "does not exist"), as opposed to a failure to get one: when a resolver
    // gives a definitive answer, the next resolver is not asked.
    bool isDefinitive() const;
};

// Asynchronous TXT lookup over QDnsLookup with its own timeout and a resolver list: each resolver is asked in
// turn until one gives a definitive answer (or the list is exhausted; the last failure is reported). An empty
// resolver list means the system resolvers. Qt 6.4 cannot use a port other than 53.
class DnsTxtLookup : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TxtLookupResult&)>;

    // Starts the lookup; `done` runs exactly once on the thread of `context` (the lookup is cancelled
    // silently if `context` is destroyed first). The object deletes itself after calling `done`.
    static void
    start(const QString& name, const QList<QHostAddress>& resolvers, int timeoutMs, QObject* context, Callback done);

    // Blocking convenience for command-line tools: spins a local event loop.
    static TxtLookupResult run(const QString& name, const QList<QHostAddress>& resolvers, int timeoutMs);

private:
    DnsTxtLookup(QString name, QList<QHostAddress> resolvers, int timeoutMs, QObject* context, Callback done);
    void askNext();
    void
    probe(QHostAddress resolver, const std::shared_ptr<TxtLookupResult>& result, const std::function<void()>& conclude);
    void finish(const TxtLookupResult& result);

    QString m_name;
    QList<QHostAddress> m_resolvers;
    int m_timeoutMs;
    Callback m_done;
    qsizetype m_next = 0;
    bool m_finished = false;
    TxtLookupResult m_last;
};

} // namespace gatehouse::net
