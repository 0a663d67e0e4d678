// The tenant inspector against a real engine started in-process and seeded through the API: the organization
// list model (lazy paging, search, QAbstractItemModelTester), the per-organization resource models, the view
// driven by objectName (search, select, tabs, export, inline errors), accessible names, and the main window
// connected to the engine as a remote environment.
#include "client/ApiClient.h"
#include "client/EnvironmentController.h"
#include "client/EnvironmentStore.h"
#include "client/SecretStore.h"
#include "models/OrganizationListModel.h"
#include "models/ResourceTables.h"
#include "tests/engine/EngineHarness.h"
#include "ui/MainWindow.h"
#include "ui/environments/AddEnvironmentDialog.h"
#include "ui/events/EventsView.h"
#include "ui/inspector/InspectorView.h"
#include "ui/inspector/OrganizationDetailView.h"
#include "ui/inspector/ResourceTablePanel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gatehouse;
using engine::test::EngineHarness;

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void organizationModelPagesLazily();
    void organizationModelPassesModelTester();
    void organizationModelSearches();
    void resourceModelsLoadPerOrganization();
    void viewSearchesSelectsAndShowsTabs();
    void exportsCsvAndJson();
    void errorsAreShownInline();
    void createsFindsAndDeletesAnOrganization();
    void everyControlIsNamed();
    void eventsViewFilters();
    void addEnvironmentDialogTestsTheConnection();
    void mainWindowConnectsToARemoteEngine();

private:
    std::unique_ptr<client::ApiClient> newClient(const QString& secret = {});
    static QStringList unnamedControls(QWidget* root);

    EngineHarness m_engine;
    QTemporaryDir m_dir;
    QTranslator m_translator;
    QString m_zetaId;
    int m_total = 0;
};

void TestInspector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/gatehouse_en.qm")));
    QApplication::installTranslator(&m_translator);
    QVERIFY2(m_engine.start(), qPrintable(m_engine.lastError()));
    // A development engine seeds its Test organization; these tests count and order their own organizations.
    const auto seeded = m_engine.api("GET", QStringLiteral("/api/v1/organizations?page_size=100"));
    for (const QJsonValue& org : seeded.json().value(QStringLiteral("organizations")).toArray()) {
        const QString id = org.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_engine.api("DELETE", QStringLiteral("/api/v1/organizations/") + id).status, 200);
    }
    for (int i = 0; i < 24; ++i) {
        const auto reply =
            m_engine.api("POST",
                         QStringLiteral("/api/v1/organizations"),
                         QStringLiteral(R"({"display_name":"Org %1"})").arg(i, 2, 10, QLatin1Char('0')).toUtf8());
        QCOMPARE(reply.status, 201);
    }
    const auto zeta =
        m_engine.api("POST",
                     QStringLiteral("/api/v1/organizations"),
                     R"({"display_name":"Zeta Widgets","external_id":"zeta-001","metadata":{"plan":"enterprise"}})");
    QCOMPARE(zeta.status, 201);
    m_zetaId = zeta.json().value(QStringLiteral("organization")).toObject().value(QStringLiteral("id")).toString();
    m_total = 25;
    QCOMPARE(m_engine
                 .api("POST",
                      QStringLiteral("/api/v1/organizations/%1/domains").arg(m_zetaId),
                      R"({"domain":"zeta.example"})")
                 .status,
             201);
    QCOMPARE(m_engine
                 .api("POST",
                      QStringLiteral("/api/v1/organizations/%1/connections").arg(m_zetaId),
                      R"({"provider":"OKTA","type":"SAML"})")
                 .status,
             201);
}

std::unique_ptr<client::ApiClient> TestInspector::newClient(const QString& secret)
{
    return std::make_unique<client::ApiClient>(client::ClientConfig{
        QUrl(m_engine.baseUrl()), m_engine.clientId(), secret.isEmpty() ? m_engine.clientSecret() : secret, 5000});
}

void TestInspector::organizationModelPagesLazily()
{
    auto api = newClient();
    models::OrganizationListModel model; // no QAbstractItemModelTester here: it calls fetchMore itself
    QSignalSpy loading(&model, &models::PagedTableModel::loadingChanged);
    model.setPageSize(10);
    model.setClient(api.get());
    QVERIFY(model.isLoading()); // never blocks: the first page arrives later
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, 10000);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.totalSize(), m_total);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 20, 10000);
    bool done = false;
    QString error;
    model.fetchAll([&](const QString& e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(model.rowCount(), m_total);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.index(0, models::OrganizationListModel::NameColumn).data().toString(), QStringLiteral("Org 00"));
    QVERIFY(model.index(0, 0).data(models::PagedTableModel::IdRole).toString().startsWith(QStringLiteral("org_")));
    QVERIFY(loading.count() >= 6);
}

void TestInspector::organizationModelPassesModelTester()
{
    auto api = newClient();
    models::OrganizationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(7);
    model.setClient(api.get());
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 7 && !model.isLoading(), 10000);
    // The tester also calls fetchMore on its own; every page still arrives exactly once.
    bool done = false;
    model.fetchAll([&done](const QString&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(model.rowCount(), m_total);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.index(row, 0).data(models::PagedTableModel::IdRole).toString());
    }
    QCOMPARE(ids.size(), m_total);
    model.setQuery(QStringLiteral("Org 2")); // Org 20 … Org 23
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == 4, 10000);
    model.setClient(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestInspector::organizationModelSearches()
{
    auto api = newClient();
    models::OrganizationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(api.get());
    model.setQuery(QStringLiteral("zeta"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == 1, 10000);
    QCOMPARE(model.organizationAt(0).id, m_zetaId);
    QCOMPARE(model.index(0, models::OrganizationListModel::ExternalIdColumn).data().toString(),
             QStringLiteral("zeta-001"));
    QCOMPARE(model.organizationAt(0).metadata.value(QStringLiteral("plan")), QStringLiteral("enterprise"));
    model.setQuery(QStringLiteral("zeta-001")); // external id
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == 1, 10000);
    model.setQuery(QStringLiteral("Org 1")); // Org 10 … Org 19
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == 10, 10000);
    model.setQuery(QString());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == m_total, 10000);
}

void TestInspector::resourceModelsLoadPerOrganization()
{
    auto api = newClient();
    using models::ResourceTables;
    const QList<std::pair<ResourceTables::Kind, int>> expected{
        {ResourceTables::Kind::Domains, 1},
        {ResourceTables::Kind::Connections, 1},
        {ResourceTables::Kind::Directories, 0},
        {ResourceTables::Kind::Events, 3}, // organization.created, domain_created, connection_created
    };
    for (const auto& [kind, rows] : expected) {
        models::PagedTableModel model(ResourceTables::headers(kind));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFetcher(ResourceTables::fetcher(kind, api.get(), m_zetaId));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QVERIFY2(model.errorText().isEmpty(), qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.columnCount(), ResourceTables::headers(kind).size());
    }
    models::PagedTableModel domains(ResourceTables::headers(ResourceTables::Kind::Domains));
    domains.setFetcher(ResourceTables::fetcher(ResourceTables::Kind::Domains, api.get(), m_zetaId));
    QTRY_COMPARE_WITH_TIMEOUT(domains.rowCount(), 1, 10000);
    QCOMPARE(domains.index(0, 0).data().toString(), QStringLiteral("zeta.example"));
    QCOMPARE(domains.index(0, 2).data().toString(), QStringLiteral("PENDING"));
    QCOMPARE(domains.index(0, 5).data().toString(), QStringLiteral("_gatehouse-challenge.zeta.example"));
}

void TestInspector::viewSearchesSelectsAndShowsTabs()
{
    auto api = newClient();
    ui::InspectorView view;
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setClient(api.get());
    auto* table = view.findChild<QTableView*>(QStringLiteral("organizationsTable"));
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("organizationSearchEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("Zeta"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!view.organizations()->isLoading() && table->model()->rowCount() == 1, 10000);
    QCOMPARE(QApplication::focusWidget(), table); // Enter moves to the results
    // Keyboard: select the first row.
    table->setCurrentIndex(table->model()->index(0, 0));
    auto* title = view.findChild<QLabel*>(QStringLiteral("organizationTitle"));
    QTRY_COMPARE(title->text(), QStringLiteral("Zeta Widgets"));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("organizationExternalIdLabel"))->text(),
             QStringLiteral("zeta-001"));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("organizationIdLabel"))->text(), m_zetaId);
    auto* metadata = view.findChild<QTableWidget*>(QStringLiteral("organizationMetadataTable"));
    QVERIFY(metadata);
    QCOMPARE(metadata->rowCount(), 1);
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("organizationTabs"));
    QVERIFY(tabs->isEnabled());
    QCOMPARE(tabs->count(), 6);
    auto* domains = view.findChild<QTableView*>(QStringLiteral("domainsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(domains->model()->rowCount(), 1, 10000);
    tabs->setCurrentWidget(view.detail()->panel(QStringLiteral("domains")));
    QCOMPARE(domains->model()->index(0, 0).data().toString(), QStringLiteral("zeta.example"));
    auto* connections = view.findChild<QTableView*>(QStringLiteral("connectionsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(connections->model()->rowCount(), 1, 10000);
    QCOMPARE(connections->model()->index(0, 1).data().toString(), QStringLiteral("Draft"));
    // The first connection is selected and its SP values are shown, each with a Copy button.
    auto* entityId = view.findChild<QLineEdit*>(QStringLiteral("spEntityIdEdit"));
    QVERIFY(entityId);
    QTRY_VERIFY(entityId->text().startsWith(m_engine.baseUrl() + QStringLiteral("/sso/v1/saml/conn_")));
    QVERIFY(view.findChild<QLineEdit*>(QStringLiteral("spAcsUrlEdit"))->text().endsWith(QStringLiteral("/acs")));
    auto* copy = view.findChild<QAbstractButton*>(QStringLiteral("spAcsUrlCopyButton"));
    QVERIFY(copy && copy->isEnabled());
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), view.findChild<QLineEdit*>(QStringLiteral("spAcsUrlEdit"))->text());
    QVERIFY(!view.findChild<QAbstractButton*>(QStringLiteral("oidcRedirectUriCopyButton"))->isEnabled());
    auto* events = view.findChild<QTableView*>(QStringLiteral("eventsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(events->model()->rowCount(), 3, 10000);
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("eventsCountLabel"))->text(), QStringLiteral("3 items"));
    // Clearing the search shows everything again and keeps the view responsive.
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!view.organizations()->isLoading() && table->model()->rowCount() > 1, 10000);
}

void TestInspector::exportsCsvAndJson()
{
    auto api = newClient();
    ui::InspectorView view;
    view.setClient(api.get());
    auto* list = view.findChild<ui::ResourceTablePanel*>(QStringLiteral("organizationsPanel"));
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(!view.organizations()->isLoading(), 10000);
    QSignalSpy finished(list, &ui::ResourceTablePanel::exportFinished);
    const QString json = m_dir.filePath(QStringLiteral("organizations.json"));
    list->exportTo(json);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonArray all = QJsonDocument::fromJson(jsonFile.readAll()).array();
    QCOMPARE(all.size(), m_total); // every page, not only the loaded ones
    QVERIFY(all.at(0).toObject().contains(QStringLiteral("display_name")));

    const QString csv = m_dir.filePath(QStringLiteral("organizations.csv"));
    list->exportTo(csv);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().split('\n');
    QCOMPARE(lines.at(0).trimmed(), QByteArray("Name,ID,External ID,Created"));
    QCOMPARE(lines.size(), m_total + 2); // header, rows, trailing newline
    QVERIFY(csvFile.fileName().endsWith(QStringLiteral(".csv")));
}

void TestInspector::errorsAreShownInline()
{
    auto api = newClient(QStringLiteral("wrong-secret"));
    ui::InspectorView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setClient(api.get());
    auto* error = view.findChild<QLabel*>(QStringLiteral("organizationsErrorLabel"));
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(QStringLiteral("Authentication failed (HTTP 401)")), qPrintable(error->text()));
    QVERIFY(!error->text().contains(QStringLiteral("wrong-secret")));
    view.setClient(nullptr);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("inspectorHint"))->isVisible());
    QVERIFY(!error->isVisible());
}

void TestInspector::createsFindsAndDeletesAnOrganization()
{
    auto api = newClient();
    ui::InspectorView view;
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setClient(api.get());
    auto* table = view.findChild<QTableView*>(QStringLiteral("organizationsTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
    auto* remove = view.findChild<QAbstractButton*>(QStringLiteral("deleteOrganizationButton"));
    QVERIFY(view.findChild<QAbstractButton*>(QStringLiteral("newOrganizationButton"))->isEnabled());
    QVERIFY(!remove->isEnabled()); // nothing selected yet
    QSignalSpy created(&view, &ui::InspectorView::organizationCreated);
    view.createOrganization(QStringLiteral("Created In Test"), QStringLiteral("ext-created"));
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
    const QString id = created.at(0).at(0).value<client::Organization>().id;
    QVERIFY(id.startsWith(QStringLiteral("org_")));
    // It is searched for and selected.
    QTRY_VERIFY_WITH_TIMEOUT(!view.organizations()->isLoading() && table->model()->rowCount() == 1, 10000);
    QTRY_COMPARE(view.findChild<QLabel*>(QStringLiteral("organizationTitle"))->text(),
                 QStringLiteral("Created In Test"));
    QCOMPARE(view.findChild<QLineEdit*>(QStringLiteral("organizationSearchEdit"))->text(), id);
    QVERIFY(remove->isEnabled());
    // A duplicate external id is refused by the engine: the reason is shown inline.
    view.createOrganization(QStringLiteral("Duplicate"), QStringLiteral("ext-created"));
    auto* message = view.findChild<QWidget*>(QStringLiteral("inspectorMessageBar"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
    QVERIFY(message->findChild<QLabel*>(QStringLiteral("messageText"))->text().contains(QStringLiteral("HTTP 409")));
    // Delete (the confirmation is the UI's; deleteSelected is what it calls).
    QSignalSpy deleted(&view, &ui::InspectorView::organizationDeleted);
    view.deleteSelected();
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
    QCOMPARE(deleted.at(0).at(0).toString(), id);
    QTRY_VERIFY_WITH_TIMEOUT(!view.organizations()->isLoading() && table->model()->rowCount() == 0, 10000);
}

QStringList TestInspector::unnamedControls(QWidget* root)
{
    QStringList missing;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
                                 || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
                                 || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QTabWidget*>(widget)
                                 || qobject_cast<QAbstractItemView*>(widget);
        const bool internal = widget->objectName().startsWith(QLatin1String("qt_"))
                              || qobject_cast<QComboBox*>(widget->parentWidget())
                              || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || widget->inherits("QTabBar")
                              || widget->inherits("QLineEditIconButton") || widget->inherits("QHeaderView")
                              || widget->inherits("QTableCornerButton");
        if (!interactive || internal) {
            continue;
        }
        if (!(widget->focusPolicy() & Qt::TabFocus)) {
            missing.append(QStringLiteral("not reachable by Tab: ") + widget->objectName());
        }
        if (widget->objectName().isEmpty() || widget->accessibleName().isEmpty()) {
            missing.append(QString::fromLatin1(widget->metaObject()->className()) + u'/' + widget->objectName());
        }
    }
    return missing;
}

void TestInspector::everyControlIsNamed()
{
    ui::InspectorView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QStringList missing = unnamedControls(&view);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestInspector::eventsViewFilters()
{
    auto api = newClient();
    ui::EventsView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QStringList missing = unnamedControls(&view);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    view.setClient(api.get());
    models::PagedTableModel* model = view.model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 10000);
    QVERIFY(model->totalSize() >= m_total + 2); // every organization.created, plus domain and connection
    QTest::keyClicks(view.findChild<QLineEdit*>(QStringLiteral("eventsOrganizationEdit")), m_zetaId);
    view.findChild<QAbstractButton*>(QStringLiteral("applyEventsFilterButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 3, 10000);
    QCOMPARE(model->index(0, 2).data().toString(), m_zetaId);
    auto* types = view.findChild<QLineEdit*>(QStringLiteral("eventTypesEdit"));
    QTest::keyClicks(types, QStringLiteral("organization.domain_created"));
    QTest::keyClick(types, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, 10000);
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("organization.domain_created"));
    // Since a time after the engine's (fixed) clock: nothing.
    view.findChild<QAbstractButton*>(QStringLiteral("eventsSinceCheck"))->click();
    view.findChild<QDateTimeEdit*>(QStringLiteral("eventsSinceEdit"))
        ->setDateTime(QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
    view.applyFilter();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 0, 10000);
    QVERIFY(model->errorText().isEmpty());
}

void TestInspector::addEnvironmentDialogTestsTheConnection()
{
    ui::AddEnvironmentDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList missing = unnamedControls(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    auto* ok = dialog.findChild<QAbstractButton*>(QStringLiteral("environmentOkButton"));
    auto* test = dialog.findChild<QAbstractButton*>(QStringLiteral("testConnectionButton"));
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("testConnectionResult"));
    QVERIFY(ok && test && result);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("environmentNameEdit")),
                     QStringLiteral("Hand-started"));
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("environmentUrlEdit"));
    QTest::keyClicks(url, QStringLiteral("http://engine.example.com"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("environmentClientIdEdit")), m_engine.clientId());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("environmentClientSecretEdit")),
                     QStringLiteral("wrong"));
    QVERIFY(!ok->isEnabled()); // plain http to a remote host is refused
    QVERIFY2(result->text().contains(QStringLiteral("https://")), qPrintable(result->text()));
    url->setText(m_engine.baseUrl());
    QVERIFY(ok->isEnabled());
    QSignalSpy finished(&dialog, &ui::AddEnvironmentDialog::testFinished);
    test->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(result->text().contains(QStringLiteral("HTTP 401")), qPrintable(result->text()));
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("environmentClientSecretEdit"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setText(m_engine.clientSecret());
    test->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QCOMPARE(result->text(), QStringLiteral("Connected: %1 organizations.").arg(m_total));
    QCOMPARE(dialog.environment().name, QStringLiteral("Hand-started"));
    QCOMPARE(dialog.environment().url, QUrl(m_engine.baseUrl()));
    QCOMPARE(dialog.environment().kind, client::Environment::Kind::GatehouseEngine);
    QCOMPARE(dialog.clientSecret(), m_engine.clientSecret());

    // Edit mode: the fields are filled, an empty secret keeps the stored one (OK enabled, Test needs a secret).
    client::Environment existing = dialog.environment();
    existing.id = QStringLiteral("env-1");
    ui::AddEnvironmentDialog edit;
    edit.setEnvironment(existing);
    QCOMPARE(edit.windowTitle(), QStringLiteral("Edit Environment"));
    QCOMPARE(edit.environment().id, QStringLiteral("env-1"));
    QCOMPARE(edit.environment().url, QUrl(m_engine.baseUrl()));
    QVERIFY(edit.clientSecret().isEmpty());
    QVERIFY(edit.findChild<QAbstractButton*>(QStringLiteral("environmentOkButton"))->isEnabled());
    QVERIFY(!edit.findChild<QAbstractButton*>(QStringLiteral("testConnectionButton"))->isEnabled());
}

void TestInspector::mainWindowConnectsToARemoteEngine()
{
    QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    client::EnvironmentStore store(&settings);
    client::MemorySecretStore secrets;
    client::LocalEngineSupervisor::Options noEngine;
    noEngine.enginePath = m_dir.filePath(QStringLiteral("missing-engine"));
    noEngine.dataDir = m_dir.filePath(QStringLiteral("local"));
    client::EnvironmentController controller(&store, &secrets, noEngine);
    ui::MainWindow window;
    window.setEnvironmentController(&controller);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("environmentCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 1); // the local environment
    // Local engine missing here: the failure is visible, inline.
    controller.activateStored();
    auto* notice = window.findChild<QWidget*>(QStringLiteral("environmentNotice"));
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);

    client::Environment remote;
    remote.name = QStringLiteral("Second engine");
    remote.kind = client::Environment::Kind::GatehouseEngine;
    remote.url = QUrl(m_engine.baseUrl());
    remote.clientId = m_engine.clientId();
    controller.addEnvironment(remote, m_engine.clientSecret());
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), client::EnvironmentController::Status::Connected, 10000);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("Second engine (Gatehouse engine)"));
    QTRY_VERIFY(!notice->isVisible());
    auto* table = window.findChild<QTableView*>(QStringLiteral("organizationsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), m_total, 10000);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("environmentStatusLabel"))
                ->text()
                .contains(QStringLiteral("Second engine")));
    const QStringList missing = unnamedControls(&window);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    // The keychain fails (headless machine): the window says so, inline, and stays connected.
    secrets.setFailure(QStringLiteral("no D-Bus session bus"));
    controller.setSecret(controller.current().id, m_engine.clientSecret());
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
    auto* noticeText = notice->findChild<QLabel*>(QStringLiteral("messageText"));
    QVERIFY(noticeText->text().contains(QStringLiteral("keychain is not available (no D-Bus session bus)")));
    QVERIFY(noticeText->text().contains(QStringLiteral("memory for this session only")));
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(), client::EnvironmentController::Status::Connected, 10000);
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        table->setCurrentIndex(table->model()->index(m_total - 1, 0));
        QTest::qWait(500);
        QVERIFY(window.grab().save(dir + QStringLiteral("/inspector.png")));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("organizationTabs"));
        tabs->setCurrentIndex(1);
        QTest::qWait(500);
        QVERIFY(window.grab().save(dir + QStringLiteral("/inspector-connections.png")));
    }
}

QTEST_MAIN(TestInspector)
#include "TestInspector.moc"
