#include "ui/setup/DomainVerification.h"

#include "client/ApiClient.h"
#include "client/JsonReader.h"
#include "ui/WidgetTag.h"
#include "ui/setup/CopyField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

using client::ApiResult;
using client::JsonReader;

DomainRecordView::DomainRecordView(QWidget* parent)
    : QWidget(parent)
    , m_fullName(new CopyField("recordFullName", tr("Record name (full)"), this))
    , m_relativeName(new CopyField("recordRelativeName", tr("Record name (relative to the zone)"), this))
    , m_value(new CopyField("recordValue", tr("Record value"), this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("domainRecordView"));
    m_hint->setObjectName(QStringLiteral("zoneHintLabel"));
    m_hint->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Type:"), new QLabel(QStringLiteral("TXT"), this));
    form->addRow(tr("Name (full):"), m_fullName);
    form->addRow(tr("Name (short):"), m_relativeName);
    form->addRow(tr("Value:"), m_value);
    form->addRow(m_hint);
}

void DomainRecordView::setDomain(const QJsonObject& json)
{
    const JsonReader domain(json);
    const QString name = domain.string(QStringLiteral("domain"));
    const QString key = domain.string(QStringLiteral("txt_record_key"));
    m_fullName->setValue(key);
    m_relativeName->setValue(relativeName(key, name));
    m_value->setValue(domain.string(QStringLiteral("txt_record_secret")));
    m_hint->setText(tr("Some DNS providers append your domain to the name you type. If yours does (the name field "
                       "ends with “.%1” already), enter the short name; otherwise enter the full name. Keep the "
                       "value exactly as shown, without quotes.")
                        .arg(name));
}

QString DomainRecordView::relativeName(const QString& recordName, const QString& domain)
{
    QString name = recordName;
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    const QString suffix = u'.' + domain;
    if (!domain.isEmpty() && name.endsWith(suffix, Qt::CaseInsensitive)) {
        return name.chopped(suffix.size());
    }
    return name;
}

DomainCheckPanel::DomainCheckPanel(bool environmentAdmin, QWidget* parent)
    : QWidget(parent)
    , m_admin(environmentAdmin)
    , m_check(new QPushButton(tr("&Check Now"), this))
    , m_manual(new QPushButton(tr("Mark as Verified &Manually"), this))
    , m_status(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("domainCheckPanel"));
    tagWidget(m_check, "checkDomainButton", tr("Check now"));
    tagWidget(m_manual, "verifyManuallyButton", tr("Mark as verified manually"));
    tagWidget(m_status, "domainStatusLabel", tr("Domain status"));
    tagWidget(m_details, "dnsResultText", tr("What DNS returned"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_manual->setVisible(environmentAdmin);
    connect(m_check, &QPushButton::clicked, this, &DomainCheckPanel::check);
    connect(m_manual, &QPushButton::clicked, this, &DomainCheckPanel::verifyManually);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addStretch(1);
    buttons->addWidget(m_manual);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_details, 1);
    display();
}

void DomainCheckPanel::setClient(client::ApiClient* apiClient, const QString& organizationId)
{
    m_client = apiClient;
    m_organizationId = organizationId;
    display();
}

void DomainCheckPanel::setDomain(const QJsonObject& domain)
{
    delete m_requests.data(); // an answer about the previous domain is dropped
    m_domain = domain;
    display();
}

QJsonObject DomainCheckPanel::domain() const
{
    return m_domain;
}

bool DomainCheckPanel::isVerified() const
{
    return JsonReader(m_domain).string(QStringLiteral("verification_status")) == QStringLiteral("VERIFIED");
}

QString DomainCheckPanel::path(const QString& suffix) const
{
    return QStringLiteral("/api/v1/organizations/%1/domains/%2%3")
        .arg(m_organizationId, JsonReader(m_domain).string(QStringLiteral("id")), suffix);
}

void DomainCheckPanel::check()
{
    if (!m_client || m_domain.isEmpty() || isVerified()) {
        return;
    }
    if (!m_requests) {
        m_requests = new QObject(this);
    }
    m_check->setEnabled(false);
    m_status->setText(tr("Asking DNS…"));
    m_client->send(
        "PATCH", path(QStringLiteral(":verify")), {}, {}, m_requests, [this](const ApiResult<QJsonObject>& r) {
            if (!r.ok()) {
                m_check->setEnabled(true);
                m_status->setText(tr("The check could not run: %1").arg(r.error().message));
                return;
            }
            reload();
        });
}

void DomainCheckPanel::verifyManually()
{
    if (!m_client || !m_admin || m_domain.isEmpty()) {
        return; // fail closed: never offered to a portal session
    }
    if (!m_requests) {
        m_requests = new QObject(this);
    }
    m_manual->setEnabled(false);
    m_client->send(
        "PATCH", path(QStringLiteral(":verify_manually")), {}, {}, m_requests, [this](const ApiResult<QJsonObject>& r) {
            m_manual->setEnabled(true);
            if (!r.ok()) {
                m_status->setText(tr("Not verified: %1").arg(r.error().message));
                return;
            }
            reload();
        });
}

// The domain with verification_details, after a check.
void DomainCheckPanel::reload()
{
    m_client->send("GET", path(QString()), {}, {}, m_requests, [this](const ApiResult<QJsonObject>& r) {
        m_check->setEnabled(true);
        if (!r.ok()) {
            m_status->setText(tr("Could not read the domain: %1").arg(r.error().message));
            return;
        }
        m_domain = JsonReader(r.value()).object(QStringLiteral("domain"));
        display();
        Q_EMIT domainChanged(m_domain);
    });
}

void DomainCheckPanel::display()
{
    const JsonReader domain(m_domain);
    const QString status = domain.string(QStringLiteral("verification_status"));
    const JsonReader details = domain.child(QStringLiteral("verification_details"));
    const bool actionable = m_client && !m_domain.isEmpty() && status != QStringLiteral("VERIFIED");
    m_check->setEnabled(actionable);
    m_manual->setEnabled(actionable && m_admin);
    if (m_domain.isEmpty()) {
        m_status->clear();
    } else if (status == QStringLiteral("VERIFIED")) {
        m_status->setText(tr("✔ %1 is verified.").arg(domain.string(QStringLiteral("domain"))));
    } else if (status == QStringLiteral("FAILED")) {
        m_status->setText(tr("Verification failed: the record was not found in time. Restart the verification to "
                             "get a new value."));
    } else {
        const QString message = details.string(QStringLiteral("message"));
        m_status->setText(message.isEmpty() ? tr("Pending: not checked yet.") : tr("Pending: %1").arg(message));
    }
    QStringList lines;
    if (details.has(QStringLiteral("last_check_time"))) {
        lines << tr("Result: %1").arg(details.string(QStringLiteral("reason")));
        const QStringList seen = details.strings(QStringLiteral("records_seen"));
        lines << tr("TXT records found: %1").arg(seen.isEmpty() ? tr("none") : seen.join(QStringLiteral(" | ")));
        lines << tr("Resolver: %1 (%2 ms)")
                     .arg(details.string(QStringLiteral("resolver")))
                     .arg(details.integer(QStringLiteral("lookup_ms")));
        lines << tr("Checked at: %1")
                     .arg(QLocale().toString(details.time(QStringLiteral("last_check_time")).toLocalTime(),
                                             QLocale::ShortFormat));
    }
    m_details->setPlainText(lines.join(u'\n'));
}

DomainVerifyDialog::DomainVerifyDialog(client::ApiClient* apiClient,
                                       const QString& organizationId,
                                       const QJsonObject& domain,
                                       bool environmentAdmin,
                                       QWidget* parent)
    : QDialog(parent)
    , m_check(new DomainCheckPanel(environmentAdmin, this))
{
    const QString name = JsonReader(domain).string(QStringLiteral("domain"));
    setObjectName(QStringLiteral("domainVerifyDialog"));
    setWindowTitle(tr("Verify %1").arg(name));
    setAccessibleName(tr("Verify the domain %1").arg(name));
    auto* intro = new QLabel(
        tr("At your DNS provider, add a record of type TXT with this name and value, then check it. DNS changes can "
           "take a few minutes to appear; pending domains are also re-checked in the background."),
        this);
    intro->setWordWrap(true);
    auto* record = new DomainRecordView(this);
    record->setDomain(domain);
    m_check->setClient(apiClient, organizationId);
    m_check->setDomain(domain);
    connect(m_check, &DomainCheckPanel::domainChanged, this, &DomainVerifyDialog::domainChanged);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("domainVerifyCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(record);
    layout->addWidget(m_check, 1);
    layout->addWidget(buttons);
    resize(680, 460);
}

DomainCheckPanel* DomainVerifyDialog::checkPanel() const
{
    return m_check;
}

} // namespace gatehouse::ui
