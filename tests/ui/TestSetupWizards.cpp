// The setup wizards against a real engine started in-process: the SCIM wizard end to end (directory created,
// token shown once with copy and rotate, the provider's steps, Entra-style SCIM requests appearing in the live
// view, the conformance self-check, group-to-role mapping and a user's effective roles), the role editor, the
// domain wizard verified against a real DNS server (dnsmasq), admin-portal links (parsing, a refused link, a
// link granting only `sso` hiding the SCIM wizard) and the single-instance hand-over. With
// GATEHOUSE_SCREENSHOT_DIR set, every page is saved as a PNG (scripts/screenshots).
#include "client/ApiClient.h"
#include "client/PortalLink.h"
#include "support/Dnsmasq.h"
#include "tests/engine/EngineHarness.h"
#include "tests/engine/ScimTestClient.h"
#include "ui/MainWindow.h"
#include "ui/setup/DirectoryLiveView.h"
#include "ui/setup/DomainWizard.h"
#include "ui/setup/PortalLinkDialog.h"
#include "ui/setup/RoleMappingEditor.h"
#include "ui/setup/ScimSetupWizard.h"
#include "ui/setup/ScimWizardPages.h"
#include "ui/setup/SetupView.h"
#include "ui/setup/SingleInstance.h"
#include "ui/wizard/SsoWizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <thread>

using namespace gatehouse;
using engine::test::EngineHarness;
using engine::test::HttpReply;
using engine::test::ScimDirectory;
using engine::test::ScimTestClient;

namespace {

template <typename T> T* child(QWidget* root, const char* name)
{
    T* w = root->findChild<T*>(QLatin1String(name));
    if (!w) {
        qWarning("no child %s", name);
    }
    return w;
}

void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    QApplication::processEvents();
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

QByteArray testData(const QString& path)
{
    QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/") + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool tableContains(QTableWidget* table, int column, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text().contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestSetupWizards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void portalLinksAreParsed();
    void scimWizardEndToEnd();
    void groupMappedToRoleGivesEffectiveRoles();
    void roleEditorCreatesEditsAndSetsDefault();
    void domainWizardShowsBothRecordForms();
    void domainWizardVerifiesAgainstDns();
    void refusedPortalLinkIsShownInline();
    void portalLinkGrantingOnlySsoHidesScim();
    void portalLinkGrantingDirSyncMapsGroups();
    void portalLinkForANewHostAsksFirst();
    void portalSessionShowsOnlyGrantedWizards_data();
    void portalSessionShowsOnlyGrantedWizards();
    void portalSessionClientUsesOnlyItsToken();
    void secondInstanceForwardsItsArguments();
    void catalogueOfTheLocaleLoads_data();
    void catalogueOfTheLocaleLoads();

private:
    std::unique_ptr<client::ApiClient> newClient();
    QString createOrganization(EngineHarness& engine, const QString& name);

    EngineHarness m_engine;
    QTranslator m_translator;
    QTemporaryDir m_settingsDir;
    QString m_orgId;
    QString m_directoryId; // made by scimWizardEndToEnd, with one user in one group
    QString m_userId;
    QString m_groupId;
};

void TestSetupWizards::initTestCase()
{
    // Settings (remembered portal hosts, window state) in a folder of this run, never the user's.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/gatehouse_en.qm")));
    QApplication::installTranslator(&m_translator);
    QVERIFY2(m_engine.start(), qPrintable(m_engine.lastError()));
    m_orgId = createOrganization(m_engine, QStringLiteral("Setup Co"));
    QVERIFY(!m_orgId.isEmpty());
}

std::unique_ptr<client::ApiClient> TestSetupWizards::newClient()
{
    return std::make_unique<client::ApiClient>(
        client::ClientConfig{QUrl(m_engine.baseUrl()), m_engine.clientId(), m_engine.clientSecret(), 10000});
}

QString TestSetupWizards::createOrganization(EngineHarness& engine, const QString& name)
{
    const HttpReply r = engine.api(
        "POST", QStringLiteral("/api/v1/organizations"), QStringLiteral(R"({"display_name":"%1"})").arg(name).toUtf8());
    return r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
}

void TestSetupWizards::portalLinksAreParsed()
{
    const QString location =
        QStringLiteral("https://acme.example.com/magicLink/2cbe56de-eec4-41d2-abed-90a5b82286c4_p");
    QString error;
    QCOMPARE(client::PortalLink::parse(location, &error), QUrl(location));
    QVERIFY(error.isEmpty());
    const QString wrapped =
        QStringLiteral("gatehouse://portal?link=") + QString::fromLatin1(QUrl::toPercentEncoding(location));
    QCOMPARE(client::PortalLink::parse(wrapped, &error), QUrl(location));
    QCOMPARE(client::PortalLink::baseUrlOf(QUrl(location)), QUrl(QStringLiteral("https://acme.example.com")));
    QVERIFY(client::PortalLink::looksLikeLink(wrapped));
    QVERIFY(client::PortalLink::looksLikeLink(location));
    QVERIFY(!client::PortalLink::looksLikeLink(QStringLiteral("/tmp/okta-idp.xml")));

    // Refused, each with its own reason.
    QVERIFY(client::PortalLink::parse(QStringLiteral("gatehouse://settings?link=x"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("gatehouse://portal")), qPrintable(error));
    QVERIFY(client::PortalLink::parse(QStringLiteral("gatehouse://portal"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("link=")), qPrintable(error));
    QVERIFY(client::PortalLink::parse(QStringLiteral("https://acme.example.com/login"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("/magicLink/")), qPrintable(error));
    // Plain http only to this computer: the session token must not cross the network in clear.
    QVERIFY(client::PortalLink::parse(
                QStringLiteral("http://acme.example.com/magicLink/2cbe56de-eec4-41d2-abed-90a5b82286c4_p"), &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("https://")), qPrintable(error));
    QVERIFY(!client::PortalLink::parse(
                 QStringLiteral("http://127.0.0.1:8787/magicLink/2cbe56de-eec4-41d2-abed-90a5b82286c4_p"), &error)
                 .isEmpty());

    ui::PortalLinkDialog dialog;
    dialog.setLink(QStringLiteral("not a link"));
    dialog.show();
    child<QPushButton>(&dialog, "openPortalLinkButton")->click();
    shoot(&dialog, QStringLiteral("portal-link-dialog"));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!child<QLabel>(&dialog, "portalLinkErrorLabel")->text().isEmpty());
}

void TestSetupWizards::scimWizardEndToEnd()
{
    auto api = newClient();
    ui::ScimSetupWizard wizard(api.get(), m_orgId, true);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ui::ScimSetupWizard::ProviderPage));
    shoot(&wizard, QStringLiteral("scim-1-provider"));

    // 1. Provider → the directory, enabled, with its first token.
    auto* providers = child<QListWidget>(&wizard, "scimProviderList");
    QCOMPARE(providers->count(), 5);
    for (int i = 0; i < providers->count(); ++i) {
        if (providers->item(i)->data(Qt::UserRole).toString() == QStringLiteral("entra")) {
            providers->setCurrentRow(i);
        }
    }
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    child<QPushButton>(&wizard, "createDirectoryButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::ScimSetupWizard::CredentialsPage), 10000);
    const QString directoryId = wizard.directoryId();
    QVERIFY(directoryId.startsWith(QStringLiteral("dir_")));
    const HttpReply dir =
        m_engine.api("GET", QStringLiteral("/api/v1/organizations/%1/directories/%2").arg(m_orgId, directoryId));
    QCOMPARE(dir.status, 200);
    QCOMPARE(dir.json()[QStringLiteral("directory")][QStringLiteral("directory_provider")].toString(),
             QStringLiteral("MICROSOFT_AD"));
    QVERIFY(dir.json()[QStringLiteral("directory")][QStringLiteral("enabled")].toBool());

    // 2. Endpoint and token, named as Entra names them; copy; the one-time warning.
    QWizardPage* credentials = wizard.page(ui::ScimSetupWizard::CredentialsPage);
    const QString endpoint = child<QLineEdit>(credentials, "scimEndpointEdit")->text();
    QCOMPARE(endpoint, m_engine.baseUrl() + QStringLiteral("/directory/") + directoryId + QStringLiteral("/scim/v2"));
    const QString token = child<QLineEdit>(credentials, "scimTokenEdit")->text();
    QVERIFY(!token.isEmpty());
    QVERIFY(child<QLabel>(credentials, "tokenWarningLabel")->text().contains(QStringLiteral("only this once")));
    bool labelled = false;
    for (QLabel* label : credentials->findChildren<QLabel*>()) {
        labelled = labelled || label->text().contains(QStringLiteral("“Tenant URL”"));
    }
    QVERIFY(labelled);
    child<QPushButton>(credentials, "scimTokenCopyButton")->click();
    QCOMPARE(QApplication::clipboard()->text(), token);
    shoot(&wizard, QStringLiteral("scim-2-credentials"));

    // 3. Entra's steps with its own labels.
    wizard.next();
    const QString steps = child<QLabel>(&wizard, "providerStepsLabel")->text();
    for (const char* label : {"Tenant URL", "Secret Token", "Provisioning Mode", "Provision on demand"}) {
        QVERIFY2(steps.contains(QLatin1String(label)), label);
    }
    shoot(&wizard, QStringLiteral("scim-3-steps"));

    // 4. The live view: Entra-style requests (Microsoft's documented bodies) appear as they arrive.
    wizard.next();
    auto* checkPage = qobject_cast<ui::ScimCheckPage*>(wizard.page(ui::ScimSetupWizard::CheckPage));
    QVERIFY(checkPage);
    checkPage->liveView()->setInterval(150);
    ScimTestClient scim(m_engine);
    const ScimDirectory scimDir{m_orgId, directoryId, token};
    HttpReply r = scim.call(scimDir,
                            "POST",
                            QStringLiteral("/Users"),
                            testData(QStringLiteral("scim/entra/01_create_user_request.POST_Users.json")));
    QCOMPARE(r.status, 201);
    const QString userId = r.json().value(QStringLiteral("id")).toString();
    QByteArray group = testData(QStringLiteral("scim/entra/05_create_group_request.POST_Groups.json"));
    group.replace("\"displayName\": \"displayName\"", "\"displayName\": \"Engineering\"");
    r = scim.call(scimDir, "POST", QStringLiteral("/Groups"), group);
    QCOMPARE(r.status, 201);
    const QString groupId = r.json().value(QStringLiteral("id")).toString();
    QByteArray add = testData(
        QStringLiteral("scim/entra/07_update_group_add_members_request.PATCH_Groups_a99962b9f99d4c4fac67.json"));
    add.replace("f648f8d5ea4e4cd38e9c", userId.toUtf8());
    QCOMPARE(scim.call(scimDir, "PATCH", QStringLiteral("/Groups/") + groupId, add).status, 204);
    auto* users = child<QTableWidget>(&wizard, "liveUsersTable");
    auto* groups = child<QTableWidget>(&wizard, "liveGroupsTable");
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(groups->rowCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(users->item(0, 2) && users->item(0, 2)->text() == QStringLiteral("Engineering"), 10000);
    QCOMPARE(groups->item(0, 0)->text(), QStringLiteral("Engineering"));
    QVERIFY(users->item(0, 1)->text().endsWith(QStringLiteral("@testuser.com")));

    // "Send Test Request": the Entra conformance replay against the endpoint, off the UI thread.
    child<QPushButton>(&wizard, "sendTestRequestButton")->click();
    QVERIFY(!child<QPushButton>(&wizard, "sendTestRequestButton")->isEnabled());
    auto* summary = child<QLabel>(&wizard, "testSummaryLabel");
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&wizard, "sendTestRequestButton")->isEnabled(), 90000);
    QVERIFY2(summary->text().startsWith(QStringLiteral("All ")), qPrintable(summary->text()));
    QVERIFY(child<QListWidget>(&wizard, "testResultsList")->count() > 10);
    shoot(&wizard, QStringLiteral("scim-4-check"));

    // Rotate: a new token; the previous one keeps working (overlap), both authenticate.
    child<QPushButton>(credentials, "rotateTokenButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.token() != token, 10000);
    QCOMPARE(child<QLineEdit>(credentials, "scimTokenEdit")->text(), wizard.token());
    QCOMPARE(scim.call(scimDir, "GET", QStringLiteral("/Users")).status, 200);
    QCOMPARE(scim.call({m_orgId, directoryId, wizard.token()}, "GET", QStringLiteral("/Users")).status, 200);
    QCOMPARE(scim.call({m_orgId, directoryId, QStringLiteral("wrong")}, "GET", QStringLiteral("/Users")).status, 401);

    // 5. Group-to-role mapping: a new role, the group mapped to it, the user's effective roles.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ScimSetupWizard::MappingPage));
    QWizardPage* mapping = wizard.page(ui::ScimSetupWizard::MappingPage);
    auto* roles = child<QTableWidget>(mapping, "rolesTable");
    child<QLineEdit>(mapping, "roleNameEdit")->setText(QStringLiteral("engineer"));
    child<QLineEdit>(mapping, "roleDisplayNameEdit")->setText(QStringLiteral("Engineer"));
    child<QPushButton>(mapping, "saveRoleButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(tableContains(roles, 0, QStringLiteral("engineer")), 10000);
    auto* groupList = child<QListWidget>(mapping, "groupsList");
    QTRY_COMPARE_WITH_TIMEOUT(groupList->count(), 1, 10000);
    child<QLineEdit>(mapping, "groupSearchEdit")->setText(QStringLiteral("engin"));
    QVERIFY(!groupList->item(0)->isHidden());
    child<QLineEdit>(mapping, "groupSearchEdit")->setText(QStringLiteral("sales"));
    QVERIFY(groupList->item(0)->isHidden());
    child<QLineEdit>(mapping, "groupSearchEdit")->clear();
    groupList->item(0)->setSelected(true);
    auto* roleCombo = child<QComboBox>(mapping, "roleForGroupsCombo");
    QTRY_VERIFY(roleCombo->findData(QStringLiteral("engineer")) >= 0);
    roleCombo->setCurrentIndex(roleCombo->findData(QStringLiteral("engineer")));
    child<QPushButton>(mapping, "assignGroupsButton")->click();
    auto* mappingTable = child<QTableWidget>(mapping, "mappingTable");
    QCOMPARE(mappingTable->rowCount(), 1);
    QCOMPARE(mappingTable->item(0, 0)->text(), QStringLiteral("Engineering"));
    shoot(&wizard, QStringLiteral("scim-5-mapping"));
    mappingTable->selectRow(0);
    child<QPushButton>(mapping, "removeMappingButton")->click();
    QCOMPARE(mappingTable->rowCount(), 0);
    QVERIFY(child<QLabel>(mapping, "mappingStateLabel")->text().contains(QStringLiteral("Not saved")));
    m_directoryId = directoryId;
    m_userId = userId;
    m_groupId = groupId;
}

void TestSetupWizards::groupMappedToRoleGivesEffectiveRoles()
{
    if (m_directoryId.isEmpty()) {
        QSKIP("needs the directory scimWizardEndToEnd creates");
    }
    auto api = newClient();
    ui::RoleMappingEditor editor;
    editor.resize(900, 700);
    editor.show();
    QSignalSpy loaded(&editor, &ui::RoleMappingEditor::loaded);
    editor.setDirectory(api.get(), m_orgId, m_directoryId, true);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    auto* groupList = child<QListWidget>(&editor, "groupsList");
    QTRY_COMPARE_WITH_TIMEOUT(groupList->count(), 1, 10000);
    groupList->item(0)->setSelected(true);
    auto* roleCombo = child<QComboBox>(&editor, "roleForGroupsCombo");
    QTRY_VERIFY(roleCombo->findData(QStringLiteral("engineer")) >= 0);
    roleCombo->setCurrentIndex(roleCombo->findData(QStringLiteral("engineer")));
    child<QPushButton>(&editor, "assignGroupsButton")->click();
    child<QPushButton>(&editor, "assignGroupsButton")->click(); // twice: still one mapping
    auto* mappingTable = child<QTableWidget>(&editor, "mappingTable");
    QCOMPARE(mappingTable->rowCount(), 1);
    QCOMPARE(editor.assignments(), (QList<QPair<QString, QString>>{{m_groupId, QStringLiteral("engineer")}}));

    QSignalSpy saved(&editor, &ui::RoleMappingEditor::saved);
    auto* state = child<QLabel>(&editor, "mappingStateLabel");
    child<QPushButton>(&editor, "saveMappingButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1 || state->text().contains(QStringLiteral("HTTP")), 10000);
    if (state->text().contains(QStringLiteral("HTTP 404"))) {
        QSKIP("the engine does not serve PUT …/groups/-/roles:assign yet (built in parallel): mapping not checked");
    }
    QCOMPARE(saved.count(), 1);
    const HttpReply after =
        m_engine.api("GET", QStringLiteral("/api/v1/organizations/%1/directories/%2").arg(m_orgId, m_directoryId));
    const QJsonArray stored =
        after.json()[QStringLiteral("directory")][QStringLiteral("role_assignments")][QStringLiteral("assignments")]
            .toArray();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0)[QStringLiteral("group_id")].toString(), m_groupId);
    QCOMPARE(stored.at(0)[QStringLiteral("role_name")].toString(), QStringLiteral("engineer"));

    // A reload shows the saved mapping.
    editor.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
    QCOMPARE(mappingTable->rowCount(), 1);

    auto* userCombo = child<QComboBox>(&editor, "previewUserCombo");
    QTRY_VERIFY(userCombo->findData(m_userId) >= 0);
    userCombo->setCurrentIndex(userCombo->findData(m_userId));
    child<QPushButton>(&editor, "previewRolesButton")->click();
    auto* preview = child<QTableWidget>(&editor, "previewTable");
    QTRY_VERIFY_WITH_TIMEOUT(tableContains(preview, 0, QStringLiteral("engineer")), 10000);
    QVERIFY(tableContains(preview, 1, QStringLiteral("Member of Engineering")));
    shoot(&editor, QStringLiteral("roles-preview"));
}

void TestSetupWizards::roleEditorCreatesEditsAndSetsDefault()
{
    ScimTestClient scim(m_engine);
    const ScimDirectory d = scim.createDirectory();
    auto api = newClient();
    ui::RoleMappingEditor editor;
    editor.show();
    QSignalSpy loaded(&editor, &ui::RoleMappingEditor::loaded);
    editor.setDirectory(api.get(), d.organizationId, d.directoryId, true);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    auto* roles = child<QTableWidget>(&editor, "rolesTable");

    // Bad input: a clear, specific error, nothing sent.
    child<QLineEdit>(&editor, "roleNameEdit")->setText(QStringLiteral("has space"));
    child<QLineEdit>(&editor, "roleDisplayNameEdit")->setText(QStringLiteral("Bad"));
    child<QPushButton>(&editor, "saveRoleButton")->click();
    auto* message = editor.findChild<QLabel*>(QStringLiteral("messageText"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QStringLiteral("letters, digits or underscores")), qPrintable(message->text()));

    child<QLineEdit>(&editor, "roleNameEdit")->setText(QStringLiteral("auditor"));
    child<QLineEdit>(&editor, "roleDisplayNameEdit")->setText(QStringLiteral("Auditor"));
    child<QLineEdit>(&editor, "roleDescriptionEdit")->setText(QStringLiteral("Reads everything"));
    child<QPushButton>(&editor, "saveRoleButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(tableContains(roles, 0, QStringLiteral("auditor")), 10000);
    int row = -1;
    for (int i = 0; i < roles->rowCount(); ++i) {
        row = roles->item(i, 0)->text() == QStringLiteral("auditor") ? i : row;
    }
    QVERIFY(row >= 0);
    QCOMPARE(roles->item(row, 2)->text(), QStringLiteral("Reads everything"));
    editor.resize(900, 700);
    shoot(&editor, QStringLiteral("roles-editor"));

    // Edit: the display name changes, the name cannot.
    roles->setCurrentCell(row, 0);
    child<QPushButton>(&editor, "editRoleButton")->click();
    QVERIFY(!child<QLineEdit>(&editor, "roleNameEdit")->isEnabled());
    child<QLineEdit>(&editor, "roleDisplayNameEdit")->setText(QStringLiteral("Read-only Auditor"));
    child<QPushButton>(&editor, "saveRoleButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(tableContains(roles, 1, QStringLiteral("Read-only Auditor")), 10000);
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/roles/auditor"))
                 .json()[QStringLiteral("role")][QStringLiteral("display_name")]
                 .toString(),
             QStringLiteral("Read-only Auditor"));

    // Set as default: the engine's default member role becomes auditor.
    for (int i = 0; i < roles->rowCount(); ++i) {
        row = roles->item(i, 0)->text() == QStringLiteral("auditor") ? i : row;
    }
    roles->setCurrentCell(row, 0);
    child<QPushButton>(&editor, "setDefaultRoleButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine.api("GET", QStringLiteral("/api/v1/roles/auditor"))
                                 .json()[QStringLiteral("role")][QStringLiteral("default_member")]
                                 .toBool(),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(tableContains(roles, 3, QStringLiteral("Default")), 10000);
    for (int i = 0; i < roles->rowCount(); ++i) {
        if (roles->item(i, 3)->text() == QStringLiteral("Default")) {
            QCOMPARE(roles->item(i, 0)->text(), QStringLiteral("auditor"));
        }
    }
    // A portal session maps groups but never edits roles.
    editor.setDirectory(api.get(), d.organizationId, d.directoryId, false);
    QVERIFY(child<QPushButton>(&editor, "saveRoleButton")->isHidden());
    QVERIFY(child<QPushButton>(&editor, "setDefaultRoleButton")->isHidden());
    QVERIFY(!child<QPushButton>(&editor, "saveMappingButton")->isHidden());
}

void TestSetupWizards::domainWizardShowsBothRecordForms()
{
    QCOMPARE(ui::DomainWizard::relativeName(QStringLiteral("_gatehouse-challenge.acme.example"),
                                            QStringLiteral("acme.example")),
             QStringLiteral("_gatehouse-challenge"));
    QCOMPARE(ui::DomainWizard::relativeName(QStringLiteral("_gatehouse-challenge.acme.example."),
                                            QStringLiteral("acme.example")),
             QStringLiteral("_gatehouse-challenge"));

    auto api = newClient();
    ui::DomainWizard wizard(api.get(), m_orgId, true);
    wizard.show();
    shoot(&wizard, QStringLiteral("domain-1-add"));
    auto* edit = child<QLineEdit>(&wizard, "domainEdit");
    auto* error = child<QLabel>(&wizard, "addDomainErrorLabel");
    edit->setText(QStringLiteral("not a domain"));
    child<QPushButton>(&wizard, "addDomainButton")->click();
    QVERIFY2(error->text().contains(QStringLiteral("is not a domain name")), qPrintable(error->text()));
    edit->setText(QStringLiteral("gmail.com"));
    child<QPushButton>(&wizard, "addDomainButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("was not added")), 10000);
    QCOMPARE(wizard.currentId(), int(ui::DomainWizard::AddPage));

    edit->setText(QStringLiteral("Widgets.Example"));
    child<QPushButton>(&wizard, "addDomainButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::DomainWizard::RecordPage), 10000);
    QCOMPARE(child<QLineEdit>(&wizard, "recordFullNameEdit")->text(),
             QStringLiteral("_gatehouse-challenge.widgets.example"));
    QCOMPARE(child<QLineEdit>(&wizard, "recordRelativeNameEdit")->text(), QStringLiteral("_gatehouse-challenge"));
    const QString value = child<QLineEdit>(&wizard, "recordValueEdit")->text();
    QVERIFY(value.startsWith(QStringLiteral("gatehouse-verification=")));
    child<QPushButton>(&wizard, "recordValueCopyButton")->click();
    QCOMPARE(QApplication::clipboard()->text(), value);
    child<QPushButton>(&wizard, "recordRelativeNameCopyButton")->click();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("_gatehouse-challenge"));
    QVERIFY(child<QLabel>(&wizard, "zoneHintLabel")->text().contains(QStringLiteral(".widgets.example")));
    shoot(&wizard, QStringLiteral("domain-2-record"));

    // Manual verification: offered to an environment admin, and it works.
    wizard.next();
    auto* manual = child<QPushButton>(&wizard, "verifyManuallyButton");
    QVERIFY(!manual->isHidden());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    manual->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&wizard, "domainStatusLabel")->text().contains(QStringLiteral("verified")),
                             10000);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    // A pending domain can be continued from the first page.
    const HttpReply pending = m_engine.api(
        "POST", QStringLiteral("/api/v1/organizations/%1/domains").arg(m_orgId), R"({"domain":"pending.example"})");
    QCOMPARE(pending.status, 201);
    ui::DomainWizard again(api.get(), m_orgId, true);
    again.show();
    auto* pendingCombo = child<QComboBox>(&again, "pendingDomainCombo");
    QTRY_VERIFY_WITH_TIMEOUT(!pendingCombo->isHidden(), 10000);
    QCOMPARE(pendingCombo->findText(QStringLiteral("widgets.example")), -1); // verified: not pending
    const int index = pendingCombo->findText(QStringLiteral("pending.example"));
    QVERIFY(index >= 0);
    pendingCombo->setCurrentIndex(index);
    child<QPushButton>(&again, "continueDomainButton")->click();
    QCOMPARE(again.currentId(), int(ui::DomainWizard::RecordPage));
    QCOMPARE(child<QLineEdit>(&again, "recordFullNameEdit")->text(),
             QStringLiteral("_gatehouse-challenge.pending.example"));

    // Never in a portal session's wizard.
    ui::DomainWizard portal(api.get(), m_orgId, false);
    portal.resume(wizard.domain());
    QVERIFY(child<QPushButton>(&portal, "verifyManuallyButton")->isHidden());
}

void TestSetupWizards::domainWizardVerifiesAgainstDns()
{
    using gatehouse::test::Dnsmasq;
    const QString reason = Dnsmasq::unavailableReason();
    if (!reason.isEmpty()) {
        if (qEnvironmentVariableIsSet("GATEHOUSE_REQUIRE_DNS_TESTS")) {
            QFAIL(qPrintable(reason));
        }
        QSKIP(qPrintable(reason));
    }
    Dnsmasq dns;
    QVERIFY2(dns.start({}), qPrintable(dns.lastError()));
    EngineHarness engine;
    QVERIFY2(engine.start([&](engine::EngineConfig& c) {
        c.dnsResolvers = {dns.address()};
        c.dnsTimeoutMs = 700;
    }),
             qPrintable(engine.lastError()));
    const QString org = createOrganization(engine, QStringLiteral("DNS Co"));
    client::ApiClient api(
        client::ClientConfig{QUrl(engine.baseUrl()), engine.clientId(), engine.clientSecret(), 10000});
    ui::DomainWizard wizard(&api, org, true);
    wizard.show();
    child<QLineEdit>(&wizard, "domainEdit")->setText(QStringLiteral("acme.example.test"));
    child<QPushButton>(&wizard, "addDomainButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::DomainWizard::RecordPage), 10000);
    const QString name = child<QLineEdit>(&wizard, "recordFullNameEdit")->text();
    const QString value = child<QLineEdit>(&wizard, "recordValueEdit")->text();
    wizard.next();

    // Not published yet: the check says what DNS returned.
    auto* check = child<QPushButton>(&wizard, "checkDomainButton");
    auto* status = child<QLabel>(&wizard, "domainStatusLabel");
    auto* result = child<QPlainTextEdit>(&wizard, "dnsResultText");
    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->toPlainText().contains(QStringLiteral("nxdomain")), 15000);
    QVERIFY2(status->text().startsWith(QStringLiteral("Pending")), qPrintable(status->text()));
    QVERIFY(result->toPlainText().contains(dns.address().toString()));
    shoot(&wizard, QStringLiteral("domain-3-pending"));

    // A wrong value next to it: still pending, and the record seen is shown.
    QVERIFY2(dns.start({{name, {QStringLiteral("gatehouse-verification=wrong")}}}), qPrintable(dns.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 15000);
    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->toPlainText().contains(QStringLiteral("value_mismatch")), 15000);
    QVERIFY(result->toPlainText().contains(QStringLiteral("gatehouse-verification=wrong")));

    // Published: verified.
    QVERIFY2(dns.start({{name, {value}}}), qPrintable(dns.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 15000);
    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("is verified")), 15000);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    const HttpReply domains = engine.api("GET", QStringLiteral("/api/v1/organizations/%1/domains").arg(org));
    QCOMPARE(domains.json()[QStringLiteral("domains")][0][QStringLiteral("verification_status")].toString(),
             QStringLiteral("VERIFIED"));
    QCOMPARE(domains.json()[QStringLiteral("domains")][0][QStringLiteral("verification_method")].toString(),
             QStringLiteral("DNS"));
    shoot(&wizard, QStringLiteral("domain-4-verified"));
}

void TestSetupWizards::refusedPortalLinkIsShownInline()
{
    ui::MainWindow window;
    window.show();
    QSignalSpy failed(window.setupView(), &ui::SetupView::portalLinkFailed);
    window.openPortalLink(m_engine.baseUrl() + QStringLiteral("/magicLink/2cbe56de-eec4-41d2-abed-90a5b82286c4_p"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(!window.setupView()->isPortalMode());
    auto* bar = window.setupView()->findChild<QWidget*>(QStringLiteral("setupMessageBar"));
    QVERIFY(bar && !bar->isHidden());
    // Not opened: everything the environment offers stays.
    QVERIFY(!child<QPushButton>(&window, "scimWizardButton")->isHidden());
    // The main window opens the SSO wizard from here: the entry point is shown (disabled without an organization).
    auto* sso = child<QPushButton>(&window, "ssoSetupButton");
    QVERIFY(!sso->isHidden());
    QVERIFY(!sso->isEnabled());
    QCOMPARE(window.openSsoWizard(QStringLiteral("org_x")), nullptr); // no client, no organization: nothing opens
}

void TestSetupWizards::portalLinkGrantingOnlySsoHidesScim()
{
    const HttpReply link =
        m_engine.api("PUT", QStringLiteral("/api/v1/organizations/%1/portal_links?features=sso").arg(m_orgId));
    if (link.status == 404) {
        QSKIP("the engine does not serve PUT …/portal_links yet (built in parallel): portal mode not checked");
    }
    QCOMPARE(link.status, 200);
    const QString location = link.json()[QStringLiteral("link")][QStringLiteral("location")].toString();
    QVERIFY(location.contains(QStringLiteral("/magicLink/")));

    ui::MainWindow window;
    QSignalSpy ssoRequested(window.setupView(), &ui::SetupView::ssoSetupRequested);
    window.show();
    // As the landing page offers it: gatehouse://portal?link=… — for a host never used, confirmed first.
    const QUrl engineUrl(m_engine.baseUrl());
    QVERIFY(!ui::MainWindow::isKnownPortalHost(engineUrl));
    window.handleArgument(QStringLiteral("gatehouse://portal?link=")
                          + QString::fromLatin1(QUrl::toPercentEncoding(location)));
    ui::SetupView* setup = window.setupView();
    QMessageBox* confirm = window.portalHostConfirmation();
    QVERIFY(confirm);
    QVERIFY(confirm->isVisible());
    const QString hostPort = QStringLiteral("%1:%2").arg(engineUrl.host()).arg(engineUrl.port());
    QVERIFY2(confirm->text().contains(hostPort), qPrintable(confirm->text()));
    QTest::qWait(200);
    QVERIFY(!setup->isPortalMode()); // nothing happens before the user answers
    child<QPushButton>(confirm, "confirmPortalHostButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(setup->isPortalMode(), 10000);
    QVERIFY(ui::MainWindow::isKnownPortalHost(QUrl(location))); // remembered
    QCOMPARE(setup->currentOrganizationId(), m_orgId);
    QCOMPARE(child<QComboBox>(&window, "setupOrganizationCombo")->count(), 1);
    QVERIFY(child<QPushButton>(&window, "scimWizardButton")->isHidden());
    QVERIFY(child<QPushButton>(&window, "roleMappingButton")->isHidden());
    QVERIFY(!child<QPushButton>(&window, "ssoSetupButton")->isHidden());
    QVERIFY(!child<QPushButton>(&window, "domainWizardButton")->isHidden());
    QCOMPARE(setup->openScimWizard(), nullptr); // fail closed even when called directly
    QVERIFY(child<QLabel>(&window, "setupModeLabel")->text().contains(QStringLiteral("single sign-on")));
    // Only the portal's organization: the environment's pages are gone.
    auto* nav = child<QListWidget>(&window, "navigationList");
    int visible = 0;
    for (int i = 0; i < nav->count(); ++i) {
        visible += nav->item(i)->isHidden() ? 0 : 1;
    }
    QCOMPARE(visible, 3); // Setup, the offline metadata validator and Settings (language, privacy)
    shoot(&window, QStringLiteral("portal-sso-only"));

    // The domain wizard in the portal: no manual verification.
    ui::DomainWizard* domains = setup->openDomainWizard();
    QVERIFY(domains);
    domains->next();
    QVERIFY(child<QPushButton>(domains, "verifyManuallyButton")->isHidden());
    domains->close();

    // The link was single use.
    ui::MainWindow second;
    QSignalSpy failed(second.setupView(), &ui::SetupView::portalLinkFailed);
    second.openPortalLink(location);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("already used")),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!second.setupView()->isPortalMode());
}

void TestSetupWizards::portalLinkGrantingDirSyncMapsGroups()
{
    if (m_directoryId.isEmpty()) {
        QSKIP("needs the directory scimWizardEndToEnd creates");
    }
    const HttpReply link =
        m_engine.api("PUT", QStringLiteral("/api/v1/organizations/%1/portal_links?features=dir_sync").arg(m_orgId));
    if (link.status == 404) {
        QSKIP("the engine does not serve PUT …/portal_links yet: portal mode not checked");
    }
    QCOMPARE(link.status, 200);
    ui::MainWindow window;
    QSignalSpy ssoRequested(window.setupView(), &ui::SetupView::ssoSetupRequested);
    window.show();
    // Pasted as it is (the location URL).
    window.openPortalLink(link.json()[QStringLiteral("link")][QStringLiteral("location")].toString());
    ui::SetupView* setup = window.setupView();
    QTRY_VERIFY_WITH_TIMEOUT(setup->isPortalMode(), 10000);
    QVERIFY(child<QPushButton>(&window, "ssoSetupButton")->isHidden());
    QVERIFY(child<QPushButton>(&window, "domainWizardButton")->isHidden());
    QCOMPARE(setup->openDomainWizard(), nullptr);
    QVERIFY(!child<QPushButton>(&window, "scimWizardButton")->isHidden());
    // The organization's name, read with the session.
    QTRY_COMPARE_WITH_TIMEOUT(
        child<QComboBox>(&window, "setupOrganizationCombo")->currentText(), QStringLiteral("Setup Co"), 10000);
    auto* directories = child<QComboBox>(&window, "setupDirectoryCombo");
    QTRY_VERIFY_WITH_TIMEOUT(directories->findData(m_directoryId) >= 0, 10000);
    directories->setCurrentIndex(directories->findData(m_directoryId));
    QTRY_VERIFY(child<QPushButton>(&window, "roleMappingButton")->isEnabled());

    // Role mapping with the session: roles readable, not editable; the saved mapping is there.
    ui::RoleMappingEditor* editor = setup->openRoleMapping();
    QVERIFY(editor);
    QSignalSpy loaded(editor, &ui::RoleMappingEditor::loaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QVERIFY(child<QPushButton>(editor, "saveRoleButton")->isHidden());
    QTRY_VERIFY(child<QComboBox>(editor, "roleForGroupsCombo")->findData(QStringLiteral("engineer")) >= 0);
    QCOMPARE(child<QTableWidget>(editor, "mappingTable")->rowCount(), 1);
    QVERIFY(editor->findChild<QWidget*>(QStringLiteral("roleMappingMessageBar"))->isHidden());

    // The SCIM wizard with the session creates a directory in this organization only.
    ui::ScimSetupWizard* wizard = setup->openScimWizard();
    QVERIFY(wizard);
    QVERIFY(!wizard->environmentAdmin());
    child<QPushButton>(wizard, "createDirectoryButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::ScimSetupWizard::CredentialsPage), 10000);
    QVERIFY(!wizard->token().isEmpty());
    const HttpReply created = m_engine.api(
        "GET", QStringLiteral("/api/v1/organizations/%1/directories/%2").arg(m_orgId, wizard->directoryId()));
    QCOMPARE(created.status, 200);
}

// A portal link from outside (command line, gatehouse://, a second instance) for a host never used is not
// opened until the user confirms the host; declined, nothing is sent (the link still works afterwards); a known
// host opens at once.
void TestSetupWizards::portalLinkForANewHostAsksFirst()
{
    const HttpReply link =
        m_engine.api("PUT", QStringLiteral("/api/v1/organizations/%1/portal_links?features=sso").arg(m_orgId));
    if (link.status == 404) {
        QSKIP("the engine does not serve PUT …/portal_links yet: portal mode not checked");
    }
    const QString location = link.json()[QStringLiteral("link")][QStringLiteral("location")].toString();
    // A stranger's server: named in the question, declined, nothing opened.
    {
        ui::MainWindow window;
        window.show();
        const QString elsewhere = QStringLiteral("https://portal.attacker.example/magicLink/"
                                                 "2cbe56de-eec4-41d2-abed-90a5b82286c4_p");
        window.handleArgument(QStringLiteral("gatehouse://portal?link=")
                              + QString::fromLatin1(QUrl::toPercentEncoding(elsewhere)));
        QMessageBox* confirm = window.portalHostConfirmation();
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QStringLiteral("portal.attacker.example")));
        QCOMPARE(confirm->defaultButton(), child<QPushButton>(confirm, "cancelPortalHostButton"));
        child<QPushButton>(confirm, "cancelPortalHostButton")->click();
        QTRY_VERIFY(!window.portalHostConfirmation());
        QVERIFY(!window.setupView()->isPortalMode());
        QVERIFY(!ui::MainWindow::isKnownPortalHost(QUrl(elsewhere)));
    }
    // The engine's own link, declined first: the link is untouched (still usable).
    {
        QSettings().remove(QStringLiteral("portal/knownHosts"));
        ui::MainWindow window;
        window.show();
        window.handleArgument(location);
        QVERIFY(window.portalHostConfirmation());
        window.portalHostConfirmation()->reject();
        QTRY_VERIFY(!window.portalHostConfirmation());
        QTest::qWait(200);
        QVERIFY(!window.setupView()->isPortalMode());
    }
    // Once the host is known, a link opens without asking.
    ui::MainWindow::rememberPortalHost(QUrl(location));
    ui::MainWindow window;
    window.show();
    window.handleArgument(location);
    QVERIFY(!window.portalHostConfirmation());
    QTRY_VERIFY_WITH_TIMEOUT(window.setupView()->isPortalMode(), 10000); // the declined link was never used
    QCOMPARE(window.setupView()->currentOrganizationId(), m_orgId);
}

void TestSetupWizards::portalSessionShowsOnlyGrantedWizards_data()
{
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<bool>("sso");
    QTest::addColumn<bool>("dirSync");
    QTest::newRow("sso") << QStringList{QStringLiteral("sso")} << true << false;
    QTest::newRow("dir_sync") << QStringList{QStringLiteral("dir_sync")} << false << true;
    QTest::newRow("both") << QStringList{QStringLiteral("sso"), QStringLiteral("dir_sync")} << true << true;
    QTest::newRow("none") << QStringList{} << false << false;
}

// The window's reaction to a session as POST /api/v1/portal_sessions describes it (independent of the engine's
// link endpoints): only the session's organization, only the granted wizards, the environment's pages gone.
void TestSetupWizards::portalSessionShowsOnlyGrantedWizards()
{
    QFETCH(QStringList, features);
    QFETCH(bool, sso);
    QFETCH(bool, dirSync);
    ui::MainWindow window;
    // What the SSO wizard (ui/wizard) listens to; without a listener the entry point is not shown at all.
    QSignalSpy ssoRequested(window.setupView(), &ui::SetupView::ssoSetupRequested);
    window.show();
    QVERIFY(!child<QWidget>(&window, "environmentToolBar")->isHidden());
    auto api = newClient();
    window.setupView()->setClient(api.get());
    auto* organizations = child<QComboBox>(&window, "setupOrganizationCombo");
    QTRY_VERIFY_WITH_TIMEOUT(organizations->count() >= 2, 10000); // Setup Co, the seeded Test organization, …
    QVERIFY(!child<QPushButton>(&window, "scimWizardButton")->isHidden());
    QVERIFY(!child<QPushButton>(&window, "ssoSetupButton")->isHidden());
    if (features.size() == 2) {
        window.resize(1100, 700);
        auto* nav = child<QListWidget>(&window, "navigationList");
        nav->setCurrentRow(3); // the Setup page
        shoot(&window, QStringLiteral("setup-admin"));
    }
    client::PortalSession session;
    session.baseUrl = QUrl(m_engine.baseUrl());
    session.sessionToken = QStringLiteral("session-token-from-the-engine");
    session.organizationId = m_orgId;
    session.features = features;
    session.expireTime = QDateTime::currentDateTimeUtc().addSecs(6 * 3600);
    window.setupView()->enterPortalMode(session);
    QVERIFY(window.setupView()->isPortalMode());
    QCOMPARE(window.setupView()->currentClient()->config().sessionToken, session.sessionToken);
    QVERIFY(window.setupView()->currentClient()->config().clientSecret.isEmpty());
    QCOMPARE(organizations->count(), 1);
    QVERIFY(!organizations->isEnabled());
    QCOMPARE(!child<QPushButton>(&window, "ssoSetupButton")->isHidden(), sso);
    if (sso) {
        child<QPushButton>(&window, "ssoSetupButton")->click();
        QCOMPARE(ssoRequested.count(), 1);
        QCOMPARE(ssoRequested.at(0).at(0).toString(), m_orgId);
        // The main window opened the SSO wizard with the session's client.
        QVERIFY(window.ssoWizard());
        QCOMPARE(window.ssoWizard()->api().client(), window.setupView()->currentClient());
        window.ssoWizard()->close();
    }
    QCOMPARE(!child<QPushButton>(&window, "domainWizardButton")->isHidden(), sso);
    QCOMPARE(!child<QPushButton>(&window, "scimWizardButton")->isHidden(), dirSync);
    QCOMPARE(!child<QPushButton>(&window, "roleMappingButton")->isHidden(), dirSync);
    QCOMPARE(window.setupView()->openScimWizard() != nullptr, dirSync);
    ui::DomainWizard* domains = window.setupView()->openDomainWizard();
    QCOMPARE(domains != nullptr, sso);
    if (domains) {
        QVERIFY(child<QPushButton>(domains, "verifyManuallyButton")->isHidden());
    }
    QVERIFY(child<QWidget>(&window, "environmentToolBar")->isHidden());
    auto* nav = child<QListWidget>(&window, "navigationList");
    for (int i = 0; i < nav->count(); ++i) {
        const QString text = nav->item(i)->text();
        const bool environmentPage = text == QStringLiteral("Organizations") || text == QStringLiteral("Events")
                                     || text == QStringLiteral("Webhooks");
        QCOMPARE(nav->item(i)->isHidden(), environmentPage);
    }
    if (features.size() == 2) {
        shoot(&window, QStringLiteral("portal-setup"));
    }
}

// A portal session's ApiClient: the session token as Bearer, never the token endpoint, no second try with a
// new token after a 401 (there are no credentials to get one with).
void TestSetupWizards::portalSessionClientUsesOnlyItsToken()
{
    client::ClientConfig config;
    config.baseUrl = QUrl(m_engine.baseUrl());
    config.sessionToken = QStringLiteral("not-a-session");
    QVERIFY(!config.validate().has_value());
    client::ApiClient api(config);
    bool done = false;
    client::ApiError error;
    api.send("GET",
             QStringLiteral("/api/v1/organizations/") + m_orgId,
             {},
             {},
             this,
             [&](const client::ApiResult<QJsonObject>& r) {
                 done = true;
                 if (!r.ok()) {
                     error = r.error();
                 }
             });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, client::ApiError::Kind::Unauthorized);
    QCOMPARE(api.tokenRequestCount(), 0);
    // Without a session token the credentials are required again.
    config.sessionToken.clear();
    QVERIFY(config.validate().has_value());
}

void TestSetupWizards::secondInstanceForwardsItsArguments()
{
    const QString key = QStringLiteral("gatehouse-test-%1").arg(QCoreApplication::applicationPid());
    ui::SingleInstance first(key);
    QVERIFY(!first.forward({QStringLiteral("nobody listens")}, 300));
    QVERIFY(first.listen());
    QSignalSpy received(&first, &ui::SingleInstance::argumentsReceived);
    const QStringList args{QStringLiteral("gatehouse://portal?link=https%3A%2F%2Fa.example%2FmagicLink%2Fx_p"),
                           QStringLiteral("/tmp/metadata file.xml")};
    bool delivered = false;
    // forward() blocks on the socket: run it on another thread while this one serves the connection.
    std::thread sender([&] {
        ui::SingleInstance second(key);
        delivered = second.forward(args, 5000);
    });
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);
    sender.join();
    QVERIFY(delivered);
    QCOMPARE(received.at(0).at(0).toStringList(), args);
}

// What main.cpp does: the embedded catalogue of the system locale (German, French), with the window's strings.
void TestSetupWizards::catalogueOfTheLocaleLoads_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("openPortalLink");
    QTest::newRow("de") << "de_DE" << "Einrichtung" << "&Portal-Link öffnen…";
    QTest::newRow("fr") << "fr_FR" << "Configuration" << "Ouvrir un lien de &portail…";
    QTest::newRow("en") << "en_US" << "Setup" << "Open &Portal Link…";
}

void TestSetupWizards::catalogueOfTheLocaleLoads()
{
    QFETCH(QString, locale);
    QFETCH(QString, setup);
    QFETCH(QString, openPortalLink);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(locale), QStringLiteral("gatehouse"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.language(), locale);
    QCOMPARE(translator.translate("gatehouse::ui::MainWindow", "Setup"),
             locale.startsWith(QLatin1String("en")) ? QString() : setup); // English falls back to the source
    QApplication::removeTranslator(&m_translator);
    QApplication::installTranslator(&translator);
    {
        ui::MainWindow window;
        const QAction* action = window.findChild<QAction*>(QStringLiteral("openPortalLinkAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), openPortalLink);
        QCOMPARE(child<QListWidget>(&window, "navigationList")->item(3)->text(), setup);
    }
    QApplication::removeTranslator(&translator);
    QApplication::installTranslator(&m_translator);
}

QTEST_MAIN(TestSetupWizards)
#include "TestSetupWizards.moc"
