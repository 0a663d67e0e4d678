#include "ui/validator/MetadataValidatorView.h"

#include "core/saml/ReportJson.h"
#include "ui/MessageBar.h"
#include "ui/WidgetTag.h"
#include "ui/validator/AggregatePanel.h"
#include "ui/validator/CertificatePanel.h"
#include "ui/validator/CertificateTree.h"
#include "ui/validator/FindingsPanel.h"
#include "ui/validator/PolicyPanel.h"
#include "ui/validator/ReportSummaryBar.h"
#include "ui/validator/SourceView.h"
#include "ui/validator/ValidationRunner.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMimeData>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
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
    , m_source(new SourceView(this))
    , m_sourceLine(new QLabel(this))
    , m_certificatePanel(new CertificatePanel(this))
    , m_aggregate(new AggregatePanel(this))
    , m_runner(new ValidationRunner(this))
{
    setObjectName(QStringLiteral("metadataValidatorView"));
    setAcceptDrops(true);
    tagWidget(m_input, "metadataInputPanel", tr("Metadata source"));
    tagWidget(m_policy, "policyPanel", tr("Validation policy"));
    tagWidget(m_resultTabs, "resultTabs", tr("Validation results"));
    m_resultTabs->addTab(createFindingsTab(), tr("Fin&dings"));
    m_resultTabs->addTab(createCertificatesTab(), tr("&Entities and Certificates"));
    m_resultTabs->addTab(m_aggregate, tr("A&ggregate"));
    m_resultTabs->setTabVisible(m_resultTabs->indexOf(m_aggregate), false); // only for aggregates

    connect(m_input, &MetadataInputPanel::documentReady, this, &MetadataValidatorView::validateDocument);
    connect(m_input, &MetadataInputPanel::failed, this, &MetadataValidatorView::showError);
    connect(m_policy, &PolicyPanel::labModeChanged, m_input, &MetadataInputPanel::setLabMode);
    connect(m_summary, &ReportSummaryBar::exportRequested, this, &MetadataValidatorView::chooseExportFile);
    connect(m_runner, &ValidationRunner::finished, this, &MetadataValidatorView::showReport);
    connect(m_runner, &ValidationRunner::started, m_summary, &ReportSummaryBar::showRunning);
    connect(m_runner, &ValidationRunner::progressChanged, m_summary, &ReportSummaryBar::setProgress);
    connect(m_runner, &ValidationRunner::cancelled, this, [this](const QString& source) {
        m_summary->showCancelled(source);
        Q_EMIT statusMessage(tr("Validation of %1 cancelled.").arg(source));
    });
    connect(m_summary, &ReportSummaryBar::cancelRequested, this, &MetadataValidatorView::cancelValidation);
    connect(m_findings, &FindingsPanel::currentLineChanged, this, &MetadataValidatorView::showFindingLine);
    connect(m_findings, &FindingsPanel::sourceRequested, this, [this](int line) {
        showFindingLine(line);
        m_source->setFocus(Qt::OtherFocusReason);
    });
    connect(m_source, &SourceView::lineActivated, this, &MetadataValidatorView::showFindingForLine);
    connect(
        m_certificates, &CertificateTree::certificateSelected, this, [this](const core::x509::CertificateInfo* info) {
            if (info) {
                m_certificatePanel->showCertificate(*info, m_certificates->now(), m_certificates->warningDays());
            } else {
                m_certificatePanel->clear();
            }
        });
    connect(m_aggregate, &AggregatePanel::entitySelected, this, &MetadataValidatorView::filterEntity);

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

QWidget* MetadataValidatorView::createFindingsTab()
{
    tagWidget(m_sourceLine, "sourceLineLabel", tr("Highlighted line"));
    m_sourceLine->setText(tr("Source (Enter on a line shows its finding)"));
    auto* sourceArea = new QWidget(this);
    auto* sourceLayout = new QVBoxLayout(sourceArea);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_sourceLine);
    sourceLayout->addWidget(m_source, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("findingsSourceSplitter"));
    splitter->addWidget(m_findings);
    splitter->addWidget(sourceArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QWidget* MetadataValidatorView::createCertificatesTab()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("certificatesSplitter"));
    splitter->addWidget(m_certificates);
    splitter->addWidget(m_certificatePanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void MetadataValidatorView::showFindingLine(int line)
{
    m_source->highlightLine(line);
    const QString text = m_source->highlightedLine() > 0
                             ? tr("Source — line %1 highlighted (Enter on a line shows its finding)").arg(line)
                             : tr("Source (Enter on a line shows its finding)");
    m_sourceLine->setText(text);
    m_sourceLine->setAccessibleDescription(text);
}

void MetadataValidatorView::showFindingForLine(int line)
{
    if (m_findings->selectFindingAtLine(line)) {
        m_findings->table()->setFocus(Qt::OtherFocusReason);
    } else {
        Q_EMIT statusMessage(tr("No finding on line %1.").arg(line));
    }
}

void MetadataValidatorView::filterEntity(const QString& entityId)
{
    m_findings->setEntityFilter(entityId);
    m_certificates->setEntityFilter(entityId);
    Q_EMIT statusMessage(entityId.isEmpty() ? tr("Showing all entities")
                                            : tr("Showing the findings and certificates of %1").arg(entityId));
}

FindingsPanel* MetadataValidatorView::findingsPanel() const
{
    return m_findings;
}

SourceView* MetadataValidatorView::sourceView() const
{
    return m_source;
}

CertificateTree* MetadataValidatorView::certificateTree() const
{
    return m_certificates;
}

CertificatePanel* MetadataValidatorView::certificatePanel() const
{
    return m_certificatePanel;
}

AggregatePanel* MetadataValidatorView::aggregatePanel() const
{
    return m_aggregate;
}

QTabWidget* MetadataValidatorView::resultTabs() const
{
    return m_resultTabs;
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

void MetadataValidatorView::cancelValidation()
{
    if (m_runner->isStreaming()) {
        m_runner->cancel();
        Q_EMIT statusMessage(tr("Cancelling the validation…"));
    }
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
    Q_EMIT statusMessage(tr("Validating %1…").arg(source));
    m_runner->start(document, effective, source);
}

void MetadataValidatorView::showReport(const ValidationReport& report, const QString& source)
{
    m_lastReport = report;
    m_lastReportSource = source;
    m_summary->showReport(report, source);
    // The source first: setting the findings selects the first one, which highlights its line.
    m_source->showDocument(m_lastInput && m_lastInput->source == source ? m_lastInput->document : QByteArray());
    m_findings->setEntityFilter(QString());
    m_findings->setFindings(report.findings);
    const auto policy = m_policy->policy();
    m_certificates->setMetadata(
        report.metadata, QDateTime::currentDateTimeUtc(), policy.ok() ? policy.value().expiryWarningDays : 30);
    m_certificatePanel->clear();
    const bool aggregate = report.metadata.aggregate;
    if (aggregate) {
        m_aggregate->setReport(report);
    } else {
        m_aggregate->clear();
    }
    m_resultTabs->setTabVisible(m_resultTabs->indexOf(m_aggregate), aggregate);
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
