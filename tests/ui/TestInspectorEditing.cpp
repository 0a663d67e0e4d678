// Editing in the inspector against a real engine started in-process: organization edit (display name, external
// ID, metadata; the engine's field violation shown inline), connection and directory enable/disable (a refused
// enable shown inline), domain delete after a confirmation naming it, and the webhook endpoint edit (URL, event
// types, enabled) in the Webhooks view — each through gatehouse_client, asynchronously, the view refreshed after;
// Verify… for a pending domain (the TXT record, Check Now against a resolver that does not answer, manual
// verification), New Connection… and New Directory… (the wizards' new objects selected in the reloaded tables),
// and the admin-portal links' export (never the link's secret location).
#include "client/ApiClient.h"
#include "engine/EngineConfig.h"
#include "models/OrganizationListModel.h"
#include "models/PagedTableModel.h"
#include "tests/engine/EngineHarness.h"
#include "tests/engine/SsoTestSupport.h"
#include "ui/inspector/InspectorView.h"
#include "ui/inspector/OrganizationDetailView.h"
#include "ui/inspector/OrganizationEditDialog.h"
#include "ui/inspector/PortalLinksPanel.h"
#include "ui/inspector/ResourceTablePanel.h"
#include "ui/inspector/RoleEditDialog.h"
#include "ui/setup/DomainVerification.h"
#include "ui/setup/ScimSetupWizard.h"
#include "ui/webhooks/WebhookEditDialog.h"
#include "ui/webhooks/WebhooksView.h"
#include "ui/wizard/SsoActionsBar.h"
#include "ui/wizard/SsoWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWizard>

using namespace gatehouse;
using engine::test::EngineHarness;
using engine::test::SsoTestSupport;

class TestInspectorEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editOrganization();
    void enableAndDisableConnections();
    void enableAndDisableDirectory();
    void deleteDomainAfterConfirmation();
    void deleteConnectionAfterConfirmation();
    void deleteDirectoryAfterConfirmation();
    void addDomain();
    void createEditAndDeleteRoles();
    void editWebhookEndpoint();
    void verifyPendingDomain();
    void newConnectionIsSelected();
    void newDirectoryIsSelected();
    void exportPortalLinksWithoutSecrets();

private:
    // The id of the current row of a panel's table ("" when none).
    QString currentId(const QString& panelPrefix) const;

    ui::OrganizationDetailView* detail() const;
    void selectRow(const QString& panelPrefix, const QString& id);
    static void waitLoaded(models::PagedTableModel* model);

    EngineHarness m_engine;
    std::unique_ptr<SsoTestSupport> m_sso;
    std::unique_ptr<client::ApiClient> m_client;
    std::unique_ptr<ui::InspectorView> m_view;
    QString m_org;
    QString m_draftConnection;
    QString m_configuredConnection;
    QString m_directory;
    QString m_domain;
};

void TestInspectorEditing::waitLoaded(models::PagedTableModel* model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 15000);
}

void TestInspectorEditing::initTestCase()
{
    QVERIFY2(m_engine.start([](engine::EngineConfig& config) {
        config.webhookAllowPrivate = true;
        // Domain checks ask a loopback address where no DNS server listens: the lookup fails fast.
        config.dnsResolvers = {QHostAddress(QStringLiteral("127.0.0.254"))};
        config.dnsTimeoutMs = 1000;
    }),
             qPrintable(m_engine.lastError()));
    m_sso = std::make_unique<SsoTestSupport>(m_engine);
    m_org = m_sso->createOrganization(QStringLiteral("Editable Org"));
    QVERIFY(!m_org.isEmpty());
    const auto draft = m_engine.api("POST",
                                    QStringLiteral("/api/v1/organizations/%1/connections").arg(m_org),
                                    R"({"provider":"OKTA","type":"SAML"})");
    QCOMPARE(draft.status, 201);
    m_draftConnection = draft.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    m_configuredConnection = m_sso->createSamlConnection(m_org, m_sso->certificatePem, false);
    QVERIFY(!m_configuredConnection.isEmpty());
    const auto directory = m_engine.api("POST",
                                        QStringLiteral("/api/v1/organizations/%1/directories").arg(m_org),
                                        R"({"directory_type":"SCIM","directory_provider":"OKTA"})");
    QCOMPARE(directory.status, 201);
    m_directory = directory.json()[QStringLiteral("directory")][QStringLiteral("id")].toString();
    const auto domain = m_engine.api(
        "POST", QStringLiteral("/api/v1/organizations/%1/domains").arg(m_org), R"({"domain":"editable.example.com"})");
    QCOMPARE(domain.status, 201);
    m_domain = domain.json()[QStringLiteral("domain")][QStringLiteral("id")].toString();
    m_client = std::make_unique<client::ApiClient>(
        client::ClientConfig{QUrl(m_engine.baseUrl()), m_engine.clientId(), m_engine.clientSecret(), 10000});
}

void TestInspectorEditing::init()
{
    m_view = std::make_unique<ui::InspectorView>();
    m_view->resize(1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setClient(m_client.get());
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("organizationsTable"));
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 15000);
    auto* model = qobject_cast<models::OrganizationListModel*>(table->model());
    QVERIFY(model);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->organizationAt(row).id == m_org) {
            table->setCurrentIndex(model->index(row, 0));
        }
    }
    QTRY_COMPARE(detail()->organization().id, m_org);
}

void TestInspectorEditing::cleanup()
{
    m_view.reset();
}

ui::OrganizationDetailView* TestInspectorEditing::detail() const
{
    return m_view->detail();
}

void TestInspectorEditing::selectRow(const QString& panelPrefix, const QString& id)
{
    ui::ResourceTablePanel* panel = detail()->panel(panelPrefix);
    QVERIFY(panel);
    detail()->findChild<QTabWidget*>(QStringLiteral("organizationTabs"))->setCurrentWidget(panel);
    waitLoaded(panel->model());
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > 0, 15000);
    waitLoaded(panel->model());
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        if (panel->model()->index(row, 0).data(models::PagedTableModel::IdRole).toString() == id) {
            panel->table()->setCurrentIndex(panel->model()->index(row, 0));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("row %1 not in %2").arg(id, panelPrefix)));
}

void TestInspectorEditing::editOrganization()
{
    auto* edit = detail()->findChild<QToolButton*>(QStringLiteral("editOrganizationButton"));
    QVERIFY(edit);
    QVERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto* dialog = detail()->findChild<ui::OrganizationEditDialog*>(QStringLiteral("organizationEditDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("organizationNameEdit"));
    auto* externalId = dialog->findChild<QLineEdit*>(QStringLiteral("organizationExternalIdEdit"));
    auto* metadata = dialog->findChild<QPlainTextEdit*>(QStringLiteral("organizationMetadataEdit"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("organizationEditError"));
    auto* save = dialog->findChild<QAbstractButton*>(QStringLiteral("organizationSaveButton"));
    QCOMPARE(name->text(), QStringLiteral("Editable Org"));

    // Checked before sending: a line that is not key=value.
    metadata->setPlainText(QStringLiteral("no equals sign"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("line 1 is not key=value")), qPrintable(error->text()));

    // Refused by the engine (a metadata key must have 3 to 25 characters): the field violation is shown inline,
    // the dialog stays open, nothing changed.
    name->setText(QStringLiteral("Edited Org"));
    externalId->setText(QStringLiteral("ext-edited-1"));
    metadata->setPlainText(QStringLiteral("ab=too short a key"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->findChild<QProgressBar*>(QStringLiteral("organizationEditProgress"))->isVisible()
            || !error->text().contains(QStringLiteral("line 1")));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(QStringLiteral("refused")), 15000);
    QVERIFY2(error->text().contains(QStringLiteral("metadata")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/organizations/") + m_org)
                 .json()[QStringLiteral("organization")][QStringLiteral("display_name")]
                 .toString(),
             QStringLiteral("Editable Org"));

    // Accepted: the dialog closes, the Overview and the list show the new values.
    metadata->setPlainText(QStringLiteral("tier=gold\ncost_center = 42"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!detail()->findChild<ui::OrganizationEditDialog*>(), 15000);
    const QJsonObject stored = m_engine.api("GET", QStringLiteral("/api/v1/organizations/") + m_org)
                                   .json()[QStringLiteral("organization")]
                                   .toObject();
    QCOMPARE(stored.value(QStringLiteral("display_name")).toString(), QStringLiteral("Edited Org"));
    QCOMPARE(stored.value(QStringLiteral("external_id")).toString(), QStringLiteral("ext-edited-1"));
    QCOMPARE(stored.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("cost_center")).toString(),
             QStringLiteral("42"));
    QTRY_COMPARE_WITH_TIMEOUT(detail()->organization().displayName, QStringLiteral("Edited Org"), 15000);
    QTRY_COMPARE(detail()->findChild<QLabel*>(QStringLiteral("organizationExternalIdLabel"))->text(),
                 QStringLiteral("ext-edited-1"));
    QTRY_COMPARE(detail()->findChild<QTableWidget*>(QStringLiteral("organizationMetadataTable"))->rowCount(), 2);
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("organizationsTable"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !table->model()
             ->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Edited Org"), 1, Qt::MatchExactly)
             .isEmpty(),
        15000);
    QTRY_COMPARE(detail()->organization().id, m_org); // selected again after the list reloaded

    // Clearing the external ID sends "" (the engine clears it).
    QTest::mouseClick(detail()->findChild<QToolButton*>(QStringLiteral("editOrganizationButton")), Qt::LeftButton);
    dialog = detail()->findChild<ui::OrganizationEditDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("organizationExternalIdEdit"))->text(),
             QStringLiteral("ext-edited-1"));
    dialog->findChild<QLineEdit*>(QStringLiteral("organizationExternalIdEdit"))->clear();
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(!detail()->findChild<ui::OrganizationEditDialog*>(), 15000);
    QVERIFY(m_engine.api("GET", QStringLiteral("/api/v1/organizations/") + m_org)
                .json()[QStringLiteral("organization")][QStringLiteral("external_id")]
                .toString()
                .isEmpty());
}

void TestInspectorEditing::enableAndDisableConnections()
{
    auto* toggle = detail()->findChild<QToolButton*>(QStringLiteral("connectionToggleButton"));
    auto* message = detail()->findChild<QLabel*>(QStringLiteral("connectionActionMessage"));
    QVERIFY(toggle && message);

    // A draft connection cannot be enabled: the engine's refusal is shown inline, the table unchanged.
    selectRow(QStringLiteral("connections"), m_draftConnection);
    QTRY_VERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), QStringLiteral("Enable Connection"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(message->isVisible() && message->text().contains(QStringLiteral("refused")),
                              qPrintable(message->text()),
                              15000);
    QVERIFY2(message->text().contains(QStringLiteral("412")), qPrintable(message->text()));

    // A configured one is enabled, the table reloads and the button offers Disable; then disabled again.
    selectRow(QStringLiteral("connections"), m_configuredConnection);
    QTRY_VERIFY(toggle->isEnabled());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("Connection enabled."), 15000);
    QVERIFY(
        m_engine
            .api("GET", QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(m_org, m_configuredConnection))
            .json()[QStringLiteral("connection")][QStringLiteral("enabled")]
            .toBool());
    selectRow(QStringLiteral("connections"), m_configuredConnection);
    QTRY_COMPARE(toggle->text(), QStringLiteral("Disable Connection"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("Connection disabled."), 15000);
    QVERIFY(
        !m_engine
             .api("GET", QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(m_org, m_configuredConnection))
             .json()[QStringLiteral("connection")][QStringLiteral("enabled")]
             .toBool());
}

void TestInspectorEditing::enableAndDisableDirectory()
{
    auto* toggle = detail()->findChild<QToolButton*>(QStringLiteral("directoryToggleButton"));
    auto* message = detail()->findChild<QLabel*>(QStringLiteral("directoryActionMessage"));
    QVERIFY(toggle && message);
    selectRow(QStringLiteral("directories"), m_directory);
    QTRY_VERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), QStringLiteral("Enable Directory"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("Directory enabled."), 15000);
    const QString path = QStringLiteral("/api/v1/organizations/%1/directories/%2").arg(m_org, m_directory);
    QVERIFY(m_engine.api("GET", path).json()[QStringLiteral("directory")][QStringLiteral("enabled")].toBool());
    selectRow(QStringLiteral("directories"), m_directory);
    QTRY_COMPARE(toggle->text(), QStringLiteral("Disable Directory"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("Directory disabled."), 15000);
    QVERIFY(!m_engine.api("GET", path).json()[QStringLiteral("directory")][QStringLiteral("enabled")].toBool());
}

void TestInspectorEditing::deleteDomainAfterConfirmation()
{
    auto* remove = detail()->findChild<QToolButton*>(QStringLiteral("domainDeleteButton"));
    auto* message = detail()->findChild<QLabel*>(QStringLiteral("domainActionMessage"));
    QVERIFY(remove && message);
    selectRow(QStringLiteral("domains"), m_domain);
    QTRY_VERIFY(remove->isEnabled());
    const QString path = QStringLiteral("/api/v1/organizations/%1/domains/%2").arg(m_org, m_domain);

    // Cancel keeps it.
    QTest::mouseClick(remove, Qt::LeftButton);
    auto* box = detail()->findChild<QMessageBox*>(QStringLiteral("deleteDomainConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("“editable.example.com”")), qPrintable(box->text()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!detail()->findChild<QMessageBox*>(QStringLiteral("deleteDomainConfirmation")));
    QTest::qWait(100);
    QCOMPARE(m_engine.api("GET", path).status, 200);

    // Yes deletes it; the table reloads without it.
    QTest::mouseClick(remove, Qt::LeftButton);
    box = detail()->findChild<QMessageBox*>(QStringLiteral("deleteDomainConfirmation"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("Domain editable.example.com deleted."), 15000);
    QCOMPARE(m_engine.api("GET", path).status, 404);
    ui::ResourceTablePanel* panel = detail()->panel(QStringLiteral("domains"));
    QVERIFY(message->isVisible());
    waitLoaded(panel->model());
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 0, 15000);
}

void TestInspectorEditing::deleteConnectionAfterConfirmation()
{
    const auto created = m_engine.api("POST",
                                      QStringLiteral("/api/v1/organizations/%1/connections").arg(m_org),
                                      R"({"provider":"MICROSOFT_AD","type":"SAML"})");
    QCOMPARE(created.status, 201);
    const QString id = created.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    const QString path = QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(m_org, id);
    auto* remove = detail()->findChild<QToolButton*>(QStringLiteral("connectionDeleteButton"));
    auto* message = detail()->findChild<QLabel*>(QStringLiteral("connectionActionMessage"));
    QVERIFY(remove && message);
    ui::ResourceTablePanel* panel = detail()->panel(QStringLiteral("connections"));
    waitLoaded(panel->model());
    panel->model()->reload(); // created after the view loaded
    selectRow(QStringLiteral("connections"), id);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_VERIFY(remove->isEnabled());
    const int before = panel->model()->rowCount();

    // Cancel (the default button) keeps it.
    QTest::mouseClick(remove, Qt::LeftButton);
    auto* box = detail()->findChild<QMessageBox*>(QStringLiteral("deleteConnectionConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(id), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY(!box->accessibleName().isEmpty());
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!detail()->findChild<QMessageBox*>(QStringLiteral("deleteConnectionConfirmation")));
    QTest::qWait(100);
    QCOMPARE(m_engine.api("GET", path).status, 200);

    // Yes deletes it; the table reloads without it.
    QTest::mouseClick(remove, Qt::LeftButton);
    box = detail()->findChild<QMessageBox*>(QStringLiteral("deleteConnectionConfirmation"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(message->text().contains(QStringLiteral("deleted")), qPrintable(message->text()), 15000);
    QVERIFY2(message->text().contains(id), qPrintable(message->text()));
    QCOMPARE(m_engine.api("GET", path).status, 404);
    waitLoaded(panel->model());
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), before - 1, 15000);
    QVERIFY(panel->model()->match(panel->model()->index(0, 0), Qt::DisplayRole, id, 1, Qt::MatchExactly).isEmpty());
}

void TestInspectorEditing::deleteDirectoryAfterConfirmation()
{
    const auto created = m_engine.api("POST",
                                      QStringLiteral("/api/v1/organizations/%1/directories").arg(m_org),
                                      R"({"directory_type":"SCIM","directory_provider":"ONELOGIN"})");
    QCOMPARE(created.status, 201);
    const QString id = created.json()[QStringLiteral("directory")][QStringLiteral("id")].toString();
    const QString path = QStringLiteral("/api/v1/organizations/%1/directories/%2").arg(m_org, id);
    auto* remove = detail()->findChild<QToolButton*>(QStringLiteral("directoryDeleteButton"));
    auto* message = detail()->findChild<QLabel*>(QStringLiteral("directoryActionMessage"));
    QVERIFY(remove && message);
    ui::ResourceTablePanel* panel = detail()->panel(QStringLiteral("directories"));
    waitLoaded(panel->model());
    panel->model()->reload(); // created after the view loaded
    selectRow(QStringLiteral("directories"), id);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_VERIFY(remove->isEnabled());
    const int before = panel->model()->rowCount();

    // Cancel (the default button) keeps it.
    QTest::mouseClick(remove, Qt::LeftButton);
    auto* box = detail()->findChild<QMessageBox*>(QStringLiteral("deleteDirectoryConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(id), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!detail()->findChild<QMessageBox*>(QStringLiteral("deleteDirectoryConfirmation")));
    QTest::qWait(100);
    QCOMPARE(m_engine.api("GET", path).status, 200);

    // Yes deletes it; the table reloads without it.
    QTest::mouseClick(remove, Qt::LeftButton);
    box = detail()->findChild<QMessageBox*>(QStringLiteral("deleteDirectoryConfirmation"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(message->text().contains(QStringLiteral("deleted")), qPrintable(message->text()), 15000);
    QVERIFY2(message->text().contains(id), qPrintable(message->text()));
    QCOMPARE(m_engine.api("GET", path).status, 404);
    waitLoaded(panel->model());
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), before - 1, 15000);
    QVERIFY(panel->model()->match(panel->model()->index(0, 0), Qt::DisplayRole, id, 1, Qt::MatchExactly).isEmpty());
}

void TestInspectorEditing::addDomain()
{
    ui::ResourceTablePanel* panel = detail()->panel(QStringLiteral("domains"));
    detail()->findChild<QTabWidget*>(QStringLiteral("organizationTabs"))->setCurrentWidget(panel);
    waitLoaded(panel->model());
    const int before = panel->model()->rowCount();
    auto* name = detail()->findChild<QLineEdit*>(QStringLiteral("domainNameEdit"));
    auto* add = detail()->findChild<QToolButton*>(QStringLiteral("addDomainButton"));
    auto* message = detail()->findChild<QLabel*>(QStringLiteral("domainActionMessage"));
    QVERIFY(name && add && message);
    QVERIFY(!add->isEnabled()); // nothing typed

    // Refused by the engine (a consumer mail domain): the reason inline, the name kept for correction.
    name->setText(QStringLiteral("gmail.com"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(message->isVisible() && message->text().contains(QStringLiteral("refused")),
                              qPrintable(message->text()),
                              15000);
    QVERIFY2(message->text().contains(QStringLiteral("consumer")), qPrintable(message->text()));
    QCOMPARE(name->text(), QStringLiteral("gmail.com"));

    // Accepted with Enter: the row appears (PENDING, with its TXT record), the field is cleared.
    name->setText(QStringLiteral("Added.Example.com"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(message->text().contains(QStringLiteral("added")), qPrintable(message->text()), 15000);
    QVERIFY(name->text().isEmpty());
    waitLoaded(panel->model());
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), before + 1, 15000);
    const QModelIndexList found = panel->model()->match(
        panel->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("added.example.com"), 1, Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.constFirst().siblingAtColumn(2).data().toString(), QStringLiteral("PENDING"));
    const QJsonArray stored = m_engine.api("GET", QStringLiteral("/api/v1/organizations/%1/domains").arg(m_org))
                                  .json()[QStringLiteral("domains")]
                                  .toArray();
    bool onEngine = false;
    for (const QJsonValue& domain : stored) {
        onEngine = onEngine || domain[QStringLiteral("domain")].toString() == QStringLiteral("added.example.com");
    }
    QVERIFY(onEngine);
}

void TestInspectorEditing::createEditAndDeleteRoles()
{
    ui::ResourceTablePanel* panel = detail()->panel(QStringLiteral("roles"));
    detail()->findChild<QTabWidget*>(QStringLiteral("organizationTabs"))->setCurrentWidget(panel);
    waitLoaded(panel->model());
    auto* create = detail()->findChild<QToolButton*>(QStringLiteral("newRoleButton"));
    auto* edit = detail()->findChild<QToolButton*>(QStringLiteral("editRoleButton"));
    auto* remove = detail()->findChild<QToolButton*>(QStringLiteral("deleteRoleButton"));
    auto* message = detail()->findChild<QLabel*>(QStringLiteral("roleActionMessage"));
    QVERIFY(create && edit && remove && message);
    QTRY_VERIFY(create->isEnabled());

    // New: a bad name refused before sending, an unknown base role refused by the engine, then created.
    QTest::mouseClick(create, Qt::LeftButton);
    auto* dialog = detail()->findChild<ui::RoleEditDialog*>(QStringLiteral("roleEditDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isNew());
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("roleNameEdit"));
    auto* displayName = dialog->findChild<QLineEdit*>(QStringLiteral("roleDisplayNameEdit"));
    auto* description = dialog->findChild<QPlainTextEdit*>(QStringLiteral("roleDescriptionEdit"));
    auto* extends = dialog->findChild<QLineEdit*>(QStringLiteral("roleExtendsEdit"));
    QVERIFY(name && displayName && description && extends);
    name->setText(QStringLiteral("billing admin"));
    displayName->setText(QStringLiteral("Billing admin"));
    dialog->save();
    QVERIFY2(dialog->errorText().contains(QStringLiteral("letters, digits or underscores")),
             qPrintable(dialog->errorText()));
    name->setText(QStringLiteral("billing_admin"));
    extends->setText(QStringLiteral("no_such_role"));
    QTest::mouseClick(dialog->findChild<QAbstractButton*>(QStringLiteral("roleSaveButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(QStringLiteral("refused")), 15000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("no_such_role")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/roles/billing_admin")).status, 404);
    extends->clear();
    description->setPlainText(QStringLiteral("Pays the bills"));
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(!detail()->findChild<ui::RoleEditDialog*>(), 15000);
    QCOMPARE(message->text(), QStringLiteral("Role billing_admin created."));
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/roles/billing_admin"))
                 .json()[QStringLiteral("role")][QStringLiteral("description")]
                 .toString(),
             QStringLiteral("Pays the bills"));
    waitLoaded(panel->model());
    QModelIndexList found;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(found = panel->model()->match(
              panel->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("billing_admin"), 1, Qt::MatchExactly))
             .isEmpty(),
        15000);

    // Edit: the name is read-only, display name and description change.
    panel->table()->setCurrentIndex(found.constFirst());
    QTRY_VERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    dialog = detail()->findChild<ui::RoleEditDialog*>(QStringLiteral("roleEditDialog"));
    QVERIFY(dialog);
    QVERIFY(!dialog->isNew());
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("roleNameEdit"))->isReadOnly());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("roleNameEdit"))->text(), QStringLiteral("billing_admin"));
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("roleDescriptionEdit"))->toPlainText(),
             QStringLiteral("Pays the bills"));
    dialog->findChild<QLineEdit*>(QStringLiteral("roleDisplayNameEdit"))
        ->setText(QStringLiteral("Billing administrator"));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("roleDescriptionEdit"))
        ->setPlainText(QStringLiteral("Pays every bill"));
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(!detail()->findChild<ui::RoleEditDialog*>(), 15000);
    QCOMPARE(message->text(), QStringLiteral("Role billing_admin saved."));
    const QJsonObject stored =
        m_engine.api("GET", QStringLiteral("/api/v1/roles/billing_admin")).json()[QStringLiteral("role")].toObject();
    QCOMPARE(stored.value(QStringLiteral("display_name")).toString(), QStringLiteral("Billing administrator"));
    QCOMPARE(stored.value(QStringLiteral("description")).toString(), QStringLiteral("Pays every bill"));
    waitLoaded(panel->model());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->model()
                                  ->match(panel->model()->index(0, 1),
                                          Qt::DisplayRole,
                                          QStringLiteral("Billing administrator"),
                                          1,
                                          Qt::MatchExactly)
                                  .isEmpty(),
                             15000);

    // Delete: Cancel keeps it, Yes deletes it and the row goes.
    found = panel->model()->match(
        panel->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("billing_admin"), 1, Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    panel->table()->setCurrentIndex(found.constFirst());
    QTRY_VERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    auto* box = detail()->findChild<QMessageBox*>(QStringLiteral("deleteRoleConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("“billing_admin”")), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!detail()->findChild<QMessageBox*>(QStringLiteral("deleteRoleConfirmation")));
    QTest::qWait(100);
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/roles/billing_admin")).status, 200);
    QTest::mouseClick(remove, Qt::LeftButton);
    box = detail()->findChild<QMessageBox*>(QStringLiteral("deleteRoleConfirmation"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("Role billing_admin deleted."), 15000);
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/roles/billing_admin")).status, 404);
    waitLoaded(panel->model());
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->model()
            ->match(panel->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("billing_admin"), 1, Qt::MatchExactly)
            .isEmpty(),
        15000);
}

void TestInspectorEditing::editWebhookEndpoint()
{
    const auto created = m_engine.api("POST",
                                      QStringLiteral("/api/v1/webhooks/endpoints"),
                                      R"({"url":"http://127.0.0.1:9/before","event_types":["organization.*"]})");
    QCOMPARE(created.status, 201);
    const QString id = created.json()[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    ui::WebhooksView view;
    view.resize(1000, 800);
    view.show();
    view.setClient(m_client.get());
    QTRY_VERIFY_WITH_TIMEOUT(!view.endpoints()->isLoading() && view.endpoints()->rowCount() == 1, 15000);
    auto* edit = view.findChild<QToolButton*>(QStringLiteral("editWebhookButton"));
    QVERIFY(edit);
    QTRY_VERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto* dialog = view.findChild<ui::WebhookEditDialog*>(QStringLiteral("webhookEditDialog"));
    QVERIFY(dialog);
    auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("webhookEditUrlEdit"));
    auto* types = dialog->findChild<QLineEdit*>(QStringLiteral("webhookEditEventTypesEdit"));
    auto* enabled = dialog->findChild<QCheckBox*>(QStringLiteral("webhookEditEnabledCheck"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("webhookEditError"));
    QVERIFY(url && types && enabled && error);
    QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:9/before"));
    QCOMPARE(types->text(), QStringLiteral("organization.*"));
    QVERIFY(enabled->isChecked());

    // Refused by the engine: shown inline, the dialog stays, the endpoint unchanged.
    url->setText(QStringLiteral("ftp://example.com/hook"));
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 15000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("refused")), qPrintable(dialog->errorText()));
    QVERIFY(error->isVisible());
    QVERIFY(dialog->isVisible());
    const QString path = QStringLiteral("/api/v1/webhooks/endpoints/") + id;
    QCOMPARE(m_engine.api("GET", path).json()[QStringLiteral("endpoint")][QStringLiteral("url")].toString(),
             QStringLiteral("http://127.0.0.1:9/before"));

    // Accepted: URL, event types and enabled saved; the table reloads.
    url->setText(QStringLiteral("http://127.0.0.1:9/after"));
    types->setText(QStringLiteral("connection.enabled, directory.*"));
    enabled->setChecked(false);
    QTest::mouseClick(dialog->findChild<QAbstractButton*>(QStringLiteral("webhookSaveButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view.findChild<ui::WebhookEditDialog*>(), 15000);
    const QJsonObject stored = m_engine.api("GET", path).json()[QStringLiteral("endpoint")].toObject();
    QCOMPARE(stored.value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1:9/after"));
    QCOMPARE(stored.value(QStringLiteral("event_types")).toArray(),
             (QJsonArray{QStringLiteral("connection.enabled"), QStringLiteral("directory.*")}));
    QVERIFY(!stored.value(QStringLiteral("enabled")).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(
        view.endpoints()->index(0, 0).data().toString() == QStringLiteral("http://127.0.0.1:9/after"), 15000);
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("webhooksMessage"))->text(), QStringLiteral("Endpoint saved."));
}

QString TestInspectorEditing::currentId(const QString& panelPrefix) const
{
    ui::ResourceTablePanel* panel = detail()->panel(panelPrefix);
    const QModelIndex current = panel ? panel->table()->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(models::PagedTableModel::IdRole).toString() : QString();
}

void TestInspectorEditing::verifyPendingDomain()
{
    const auto created = m_engine.api(
        "POST", QStringLiteral("/api/v1/organizations/%1/domains").arg(m_org), R"({"domain":"verify.example.com"})");
    QCOMPARE(created.status, 201);
    const QJsonObject domain = created.json()[QStringLiteral("domain")].toObject();
    const QString id = domain.value(QStringLiteral("id")).toString();
    auto* verify = detail()->findChild<QToolButton*>(QStringLiteral("domainVerifyButton"));
    QVERIFY(verify);
    QVERIFY(!verify->accessibleName().isEmpty());
    // Created behind the inspector's back: show it as a user would, by reloading the tab.
    ui::ResourceTablePanel* domains = detail()->panel(QStringLiteral("domains"));
    detail()->findChild<QTabWidget*>(QStringLiteral("organizationTabs"))->setCurrentWidget(domains);
    domains->model()->reload();
    waitLoaded(domains->model());
    selectRow(QStringLiteral("domains"), id);
    QTRY_VERIFY(verify->isEnabled());
    QTest::mouseClick(verify, Qt::LeftButton);
    ui::DomainVerifyDialog* dialog = detail()->domainVerifyDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("domainVerifyDialog"));
    QVERIFY(dialog->isVisible());

    // The record to publish, as the domain wizard shows it, with Copy.
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("recordFullNameEdit"))->text(),
             QStringLiteral("_gatehouse-challenge.verify.example.com"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("recordRelativeNameEdit"))->text(),
             QStringLiteral("_gatehouse-challenge"));
    const QString value = dialog->findChild<QLineEdit*>(QStringLiteral("recordValueEdit"))->text();
    QCOMPARE(value, domain.value(QStringLiteral("txt_record_secret")).toString());
    QVERIFY(value.startsWith(QStringLiteral("gatehouse-verification=")));
    dialog->findChild<QPushButton*>(QStringLiteral("recordValueCopyButton"))->click();
    QCOMPARE(QApplication::clipboard()->text(), value);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("domainStatusLabel"));
    auto* dns = dialog->findChild<QPlainTextEdit*>(QStringLiteral("dnsResultText"));
    auto* check = dialog->findChild<QPushButton*>(QStringLiteral("checkDomainButton"));
    QVERIFY(status && dns && check);
    QCOMPARE(status->text(), QStringLiteral("Pending: not checked yet."));
    QVERIFY(dns->toPlainText().isEmpty());

    // Check Now: the engine asks DNS (nobody answers there) and the dialog shows what it found.
    QVERIFY(check->isEnabled());
    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(dns->toPlainText().contains(QStringLiteral("Result: ")), 20000);
    QVERIFY2(dns->toPlainText().contains(QStringLiteral("TXT records found: none")), qPrintable(dns->toPlainText()));
    QVERIFY2(status->text().startsWith(QStringLiteral("Pending")), qPrintable(status->text()));
    const QString path = QStringLiteral("/api/v1/organizations/%1/domains/%2").arg(m_org, id);
    QCOMPARE(
        m_engine.api("GET", path).json()[QStringLiteral("domain")][QStringLiteral("verification_status")].toString(),
        QStringLiteral("PENDING"));

    // Mark as verified manually (an environment admin): the table reloads with the domain verified and selected,
    // and Verify… is off for it.
    auto* manual = dialog->findChild<QPushButton*>(QStringLiteral("verifyManuallyButton"));
    QVERIFY(manual && !manual->isHidden());
    QTRY_VERIFY(manual->isEnabled());
    manual->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("is verified")), 15000);
    QVERIFY(!check->isEnabled());
    QCOMPARE(
        m_engine.api("GET", path).json()[QStringLiteral("domain")][QStringLiteral("verification_status")].toString(),
        QStringLiteral("VERIFIED"));
    QTRY_COMPARE_WITH_TIMEOUT(currentId(QStringLiteral("domains")), id, 15000);
    QVERIFY(!verify->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!detail()->domainVerifyDialog());
}

void TestInspectorEditing::newConnectionIsSelected()
{
    ui::ResourceTablePanel* panel = detail()->panel(QStringLiteral("connections"));
    detail()->findChild<QTabWidget*>(QStringLiteral("organizationTabs"))->setCurrentWidget(panel);
    waitLoaded(panel->model());
    auto* button = detail()->findChild<QPushButton*>(QStringLiteral("setUpSsoButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("&New Connection…"));
    QVERIFY(!button->accessibleName().isEmpty());
    QTRY_VERIFY(button->isEnabled());
    const int before = static_cast<int>(panel->model()->rowCount());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* bar = detail()->findChild<ui::SsoActionsBar*>(QStringLiteral("ssoActionsBar"));
    QPointer<ui::SsoWizard> wizard = bar->wizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->organization().id, m_org);
    QCOMPARE(wizard->currentId(), int(ui::SsoWizard::ProviderPageId));
    QSignalSpy created(bar, &ui::SsoActionsBar::connectionCreated);
    wizard->setPreset(QStringLiteral("okta"));
    wizard->next(); // creates the draft connection
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::SsoWizard::ServiceProviderPageId), 15000);
    const QString id = wizard->connection().id;
    QVERIFY(id.startsWith(QStringLiteral("conn_")));
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.at(0).at(0).toString(), id);
    // The tab reloads and selects the new draft.
    QTRY_COMPARE_WITH_TIMEOUT(currentId(QStringLiteral("connections")), id, 15000);
    QCOMPARE(panel->model()->rowCount(), before + 1);
    wizard->close();
    QTRY_VERIFY(!wizard);
    QCOMPARE(created.count(), 1);
}

void TestInspectorEditing::newDirectoryIsSelected()
{
    ui::ResourceTablePanel* panel = detail()->panel(QStringLiteral("directories"));
    detail()->findChild<QTabWidget*>(QStringLiteral("organizationTabs"))->setCurrentWidget(panel);
    waitLoaded(panel->model());
    auto* button = detail()->findChild<QToolButton*>(QStringLiteral("newDirectoryButton"));
    QVERIFY(button);
    QVERIFY(!button->accessibleName().isEmpty());
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<ui::ScimSetupWizard> wizard = detail()->scimWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->organizationId(), m_org);
    QVERIFY(wizard->environmentAdmin());
    auto* providers = wizard->findChild<QListWidget*>(QStringLiteral("scimProviderList"));
    QVERIFY(providers);
    for (int i = 0; i < providers->count(); ++i) {
        if (providers->item(i)->data(Qt::UserRole).toString() == QStringLiteral("okta")) {
            providers->setCurrentRow(i);
        }
    }
    wizard->findChild<QPushButton*>(QStringLiteral("createDirectoryButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::ScimSetupWizard::CredentialsPage), 15000);
    const QString id = wizard->directoryId();
    QVERIFY(id.startsWith(QStringLiteral("dir_")));
    QTRY_COMPARE_WITH_TIMEOUT(currentId(QStringLiteral("directories")), id, 15000);
    wizard->close();
    QTRY_VERIFY(!wizard);
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/organizations/%1/directories/%2").arg(m_org, id)).status, 200);
}

void TestInspectorEditing::exportPortalLinksWithoutSecrets()
{
    // Only the listed fields leave the app, whatever else a link object holds.
    const QJsonObject withSecret{{QStringLiteral("id"), QStringLiteral("pl_1")},
                                 {QStringLiteral("location"), QStringLiteral("https://x.example/magicLink/secret_p")},
                                 {QStringLiteral("status"), QStringLiteral("ACTIVE")}};
    const QJsonObject exported = ui::PortalLinksPanel::exportableLink(withSecret);
    QVERIFY(!exported.contains(QStringLiteral("location")));
    QCOMPARE(exported.value(QStringLiteral("id")).toString(), QStringLiteral("pl_1"));
    QCOMPARE(exported.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));

    auto* panel = detail()->findChild<ui::PortalLinksPanel*>(QStringLiteral("portalLinksPanel"));
    QVERIFY(panel);
    auto* exportButton = panel->findChild<QToolButton*>(QStringLiteral("portalLinksExportButton"));
    QVERIFY(exportButton);
    QVERIFY(!exportButton->accessibleName().isEmpty());
    QSignalSpy generated(panel, &ui::PortalLinksPanel::linkGenerated);
    QSignalSpy loaded(panel, &ui::PortalLinksPanel::linksLoaded);
    panel->findChild<QPushButton*>(QStringLiteral("generatePortalLinkButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, 15000);
    const QString location = generated.at(0).at(0).toString();
    QVERIFY2(location.contains(QStringLiteral("/magicLink/")), qPrintable(location));
    QCOMPARE(panel->findChild<QLineEdit*>(QStringLiteral("portalLinkEdit"))->text(), location); // shown once
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
    auto* table = panel->findChild<QTableWidget*>(QStringLiteral("portalLinksTable"));
    QTRY_VERIFY(table->rowCount() >= 1);
    QTRY_VERIFY(exportButton->isEnabled());
    const QString secret = location.mid(location.indexOf(QStringLiteral("/magicLink/")) + 11);
    QVERIFY(secret.size() > 10);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csvPath = dir.filePath(QStringLiteral("links.csv"));
    const QString jsonPath = dir.filePath(QStringLiteral("links.json"));
    QCOMPARE(panel->exportTo(csvPath), QString());
    QCOMPARE(panel->exportTo(jsonPath), QString());
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(csvFile.readAll());
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray json = jsonFile.readAll();
    for (const QString& text : {csv, QString::fromUtf8(json)}) {
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("magicLink")));
        QVERIFY(!text.contains(QStringLiteral("location")));
    }
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), table->rowCount() + 1);
    QCOMPARE(lines.first(), QStringLiteral("ID,Features,Shareable,Status,Created,Expires"));
    const QString linkId = table->item(0, 0)->text();
    QVERIFY(!linkId.isEmpty());
    QVERIFY(csv.contains(linkId));
    const QJsonArray links = QJsonDocument::fromJson(json).array();
    QCOMPARE(links.size(), table->rowCount());
    bool found = false;
    for (const QJsonValue& link : links) {
        QVERIFY(!link.toObject().contains(QStringLiteral("location")));
        found = found || link[QStringLiteral("id")].toString() == linkId;
    }
    QVERIFY(found);
    QVERIFY(links.first()[QStringLiteral("features")].isArray());
    // A path that cannot be written: the error is returned and shown.
    QVERIFY(!panel->exportTo(QStringLiteral("/nonexistent-dir/links.json")).isEmpty());
}

QTEST_MAIN(TestInspectorEditing)
#include "TestInspectorEditing.moc"
