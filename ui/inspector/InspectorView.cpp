#include "ui/inspector/InspectorView.h"

#include "client/ApiClient.h"
#include "models/OrganizationListModel.h"
#include "ui/MessageBar.h"
#include "ui/WidgetTag.h"
#include "ui/inspector/OrganizationDetailView.h"
#include "ui/inspector/ResourceTablePanel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

InspectorView::InspectorView(QWidget* parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_search(new QLineEdit(this))
    , m_new(new QToolButton(this))
    , m_delete(new QToolButton(this))
    , m_searchDelay(new QTimer(this))
    , m_model(new models::OrganizationListModel(this))
    , m_list(new ResourceTablePanel(m_model, QStringLiteral("organizations"), tr("Organizations"), this))
    , m_detail(new OrganizationDetailView(this))
{
    setObjectName(QStringLiteral("inspectorView"));
    m_hint->setObjectName(QStringLiteral("inspectorHint"));
    m_hint->setWordWrap(true);
    tagWidget(m_search, "organizationSearchEdit", tr("Search organizations"));
    m_search->setPlaceholderText(tr("Search by name, ID or external ID"));
    m_search->setClearButtonEnabled(true);
    m_message->setObjectName(QStringLiteral("inspectorMessageBar"));
    m_message->hide();
    tagWidget(m_new, "newOrganizationButton", tr("New organization"));
    m_new->setText(tr("New…"));
    m_new->setFocusPolicy(Qt::StrongFocus);
    tagWidget(m_delete, "deleteOrganizationButton", tr("Delete the selected organization"));
    m_delete->setText(tr("Delete…"));
    m_delete->setFocusPolicy(Qt::StrongFocus);
    connect(m_new, &QToolButton::clicked, this, &InspectorView::chooseNewOrganization);
    connect(m_delete, &QToolButton::clicked, this, &InspectorView::confirmDeleteSelected);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setQuery(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setQuery(m_search->text());
        m_list->table()->setFocus();
    });

    QTableView* table = m_list->table();
    table->setColumnWidth(models::OrganizationListModel::NameColumn, 220);
    table->setColumnWidth(models::OrganizationListModel::IdColumn, 200);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InspectorView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InspectorView::showSelected);
    // An edited organization: reload the list (its name may have changed) and select it again.
    connect(m_detail, &OrganizationDetailView::organizationEdited, this, [this](const client::Organization& edited) {
        Q_EMIT statusMessage(tr("Organization %1 saved").arg(edited.displayName));
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_model, &models::PagedTableModel::pageLoaded, this, [this, connection, id = edited.id] {
            QObject::disconnect(*connection);
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->rowAt(row).id == id) {
                    m_list->table()->setCurrentIndex(m_model->index(row, 0));
                }
            }
        });
        m_model->reload();
    });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_new);
    searchRow->addWidget(m_delete);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_list, 1);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("inspectorSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 700});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setClient(nullptr);
}

void InspectorView::setClient(client::ApiClient* apiClient)
{
    m_client = apiClient;
    m_hint->setText(apiClient ? QString()
                              : tr("Not connected. Choose an environment in the toolbar, or add one with "
                                   "“Add Environment…”."));
    m_hint->setVisible(!apiClient);
    m_search->setEnabled(apiClient);
    m_new->setEnabled(apiClient);
    m_delete->setEnabled(false);
    m_message->dismiss();
    m_detail->clear();
    m_model->setClient(apiClient);
}

client::ApiClient* InspectorView::apiClient() const
{
    return m_client;
}

models::OrganizationListModel* InspectorView::organizations() const
{
    return m_model;
}

OrganizationDetailView* InspectorView::detail() const
{
    return m_detail;
}

void InspectorView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InspectorView::showSelected()
{
    const QModelIndex current = m_list->table()->selectionModel()->currentIndex();
    m_delete->setEnabled(current.isValid() && m_client);
    if (!current.isValid() || !m_client || current.row() >= m_model->rowCount()) {
        m_detail->clear();
        return;
    }
    const client::Organization organization = m_model->organizationAt(current.row());
    if (organization.id == m_detail->organization().id) {
        return;
    }
    m_detail->setOrganization(m_client, organization);
    Q_EMIT statusMessage(tr("Organization %1").arg(organization.displayName));
}

void InspectorView::createOrganization(const QString& displayName, const QString& externalId)
{
    if (!m_client) {
        return;
    }
    client::OrganizationInput input;
    input.displayName = displayName.trimmed();
    input.externalId = externalId.trimmed();
    m_client->createOrganization(input, this, [this](const client::ApiResult<client::Organization>& result) {
        if (!result.ok()) {
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("The organization was not created: %1").arg(result.error().detailedText()));
            return;
        }
        const client::Organization created = result.value();
        m_message->dismiss();
        Q_EMIT statusMessage(tr("Organization %1 created").arg(created.displayName));
        // Show it: search for its id and select it when the list arrives.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_model, &models::PagedTableModel::pageLoaded, this, [this, connection, id = created.id] {
            QObject::disconnect(*connection);
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->rowAt(row).id == id) {
                    m_list->table()->setCurrentIndex(m_model->index(row, 0));
                    m_list->table()->setFocus();
                }
            }
        });
        m_searchDelay->stop();
        m_search->setText(created.id);
        m_model->setQuery(created.id);
        Q_EMIT organizationCreated(created);
    });
}

void InspectorView::deleteSelected()
{
    const QModelIndex current = m_list->table()->selectionModel()->currentIndex();
    if (!m_client || !current.isValid()) {
        return;
    }
    const QString id = m_model->rowAt(current.row()).id;
    m_client->deleteOrganization(id, this, [this, id](const client::ApiResult<bool>& result) {
        if (!result.ok()) {
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("The organization was not deleted: %1").arg(result.error().detailedText()));
            return;
        }
        m_message->dismiss();
        Q_EMIT statusMessage(tr("Organization %1 deleted").arg(id));
        m_model->reload();
        Q_EMIT organizationDeleted(id);
    });
}

void InspectorView::chooseNewOrganization()
{
    if (!m_client) {
        return;
    }
    QDialog dialog(window());
    dialog.setObjectName(QStringLiteral("newOrganizationDialog"));
    dialog.setWindowTitle(tr("New Organization"));
    auto* name = new QLineEdit(&dialog);
    tagWidget(name, "newOrganizationNameEdit", tr("Organization name"));
    auto* externalId = new QLineEdit(&dialog);
    tagWidget(externalId, "newOrganizationExternalIdEdit", tr("External ID"));
    externalId->setPlaceholderText(tr("optional: your application's id for it"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(name, &QLineEdit::textChanged, &dialog, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&External ID:"), externalId);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted) {
        createOrganization(name->text(), externalId->text());
    }
}

void InspectorView::confirmDeleteSelected()
{
    const QModelIndex current = m_list->table()->selectionModel()->currentIndex();
    if (!m_client || !current.isValid()) {
        return;
    }
    const client::Organization organization = m_model->organizationAt(current.row());
    QMessageBox box(QMessageBox::Warning,
                    tr("Delete Organization"),
                    tr("Delete the organization “%1” (%2) with its connections, directories and domains? This cannot "
                       "be undone.")
                        .arg(organization.displayName, organization.id),
                    QMessageBox::Yes | QMessageBox::Cancel,
                    window());
    box.setObjectName(QStringLiteral("deleteOrganizationConfirmation"));
    box.setAccessibleName(tr("Confirm deleting the organization %1").arg(organization.displayName));
    box.button(QMessageBox::Yes)->setAccessibleName(tr("Delete Organization"));
    box.button(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Cancel); // the safe choice: Enter does not delete
    box.setEscapeButton(QMessageBox::Cancel);
    const int answer = box.exec();
    if (answer == QMessageBox::Yes) {
        deleteSelected();
    }
}

} // namespace gatehouse::ui
