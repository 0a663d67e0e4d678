// The accessibility walk: every top-level view of the app (each sidebar page and each tab in it), every dialog
// and every wizard page, offscreen. Fails when a focusable control has no accessible name (its own, its text, or
// its buddy label's — what a screen reader announces), when pressing Tab from the first control does not reach
// an enabled input, or when two actions of the same menu (or two menus of the menu bar) share a mnemonic.
#include "client/ApiClient.h"
#include "client/EnvironmentController.h"
#include "client/EnvironmentStore.h"
#include "client/SecretStore.h"
#include "tests/engine/EngineHarness.h"
#include "tests/engine/ScimTestClient.h"
#include "tests/ui/AccessibilityWalk.h"
#include "ui/MainWindow.h"
#include "ui/environments/AddEnvironmentDialog.h"
#include "ui/environments/EnvironmentBar.h"
#include "ui/inspector/InspectorView.h"
#include "ui/inspector/OrganizationDetailView.h"
#include "ui/inspector/OrganizationEditDialog.h"
#include "ui/inspector/PortalLinksPanel.h"
#include "ui/inspector/ResourceTablePanel.h"
#include "ui/inspector/RoleEditDialog.h"
#include "ui/settings/SettingsPage.h"
#include "ui/setup/DomainVerification.h"
#include "ui/setup/DomainWizard.h"
#include "ui/setup/PortalLinkDialog.h"
#include "ui/setup/ScimSetupWizard.h"
#include "ui/validator/AggregatePanel.h"
#include "ui/validator/CertificateTree.h"
#include "ui/validator/MetadataValidatorView.h"
#include "ui/webhooks/WebhookEditDialog.h"
#include "ui/wizard/SsoWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHash>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

using namespace gatehouse;

class TestAccessibilityWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walkFindsProblems();
    void mainWindowPages();
    void menusHaveDistinctMnemonics();
    void dialogs();
    void wizardPages();
    void validatorPanelsWithData();
    void engineLogAndConfirmations();
    void inspectorWithDataAndConfirmations();

private:
    // Problems of `root` as shown now: unnamed controls (all, shown or not) and enabled visible inputs Tab never
    // reaches from the first one. `where` prefixes each problem.
    static QStringList walk(QWidget* root, const QString& where);
    static QStringList walkTabs(QWidget* root, const QString& where);

    QTemporaryDir m_dir;
    QTranslator m_translator;
    std::unique_ptr<client::ApiClient> m_client;
};

void TestAccessibilityWalk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
    QApplication::setApplicationName(QStringLiteral("gatehouse-a11y-test"));
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/gatehouse_en.qm")));
    QApplication::installTranslator(&m_translator);
    // Nothing listens there: views built on a client show their (inline) connection errors.
    m_client = std::make_unique<client::ApiClient>(client::ClientConfig{
        QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("c"), QStringLiteral("s"), 2000});
}

QStringList TestAccessibilityWalk::walk(QWidget* root, const QString& where)
{
    return test::AccessibilityWalk::walk(root, where);
}

QStringList TestAccessibilityWalk::walkTabs(QWidget* root, const QString& where)
{
    QStringList problems = walk(root, where);
    // Every enabled tab of the visible tab widgets (one level: a tab's own tabs are walked when it is shown).
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible()) {
            continue;
        }
        const int before = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabEnabled(i) || i == before) {
                continue;
            }
            tabs->setCurrentIndex(i);
            problems << walk(root, QStringLiteral("%1 › %2").arg(where, tabs->tabText(i).remove(u'&')));
        }
        tabs->setCurrentIndex(before);
    }
    return problems;
}

void TestAccessibilityWalk::walkFindsProblems()
{
    // The walk itself: an unnamed field, a control Tab skips, and a named, reachable one.
    QWidget window;
    window.setObjectName(QStringLiteral("probe"));
    auto* named = new QLineEdit(&window);
    named->setObjectName(QStringLiteral("namedEdit"));
    named->setAccessibleName(QStringLiteral("Named"));
    auto* unnamed = new QLineEdit(&window);
    unnamed->setObjectName(QStringLiteral("unnamedEdit"));
    auto* skipped = new QPushButton(QStringLiteral("Skipped"), &window);
    skipped->setObjectName(QStringLiteral("skippedButton"));
    skipped->setFocusPolicy(Qt::ClickFocus);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(named);
    layout->addWidget(unnamed);
    layout->addWidget(skipped);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString problems = walk(&window, QStringLiteral("probe")).join(u'\n');
    QVERIFY2(problems.contains(QStringLiteral("unnamedEdit (QLineEdit) has no accessible name")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("Tab never reaches skippedButton")), qPrintable(problems));
    QVERIFY2(!problems.contains(QStringLiteral("probe: namedEdit")), qPrintable(problems));
    QVERIFY2(!problems.contains(QStringLiteral("reaches namedEdit")), qPrintable(problems));
    QVERIFY2(!problems.contains(QStringLiteral("Tab never reaches unnamedEdit")), qPrintable(problems));
}

void TestAccessibilityWalk::mainWindowPages()
{
    QSettings settings;
    client::EnvironmentStore store(&settings);
    client::MemorySecretStore secrets;
    client::LocalEngineSupervisor::Options noEngine;
    noEngine.enginePath = m_dir.filePath(QStringLiteral("missing-engine"));
    noEngine.dataDir = m_dir.filePath(QStringLiteral("local"));
    client::EnvironmentController controller(&store, &secrets, noEngine);
    ui::MainWindow window;
    window.setEnvironmentController(&controller);
    window.resize(1280, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QVERIFY(navigation->count() >= 5);
    QStringList problems;
    test::AccessibilityWalk::walkCount = 0;
    test::AccessibilityWalk::inputCount = 0;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QTest::qWait(50);
        problems << walkTabs(&window, navigation->item(row)->text());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Not vacuous: every page and tab was walked, with the inputs they show.
    QVERIFY2(test::AccessibilityWalk::walkCount >= navigation->count() + 3,
             qPrintable(QString::number(test::AccessibilityWalk::walkCount)));
    QVERIFY2(test::AccessibilityWalk::inputCount >= 60,
             qPrintable(QString::number(test::AccessibilityWalk::inputCount)));
}

void TestAccessibilityWalk::menusHaveDistinctMnemonics()
{
    ui::MainWindow window;
    const auto mnemonic = [](const QString& text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&') {
                if (text.at(i + 1) == u'&') {
                    ++i;
                    continue;
                }
                return text.at(i + 1).toLower();
            }
        }
        return QChar();
    };
    QStringList problems;
    const auto check = [&](const QList<QAction*>& actions, const QString& where) {
        QHash<QChar, QString> seen;
        for (QAction* action : actions) {
            if (action->isSeparator() || !action->isVisible()) {
                continue;
            }
            const QChar key = mnemonic(action->text());
            if (key.isNull()) {
                problems << QStringLiteral("%1: “%2” has no mnemonic").arg(where, action->text());
                continue;
            }
            if (seen.contains(key)) {
                problems
                    << QStringLiteral("%1: “%2” and “%3” share &%4").arg(where, seen.value(key), action->text(), key);
            }
            seen.insert(key, action->text());
        }
    };
    QMenuBar* bar = window.menuBar();
    check(bar->actions(), QStringLiteral("menu bar"));
    for (QAction* top : bar->actions()) {
        if (QMenu* menu = top->menu()) {
            check(menu->actions(), QString(top->text()).remove(u'&'));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibilityWalk::dialogs()
{
    QStringList problems;
    {
        // The Settings page on its own (without environments: the restart is disabled, the status says why).
        ui::SettingsPage page(nullptr);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        problems << walkTabs(&page, QStringLiteral("Settings page"));
    }
    {
        ui::AddEnvironmentDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        problems << walk(&dialog, QStringLiteral("Add Environment"));
    }
    {
        client::Organization organization;
        organization.id = QStringLiteral("org_1");
        organization.displayName = QStringLiteral("Acme");
        ui::OrganizationEditDialog dialog(m_client.get(), organization, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        problems << walk(&dialog, QStringLiteral("Edit Organization"));
    }
    {
        ui::WebhookEditDialog dialog(m_client.get(),
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("whk_1")},
                                                 {QStringLiteral("url"), QStringLiteral("https://example.com/h")}},
                                     nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        problems << walk(&dialog, QStringLiteral("Edit Webhook Endpoint"));
    }
    {
        ui::PortalLinkDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        problems << walk(&dialog, QStringLiteral("Open Portal Link"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibilityWalk::wizardPages()
{
    QStringList problems;
    const auto walkWizard = [&problems](QWizard* wizard, const QString& name) {
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard)) {
            problems << name + QStringLiteral(": not shown");
            return;
        }
        for (const int id : wizard->pageIds()) {
            wizard->setStartId(id);
            wizard->restart();
            QTest::qWait(20);
            problems << walk(wizard, QStringLiteral("%1 › %2").arg(name, wizard->currentPage()->objectName()));
        }
    };
    client::Organization organization;
    organization.id = QStringLiteral("org_1");
    organization.displayName = QStringLiteral("Acme");
    {
        ui::SsoWizard wizard(m_client.get(), organization);
        walkWizard(&wizard, QStringLiteral("SSO wizard"));
    }
    {
        ui::ScimSetupWizard wizard(m_client.get(), organization.id, true);
        walkWizard(&wizard, QStringLiteral("SCIM wizard"));
    }
    {
        ui::DomainWizard wizard(m_client.get(), organization.id, true);
        walkWizard(&wizard, QStringLiteral("Domain wizard"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibilityWalk::validatorPanelsWithData()
{
    // The validator with an aggregate loaded: findings with the source view, a selected certificate's panel
    // (timeline, fingerprints with copy buttons) and the aggregate tab (summary, entity search and picker).
    ui::MetadataValidatorView view;
    view.resize(1280, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.openFile(QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/aggregates/swamid-test.xml"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isValidating() && view.certificateTree()->topLevelItemCount() > 0, 30000);
    QTreeWidgetItem* certificate = nullptr;
    for (int i = 0; i < view.certificateTree()->topLevelItemCount() && !certificate; ++i) {
        QTreeWidgetItem* entity = view.certificateTree()->topLevelItem(i);
        for (int r = 0; r < entity->childCount() && !certificate; ++r) {
            if (entity->child(r)->childCount() > 0) {
                certificate = entity->child(r)->child(0);
            }
        }
    }
    QVERIFY(certificate);
    view.certificateTree()->setCurrentItem(certificate);
    QVERIFY(view.resultTabs()->isTabVisible(view.resultTabs()->indexOf(static_cast<QWidget*>(view.aggregatePanel()))));
    test::AccessibilityWalk::walkCount = 0;
    test::AccessibilityWalk::inputCount = 0;
    const QStringList problems = walkTabs(&view, QStringLiteral("Validator (aggregate)"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Findings, certificates and aggregate tabs plus the input tabs were walked.
    QVERIFY2(test::AccessibilityWalk::walkCount >= 4, qPrintable(QString::number(test::AccessibilityWalk::walkCount)));
    for (const char* name : {"metadataSourceView",
                             "certificateSha256CopyButton",
                             "certificateSha1Edit",
                             "entityPicker",
                             "entitySearch",
                             "showAllEntitiesButton"}) {
        auto* widget = view.findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!test::AccessibilityWalk::nameOf(widget).isEmpty(), name);
    }
}

void TestAccessibilityWalk::engineLogAndConfirmations()
{
    QSettings settings;
    client::EnvironmentStore store(&settings);
    client::MemorySecretStore secrets;
    client::LocalEngineSupervisor::Options noEngine;
    noEngine.enginePath = m_dir.filePath(QStringLiteral("missing-engine"));
    noEngine.dataDir = m_dir.filePath(QStringLiteral("local"));
    client::EnvironmentController controller(&store, &secrets, noEngine);
    client::Environment remote;
    remote.name = QStringLiteral("Staging");
    remote.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    remote.clientId = QStringLiteral("skc_staging");
    controller.addEnvironment(remote, QStringLiteral("staging-secret-value"));
    controller.activate(client::Environment::kLocalId);
    QTRY_VERIFY(controller.localEngine());

    ui::MainWindow window;
    window.setEnvironmentController(&controller);
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;

    // The local engine's log.
    window.findChild<ui::EnvironmentBar*>()->showEngineLog();
    auto* log = window.findChild<QDialog*>(QStringLiteral("engineLogDialog"));
    QVERIFY(log);
    QVERIFY(QTest::qWaitForWindowExposed(log));
    problems << walk(log, QStringLiteral("Engine log"));
    log->close();

    // Destructive: removing an environment (Settings page).
    ui::SettingsPage* settingsPage = window.openSettings();
    auto* list = settingsPage->findChild<QListWidget*>(QStringLiteral("settingsEnvironmentList"));
    QTRY_COMPARE(list->count(), 2);
    list->setCurrentRow(1);
    settingsPage->findChild<QPushButton*>(QStringLiteral("settingsRemoveEnvironmentButton"))->click();
    QMessageBox* confirm = settingsPage->confirmation();
    QVERIFY(confirm);
    QVERIFY(QTest::qWaitForWindowExposed(confirm));
    problems << walk(confirm, QStringLiteral("Remove environment confirmation"));
    confirm->button(QMessageBox::Cancel)->click();

    // A link to a server never used before.
    window.handleArgument(QStringLiteral("https://portal.new-host.example/magicLink/"
                                         "2cbe56de-eec4-41d2-abed-90a5b82286c4_p"));
    QMessageBox* host = window.portalHostConfirmation();
    QVERIFY(host);
    QVERIFY(QTest::qWaitForWindowExposed(host));
    problems << walk(host, QStringLiteral("New server confirmation"));
    host->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// An organization with a connection, a SCIM directory with users and a group, a domain, an environment role and an
// admin-portal link, seeded through the engine's API and SCIM: every tab walked with its data (the directory's
// Users and Groups tabs too), then every destructive confirmation of the inspector (delete connection, domain, role;
// revoke a portal link, revoke all) and the role dialogs — each confirmation with Cancel as its default button.
void TestAccessibilityWalk::inspectorWithDataAndConfirmations()
{
    engine::test::EngineHarness engine;
    QVERIFY2(engine.start(), qPrintable(engine.lastError()));
    engine::test::ScimTestClient scim(engine);
    const engine::test::ScimDirectory directory = scim.createDirectory();
    QVERIFY(!directory.secret.isEmpty());
    const QString org = directory.organizationId;
    QStringList members;
    for (int n = 1; n <= 3; ++n) {
        members << scim.createUser(directory,
                                   QStringLiteral("walker%1@corp.example").arg(n),
                                   R"(,"name":{"givenName":"Walker","familyName":"Number"})");
    }
    QVERIFY(!members.contains(QString()));
    QVERIFY(!scim.createGroup(directory, QStringLiteral("Walkers"), members).isEmpty());
    QCOMPARE(engine
                 .api("POST",
                      QStringLiteral("/api/v1/organizations/%1/domains").arg(org),
                      R"({"domain":"walk.example.com"})")
                 .status,
             201);
    QCOMPARE(engine
                 .api("POST",
                      QStringLiteral("/api/v1/organizations/%1/connections").arg(org),
                      R"({"provider":"OKTA","type":"SAML"})")
                 .status,
             201);
    QCOMPARE(
        engine.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"walk_viewer","display_name":"Walk viewer"})")
            .status,
        201);

    client::ApiClient api(
        client::ClientConfig{QUrl(engine.baseUrl()), engine.clientId(), engine.clientSecret(), 10000});
    ui::OrganizationDetailView view;
    client::Organization organization;
    organization.id = org;
    organization.displayName = QStringLiteral("SCIM org");
    view.resize(1200, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOrganization(&api, organization);
    const auto table = [&view](const char* name) {
        return view.findChild<QTableView*>(QLatin1String(name));
    };
    QTRY_COMPARE_WITH_TIMEOUT(table("connectionsTable")->model()->rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(table("directoryUsersTable")->model()->rowCount(), 3, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(table("directoryGroupsTable")->model()->rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(table("domainsTable")->model()->rowCount(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(table("rolesTable")->model()->rowCount() >= 1, 15000);
    table("directoryUsersTable")->setCurrentIndex(table("directoryUsersTable")->model()->index(0, 0));
    auto* portal = view.findChild<ui::PortalLinksPanel*>();
    portal->findChild<QCheckBox*>(QStringLiteral("portalLinkSsoCheck"))->setChecked(true);
    portal->generate();
    auto* links = portal->findChild<QTableWidget*>(QStringLiteral("portalLinksTable"));
    QTRY_COMPARE_WITH_TIMEOUT(links->rowCount(), 1, 15000);

    QStringList problems;
    test::AccessibilityWalk::walkCount = 0;
    problems << walkTabs(&view, QStringLiteral("Organization with data"));
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("organizationTabs"));
    tabs->setCurrentWidget(view.panel(QStringLiteral("directories")));
    auto* memberTabs = view.findChild<QTabWidget*>(QStringLiteral("directoryMembersTabs"));
    for (int i = 0; i < memberTabs->count(); ++i) {
        memberTabs->setCurrentIndex(i);
        problems << walk(&view,
                         QStringLiteral("Organization with data › Directories › %1").arg(memberTabs->tabText(i)));
    }
    QVERIFY2(test::AccessibilityWalk::walkCount >= 8,
             qPrintable(QString::number(test::AccessibilityWalk::walkCount))); // 6 organization tabs + Users + Groups

    // The confirmations, opened from their buttons with a row selected, walked, answered with Cancel.
    const auto confirmation = [&](const QString& panelPrefix, const char* button, const QString& boxName, int row) {
        tabs->setCurrentWidget(view.panel(panelPrefix));
        QTableView* rows = view.panel(panelPrefix)->findChild<QTableView*>(panelPrefix + QStringLiteral("Table"));
        rows->setCurrentIndex(rows->model()->index(row, 0));
        auto* open = view.findChild<QToolButton*>(QLatin1String(button));
        QTRY_VERIFY(open->isEnabled());
        open->click();
        auto* box = view.findChild<QMessageBox*>(boxName);
        if (!box) {
            problems << QStringLiteral("%1 did not open %2").arg(QLatin1String(button), boxName);
            return;
        }
        QVERIFY(QTest::qWaitForWindowExposed(box));
        if (box->defaultButton() != box->button(QMessageBox::Cancel)) {
            problems << QStringLiteral("%1: the default button is not Cancel").arg(boxName);
        }
        problems << walk(box, boxName);
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!view.findChild<QMessageBox*>(boxName));
    };
    confirmation(
        QStringLiteral("connections"), "connectionDeleteButton", QStringLiteral("deleteConnectionConfirmation"), 0);
    confirmation(
        QStringLiteral("directories"), "directoryDeleteButton", QStringLiteral("deleteDirectoryConfirmation"), 0);
    confirmation(QStringLiteral("domains"), "domainDeleteButton", QStringLiteral("deleteDomainConfirmation"), 0);
    const QModelIndexList viewer = table("rolesTable")
                                       ->model()
                                       ->match(table("rolesTable")->model()->index(0, 0),
                                               Qt::DisplayRole,
                                               QStringLiteral("walk_viewer"),
                                               1,
                                               Qt::MatchExactly);
    QVERIFY(!viewer.isEmpty());
    confirmation(QStringLiteral("roles"),
                 "deleteRoleButton",
                 QStringLiteral("deleteRoleConfirmation"),
                 viewer.constFirst().row());

    // The role dialogs: new, and editing the selected role.
    for (const char* button : {"newRoleButton", "editRoleButton"}) {
        view.findChild<QToolButton*>(QLatin1String(button))->click();
        auto* dialog = view.findChild<ui::RoleEditDialog*>(QStringLiteral("roleEditDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        problems << walk(dialog, QStringLiteral("Role dialog from %1").arg(QLatin1String(button)));
        dialog->reject();
        QTRY_VERIFY(!view.findChild<ui::RoleEditDialog*>());
    }

    // The buttons added to the tabs are walked with them; the domain's Verify… dialog on its own.
    for (const char* name : {"setUpSsoButton", "newDirectoryButton", "domainVerifyButton", "portalLinksExportButton"}) {
        QVERIFY2(view.findChild<QAbstractButton*>(QLatin1String(name)), name);
    }
    tabs->setCurrentWidget(view.panel(QStringLiteral("domains")));
    table("domainsTable")->setCurrentIndex(table("domainsTable")->model()->index(0, 0));
    auto* verify = view.findChild<QToolButton*>(QStringLiteral("domainVerifyButton"));
    QTRY_VERIFY(verify->isEnabled());
    verify->click();
    ui::DomainVerifyDialog* verifyDialog = view.domainVerifyDialog();
    QVERIFY(verifyDialog);
    QVERIFY(QTest::qWaitForWindowExposed(verifyDialog));
    problems << walk(verifyDialog, QStringLiteral("Verify domain dialog"));
    verifyDialog->reject();
    QTRY_VERIFY(!view.domainVerifyDialog());

    // The portal links' modal confirmations: walked while they wait for an answer, then cancelled.
    tabs->setCurrentIndex(0);
    links->selectRow(0);
    for (const char* button : {"revokePortalLinkButton", "revokeAllPortalLinksButton"}) {
        bool seen = false;
        QTimer::singleShot(0, &view, [&problems, &seen, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) {
                return;
            }
            seen = true;
            if (box->defaultButton() != box->button(QMessageBox::Cancel)) {
                problems << QStringLiteral("%1: the default button is not Cancel").arg(box->objectName());
            }
            problems << walk(box, box->objectName().isEmpty() ? QLatin1String(button) : box->objectName());
            box->button(QMessageBox::Cancel)->click();
        });
        auto* revoke = portal->findChild<QToolButton*>(QLatin1String(button));
        QVERIFY(revoke->isEnabled());
        revoke->click();
        QVERIFY2(seen, button);
    }
    QCOMPARE(links->item(0, 3)->text(), QStringLiteral("ACTIVE")); // Cancel revoked nothing

    // The organization list's modal New… dialog and Delete… confirmation, walked while open, then cancelled.
    ui::InspectorView inspector;
    inspector.resize(1200, 820);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.setClient(&api);
    auto* organizations = inspector.findChild<QTableView*>(QStringLiteral("organizationsTable"));
    QTRY_VERIFY_WITH_TIMEOUT(organizations->model()->rowCount() > 0, 15000);
    organizations->setCurrentIndex(organizations->model()->index(0, 0));
    for (const char* button : {"newOrganizationButton", "deleteOrganizationButton"}) {
        bool seen = false;
        QTimer::singleShot(0, &inspector, [&problems, &seen, button] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal) {
                return;
            }
            seen = true;
            if (auto* box = qobject_cast<QMessageBox*>(modal);
                box && box->defaultButton() != box->button(QMessageBox::Cancel)) {
                problems << QStringLiteral("%1: the default button is not Cancel").arg(box->objectName());
            }
            problems << walk(modal, modal->objectName().isEmpty() ? QLatin1String(button) : modal->objectName());
            qobject_cast<QDialog*>(modal)->reject();
        });
        auto* open = inspector.findChild<QAbstractButton*>(QLatin1String(button));
        QTRY_VERIFY(open->isEnabled());
        open->click();
        QVERIFY2(seen, button);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestAccessibilityWalk)
#include "TestAccessibilityWalk.moc"
