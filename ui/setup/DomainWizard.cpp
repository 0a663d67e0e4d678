#include "ui/setup/DomainWizard.h"

#include "client/ApiClient.h"
#include "client/JsonReader.h"
#include "ui/WidgetTag.h"
#include "ui/setup/DomainVerification.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
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

// Page 2: the TXT record to publish, in both forms (DomainRecordView, shared with the inspector's Verify…).
class DomainRecordPage : public QWizardPage
{
public:
    explicit DomainRecordPage(DomainWizard* wizard)
        : m_wizard(wizard)
        , m_record(new DomainRecordView(this))
    {
        setTitle(DomainWizard::tr("Publish a TXT record"));
        setSubTitle(DomainWizard::tr("At your DNS provider, add a record of type TXT with this name and value."));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_record);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        m_record->setDomain(m_wizard->domain());
    }

private:
    DomainWizard* m_wizard;
    DomainRecordView* m_record;
};

// Page 3: check now, what DNS returned, the status; manual verification for environment admins
// (DomainCheckPanel, shared with the inspector's Verify…).
class DomainCheckPage : public QWizardPage
{
public:
    explicit DomainCheckPage(DomainWizard* wizard)
        : m_wizard(wizard)
        , m_panel(new DomainCheckPanel(wizard->m_admin, this))
    {
        setTitle(DomainWizard::tr("Check the record"));
        setSubTitle(DomainWizard::tr("DNS changes can take a few minutes to appear. The domain is also re-checked "
                                     "in the background."));
        m_panel->setClient(wizard->m_client, wizard->m_organizationId);
        connect(m_panel, &DomainCheckPanel::domainChanged, this, [this](const QJsonObject& domain) {
            m_wizard->setDomain(domain);
            Q_EMIT completeChanged();
        });
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_panel, 1);
    }

    void initializePage() override
    {
        m_panel->setDomain(m_wizard->domain());
    }

    bool isComplete() const override
    {
        return m_panel->isVerified();
    }

private:
    DomainWizard* m_wizard;
    DomainCheckPanel* m_panel;
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
    return DomainRecordView::relativeName(recordName, domain);
}

} // namespace gatehouse::ui
