#include "ui/wizard/SamlIdpPage.h"

#include "client/ClientConfig.h"
#include "core/saml/Finding.h"
#include "ui/WidgetTag.h"
#include "ui/validator/UrlFetchWidget.h"
#include "ui/validator/ValidationRunner.h"
#include "ui/wizard/SsoWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr qint64 kMaxFileBytes = 20LL * 1024 * 1024;
constexpr qint64 kMaxCertificateBytes = 64 * 1024;

QString severityText(core::saml::Severity severity)
{
    switch (severity) {
    case core::saml::Severity::Error:
        return QCoreApplication::translate("gatehouse::ui::SamlIdpPage", "Error");
    case core::saml::Severity::Warning:
        return QCoreApplication::translate("gatehouse::ui::SamlIdpPage", "Warning");
    default:
        return QCoreApplication::translate("gatehouse::ui::SamlIdpPage", "Note");
    }
}
} // namespace

SamlIdpPage::SamlIdpPage(SsoWizard* wizard)
    : SsoWizardPage(wizard)
    , m_modes(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_verdict(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_runner(new ValidationRunner(this))
{
    setObjectName(QStringLiteral("samlIdpPage"));
    setTitle(tr("Identity provider configuration"));
    auto* urlRadio = new QRadioButton(tr("Configure using &Metadata URL"), this);
    auto* fileRadio = new QRadioButton(tr("Upload metadata &file"), this);
    auto* manualRadio = new QRadioButton(tr("Configure ma&nually"), this);
    tagWidget(urlRadio, "metadataUrlModeRadio", tr("Configure using the metadata URL"));
    tagWidget(fileRadio, "metadataFileModeRadio", tr("Configure with a metadata file"));
    tagWidget(manualRadio, "manualModeRadio", tr("Configure manually"));
    m_modes->addButton(urlRadio, static_cast<int>(Mode::MetadataUrl));
    m_modes->addButton(fileRadio, static_cast<int>(Mode::MetadataFile));
    m_modes->addButton(manualRadio, static_cast<int>(Mode::Manual));
    m_stack->addWidget(createUrlPanel());
    m_stack->addWidget(createFilePanel());
    m_stack->addWidget(createManualPanel());
    tagWidget(m_verdict, "metadataVerdictLabel", tr("Metadata validation result"));
    m_verdict->setWordWrap(true);
    tagWidget(m_findings, "metadataFindingsList", tr("Metadata findings and fixes"));
    m_findings->setColumnCount(3);
    m_findings->setHeaderLabels({tr("Severity"), tr("Finding"), tr("Fix")});
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->header()->setStretchLastSection(false);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_findings->setMinimumHeight(110);
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(static_cast<Mode>(id)); });
    connect(m_runner, &ValidationRunner::finished, this, [this](const core::saml::ValidationReport& report) {
        showReport(report);
    });

    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(urlRadio);
    modeRow->addWidget(fileRadio);
    modeRow->addWidget(manualRadio);
    modeRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(modeRow);
    m_stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_stack);
    layout->addWidget(m_verdict);
    layout->addWidget(m_findings, 1);
    m_filler = new QWidget(this);
    m_filler->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_filler, 1);
    addStatusArea("samlIdp");
    urlRadio->setChecked(true);
    setMode(Mode::MetadataUrl);
}

QWidget* SamlIdpPage::createUrlPanel()
{
    auto* panel = new QWidget(this);
    m_urlFetch = new UrlFetchWidget(panel);
    m_urlFetch->setObjectName(QStringLiteral("idpMetadataUrlFetch"));
    m_lab = new QCheckBox(tr("&Lab mode (allow http and private addresses)"), panel);
    tagWidget(m_lab, "idpLabModeCheck", tr("Lab mode: allow http and private addresses"));
    m_simulator = new QPushButton(tr("Use the &Built-in Simulator"), panel);
    tagWidget(m_simulator, "useSimulatorButton", tr("Use the environment's built-in IdP simulator"));
    connect(m_lab, &QCheckBox::toggled, m_urlFetch, &UrlFetchWidget::setLabMode);
    connect(m_simulator, &QPushButton::clicked, this, &SamlIdpPage::useSimulator);
    connect(m_urlFetch, &UrlFetchWidget::fetched, this, [this](const QByteArray& document, const QString& url) {
        validateDocument(document, url, true);
    });
    connect(m_urlFetch, &UrlFetchWidget::failed, this, [this](const QString& message) {
        resetDocument();
        m_verdict->setText(message);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_lab);
    row->addStretch(1);
    row->addWidget(m_simulator);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_urlFetch);
    layout->addLayout(row);
    return panel;
}

QWidget* SamlIdpPage::createFilePanel()
{
    auto* panel = new QWidget(this);
    m_filePath = new QLineEdit(panel);
    tagWidget(m_filePath, "idpMetadataFileEdit", tr("IdP metadata file"));
    m_filePath->setPlaceholderText(tr("Path to the IdP's metadata XML (Enter to load)"));
    auto* browse = new QPushButton(tr("&Browse…"), panel);
    tagWidget(browse, "browseIdpMetadataButton", tr("Choose the IdP metadata file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("IdP Metadata"), {}, tr("SAML metadata (*.xml);;All files (*)"));
        if (!path.isEmpty()) {
            m_filePath->setText(path);
            loadMetadataFile(path);
        }
    });
    connect(m_filePath, &QLineEdit::returnPressed, this, [this] { loadMetadataFile(m_filePath->text().trimmed()); });
    auto* layout = new QHBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filePath, 1);
    layout->addWidget(browse);
    return panel;
}

QWidget* SamlIdpPage::createManualPanel()
{
    auto* panel = new QWidget(this);
    m_entityId = new QLineEdit(panel);
    m_ssoUrl = new QLineEdit(panel);
    m_certificate = new QPlainTextEdit(panel);
    m_certificate->setObjectName(QStringLiteral("idpCertificateEdit"));
    m_certificate->setPlaceholderText(tr("-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----"));
    m_certificate->setTabChangesFocus(true);
    m_certificate->setMaximumHeight(110);
    m_entityId->setObjectName(QStringLiteral("idpEntityIdEdit"));
    m_ssoUrl->setObjectName(QStringLiteral("idpSsoUrlEdit"));
    auto* loadCert = new QPushButton(tr("Load &Certificate File…"), panel);
    tagWidget(loadCert, "loadCertificateButton", tr("Load the signing certificate from a file"));
    connect(loadCert, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Signing Certificate"), {}, tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxCertificateBytes) {
            setStatus(
                tr("Cannot read %1: %2")
                    .arg(path, file.size() > kMaxCertificateBytes ? tr("larger than 64 KiB") : file.errorString()),
                true);
            return;
        }
        m_certificate->setPlainText(QString::fromLatin1(file.readAll()));
    });
    for (QLineEdit* edit : {m_entityId, m_ssoUrl}) {
        connect(edit, &QLineEdit::textChanged, this, &SamlIdpPage::completeChanged);
    }
    connect(m_certificate, &QPlainTextEdit::textChanged, this, &SamlIdpPage::completeChanged);
    auto* form = new QFormLayout(panel);
    form->setContentsMargins(0, 0, 0, 0);
    // The labels carry the preset's names; initializePage() sets them.
    form->addRow(new QLabel(panel), m_entityId);
    form->addRow(new QLabel(panel), m_ssoUrl);
    form->addRow(new QLabel(panel), m_certificate);
    form->addRow(QString(), loadCert);
    return panel;
}

void SamlIdpPage::initializePage()
{
    const IdpPreset& preset = ssoWizard()->preset();
    setSubTitle(tr("Where to find it in %1: %2").arg(preset.name, preset.idpMetadataHint));
    m_lab->setChecked(ssoWizard()->labMode());
    m_urlFetch->setLabMode(m_lab->isChecked());
    auto* form = qobject_cast<QFormLayout*>(m_entityId->parentWidget()->layout());
    const QList<QPair<QWidget*, QString>> labels{{m_entityId, preset.idpEntityIdLabel},
                                                 {m_ssoUrl, preset.idpSsoUrlLabel},
                                                 {m_certificate, preset.idpCertificateLabel}};
    for (const auto& [field, text] : labels) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
            label->setText(text + QLatin1Char(':'));
            label->setBuddy(field);
        }
        field->setAccessibleName(text);
    }
    const QJsonObject saml = ssoWizard()->connection().raw.value(QStringLiteral("saml_config")).toObject();
    if (m_urlFetch->url().isEmpty()) {
        m_urlFetch->setUrl(saml.value(QStringLiteral("idp_metadata_url")).toString());
    }
    if (m_entityId->text().isEmpty()) {
        m_entityId->setText(saml.value(QStringLiteral("idp_entity_id")).toString());
        m_ssoUrl->setText(saml.value(QStringLiteral("idp_sso_url")).toString());
    }
}

void SamlIdpPage::setMode(Mode mode)
{
    if (QAbstractButton* button = m_modes->button(static_cast<int>(mode))) {
        button->setChecked(true);
    }
    m_stack->setCurrentIndex(static_cast<int>(mode));
    // Only the current panel takes room (a stacked widget is otherwise as tall as its tallest panel).
    for (int i = 0; i < m_stack->count(); ++i) {
        const auto policy = i == m_stack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_stack->widget(i)->setSizePolicy(policy, policy);
    }
    m_stack->adjustSize();
    const bool document = mode != Mode::Manual;
    m_verdict->setVisible(document);
    m_findings->setVisible(document);
    m_filler->setVisible(!document);
    Q_EMIT completeChanged();
}

SamlIdpPage::Mode SamlIdpPage::mode() const
{
    return static_cast<Mode>(m_stack->currentIndex());
}

bool SamlIdpPage::sameOriginAsEnvironment(const QUrl& url) const
{
    const QUrl base = ssoWizard()->baseUrl();
    return url.scheme() == base.scheme() && url.host() == base.host() && url.port() == base.port();
}

void SamlIdpPage::useSimulator()
{
    QUrl url = ssoWizard()->baseUrl();
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/simulator/saml/metadata"));
    setMode(Mode::MetadataUrl);
    if (client::ClientConfig::isLoopbackHost(url.host())) {
        m_lab->setChecked(true); // the local engine is http on a loopback address
    }
    m_urlFetch->setUrl(url.toString());
    m_urlFetch->fetch();
}

void SamlIdpPage::loadMetadataFile(const QString& path)
{
    setMode(Mode::MetadataFile);
    m_filePath->setText(path);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        resetDocument();
        m_verdict->setText(
            tr("Cannot read %1: %2").arg(path, path.isEmpty() ? tr("no file given") : file.errorString()));
        return;
    }
    if (file.size() > kMaxFileBytes) {
        resetDocument();
        m_verdict->setText(tr("%1 is larger than 20 MB; that is not an IdP's metadata.").arg(path));
        return;
    }
    validateDocument(file.readAll(), path, false);
}

void SamlIdpPage::resetDocument()
{
    m_document.clear();
    m_source.clear();
    m_valid = false;
    m_findings->clear();
    Q_EMIT completeChanged();
}

void SamlIdpPage::validateDocument(const QByteArray& document, const QString& source, bool remote)
{
    resetDocument();
    m_document = document;
    m_source = source;
    m_validating = true;
    m_verdict->setText(tr("Validating…"));
    core::saml::ValidationPolicy policy;
    policy.role = core::saml::ExpectedRole::IdentityProvider;
    policy.lab = m_lab->isChecked() || (remote && sameOriginAsEnvironment(QUrl(source)) && ssoWizard()->labMode());
    policy.remote = remote;
    m_runner->start(document, policy, source);
    Q_EMIT completeChanged();
}

void SamlIdpPage::showReport(const core::saml::ValidationReport& report)
{
    m_validating = false;
    m_findings->clear();
    for (const core::saml::Finding& finding : report.findings) {
        auto* item = new QTreeWidgetItem(m_findings);
        item->setText(0, severityText(finding.severity));
        item->setText(1, QStringLiteral("[%1] %2").arg(finding.ruleId, finding.message));
        item->setText(2, finding.fix);
        item->setToolTip(1, item->text(1));
        item->setToolTip(2, finding.fix);
    }
    const int errors = report.count(core::saml::Severity::Error);
    const int warnings = report.count(core::saml::Severity::Warning);
    m_valid = report.readable && errors == 0;
    if (!report.readable) {
        m_verdict->setText(tr("Unreadable: this is not SAML metadata."));
    } else if (errors > 0) {
        m_verdict->setText(tr("Invalid: %n error(s); fix them in the IdP and fetch again.", nullptr, errors));
    } else {
        m_verdict->setText(warnings > 0 ? tr("Valid with %n warning(s).", nullptr, warnings) : tr("Valid."));
    }
    Q_EMIT completeChanged();
    Q_EMIT validated(m_valid);
}

void SamlIdpPage::showEngineViolations(const QStringList& violations)
{
    for (const QString& violation : violations) {
        auto* item = new QTreeWidgetItem(m_findings);
        item->setText(0, tr("Refused"));
        item->setText(1, violation);
        item->setToolTip(1, violation);
    }
}

bool SamlIdpPage::documentValid() const
{
    return m_valid;
}

bool SamlIdpPage::isComplete() const
{
    if (isBusy() || m_validating) {
        return false;
    }
    if (mode() == Mode::Manual) {
        return !m_entityId->text().trimmed().isEmpty() && !m_ssoUrl->text().trimmed().isEmpty()
               && !m_certificate->toPlainText().trimmed().isEmpty();
    }
    return m_valid && !m_document.isEmpty();
}

void SamlIdpPage::commit(Done done)
{
    QJsonObject saml;
    if (mode() == Mode::Manual) {
        saml.insert(QStringLiteral("idp_entity_id"), m_entityId->text().trimmed());
        saml.insert(QStringLiteral("idp_sso_url"), m_ssoUrl->text().trimmed());
        saml.insert(QStringLiteral("idp_certificate"), m_certificate->toPlainText().trimmed());
    } else {
        if (!m_valid) { // fail closed: never send a document the validator did not pass
            done(false, tr("The metadata has errors; fix them first."));
            return;
        }
        saml.insert(QStringLiteral("idp_metadata"), QString::fromUtf8(m_document));
        if (mode() == Mode::MetadataUrl) {
            saml.insert(QStringLiteral("idp_metadata_url"), m_source);
        }
    }
    SsoWizard* w = ssoWizard();
    w->api().updateConnection(
        w->organization().id,
        w->connection().id,
        QJsonObject{{QStringLiteral("saml_config"), saml}},
        this,
        [this, done](const client::ApiResult<client::Connection>& updated) {
            if (!updated.ok()) {
                showEngineViolations(updated.error().violations);
                done(false, tr("The environment refused the IdP configuration: %1").arg(updated.error().message));
                return;
            }
            ssoWizard()->setConnection(updated.value());
            done(true, {});
        });
}

} // namespace gatehouse::ui
