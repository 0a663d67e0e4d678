#include "ui/validator/UrlFetchWidget.h"

#include "net/GuardedFetcher.h"
#include "ui/WidgetTag.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr qint64 kMaxMetadataBytes = 100LL * 1024 * 1024;
constexpr int kFetchTimeoutMs = 30000;
} // namespace

UrlFetchWidget::UrlFetchWidget(QWidget* parent)
    : QWidget(parent)
    , m_urlEdit(new QLineEdit(this))
    , m_fetchButton(new QPushButton(tr("&Fetch and Validate"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
{
    tagWidget(m_urlEdit, "urlEdit", tr("Metadata URL"));
    m_urlEdit->setPlaceholderText(tr("https://idp.example.com/saml/metadata"));
    m_urlEdit->setClearButtonEnabled(true);
    tagWidget(m_fetchButton, "fetchButton", tr("Fetch and validate the metadata URL"));
    tagWidget(m_cancelButton, "cancelFetchButton", tr("Cancel the download"));
    tagWidget(m_progress, "fetchProgress", tr("Download in progress"));
    m_progress->setRange(0, 0); // busy indicator: GuardedFetcher reports no byte progress
    m_progress->setTextVisible(false);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &UrlFetchWidget::fetch);
    connect(m_fetchButton, &QPushButton::clicked, this, &UrlFetchWidget::fetch);
    connect(m_cancelButton, &QPushButton::clicked, this, &UrlFetchWidget::cancel);

    auto* row = new QHBoxLayout;
    row->addWidget(m_urlEdit, 1);
    row->addWidget(m_fetchButton);
    row->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    setFetching(false);
}

void UrlFetchWidget::setLabMode(bool lab)
{
    m_lab = lab;
}

void UrlFetchWidget::setUrl(const QString& url)
{
    m_urlEdit->setText(url);
}

QString UrlFetchWidget::url() const
{
    return m_urlEdit->text().trimmed();
}

void UrlFetchWidget::focusUrl()
{
    m_urlEdit->setFocus(Qt::ShortcutFocusReason);
    m_urlEdit->selectAll();
}

bool UrlFetchWidget::isFetching() const
{
    return !m_session.isNull();
}

void UrlFetchWidget::fetch()
{
    cancel();
    const QUrl url = QUrl::fromUserInput(m_urlEdit->text().trimmed());
    if (m_urlEdit->text().trimmed().isEmpty() || !url.isValid()) {
        Q_EMIT failed(tr("Enter the metadata URL first."));
        return;
    }
    net::GuardedFetcher::Options options;
    options.allowHttp = m_lab;
    options.allowPrivateAddresses = m_lab;
    options.maxBytes = kMaxMetadataBytes;
    options.timeoutMs = kFetchTimeoutMs;
    if (const auto allowed = net::GuardedFetcher::checkUrl(url, options); !allowed.ok()) {
        Q_EMIT failed(tr("Cannot fetch %1: %2").arg(url.toDisplayString(), allowed.error().message));
        return;
    }
    auto* session = new QObject(this);
    auto* fetcher = new net::GuardedFetcher(new QNetworkAccessManager(session), session);
    m_session = session;
    setFetching(true);
    fetcher->get(url, options, [this, session, url](core::Result<QByteArray> result) {
        session->deleteLater();
        if (m_session != session) {
            return; // cancelled or superseded
        }
        m_session.clear();
        setFetching(false);
        if (result.ok()) {
            Q_EMIT fetched(result.value(), url.toString());
        } else {
            Q_EMIT failed(tr("Cannot fetch %1: %2").arg(url.toDisplayString(), result.error().message));
        }
    });
}

void UrlFetchWidget::cancel()
{
    if (m_session) {
        // Deleting the session aborts the request (its replies belong to the session's network manager).
        QObject* session = m_session;
        m_session.clear();
        session->deleteLater();
    }
    setFetching(false);
}

void UrlFetchWidget::setFetching(bool fetching)
{
    m_progress->setVisible(fetching);
    m_cancelButton->setEnabled(fetching);
    m_fetchButton->setEnabled(!fetching);
}

} // namespace gatehouse::ui
