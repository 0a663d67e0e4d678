// The tenant inspector's detail parts against a real engine started in-process: the connection state chips
// (Draft / Configured / Tested / Active / Error, from status, enabled and the newest connection test) and the
// Directories tab's users and groups (lazy paging, search, user detail with raw attributes, groups and effective
// roles), driven by objectName; the models under QAbstractItemModelTester.
#include "client/ApiClient.h"
#include "models/DirectoryTables.h"
#include "models/ResourceTables.h"
#include "tests/engine/EngineHarness.h"
#include "tests/engine/ScimTestClient.h"
#include "tests/engine/SsoTestSupport.h"
#include "engine/Engine.h"
#include "engine/sso/AttributeMapper.h"
#include "engine/sso/LoginFlow.h"
#include "ui/inspector/DirectoryMembersPanel.h"
#include "ui/inspector/OrganizationDetailView.h"
#include "ui/inspector/PortalLinksPanel.h"
#include "ui/inspector/ResourceTablePanel.h"
#include "ui/inspector/StateChipDelegate.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QSet>
#include <QTextEdit>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QAction>
#include <QFile>

using namespace gatehouse;
using engine::test::EngineHarness;
using engine::test::ScimDirectory;
using engine::test::ScimTestClient;
using engine::test::SsoTestSupport;
using models::ResourceTables;
using State = models::ResourceTables::ConnectionState;

class TestInspectorDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectionStateRules();
    void connectionStatesShowAsChips();
    void directoryUsersPageLazily();
    void directoryUsersAndGroupsSearch();
    void directoryUserDetail();
    void directoryModelsPassModelTester();
    void portalLinksGenerateCopyRevoke();
    void organizationTabsAreAccessible();

private:
    std::unique_ptr<client::ApiClient> newClient();
    QString startTest(const QString& connectionId);
    static void waitLoaded(models::PagedTableModel* model);
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString* text);
    int exchange(const QString& location);

    EngineHarness m_engine;
    std::unique_ptr<SsoTestSupport> m_sso;
    QString m_chipsOrg;
    QHash<QString, State> m_expected; // connection id → chip
    ScimDirectory m_directory;
    QString m_engineeringId;
    QString m_firstUserId;
};

std::unique_ptr<client::ApiClient> TestInspectorDetails::newClient()
{
    return std::make_unique<client::ApiClient>(
        client::ClientConfig{QUrl(m_engine.baseUrl()), m_engine.clientId(), m_engine.clientSecret(), 10000});
}

void TestInspectorDetails::waitLoaded(models::PagedTableModel* model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 15000);
}

QString TestInspectorDetails::startTest(const QString& connectionId)
{
    int status = 0;
    const QString start =
        m_sso->follow(QStringLiteral("/sso/v1/connections/") + connectionId + QStringLiteral("/test"), &status);
    return status == 302 ? SsoTestSupport::queryOf(start).queryItemValue(QStringLiteral("login")) : QString();
}

void TestInspectorDetails::initTestCase()
{
    QVERIFY2(m_engine.start(), qPrintable(m_engine.lastError()));
    m_sso = std::make_unique<SsoTestSupport>(m_engine);

    // One connection per chip.
    m_chipsOrg = m_sso->createOrganization(QStringLiteral("Chips Inc"));
    QVERIFY(!m_chipsOrg.isEmpty());
    const auto draft = m_engine.api("POST",
                                    QStringLiteral("/api/v1/organizations/%1/connections").arg(m_chipsOrg),
                                    R"({"provider":"OKTA","type":"SAML"})");
    QCOMPARE(draft.status, 201);
    m_expected.insert(draft.json()[QStringLiteral("connection")][QStringLiteral("id")].toString(), State::Draft);
    const auto saml = [this](const QString& name, bool enable) {
        return m_sso->createSamlConnection(m_chipsOrg,
                                           m_sso->certificatePem,
                                           enable,
                                           QStringLiteral("OKTA"),
                                           QStringLiteral("https://idp.example.com/") + name,
                                           QStringLiteral("https://idp.example.com/sso/") + name);
    };
    const QString configured = saml(QStringLiteral("configured"), false);
    const QString tested = saml(QStringLiteral("tested"), false);
    const QString failed = saml(QStringLiteral("failed"), false);
    const QString active = saml(QStringLiteral("active"), true);
    const QString activeFailed = saml(QStringLiteral("active-failed"), true);
    for (const QString& id : {configured, tested, failed, active, activeFailed}) {
        QVERIFY(!id.isEmpty());
    }
    m_expected.insert(configured, State::Configured);
    m_expected.insert(tested, State::Tested);
    m_expected.insert(failed, State::Error);
    m_expected.insert(active, State::Active);
    m_expected.insert(activeFailed, State::Error);

    const QString pass = startTest(tested);
    QVERIFY(!pass.isEmpty());
    engine::AttributeMapper::Input input;
    input.connectionId = tested;
    input.organizationId = m_chipsOrg;
    input.providerName = QStringLiteral("OKTA");
    input.subject = QStringLiteral("00u1abcd");
    input.attributes = {{QStringLiteral("email"), {}, {QStringLiteral("ada@chips.test")}}};
    auto passed = m_engine.engine().loginFlow().complete(pass, engine::AttributeMapper::map(input).value());
    QVERIFY(passed.ok() && passed.value().success);
    for (const QString& id : {failed, activeFailed}) {
        const QString login = startTest(id);
        QVERIFY(!login.isEmpty());
        QVERIFY(m_engine.engine()
                    .loginFlow()
                    .fail(login, QStringLiteral("invalid_saml_response"), QStringLiteral("Invalid SAML response"))
                    .ok());
    }

    // A SCIM directory with 35 users (more than one page of 30) and a group mapped to a role.
    ScimTestClient scim(m_engine);
    m_directory = scim.createDirectory();
    QVERIFY(!m_directory.secret.isEmpty());
    QStringList members;
    for (int i = 0; i < 35; ++i) {
        const QString n = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        const QByteArray extra = QStringLiteral(R"(,"name":{"givenName":"Given%1","familyName":"Family%1"},)"
                                                R"("emails":[{"value":"user%1@corp.example","primary":true}],)"
                                                R"("externalId":"ext-%1","title":"Engineer %1")")
                                     .arg(n)
                                     .toUtf8();
        const QString id = scim.createUser(m_directory, QStringLiteral("user%1@corp.example").arg(n), extra);
        QVERIFY(!id.isEmpty());
        if (i < 3) {
            members.append(id);
        }
    }
    m_firstUserId = members.first();
    m_engineeringId = scim.createGroup(m_directory, QStringLiteral("Engineering"), members);
    QVERIFY(!m_engineeringId.isEmpty());
    QVERIFY(!scim.createGroup(m_directory, QStringLiteral("Sales")).isEmpty());
    const QByteArray role = R"({"name":"auditor","display_name":"Auditor"})";
    QCOMPARE(m_engine.api("POST", QStringLiteral("/api/v1/roles"), role).status, 201);
    const QJsonObject assign{
        {QStringLiteral("role_assignments"),
         QJsonObject{{QStringLiteral("assignments"),
                      QJsonArray{QJsonObject{{QStringLiteral("group_id"), m_engineeringId},
                                             {QStringLiteral("role_name"), QStringLiteral("auditor")}}}}}}};
    const auto assigned = m_engine.api("PUT",
                                       QStringLiteral("/api/v1/organizations/%1/directories/%2/groups/-/roles:assign")
                                           .arg(m_directory.organizationId, m_directory.directoryId),
                                       QJsonDocument(assign).toJson());
    QVERIFY2(assigned.status == 200, assigned.body.constData());
}

void TestInspectorDetails::connectionStateRules()
{
    const auto state = [](const QString& status, bool enabled, const QString& lastTest) {
        QJsonObject json{{QStringLiteral("status"), status}, {QStringLiteral("enabled"), enabled}};
        if (!lastTest.isEmpty()) {
            json.insert(QStringLiteral("last_test_status"), lastTest);
        }
        return ResourceTables::connectionState(client::Connection::fromJson(json));
    };
    QCOMPARE(state(QStringLiteral("DRAFT"), false, {}), State::Draft);
    QCOMPARE(state(QStringLiteral("IN_PROGRESS"), false, {}), State::Draft);
    QCOMPARE(state(QStringLiteral("COMPLETED"), false, {}), State::Configured);
    QCOMPARE(state(QStringLiteral("COMPLETED"), false, QStringLiteral("PENDING")), State::Configured);
    QCOMPARE(state(QStringLiteral("COMPLETED"), false, QStringLiteral("SUCCESS")), State::Tested);
    QCOMPARE(state(QStringLiteral("COMPLETED"), true, QStringLiteral("SUCCESS")), State::Active);
    QCOMPARE(state(QStringLiteral("COMPLETED"), true, {}), State::Active);
    QCOMPARE(state(QStringLiteral("COMPLETED"), true, QStringLiteral("FAILURE")), State::Error);
    QCOMPARE(state(QStringLiteral("COMPLETED"), false, QStringLiteral("FAILURE")), State::Error);
    // Read leniently from the API's JSON (camelCase too).
    const QJsonObject camel{{QStringLiteral("status"), QStringLiteral("COMPLETED")},
                            {QStringLiteral("lastTestStatus"), QStringLiteral("SUCCESS")}};
    QCOMPARE(ResourceTables::connectionState(client::Connection::fromJson(camel)), State::Tested);
    QCOMPARE(ResourceTables::connectionStateLabel(State::Error), QStringLiteral("Error"));
    QVERIFY(!ResourceTables::connectionStateDescription(State::Tested).isEmpty());
}

void TestInspectorDetails::connectionStatesShowAsChips()
{
    auto api = newClient();
    ui::OrganizationDetailView view;
    client::Organization org;
    org.id = m_chipsOrg;
    org.displayName = QStringLiteral("Chips Inc");
    view.resize(1100, 700);
    view.show();
    view.setOrganization(api.get(), org);
    auto* table = view.findChild<QTableView*>(QStringLiteral("connectionsTable"));
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), m_expected.size(), 15000);
    QHash<QString, State> seen;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString id = table->model()->index(row, 0).data().toString();
        const QString label = table->model()->index(row, 1).data().toString();
        QVERIFY2(m_expected.contains(id), qPrintable(id));
        QCOMPARE(label, ResourceTables::connectionStateLabel(m_expected.value(id)));
        seen.insert(id, static_cast<State>(ui::StateChipDelegate::stateOf(table->model()->index(row, 1))));
    }
    QCOMPARE(seen, m_expected);
    // The State column is painted as a chip whose colour tells the states apart.
    auto* delegate = qobject_cast<ui::StateChipDelegate*>(table->itemDelegateForColumn(1));
    QVERIFY(delegate);
    const QPalette palette = table->palette();
    QSet<QRgb> colours;
    for (int s = 0; s <= static_cast<int>(State::Error); ++s) {
        colours.insert(ui::StateChipDelegate::chipColor(s, palette).rgb());
    }
    QCOMPARE(colours.size(), 5);
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("organizationTabs"));
    tabs->setCurrentWidget(view.panel(QStringLiteral("connections")));
    QTRY_VERIFY(table->isVisible());
    const QImage image = table->viewport()->grab().toImage();
    QVERIFY(!image.isNull());
    // The chip of each non-Draft row is drawn inside its State cell in its state's colour.
    const auto near = [](const QColor& a, const QColor& b) {
        return qAbs(a.red() - b.red()) <= 8 && qAbs(a.green() - b.green()) <= 8 && qAbs(a.blue() - b.blue()) <= 8;
    };
    const double sx = double(image.width()) / table->viewport()->width();
    const double sy = double(image.height()) / table->viewport()->height();
    bool found = true;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex cellIndex = table->model()->index(row, 1);
        const int s = ui::StateChipDelegate::stateOf(cellIndex);
        if (s == static_cast<int>(State::Draft)) {
            continue; // the palette's mid tone depends on the colour group
        }
        const QColor expected = ui::StateChipDelegate::chipColor(s, palette);
        const QRect cell = table->visualRect(cellIndex);
        bool inCell = false;
        for (int x = cell.left(); x <= cell.right() && !inCell; ++x) {
            inCell = near(image.pixelColor(int(x * sx), int(cell.center().y() * sy)), expected);
        }
        found = found && inCell;
    }
    QVERIFY2(found, "the State cell is not painted as a chip");
}

void TestInspectorDetails::directoryUsersPageLazily()
{
    auto api = newClient();
    ui::OrganizationDetailView view;
    client::Organization org;
    org.id = m_directory.organizationId;
    view.setOrganization(api.get(), org);
    auto* directories = view.findChild<QTableView*>(QStringLiteral("directoriesTable"));
    QTRY_COMPARE_WITH_TIMEOUT(directories->model()->rowCount(), 1, 15000);
    ui::DirectoryMembersPanel* members = view.directoryMembers();
    QVERIFY(members);
    QTRY_COMPARE_WITH_TIMEOUT(members->directoryId(), m_directory.directoryId, 15000); // the first is selected
    models::PagedTableModel* users = members->users();
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), models::DirectoryTables::kPageSize, 15000);
    waitLoaded(users);
    QCOMPARE(users->totalSize(), 35);
    QVERIFY(users->canFetchMore({}));
    auto* count = view.findChild<QLabel*>(QStringLiteral("directoryUsersCountLabel"));
    QVERIFY(count);
    QVERIFY2(count->text().startsWith(QStringLiteral("30 of ")), qPrintable(count->text()));
    users->fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 35, 15000);
    QVERIFY(!users->canFetchMore({}));
    QCOMPARE(users->index(0, 0).data().toString(), QStringLiteral("user00@corp.example"));
    QCOMPARE(users->index(0, 1).data().toString(), QStringLiteral("Given00 Family00"));
    QCOMPARE(users->index(0, 3).data().toString(), QStringLiteral("Engineering"));
    QCOMPARE(users->index(0, 4).data().toString(), QStringLiteral("auditor"));
    QCOMPARE(users->index(34, 0).data().toString(), QStringLiteral("user34@corp.example"));
    // Copy ID (every inspector table has it): disabled until a row is current, then copies that row's id.
    auto* copyId = view.findChild<QAbstractButton*>(QStringLiteral("directoryUsersCopyIdButton"));
    QVERIFY(copyId);
    QVERIFY(!copyId->isEnabled());
    auto* usersTable = view.findChild<QTableView*>(QStringLiteral("directoryUsersTable"));
    usersTable->setCurrentIndex(users->index(34, 2));
    QVERIFY(copyId->isEnabled());
    copyId->click();
    QCOMPARE(QApplication::clipboard()->text(), users->index(34, 6).data().toString());
    QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("diruser_")));
    QApplication::clipboard()->clear();
    usersTable->setFocus();
    usersTable->actions().constFirst()->trigger(); // Ctrl+Shift+C / context menu
    QCOMPARE(QApplication::clipboard()->text(), users->index(34, 6).data().toString());
    // Export of a directory table writes every row (CSV).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto* usersPanel = view.findChild<ui::ResourceTablePanel*>(QStringLiteral("directoryUsersPanel"));
    QSignalSpy exported(usersPanel, &ui::ResourceTablePanel::exportFinished);
    usersPanel->exportTo(dir.filePath(QStringLiteral("users.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 15000);
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    QFile csv(dir.filePath(QStringLiteral("users.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().trimmed().split('\n').size(), 36); // header + 35 users
    models::PagedTableModel* groups = members->groups();
    QTRY_COMPARE_WITH_TIMEOUT(groups->rowCount(), 2, 15000);
    QCOMPARE(groups->index(0, 0).data().toString(), QStringLiteral("Engineering"));
    QCOMPARE(groups->index(0, 1).data().toString(), QStringLiteral("3"));
    QCOMPARE(groups->index(0, 2).data().toString(), QStringLiteral("auditor"));
    // Another organization without directories empties the panel.
    client::Organization other;
    other.id = m_chipsOrg;
    view.setOrganization(api.get(), other);
    QTRY_VERIFY_WITH_TIMEOUT(members->directoryId().isEmpty(), 15000);
    QCOMPARE(users->rowCount(), 0);
    QVERIFY(!members->isEnabled());
}

void TestInspectorDetails::directoryUsersAndGroupsSearch()
{
    auto api = newClient();
    ui::DirectoryMembersPanel panel;
    panel.show();
    panel.setDirectory(api.get(), m_directory.organizationId, m_directory.directoryId);
    models::PagedTableModel* users = panel.users();
    QTRY_VERIFY_WITH_TIMEOUT(users->rowCount() >= 30, 15000); // the visible table may fetch the next page
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("directoryUserSearchEdit"));
    QVERIFY(search);
    // A user on the second engine page: the scan reads on until it finds it.
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("USER33"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 1, 15000);
    waitLoaded(users);
    QCOMPARE(users->index(0, 0).data().toString(), QStringLiteral("user33@corp.example"));
    QVERIFY(!users->canFetchMore({}));
    // By family name (debounced typing, no Enter), by external id, and by id.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("family0"));
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 10, 15000);
    waitLoaded(users);
    search->clear();
    waitLoaded(users);
    QTest::keyClicks(search, QStringLiteral("ext-12"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 1, 15000);
    QCOMPARE(users->index(0, 0).data().toString(), QStringLiteral("user12@corp.example"));
    search->clear();
    QTest::keyClicks(search, m_firstUserId);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 1, 15000);
    QCOMPARE(users->index(0, 6).data().toString(), m_firstUserId);
    // No match: the scan ends with an empty, complete list.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nobody-here"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading() && users->rowCount() == 0 && !users->hasMore(), 15000);
    QVERIFY(users->errorText().isEmpty());
    // Clearing the search lists everybody again, paged.
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(users->rowCount() >= 30 && !users->isLoading(), 15000);
    QCOMPARE(users->totalSize(), 35);

    auto* groupSearch = panel.findChild<QLineEdit*>(QStringLiteral("directoryGroupSearchEdit"));
    QVERIFY(groupSearch);
    models::PagedTableModel* groups = panel.groups();
    QTRY_COMPARE_WITH_TIMEOUT(groups->rowCount(), 2, 15000);
    QTest::keyClicks(groupSearch, QStringLiteral("sal"));
    QTest::keyClick(groupSearch, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(groups->rowCount(), 1, 15000);
    QCOMPARE(groups->index(0, 0).data().toString(), QStringLiteral("Sales"));
    QVERIFY(panel.findChild<ui::ResourceTablePanel*>(QStringLiteral("directoryGroupsPanel")));
}

void TestInspectorDetails::directoryUserDetail()
{
    auto api = newClient();
    ui::DirectoryMembersPanel panel;
    panel.show();
    QSignalSpy rolesLoaded(&panel, &ui::DirectoryMembersPanel::userRolesLoaded);
    panel.setDirectory(api.get(), m_directory.organizationId, m_directory.directoryId);
    auto* table = panel.findChild<QTableView*>(QStringLiteral("directoryUsersTable"));
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 30, 15000);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(rolesLoaded.count(), 1, 15000);
    QCOMPARE(rolesLoaded.at(0).at(0).toString(), m_firstUserId);
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("directoryUserTitle"))->text(),
             QStringLiteral("user00@corp.example"));
    // Raw attributes: the user_detail the engine sends.
    const QString raw = panel.findChild<QPlainTextEdit*>(QStringLiteral("directoryUserAttributesView"))->toPlainText();
    const QJsonObject detail = QJsonDocument::fromJson(raw.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("dp_id")).toString(), QStringLiteral("ext-00"));
    QCOMPARE(detail.value(QStringLiteral("given_name")).toString(), QStringLiteral("Given00"));
    auto* groups = panel.findChild<QListWidget*>(QStringLiteral("directoryUserGroupsList"));
    QCOMPARE(groups->count(), 1);
    QCOMPARE(groups->item(0)->text(), QStringLiteral("Engineering"));
    auto* roles = panel.findChild<QTableWidget*>(QStringLiteral("directoryUserRolesTable"));
    QCOMPARE(roles->rowCount(), 1);
    QCOMPARE(roles->item(0, 0)->text(), QStringLiteral("auditor"));
    QCOMPARE(roles->item(0, 1)->text(), QStringLiteral("Auditor"));
    QCOMPARE(roles->item(0, 2)->text(), QStringLiteral("Group"));
    QCOMPARE(roles->item(0, 3)->text(), QStringLiteral("Engineering"));
    auto* copy = panel.findChild<QAbstractButton*>(QStringLiteral("copyDirectoryUserIdButton"));
    QVERIFY(copy->isEnabled());
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), m_firstUserId);
    // A user without groups: only the environment's default role(s), marked as such.
    table->setCurrentIndex(table->model()->index(10, 0));
    QTRY_COMPARE_WITH_TIMEOUT(rolesLoaded.count(), 2, 15000);
    QCOMPARE(groups->item(0)->text(), QStringLiteral("(no groups)"));
    for (int row = 0; row < roles->rowCount(); ++row) {
        QCOMPARE(roles->item(row, 2)->text(), QStringLiteral("Default role"));
        QCOMPARE(roles->item(row, 3)->text(), QString());
    }
    if (roles->rowCount() == 0) {
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("directoryUserRolesStatus"))->text(),
                 QStringLiteral("No roles."));
    }
    // Every control is named for assistive technology.
    for (QWidget* w : panel.findChildren<QWidget*>()) {
        if (w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(&panel) && !w->objectName().startsWith(u"qt_")
            && (qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
                || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QPlainTextEdit*>(w))) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
}

void TestInspectorDetails::directoryModelsPassModelTester()
{
    auto api = newClient();
    models::PagedTableModel users(models::DirectoryTables::userHeaders());
    models::PagedTableModel groups(models::DirectoryTables::groupHeaders());
    QAbstractItemModelTester userTester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester groupTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    users.setFetcher(
        models::DirectoryTables::usersFetcher(api.get(), m_directory.organizationId, m_directory.directoryId));
    groups.setFetcher(
        models::DirectoryTables::groupsFetcher(api.get(), m_directory.organizationId, m_directory.directoryId));
    QTRY_VERIFY_WITH_TIMEOUT(users.rowCount() >= 30 && !users.isLoading(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(groups.rowCount(), 2, 15000);
    users.setFetcher(models::DirectoryTables::usersFetcher(
        api.get(), m_directory.organizationId, m_directory.directoryId, QStringLiteral("user2")));
    QTRY_VERIFY_WITH_TIMEOUT(!users.isLoading() && users.rowCount() == 10, 15000); // user20…user29
    // A wrong directory: the engine's 404 is the model's error.
    users.setFetcher(models::DirectoryTables::usersFetcher(
        api.get(), m_directory.organizationId, QStringLiteral("dir_00000000000000000")));
    QTRY_VERIFY_WITH_TIMEOUT(!users.errorText().isEmpty(), 15000);
    QCOMPARE(users.rowCount(), 0);
}

// Clicks `button` of the next message box (a confirmation shown with exec()) and records its text.
void TestInspectorDetails::answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            return;
        }
        *text = box->text();
        box->button(button)->click();
        poll->deleteLater();
    });
    poll->start();
}

int TestInspectorDetails::exchange(const QString& location)
{
    const QJsonObject body{{QStringLiteral("link"), location}};
    return m_engine
        .request("POST",
                 QStringLiteral("/api/v1/portal_sessions"),
                 QJsonDocument(body).toJson(),
                 {{"Content-Type", "application/json"}})
        .status;
}

void TestInspectorDetails::portalLinksGenerateCopyRevoke()
{
    auto api = newClient();
    ui::OrganizationDetailView view;
    client::Organization org;
    org.id = m_chipsOrg;
    view.show();
    auto* panel = view.findChild<ui::PortalLinksPanel*>(QStringLiteral("portalLinksPanel"));
    QVERIFY(panel);
    QSignalSpy loaded(panel, &ui::PortalLinksPanel::linksLoaded);
    QSignalSpy generated(panel, &ui::PortalLinksPanel::linkGenerated);
    QSignalSpy revoked(panel, &ui::PortalLinksPanel::linkRevoked);
    view.setOrganization(api.get(), org);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("portalLinksTable"));
    QCOMPARE(table->rowCount(), 0);
    auto* revokeAll = view.findChild<QAbstractButton*>(QStringLiteral("revokeAllPortalLinksButton"));
    auto* revokeOne = view.findChild<QAbstractButton*>(QStringLiteral("revokePortalLinkButton"));
    auto* generate = view.findChild<QAbstractButton*>(QStringLiteral("generatePortalLinkButton"));
    auto* sso = view.findChild<QCheckBox*>(QStringLiteral("portalLinkSsoCheck"));
    auto* dirSync = view.findChild<QCheckBox*>(QStringLiteral("portalLinkDirSyncCheck"));
    auto* shareable = view.findChild<QCheckBox*>(QStringLiteral("portalLinkShareableCheck"));
    auto* location = view.findChild<QLineEdit*>(QStringLiteral("portalLinkEdit"));
    auto* copy = view.findChild<QAbstractButton*>(QStringLiteral("copyPortalLinkButton"));
    QVERIFY(revokeAll && revokeOne && generate && sso && dirSync && shareable && location && copy);
    QVERIFY(!revokeAll->isEnabled() && !revokeOne->isEnabled() && !copy->isEnabled());
    // No feature chosen: nothing to generate.
    sso->click();
    dirSync->click();
    QVERIFY(!generate->isEnabled());
    sso->click();
    shareable->click();
    QVERIFY(generate->isEnabled());

    // A shareable SSO-only link: shown once, copied, listed without its secret, usable twice.
    generate->click();
    QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, 15000);
    const QString first = location->text();
    QVERIFY2(first.startsWith(m_engine.baseUrl() + QStringLiteral("/magicLink/")), qPrintable(first));
    QVERIFY(copy->isEnabled());
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), first);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 15000);
    const QString firstId = table->item(0, 0)->text();
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("sso"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Yes"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("ACTIVE"));
    const QString secret = first.section(u'/', -1);
    for (int c = 0; c < table->columnCount(); ++c) {
        QVERIFY(!table->item(0, c)->text().contains(secret));
    }
    QCOMPARE(exchange(first), 200);
    QCOMPARE(exchange(first), 200);

    // A second, single-use link with both features.
    shareable->click();
    dirSync->click();
    generate->click();
    QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 2, 15000);
    const QString second = location->text();
    QVERIFY(second != first);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 15000);
    int firstRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == firstId) {
            firstRow = row;
        } else {
            QCOMPARE(table->item(row, 1)->text(), QStringLiteral("sso, dir_sync"));
            QCOMPARE(table->item(row, 2)->text(), QStringLiteral("No"));
        }
    }
    QVERIFY(firstRow >= 0);

    // Revoking asks first: Cancel keeps the link, Yes revokes it (its sessions end, the link is refused).
    table->selectRow(firstRow);
    QVERIFY(revokeOne->isEnabled());
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    revokeOne->click();
    QVERIFY2(asked.contains(firstId), qPrintable(asked));
    QTest::qWait(200);
    QCOMPARE(revoked.count(), 0);
    QCOMPARE(exchange(first), 200);
    answerNextMessageBox(QMessageBox::Yes, &asked);
    revokeOne->click();
    QTRY_COMPARE_WITH_TIMEOUT(revoked.count(), 1, 15000);
    QCOMPARE(revoked.at(0).at(0).toString(), firstId);
    QCOMPARE(exchange(first), 410);
    QCOMPARE(location->text(), second); // the shown link is another one: it stays
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 4, 15000);
    bool sawRevoked = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == firstId) {
            sawRevoked = table->item(row, 3)->text() == QStringLiteral("REVOKED");
        }
    }
    QVERIFY(sawRevoked);

    // Revoke all (after confirming): the second link is refused and no longer shown.
    const int before = loaded.count();
    answerNextMessageBox(QMessageBox::Yes, &asked);
    revokeAll->click();
    QTRY_COMPARE_WITH_TIMEOUT(revoked.count(), 2, 15000);
    QCOMPARE(revoked.at(1).at(0).toString(), QString());
    QVERIFY(location->text().isEmpty());
    QVERIFY(!copy->isEnabled());
    QCOMPARE(exchange(second), 410);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > before, 15000);
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 3)->text(), QStringLiteral("REVOKED"));
    }
}

// The accessibility walk over every tab of an opened organization with its connections loaded: each focusable
// control that is shown has an accessible name, and Tab from the first control reaches every enabled one.
void TestInspectorDetails::organizationTabsAreAccessible()
{
    auto api = newClient();
    ui::OrganizationDetailView view;
    client::Organization org;
    org.id = m_chipsOrg;
    org.displayName = QStringLiteral("Chips Inc");
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOrganization(api.get(), org);
    auto* connections = view.findChild<QTableView*>(QStringLiteral("connectionsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(connections->model()->rowCount(), m_expected.size(), 15000);
    const auto isInput = [](const QWidget* w) {
        return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
               || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
               || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w)
               || qobject_cast<const QAbstractItemView*>(w);
    };
    const auto isInternal = [](const QWidget* w) {
        const QWidget* parent = w->parentWidget();
        return w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<const QComboBox*>(parent)
               || qobject_cast<const QAbstractSpinBox*>(parent) || w->inherits("QLineEditIconButton")
               || w->inherits("QHeaderView") || w->inherits("QTabBar") || w->inherits("QScrollBar");
    };
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("organizationTabs"));
    QVERIFY(tabs);
    QStringList problems;
    int walked = 0;
    view.activateWindow();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabEnabled(i)) {
            continue;
        }
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        const QString where = tabs->tabText(i).remove(u'&');
        QList<QWidget*> inputs;
        for (QWidget* w : view.findChildren<QWidget*>()) {
            if (!isInput(w) || isInternal(w) || !w->isVisible()) {
                continue;
            }
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
            if (w->focusPolicy() != Qt::NoFocus && (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())) {
                problems << QStringLiteral("%1: %2 (%3) has no accessible name")
                                .arg(where, w->objectName(), QString::fromLatin1(w->metaObject()->className()));
            }
            if (w->isEnabled()) {
                inputs << w;
            }
        }
        if (inputs.isEmpty()) {
            continue;
        }
        ++walked;
        QSet<QWidget*> reached;
        inputs.constFirst()->setFocus(Qt::TabFocusReason);
        for (int n = 0; n < inputs.size() * 2 + 10; ++n) {
            QWidget* focus = QApplication::focusWidget();
            if (!focus) {
                break;
            }
            for (QWidget* w = focus; w; w = w->parentWidget()) {
                reached.insert(w);
            }
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (QWidget* input : std::as_const(inputs)) {
            if (!reached.contains(input)) {
                problems << QStringLiteral("%1: Tab never reaches %2 (%3)")
                                .arg(where, input->objectName(), QString::fromLatin1(input->metaObject()->className()));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(walked >= 5, qPrintable(QString::number(walked))); // Overview, Connections, Directories, Domains, …
}

QTEST_MAIN(TestInspectorDetails)
#include "TestInspectorDetails.moc"
