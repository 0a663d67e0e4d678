// The accessibility walk: every top-level view of the app (each sidebar page and each tab in it), every dialog
// and every wizard page, offscreen. Fails when a focusable control has no accessible name (its own, its text, or
// its buddy label's — what a screen reader announces), when pressing Tab from the first control does not reach
// an enabled input, or when two actions of the same menu (or two menus of the menu bar) share a mnemonic.
#include "client/ApiClient.h"
#include "client/EnvironmentController.h"
#include "client/EnvironmentStore.h"
#include "client/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/environments/AddEnvironmentDialog.h"
#include "ui/inspector/OrganizationEditDialog.h"
#include "ui/environments/EnvironmentBar.h"
#include "ui/settings/SettingsPage.h"
#include "ui/validator/AggregatePanel.h"
#include "ui/validator/CertificateTree.h"
#include "ui/validator/MetadataValidatorView.h"
#include "ui/setup/DomainWizard.h"
#include "ui/setup/PortalLinkDialog.h"
#include "ui/setup/ScimSetupWizard.h"
#include "ui/webhooks/WebhookEditDialog.h"
#include "ui/wizard/SsoWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
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
#include <QVBoxLayout>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeWidget>
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

private:
    static bool isInput(const QWidget* widget);
    static bool isInternal(const QWidget* widget);
    static QString nameOf(QWidget* widget);
    // Problems of `root` as shown now: unnamed controls (all, shown or not) and enabled visible inputs Tab never
    // reaches from the first one. `where` prefixes each problem.
    static QStringList walk(QWidget* root, const QString& where);
    static QStringList walkTabs(QWidget* root, const QString& where);

    static inline int s_walks = 0;
    static inline int s_inputs = 0;
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
    m_client = std::make_unique<client::ApiClient>(
        client::ClientConfig{QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("c"), QStringLiteral("s"), 2000});
}

bool TestAccessibilityWalk::isInput(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget)
           || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
           || qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget)
           || qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QAbstractSlider*>(widget);
}

bool TestAccessibilityWalk::isInternal(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    return widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<const QComboBox*>(parent)
           || qobject_cast<const QAbstractSpinBox*>(parent) || widget->inherits("QLineEditIconButton")
           || widget->inherits("QHeaderView") || widget->inherits("QTabBar") || widget->inherits("QScrollBar")
           || widget->inherits("QToolBarExtension") || widget->inherits("QComboBoxListView")
           || widget->inherits("QCalendarWidget") || (parent && parent->inherits("QCalendarWidget"))
           || QByteArray(widget->metaObject()->className()).startsWith("QtWebEngine")
           || (parent && parent->inherits("QWebEngineView"));
}

QString TestAccessibilityWalk::nameOf(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

QStringList TestAccessibilityWalk::walk(QWidget* root, const QString& where)
{
    QStringList problems;
    ++s_walks;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    QList<QWidget*> inputs;
    for (QWidget* widget : std::as_const(widgets)) {
        if (!isInput(widget) || isInternal(widget) || widget->window() != root->window()) {
            continue;
        }
        // What is shown now (a wizard's later pages get their labels when they are initialized).
        if (widget->isVisible() && widget->focusPolicy() != Qt::NoFocus && nameOf(widget).isEmpty()) {
            problems << QStringLiteral("%1: %2 (%3) has no accessible name")
                            .arg(where, widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
        }
        if (widget->isVisible() && widget->isEnabled()) {
            ++s_inputs;
            inputs << widget;
        }
    }
    if (inputs.isEmpty()) {
        return problems;
    }
    // Tab from the first input around the window; each focused widget and its ancestors count as reached.
    QWidget* window = root->window();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window)) {
        problems << QStringLiteral("%1: window not active").arg(where);
        return problems;
    }
    QSet<QWidget*> reached;
    inputs.constFirst()->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < inputs.size() * 2 + 10; ++i) {
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
        if (reached.contains(input)) {
            continue;
        }
        // Radio buttons of one group are one tab stop (arrows move inside it).
        if (auto* radio = qobject_cast<QRadioButton*>(input); radio && radio->autoExclusive()) {
            bool groupReached = false;
            for (QRadioButton* sibling : input->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly)) {
                groupReached = groupReached || reached.contains(sibling);
            }
            if (groupReached) {
                continue;
            }
        }
        problems << QStringLiteral("%1: Tab never reaches %2 (%3, focus policy %4)")
                        .arg(where,
                             input->objectName(),
                             QString::fromLatin1(input->metaObject()->className()))
                        .arg(int(input->focusPolicy()));
    }
    return problems;
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
    s_walks = 0;
    s_inputs = 0;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QTest::qWait(50);
        problems << walkTabs(&window, navigation->item(row)->text());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Not vacuous: every page and tab was walked, with the inputs they show.
    QVERIFY2(s_walks >= navigation->count() + 3, qPrintable(QString::number(s_walks)));
    QVERIFY2(s_inputs >= 60, qPrintable(QString::number(s_inputs)));
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
                problems << QStringLiteral("%1: “%2” and “%3” share &%4").arg(where, seen.value(key), action->text(), key);
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
    s_walks = 0;
    s_inputs = 0;
    const QStringList problems = walkTabs(&view, QStringLiteral("Validator (aggregate)"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Findings, certificates and aggregate tabs plus the input tabs were walked.
    QVERIFY2(s_walks >= 4, qPrintable(QString::number(s_walks)));
    for (const char* name : {"metadataSourceView", "certificateSha256CopyButton", "certificateSha1Edit", "entityPicker",
                             "entitySearch", "showAllEntitiesButton"}) {
        auto* widget = view.findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!nameOf(widget).isEmpty(), name);
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

QTEST_MAIN(TestAccessibilityWalk)
#include "TestAccessibilityWalk.moc"
