// The main window: navigation, shortcuts, remembered geometry, and accessible names and objectNames on every
// control (objectNames are the GUI-test API).
#include "ui/MainWindow.h"
#include "ui/validator/MetadataValidatorView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using gatehouse::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sidebarListsOnlyRealPages();
    void shortcutsAreBound();
    void ctrlLFocusesUrl();
    void everyControlIsNamedAndReachable();
    void openFileArgumentValidates();
    void geometryIsRemembered();
    void rendersScreenshot();

private:
    QTemporaryDir m_settingsDir;
    QTranslator m_translator;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
    QApplication::setApplicationName(QStringLiteral("gatehouse-ui-test"));
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/gatehouse_en.qm")));
    QApplication::installTranslator(&m_translator);
}

void TestMainWindow::sidebarListsOnlyRealPages()
{
    MainWindow window;
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 6);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Organizations"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Events"));
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("Metadata validator"));
    QCOMPARE(navigation->item(3)->text(), QStringLiteral("Setup"));
    QCOMPARE(navigation->item(4)->text(), QStringLiteral("Webhooks"));
    QCOMPARE(navigation->item(5)->text(), QStringLiteral("Settings"));
    QCOMPARE(navigation->currentRow(), 0);
}

void TestMainWindow::shortcutsAreBound()
{
    MainWindow window;
    const QList<std::pair<const char*, QKeySequence>> expected{
        {"openMetadataAction", QKeySequence(Qt::CTRL | Qt::Key_O)},
        {"focusUrlAction", QKeySequence(Qt::CTRL | Qt::Key_L)},
        {"revalidateAction", QKeySequence(Qt::Key_F5)},
        {"quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {"findOrganizationAction", QKeySequence(Qt::CTRL | Qt::Key_F)},
        {"switchEnvironmentAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
    };
    for (const auto& [name, keys] : expected) {
        auto* action = window.findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action, name);
        QCOMPARE(action->shortcut(), keys);
    }
}

void TestMainWindow::ctrlLFocusesUrl()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window) || QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    auto* url = window.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), url);
}

void TestMainWindow::everyControlIsNamedAndReachable()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList missing;
    const QList<QWidget*> widgets = window.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
                                 || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
                                 || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QTabWidget*>(widget)
                                 || qobject_cast<QAbstractItemView*>(widget);
        const bool internal = widget->objectName().startsWith(QLatin1String("qt_")) // Qt's own sub-widgets
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
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestMainWindow::openFileArgumentValidates()
{
    MainWindow window;
    window.openMetadataFile(QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/invalid/weak-key.xml"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.validatorView()->isValidating(), 30000);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("verdictLabel"))->text(), QStringLiteral("Invalid"));
}

void TestMainWindow::geometryIsRemembered()
{
    {
        MainWindow window;
        window.resize(1234, 777);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    MainWindow restored;
    QCOMPARE(restored.size(), QSize(1234, 777));
}

// Renders the window with a validated report; saves the picture when GATEHOUSE_SCREENSHOT_DIR is set
// (docs/desktop.md: run under xvfb-run for real fonts).
void TestMainWindow::rendersScreenshot()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openMetadataFile(QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/invalid/weak-key.xml"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.validatorView()->isValidating(), 30000);
    const QPixmap picture = window.grab();
    QCOMPARE(picture.size(), window.size() * picture.devicePixelRatio());
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(picture.save(dir + QStringLiteral("/metadata-validator.png")));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("resultTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        QVERIFY(window.grab().save(dir + QStringLiteral("/metadata-validator-certificates.png")));
    }
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
