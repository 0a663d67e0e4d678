#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTimer;
class QToolButton;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::models {
class PagedTableModel;
}

namespace gatehouse::ui {

class ResourceTablePanel;

// The users and groups of the directory selected in an organization's Directories tab: two lazily paged tables
// with a search box each (300 ms after typing, or Enter), and for the selected user its detail — raw
// attributes (the user_detail the engine sends), groups, and effective roles with their source
// (GET …/directories/{dir}/users/{user_id}/roles). objectNames: directoryMembersTabs, directoryUserSearchEdit,
// directoryGroupSearchEdit, directoryUsers*/directoryGroups* (see ResourceTablePanel), directoryUserTitle,
// copyDirectoryUserIdButton, directoryUserAttributesView, directoryUserGroupsList, directoryUserRolesTable,
// directoryUserRolesStatus.
class DirectoryMembersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DirectoryMembersPanel(QWidget* parent = nullptr);

    // An empty directory id clears the panel.
    void setDirectory(client::ApiClient* apiClient, const QString& organizationId, const QString& directoryId);
    QString directoryId() const;
    models::PagedTableModel* users() const;
    models::PagedTableModel* groups() const;

Q_SIGNALS:
    void userRolesLoaded(const QString& userId);

private:
    QWidget* createUsersPage();
    QWidget* createGroupsPage();
    void applyUserSearch();
    void applyGroupSearch();
    void showUser(const QJsonObject& user);

    QPointer<client::ApiClient> m_client;
    QString m_organizationId;
    QString m_directoryId;
    QString m_userId;
    QTabWidget* m_tabs;
    models::PagedTableModel* m_users;
    models::PagedTableModel* m_groups;
    ResourceTablePanel* m_usersPanel = nullptr;
    ResourceTablePanel* m_groupsPanel = nullptr;
    QLineEdit* m_userSearch = nullptr;
    QLineEdit* m_groupSearch = nullptr;
    QTimer* m_userSearchTimer = nullptr;
    QTimer* m_groupSearchTimer = nullptr;
    QLabel* m_userTitle = nullptr;
    QToolButton* m_copyUserId = nullptr;
    QPlainTextEdit* m_attributes = nullptr;
    QListWidget* m_userGroups = nullptr;
    QTableWidget* m_roles = nullptr;
    QLabel* m_rolesStatus = nullptr;
    QPointer<QObject> m_rolesRequest; // bounds the pending roles call; replaced per user
};

} // namespace gatehouse::ui
