#pragma once

#include "core/saml/MetadataValidator.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gatehouse::ui {

// One line above the results: the verdict and the counts, and the export button.
class ReportSummaryBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReportSummaryBar(QWidget* parent = nullptr);

    void showIdle();
    void showRunning(const QString& source);
    void showReport(const core::saml::ValidationReport& report, const QString& source);

    static QString verdictText(const core::saml::ValidationReport& report);
    static QString countsText(const core::saml::ValidationReport& report);

Q_SIGNALS:
    void exportRequested();

private:
    QLabel* m_icon;
    QLabel* m_verdict;
    QLabel* m_details;
    QProgressBar* m_progress; // busy while a (possibly large) document is validated off the GUI thread
    QPushButton* m_exportButton;
};

} // namespace gatehouse::ui
