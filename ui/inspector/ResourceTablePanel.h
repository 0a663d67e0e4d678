#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

namespace gatehouse::models {
class PagedTableModel;
}

namespace gatehouse::ui {

// A table over a PagedTableModel with what every inspector list needs: a busy indicator while a page loads,
// the row count ("12 of 340"), the error inline, Refresh, and Export to CSV or JSON (all pages).
// objectNames: <prefix>Table, <prefix>Progress, <prefix>CountLabel, <prefix>ErrorLabel, <prefix>RefreshButton,
// <prefix>ExportButton, <prefix>CopyIdButton (copies the selected row's id; also Ctrl+Shift+C in the table and its
// context menu).
class ResourceTablePanel : public QWidget
{
    Q_OBJECT

public:
    ResourceTablePanel(models::PagedTableModel* model,
                       const QString& objectPrefix,
                       const QString& accessibleName,
                       QWidget* parent = nullptr);

    models::PagedTableModel* model() const;
    QTableView* table() const;
    // Loads every page, then writes CSV (".csv") or JSON (anything else). Reports through exportFinished.
    void exportTo(const QString& path);
    void chooseExportFile();
    // Shows `widget` below the table (e.g. details of the selected row).
    void addDetailWidget(QWidget* widget);
    // Copies the id of the current row (PagedTableModel::IdRole) to the clipboard; false when none.
    bool copySelectedId();

Q_SIGNALS:
    void exportFinished(const QString& path, const QString& error);

private:
    void updateStatus();

    models::PagedTableModel* m_model;
    QTableView* m_table;
    QProgressBar* m_progress;
    QLabel* m_count;
    QLabel* m_error;
    QToolButton* m_refresh;
    QToolButton* m_export;
    QToolButton* m_copyId;
    QString m_title;
};

} // namespace gatehouse::ui
