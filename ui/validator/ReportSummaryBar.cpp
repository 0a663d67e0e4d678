#include "ui/validator/ReportSummaryBar.h"

#include "ui/WidgetTag.h"
#include "ui/validator/FindingsModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace gatehouse::ui {

using core::saml::Severity;
using core::saml::ValidationReport;

ReportSummaryBar::ReportSummaryBar(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_details(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_exportButton(new QPushButton(tr("&Export Report…"), this))
{
    m_icon->setObjectName(QStringLiteral("verdictIcon"));
    tagWidget(m_verdict, "verdictLabel", tr("Verdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    tagWidget(m_details, "summaryLabel", tr("Summary"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tagWidget(m_exportButton, "exportReportButton", tr("Export the report as JSON"));
    connect(m_exportButton, &QPushButton::clicked, this, &ReportSummaryBar::exportRequested);
    tagWidget(m_progress, "validationProgress", tr("Validation in progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    tagWidget(m_cancelButton, "cancelValidationButton", tr("Cancel the validation"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportSummaryBar::cancelRequested);
    m_cancelButton->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_verdict);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_exportButton);
    showIdle();
}

QString ReportSummaryBar::verdictText(const ValidationReport& report)
{
    if (!report.readable) {
        return tr("Unreadable");
    }
    if (report.hasErrors()) {
        return tr("Invalid");
    }
    return report.count(Severity::Warning) > 0 ? tr("Valid with warnings") : tr("Valid");
}

QString ReportSummaryBar::countsText(const ValidationReport& report)
{
    return tr("%n error(s)", nullptr, report.count(Severity::Error)) + QStringLiteral(", ")
           + tr("%n warning(s)", nullptr, report.count(Severity::Warning)) + QStringLiteral(", ")
           + tr("%n note(s)", nullptr, report.count(Severity::Info));
}

void ReportSummaryBar::showIdle()
{
    m_icon->clear();
    m_verdict->setText(tr("No metadata validated yet"));
    m_details->clear();
    m_progress->hide();
    m_cancelButton->hide();
    m_exportButton->setEnabled(false);
}

void ReportSummaryBar::showRunning(const QString& source, bool withProgress)
{
    m_icon->clear();
    m_verdict->setText(tr("Validating…"));
    m_details->setText(source);
    if (withProgress) {
        m_progress->setRange(0, 100);
        m_progress->setValue(0);
        m_progress->setTextVisible(true);
    } else {
        m_progress->setRange(0, 0);
        m_progress->setTextVisible(false);
    }
    m_progress->show();
    m_cancelButton->setVisible(withProgress);
    m_cancelButton->setEnabled(withProgress);
    m_exportButton->setEnabled(false);
}

void ReportSummaryBar::setProgress(int percent)
{
    if (m_progress->maximum() > 0) {
        m_progress->setValue(percent);
        m_progress->setAccessibleDescription(tr("%1% validated").arg(percent));
    }
}

void ReportSummaryBar::showCancelled(const QString& source)
{
    m_icon->clear();
    m_verdict->setText(tr("Validation cancelled"));
    m_details->setText(source);
    m_progress->hide();
    m_cancelButton->hide();
    m_exportButton->setEnabled(false);
}

void ReportSummaryBar::showReport(const ValidationReport& report, const QString& source)
{
    const Severity worst = report.hasErrors() || !report.readable ? Severity::Error
                           : report.count(Severity::Warning) > 0  ? Severity::Warning
                                                                  : Severity::Info;
    m_progress->hide();
    m_cancelButton->hide();
    const int size = fontMetrics().height();
    m_icon->setPixmap(FindingsModel::severityIcon(worst).pixmap(size, size));
    m_verdict->setText(verdictText(report));
    m_details->setText(tr("%1 — %n entity(ies) in %2", nullptr, static_cast<int>(report.metadata.entities.size()))
                           .arg(countsText(report), source));
    m_exportButton->setEnabled(true);
}

} // namespace gatehouse::ui
