#include "ui/browser/TestBrowser.h"

#include "ui/WidgetTag.h"
#include "ui/browser/CaptureBridge.h"
#include "ui/browser/CaptureInterceptor.h"
#include "ui/browser/TestOutcome.h"
#include "ui/browser/TraceDecoder.h"
#include "ui/browser/TraceHighlighter.h"
#include "ui/browser/TraceModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QSslCertificate>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineCertificateError>
#include <QWebEngineNewWindowRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

Q_LOGGING_CATEGORY(lcTestBrowser, "gatehouse.ui.testbrowser")

namespace gatehouse::ui {

namespace {
QString readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QRegularExpression& resultPath()
{
    static const QRegularExpression re(
        QStringLiteral("/sso/v1/connections/(conn_[0-9A-Za-z]+)/test-requests/(test_[0-9A-Za-z]+)$"));
    return re;
}

QString certificateText(const QWebEngineCertificateError& error)
{
    QString text = QCoreApplication::translate("gatehouse::ui::TestBrowser", "Refused %1: %2. The page was not loaded.")
                       .arg(error.url().toDisplayString(), error.description());
    for (const QSslCertificate& cert : error.certificateChain()) {
        text += QCoreApplication::translate("gatehouse::ui::TestBrowser",
                                            "\n• Subject: %1\n  Issuer: %2\n  Valid: %3 – %4\n  SHA-256: %5")
                    .arg(cert.subjectDisplayName(),
                         cert.issuerDisplayName(),
                         cert.effectiveDate().toString(Qt::ISODate),
                         cert.expiryDate().toString(Qt::ISODate),
                         QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':')));
    }
    return text;
}
} // namespace

TestBrowser::TestBrowser(client::ApiClient* apiClient, QWidget* parent)
    : QWidget(parent)
    , m_api(apiClient)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_interceptor(new CaptureInterceptor(this))
    , m_bridge(new CaptureBridge(this))
    , m_view(new QWebEngineView(this))
    , m_page(new QWebEnginePage(m_profile, this))
    , m_trace(new TraceModel(this))
{
    setObjectName(QStringLiteral("testBrowser"));
    setAccessibleName(tr("Connection test browser"));
    setWindowTitle(tr("Test Connection"));
    resize(1200, 800);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);

    QWebEngineScript script;
    script.setName(QStringLiteral("gatehouse-capture"));
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::MainWorld);
    script.setRunsOnSubFrames(false);
    script.setSourceCode(readResource(QStringLiteral(":/qtwebchannel/qwebchannel.js"))
                         + readResource(QStringLiteral(":/gatehouse/browser/capture.js")));
    m_page->scripts().insert(script);
    auto* channel = new QWebChannel(m_page);
    channel->registerObject(QStringLiteral("gatehouseCapture"), m_bridge);
    m_page->setWebChannel(channel, QWebEngineScript::MainWorld);
    m_view->setPage(m_page);
    tagWidget(m_view, "browserView", tr("Identity provider pages"));
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_view->setMinimumSize(480, 360);

    connect(m_interceptor, &CaptureInterceptor::mainFrameRequest, this, &TestBrowser::onRequest);
    connect(m_bridge, &CaptureBridge::formSubmitted, this, &TestBrowser::onForm);
    connect(m_page, &QWebEnginePage::loadFinished, this, &TestBrowser::onLoadFinished);
    connect(m_page, &QWebEnginePage::urlChanged, this, [this](const QUrl& url) {
        m_address->setText(TraceDecoder::redactedUrl(url));
    });
    connect(m_page, &QWebEnginePage::certificateError, this, &TestBrowser::onCertificateError);
    connect(m_page, &QWebEnginePage::newWindowRequested, this, &TestBrowser::onNewWindow);

    QWidget* toolbar = createToolbar(); // first: the natural Tab order starts at the address
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    QWidget* side = createSidePanel();
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_certificate);
    layout->addWidget(splitter, 1);
    // Keyboard: the page comes last in the Tab chain. Once the focus is inside a page, Tab moves between the page's
    // own fields (Chromium), so the result, the trace and the decoded step must be reachable before it.
    QWidget::setTabOrder(m_export, m_certificate);
    QWidget* previous = m_certificate;
    for (QWidget* widget : side->findChildren<QWidget*>()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()) {
            QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
    }
    QWidget::setTabOrder(previous, m_view);
}

TestBrowser::~TestBrowser()
{
    // The page must go before its profile.
    delete m_page;
    m_page = nullptr;
}

QWidget* TestBrowser::createToolbar()
{
    auto* bar = new QWidget(this);
    m_address = new QLineEdit(bar);
    tagWidget(m_address, "browserAddressEdit", tr("Address (codes and tokens hidden)"));
    m_address->setReadOnly(true);
    m_startTest = new QPushButton(tr("&Test Again"), bar);
    tagWidget(m_startTest, "startTestButton", tr("Start a new SP-initiated test"));
    m_idpInitiated = new QPushButton(tr("&IdP-Initiated"), bar);
    tagWidget(m_idpInitiated, "idpInitiatedButton", tr("Start an IdP-initiated login at the simulator"));
    m_scenario = new QComboBox(bar);
    tagWidget(m_scenario, "scenarioCombo", tr("Simulator scenario"));
    m_scenario->addItem(tr("Scenario: choose on the simulator page"), QString());
    const QList<QPair<QString, QString>> scenarios{
        {QStringLiteral("login"), tr("User login (success)")},
        {QStringLiteral("bad_signature"), tr("Error: bad signature")},
        {QStringLiteral("expired_assertion"), tr("Error: expired assertion")},
        {QStringLiteral("wrong_audience"), tr("Error: wrong audience")},
        {QStringLiteral("missing_email"), tr("Error: missing email")},
        {QStringLiteral("idp_error_status"), tr("Error: IdP error status")},
        {QStringLiteral("unsigned_response"), tr("Error: unsigned response")},
        {QStringLiteral("wrong_issuer"), tr("Error: wrong issuer")},
        {QStringLiteral("replayed_assertion"), tr("Error: replayed assertion")}};
    for (const auto& [value, label] : scenarios) {
        m_scenario->addItem(label, value);
    }
    m_autoSubmit = new QCheckBox(tr("S&ubmit automatically"), bar);
    tagWidget(m_autoSubmit, "autoSubmitCheck", tr("Submit the simulator's form automatically"));
    m_export = new QPushButton(tr("E&xport Trace…"), bar);
    tagWidget(m_export, "exportTraceButton", tr("Export the trace to a file"));
    connect(m_startTest, &QPushButton::clicked, this, &TestBrowser::startTest);
    connect(m_idpInitiated, &QPushButton::clicked, this, &TestBrowser::startIdpInitiated);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Trace"), QStringLiteral("sso-trace.json"), tr("JSON (*.json);;Text (*.txt)"));
        if (!path.isEmpty()) {
            const QString error = exportTrace(path);
            m_annotations->setText(error.isEmpty() ? tr("Trace exported to %1.").arg(path) : error);
        }
    });
    m_certificate = new QLabel(this);
    tagWidget(m_certificate, "certificateErrorLabel", tr("Certificate error"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_certificate->hide();
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_address, 1);
    layout->addWidget(m_startTest);
    layout->addWidget(m_idpInitiated);
    layout->addWidget(m_scenario);
    layout->addWidget(m_autoSubmit);
    layout->addWidget(m_export);
    return bar;
}

QWidget* TestBrowser::createSidePanel()
{
    auto* side = new QSplitter(Qt::Vertical, this);
    m_outcome = new TestOutcome(side);
    m_outcome->setObjectName(QStringLiteral("testOutcome"));
    m_traceList = new QListView(side);
    tagWidget(m_traceList, "traceList", tr("Trace steps"));
    m_traceList->setModel(m_trace);
    m_traceList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* detailBox = new QWidget(side);
    m_annotations = new QLabel(detailBox);
    tagWidget(m_annotations, "traceAnnotationsLabel", tr("Notes on the selected step"));
    m_annotations->setWordWrap(true);
    m_annotations->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail = new QPlainTextEdit(detailBox);
    tagWidget(m_detail, "traceDetail", tr("Selected step, decoded"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new TraceHighlighter(m_detail->document());
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_annotations);
    detailLayout->addWidget(m_detail, 1);
    connect(m_trace, &QAbstractItemModel::modelReset, this, [this] { showStep(-1); });
    connect(m_traceList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        showStep(i.row());
    });
    side->addWidget(m_outcome);
    side->addWidget(m_traceList);
    side->addWidget(detailBox);
    side->setStretchFactor(0, 2);
    side->setStretchFactor(1, 1);
    side->setStretchFactor(2, 3);
    return side;
}

void TestBrowser::setConnection(const client::Connection& connection)
{
    m_connection = connection;
    m_idpInitiated->setEnabled(connection.type.compare(QStringLiteral("SAML"), Qt::CaseInsensitive) == 0);
    setWindowTitle(tr("Test Connection — %1").arg(connection.id));
}

void TestBrowser::setScenario(const QString& scenario, bool autoSubmit)
{
    const int index = m_scenario->findData(scenario);
    m_scenario->setCurrentIndex(index < 0 ? 0 : index);
    m_autoSubmit->setChecked(autoSubmit);
}

void TestBrowser::startTest()
{
    m_trace->clear();
    m_certificate->hide();
    m_result = {};
    m_testRequestId.clear();
    if (m_connection.testConnectionUri.isEmpty()) {
        m_outcome->setPending(tr("This connection has no test URI."));
        return;
    }
    m_outcome->setPending(tr("Waiting for the sign-in to finish…"));
    m_page->load(QUrl(m_connection.testConnectionUri));
}

void TestBrowser::startIdpInitiated()
{
    // The simulator lives under the environment's base URL (which may carry a path behind a reverse proxy).
    QUrl url = m_api.client() ? m_api.client()->config().baseUrl
                              : QUrl(m_connection.testConnectionUri).adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0)
                + QStringLiteral("/simulator/saml/idp-initiated"));
    url.setQuery(QUrlQuery{{QStringLiteral("connection_id"), m_connection.id}});
    m_trace->clear();
    m_certificate->hide();
    m_result = {};
    m_testRequestId.clear();
    m_outcome->setPending(tr("IdP-initiated login: the SAML trace shows what the IdP sent; the service provider "
                             "then redirects to the application (no test result is stored)."));
    m_page->load(url);
}

bool TestBrowser::isSimulatorPage(const QUrl& url) const
{
    const QUrl base(m_connection.testConnectionUri);
    return url.host() == base.host() && url.port() == base.port() && url.path().contains(QStringLiteral("/simulator/"));
}

void TestBrowser::onRequest(const QUrl& url, const QByteArray& method, bool redirect)
{
    TraceStep nav;
    nav.time = QDateTime::currentDateTimeUtc();
    nav.kind = QStringLiteral("navigation");
    nav.url = TraceDecoder::redactedUrl(url);
    nav.title =
        (redirect ? tr("Redirect: %1 %2") : tr("%1 %2")).arg(QString::fromLatin1(method), url.host() + url.path());
    m_trace->append(nav);
    const QUrlQuery query(url);
    for (const char* name : {"SAMLRequest", "SAMLResponse"}) {
        const QString key = QLatin1String(name);
        if (query.hasQueryItem(key)) {
            TraceStep step = TraceDecoder::samlMessage(key, query.queryItemValue(key, QUrl::FullyDecoded), true);
            step.url = nav.url;
            if (query.hasQueryItem(QStringLiteral("RelayState"))) {
                step.annotations.append(
                    tr("RelayState: %1").arg(query.queryItemValue(QStringLiteral("RelayState"), QUrl::FullyDecoded)));
            }
            if (query.hasQueryItem(QStringLiteral("SigAlg"))) {
                step.annotations.append(tr("Redirect signature: %1")
                                            .arg(query.queryItemValue(QStringLiteral("SigAlg"), QUrl::FullyDecoded)));
            }
            m_trace->append(step);
        }
    }
    TraceStep oidc;
    if (TraceDecoder::oidcStep(url, &oidc)) {
        m_trace->append(oidc);
    }
}

void TestBrowser::onForm(const QString& action, const QString& method, const QVariantMap& fields)
{
    for (const char* name : {"SAMLRequest", "SAMLResponse"}) {
        const QString key = QLatin1String(name);
        if (fields.contains(key)) {
            TraceStep step = TraceDecoder::samlMessage(key, fields.value(key).toString(), false);
            step.url = TraceDecoder::redactedUrl(QUrl(action));
            step.annotations.prepend(tr("Form %1 to %2").arg(method.toUpper(), step.url));
            if (fields.contains(QStringLiteral("RelayState"))) {
                step.annotations.append(
                    tr("RelayState: %1").arg(fields.value(QStringLiteral("RelayState")).toString()));
            }
            m_trace->append(step);
        }
    }
}

void TestBrowser::onLoadFinished(bool ok)
{
    const QUrl url = m_page->url();
    if (!ok) {
        qCInfo(lcTestBrowser) << "page did not load:" << url.host() << url.path();
    }
    const auto match = resultPath().match(url.path());
    if (match.hasMatch() && match.captured(1) == m_connection.id && match.captured(2) != m_testRequestId) {
        m_testRequestId = match.captured(2);
        fetchResult(m_testRequestId);
        return;
    }
    const QString scenario = m_scenario->currentData().toString();
    static const QRegularExpression safe(QStringLiteral("^[a-z_]*$"));
    if (ok && isSimulatorPage(url) && safe.match(scenario).hasMatch()
        && (!scenario.isEmpty() || m_autoSubmit->isChecked())) {
        m_page->runJavaScript(
            QStringLiteral("(function(s, submit){var sel=document.querySelector('select[name=scenario]');"
                           "if(!sel){return 'no-form';}"
                           "if(s){var known=false;for(var i=0;i<sel.options.length;i++){if(sel.options[i].value===s)"
                           "{known=true;}}if(!known){return 'unknown';}sel.value=s;}"
                           "if(submit){sel.form.submit();return 'submitted';}return 'selected';})('%1', %2)")
                .arg(scenario, m_autoSubmit->isChecked() ? QStringLiteral("true") : QStringLiteral("false")));
    }
}

void TestBrowser::fetchResult(const QString& testRequestId)
{
    m_outcome->setPending(tr("Reading the test result…"));
    m_api.testResult(
        m_connection.id, testRequestId, this, [this, testRequestId](const client::ApiResult<QJsonObject>& r) {
            if (testRequestId != m_testRequestId) {
                return;
            }
            if (!r.ok()) {
                m_outcome->setPending(tr("The test result could not be read: %1").arg(r.error().detailedText()));
                return;
            }
            m_result = r.value();
            m_outcome->setResult(m_result);
            addResultSteps(m_result);
            Q_EMIT outcome(m_result);
        });
}

void TestBrowser::addResultSteps(const QJsonObject& result)
{
    if (m_trace->count(QStringLiteral("saml-request")) == 0) {
        const QString request = result.value(QStringLiteral("authn_request")).toString();
        if (!request.isEmpty()) {
            TraceStep step =
                request.startsWith(u'<') ? TraceDecoder::samlMessage(
                    QStringLiteral("SAMLRequest"), QString::fromLatin1(request.toUtf8().toBase64()), false)
                                         : TraceDecoder::samlMessage(QStringLiteral("SAMLRequest"), request, false);
            step.title = tr("AuthnRequest (as the engine sent it)");
            m_trace->append(step);
        }
    }
    if (m_trace->count(QStringLiteral("saml-response")) == 0) {
        const QString response = result.value(QStringLiteral("saml_response")).toString();
        if (!response.isEmpty()) {
            TraceStep step =
                response.startsWith(u'<') ? TraceDecoder::samlMessage(
                    QStringLiteral("SAMLResponse"), QString::fromLatin1(response.toUtf8().toBase64()), false)
                                          : TraceDecoder::samlMessage(QStringLiteral("SAMLResponse"), response, false);
            step.title = tr("SAMLResponse (as the engine received it)");
            m_trace->append(step);
        }
    }
    QJsonObject checks{{QStringLiteral("checks"), result.value(QStringLiteral("trace")).toArray()}};
    TraceStep checkStep = TraceDecoder::json(QStringLiteral("checks"), tr("The service provider's checks"), checks);
    for (const QJsonValue& v : result.value(QStringLiteral("trace")).toArray()) {
        const QJsonObject o = v.toObject();
        checkStep.annotations.append(
            QStringLiteral("%1 %2 — %3")
                .arg(o.value(QStringLiteral("passed")).toBool() ? QStringLiteral("✔") : QStringLiteral("✘"),
                     o.value(QStringLiteral("check")).toString(),
                     o.value(QStringLiteral("detail")).toString()));
    }
    m_trace->append(checkStep);
    QJsonObject shown = result;
    shown.remove(QStringLiteral("trace"));
    shown.remove(QStringLiteral("authn_request"));
    shown.remove(QStringLiteral("saml_response"));
    if (shown.value(QStringLiteral("user_info")).isString()) {
        shown.insert(QStringLiteral("user_info"), TestOutcome::userInfo(result));
    }
    TraceStep outcomeStep = TraceDecoder::json(
        QStringLiteral("result"), tr("Test result: %1").arg(result.value(QStringLiteral("status")).toString()), shown);
    if (!result.value(QStringLiteral("error")).toString().isEmpty()) {
        outcomeStep.annotations.append(tr("Error: %1").arg(result.value(QStringLiteral("error")).toString()));
        outcomeStep.annotations.append(tr("Fix: %1").arg(result.value(QStringLiteral("fix")).toString()));
    }
    m_trace->append(outcomeStep);
    m_traceList->setCurrentIndex(m_trace->index(m_trace->rowCount() - 1));
}

void TestBrowser::showStep(int row)
{
    if (row < 0 || row >= m_trace->rowCount()) {
        m_detail->clear();
        m_annotations->clear();
        return;
    }
    const TraceStep& step = m_trace->step(row);
    QStringList notes = step.annotations;
    if (!step.url.isEmpty()) {
        notes.prepend(step.url);
    }
    m_annotations->setText(notes.join(QLatin1Char('\n')));
    m_highlighter->setFormat(step.format);
    m_detail->setPlainText(step.content);
}

void TestBrowser::onCertificateError(const QWebEngineCertificateError& error)
{
    QWebEngineCertificateError rejected = error;
    rejected.rejectCertificate(); // fail closed, always
    const QString details = certificateText(error);
    m_certificate->setText(details);
    m_certificate->show();
    TraceStep step;
    step.time = QDateTime::currentDateTimeUtc();
    step.kind = QStringLiteral("certificate-error");
    step.title = tr("Certificate refused: %1").arg(error.url().host());
    step.url = TraceDecoder::redactedUrl(error.url());
    step.content = details;
    m_trace->append(step);
    Q_EMIT certificateRejected(details);
}

void TestBrowser::onNewWindow(QWebEngineNewWindowRequest& request)
{
    const QUrl url = request.requestedUrl();
    TraceStep step;
    step.time = QDateTime::currentDateTimeUtc();
    step.kind = QStringLiteral("popup");
    step.title = tr("Pop-up opened in the system browser");
    step.url = TraceDecoder::redactedUrl(url);
    m_trace->append(step);
    if (url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http")) {
        QDesktopServices::openUrl(url);
    }
}

QJsonObject TestBrowser::traceContext() const
{
    return QJsonObject{
        {QStringLiteral("environment"), QUrl(m_connection.testConnectionUri).adjusted(QUrl::RemovePath).toString()},
        {QStringLiteral("organization_id"), m_connection.organizationId},
        {QStringLiteral("connection_id"), m_connection.id},
        {QStringLiteral("connection_type"), m_connection.type},
        {QStringLiteral("test_request_id"), m_testRequestId},
        {QStringLiteral("outcome"), m_result}};
}

QString TestBrowser::exportTrace(const QString& path) const
{
    return m_trace->exportTo(path, traceContext());
}

TraceModel* TestBrowser::trace() const
{
    return m_trace;
}

QWebEnginePage* TestBrowser::page() const
{
    return m_page;
}

const QJsonObject& TestBrowser::result() const
{
    return m_result;
}

} // namespace gatehouse::ui
