#pragma once

#include "core/saml/MetadataValidator.h"
#include "ui/validator/MetadataInputPanel.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;

namespace gatehouse::ui {

class AggregatePanel;
class CertificatePanel;
class CertificateTree;
class FindingsPanel;
class SourceView;
class MessageBar;
class PolicyPanel;
class ReportSummaryBar;
class ValidationRunner;

// The metadata validator screen: input (file, URL, paste, drop), policy, and the results (summary, findings,
// certificates). Composes small widgets; validation runs off the GUI thread.
class MetadataValidatorView : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataValidatorView(QWidget* parent = nullptr);

    void openFile(const QString& path);
    void chooseFile();
    void focusUrl();
    void revalidate();
    // Stops a running validation of a large document (the small ones finish at once).
    void cancelValidation();
    void chooseExportFile();
    bool exportReport(const QString& path);
    bool isValidating() const;

    FindingsPanel* findingsPanel() const;
    SourceView* sourceView() const;
    CertificateTree* certificateTree() const;
    CertificatePanel* certificatePanel() const;
    AggregatePanel* aggregatePanel() const;
    QTabWidget* resultTabs() const;

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createInputArea();
    QWidget* createFindingsTab();
    QWidget* createCertificatesTab();
    void showFindingLine(int line);
    void showFindingForLine(int line);
    void filterEntity(const QString& entityId);
    void validateDocument(const QByteArray& document, const QString& source, MetadataInputPanel::Origin origin);
    void showReport(const core::saml::ValidationReport& report, const QString& source);
    void showError(const QString& message);

    MetadataInputPanel* m_input;
    PolicyPanel* m_policy;
    MessageBar* m_messageBar;
    ReportSummaryBar* m_summary;
    QTabWidget* m_resultTabs;
    FindingsPanel* m_findings;
    CertificateTree* m_certificates;
    SourceView* m_source;
    QLabel* m_sourceLine;
    CertificatePanel* m_certificatePanel;
    AggregatePanel* m_aggregate;
    ValidationRunner* m_runner;

    struct LastInput
    {
        QByteArray document;
        QString source;
        MetadataInputPanel::Origin origin = MetadataInputPanel::Origin::File;
    };

    std::optional<LastInput> m_lastInput;
    std::optional<core::saml::ValidationReport> m_lastReport;
    QString m_lastReportSource;
};

} // namespace gatehouse::ui
