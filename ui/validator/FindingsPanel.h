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
