#include "ui/inspector/ResourceTablePanel.h"

#include "models/PagedTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

ResourceTablePanel::ResourceTablePanel(models::PagedTableModel* model,
                                       const QString& objectPrefix,
                                       const QString& accessibleName,
                                       QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_copyId(new QToolButton(this))
    , m_title(accessibleName)
{
    setObjectName(objectPrefix + QStringLiteral("Panel"));
    m_table->setObjectName(objectPrefix + QStringLiteral("Table"));
    m_table->setAccessibleName(accessibleName);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(160);
    m_table->setWordWrap(false);

    m_progress->setObjectName(objectPrefix + QStringLiteral("Progress"));
    m_progress->setAccessibleName(tr("Loading %1").arg(accessibleName));
    m_progress->setRange(0, 0); // busy indicator
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_count->setObjectName(objectPrefix + QStringLiteral("CountLabel"));
    m_error->setObjectName(objectPrefix + QStringLiteral("ErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setVisible(false);

    m_refresh->setObjectName(objectPrefix + QStringLiteral("RefreshButton"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setAccessibleName(tr("Refresh %1").arg(accessibleName));
    m_refresh->setFocusPolicy(Qt::StrongFocus);
    m_export->setObjectName(objectPrefix + QStringLiteral("ExportButton"));
    m_export->setText(tr("Export…"));
    m_export->setAccessibleName(tr("Export %1 to CSV or JSON").arg(accessibleName));
    m_export->setFocusPolicy(Qt::StrongFocus);
    m_copyId->setObjectName(objectPrefix + QStringLiteral("CopyIdButton"));
    m_copyId->setText(tr("Copy ID"));
    m_copyId->setAccessibleName(tr("Copy the ID of the selected row of %1").arg(accessibleName));
    m_copyId->setFocusPolicy(Qt::StrongFocus);
    m_copyId->setEnabled(false);
    connect(m_copyId, &QToolButton::clicked, this, &ResourceTablePanel::copySelectedId);
    auto* copyAction = new QAction(tr("Copy ID"), m_table);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &ResourceTablePanel::copySelectedId);
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_copyId->setEnabled(m_table->selectionModel()->currentIndex().isValid());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_copyId->setEnabled(false); });
    connect(m_refresh, &QToolButton::clicked, m_model, &models::PagedTableModel::reload);
    connect(m_export, &QToolButton::clicked, this, &ResourceTablePanel::chooseExportFile);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_copyId);
    bar->addWidget(m_refresh);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addLayout(bar);

    connect(m_model, &models::PagedTableModel::loadingChanged, this, &ResourceTablePanel::updateStatus);
    connect(m_model, &models::PagedTableModel::errorChanged, this, &ResourceTablePanel::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResourceTablePanel::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResourceTablePanel::updateStatus);
    updateStatus();
}

models::PagedTableModel* ResourceTablePanel::model() const
{
    return m_model;
}

QTableView* ResourceTablePanel::table() const
{
    return m_table;
}

void ResourceTablePanel::addDetailWidget(QWidget* widget)
{
    static_cast<QVBoxLayout*>(layout())->addWidget(widget);
}

bool ResourceTablePanel::copySelectedId()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString id = current.isValid() ? current.data(models::PagedTableModel::IdRole).toString() : QString();
    if (id.isEmpty()) {
        return false;
    }
    QApplication::clipboard()->setText(id);
    return true;
}

void ResourceTablePanel::updateStatus()
{
    m_progress->setVisible(m_model->isLoading());
    const QString error = m_model->errorText();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    const int rows = m_model->rowCount();
    const qint64 total = m_model->totalSize();
    if (m_model->isLoading() && rows == 0) {
        m_count->setText(tr("Loading…"));
    } else if (total > rows) {
        m_count->setText(tr("%1 of %n", nullptr, static_cast<int>(total)).arg(rows));
    } else if (m_model->hasMore()) {
        m_count->setText(tr("%n shown, more available", nullptr, rows));
    } else {
        m_count->setText(tr("%n item(s)", nullptr, rows));
    }
    m_count->setAccessibleName(m_count->text());
}

void ResourceTablePanel::chooseExportFile()
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(m_title), QString(), tr("CSV files (*.csv);;JSON files (*.json)"), &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    QString target = path;
    if (!target.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
        && !target.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        target += selectedFilter.contains(QStringLiteral("csv")) ? QStringLiteral(".csv") : QStringLiteral(".json");
    }
    exportTo(target);
}

void ResourceTablePanel::exportTo(const QString& path)
{
    m_export->setEnabled(false);
    m_model->fetchAll([this, path](const QString& loadError) {
        m_export->setEnabled(true);
        if (!loadError.isEmpty()) {
            Q_EMIT exportFinished(path, loadError);
            return;
        }
        QSaveFile file(path);
        const QByteArray bytes = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
                                     ? m_model->toCsv().toUtf8()
                                     : QJsonDocument(m_model->toJson()).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            Q_EMIT exportFinished(path, tr("Could not write %1: %2").arg(path, file.errorString()));
            return;
        }
        Q_EMIT exportFinished(path, {});
    });
}

} // namespace gatehouse::ui
