// GUI tests of the SSO wizard and the connection test browser against a real engine (in-process, SQLite):
// SAML by metadata URL to the IdP simulator → test in the embedded browser (QtWebEngine) → success → enable;
// a failing simulator scenario shows the error code, reason and fix; the OIDC path with a login through the
// engine's OIDC simulator; the Setup page's "Set Up Single Sign-On…" in an admin-portal session (every call with
// the session's token). GATEHOUSE_SCREENSHOT_DIR=<dir> saves a PNG of every page (scripts/screenshots).
#include "client/ApiClient.h"
#include "core/saml/sso/SsoSupport.h"
#include "tests/engine/EngineHarness.h"
#include "tests/ui/AccessibilityWalk.h"
#include "ui/MainWindow.h"
#include "ui/browser/TestBrowser.h"
#include "ui/browser/TraceDecoder.h"
#include "ui/browser/TraceModel.h"
#include "ui/inspector/OrganizationDetailView.h"
#include "ui/setup/SetupView.h"
#include "ui/wizard/AttributeMappingPage.h"
#include "ui/wizard/SamlIdpPage.h"
#include "ui/wizard/ServiceProviderPage.h"
#include "ui/wizard/SsoActionsBar.h"
#include "ui/wizard/SsoWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWebEnginePage>

using namespace gatehouse;
using engine::test::EngineHarness;
using ui::SsoWizard;

namespace {
constexpr int kPageTimeoutMs = 15000;
constexpr int kLoginTimeoutMs = 40000;
} // namespace

class TestSsoWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startPageFollowsTheConnectionState_data();
    void startPageFollowsTheConnectionState();
    void samlByMetadataUrlTestedAndEnabled();
    void failingScenarioShowsErrorAndFix();
    void badMetadataIsRefusedInline();
    void oidcWithTheSimulator();
    void traceDecodesAndRedacts();
    void inspectorOpensTheWizard();
    void portalSessionSetsUpSsoFromTheSetupPage();
    void certificateErrorsFailClosed();

private:
    std::unique_ptr<client::ApiClient> newClient() const;
    client::Organization organization(const QString& name);
    void screenshot(QWidget* widget, const QString& name) const;
    static QStringList unnamedControls(QWidget* root);
    QString createSimulatorConnection(const QString& organizationId);

    EngineHarness m_engine;
    QTemporaryDir m_dir;
    QTranslator m_translator;
};

void TestSsoWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The main window's settings (window state, remembered portal hosts) in this run's folder.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/gatehouse_en.qm")));
    QApplication::installTranslator(&m_translator);
    QVERIFY2(m_engine.start(), qPrintable(m_engine.lastError()));
}

std::unique_ptr<client::ApiClient> TestSsoWizard::newClient() const
{
    auto* self = const_cast<TestSsoWizard*>(this);
    return std::make_unique<client::ApiClient>(client::ClientConfig{
        QUrl(self->m_engine.baseUrl()), self->m_engine.clientId(), self->m_engine.clientSecret(), 10000});
}

client::Organization TestSsoWizard::organization(const QString& name)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("display_name"), name}}).toJson();
    const auto reply = m_engine.api("POST", QStringLiteral("/api/v1/organizations"), body);
    return client::Organization::fromJson(reply.json().value(QStringLiteral("organization")).toObject());
}

void TestSsoWizard::screenshot(QWidget* widget, const QString& name) const
{
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    QTest::qWait(300); // let the web view paint
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QStringList TestSsoWizard::unnamedControls(QWidget* root)
{
    QStringList missing;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
                                 || qobject_cast<QComboBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget)
                                 || qobject_cast<QAbstractItemView*>(widget);
        const bool internal = widget->objectName().startsWith(QLatin1String("qt_"))
                              || qobject_cast<QComboBox*>(widget->parentWidget()) || widget->inherits("QHeaderView")
                              || widget->inherits("QLineEditIconButton") || !widget->isVisibleTo(root);
        if (interactive && !internal && (widget->objectName().isEmpty() || widget->accessibleName().isEmpty())) {
            missing.append(QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                         widget->objectName()));
        }
    }
    return missing;
}

QString TestSsoWizard::createSimulatorConnection(const QString& organizationId)
{
    const auto created = m_engine.api("POST",
                                      QStringLiteral("/api/v1/organizations/%1/connections").arg(organizationId),
                                      R"({"provider":"OKTA","type":"SAML"})");
    const QString id =
        created.json().value(QStringLiteral("connection")).toObject().value(QStringLiteral("id")).toString();
    const auto metadata = m_engine.request("GET", QStringLiteral("/simulator/saml/metadata"));
    const QJsonObject patch{{QStringLiteral("saml_config"),
                             QJsonObject{{QStringLiteral("idp_metadata"), QString::fromUtf8(metadata.body)}}}};
    const auto patched = m_engine.api("PATCH",
                                      QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(organizationId, id),
                                      QJsonDocument(patch).toJson());
    return patched.status == 200 ? id : QString();
}

void TestSsoWizard::startPageFollowsTheConnectionState_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("page");
    QTest::newRow("saml draft") << "SAML"
                                << "DRAFT" << false << int(SsoWizard::ServiceProviderPageId);
    QTest::newRow("saml in progress") << "SAML"
                                      << "IN_PROGRESS" << false << int(SsoWizard::SamlIdpPageId);
    QTest::newRow("oidc in progress") << "OIDC"
                                      << "IN_PROGRESS" << false << int(SsoWizard::OidcIdpPageId);
    QTest::newRow("completed") << "SAML"
                               << "COMPLETED" << false << int(SsoWizard::TestPageId);
    QTest::newRow("enabled") << "OIDC"
                             << "COMPLETED" << true << int(SsoWizard::TestPageId);
}

void TestSsoWizard::startPageFollowsTheConnectionState()
{
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(bool, enabled);
    QFETCH(int, page);
    client::Connection c;
    c.type = type;
    c.status = status;
    c.enabled = enabled;
    QCOMPARE(SsoWizard::startPageFor(c), page);
}

void TestSsoWizard::samlByMetadataUrlTestedAndEnabled()
{
    auto api = newClient();
    const client::Organization org = organization(QStringLiteral("Acme SAML"));
    SsoWizard wizard(api.get(), org);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(SsoWizard::ProviderPageId));
    auto* providers = wizard.findChild<QListWidget*>(QStringLiteral("providerList"));
    QVERIFY(providers);
    QCOMPARE(providers->count(), 9);
    for (int row = 0; row < providers->count(); ++row) {
        if (providers->item(row)->data(Qt::UserRole).toString() == QStringLiteral("okta")) {
            providers->setCurrentRow(row);
        }
    }
    QCOMPARE(wizard.preset().key, QStringLiteral("okta"));
    screenshot(&wizard, QStringLiteral("wizard-1-provider"));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::ServiceProviderPageId), kPageTimeoutMs);
    QVERIFY(wizard.connection().id.startsWith(QStringLiteral("conn_")));
    const QString connectionId = wizard.connection().id;
    auto* acs = wizard.findChild<QLineEdit*>(QStringLiteral("acsUrlEdit"));
    QTRY_COMPARE_WITH_TIMEOUT(acs->text(),
                              m_engine.baseUrl() + QStringLiteral("/sso/v1/saml/") + connectionId
                                  + QStringLiteral("/acs"),
                              kPageTimeoutMs);
    QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("spEntityIdEdit"))->accessibleName(),
             QStringLiteral("Audience URI (SP Entity ID)"));
    QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("acsUrlEdit"))->accessibleName(),
             QStringLiteral("Single sign-on URL"));
    // SP metadata download through the guarded fetcher.
    auto* spPage = qobject_cast<ui::ServiceProviderPage*>(wizard.currentPage());
    QVERIFY(spPage);
    const QString spMetadataPath = m_dir.filePath(QStringLiteral("sp-metadata.xml"));
    spPage->downloadMetadata(spMetadataPath);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(spMetadataPath), kPageTimeoutMs);
    QFile spMetadata(spMetadataPath);
    QVERIFY(spMetadata.open(QIODevice::ReadOnly));
    QVERIFY(spMetadata.readAll().contains("SPSSODescriptor"));
    QVERIFY2(unnamedControls(&wizard).isEmpty(), qPrintable(unnamedControls(&wizard).join(u',')));
    screenshot(&wizard, QStringLiteral("wizard-2-service-provider"));

    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::AttributesPageId), kPageTimeoutMs);
    auto* mapping = wizard.findChild<QTableWidget*>(QStringLiteral("attributeMappingTable"));
    QCOMPARE(mapping->rowCount(), 4);
    QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("email"));
    screenshot(&wizard, QStringLiteral("wizard-3-attributes"));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::SamlIdpPageId), kPageTimeoutMs);
    const auto saved =
        m_engine.api("GET", QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(org.id, connectionId));
    QCOMPARE(saved.json()
                 .value(QStringLiteral("connection"))
                 .toObject()
                 .value(QStringLiteral("attribute_mapping"))
                 .toObject()
                 .value(QStringLiteral("firstName"))
                 .toString(),
             QStringLiteral("firstName"));

    // IdP side: the simulator's metadata URL, fetched and validated without blocking.
    auto* idpPage = qobject_cast<ui::SamlIdpPage*>(wizard.currentPage());
    QVERIFY(idpPage);
    QVERIFY(!idpPage->isComplete());
    wizard.findChild<QPushButton*>(QStringLiteral("useSimulatorButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(idpPage->documentValid(), kPageTimeoutMs);
    QVERIFY(idpPage->isComplete());
    QVERIFY(
        wizard.findChild<QLabel*>(QStringLiteral("metadataVerdictLabel"))->text().startsWith(QStringLiteral("Valid")));
    QVERIFY2(unnamedControls(&wizard).isEmpty(), qPrintable(unnamedControls(&wizard).join(u',')));
    screenshot(&wizard, QStringLiteral("wizard-4-idp-configuration"));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::TestPageId), kPageTimeoutMs);
    QCOMPARE(wizard.connection().status, QStringLiteral("COMPLETED"));
    screenshot(&wizard, QStringLiteral("wizard-5-test"));

    // Test in the embedded browser: the simulator's "User login" scenario, submitted automatically.
    wizard.findChild<QPushButton*>(QStringLiteral("testConnectionButton"))->click();
    ui::TestBrowser* browser = wizard.testBrowser();
    QVERIFY(browser);
    browser->setScenario(QStringLiteral("login"), true);
    QTRY_VERIFY_WITH_TIMEOUT(!browser->result().isEmpty(), kLoginTimeoutMs);
    QCOMPARE(browser->result().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(wizard.testPassed());
    ui::TraceModel* trace = browser->trace();
    QVERIFY(trace->count(QStringLiteral("saml-request")) >= 1);
    QVERIFY(trace->count(QStringLiteral("saml-response")) >= 1);
    bool capturedPost = false;
    for (const ui::TraceStep& step : trace->steps()) {
        if (step.kind == QStringLiteral("saml-response") && step.title.contains(QStringLiteral("HTTP-POST"))) {
            capturedPost = true;
            QCOMPARE(step.format, QStringLiteral("xml"));
            QVERIFY(
                step.annotations.join(u'\n').contains(QStringLiteral("Audience: ") + wizard.connection().spEntityId));
            QVERIFY(step.annotations.join(u'\n').contains(QStringLiteral("Signature: the Assertion is signed")));
            QVERIFY(step.annotations.join(u'\n').contains(QStringLiteral("Conditions:")));
        }
    }
    QVERIFY2(capturedPost, "the injected script did not capture the SAMLResponse form");
    auto* profile = browser->findChild<QTableWidget*>(QStringLiteral("testProfileTable"));
    QStringList profileText;
    for (int row = 0; row < profile->rowCount(); ++row) {
        profileText.append(profile->item(row, 0)->text() + u'=' + profile->item(row, 1)->text());
    }
    QVERIFY2(profileText.contains(QStringLiteral("email=john.doe@example.com")), qPrintable(profileText.join(u',')));
    QVERIFY(browser->findChild<QTableWidget*>(QStringLiteral("testRawAttributesTable"))->rowCount() > 0);
    QVERIFY2(unnamedControls(browser).isEmpty(), qPrintable(unnamedControls(browser).join(u',')));
    screenshot(browser, QStringLiteral("browser-success"));

    // Export for support: JSON and text.
    const QString jsonPath = m_dir.filePath(QStringLiteral("trace.json"));
    QCOMPARE(browser->exportTrace(jsonPath), QString());
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray exported = jsonFile.readAll();
    const QJsonObject json = QJsonDocument::fromJson(exported).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("gatehouse-sso-trace"));
    QCOMPARE(json.value(QStringLiteral("connection_id")).toString(), connectionId);
    QCOMPARE(json.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("SUCCESS"));
    QVERIFY(json.value(QStringLiteral("steps")).toArray().size() >= 4);
    QVERIFY(!exported.contains("login=test_") && !exported.contains("?login=ses")); // the result page's key
    const QString textPath = m_dir.filePath(QStringLiteral("trace.txt"));
    QCOMPARE(browser->exportTrace(textPath), QString());
    QFile textFile(textPath);
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    QVERIFY(textFile.readAll().startsWith("Gatehouse SSO trace"));

    // Enable: the commit page, no warning because the test passed.
    QTRY_VERIFY(
        wizard.findChild<QLabel*>(QStringLiteral("testOutcomeLabel"))->text().contains(QStringLiteral("passed")));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::EnablePageId), kPageTimeoutMs);
    QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("enableWarningLabel"))->isVisible());
    QVERIFY(wizard.currentPage()->isComplete());
    screenshot(&wizard, QStringLiteral("wizard-6-enable"));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::DonePageId), kPageTimeoutMs);
    screenshot(&wizard, QStringLiteral("wizard-7-done"));
    const auto enabled =
        m_engine.api("GET", QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(org.id, connectionId));
    QVERIFY(enabled.json().value(QStringLiteral("connection")).toObject().value(QStringLiteral("enabled")).toBool());
}

void TestSsoWizard::failingScenarioShowsErrorAndFix()
{
    auto api = newClient();
    const client::Organization org = organization(QStringLiteral("Acme Failing"));
    const QString connectionId = createSimulatorConnection(org.id);
    QVERIFY(!connectionId.isEmpty());
    // Resumed from the inspector ("Continue Setup…"): a configured connection opens at the test step.
    client::Connection connection;
    bool read = false;
    api->getConnection(org.id, connectionId, this, [&](const client::ApiResult<client::Connection>& r) {
        QVERIFY(r.ok());
        connection = r.value();
        read = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, kPageTimeoutMs);
    SsoWizard wizard(api.get(), org);
    wizard.resume(connection);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(SsoWizard::TestPageId));
    QCOMPARE(wizard.preset().key, QStringLiteral("okta"));
    wizard.findChild<QPushButton*>(QStringLiteral("testConnectionButton"))->click();
    ui::TestBrowser* browser = wizard.testBrowser();
    browser->setScenario(QStringLiteral("wrong_audience"), true);
    QTRY_VERIFY_WITH_TIMEOUT(!browser->result().isEmpty(), kLoginTimeoutMs);
    const QJsonObject result = browser->result();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("FAILURE"));
    QCOMPARE(result.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_saml_response"));
    QVERIFY(!result.value(QStringLiteral("fix")).toString().isEmpty());
    auto* errorLabel = browser->findChild<QLabel*>(QStringLiteral("testErrorLabel"));
    QVERIFY(errorLabel->text().contains(QStringLiteral("invalid_saml_response")));
    QVERIFY(errorLabel->text().contains(QStringLiteral("Fix:")));
    QVERIFY(errorLabel->text().contains(result.value(QStringLiteral("fix")).toString().toHtmlEscaped()));
    bool wrongAudienceAnnotated = false;
    for (const ui::TraceStep& step : browser->trace()->steps()) {
        if (step.kind == QStringLiteral("saml-response")
            && step.annotations.join(u'\n').contains(QStringLiteral("Audience: https://wrong-audience.invalid/sp"))) {
            wrongAudienceAnnotated = true;
        }
    }
    QVERIFY(wrongAudienceAnnotated);
    QVERIFY(browser->trace()->count(QStringLiteral("checks")) == 1);
    screenshot(browser, QStringLiteral("browser-failure"));
    // The accessibility walk over the browser window with a failed result and its trace (Chromium's own widgets
    // excluded): every control named, every input reachable with Tab.
    const QStringList problems = gatehouse::test::AccessibilityWalk::walk(browser, QStringLiteral("Test browser"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(gatehouse::test::AccessibilityWalk::inputCount >= 5);

    // IdP-initiated from the browser: the unsolicited response is captured and recognised as such.
    browser->setScenario(QStringLiteral("login"), true);
    browser->startIdpInitiated();
    const auto unsolicited = [browser] {
        for (const ui::TraceStep& step : browser->trace()->steps()) {
            if (step.kind == QStringLiteral("saml-response")
                && step.annotations.join(u'\n').contains(QStringLiteral("IdP-initiated"))) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(unsolicited(), kLoginTimeoutMs);
    screenshot(browser, QStringLiteral("browser-idp-initiated"));
    QTRY_VERIFY(wizard.findChild<QLabel*>(QStringLiteral("testOutcomeLabel"))->text().contains(QStringLiteral("Fix:")));
    QVERIFY(!wizard.testPassed());

    // The commit page warns and needs the explicit confirmation.
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::EnablePageId), kPageTimeoutMs);
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("enableWarningLabel"))->isVisible());
    QVERIFY(!wizard.currentPage()->isComplete());
    screenshot(&wizard, QStringLiteral("wizard-6-enable-warning"));
    wizard.findChild<QCheckBox*>(QStringLiteral("enableWithoutTestCheck"))->setChecked(true);
    QVERIFY(wizard.currentPage()->isComplete());
}

void TestSsoWizard::badMetadataIsRefusedInline()
{
    auto api = newClient();
    const client::Organization org = organization(QStringLiteral("Acme Bad Metadata"));
    SsoWizard wizard(api.get(), org);
    wizard.setPreset(QStringLiteral("saml"));
    wizard.show();
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::ServiceProviderPageId), kPageTimeoutMs);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::AttributesPageId), kPageTimeoutMs);
    // An invalid custom attribute name is refused inline and nothing moves.
    auto* attributes = qobject_cast<ui::AttributeMappingPage*>(wizard.currentPage());
    QVERIFY(attributes);
    attributes->addCustomRow(QStringLiteral("1bad"), QStringLiteral("x"));
    wizard.next();
    QTRY_VERIFY(
        wizard.findChild<QLabel*>(QStringLiteral("attributeMappingStatus"))->text().contains(QStringLiteral("1bad")));
    QCOMPARE(wizard.currentId(), int(SsoWizard::AttributesPageId));
    auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("attributeMappingTable"));
    table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("employeeNumber"));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::SamlIdpPageId), kPageTimeoutMs);
    // A weak-key metadata file: findings inline, Next stays disabled (fail closed).
    auto* page = qobject_cast<ui::SamlIdpPage*>(wizard.currentPage());
    page->loadMetadataFile(QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/invalid/weak-key.xml"));
    auto* findings = wizard.findChild<QAbstractItemView*>(QStringLiteral("metadataFindingsList"));
    QTRY_VERIFY_WITH_TIMEOUT(findings->model()->rowCount() > 0, kPageTimeoutMs);
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("metadataVerdictLabel"))
                ->text()
                .startsWith(QStringLiteral("Invalid")));
    QVERIFY(!page->documentValid());
    QVERIFY(!page->isComplete());
    bool weakKey = false;
    for (int row = 0; row < findings->model()->rowCount(); ++row) {
        weakKey =
            weakKey || findings->model()->index(row, 1).data().toString().contains(QStringLiteral("cert.weak-key"));
    }
    QVERIFY(weakKey);
    screenshot(&wizard, QStringLiteral("wizard-4-idp-invalid-metadata"));
    // Manual mode: an unparsable certificate is refused by the environment, shown inline.
    page->setMode(ui::SamlIdpPage::Mode::Manual);
    auto* entityEdit = wizard.findChild<QLineEdit*>(QStringLiteral("idpEntityIdEdit"));
    const QList<QLabel*> labels = wizard.findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [entityEdit](QLabel* label) {
        return label->buddy() == entityEdit && label->isVisible()
               && label->text() == QStringLiteral("Issuer (IdP Entity ID):");
    }));
    entityEdit->setText(QStringLiteral("https://idp.example.com/"));
    wizard.findChild<QLineEdit*>(QStringLiteral("idpSsoUrlEdit"))
        ->setText(QStringLiteral("https://idp.example.com/sso"));
    wizard.findChild<QPlainTextEdit*>(QStringLiteral("idpCertificateEdit"))
        ->setPlainText(QStringLiteral("not a certificate"));
    QVERIFY(page->isComplete());
    screenshot(&wizard, QStringLiteral("wizard-4-idp-manual"));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.findChild<QLabel*>(QStringLiteral("samlIdpStatus"))->text().isEmpty(),
                             kPageTimeoutMs);
    QCOMPARE(wizard.currentId(), int(SsoWizard::SamlIdpPageId));
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("samlIdpStatus"))->text().contains(QStringLiteral("refused")));
}

void TestSsoWizard::oidcWithTheSimulator()
{
    auto api = newClient();
    const client::Organization org = organization(QStringLiteral("Acme OIDC"));
    SsoWizard wizard(api.get(), org);
    wizard.setPreset(QStringLiteral("oidc"));
    wizard.show();
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::ServiceProviderPageId), kPageTimeoutMs);
    QCOMPARE(wizard.connection().type, QStringLiteral("OIDC"));
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard.findChild<QLineEdit*>(QStringLiteral("redirectUriEdit"))
            ->text()
            .endsWith(QStringLiteral("/sso/v1/oidc/") + wizard.connection().id + QStringLiteral("/callback")),
        kPageTimeoutMs);
    QVERIFY(!wizard.findChild<QLineEdit*>(QStringLiteral("acsUrlEdit"))->isVisible());
    screenshot(&wizard, QStringLiteral("wizard-2-oidc-redirect-uri"));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::AttributesPageId), kPageTimeoutMs);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::OidcIdpPageId), kPageTimeoutMs);
    QVERIFY(!wizard.currentPage()->isComplete());
    wizard.findChild<QPushButton*>(QStringLiteral("useOidcSimulatorButton"))->click();
    QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("oidcIssuerEdit"))->text(),
             m_engine.baseUrl() + QStringLiteral("/simulator/oidc"));
    QVERIFY(wizard.currentPage()->isComplete());
    QVERIFY2(unnamedControls(&wizard).isEmpty(), qPrintable(unnamedControls(&wizard).join(u',')));
    screenshot(&wizard, QStringLiteral("wizard-4-oidc"));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::TestPageId), kPageTimeoutMs);
    QCOMPARE(wizard.connection().status, QStringLiteral("COMPLETED"));
    // The secret is write-only: stored, answered masked, and the field is emptied.
    const auto stored = m_engine.api(
        "GET", QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(org.id, wizard.connection().id));
    const QJsonObject oidc =
        stored.json().value(QStringLiteral("connection")).toObject().value(QStringLiteral("oidc_config")).toObject();
    QCOMPARE(oidc.value(QStringLiteral("client_id")).toString(), QStringLiteral("gatehouse-simulator"));
    QVERIFY(oidc.value(QStringLiteral("client_secret")).toString() != QStringLiteral("simulator-secret"));
    QVERIFY(wizard.findChild<QLineEdit*>(QStringLiteral("oidcClientSecretEdit"))->text().isEmpty());

    const auto discovery = m_engine.request("GET", QStringLiteral("/simulator/oidc/.well-known/openid-configuration"));
    QCOMPARE(discovery.status, 200);
    wizard.findChild<QPushButton*>(QStringLiteral("testConnectionButton"))->click();
    ui::TestBrowser* browser = wizard.testBrowser();
    browser->setScenario(QStringLiteral("login"), true);
    QTRY_VERIFY_WITH_TIMEOUT(!browser->result().isEmpty(), kLoginTimeoutMs);
    QCOMPARE(browser->result().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(browser->trace()->count(QStringLiteral("oidc-authorize")) >= 1);
    QVERIFY(browser->trace()->count(QStringLiteral("oidc-callback")) >= 1);
    static const QRegularExpression clearCode(QStringLiteral("[?&]code=[^(&]"));
    for (const ui::TraceStep& step : browser->trace()->steps()) {
        QVERIFY2(!clearCode.match(step.url).hasMatch(), qPrintable(step.url));
    }
    screenshot(browser, QStringLiteral("browser-oidc-success"));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::EnablePageId), kPageTimeoutMs);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SsoWizard::DonePageId), kPageTimeoutMs);
}

void TestSsoWizard::traceDecodesAndRedacts()
{
    // HTTP-Redirect binding: base64 of raw DEFLATE.
    const QByteArray request = "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
                               "xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_abc\" "
                               "IssueInstant=\"2026-01-01T00:00:00Z\" Destination=\"https://idp.example.com/sso\" "
                               "AssertionConsumerServiceURL=\"https://sp.example.com/acs\">"
                               "<saml:Issuer>https://sp.example.com</saml:Issuer></samlp:AuthnRequest>";
    const QString encoded = QString::fromLatin1(core::saml::sso::support::deflateRaw(request).toBase64());
    const ui::TraceStep step = ui::TraceDecoder::samlMessage(QStringLiteral("SAMLRequest"), encoded, true);
    QCOMPARE(step.kind, QStringLiteral("saml-request"));
    QCOMPARE(step.format, QStringLiteral("xml"));
    QVERIFY(step.content.contains(QStringLiteral("\n  <saml:Issuer>")));
    const QString notes = step.annotations.join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("Destination: https://idp.example.com/sso")), qPrintable(notes));
    QVERIFY(notes.contains(QStringLiteral("Assertion consumer service: https://sp.example.com/acs")));
    QVERIFY(notes.contains(QStringLiteral("Issuer (AuthnRequest): https://sp.example.com")));
    // Corrupt DEFLATE is reported, not shown as XML.
    const ui::TraceStep corrupt =
        ui::TraceDecoder::samlMessage(QStringLiteral("SAMLRequest"), QStringLiteral("bm90IGRlZmxhdGU="), true);
    QCOMPARE(corrupt.format, QStringLiteral("text"));
    QVERIFY(corrupt.annotations.join(u'\n').contains(QStringLiteral("corrupt")));
    // A DTD is never parsed: the message is shown as received, entities unexpanded.
    const QString pretty = ui::TraceDecoder::prettyXml("<!DOCTYPE a [<!ENTITY x \"boom\">]><a><b>&x;</b></a>");
    QVERIFY(!pretty.contains(QStringLiteral("<b>boom</b>")));
    QVERIFY(pretty.contains(QStringLiteral("&x;")));
    QVERIFY(ui::TraceDecoder::annotateSaml("<!DOCTYPE a [<!ENTITY x \"boom\">]><a>&x;</a>")
                .join(u'\n')
                .contains(QStringLiteral("DTD")));
    // OIDC: the authorization code never reaches the trace.
    const QUrl callback(
        QStringLiteral("https://sp.example.com/sso/v1/oidc/conn_1/callback?code=SECRETCODE123&state=s1"));
    ui::TraceStep oidc;
    QVERIFY(ui::TraceDecoder::oidcStep(callback, &oidc));
    QCOMPARE(oidc.kind, QStringLiteral("oidc-callback"));
    QVERIFY(!oidc.url.contains(QStringLiteral("SECRETCODE123")));
    QVERIFY(!oidc.content.contains(QStringLiteral("SECRETCODE123")));
    QVERIFY(oidc.content.contains(QStringLiteral("redacted, 13 characters")));
    QVERIFY(oidc.url.contains(QStringLiteral("state=s1")));
    const QUrl authorize(QStringLiteral("https://idp.example.com/authorize?response_type=code&client_id=c1"
                                        "&redirect_uri=https%3A%2F%2Fsp.example.com%2Fcb&scope=openid%20email"
                                        "&state=s1&code_challenge=abc&code_challenge_method=S256"));
    QVERIFY(ui::TraceDecoder::oidcStep(authorize, &oidc));
    QCOMPARE(oidc.kind, QStringLiteral("oidc-authorize"));
    QVERIFY(oidc.annotations.contains(QStringLiteral("PKCE: S256")));
    QVERIFY(oidc.annotations.contains(QStringLiteral("redirect_uri: https://sp.example.com/cb")));
    QVERIFY(!ui::TraceDecoder::oidcStep(QUrl(QStringLiteral("https://example.com/page?x=1")), &oidc));
    // The export carries the context and every step.
    ui::TraceModel model;
    model.append(step);
    model.append(oidc);
    const QJsonObject json = model.toJson({{QStringLiteral("connection_id"), QStringLiteral("conn_1")}});
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("connection_id")).toString(), QStringLiteral("conn_1"));
    QCOMPARE(model.exportTo(QStringLiteral("/nonexistent-dir/x.json"), {}).isEmpty(), false);
}

void TestSsoWizard::inspectorOpensTheWizard()
{
    auto api = newClient();
    const client::Organization org = organization(QStringLiteral("Acme Inspector"));
    const QString connectionId = createSimulatorConnection(org.id);
    QVERIFY(!connectionId.isEmpty());
    ui::OrganizationDetailView view;
    view.setOrganization(api.get(), org);
    view.show();
    view.findChild<QTabWidget*>(QStringLiteral("organizationTabs"))->setCurrentIndex(1);
    auto* bar = view.findChild<ui::SsoActionsBar*>(QStringLiteral("ssoActionsBar"));
    QVERIFY(bar);
    QVERIFY(view.findChild<QPushButton*>(QStringLiteral("setUpSsoButton"))->isEnabled());
    auto* resume = view.findChild<QPushButton*>(QStringLiteral("continueSetupButton"));
    QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), kPageTimeoutMs); // the first connection is selected on arrival
    resume->click();
    QTRY_VERIFY_WITH_TIMEOUT(bar->wizard() && bar->wizard()->isVisible(), kPageTimeoutMs);
    QCOMPARE(bar->wizard()->currentId(), int(SsoWizard::TestPageId));
    QCOMPARE(bar->wizard()->connection().id, connectionId);
    bar->wizard()->close();
    QTRY_VERIFY(!bar->wizard());
    // "New Connection…" starts a new connection at the first page.
    view.findChild<QPushButton*>(QStringLiteral("setUpSsoButton"))->click();
    QVERIFY(bar->wizard());
    QCOMPARE(bar->wizard()->currentId(), int(SsoWizard::ProviderPageId));
    QVERIFY(!bar->wizard()->hasConnection());
    bar->wizard()->close();
}

// An admin-portal link granting `sso`: the Setup page's "Set Up Single Sign-On…" opens the wizard with the
// portal session's client, and every call of the wizard (create, SP metadata, attribute mapping, IdP metadata,
// test result, enable) is allowed for the session.
void TestSsoWizard::portalSessionSetsUpSsoFromTheSetupPage()
{
    const client::Organization org = organization(QStringLiteral("Portal SSO Co"));
    const auto link =
        m_engine.api("PUT", QStringLiteral("/api/v1/organizations/%1/portal_links?features=sso").arg(org.id));
    QCOMPARE(link.status, 200);
    const QString location =
        link.json().value(QStringLiteral("link")).toObject().value(QStringLiteral("location")).toString();
    ui::MainWindow window;
    window.show();
    window.openPortalLink(location);
    ui::SetupView* setup = window.setupView();
    QTRY_VERIFY_WITH_TIMEOUT(setup->isPortalMode(), kPageTimeoutMs);
    QCOMPARE(setup->currentOrganizationId(), org.id);
    auto* ssoButton = window.findChild<QPushButton*>(QStringLiteral("ssoSetupButton"));
    QVERIFY(ssoButton);
    QTRY_VERIFY(!ssoButton->isHidden() && ssoButton->isEnabled());
    QCOMPARE(window.openSsoWizard(QStringLiteral("org_someone_else")), nullptr); // only the portal's organization
    ssoButton->click();
    QPointer<SsoWizard> wizard = window.ssoWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->api().client(), setup->currentClient());
    QVERIFY(!wizard->api().client()->config().sessionToken.isEmpty());
    QVERIFY(wizard->api().client()->config().clientSecret.isEmpty());
    QCOMPARE(wizard->organization().id, org.id);

    wizard->setPreset(QStringLiteral("okta"));
    wizard->next(); // creates the draft connection with the session
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SsoWizard::ServiceProviderPageId), kPageTimeoutMs);
    const QString connectionId = wizard->connection().id;
    QVERIFY(connectionId.startsWith(QStringLiteral("conn_")));
    const auto created =
        m_engine.api("GET", QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(org.id, connectionId));
    QCOMPARE(created.status, 200);
    auto* spPage = qobject_cast<ui::ServiceProviderPage*>(wizard->currentPage());
    QVERIFY(spPage);
    const QString spMetadataPath = m_dir.filePath(QStringLiteral("portal-sp-metadata.xml"));
    spPage->downloadMetadata(spMetadataPath);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(spMetadataPath), kPageTimeoutMs);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SsoWizard::AttributesPageId), kPageTimeoutMs);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SsoWizard::SamlIdpPageId), kPageTimeoutMs);
    auto* idpPage = qobject_cast<ui::SamlIdpPage*>(wizard->currentPage());
    wizard->findChild<QPushButton*>(QStringLiteral("useSimulatorButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(idpPage->documentValid(), kPageTimeoutMs);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SsoWizard::TestPageId), kPageTimeoutMs);
    wizard->findChild<QPushButton*>(QStringLiteral("testConnectionButton"))->click();
    ui::TestBrowser* browser = wizard->testBrowser();
    QVERIFY(browser);
    browser->setScenario(QStringLiteral("login"), true);
    QTRY_VERIFY_WITH_TIMEOUT(!browser->result().isEmpty(), kLoginTimeoutMs);
    QCOMPARE(browser->result().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(wizard->testPassed());
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SsoWizard::EnablePageId), kPageTimeoutMs);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SsoWizard::DonePageId), kPageTimeoutMs);
    const auto enabled =
        m_engine.api("GET", QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(org.id, connectionId));
    QVERIFY(enabled.json().value(QStringLiteral("connection")).toObject().value(QStringLiteral("enabled")).toBool());
    screenshot(wizard, QStringLiteral("portal-wizard-done"));
    wizard->close();
    QTRY_VERIFY(!wizard);
}

void TestSsoWizard::certificateErrorsFailClosed()
{
    // An https server with a self-signed certificate: the browser refuses the page and shows the certificate.
    QFile certFile(QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/certs/good.pem"));
    QFile keyFile(QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/certs/good.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    int served = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server, &served] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &served] {
                socket->readAll();
                ++served;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n<p>secret</p>");
                socket->disconnectFromHost();
            });
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    auto api = newClient();
    ui::TestBrowser browser(api.get());
    client::Connection connection;
    connection.id = QStringLiteral("conn_1");
    connection.type = QStringLiteral("SAML");
    connection.testConnectionUri =
        QStringLiteral("https://127.0.0.1:%1/sso/v1/connections/conn_1/test").arg(server.serverPort());
    browser.setConnection(connection);
    browser.show();
    QSignalSpy rejected(&browser, &ui::TestBrowser::certificateRejected);
    browser.startTest();
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, kPageTimeoutMs);
    const QString details = rejected.first().first().toString();
    QVERIFY2(details.contains(QStringLiteral("SHA-256:")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Refused https://127.0.0.1")));
    QVERIFY(browser.findChild<QLabel*>(QStringLiteral("certificateErrorLabel"))->isVisible());
    QCOMPARE(browser.trace()->count(QStringLiteral("certificate-error")), 1);
    QTest::qWait(500);
    QCOMPARE(served, 0); // no request was sent over the refused connection
    QVERIFY(browser.result().isEmpty());
}

int main(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSsoWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSsoWizard.moc"
