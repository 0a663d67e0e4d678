#include "ui/validator/MetadataValidatorView.h"

#include "core/saml/ReportJson.h"
#include "ui/MessageBar.h"
#include "ui/WidgetTag.h"
#include "ui/validator/CertificateTree.h"
#include "ui/validator/FindingsPanel.h"
#include "ui/validator/PolicyPanel.h"
#include "ui/validator/ReportSummaryBar.h"
#include "ui/validator/ValidationRunner.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QMimeData>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

using core::saml::ValidationReport;

MetadataValidatorView::MetadataValidatorView(QWidget* parent)
    : QWidget(parent)
    , m_input(new MetadataInputPanel(this))
    , m_policy(new PolicyPanel(this))
    , m_messageBar(new MessageBar(this))
    , m_summary(new ReportSummaryBar(this))
    , m_resultTabs(new QTabWidget(this))
    , m_findings(new FindingsPanel(this))
    , m_certificates(new CertificateTree(this))
    , m_runner(new ValidationRunner(this))
{
    setObjectName(QStringLiteral("metadataValidatorView"));
    setAcceptDrops(true);
    tagWidget(m_input, "metadataInputPanel", tr("Metadata source"));
    tagWidget(m_policy, "policyPanel", tr("Validation policy"));
    tagWidget(m_resultTabs, "resultTabs", tr("Validation results"));
    m_resultTabs->addTab(m_findings, tr("Fin&dings"));
    m_resultTabs->addTab(m_certificates, tr("&Entities and Certificates"));

    connect(m_input, &MetadataInputPanel::documentReady, this, &MetadataValidatorView::validateDocument);
    connect(m_input, &MetadataInputPanel::failed, this, &MetadataValidatorView::showError);
    connect(m_policy, &PolicyPanel::labModeChanged, m_input, &MetadataInputPanel::setLabMode);
    connect(m_summary, &ReportSummaryBar::exportRequested, this, &MetadataValidatorView::chooseExportFile);
    connect(m_runner, &ValidationRunner::finished, this, &MetadataValidatorView::showReport);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createInputArea());
    layout->addWidget(m_messageBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_resultTabs, 1);
}

QWidget* MetadataValidatorView::createInputArea()
{
    auto* area = new QWidget(this);
    auto* sourceBox = new QGroupBox(tr("Metadata"), area);
    sourceBox->setObjectName(QStringLiteral("sourceGroup"));
    auto* sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->addWidget(m_input);
    auto* policyBox = new QGroupBox(tr("Policy"), area);
    policyBox->setObjectName(QStringLiteral("policyGroup"));
    auto* policyLayout = new QVBoxLayout(policyBox);
    policyLayout->addWidget(m_policy);
    area->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the results get the spare height
    auto* layout = new QHBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sourceBox, 3);
    layout->addWidget(policyBox, 2);
    return area;
}

void MetadataValidatorView::openFile(const QString& path)
{
    m_input->openFile(path);
}

void MetadataValidatorView::chooseFile()
{
    m_input->chooseFile();
}

void MetadataValidatorView::focusUrl()
{
    m_input->focusUrl();
}

bool MetadataValidatorView::isValidating() const
{
    return m_runner->isRunning();
}

void MetadataValidatorView::revalidate()
{
    if (!m_lastInput) {
        showError(tr("Nothing to re-validate yet: open a file, fetch a URL or paste metadata first."));
        return;
    }
    if (m_lastInput->origin == MetadataInputPanel::Origin::File) {
        m_input->openFile(m_lastInput->source); // re-read: the file may have changed on disk
        return;
    }
    const LastInput last = *m_lastInput;
    validateDocument(last.document, last.source, last.origin);
}

void MetadataValidatorView::validateDocument(const QByteArray& document,
                                             const QString& source,
                                             MetadataInputPanel::Origin origin)
{
    const auto policy = m_policy->policy();
    if (!policy.ok()) {
        showError(policy.error().message);
        return;
    }
    m_messageBar->dismiss();
    m_lastInput = LastInput{document, source, origin};
    core::saml::ValidationPolicy effective = policy.value();
    effective.remote = origin == MetadataInputPanel::Origin::Url;
    effective.now = QDateTime::currentDateTimeUtc();
    m_summary->showRunning(source);
    Q_EMIT statusMessage(tr("Validating %1…").arg(source));
    m_runner->start(document, effective, source);
}

void MetadataValidatorView::showReport(const ValidationReport& report, const QString& source)
{
    m_lastReport = report;
    m_lastReportSource = source;
    m_summary->showReport(report, source);
    m_findings->setFindings(report.findings);
    const auto policy = m_policy->policy();
    m_certificates->setMetadata(
        report.metadata, QDateTime::currentDateTimeUtc(), policy.ok() ? policy.value().expiryWarningDays : 30);
    Q_EMIT statusMessage(tr("%1: %2").arg(ReportSummaryBar::verdictText(report), ReportSummaryBar::countsText(report)));
}

void MetadataValidatorView::showError(const QString& message)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
    Q_EMIT statusMessage(message);
}

void MetadataValidatorView::chooseExportFile()
{
    if (!m_lastReport) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), QDir::home().filePath(QStringLiteral("metadata-report.json")), tr("JSON (*.json)"));
    if (!path.isEmpty()) {
        exportReport(path);
    }
}

bool MetadataValidatorView::exportReport(const QString& path)
{
    if (!m_lastReport) {
        showError(tr("There is no report to export yet."));
        return false;
    }
    const QJsonObject json =
        core::saml::ReportJson::toJson(*m_lastReport, m_lastReportSource, m_lastReport->metadata.aggregate);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_messageBar->showMessage(MessageBar::Kind::Information,
                              tr("Report exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MetadataValidatorView::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MetadataValidatorView::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.constFirst().toLocalFile());
    }
}

} // namespace gatehouse::ui
