#include "ui/setup/DomainWizard.h"

#include "client/ApiClient.h"
#include "client/JsonReader.h"
#include "ui/WidgetTag.h"
#include "ui/setup/CopyField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWizardPage>

namespace gatehouse::ui {

using client::ApiResult;
using client::JsonReader;

namespace {

QString domainsPath(const QString& organizationId)
{
    return QStringLiteral("/api/v1/organizations/%1/domains").arg(organizationId);
}

} // namespace

// Page 1: the domain to add. "Add Domain" creates it; the page is complete once it exists.
class DomainAddPage : public QWizardPage
{
public:
    explicit DomainAddPage(DomainWizard* wizard)
        : m_wizard(wizard)
        , m_edit(new QLineEdit(this))
        , m_add(new QPushButton(DomainWizard::tr("&Add Domain"), this))
        , m_error(new QLabel(this))
        , m_pending(new QComboBox(this))
        , m_continue(new QPushButton(DomainWizard::tr("C&ontinue"), this))
    {
        setTitle(DomainWizard::tr("Add your email domain"));
        setSubTitle(DomainWizard::tr("Users whose email addresses end in a verified domain sign in through your "
                                     "organization's single sign-on."));
        tagWidget(m_edit, "domainEdit", DomainWizard::tr("Domain"));
        m_edit->setPlaceholderText(DomainWizard::tr("example.com"));
        tagWidget(m_add, "addDomainButton", DomainWizard::tr("Add domain"));
        tagWidget(m_error, "addDomainErrorLabel", DomainWizard::tr("Add domain error"));
        m_error->setWordWrap(true);
        auto* form = new QFormLayout(this);
        form->addRow(DomainWizard::tr("&Domain:"), m_edit);
        form->addRow(QString(), m_add);
        form->addRow(m_error);
        // Domains added earlier and not verified yet: continue with their record.
        tagWidget(m_pending, "pendingDomainCombo", DomainWizard::tr("Pending domain"));
        tagWidget(m_continue, "continueDomainButton", DomainWizard::tr("Continue with the pending domain"));
        m_pendingLabel = new QLabel(DomainWizard::tr("Or &continue with a pending domain:"), this);
        m_pendingLabel->setBuddy(m_pending);
        auto* pendingRow = new QHBoxLayout;
        pendingRow->addWidget(m_pending, 1);
        pendingRow->addWidget(m_continue);
        form->addRow(m_pendingLabel, pendingRow);
        connect(m_continue, &QPushButton::clicked, this, &DomainAddPage::continuePending);
        connect(m_add, &QPushButton::clicked, this, &DomainAddPage::add);
        connect(m_edit, &QLineEdit::returnPressed, this, &DomainAddPage::add);
    }

    bool isComplete() const override
    {
        return !m_wizard->m_domain.isEmpty();
    }

    void initializePage() override
    {
        showPending(false);
        if (!m_wizard->m_client) {
            return;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
        m_wizard->m_client->send(
            "GET", domainsPath(m_wizard->m_organizationId), query, {}, this, [this](const ApiResult<QJsonObject>& r) {
                if (!r.ok()) {
                    return; // adding a new domain still works; the add reports its own errors
                }
                m_pending->clear();
                for (const QJsonValue& v : JsonReader(r.value()).array(QStringLiteral("domains"))) {
                    const JsonReader domain(v.toObject());
                    if (domain.string(QStringLiteral("verification_status")) == QStringLiteral("PENDING")) {
                        m_pending->addItem(domain.string(QStringLiteral("domain")), v.toObject());
                    }
                }
                showPending(m_pending->count() > 0);
            });
    }

private:
    void showPending(bool visible)
    {
        m_pendingLabel->setVisible(visible);
        m_pending->setVisible(visible);
        m_continue->setVisible(visible);
    }

    void continuePending()
    {
        const QJsonObject domain = m_pending->currentData().toJsonObject();
        if (domain.isEmpty()) {
            return;
        }
        m_wizard->setDomain(domain);
        Q_EMIT completeChanged();
        m_wizard->next();
    }

    void add()
    {
        const QString name = m_edit->text().trimmed().toLower();
        static const QRegularExpression shape(
            QStringLiteral("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
        if (!shape.match(name).hasMatch()) {
            m_error->setText(DomainWizard::tr("“%1” is not a domain name such as example.com.").arg(name));
            return;
        }
        if (!m_wizard->m_client) {
            return;
        }
        m_add->setEnabled(false);
        m_error->clear();
        m_wizard->m_client->send("POST",
                                 domainsPath(m_wizard->m_organizationId),
                                 {},
                                 {{QStringLiteral("domain"), name}},
                                 this,
                                 [this](const ApiResult<QJsonObject>& r) {
                                     m_add->setEnabled(true);
                                     if (!r.ok()) {
                                         m_error->setText(
                                             DomainWizard::tr("The domain was not added: %1").arg(r.error().message));
                                         return;
                                     }
                                     m_wizard->setDomain(JsonReader(r.value()).object(QStringLiteral("domain")));
                                     Q_EMIT completeChanged();
                                     m_wizard->next();
                                 });
    }

    DomainWizard* m_wizard;
    QLineEdit* m_edit;
    QPushButton* m_add;
    QLabel* m_error;
    QComboBox* m_pending;
    QPushButton* m_continue;
    QLabel* m_pendingLabel = nullptr;
};

// Page 2: the TXT record to publish, in both forms.
class DomainRecordPage : public QWizardPage
{
public:
    explicit DomainRecordPage(DomainWizard* wizard)
        : m_wizard(wizard)
        , m_fullName(new CopyField("recordFullName", DomainWizard::tr("Record name (full)"), this))
        , m_relativeName(
              new CopyField("recordRelativeName", DomainWizard::tr("Record name (relative to the zone)"), this))
        , m_value(new CopyField("recordValue", DomainWizard::tr("Record value"), this))
    {
        setTitle(DomainWizard::tr("Publish a TXT record"));
        setSubTitle(DomainWizard::tr("At your DNS provider, add a record of type TXT with this name and value."));
        auto* hint =
            new QLabel(DomainWizard::tr("Some DNS providers append your domain to the name you type. If yours does "
                                        "(the name field ends with “.%1” already), enter the short name; otherwise "
                                        "enter the full name. Keep the value exactly as shown, without quotes."),
                       this);
        hint->setObjectName(QStringLiteral("zoneHintLabel"));
        hint->setWordWrap(true);
        m_hint = hint;
        auto* form = new QFormLayout(this);
        form->addRow(DomainWizard::tr("Type:"), new QLabel(QStringLiteral("TXT"), this));
        form->addRow(DomainWizard::tr("Name (full):"), m_fullName);
        form->addRow(DomainWizard::tr("Name (short):"), m_relativeName);
        form->addRow(DomainWizard::tr("Value:"), m_value);
        form->addRow(hint);
    }

    void initializePage() override
    {
        const JsonReader domain(m_wizard->domain());
        const QString name = domain.string(QStringLiteral("domain"));
        const QString key = domain.string(QStringLiteral("txt_record_key"));
        m_fullName->setValue(key);
        m_relativeName->setValue(DomainWizard::relativeName(key, name));
        m_value->setValue(domain.string(QStringLiteral("txt_record_secret")));
        m_hint->setText(m_hint->text().replace(QStringLiteral("%1"), name));
    }

private:
    DomainWizard* m_wizard;
    CopyField* m_fullName;
    CopyField* m_relativeName;
    CopyField* m_value;
    QLabel* m_hint;
};

// Page 3: check now, what DNS returned, the status; manual verification for environment admins.
class DomainCheckPage : public QWizardPage
{
public:
    explicit DomainCheckPage(DomainWizard* wizard)
        : m_wizard(wizard)
        , m_check(new QPushButton(DomainWizard::tr("&Check Now"), this))
        , m_manual(new QPushButton(DomainWizard::tr("Mark as Verified &Manually"), this))
        , m_status(new QLabel(this))
        , m_details(new QPlainTextEdit(this))
    {
        setTitle(DomainWizard::tr("Check the record"));
        setSubTitle(DomainWizard::tr("DNS changes can take a few minutes to appear. The domain is also re-checked "
                                     "in the background."));
        tagWidget(m_check, "checkDomainButton", DomainWizard::tr("Check now"));
        tagWidget(m_manual, "verifyManuallyButton", DomainWizard::tr("Mark as verified manually"));
        tagWidget(m_status, "domainStatusLabel", DomainWizard::tr("Domain status"));
        tagWidget(m_details, "dnsResultText", DomainWizard::tr("What DNS returned"));
        m_status->setWordWrap(true);
        m_details->setReadOnly(true);
        m_manual->setVisible(wizard->m_admin);
        connect(m_check, &QPushButton::clicked, this, &DomainCheckPage::check);
        connect(m_manual, &QPushButton::clicked, this, &DomainCheckPage::verifyManually);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_check);
        buttons->addStretch(1);
        buttons->addWidget(m_manual);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(buttons);
        layout->addWidget(m_status);
        layout->addWidget(m_details, 1);
    }

    void initializePage() override
    {
        display(m_wizard->domain());
    }

    bool isComplete() const override
    {
        return JsonReader(m_wizard->domain()).string(QStringLiteral("verification_status"))
               == QStringLiteral("VERIFIED");
    }

private:
    QString path(const QString& suffix) const
    {
        return domainsPath(m_wizard->m_organizationId) + u'/'
               + JsonReader(m_wizard->domain()).string(QStringLiteral("id")) + suffix;
    }

    void check()
    {
        if (!m_wizard->m_client) {
            return;
        }
        m_check->setEnabled(false);
        m_status->setText(DomainWizard::tr("Asking DNS…"));
        m_wizard->m_client->send(
            "PATCH", path(QStringLiteral(":verify")), {}, {}, this, [this](const ApiResult<QJsonObject>& r) {
                if (!r.ok()) {
                    m_check->setEnabled(true);
                    m_status->setText(DomainWizard::tr("The check could not run: %1").arg(r.error().message));
                    return;
                }
                reload();
            });
    }

    void verifyManually()
    {
        if (!m_wizard->m_client || !m_wizard->m_admin) {
            return; // fail closed: never offered to a portal session
        }
        m_manual->setEnabled(false);
        m_wizard->m_client->send(
            "PATCH", path(QStringLiteral(":verify_manually")), {}, {}, this, [this](const ApiResult<QJsonObject>& r) {
                m_manual->setEnabled(true);
                if (!r.ok()) {
                    m_status->setText(DomainWizard::tr("Not verified: %1").arg(r.error().message));
                    return;
                }
                reload();
            });
    }

    // The domain with verification_details, after a check.
    void reload()
    {
        m_wizard->m_client->send("GET", path(QString()), {}, {}, this, [this](const ApiResult<QJsonObject>& r) {
            m_check->setEnabled(true);
            if (!r.ok()) {
                m_status->setText(DomainWizard::tr("Could not read the domain: %1").arg(r.error().message));
                return;
            }
            m_wizard->setDomain(JsonReader(r.value()).object(QStringLiteral("domain")));
            display(m_wizard->domain());
            Q_EMIT completeChanged();
        });
    }

    void display(const QJsonObject& json)
    {
        const JsonReader domain(json);
        const QString status = domain.string(QStringLiteral("verification_status"));
        const JsonReader details = domain.child(QStringLiteral("verification_details"));
        if (status == QStringLiteral("VERIFIED")) {
            m_status->setText(DomainWizard::tr("✔ %1 is verified.").arg(domain.string(QStringLiteral("domain"))));
            m_check->setEnabled(false);
            m_manual->setEnabled(false);
        } else if (status == QStringLiteral("FAILED")) {
            m_status->setText(DomainWizard::tr("Verification failed: the record was not found in time. Restart "
                                               "the verification to get a new value."));
        } else {
            const QString message = details.string(QStringLiteral("message"));
            m_status->setText(message.isEmpty() ? DomainWizard::tr("Pending: not checked yet.")
                                                : DomainWizard::tr("Pending: %1").arg(message));
        }
        QStringList lines;
        if (details.has(QStringLiteral("last_check_time"))) {
            lines << DomainWizard::tr("Result: %1").arg(details.string(QStringLiteral("reason")));
            const QStringList seen = details.strings(QStringLiteral("records_seen"));
            lines << DomainWizard::tr("TXT records found: %1")
                         .arg(seen.isEmpty() ? DomainWizard::tr("none") : seen.join(QStringLiteral(" | ")));
            lines << DomainWizard::tr("Resolver: %1 (%2 ms)")
                         .arg(details.string(QStringLiteral("resolver")))
                         .arg(details.integer(QStringLiteral("lookup_ms")));
            lines << DomainWizard::tr("Checked at: %1")
                         .arg(QLocale().toString(details.time(QStringLiteral("last_check_time")).toLocalTime(),
                                                 QLocale::ShortFormat));
        }
        m_details->setPlainText(lines.join(u'\n'));
    }

    DomainWizard* m_wizard;
    QPushButton* m_check;
    QPushButton* m_manual;
    QLabel* m_status;
    QPlainTextEdit* m_details;
};

DomainWizard::DomainWizard(client::ApiClient* client,
                           const QString& organizationId,
                           bool environmentAdmin,
                           QWidget* parent)
    : QWizard(parent)
    , m_client(client)
    , m_organizationId(organizationId)
    , m_admin(environmentAdmin)
{
    setObjectName(QStringLiteral("domainWizard"));
    setWindowTitle(tr("Verify a Domain"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(AddPage, new DomainAddPage(this));
    setPage(RecordPage, new DomainRecordPage(this));
    setPage(CheckPage, new DomainCheckPage(this));
    resize(720, 520);
}

void DomainWizard::resume(const QJsonObject& domain)
{
    m_domain = domain;
    setStartId(RecordPage);
    restart();
}

QJsonObject DomainWizard::domain() const
{
    return m_domain;
}

void DomainWizard::setDomain(const QJsonObject& domain)
{
    m_domain = domain;
    Q_EMIT domainChanged(domain);
}

QString DomainWizard::relativeName(const QString& recordName, const QString& domain)
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

} // namespace gatehouse::ui
