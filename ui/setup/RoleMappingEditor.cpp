#include "ui/setup/RoleMappingEditor.h"

#include "client/ApiClient.h"
#include "client/JsonReader.h"
#include "ui/MessageBar.h"
#include "ui/WidgetTag.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace gatehouse::ui {

using client::ApiResult;
using client::JsonReader;

namespace {

QTableWidget* newTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    return table;
}

QPushButton* newButton(QWidget* parent, const QString& text, const char* name)
{
    auto* button = new QPushButton(text, parent);
    tagWidget(button, name, QString(text).remove(u'&'));
    return button;
}

} // namespace

RoleMappingEditor::RoleMappingEditor(QWidget* parent)
    : QWidget(parent)
    , m_message(new MessageBar(this))
{
    m_message->setObjectName(QStringLiteral("roleMappingMessageBar"));
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    m_rolesBox = createRolesBox();
    layout->addWidget(m_rolesBox, 1);
    layout->addWidget(createMappingBox(), 1);
    layout->addWidget(createPreviewBox());
}

QWidget* RoleMappingEditor::createRolesBox()
{
    auto* box = new QGroupBox(tr("App roles"), this);
    m_roles = newTable(box, {tr("Name"), tr("Display name"), tr("Description"), tr("Default")});
    tagWidget(m_roles, "rolesTable", tr("App roles"));
    m_roles->setMinimumHeight(130);
    m_roles->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roles->horizontalHeader()->setStretchLastSection(true);
    m_roleName = new QLineEdit(box);
    tagWidget(m_roleName, "roleNameEdit", tr("Role name"));
    m_roleName->setPlaceholderText(tr("e.g. billing_admin (letters, digits, _)"));
    m_roleDisplayName = new QLineEdit(box);
    tagWidget(m_roleDisplayName, "roleDisplayNameEdit", tr("Role display name"));
    m_roleDescription = new QLineEdit(box);
    tagWidget(m_roleDescription, "roleDescriptionEdit", tr("Role description"));
    m_newRole = newButton(box, tr("&New Role"), "newRoleButton");
    m_editRole = newButton(box, tr("&Edit Role"), "editRoleButton");
    m_setDefault = newButton(box, tr("Set as &Default Role"), "setDefaultRoleButton");
    m_saveRole = newButton(box, tr("&Save Role"), "saveRoleButton");
    connect(m_newRole, &QPushButton::clicked, this, [this] {
        m_editingRole.clear();
        m_roleName->clear();
        m_roleName->setEnabled(true);
        m_roleDisplayName->clear();
        m_roleDescription->clear();
        m_roleName->setFocus();
    });
    connect(m_editRole, &QPushButton::clicked, this, &RoleMappingEditor::editSelectedRole);
    connect(m_setDefault, &QPushButton::clicked, this, &RoleMappingEditor::setDefaultRole);
    connect(m_saveRole, &QPushButton::clicked, this, &RoleMappingEditor::saveRole);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_roleName);
    form->addRow(tr("Displa&y name:"), m_roleDisplayName);
    form->addRow(tr("Descri&ption:"), m_roleDescription);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newRole);
    buttons->addWidget(m_editRole);
    buttons->addWidget(m_setDefault);
    buttons->addStretch(1);
    buttons->addWidget(m_saveRole);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_roles);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return box;
}

QWidget* RoleMappingEditor::createMappingBox()
{
    auto* box = new QGroupBox(tr("Directory groups → roles"), this);
    m_groupSearch = new QLineEdit(box);
    tagWidget(m_groupSearch, "groupSearchEdit", tr("Search groups"));
    m_groupSearch->setPlaceholderText(tr("Search groups…"));
    m_groupSearch->setClearButtonEnabled(true);
    m_groups = new QListWidget(box);
    tagWidget(m_groups, "groupsList", tr("Directory groups"));
    m_groups->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_roleForGroups = new QComboBox(box);
    tagWidget(m_roleForGroups, "roleForGroupsCombo", tr("Role for the selected groups"));
    m_assign = newButton(box, tr("&Map Selected Groups"), "assignGroupsButton");
    m_mapping = newTable(box, {tr("Group"), tr("Role")});
    tagWidget(m_mapping, "mappingTable", tr("Group-to-role mapping"));
    m_mapping->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_removeMapping = newButton(box, tr("&Remove Mapping"), "removeMappingButton");
    m_saveMapping = newButton(box, tr("Save &Mapping"), "saveMappingButton");
    m_mappingState = new QLabel(box);
    tagWidget(m_mappingState, "mappingStateLabel", tr("Mapping state"));
    m_mappingState->setWordWrap(true);
    connect(m_groupSearch, &QLineEdit::textChanged, this, &RoleMappingEditor::filterGroups);
    connect(m_assign, &QPushButton::clicked, this, &RoleMappingEditor::assignSelectedGroups);
    connect(m_removeMapping, &QPushButton::clicked, this, &RoleMappingEditor::removeSelectedMappings);
    connect(m_saveMapping, &QPushButton::clicked, this, &RoleMappingEditor::saveMapping);

    auto* left = new QVBoxLayout;
    left->addWidget(m_groupSearch);
    left->addWidget(m_groups, 1);
    auto* assignRow = new QHBoxLayout;
    assignRow->addWidget(new QLabel(tr("Role:"), box));
    assignRow->addWidget(m_roleForGroups, 1);
    assignRow->addWidget(m_assign);
    left->addLayout(assignRow);
    auto* right = new QVBoxLayout;
    right->addWidget(m_mapping, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_removeMapping);
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveMapping);
    right->addLayout(saveRow);
    right->addWidget(m_mappingState);
    auto* layout = new QHBoxLayout(box);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    return box;
}

QWidget* RoleMappingEditor::createPreviewBox()
{
    auto* box = new QGroupBox(tr("Preview a user's effective roles"), this);
    m_users = new QComboBox(box);
    tagWidget(m_users, "previewUserCombo", tr("User to preview"));
    m_preview = newButton(box, tr("Show &Roles"), "previewRolesButton");
    m_previewTable = newTable(box, {tr("Role"), tr("Why")});
    tagWidget(m_previewTable, "previewTable", tr("Effective roles"));
    m_previewTable->setMaximumHeight(140);
    m_previewState = new QLabel(box);
    tagWidget(m_previewState, "previewStateLabel", tr("Preview state"));
    m_previewState->setWordWrap(true);
    connect(m_preview, &QPushButton::clicked, this, &RoleMappingEditor::showPreview);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("User:"), box));
    row->addWidget(m_users, 1);
    row->addWidget(m_preview);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_previewTable);
    layout->addWidget(m_previewState);
    return box;
}

void RoleMappingEditor::setDirectory(client::ApiClient* client,
                                     const QString& organizationId,
                                     const QString& directoryId,
                                     bool canEditRoles)
{
    m_client = client;
    m_organizationId = organizationId;
    m_directoryId = directoryId;
    m_canEditRoles = canEditRoles;
    for (QWidget* w : {static_cast<QWidget*>(m_roleName),
                       static_cast<QWidget*>(m_roleDisplayName),
                       static_cast<QWidget*>(m_roleDescription),
                       static_cast<QWidget*>(m_saveRole),
                       static_cast<QWidget*>(m_newRole),
                       static_cast<QWidget*>(m_editRole),
                       static_cast<QWidget*>(m_setDefault)}) {
        w->setVisible(canEditRoles);
    }
    reload();
}

QString RoleMappingEditor::basePath() const
{
    return QStringLiteral("/api/v1/organizations/%1/directories/%2").arg(m_organizationId, m_directoryId);
}

void RoleMappingEditor::reload()
{
    if (!m_client || m_directoryId.isEmpty()) {
        return;
    }
    m_message->dismiss();
    loadRoles();
    loadGroups();
    loadUsers();
}

void RoleMappingEditor::fail(const QString& what, const QString& message)
{
    m_message->showMessage(MessageBar::Kind::Error, tr("%1: %2").arg(what, message));
}

void RoleMappingEditor::loadRoles()
{
    m_client->send("GET", QStringLiteral("/api/v1/roles"), {}, {}, this, [this](const ApiResult<QJsonObject>& r) {
        if (!r.ok()) {
            fail(tr("Could not load the roles"), r.error().message);
            return;
        }
        const QString chosen = m_roleForGroups->currentData().toString();
        const QJsonArray roles = JsonReader(r.value()).array(QStringLiteral("roles"));
        m_roles->setRowCount(static_cast<int>(roles.size()));
        m_roleForGroups->clear();
        for (int row = 0; row < roles.size(); ++row) {
            const JsonReader role(roles.at(row).toObject());
            const QString name = role.string(QStringLiteral("name"));
            const QString display = role.string(QStringLiteral("display_name"));
            m_roles->setItem(row, 0, new QTableWidgetItem(name));
            m_roles->setItem(row, 1, new QTableWidgetItem(display));
            m_roles->setItem(row, 2, new QTableWidgetItem(role.string(QStringLiteral("description"))));
            m_roles->setItem(
                row,
                3,
                new QTableWidgetItem(role.boolean(QStringLiteral("default_member")) ? tr("Default") : QString()));
            m_roleForGroups->addItem(display.isEmpty() ? name : tr("%1 (%2)").arg(display, name), name);
        }
        const int index = m_roleForGroups->findData(chosen);
        m_roleForGroups->setCurrentIndex(index >= 0 ? index : 0);
    });
}

void RoleMappingEditor::loadGroups()
{
    m_client->send(
        "GET", basePath() + QStringLiteral("/groups/summary"), {}, {}, this, [this](const ApiResult<QJsonObject>& r) {
            if (!r.ok()) {
                fail(tr("Could not load the directory's groups"), r.error().message);
                return;
            }
            m_groups->clear();
            for (const QJsonValue& g : JsonReader(r.value()).array(QStringLiteral("groups"))) {
                const JsonReader group(g.toObject());
                auto* item = new QListWidgetItem(group.string(QStringLiteral("display_name")), m_groups);
                item->setData(Qt::UserRole, group.string(QStringLiteral("id")));
            }
            filterGroups(m_groupSearch->text());
            loadMapping();
        });
}

void RoleMappingEditor::loadMapping()
{
    m_client->send("GET", basePath(), {}, {}, this, [this](const ApiResult<QJsonObject>& r) {
        if (!r.ok()) {
            fail(tr("Could not load the directory"), r.error().message);
            return;
        }
        const JsonReader directory(JsonReader(r.value()).object(QStringLiteral("directory")));
        // role_assignments: {"assignments":[{group_id, role_name, role_id}]} (also accepted: a bare array).
        const QJsonValue raw = directory.value(QStringLiteral("role_assignments"));
        const QJsonArray list =
            raw.isArray() ? raw.toArray() : JsonReader(raw.toObject()).array(QStringLiteral("assignments"));
        m_mapping->setRowCount(0);
        for (const QJsonValue& a : list) {
            const JsonReader assignment(a.toObject());
            addMappingRow(assignment.string(QStringLiteral("group_id")),
                          assignment.string(QStringLiteral("role_name")));
        }
        m_mappingState->setText(directory.has(QStringLiteral("role_assignments"))
                                    ? tr("%n mapping(s) saved.", nullptr, m_mapping->rowCount())
                                    : tr("No group is mapped yet: every user gets the default role."));
        Q_EMIT loaded();
    });
}

void RoleMappingEditor::loadUsers()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("30"));
    m_client->send(
        "GET", basePath() + QStringLiteral("/users"), query, {}, this, [this](const ApiResult<QJsonObject>& r) {
            if (!r.ok()) {
                fail(tr("Could not load the directory's users"), r.error().message);
                return;
            }
            const QString chosen = m_users->currentData().toString();
            m_users->clear();
            for (const QJsonValue& u : JsonReader(r.value()).array(QStringLiteral("users"))) {
                const JsonReader user(u.toObject());
                const QString email = user.string(QStringLiteral("email"));
                m_users->addItem(email.isEmpty() ? user.string(QStringLiteral("preferred_username")) : email,
                                 user.string(QStringLiteral("id")));
            }
            const int index = m_users->findData(chosen);
            m_users->setCurrentIndex(index >= 0 ? index : 0);
        });
}

QString RoleMappingEditor::groupName(const QString& groupId) const
{
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->data(Qt::UserRole).toString() == groupId) {
            return m_groups->item(i)->text();
        }
    }
    return groupId;
}

void RoleMappingEditor::addMappingRow(const QString& groupId, const QString& roleName)
{
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (m_mapping->item(row, 0)->data(Qt::UserRole).toString() == groupId
            && m_mapping->item(row, 1)->text() == roleName) {
            return;
        }
    }
    const int row = m_mapping->rowCount();
    m_mapping->insertRow(row);
    auto* group = new QTableWidgetItem(groupName(groupId));
    group->setData(Qt::UserRole, groupId);
    m_mapping->setItem(row, 0, group);
    m_mapping->setItem(row, 1, new QTableWidgetItem(roleName));
}

QList<QPair<QString, QString>> RoleMappingEditor::assignments() const
{
    QList<QPair<QString, QString>> out;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        out.append({m_mapping->item(row, 0)->data(Qt::UserRole).toString(), m_mapping->item(row, 1)->text()});
    }
    return out;
}

void RoleMappingEditor::filterGroups(const QString& text)
{
    for (int i = 0; i < m_groups->count(); ++i) {
        QListWidgetItem* item = m_groups->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void RoleMappingEditor::assignSelectedGroups()
{
    const QString role = m_roleForGroups->currentData().toString();
    const QList<QListWidgetItem*> selected = m_groups->selectedItems();
    if (role.isEmpty() || selected.isEmpty()) {
        m_mappingState->setText(tr("Select one or more groups and a role first."));
        return;
    }
    for (QListWidgetItem* item : selected) {
        if (!item->isHidden()) {
            addMappingRow(item->data(Qt::UserRole).toString(), role);
        }
    }
    m_mappingState->setText(tr("Not saved yet: click Save Mapping."));
}

void RoleMappingEditor::removeSelectedMappings()
{
    QList<int> rows;
    for (const QModelIndex& index : m_mapping->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows) {
        m_mapping->removeRow(row);
    }
    if (!rows.isEmpty()) {
        m_mappingState->setText(tr("Not saved yet: click Save Mapping."));
    }
}

void RoleMappingEditor::saveMapping()
{
    if (!m_client) {
        return;
    }
    QJsonArray list;
    for (const auto& [groupId, roleName] : assignments()) {
        list.append(QJsonObject{{QStringLiteral("group_id"), groupId}, {QStringLiteral("role_name"), roleName}});
    }
    const QJsonObject body{{QStringLiteral("role_assignments"), QJsonObject{{QStringLiteral("assignments"), list}}}};
    m_saveMapping->setEnabled(false);
    m_client->send("PUT",
                   basePath() + QStringLiteral("/groups/-/roles:assign"),
                   {},
                   body,
                   this,
                   [this](const ApiResult<QJsonObject>& r) {
                       m_saveMapping->setEnabled(true);
                       if (!r.ok()) {
                           const bool missing = r.error().kind == client::ApiError::Kind::NotFound;
                           m_mappingState->setText(
                               missing ? tr("This environment does not offer group-to-role mapping (HTTP 404).")
                                       : tr("Not saved: %1").arg(r.error().message));
                           return;
                       }
                       m_mappingState->setText(tr("Saved: %n mapping(s).", nullptr, m_mapping->rowCount()));
                       Q_EMIT saved();
                   });
}

void RoleMappingEditor::showPreview()
{
    const QString userId = m_users->currentData().toString();
    if (!m_client || userId.isEmpty()) {
        m_previewState->setText(tr("No user to preview yet: provision users first."));
        return;
    }
    m_client->send(
        "GET",
        basePath() + QStringLiteral("/users/%1/roles").arg(userId),
        {},
        {},
        this,
        [this](const ApiResult<QJsonObject>& r) {
            m_previewTable->setRowCount(0);
            if (!r.ok()) {
                const bool missing = r.error().kind == client::ApiError::Kind::NotFound;
                m_previewState->setText(missing ? tr("This environment does not compute effective roles (HTTP 404).")
                                                : tr("Could not read the user's roles: %1").arg(r.error().message));
                return;
            }
            const QJsonArray roles = JsonReader(r.value()).array(QStringLiteral("roles"));
            for (const QJsonValue& v : roles) {
                const JsonReader role(v.toObject());
                QStringList groups;
                for (const QJsonValue& g : role.array(QStringLiteral("groups"))) {
                    groups << JsonReader(g.toObject()).string(QStringLiteral("display_name"));
                }
                const QString why = role.string(QStringLiteral("source")) == QStringLiteral("DEFAULT")
                                        ? tr("Default role (in no mapped group)")
                                        : tr("Member of %1").arg(groups.join(QStringLiteral(", ")));
                const int row = m_previewTable->rowCount();
                m_previewTable->insertRow(row);
                const QString display = role.string(QStringLiteral("display_name"));
                const QString name = role.string(QStringLiteral("role_name"));
                m_previewTable->setItem(
                    row, 0, new QTableWidgetItem(display.isEmpty() ? name : tr("%1 (%2)").arg(display, name)));
                m_previewTable->setItem(row, 1, new QTableWidgetItem(why));
            }
            m_previewState->setText(roles.isEmpty() ? tr("This user has no role.")
                                                    : tr("%n role(s).", nullptr, static_cast<int>(roles.size())));
            Q_EMIT previewShown();
        });
}

void RoleMappingEditor::editSelectedRole()
{
    const int row = m_roles->currentRow();
    if (row < 0) {
        fail(tr("Edit role"), tr("select a role in the table first"));
        return;
    }
    m_editingRole = m_roles->item(row, 0)->text();
    m_roleName->setText(m_editingRole);
    m_roleName->setEnabled(false); // the name is the key in tokens; it cannot change
    m_roleDisplayName->setText(m_roles->item(row, 1)->text());
    m_roleDescription->setText(m_roles->item(row, 2)->text());
    m_roleDisplayName->setFocus();
}

void RoleMappingEditor::saveRole()
{
    const QString name = m_roleName->text().trimmed();
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9_]{1,64}$"));
    if (!valid.match(name).hasMatch()) {
        fail(tr("Role not saved"), tr("the name must be 1–64 letters, digits or underscores (it goes into tokens)"));
        return;
    }
    if (m_roleDisplayName->text().trimmed().isEmpty()) {
        fail(tr("Role not saved"), tr("a display name is required"));
        return;
    }
    QJsonObject body{{QStringLiteral("display_name"), m_roleDisplayName->text().trimmed()},
                     {QStringLiteral("description"), m_roleDescription->text().trimmed()}};
    const bool creating = m_editingRole.isEmpty();
    if (creating) {
        body.insert(QStringLiteral("name"), name);
    }
    m_client->send(creating ? "POST" : "PUT",
                   creating ? QStringLiteral("/api/v1/roles") : QStringLiteral("/api/v1/roles/") + m_editingRole,
                   {},
                   body,
                   this,
                   [this](const ApiResult<QJsonObject>& r) {
                       if (!r.ok()) {
                           fail(tr("Role not saved"), r.error().detailedText());
                           return;
                       }
                       m_message->showMessage(MessageBar::Kind::Information, tr("Role saved."));
                       m_editingRole.clear();
                       m_roleName->setEnabled(true);
                       m_roleName->clear();
                       m_roleDisplayName->clear();
                       m_roleDescription->clear();
                       loadRoles();
                   });
}

void RoleMappingEditor::setDefaultRole()
{
    const int row = m_roles->currentRow();
    if (row < 0) {
        fail(tr("Default role"), tr("select a role in the table first"));
        return;
    }
    const QString name = m_roles->item(row, 0)->text();
    m_client->send("PATCH",
                   QStringLiteral("/api/v1/roles:set_defaults"),
                   {},
                   {{QStringLiteral("default_member_role"), name}},
                   this,
                   [this, name](const ApiResult<QJsonObject>& r) {
                       if (!r.ok()) {
                           fail(tr("Default role not changed"), r.error().message);
                           return;
                       }
                       m_message->showMessage(MessageBar::Kind::Information,
                                              tr("%1 is now the default role.").arg(name));
                       loadRoles();
                   });
}

} // namespace gatehouse::ui
