#pragma once

#include "core/saml/Finding.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace gatehouse::ui {

class FindingsFilterModel;
class FindingsModel;

// The findings table with its filter bar (severity, text) and a detail pane showing the selected finding's
// message, fix and location, plus a copy action.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setFindings(core::saml::Findings findings);
    void copySelectedFinding() const;
    // Selects the first finding (in the table's order) on `line`; false when none is there.
    bool selectFindingAtLine(int line);
    // Restricts the table to one entity's findings (empty: all).
    void setEntityFilter(const QString& entityId);
    QTableView* table() const;

Q_SIGNALS:
    // The selected finding's line (0 when it has none or nothing is selected).
    void currentLineChanged(int line);
    // Enter or a double click on a finding: show it in the source.
    void sourceRequested(int line);

private:
    QWidget* createFilterBar();
    void setupTable();
    void applySeverityFilter();
    void showSelectedFinding();
    const core::saml::Finding* selectedFinding() const;

    FindingsModel* m_model;
    FindingsFilterModel* m_proxy;
    QComboBox* m_severityFilter = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    QPushButton* m_copyButton = nullptr;
};

} // namespace gatehouse::ui
