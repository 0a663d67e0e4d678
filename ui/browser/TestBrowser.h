#pragma once

#include "client/Resources.h"
#include "ui/wizard/SsoApi.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QWebEngineCertificateError;
class QWebEngineNewWindowRequest;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

class CaptureBridge;
class CaptureInterceptor;
class TestOutcome;
class TraceHighlighter;
class TraceModel;

// The embedded test browser (QtWebEngine, off-the-record profile: no cookies or cache survive it). It loads the
// connection's test_connection_uri and shows the IdP's pages; an injected script (over QWebChannel) reports
// SAMLRequest / SAMLResponse / RelayState from forms, a request interceptor the redirects (HTTP-Redirect binding,
// OIDC authorize and callback; codes are never shown or logged). When the browser lands on the test result page
// the outcome is read from the test result API and shown (success with profile and raw attributes, or error,
// reason and fix), with the engine's checks. The trace panel shows each step decoded and annotated, and exports it.
// Certificate errors fail closed (the page is refused and the certificate shown); pop-ups and new windows open
// in the system browser. Against the built-in simulator, a scenario (login, error scenarios) can be chosen and
// submitted automatically, and an IdP-initiated login started.
class TestBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit TestBrowser(client::ApiClient* apiClient, QWidget* parent = nullptr);
    ~TestBrowser() override;

    void setConnection(const client::Connection& connection);
    // Loads test_connection_uri (a new test request); clears the trace.
    void startTest();
    // Loads the simulator's IdP-initiated page for this (SAML) connection.
    void startIdpInitiated();
    // A simulator scenario ("login", "bad_signature", …; empty = choose on the page) and whether to submit it.
    void setScenario(const QString& scenario, bool autoSubmit);
    QString exportTrace(const QString& path) const;
    QJsonObject traceContext() const;

    TraceModel* trace() const;
    QWebEnginePage* page() const;
    const QJsonObject& result() const;

Q_SIGNALS:
    void outcome(const QJsonObject& result);
    void certificateRejected(const QString& details);

private:
    QWidget* createToolbar();
    QWidget* createSidePanel();
    void onRequest(const QUrl& url, const QByteArray& method, bool redirect);
    void onForm(const QString& action, const QString& method, const QVariantMap& fields);
    void onLoadFinished(bool ok);
    void onCertificateError(const QWebEngineCertificateError& error);
    void onNewWindow(QWebEngineNewWindowRequest& request);
    void fetchResult(const QString& testRequestId);
    void addResultSteps(const QJsonObject& result);
    void showStep(int row);
    bool isSimulatorPage(const QUrl& url) const;

    SsoApi m_api;
    client::Connection m_connection;
    QString m_testRequestId;
    QJsonObject m_result;
    QWebEngineProfile* m_profile;
    CaptureInterceptor* m_interceptor;
    CaptureBridge* m_bridge;
    QWebEngineView* m_view;
    QWebEnginePage* m_page;
    TraceModel* m_trace;
    QLineEdit* m_address;
    QPushButton* m_startTest;
    QPushButton* m_idpInitiated;
    QComboBox* m_scenario;
    QCheckBox* m_autoSubmit;
    QPushButton* m_export;
    QLabel* m_certificate;
    TestOutcome* m_outcome;
    QListView* m_traceList;
    QLabel* m_annotations;
    QPlainTextEdit* m_detail;
    TraceHighlighter* m_highlighter;
};

} // namespace gatehouse::ui
