#include "ui/inspector/OrganizationDetailView.h"

#include "client/ApiClient.h"
#include "models/ResourceTables.h"
#include "ui/WidgetTag.h"
#include "ui/inspector/ConnectionValuesPanel.h"
#include "ui/inspector/DirectoryMembersPanel.h"
#include "ui/inspector/OrganizationEditDialog.h"
#include "ui/inspector/PortalLinksPanel.h"
#include "ui/inspector/ResourceTablePanel.h"
#include "ui/inspector/RoleEditDialog.h"
#include "ui/inspector/StateChipDelegate.h"
#include "ui/setup/DomainVerification.h"
#include "ui/setup/ScimSetupWizard.h"
#include "ui/wizard/SsoActionsBar.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

using models::ResourceTables;

namespace {
QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}
} // namespace

OrganizationDetailView::OrganizationDetailView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("organizationDetail"));
    m_title->setObjectName(QStringLiteral("organizationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tagWidget(m_tabs, "organizationTabs", tr("Organization details"));
    m_tabs->addTab(createOverview(), tr("&Overview"));
    addPanel(static_cast<int>(ResourceTables::Kind::Connections), QStringLiteral("connections"), tr("&Connections"));
    addConnectionValues();
    addPanel(static_cast<int>(ResourceTables::Kind::Directories), QStringLiteral("directories"), tr("&Directories"));
    addDirectoryMembers();
    addRowActions(m_panels.constFirst().second, QStringLiteral("connection"));
    addRowActions(m_panels.constLast().second, QStringLiteral("directory"));
    addPanel(static_cast<int>(ResourceTables::Kind::Domains), QStringLiteral("domains"), tr("Do&mains"));
    addRowActions(m_panels.constLast().second, QStringLiteral("domain"));
    addPanel(static_cast<int>(ResourceTables::Kind::Roles), QStringLiteral("roles"), tr("&Roles"));
    addRowActions(m_panels.constLast().second, QStringLiteral("role"));
    addPanel(static_cast<int>(ResourceTables::Kind::Events), QStringLiteral("events"), tr("E&vents"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    clear();
}

QWidget* OrganizationDetailView::createOverview()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("overviewPage"));
    m_id = valueLabel(page);
    m_id->setObjectName(QStringLiteral("organizationIdLabel"));
    m_externalId = valueLabel(page);
    m_externalId->setObjectName(QStringLiteral("organizationExternalIdLabel"));
    m_region = valueLabel(page);
    m_region->setObjectName(QStringLiteral("organizationRegionLabel"));
    m_created = valueLabel(page);
    m_created->setObjectName(QStringLiteral("organizationCreatedLabel"));
    m_updated = valueLabel(page);
    m_updated->setObjectName(QStringLiteral("organizationUpdatedLabel"));
    m_features = valueLabel(page);
    m_features->setObjectName(QStringLiteral("organizationFeaturesLabel"));
    m_copyId = new QToolButton(page);
    tagWidget(m_copyId, "copyOrganizationIdButton", tr("Copy organization ID"));
    m_copyId->setText(tr("Copy ID"));
    m_copyId->setFocusPolicy(Qt::StrongFocus);
    connect(m_copyId, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_organization.id); });
    m_edit = new QToolButton(page);
    tagWidget(m_edit, "editOrganizationButton", tr("Edit the organization"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setFocusPolicy(Qt::StrongFocus);
    connect(m_edit, &QToolButton::clicked, this, &OrganizationDetailView::editOrganization);
    m_metadata = new QTableWidget(0, 2, page);
    tagWidget(m_metadata, "organizationMetadataTable", tr("Organization metadata"));
    m_metadata->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_metadata->horizontalHeader()->setStretchLastSection(true);
    m_metadata->verticalHeader()->hide();
    m_metadata->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metadata->setTabKeyNavigation(false);

    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId);
    idRow->addWidget(m_edit);
    auto* form = new QFormLayout(page);
    form->addRow(tr("ID:"), idRow);
    form->addRow(tr("External ID:"), m_externalId);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Updated:"), m_updated);
    form->addRow(tr("Features:"), m_features);
    form->addRow(tr("Metadata:"), m_metadata);
    m_portalLinks = new PortalLinksPanel(page);
    form->addRow(tr("Admin-portal links:"), m_portalLinks);
    return page;
}

void OrganizationDetailView::addPanel(int kind, const QString& prefix, const QString& title)
{
    const auto resource = static_cast<ResourceTables::Kind>(kind);
    auto* model = new models::PagedTableModel(ResourceTables::headers(resource), this);
    QString plain = title;
    plain.remove(u'&');
    auto* panel = new ResourceTablePanel(model, prefix, plain, this);
    m_tabs->addTab(panel, title);
    m_panels.append({kind, panel});
}

void OrganizationDetailView::addConnectionValues()
{
    ResourceTablePanel* connections = m_panels.constLast().second;
    m_connectionValues = new ConnectionValuesPanel(connections);
    m_ssoActions = new SsoActionsBar(connections);
    connections->addDetailWidget(m_ssoActions);
    connections->addDetailWidget(m_connectionValues);
    // A change made by the wizard reloads the tab and keeps the selected connection selected (a plain reload would
    // select the first row again); a selection already wished for (the wizard's new draft) stays the wish.
    connect(m_ssoActions, &SsoActionsBar::connectionsModified, this, [this, connections] {
        const QString prefix = QStringLiteral("connections");
        const QModelIndex current = connections->table()->selectionModel()->currentIndex();
        if (!m_pendingSelections.value(prefix).isNull() || !current.isValid()) {
            connections->model()->reload();
            return;
        }
        reloadAndSelect(prefix, current.siblingAtColumn(0).data(models::PagedTableModel::IdRole).toString());
    });
    connect(m_ssoActions, &SsoActionsBar::connectionCreated, this, [this](const QString& id) {
        reloadAndSelect(QStringLiteral("connections"), id);
    });
    QTableView* table = connections->table();
    m_connectionsTable = table;
    table->setItemDelegateForColumn(1, new StateChipDelegate(table)); // the State column as a chip
    const auto update = [this, table] {
        const QModelIndex current = table->selectionModel()->currentIndex();
        if (!current.isValid()) {
            m_connectionValues->clear();
            m_ssoActions->setConnection({});
            return;
        }
        const client::Connection listed = client::Connection::fromJson(
            current.siblingAtColumn(0).data(models::PagedTableModel::RawRole).toJsonObject());
        m_connectionValues->setConnection(listed);
        m_ssoActions->setConnection(listed);
        if (!m_client || !listed.spEntityId.isEmpty() || !listed.redirectUri.isEmpty()) {
            return;
        }
        // List entries are abridged: read the whole connection for its SP values.
        const QString organizationId = m_organization.id;
        m_client->getConnection(
            organizationId,
            listed.id,
            m_connectionValues,
            [this, organizationId, id = listed.id](const client::ApiResult<client::Connection>& full) {
                const QModelIndex now = m_connectionsTable->selectionModel()->currentIndex();
                if (full.ok() && organizationId == m_organization.id && now.isValid()
                    && now.siblingAtColumn(0).data().toString() == id) {
                    m_connectionValues->setConnection(full.value());
                }
            });
    };
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, update);
    connect(table->model(), &QAbstractItemModel::modelReset, this, update);
    // Select the first connection when it arrives, so its values show without a click.
    connect(table->model(), &QAbstractItemModel::rowsInserted, this, [table](const QModelIndex&, int first) {
        if (first == 0 && !table->selectionModel()->currentIndex().isValid()) {
            table->setCurrentIndex(table->model()->index(0, 0));
        }
    });
}

void OrganizationDetailView::addDirectoryMembers()
{
    ResourceTablePanel* directories = m_panels.constLast().second;
    m_directoryMembers = new DirectoryMembersPanel(directories);
    directories->addDetailWidget(m_directoryMembers);
    QTableView* table = directories->table();
    const auto update = [this, table] {
        const QModelIndex current = table->selectionModel()->currentIndex();
        if (!current.isValid() || !m_client) {
            m_directoryMembers->setDirectory(nullptr, {}, {});
            return;
        }
        m_directoryMembers->setDirectory(
            m_client, m_organization.id, current.siblingAtColumn(0).data(models::PagedTableModel::IdRole).toString());
    };
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, update);
    connect(table->model(), &QAbstractItemModel::modelReset, this, update);
    // The first directory's users show without a click.
    connect(table->model(), &QAbstractItemModel::rowsInserted, this, [table](const QModelIndex&, int first) {
        if (first == 0 && !table->selectionModel()->currentIndex().isValid()) {
            table->setCurrentIndex(table->model()->index(0, 0));
        }
    });
}

void OrganizationDetailView::reloadAndSelect(const QString& panelPrefix, const QString& id)
{
    ResourceTablePanel* owner = panel(panelPrefix);
    if (!owner || id.isEmpty()) {
        return;
    }
    delete m_pendingSelections.value(panelPrefix).data(); // a newer wish replaces an older one
    auto* pending = new QObject(this);
    m_pendingSelections.insert(panelPrefix, pending);
    models::PagedTableModel* model = owner->model();
    QTableView* table = owner->table();
    // Done (found, or the list ended): forgotten at once, not only at the deferred delete, so a reload asked for
    // before the event loop runs again no longer sees a wish under way.
    const auto finish = [this, panelPrefix, pending] {
        if (m_pendingSelections.value(panelPrefix) == pending) {
            m_pendingSelections.remove(panelPrefix);
        }
        pending->deleteLater();
    };
    connect(model, &models::PagedTableModel::pageLoaded, pending, [finish, model, table, id] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row).id == id) {
                table->setCurrentIndex(model->index(row, 0));
                table->scrollTo(model->index(row, 0));
                finish();
                return;
            }
        }
        if (model->canFetchMore({})) {
            model->fetchMore({}); // not on this page: read on until it is found or the list ends
        } else {
            finish();
        }
    });
    model->reload();
}

void OrganizationDetailView::dropPendingSelections()
{
    for (const QPointer<QObject>& pending : std::as_const(m_pendingSelections)) {
        delete pending.data();
    }
    m_pendingSelections.clear();
}

ScimSetupWizard* OrganizationDetailView::openScimWizard()
{
    if (!m_client || m_organization.id.isEmpty()) {
        return nullptr;
    }
    if (m_scimWizard) {
        m_scimWizard->close();
    }
    // The inspector runs with the environment's credentials: an environment admin.
    auto* wizard = new ScimSetupWizard(m_client, m_organization.id, true, this);
    wizard->setWindowFlag(Qt::Window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    const QString organizationId = m_organization.id;
    connect(wizard, &ScimSetupWizard::directoryCreated, this, [this, organizationId](const QString& id) {
        if (organizationId == m_organization.id) {
            reloadAndSelect(QStringLiteral("directories"), id);
        }
    });
    connect(wizard, &QWizard::finished, this, [this, organizationId, wizard] {
        if (organizationId == m_organization.id && !wizard->directoryId().isEmpty()) {
            reloadAndSelect(QStringLiteral("directories"), wizard->directoryId()); // e.g. a token rotated
        }
    });
    wizard->show();
    m_scimWizard = wizard;
    return wizard;
}

ScimSetupWizard* OrganizationDetailView::scimWizard() const
{
    return m_scimWizard;
}

DomainVerifyDialog* OrganizationDetailView::openDomainVerification()
{
    const QJsonObject row = currentRow(QStringLiteral("domain"));
    if (!m_client || row.value(QStringLiteral("id")).toString().isEmpty()) {
        return nullptr;
    }
    if (m_domainVerifyDialog) {
        m_domainVerifyDialog->close();
    }
    auto* dialog = new DomainVerifyDialog(m_client, m_organization.id, row, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString organizationId = m_organization.id;
    connect(dialog, &DomainVerifyDialog::domainChanged, this, [this, organizationId](const QJsonObject& domain) {
        if (organizationId == m_organization.id) {
            reloadAndSelect(QStringLiteral("domains"), domain.value(QStringLiteral("id")).toString());
        }
    });
    m_domainVerifyDialog = dialog;
    dialog->open();
    return dialog;
}

DomainVerifyDialog* OrganizationDetailView::domainVerifyDialog() const
{
    return m_domainVerifyDialog;
}

void OrganizationDetailView::editOrganization()
{
    if (!m_client || m_organization.id.isEmpty()) {
        return;
    }
    auto* dialog = new OrganizationEditDialog(m_client, m_organization, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrganizationEditDialog::saved, this, [this](const client::Organization& organization) {
        if (organization.id != m_organization.id) {
            return; // another organization was selected meanwhile
        }
        m_organization = organization;
        m_title->setText(organization.displayName.isEmpty() ? organization.id : organization.displayName);
        showOverview();
        Q_EMIT organizationEdited(organization);
    });
    dialog->open();
}

namespace {
// The panel of a row-action prefix: connection → connections, directory → directories, domain → domains, role → roles.
QString panelPrefixOf(const QString& prefix)
{
    return prefix == QStringLiteral("directory") ? QStringLiteral("directories") : prefix + u's';
}
} // namespace

QJsonObject OrganizationDetailView::currentRow(const QString& prefix) const
{
    ResourceTablePanel* owner = panel(panelPrefixOf(prefix));
    const QModelIndex index = owner ? owner->table()->selectionModel()->currentIndex() : QModelIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(models::PagedTableModel::RawRole).toJsonObject()
                           : QJsonObject();
}

void OrganizationDetailView::confirm(const QString& objectName,
                                     const QString& title,
                                     const QString& text,
                                     const QString& accessibleName,
                                     const std::function<void()>& onYes)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->button(QMessageBox::Yes)->setAccessibleName(title);
    box->button(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel); // the safe choice: Enter does not delete
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, onYes] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes && m_client) {
            onYes();
        }
    });
    box->open();
}

void OrganizationDetailView::addRowActions(ResourceTablePanel* panel, const QString& prefix)
{
    auto* bar = new QWidget(panel);
    bar->setObjectName(prefix + QStringLiteral("ActionsBar"));
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    const auto addButton = [bar, row](const QString& objectName) {
        auto* button = new QToolButton(bar);
        button->setObjectName(objectName);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
        return button;
    };
    auto* progress = new QProgressBar(bar);
    progress->setObjectName(prefix + QStringLiteral("ActionProgress"));
    progress->setAccessibleName(tr("Working"));
    progress->setRange(0, 0);
    progress->setMaximumWidth(120);
    progress->setMaximumHeight(8);
    progress->setTextVisible(false);
    progress->hide();
    auto* message = new QLabel(bar);
    message->setObjectName(prefix + QStringLiteral("ActionMessage"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->hide();

    if (prefix == QStringLiteral("connection")) {
        QToolButton* toggle = addButton(QStringLiteral("connectionToggleButton"));
        connect(toggle, &QToolButton::clicked, this, [this] { toggleEnabled(QStringLiteral("connection")); });
        QToolButton* remove = addButton(QStringLiteral("connectionDeleteButton"));
        remove->setText(tr("Delete Connection…"));
        remove->setAccessibleName(tr("Delete the selected connection"));
        connect(remove, &QToolButton::clicked, this, &OrganizationDetailView::deleteSelectedConnection);
    } else if (prefix == QStringLiteral("directory")) {
        QToolButton* create = addButton(QStringLiteral("newDirectoryButton"));
        create->setText(tr("New Directory…"));
        create->setAccessibleName(tr("Connect a new SCIM directory to this organization"));
        connect(create, &QToolButton::clicked, this, &OrganizationDetailView::openScimWizard);
        QToolButton* toggle = addButton(QStringLiteral("directoryToggleButton"));
        connect(toggle, &QToolButton::clicked, this, [this] { toggleEnabled(QStringLiteral("directory")); });
        QToolButton* remove = addButton(QStringLiteral("directoryDeleteButton"));
        remove->setText(tr("Delete Directory…"));
        remove->setAccessibleName(tr("Delete the selected directory"));
        connect(remove, &QToolButton::clicked, this, &OrganizationDetailView::deleteSelectedDirectory);
    } else if (prefix == QStringLiteral("domain")) {
        auto* name = new QLineEdit(bar);
        tagWidget(name, "domainNameEdit", tr("New domain name"));
        name->setPlaceholderText(tr("Domain to add, e.g. example.com"));
        name->setMaxLength(253);
        row->addWidget(name, 1);
        QToolButton* add = addButton(QStringLiteral("addDomainButton"));
        add->setText(tr("Add Domain"));
        add->setAccessibleName(tr("Add the domain to this organization"));
        connect(add, &QToolButton::clicked, this, &OrganizationDetailView::addDomain);
        connect(name, &QLineEdit::returnPressed, this, &OrganizationDetailView::addDomain);
        connect(name, &QLineEdit::textChanged, this, [this] { updateRowActions(QStringLiteral("domain")); });
        QToolButton* verify = addButton(QStringLiteral("domainVerifyButton"));
        verify->setText(tr("Verify…"));
        verify->setAccessibleName(tr("Verify the selected pending domain"));
        connect(verify, &QToolButton::clicked, this, &OrganizationDetailView::openDomainVerification);
        QToolButton* remove = addButton(QStringLiteral("domainDeleteButton"));
        remove->setText(tr("Delete Domain…"));
        remove->setAccessibleName(tr("Delete the selected domain"));
        connect(remove, &QToolButton::clicked, this, &OrganizationDetailView::deleteSelectedDomain);
    } else if (prefix == QStringLiteral("role")) {
        QToolButton* create = addButton(QStringLiteral("newRoleButton"));
        create->setText(tr("New Role…"));
        create->setAccessibleName(tr("Create a role in this environment"));
        connect(create, &QToolButton::clicked, this, [this] { editRole(true); });
        QToolButton* edit = addButton(QStringLiteral("editRoleButton"));
        edit->setText(tr("Edit Role…"));
        edit->setAccessibleName(tr("Edit the selected role"));
        connect(edit, &QToolButton::clicked, this, [this] { editRole(false); });
        QToolButton* remove = addButton(QStringLiteral("deleteRoleButton"));
        remove->setText(tr("Delete Role…"));
        remove->setAccessibleName(tr("Delete the selected role"));
        connect(remove, &QToolButton::clicked, this, &OrganizationDetailView::deleteSelectedRole);
    }
    row->addWidget(progress);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(message);
    panel->addDetailWidget(bar);

    QTableView* table = panel->table();
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, prefix] {
        updateRowActions(prefix);
    });
    connect(table->model(), &QAbstractItemModel::modelReset, this, [this, prefix] { updateRowActions(prefix); });
    connect(table->model(), &QAbstractItemModel::dataChanged, this, [this, prefix] { updateRowActions(prefix); });
    updateRowActions(prefix);
}

void OrganizationDetailView::toggleEnabled(const QString& prefix)
{
    const QJsonObject row = currentRow(prefix);
    const QString id = row.value(QStringLiteral("id")).toString();
    if (!m_client || id.isEmpty()) {
        return;
    }
    const QString organizationId = m_organization.id;
    const bool enable = !row.value(QStringLiteral("enabled")).toBool();
    const bool connection = prefix == QStringLiteral("connection");
    const QString doneText = connection ? (enable ? tr("Connection enabled.") : tr("Connection disabled."))
                                        : (enable ? tr("Directory enabled.") : tr("Directory disabled."));
    runRowAction(prefix, doneText, [this, connection, organizationId, id, enable](auto done) {
        if (connection) {
            m_client->setConnectionEnabled(organizationId, id, enable, this, std::move(done));
        } else {
            m_client->setDirectoryEnabled(organizationId, id, enable, this, std::move(done));
        }
    });
}

void OrganizationDetailView::deleteSelectedConnection()
{
    const QJsonObject row = currentRow(QStringLiteral("connection"));
    const QString id = row.value(QStringLiteral("id")).toString();
    if (!m_client || id.isEmpty()) {
        return;
    }
    const client::Connection connection = client::Connection::fromJson(row);
    const QString label = connection.provider.isEmpty() ? id : tr("%1 (%2)").arg(connection.provider, id);
    const QString organizationId = m_organization.id;
    const QString extra =
        connection.enabled ? tr(" It is enabled: its users can no longer sign in through it.") : QString();
    confirm(QStringLiteral("deleteConnectionConfirmation"),
            tr("Delete Connection"),
            tr("Delete the connection %1 from this organization? Its configuration and test results are removed; "
               "this cannot be undone.")
                    .arg(label)
                + extra,
            tr("Confirm deleting the connection %1").arg(label),
            [this, organizationId, id, label] {
                runRowAction(QStringLiteral("connection"),
                             tr("Connection %1 deleted.").arg(label),
                             [this, organizationId, id](auto done) {
                                 m_client->deleteConnection(organizationId, id, this, std::move(done));
                             });
            });
}

void OrganizationDetailView::deleteSelectedDirectory()
{
    const QJsonObject row = currentRow(QStringLiteral("directory"));
    const QString id = row.value(QStringLiteral("id")).toString();
    if (!m_client || id.isEmpty()) {
        return;
    }
    const client::Directory directory = client::Directory::fromJson(row);
    const QString label = directory.name.isEmpty() ? id : tr("%1 (%2)").arg(directory.name, id);
    const QString organizationId = m_organization.id;
    confirm(QStringLiteral("deleteDirectoryConfirmation"),
            tr("Delete Directory"),
            tr("Delete the directory %1 from this organization? Its %n synced user(s), its groups and its SCIM "
               "tokens are removed; the identity provider can no longer sync to it. This cannot be undone.",
               nullptr,
               static_cast<int>(directory.totalUsers))
                .arg(label),
            tr("Confirm deleting the directory %1").arg(label),
            [this, organizationId, id, label] {
                runRowAction(QStringLiteral("directory"),
                             tr("Directory %1 deleted.").arg(label),
                             [this, organizationId, id](auto done) {
                                 m_client->deleteDirectory(organizationId, id, this, std::move(done));
                             });
            });
}

void OrganizationDetailView::addDomain()
{
    auto* name = findChild<QLineEdit*>(QStringLiteral("domainNameEdit"));
    const QString domain = name->text().trimmed();
    auto* bar = findChild<QWidget*>(QStringLiteral("domainActionsBar"));
    if (!m_client || domain.isEmpty() || bar->findChild<QProgressBar*>()->isVisible()) {
        return;
    }
    const QString organizationId = m_organization.id;
    runRowAction(QStringLiteral("domain"),
                 tr("Domain %1 added. Publish its TXT record to verify it.").arg(domain),
                 [this, organizationId, domain, name](auto done) {
                     m_client->createDomain(
                         organizationId,
                         domain,
                         this,
                         [done = std::move(done), name](const client::ApiResult<client::Domain>& result) {
                             if (result.ok()) {
                                 name->clear();
                                 done(true);
                             } else {
                                 done(result.error());
                             }
                         });
                 });
}

void OrganizationDetailView::deleteSelectedDomain()
{
    const QJsonObject row = currentRow(QStringLiteral("domain"));
    const QString id = row.value(QStringLiteral("id")).toString();
    if (!m_client || id.isEmpty()) {
        return;
    }
    const QString organizationId = m_organization.id;
    const QString name = row.value(QStringLiteral("domain")).toString();
    confirm(QStringLiteral("deleteDomainConfirmation"),
            tr("Delete Domain"),
            tr("Delete the domain “%1” from this organization? Users of that domain are no longer routed to its "
               "connections.")
                .arg(name),
            tr("Confirm deleting the domain %1").arg(name),
            [this, organizationId, id, name] {
                runRowAction(QStringLiteral("domain"),
                             tr("Domain %1 deleted.").arg(name),
                             [this, organizationId, id](auto done) {
                                 m_client->deleteDomain(organizationId, id, this, std::move(done));
                             });
            });
}

void OrganizationDetailView::editRole(bool create)
{
    if (!m_client) {
        return;
    }
    const client::Role role = create ? client::Role() : client::Role::fromJson(currentRow(QStringLiteral("role")));
    if (!create && role.name.isEmpty()) {
        return;
    }
    auto* dialog = new RoleEditDialog(m_client, role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoleEditDialog::saved, this, [this, create](const client::Role& saved) {
        auto* bar = findChild<QWidget*>(QStringLiteral("roleActionsBar"));
        auto* message = bar->findChild<QLabel*>(QStringLiteral("roleActionMessage"));
        message->setText(create ? tr("Role %1 created.").arg(saved.name) : tr("Role %1 saved.").arg(saved.name));
        message->setForegroundRole(QPalette::WindowText);
        message->setAccessibleName(message->text());
        message->show();
        if (ResourceTablePanel* owner = panel(QStringLiteral("roles"))) {
            owner->model()->reload();
        }
    });
    dialog->open();
}

void OrganizationDetailView::deleteSelectedRole()
{
    const QJsonObject row = currentRow(QStringLiteral("role"));
    const client::Role role = client::Role::fromJson(row);
    if (!m_client || role.name.isEmpty()) {
        return;
    }
    // Roles that extend this one must extend another: the one this role extends (the engine refuses otherwise).
    const bool hasDependents = row.value(QStringLiteral("dependent_roles_count")).toInteger() > 0;
    const QString reassignTo = hasDependents ? role.extends : QString();
    QString text = tr("Delete the role “%1” from this environment? Group-to-role mappings to it are removed and users "
                      "who hold it through a group lose it, in every organization.")
                       .arg(role.name);
    if (hasDependents) {
        text += u' '
                + (reassignTo.isEmpty()
                       ? tr("Other roles extend it and it extends no role: the engine will refuse until they extend "
                            "another role.")
                       : tr("Other roles extend it: they will extend “%1” instead.").arg(reassignTo));
    }
    confirm(QStringLiteral("deleteRoleConfirmation"),
            tr("Delete Role"),
            text,
            tr("Confirm deleting the role %1").arg(role.name),
            [this, name = role.name, reassignTo] {
                runRowAction(
                    QStringLiteral("role"), tr("Role %1 deleted.").arg(name), [this, name, reassignTo](auto done) {
                        m_client->deleteRole(name, reassignTo, this, std::move(done));
                    });
            });
}

void OrganizationDetailView::updateRowActions(const QString& prefix)
{
    auto* bar = findChild<QWidget*>(prefix + QStringLiteral("ActionsBar"));
    if (!bar) {
        return;
    }
    const QJsonObject row = currentRow(prefix);
    const bool busy = bar->findChild<QProgressBar*>()->isVisible();
    const bool rowActions = m_client && !row.isEmpty() && !busy;
    const auto button = [bar](const char* name) {
        return bar->findChild<QToolButton*>(QLatin1String(name));
    };
    const bool enabled = row.value(QStringLiteral("enabled")).toBool();
    if (prefix == QStringLiteral("domain")) {
        button("domainDeleteButton")->setEnabled(rowActions);
        button("domainVerifyButton")
            ->setEnabled(rowActions
                         && row.value(QStringLiteral("verification_status")).toString() != QStringLiteral("VERIFIED"));
        const auto* name = bar->findChild<QLineEdit*>(QStringLiteral("domainNameEdit"));
        button("addDomainButton")->setEnabled(m_client && !busy && !name->text().trimmed().isEmpty());
    } else if (prefix == QStringLiteral("role")) {
        button("newRoleButton")->setEnabled(m_client && !busy);
        button("editRoleButton")->setEnabled(rowActions);
        button("deleteRoleButton")->setEnabled(rowActions);
    } else if (prefix == QStringLiteral("connection")) {
        QToolButton* toggle = button("connectionToggleButton");
        toggle->setEnabled(rowActions);
        toggle->setText(enabled ? tr("Disable Connection") : tr("Enable Connection"));
        toggle->setAccessibleName(enabled ? tr("Disable the selected connection")
                                          : tr("Enable the selected connection"));
        button("connectionDeleteButton")->setEnabled(rowActions);
    } else {
        button("newDirectoryButton")->setEnabled(m_client && !m_organization.id.isEmpty() && !busy);
        QToolButton* toggle = button("directoryToggleButton");
        toggle->setEnabled(rowActions);
        toggle->setText(enabled ? tr("Disable Directory") : tr("Enable Directory"));
        toggle->setAccessibleName(enabled ? tr("Disable the selected directory") : tr("Enable the selected directory"));
        button("directoryDeleteButton")->setEnabled(rowActions);
    }
}

void OrganizationDetailView::runRowAction(
    const QString& prefix,
    const QString& doneText,
    const std::function<void(std::function<void(const client::ApiResult<bool>&)>)>& start)
{
    auto* bar = findChild<QWidget*>(prefix + QStringLiteral("ActionsBar"));
    auto* progress = bar->findChild<QProgressBar*>();
    auto* message = bar->findChild<QLabel*>(prefix + QStringLiteral("ActionMessage"));
    progress->show();
    message->hide();
    updateRowActions(prefix);
    const QString panelPrefix = panelPrefixOf(prefix);
    start([this, prefix, doneText, panelPrefix, progress, message](const client::ApiResult<bool>& result) {
        progress->hide();
        message->setText(result.ok() ? doneText
                                     : tr("The engine refused the change: %1").arg(result.error().detailedText()));
        message->setForegroundRole(result.ok() ? QPalette::WindowText : QPalette::BrightText);
        message->setAccessibleName(message->text());
        message->show();
        if (result.ok()) {
            if (ResourceTablePanel* owner = panel(panelPrefix)) {
                owner->model()->reload();
            }
        }
        updateRowActions(prefix);
    });
}

DirectoryMembersPanel* OrganizationDetailView::directoryMembers() const
{
    return m_directoryMembers;
}

ResourceTablePanel* OrganizationDetailView::panel(const QString& objectPrefix) const
{
    return findChild<ResourceTablePanel*>(objectPrefix + QStringLiteral("Panel"));
}

client::Organization OrganizationDetailView::organization() const
{
    return m_organization;
}

void OrganizationDetailView::clear()
{
    dropPendingSelections();
    m_client.clear();
    m_organization = {};
    m_title->setText(tr("No organization selected"));
    showOverview();
    for (const auto& [kind, panel] : std::as_const(m_panels)) {
        panel->model()->clear();
    }
    m_portalLinks->clear();
    resetRowActions();
    m_tabs->setEnabled(false);
}

void OrganizationDetailView::resetRowActions()
{
    // Another organization (or none): no typed domain or earlier result carries over.
    if (auto* name = findChild<QLineEdit*>(QStringLiteral("domainNameEdit"))) {
        name->clear();
    }
    for (const char* prefix : {"connection", "directory", "domain", "role"}) {
        if (auto* message = findChild<QLabel*>(QLatin1String(prefix) + QStringLiteral("ActionMessage"))) {
            message->clear();
            message->hide();
        }
    }
}

void OrganizationDetailView::setOrganization(client::ApiClient* apiClient, const client::Organization& organization)
{
    dropPendingSelections();
    m_client = apiClient;
    m_organization = organization;
    m_title->setText(organization.displayName.isEmpty() ? organization.id : organization.displayName);
    m_tabs->setEnabled(true);
    m_ssoActions->setOrganization(apiClient, organization);
    m_portalLinks->setOrganization(apiClient, organization.id);
    resetRowActions();
    showOverview();
    for (const auto& [kind, panel] : std::as_const(m_panels)) {
        panel->model()->setFetcher(
            ResourceTables::fetcher(static_cast<ResourceTables::Kind>(kind), apiClient, organization.id));
    }
}

void OrganizationDetailView::showOverview()
{
    const client::Organization& o = m_organization;
    const QString none = tr("—");
    m_id->setText(o.id.isEmpty() ? none : o.id);
    m_externalId->setText(o.externalId.isEmpty() ? none : o.externalId);
    m_region->setText(o.regionCode.isEmpty() ? none : o.regionCode);
    m_created->setText(o.createTime.isValid() ? when(o.createTime) : none);
    m_updated->setText(o.updateTime.isValid() ? when(o.updateTime) : none);
    QStringList features;
    for (auto it = o.features.begin(); it != o.features.end(); ++it) {
        features.append(it.value() ? tr("%1: on").arg(it.key()) : tr("%1: off").arg(it.key()));
    }
    m_features->setText(features.isEmpty() ? none : features.join(QStringLiteral(", ")));
    m_copyId->setEnabled(!o.id.isEmpty());
    m_edit->setEnabled(!o.id.isEmpty() && m_client);
    m_metadata->setRowCount(0);
    for (auto it = o.metadata.begin(); it != o.metadata.end(); ++it) {
        const int row = m_metadata->rowCount();
        m_metadata->insertRow(row);
        m_metadata->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_metadata->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
}

} // namespace gatehouse::ui
