#include "ui/inspector/DirectoryMembersPanel.h"

#include "client/ApiClient.h"
#include "models/DirectoryTables.h"
#include "models/PagedTableModel.h"
#include "ui/WidgetTag.h"
#include "ui/inspector/ResourceTablePanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

using models::DirectoryTables;
using models::PagedTableModel;

namespace {
QTimer* debounce(QObject* parent)
{
    auto* timer = new QTimer(parent);
    timer->setSingleShot(true);
    timer->setInterval(300);
    return timer;
}
} // namespace

DirectoryMembersPanel::DirectoryMembersPanel(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_users(new PagedTableModel(DirectoryTables::userHeaders(), this))
    , m_groups(new PagedTableModel(DirectoryTables::groupHeaders(), this))
{
    setObjectName(QStringLiteral("directoryMembersPanel"));
    tagWidget(m_tabs, "directoryMembersTabs", tr("Directory users and groups"));
    m_tabs->addTab(createUsersPage(), tr("&Users"));
    m_tabs->addTab(createGroupsPage(), tr("&Groups"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setDirectory(nullptr, {}, {});
}

QWidget* DirectoryMembersPanel::createUsersPage()
{
    auto* page = new QWidget(this);
    m_userSearch = new QLineEdit(page);
    tagWidget(m_userSearch, "directoryUserSearchEdit", tr("Search directory users"));
    m_userSearch->setPlaceholderText(tr("Search by email, name, user name or ID"));
    m_userSearch->setClearButtonEnabled(true);
    m_userSearchTimer = debounce(this);
    connect(m_userSearch, &QLineEdit::textEdited, m_userSearchTimer, qOverload<>(&QTimer::start));
    connect(m_userSearchTimer, &QTimer::timeout, this, &DirectoryMembersPanel::applyUserSearch);
    connect(m_userSearch, &QLineEdit::returnPressed, this, [this] {
        m_userSearchTimer->stop();
        applyUserSearch();
    });
    connect(m_userSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) { // the clear button
            m_userSearchTimer->stop();
            applyUserSearch();
        }
    });
    m_usersPanel = new ResourceTablePanel(m_users, QStringLiteral("directoryUsers"), tr("Directory users"), page);

    auto* detail = new QWidget(page);
    detail->setObjectName(QStringLiteral("directoryUserDetail"));
    m_userTitle = new QLabel(detail);
    m_userTitle->setObjectName(QStringLiteral("directoryUserTitle"));
    m_userTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_userTitle->font();
    bold.setBold(true);
    m_userTitle->setFont(bold);
    m_copyUserId = new QToolButton(detail);
    tagWidget(m_copyUserId, "copyDirectoryUserIdButton", tr("Copy directory user ID"));
    m_copyUserId->setText(tr("Copy ID"));
    m_copyUserId->setFocusPolicy(Qt::StrongFocus);
    connect(m_copyUserId, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_userId); });
    m_attributes = new QPlainTextEdit(detail);
    tagWidget(m_attributes, "directoryUserAttributesView", tr("Raw attributes of the directory user"));
    m_attributes->setReadOnly(true);
    m_attributes->setTabChangesFocus(true);
    m_attributes->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_attributes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_attributes->setFocusPolicy(Qt::StrongFocus);
    m_userGroups = new QListWidget(detail);
    tagWidget(m_userGroups, "directoryUserGroupsList", tr("Groups of the directory user"));
    m_roles = new QTableWidget(0, 4, detail);
    tagWidget(m_roles, "directoryUserRolesTable", tr("Effective roles of the directory user"));
    m_roles->setHorizontalHeaderLabels({tr("Role"), tr("Display name"), tr("Source"), tr("Through groups")});
    m_roles->horizontalHeader()->setStretchLastSection(true);
    m_roles->verticalHeader()->hide();
    m_roles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roles->setTabKeyNavigation(false);
    m_rolesStatus = new QLabel(detail);
    m_rolesStatus->setObjectName(QStringLiteral("directoryUserRolesStatus"));
    m_rolesStatus->setWordWrap(true);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_userTitle, 1);
    titleRow->addWidget(m_copyUserId);
    auto* form = new QFormLayout;
    form->addRow(tr("Groups:"), m_userGroups);
    form->addRow(tr("Effective roles:"), m_roles);
    form->addRow(QString(), m_rolesStatus);
    form->addRow(tr("Raw attributes:"), m_attributes);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(titleRow);
    detailLayout->addLayout(form, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("directoryUsersSplitter"));
    splitter->addWidget(m_usersPanel);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_userSearch);
    layout->addWidget(splitter, 1);

    QTableView* table = m_usersPanel->table();
    const auto update = [this, table] {
        const QModelIndex current = table->selectionModel()->currentIndex();
        showUser(current.isValid() ? current.siblingAtColumn(0).data(PagedTableModel::RawRole).toJsonObject()
                                   : QJsonObject());
    };
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, update);
    connect(m_users, &QAbstractItemModel::modelReset, this, update);
    return page;
}

QWidget* DirectoryMembersPanel::createGroupsPage()
{
    auto* page = new QWidget(this);
    m_groupSearch = new QLineEdit(page);
    tagWidget(m_groupSearch, "directoryGroupSearchEdit", tr("Search directory groups"));
    m_groupSearch->setPlaceholderText(tr("Search by name or ID"));
    m_groupSearch->setClearButtonEnabled(true);
    m_groupSearchTimer = debounce(this);
    connect(m_groupSearch, &QLineEdit::textEdited, m_groupSearchTimer, qOverload<>(&QTimer::start));
    connect(m_groupSearchTimer, &QTimer::timeout, this, &DirectoryMembersPanel::applyGroupSearch);
    connect(m_groupSearch, &QLineEdit::returnPressed, this, [this] {
        m_groupSearchTimer->stop();
        applyGroupSearch();
    });
    connect(m_groupSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            m_groupSearchTimer->stop();
            applyGroupSearch();
        }
    });
    m_groupsPanel = new ResourceTablePanel(m_groups, QStringLiteral("directoryGroups"), tr("Directory groups"), page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_groupSearch);
    layout->addWidget(m_groupsPanel, 1);
    return page;
}

void DirectoryMembersPanel::setDirectory(client::ApiClient* apiClient,
                                         const QString& organizationId,
                                         const QString& directoryId)
{
    if (apiClient == m_client && organizationId == m_organizationId && directoryId == m_directoryId
        && !directoryId.isEmpty()) {
        return;
    }
    m_client = apiClient;
    m_organizationId = organizationId;
    m_directoryId = directoryId;
    m_userSearchTimer->stop();
    m_groupSearchTimer->stop();
    m_userSearch->clear();
    m_groupSearch->clear();
    const bool any = apiClient && !directoryId.isEmpty();
    setEnabled(any);
    if (!any) {
        m_users->setFetcher({});
        m_groups->setFetcher({});
        showUser({});
        return;
    }
    applyUserSearch();
    applyGroupSearch();
}

QString DirectoryMembersPanel::directoryId() const
{
    return m_directoryId;
}

models::PagedTableModel* DirectoryMembersPanel::users() const
{
    return m_users;
}

models::PagedTableModel* DirectoryMembersPanel::groups() const
{
    return m_groups;
}

void DirectoryMembersPanel::applyUserSearch()
{
    if (!m_client || m_directoryId.isEmpty()) {
        return;
    }
    m_users->setFetcher(
        DirectoryTables::usersFetcher(m_client, m_organizationId, m_directoryId, m_userSearch->text()));
}

void DirectoryMembersPanel::applyGroupSearch()
{
    if (!m_client || m_directoryId.isEmpty()) {
        return;
    }
    m_groups->setFetcher(
        DirectoryTables::groupsFetcher(m_client, m_organizationId, m_directoryId, m_groupSearch->text()));
}

void DirectoryMembersPanel::showUser(const QJsonObject& user)
{
    delete m_rolesRequest.data(); // drops the previous user's pending roles answer
    m_userId = user.value(QStringLiteral("id")).toString();
    m_roles->setRowCount(0);
    m_userGroups->clear();
    m_copyUserId->setEnabled(!m_userId.isEmpty());
    if (m_userId.isEmpty()) {
        m_userTitle->setText(tr("No user selected"));
        m_attributes->clear();
        m_rolesStatus->clear();
        return;
    }
    const QString email = user.value(QStringLiteral("email")).toString();
    m_userTitle->setText(email.isEmpty() ? m_userId : email);
    const QJsonObject detail = user.value(QStringLiteral("user_detail")).toObject();
    m_attributes->setPlainText(
        QString::fromUtf8(QJsonDocument(detail.isEmpty() ? user : detail).toJson(QJsonDocument::Indented)));
    for (const QJsonValue& group : user.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = group.toObject();
        auto* item = new QListWidgetItem(g.value(QStringLiteral("display_name")).toString(), m_userGroups);
        item->setToolTip(g.value(QStringLiteral("id")).toString());
    }
    if (m_userGroups->count() == 0) {
        m_userGroups->addItem(tr("(no groups)"));
    }
    if (!m_client) {
        return;
    }
    m_rolesStatus->setText(tr("Loading roles…"));
    m_rolesRequest = new QObject(this);
    const QString userId = m_userId;
    m_client->send(
        "GET",
        QStringLiteral("/api/v1/organizations/%1/directories/%2/users/%3/roles")
            .arg(m_organizationId, m_directoryId, userId),
        {},
        {},
        m_rolesRequest,
        [this, userId](const client::ApiResult<QJsonObject>& result) {
            if (!result.ok()) {
                m_rolesStatus->setText(tr("Could not read the roles: %1").arg(result.error().message));
                Q_EMIT userRolesLoaded(userId);
                return;
            }
            const QJsonArray roles = result.value().value(QStringLiteral("roles")).toArray();
            for (const QJsonValue& value : roles) {
                const QJsonObject role = value.toObject();
                QStringList groups;
                for (const QJsonValue& g : role.value(QStringLiteral("groups")).toArray()) {
                    groups.append(g.toObject().value(QStringLiteral("display_name")).toString());
                }
                const QString source = role.value(QStringLiteral("source")).toString();
                const int row = m_roles->rowCount();
                m_roles->insertRow(row);
                m_roles->setItem(row, 0, new QTableWidgetItem(role.value(QStringLiteral("role_name")).toString()));
                m_roles->setItem(row, 1, new QTableWidgetItem(role.value(QStringLiteral("display_name")).toString()));
                m_roles->setItem(row,
                                 2,
                                 new QTableWidgetItem(source == QStringLiteral("GROUP")     ? tr("Group")
                                                      : source == QStringLiteral("DEFAULT") ? tr("Default role")
                                                                                            : source));
                m_roles->setItem(row, 3, new QTableWidgetItem(groups.join(QStringLiteral(", "))));
            }
            m_rolesStatus->setText(roles.isEmpty() ? tr("No roles.") : QString());
            Q_EMIT userRolesLoaded(userId);
        });
}

} // namespace gatehouse::ui
