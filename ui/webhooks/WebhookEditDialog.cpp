#include "ui/webhooks/WebhookEditDialog.h"

#include "client/ApiClient.h"
#include "ui/WidgetTag.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

WebhookEditDialog::WebhookEditDialog(client::ApiClient* apiClient, const QJsonObject& endpoint, QWidget* parent)
    : QDialog(parent)
    , m_client(apiClient)
    , m_id(endpoint.value(QStringLiteral("id")).toString())
    , m_url(new QLineEdit(endpoint.value(QStringLiteral("url")).toString(), this))
    , m_eventTypes(new QLineEdit(this))
    , m_description(new QLineEdit(endpoint.value(QStringLiteral("description")).toString(), this))
    , m_enabled(new QCheckBox(tr("E&nabled (events are delivered to it)"), this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("webhookEditDialog"));
    setWindowTitle(tr("Edit Webhook Endpoint"));
    setAccessibleName(tr("Edit webhook endpoint"));
    QStringList types;
    for (const QJsonValue& type : endpoint.value(QStringLiteral("event_types")).toArray()) {
        types.append(type.toString());
    }
    m_eventTypes->setText(types.join(QStringLiteral(", ")));
    m_eventTypes->setPlaceholderText(tr("Comma-separated, e.g. organization.*, connection.enabled; empty = all"));
    m_enabled->setChecked(endpoint.value(QStringLiteral("enabled")).toBool());
    tagWidget(m_url, "webhookEditUrlEdit", tr("Endpoint URL"));
    tagWidget(m_eventTypes, "webhookEditEventTypesEdit", tr("Event types"));
    tagWidget(m_description, "webhookEditDescriptionEdit", tr("Endpoint description"));
    tagWidget(m_enabled, "webhookEditEnabledCheck", tr("Endpoint enabled"));
    tagWidget(m_progress, "webhookEditProgress", tr("Saving"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    tagWidget(m_error, "webhookEditError", tr("Why the endpoint was not saved"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    tagWidget(m_buttons->button(QDialogButtonBox::Save), "webhookSaveButton", tr("Save the endpoint"));
    tagWidget(m_buttons->button(QDialogButtonBox::Cancel), "webhookEditCancelButton", tr("Cancel editing"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WebhookEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    auto* urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, m_url);
    auto* typesLabel = new QLabel(tr("E&vent types:"), this);
    typesLabel->setBuddy(m_eventTypes);
    form->addRow(typesLabel, m_eventTypes);
    auto* descriptionLabel = new QLabel(tr("De&scription:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    form->addRow(m_enabled);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(560, 240);
}

QString WebhookEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void WebhookEditDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setAccessibleDescription(text);
    m_error->setVisible(!text.isEmpty());
}

void WebhookEditDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    for (QLineEdit* edit : {m_url, m_eventTypes, m_description}) {
        edit->setReadOnly(busy);
    }
    m_enabled->setEnabled(!busy);
}

void WebhookEditDialog::save()
{
    if (!m_client) {
        showError(tr("Not connected to an environment."));
        return;
    }
    const QString url = m_url->text().trimmed();
    if (url.isEmpty()) {
        showError(tr("The URL is required."));
        m_url->setFocus();
        return;
    }
    QJsonArray types;
    for (const QString& type : m_eventTypes->text().split(u',', Qt::SkipEmptyParts)) {
        if (!type.trimmed().isEmpty()) {
            types.append(type.trimmed());
        }
    }
    const QJsonObject body{{QStringLiteral("url"), url},
                           {QStringLiteral("event_types"), types},
                           {QStringLiteral("description"), m_description->text().trimmed()},
                           {QStringLiteral("enabled"), m_enabled->isChecked()}};
    showError(QString());
    setBusy(true);
    m_client->send("PATCH",
                   QStringLiteral("/api/v1/webhooks/endpoints/") + m_id,
                   {},
                   body,
                   this,
                   [this](const client::ApiResult<QJsonObject>& result) {
                       setBusy(false);
                       if (!result.ok()) {
                           showError(tr("The engine refused the change: %1").arg(result.error().detailedText()));
                           return;
                       }
                       Q_EMIT saved(result.value().value(QStringLiteral("endpoint")).toObject());
                       accept();
                   });
}

} // namespace gatehouse::ui
