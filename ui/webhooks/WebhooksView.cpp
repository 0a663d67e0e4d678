#include "ui/webhooks/WebhooksView.h"

#include "client/ApiClient.h"
#include "models/PagedTableModel.h"
#include "models/WebhookTables.h"
#include "ui/WidgetTag.h"
#include "ui/inspector/ResourceTablePanel.h"
#include "ui/webhooks/WebhookEditDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

using models::PagedTableModel;
using models::WebhookTables;

namespace {
QToolButton* actionButton(QWidget* parent, const char* name, const QString& text, const QString& accessible)
{
    auto* button = new QToolButton(parent);
    tagWidget(button, name, accessible);
    button->setText(text);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}
} // namespace

WebhooksView::WebhooksView(QWidget* parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_eventTypes(new QLineEdit(this))
    , m_create(new QPushButton(tr("&Create Endpoint"), this))
    , m_secret(new QLineEdit(this))
    , m_copySecret(actionButton(this, "copyWebhookSecretButton", tr("Copy"), tr("Copy the signing secret")))
    , m_secretNote(new QLabel(this))
    , m_endpoints(new PagedTableModel(WebhookTables::endpointHeaders(), this))
    , m_deliveries(new PagedTableModel(WebhookTables::deliveryHeaders(), this))
    , m_endpointsPanel(
          new ResourceTablePanel(m_endpoints, QStringLiteral("webhookEndpoints"), tr("Webhook endpoints"), this))
    , m_deliveriesPanel(
          new ResourceTablePanel(m_deliveries, QStringLiteral("webhookDeliveries"), tr("Webhook deliveries"), this))
    , m_toggle(actionButton(this, "toggleWebhookButton", tr("Disable"), tr("Enable or disable the endpoint")))
    , m_edit(actionButton(this, "editWebhookButton", tr("Edit…"), tr("Edit the endpoint")))
    , m_rotate(actionButton(this, "rotateWebhookSecretButton", tr("Rotate Secret"), tr("Rotate the signing secret")))
    , m_test(actionButton(this, "testWebhookButton", tr("Send Test"), tr("Send a test event to the endpoint")))
    , m_delete(actionButton(this, "deleteWebhookButton", tr("Delete…"), tr("Delete the endpoint")))
    , m_redeliver(actionButton(this, "redeliverButton", tr("Redeliver"), tr("Redeliver the selected delivery")))
    , m_message(new QLabel(this))
    , m_statusFilter(new QComboBox(this))
    , m_attempts(new QTableWidget(0, static_cast<int>(WebhookTables::attemptHeaders().size()), this))
{
    setObjectName(QStringLiteral("webhooksView"));
    tagWidget(m_url, "webhookUrlEdit", tr("Endpoint URL"));
    m_url->setPlaceholderText(tr("https://app.example.com/hooks/gatehouse"));
    tagWidget(m_description, "webhookDescriptionEdit", tr("Endpoint description"));
    tagWidget(m_eventTypes, "webhookEventTypesEdit", tr("Event types"));
    m_eventTypes->setPlaceholderText(tr("Comma-separated, e.g. organization.*, connection.enabled; empty = all"));
    tagWidget(m_create, "createWebhookButton", tr("Create webhook endpoint"));
    tagWidget(m_secret, "webhookSecretEdit", tr("Signing secret"));
    m_secret->setReadOnly(true);
    m_secret->setPlaceholderText(tr("A new signing secret is shown here once."));
    m_secretNote->setObjectName(QStringLiteral("webhookSecretNote"));
    m_secretNote->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("webhooksMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("De&scription:"), m_description);
    form->addRow(tr("E&vent types:"), m_eventTypes);
    auto* createRow = new QHBoxLayout;
    createRow->addStretch(1);
    createRow->addWidget(m_create);
    form->addRow(createRow);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copySecret);
    form->addRow(tr("Secret:"), secretRow);
    form->addRow(QString(), m_secretNote);

    auto* endpointActions = new QHBoxLayout;
    endpointActions->addWidget(m_edit);
    endpointActions->addWidget(m_toggle);
    endpointActions->addWidget(m_rotate);
    endpointActions->addWidget(m_test);
    endpointActions->addWidget(m_delete);
    endpointActions->addStretch(1);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(form);
    topLayout->addWidget(m_endpointsPanel, 1);
    topLayout->addLayout(endpointActions);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* deliveriesTitle = new QLabel(tr("Delivery log of the selected endpoint"), bottom);
    tagWidget(m_statusFilter, "webhookDeliveryStatusFilter", tr("Show deliveries with this status"));
    m_statusFilter->addItem(tr("All deliveries"), QString());
    m_statusFilter->addItem(tr("Succeeded"), QStringLiteral("SUCCEEDED"));
    m_statusFilter->addItem(tr("Failed"), QStringLiteral("FAILED"));
    m_statusFilter->addItem(tr("Pending (waiting for a retry)"), QStringLiteral("PENDING"));
    m_statusFilter->addItem(tr("Delivering now"), QStringLiteral("DELIVERING"));
    auto* statusLabel = new QLabel(tr("S&tatus:"), bottom);
    statusLabel->setBuddy(m_statusFilter);
    auto* deliveriesHeader = new QHBoxLayout;
    deliveriesHeader->addWidget(deliveriesTitle, 1);
    deliveriesHeader->addWidget(statusLabel);
    deliveriesHeader->addWidget(m_statusFilter);
    bottomLayout->addLayout(deliveriesHeader);
    bottomLayout->addWidget(m_deliveriesPanel, 2);
    tagWidget(m_attempts, "webhookAttemptsTable", tr("Attempts of the selected delivery"));
    m_attempts->setHorizontalHeaderLabels(WebhookTables::attemptHeaders());
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    m_attempts->verticalHeader()->hide();
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attempts->setTabKeyNavigation(false);
    auto* attemptsTitle = new QLabel(tr("&Attempts of the selected delivery:"), bottom);
    attemptsTitle->setBuddy(m_attempts);
    bottomLayout->addWidget(attemptsTitle);
    bottomLayout->addWidget(m_attempts, 1);
    auto* deliveryActions = new QHBoxLayout;
    deliveryActions->addWidget(m_redeliver);
    deliveryActions->addStretch(1);
    bottomLayout->addLayout(deliveryActions);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_create, &QPushButton::clicked, this, &WebhooksView::createEndpoint);
    connect(m_url, &QLineEdit::returnPressed, this, &WebhooksView::createEndpoint);
    connect(m_url, &QLineEdit::textChanged, this, &WebhooksView::updateButtons);
    connect(
        m_copySecret, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_secret->text()); });
    connect(m_toggle, &QToolButton::clicked, this, &WebhooksView::toggleSelected);
    connect(m_edit, &QToolButton::clicked, this, &WebhooksView::editSelected);
    connect(m_rotate, &QToolButton::clicked, this, &WebhooksView::rotateSelectedSecret);
    connect(m_test, &QToolButton::clicked, this, &WebhooksView::testSelected);
    connect(m_redeliver, &QToolButton::clicked, this, &WebhooksView::redeliverSelected);
    connect(m_delete, &QToolButton::clicked, this, [this] {
        const QJsonObject endpoint = selectedEndpoint();
        if (endpoint.isEmpty()) {
            return;
        }
        const auto answer = QMessageBox::warning(
            this,
            tr("Delete Endpoint"),
            tr("Delete the webhook endpoint %1 and its delivery log? Events are no longer sent to it.")
                .arg(endpoint.value(QStringLiteral("url")).toString()),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer == QMessageBox::Yes) {
            deleteSelected();
        }
    });
    QTableView* endpointsTable = m_endpointsPanel->table();
    connect(endpointsTable->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &WebhooksView::endpointChanged);
    connect(m_endpoints, &QAbstractItemModel::modelReset, this, &WebhooksView::endpointChanged);
    connect(m_endpoints, &QAbstractItemModel::rowsInserted, this, [this, endpointsTable] {
        // Keep the endpoint that was current before a reload, else take the first.
        if (endpointsTable->selectionModel()->currentIndex().isValid()) {
            return;
        }
        int row = 0;
        for (int r = 0; r < m_endpoints->rowCount(); ++r) {
            if (m_endpoints->rowAt(r).id == m_currentEndpointId) {
                row = r;
            }
        }
        endpointsTable->setCurrentIndex(m_endpoints->index(row, 0));
    });
    connect(m_deliveriesPanel->table()->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &WebhooksView::updateButtons);
    connect(m_deliveriesPanel->table()->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &WebhooksView::showAttempts);
    connect(m_deliveries, &QAbstractItemModel::modelReset, this, &WebhooksView::showAttempts);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = selectedEndpoint().value(QStringLiteral("id")).toString();
        if (!id.isEmpty()) {
            m_deliveries->setFetcher(WebhookTables::deliveriesFetcher(m_client, id, deliveryStatusFilter()));
        }
    });
    setClient(nullptr);
}

void WebhooksView::setClient(client::ApiClient* apiClient)
{
    m_client = apiClient;
    m_secret->clear();
    m_secretNote->clear();
    m_currentEndpointId.clear();
    {
        const QSignalBlocker blocker(m_statusFilter); // another environment: the whole log again
        m_statusFilter->setCurrentIndex(0);
    }
    setMessage({}, false);
    m_endpoints->setFetcher(apiClient ? WebhookTables::endpointsFetcher(apiClient) : models::PageFetcher());
    updateButtons();
}

models::PagedTableModel* WebhooksView::endpoints() const
{
    return m_endpoints;
}

models::PagedTableModel* WebhooksView::deliveries() const
{
    return m_deliveries;
}

QJsonObject WebhooksView::selectedEndpoint() const
{
    const QModelIndex current = m_endpointsPanel->table()->selectionModel()->currentIndex();
    return current.isValid() ? m_endpoints->rowAt(current.row()).raw : QJsonObject();
}

QString WebhooksView::selectedDeliveryId() const
{
    const QModelIndex current = m_deliveriesPanel->table()->selectionModel()->currentIndex();
    return current.isValid() ? m_deliveries->rowAt(current.row()).id : QString();
}

void WebhooksView::endpointChanged()
{
    const QJsonObject endpoint = selectedEndpoint();
    const QString id = endpoint.value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        m_deliveries->setFetcher({});
    } else if (id != m_currentEndpointId || m_deliveries->rowCount() == 0) {
        m_deliveries->setFetcher(WebhookTables::deliveriesFetcher(m_client, id, deliveryStatusFilter()));
    }
    if (!id.isEmpty()) {
        m_currentEndpointId = id;
    }
    updateButtons();
}

void WebhooksView::setDeliveryStatusFilter(const QString& status)
{
    const int index = m_statusFilter->findData(status);
    if (index >= 0) {
        m_statusFilter->setCurrentIndex(index);
    }
}

QString WebhooksView::deliveryStatusFilter() const
{
    return m_statusFilter->currentData().toString();
}

void WebhooksView::showAttempts()
{
    const QModelIndex current = m_deliveriesPanel->table()->selectionModel()->currentIndex();
    const QList<QStringList> rows =
        current.isValid() ? WebhookTables::attemptRows(m_deliveries->rowAt(current.row()).raw) : QList<QStringList>();
    m_attempts->setRowCount(0);
    for (const QStringList& cells : rows) {
        const int row = m_attempts->rowCount();
        m_attempts->insertRow(row);
        for (int column = 0; column < cells.size(); ++column) {
            m_attempts->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
}

void WebhooksView::updateButtons()
{
    const bool connected = !m_client.isNull();
    const QJsonObject endpoint = selectedEndpoint();
    const bool any = connected && !endpoint.isEmpty();
    m_create->setEnabled(connected && !m_url->text().trimmed().isEmpty());
    m_copySecret->setEnabled(!m_secret->text().isEmpty());
    m_toggle->setEnabled(any);
    m_edit->setEnabled(any);
    m_toggle->setText(endpoint.value(QStringLiteral("enabled")).toBool() ? tr("Disable") : tr("Enable"));
    m_rotate->setEnabled(any);
    m_test->setEnabled(any);
    m_delete->setEnabled(any);
    m_redeliver->setEnabled(any && !selectedDeliveryId().isEmpty());
}

void WebhooksView::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
}

void WebhooksView::showSecret(const QString& secret, const QString& note)
{
    m_secret->setText(secret);
    m_secretNote->setText(note);
    updateButtons();
}

void WebhooksView::createEndpoint()
{
    if (!m_client || m_url->text().trimmed().isEmpty()) {
        return;
    }
    QJsonArray types;
    for (const QString& type : m_eventTypes->text().split(u',', Qt::SkipEmptyParts)) {
        if (!type.trimmed().isEmpty()) {
            types.append(type.trimmed());
        }
    }
    QJsonObject body{{QStringLiteral("url"), m_url->text().trimmed()}, {QStringLiteral("event_types"), types}};
    if (!m_description->text().trimmed().isEmpty()) {
        body.insert(QStringLiteral("description"), m_description->text().trimmed());
    }
    m_create->setEnabled(false);
    m_client->send(
        "POST",
        QStringLiteral("/api/v1/webhooks/endpoints"),
        {},
        body,
        this,
        [this](const client::ApiResult<QJsonObject>& result) {
            updateButtons();
            if (!result.ok()) {
                setMessage(tr("Could not create the endpoint: %1").arg(result.error().message), true);
                Q_EMIT actionFinished(QStringLiteral("create"), result.error().message);
                return;
            }
            m_currentEndpointId =
                result.value().value(QStringLiteral("endpoint")).toObject().value(QStringLiteral("id")).toString();
            showSecret(result.value().value(QStringLiteral("secret")).toString(),
                       tr("Copy the signing secret now: it is shown only once."));
            m_url->clear();
            m_description->clear();
            m_eventTypes->clear();
            setMessage(tr("Endpoint created."), false);
            m_endpoints->reload();
            Q_EMIT actionFinished(QStringLiteral("create"), {});
        });
}

void WebhooksView::toggleSelected()
{
    const QJsonObject endpoint = selectedEndpoint();
    if (!m_client || endpoint.isEmpty()) {
        return;
    }
    const bool enable = !endpoint.value(QStringLiteral("enabled")).toBool();
    m_client->send("PATCH",
                   QStringLiteral("/api/v1/webhooks/endpoints/") + endpoint.value(QStringLiteral("id")).toString(),
                   {},
                   QJsonObject{{QStringLiteral("enabled"), enable}},
                   this,
                   [this, enable](const client::ApiResult<QJsonObject>& result) {
                       if (!result.ok()) {
                           setMessage(tr("Could not change the endpoint: %1").arg(result.error().message), true);
                           Q_EMIT actionFinished(QStringLiteral("toggle"), result.error().message);
                           return;
                       }
                       setMessage(enable ? tr("Endpoint enabled.") : tr("Endpoint disabled."), false);
                       m_endpoints->reload();
                       Q_EMIT actionFinished(QStringLiteral("toggle"), {});
                   });
}

void WebhooksView::editSelected()
{
    const QJsonObject endpoint = selectedEndpoint();
    if (!m_client || endpoint.isEmpty()) {
        return;
    }
    auto* dialog = new WebhookEditDialog(m_client, endpoint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookEditDialog::saved, this, [this] {
        setMessage(tr("Endpoint saved."), false);
        m_endpoints->reload();
        Q_EMIT actionFinished(QStringLiteral("edit"), {});
    });
    dialog->open();
}

void WebhooksView::rotateSelectedSecret()
{
    const QJsonObject endpoint = selectedEndpoint();
    if (!m_client || endpoint.isEmpty()) {
        return;
    }
    m_client->send("POST",
                   QStringLiteral("/api/v1/webhooks/endpoints/%1:rotate_secret")
                       .arg(endpoint.value(QStringLiteral("id")).toString()),
                   {},
                   QJsonObject(),
                   this,
                   [this](const client::ApiResult<QJsonObject>& result) {
                       if (!result.ok()) {
                           setMessage(tr("Could not rotate the secret: %1").arg(result.error().message), true);
                           Q_EMIT actionFinished(QStringLiteral("rotate"), result.error().message);
                           return;
                       }
                       const QJsonObject rotated = result.value().value(QStringLiteral("endpoint")).toObject();
                       const QString until = rotated.value(QStringLiteral("previous_secret_expire_time")).toString();
                       showSecret(result.value().value(QStringLiteral("secret")).toString(),
                                  until.isEmpty()
                                      ? tr("The new signing secret is shown only once.")
                                      : tr("The new signing secret is shown only once; the previous one keeps "
                                           "signing until %1.")
                                            .arg(until));
                       setMessage(tr("Secret rotated."), false);
                       m_endpoints->reload();
                       Q_EMIT actionFinished(QStringLiteral("rotate"), {});
                   });
}

void WebhooksView::testSelected()
{
    const QJsonObject endpoint = selectedEndpoint();
    if (!m_client || endpoint.isEmpty()) {
        return;
    }
    m_client->send(
        "POST",
        QStringLiteral("/api/v1/webhooks/endpoints/%1:test").arg(endpoint.value(QStringLiteral("id")).toString()),
        {},
        QJsonObject(),
        this,
        [this](const client::ApiResult<QJsonObject>& result) {
            if (!result.ok()) {
                setMessage(tr("Could not send a test event: %1").arg(result.error().message), true);
                Q_EMIT actionFinished(QStringLiteral("test"), result.error().message);
                return;
            }
            setMessage(tr("Test event queued."), false);
            m_deliveries->reload();
            Q_EMIT actionFinished(QStringLiteral("test"), {});
        });
}

void WebhooksView::deleteSelected()
{
    const QJsonObject endpoint = selectedEndpoint();
    if (!m_client || endpoint.isEmpty()) {
        return;
    }
    m_client->send("DELETE",
                   QStringLiteral("/api/v1/webhooks/endpoints/") + endpoint.value(QStringLiteral("id")).toString(),
                   {},
                   {},
                   this,
                   [this](const client::ApiResult<QJsonObject>& result) {
                       if (!result.ok()) {
                           setMessage(tr("Could not delete the endpoint: %1").arg(result.error().message), true);
                           Q_EMIT actionFinished(QStringLiteral("delete"), result.error().message);
                           return;
                       }
                       m_currentEndpointId.clear();
                       m_secret->clear();
                       m_secretNote->clear();
                       setMessage(tr("Endpoint deleted."), false);
                       m_endpoints->reload();
                       Q_EMIT actionFinished(QStringLiteral("delete"), {});
                   });
}

void WebhooksView::redeliverSelected()
{
    const QJsonObject endpoint = selectedEndpoint();
    const QString delivery = selectedDeliveryId();
    if (!m_client || endpoint.isEmpty() || delivery.isEmpty()) {
        return;
    }
    m_client->send("POST",
                   QStringLiteral("/api/v1/webhooks/endpoints/%1/deliveries/%2:redeliver")
                       .arg(endpoint.value(QStringLiteral("id")).toString(), delivery),
                   {},
                   QJsonObject(),
                   this,
                   [this](const client::ApiResult<QJsonObject>& result) {
                       if (!result.ok()) {
                           setMessage(tr("Could not redeliver: %1").arg(result.error().message), true);
                           Q_EMIT actionFinished(QStringLiteral("redeliver"), result.error().message);
                           return;
                       }
                       setMessage(tr("Delivery queued again."), false);
                       m_deliveries->reload();
                       Q_EMIT actionFinished(QStringLiteral("redeliver"), {});
                   });
}

} // namespace gatehouse::ui
