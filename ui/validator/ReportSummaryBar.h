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
    // withProgress: the bar shows a percentage (setProgress) and Cancel is offered; otherwise it is only busy.
    void showRunning(const QString& source, bool withProgress = false);
    void setProgress(int percent);
    void showCancelled(const QString& source);
    void showReport(const core::saml::ValidationReport& report, const QString& source);

    static QString verdictText(const core::saml::ValidationReport& report);
    static QString countsText(const core::saml::ValidationReport& report);

Q_SIGNALS:
    void exportRequested();
    void cancelRequested();

private:
    QLabel* m_icon;
    QLabel* m_verdict;
    QLabel* m_details;
    QProgressBar* m_progress; // busy, or a percentage for large documents, while validating off the GUI thread
    QPushButton* m_cancelButton;
    QPushButton* m_exportButton;
};

} // namespace gatehouse::ui
