#include "ui/MainWindow.h"

#include "ui/WidgetTag.h"
#include "ui/validator/MetadataValidatorView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace gatehouse::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_validator(new MetadataValidatorView(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gatehouse"));
    setWindowIcon(QIcon(QStringLiteral(":/gatehouse/icons/gatehouse.svg")));
    tagWidget(m_pages, "pageStack", tr("Current page"));
    createNavigation();
    addPage(m_validator, QIcon(QStringLiteral(":/gatehouse/icons/validator.svg")), tr("Metadata validator"));
    m_navigation->setCurrentRow(0);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 1000});
    setCentralWidget(splitter);

    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->showMessage(tr("Ready"));
    connect(m_validator, &MetadataValidatorView::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message);
    });
    restoreWindowState();
}

void MainWindow::createNavigation()
{
    tagWidget(m_navigation, "navigationList", tr("Navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setMaximumWidth(260);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
}

void MainWindow::addPage(QWidget* page, const QIcon& icon, const QString& title)
{
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::AccessibleTextRole, title);
    m_pages->addWidget(page);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction* open = fileMenu->addAction(QIcon(QStringLiteral(":/gatehouse/icons/document-open.svg")),
                                        tr("&Open Metadata File…"),
                                        m_validator,
                                        &MetadataValidatorView::chooseFile);
    open->setObjectName(QStringLiteral("openMetadataAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* exportReport =
        fileMenu->addAction(tr("&Export Report…"), m_validator, &MetadataValidatorView::chooseExportFile);
    exportReport->setObjectName(QStringLiteral("exportReportAction"));
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* validateMenu = menuBar()->addMenu(tr("&Validate"));
    validateMenu->setObjectName(QStringLiteral("validateMenu"));
    QAction* focusUrl =
        validateMenu->addAction(tr("Enter Metadata &URL"), m_validator, &MetadataValidatorView::focusUrl);
    focusUrl->setObjectName(QStringLiteral("focusUrlAction"));
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* revalidate = validateMenu->addAction(tr("&Re-validate"), m_validator, &MetadataValidatorView::revalidate);
    revalidate->setObjectName(QStringLiteral("revalidateAction"));
    revalidate->setShortcut(QKeySequence(Qt::Key_F5));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = helpMenu->addAction(tr("&About Gatehouse"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::openMetadataFile(const QString& path)
{
    m_navigation->setCurrentRow(m_pages->indexOf(m_validator));
    m_validator->openFile(path);
}

MetadataValidatorView* MainWindow::validatorView() const
{
    return m_validator;
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1100, 760);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    const int page = settings.value(kPageKey, 0).toInt();
    if (page >= 0 && page < m_navigation->count()) {
        m_navigation->setCurrentRow(page);
    }
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    // The one modal box: an explicit user request, not an error.
    QMessageBox::about(this,
                       tr("About Gatehouse"),
                       tr("<p><b>Gatehouse %1</b></p><p>Desktop admin portal for enterprise single sign-on and "
                          "directory sync. This version contains the offline SAML metadata validator.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace gatehouse::ui
