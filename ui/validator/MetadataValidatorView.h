#pragma once

#include "core/saml/MetadataValidator.h"
#include "ui/validator/MetadataInputPanel.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QTabWidget;

namespace gatehouse::ui {

class CertificateTree;
class FindingsPanel;
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
    void chooseExportFile();
    bool exportReport(const QString& path);
    bool isValidating() const;

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createInputArea();
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
