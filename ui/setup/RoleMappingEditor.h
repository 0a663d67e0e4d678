#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

class MessageBar;

// Group-to-role mapping for one directory: the app's roles (create, edit, set the default role given to users
// in no mapped group), the directory's groups (search, multi-select) mapped to a role, saved with
// PUT …/groups/-/roles:assign (the whole set), and a preview of one user's effective roles with the reason
// (the group that grants it, or the default).
class RoleMappingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RoleMappingEditor(QWidget* parent = nullptr);

    // canEditRoles: environment admins may create and edit roles; a portal session only maps groups.
    void setDirectory(client::ApiClient* client,
                      const QString& organizationId,
                      const QString& directoryId,
                      bool canEditRoles);
    void reload();
    // (group id, role name) pairs as shown, saved or not.
    QList<QPair<QString, QString>> assignments() const;

Q_SIGNALS:
    void loaded();
    void saved();
    void previewShown();

private:
    QWidget* createRolesBox();
    QWidget* createMappingBox();
    QWidget* createPreviewBox();
    void loadRoles();
    void loadGroups();
    void loadMapping();
    void loadUsers();
    void saveRole();
    void editSelectedRole();
    void setDefaultRole();
    void assignSelectedGroups();
    void removeSelectedMappings();
    void saveMapping();
    void showPreview();
    void filterGroups(const QString& text);
    void addMappingRow(const QString& groupId, const QString& roleName);
    QString groupName(const QString& groupId) const;
    void fail(const QString& what, const QString& message);
    QString basePath() const;

    QPointer<client::ApiClient> m_client;
    QString m_organizationId;
    QString m_directoryId;
    bool m_canEditRoles = false;
    QString m_editingRole; // the role being edited; empty while creating

    MessageBar* m_message;
    QWidget* m_rolesBox;
    QTableWidget* m_roles;
    QLineEdit* m_roleName;
    QLineEdit* m_roleDisplayName;
    QLineEdit* m_roleDescription;
    QPushButton* m_saveRole;
    QPushButton* m_newRole;
    QPushButton* m_editRole;
    QPushButton* m_setDefault;
    QLineEdit* m_groupSearch;
    QListWidget* m_groups;
    QComboBox* m_roleForGroups;
    QPushButton* m_assign;
    QTableWidget* m_mapping;
    QPushButton* m_removeMapping;
    QPushButton* m_saveMapping;
    QLabel* m_mappingState;
    QComboBox* m_users;
    QPushButton* m_preview;
    QTableWidget* m_previewTable;
    QLabel* m_previewState;
};

} // namespace gatehouse::ui
