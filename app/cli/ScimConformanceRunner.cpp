#include "app/cli/ScimConformanceRunner.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace gatehouse::cli {

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QString networkError;
};

QString substitute(QString text, const ScimConformance::Vars& vars)
{
    for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    }
    return text;
}

Answer send(QNetworkAccessManager& nam,
            const QString& url,
            const QByteArray& token,
            const ScimConformance::Step& step,
            const QByteArray& body,
            int timeoutMs)
{
    QNetworkRequest request{QUrl::fromEncoded(url.toUtf8(), QUrl::StrictMode)};
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept", "application/scim+json");
    request.setRawHeader("User-Agent", "gatehouse scim test");
    if (!body.isEmpty()) {
        request.setRawHeader("Content-Type", step.contentType);
    }
    QNetworkReply* reply = nam.sendCustomRequest(request, step.method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status == 0) {
        answer.networkError = reply->errorString();
    }
    delete reply;
    return answer;
}

QString statuses(const QList<int>& expected)
{
    QStringList out;
    for (int s : expected) {
        out << QString::number(s);
    }
    return out.join(QLatin1Char('/'));
}

} // namespace

ScimConformanceRunner::ScimConformanceRunner(QString baseUrl, QByteArray token, int timeoutMs)
    : m_base(std::move(baseUrl))
    , m_token(std::move(token))
    , m_timeoutMs(timeoutMs)
{
    while (m_base.endsWith(QLatin1Char('/'))) {
        m_base.chop(1);
    }
}

ScimConformanceRunner::Summary ScimConformanceRunner::run(const QString& dialect,
                                                          const std::function<void(const Outcome&)>& report,
                                                          const std::atomic_bool* cancel) const
{
    Summary summary;
    const QList<ScimConformance::Step> steps = ScimConformance::steps(dialect);
    if (steps.isEmpty()) {
        summary.fatal = QStringLiteral("unknown dialect \"%1\" (%2)")
                            .arg(dialect, ScimConformance::dialects().join(QStringLiteral(", ")));
        return summary;
    }
    QNetworkAccessManager nam;
    ScimConformance::Vars vars{
        {QStringLiteral("rand"), QString::number(QRandomGenerator::system()->generate64() % 1'000'000'000'000ULL)}};
    for (const ScimConformance::Step& step : steps) {
        if (cancel && cancel->load()) {
            break;
        }
        ++summary.total;
        const QByteArray body = substitute(QString::fromUtf8(step.body), vars).toUtf8();
        const Answer answer = send(nam, m_base + substitute(step.path, vars), m_token, step, body, m_timeoutMs);
        if (!answer.networkError.isEmpty()) {
            summary.fatal = answer.networkError;
            return summary;
        }
        QString problem;
        if (!step.expected.contains(answer.status)) {
            problem = QStringLiteral("HTTP %1, expected %2").arg(answer.status).arg(statuses(step.expected));
            const QString detail =
                QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("detail")).toString();
            if (!detail.isEmpty()) {
                problem += QStringLiteral(" (%1)").arg(detail.left(200));
            }
        } else if (step.check) {
            problem = step.check(QJsonDocument::fromJson(answer.body).object(), vars);
        }
        if (!problem.isEmpty()) {
            ++summary.failed;
        }
        if (report) {
            report({dialect, step.name, problem});
        }
    }
    return summary;
}

} // namespace gatehouse::cli
