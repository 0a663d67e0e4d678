#include "ui/wizard/ServiceProviderPage.h"

#include "client/ClientConfig.h"
#include "net/GuardedFetcher.h"
#include "ui/WidgetTag.h"
#include "ui/wizard/SsoWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

ServiceProviderPage::ServiceProviderPage(SsoWizard* wizard)
    : SsoWizardPage(wizard)
    , m_form(new QFormLayout)
    , m_download(new QPushButton(tr("&Download Metadata XML…"), this))
    , m_steps(new QLabel(this))
{
    setObjectName(QStringLiteral("serviceProviderPage"));
    setTitle(tr("Service provider details"));
    m_acs = addRow("acsUrlEdit");
    m_entityId = addRow("spEntityIdEdit");
    m_metadataUrl = addRow("spMetadataUrlEdit");
    m_redirectUri = addRow("redirectUriEdit");
    tagWidget(m_download, "downloadMetadataButton", tr("Download the SP metadata XML"));
    connect(m_download, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save SP Metadata"), QStringLiteral("sp-metadata.xml"), tr("SAML metadata (*.xml)"));
        if (!path.isEmpty()) {
            downloadMetadata(path);
        }
    });
    tagWidget(m_steps, "idpStepsLabel", tr("Steps in the identity provider"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_download, 0, Qt::AlignLeft);
    layout->addWidget(m_steps);
    layout->addStretch(1);
    addStatusArea("serviceProvider");
}

ServiceProviderPage::Row ServiceProviderPage::addRow(const char* objectName)
{
    Row row{new QLabel(this), new QLineEdit(this), new QToolButton(this)};
    row.value->setObjectName(QLatin1String(objectName));
    row.value->setReadOnly(true);
    row.copy->setObjectName(QLatin1String(objectName).chopped(4) + QStringLiteral("CopyButton"));
    row.copy->setText(tr("Copy"));
    row.copy->setFocusPolicy(Qt::StrongFocus);
    QLineEdit* edit = row.value;
    connect(row.copy, &QToolButton::clicked, this, [this, edit] {
        QApplication::clipboard()->setText(edit->text());
        setStatus(tr("Copied to the clipboard."), false);
    });
    row.label->setBuddy(row.value);
    auto* line = new QHBoxLayout;
    line->addWidget(row.value, 1);
    line->addWidget(row.copy);
    m_form->addRow(row.label, line);
    return row;
}

void ServiceProviderPage::initializePage()
{
    showConnection();
    SsoWizard* w = ssoWizard();
    if (!w->hasConnection()) {
        return;
    }
    // Read the whole connection (computed SP values) again: the create answer may be abridged.
    w->api().getConnection(
        w->organization().id, w->connection().id, this, [this](const client::ApiResult<client::Connection>& full) {
            if (full.ok()) {
                ssoWizard()->setConnection(full.value());
                showConnection();
            } else {
                setStatus(full.error().detailedText(), true);
            }
        });
}

void ServiceProviderPage::showConnection()
{
    const IdpPreset& preset = ssoWizard()->preset();
    const client::Connection& c = ssoWizard()->connection();
    setSubTitle(
        preset.isSaml()
            ? tr("Copy these values into %1. Each is labelled with the name %1 gives the field.").arg(preset.name)
            : tr("Register this redirect URI with %1.").arg(preset.name));
    const auto show = [](const Row& row, bool visible, const QString& label, const QString& value) {
        row.label->setVisible(visible);
        row.value->setVisible(visible);
        row.copy->setVisible(visible);
        row.label->setText(label + QLatin1Char(':'));
        row.value->setText(value);
        row.value->setAccessibleName(label);
        row.copy->setAccessibleName(tr("Copy %1").arg(label));
        row.copy->setEnabled(!value.isEmpty());
    };
    show(m_acs, preset.isSaml(), preset.acsLabel, c.spAssertionUrl);
    show(m_entityId, preset.isSaml(), preset.entityIdLabel, c.spEntityId);
    show(m_metadataUrl, preset.isSaml(), preset.metadataUrlLabel, c.spMetadataUrl);
    show(m_redirectUri, !preset.isSaml(), preset.redirectUriLabel, c.redirectUri);
    m_download->setVisible(preset.isSaml());
    m_download->setEnabled(!c.spMetadataUrl.isEmpty());
    QString steps = QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("In %1:").arg(preset.name.toHtmlEscaped()));
    for (const QString& step : preset.steps) {
        steps += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    }
    m_steps->setText(steps + QStringLiteral("</ol>"));
}

void ServiceProviderPage::downloadMetadata(const QString& path)
{
    const QUrl url(ssoWizard()->connection().spMetadataUrl);
    net::GuardedFetcher::Options options;
    // The SP metadata comes from the environment itself: a loopback engine is fetched over http.
    options.allowHttp = options.allowPrivateAddresses = client::ClientConfig::isLoopbackHost(url.host());
    options.maxBytes = 1024 * 1024;
    auto* session = new QObject(this);
    auto* nam = new QNetworkAccessManager(session);
    auto* fetcher = new net::GuardedFetcher(nam, session);
    setBusy(true);
    QPointer<ServiceProviderPage> self(this);
    fetcher->get(url, options, [self, session, path](core::Result<QByteArray> result) {
        session->deleteLater();
        if (!self) {
            return;
        }
        self->setBusy(false);
        QString error;
        if (!result.ok()) {
            error = tr("The SP metadata could not be downloaded: %1").arg(result.error().message);
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(result.value()) != result.value().size()
                || !file.commit()) {
                error = tr("Could not write %1: %2").arg(path, file.errorString());
            }
        }
        self->setStatus(error.isEmpty() ? tr("Saved the SP metadata to %1.").arg(path) : error, !error.isEmpty());
        Q_EMIT self->metadataDownloaded(path, error);
    });
}

} // namespace gatehouse::ui
