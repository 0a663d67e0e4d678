#include "ui/setup/DirectoryLiveView.h"

#include "client/ApiClient.h"
#include "client/JsonReader.h"
#include "ui/WidgetTag.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace gatehouse::ui {

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

} // namespace

DirectoryLiveView::DirectoryLiveView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_users(newTable(this, {tr("User"), tr("Email"), tr("Groups")}))
    , m_groups(newTable(this, {tr("Group"), tr("Members")}))
{
    tagWidget(m_summary, "liveSummaryLabel", tr("Provisioned users and groups"));
    tagWidget(m_error, "liveErrorLabel", tr("Live view error"));
    tagWidget(m_users, "liveUsersTable", tr("Provisioned users"));
    tagWidget(m_groups, "liveGroupsTable", tr("Provisioned groups"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_users);
    splitter->addWidget(m_groups);
    splitter->setStretchFactor(0, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &DirectoryLiveView::refresh);
    updateSummary();
}

void DirectoryLiveView::setDirectory(client::ApiClient* client,
                                     const QString& organizationId,
                                     const QString& directoryId)
{
    m_client = client;
    m_organizationId = organizationId;
    m_directoryId = directoryId;
    m_users->setRowCount(0);
    m_groups->setRowCount(0);
    m_totalUsers = m_totalGroups = 0;
    updateSummary();
}

void DirectoryLiveView::setInterval(int ms)
{
    m_timer.setInterval(ms);
}

void DirectoryLiveView::start()
{
    refresh();
    m_timer.start();
}

void DirectoryLiveView::stop()
{
    m_timer.stop();
}

int DirectoryLiveView::userCount() const
{
    return m_users->rowCount();
}

int DirectoryLiveView::groupCount() const
{
    return m_groups->rowCount();
}

void DirectoryLiveView::refresh()
{
    if (!m_client || m_directoryId.isEmpty() || m_pending > 0) {
        return; // the previous poll is still on its way
    }
    const QString base = QStringLiteral("/api/v1/organizations/%1/directories/%2").arg(m_organizationId, m_directoryId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("30"));
    m_pending = 2;
    auto handle = [this](void (DirectoryLiveView::*onOk)(const QJsonObject&)) {
        return [this, onOk](const client::ApiResult<QJsonObject>& result) {
            --m_pending;
            if (!result.ok()) {
                m_error->setText(tr("Could not read the directory: %1").arg(result.error().message));
                m_error->show();
            } else {
                m_error->hide();
                (this->*onOk)(result.value());
            }
            if (m_pending == 0) {
                updateSummary();
                Q_EMIT refreshed();
            }
        };
    };
    m_client->send("GET", base + QStringLiteral("/users"), query, {}, this, handle(&DirectoryLiveView::onUsers));
    m_client->send("GET", base + QStringLiteral("/groups"), query, {}, this, handle(&DirectoryLiveView::onGroups));
}

void DirectoryLiveView::onUsers(const QJsonObject& json)
{
    const client::JsonReader in(json);
    const QJsonArray users = in.array(QStringLiteral("users"));
    m_totalUsers = in.has(QStringLiteral("total_size")) ? in.integer(QStringLiteral("total_size")) : users.size();
    m_users->setRowCount(static_cast<int>(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const client::JsonReader user(users.at(row).toObject());
        QStringList groups;
        for (const QJsonValue& g : user.array(QStringLiteral("groups"))) {
            groups << client::JsonReader(g.toObject()).string(QStringLiteral("display_name"));
        }
        QString name = user.string(QStringLiteral("preferred_username"));
        if (name.isEmpty()) {
            name =
                QString(user.string(QStringLiteral("given_name")) + u' ' + user.string(QStringLiteral("family_name")))
                    .trimmed();
        }
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setData(Qt::UserRole, user.string(QStringLiteral("id")));
        m_users->setItem(row, 0, nameItem);
        m_users->setItem(row, 1, new QTableWidgetItem(user.string(QStringLiteral("email"))));
        m_users->setItem(row, 2, new QTableWidgetItem(groups.join(QStringLiteral(", "))));
    }
    m_users->resizeColumnsToContents();
}

void DirectoryLiveView::onGroups(const QJsonObject& json)
{
    const client::JsonReader in(json);
    const QJsonArray groups = in.array(QStringLiteral("groups"));
    m_totalGroups = in.has(QStringLiteral("total_size")) ? in.integer(QStringLiteral("total_size")) : groups.size();
    m_groups->setRowCount(static_cast<int>(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const client::JsonReader group(groups.at(row).toObject());
        auto* nameItem = new QTableWidgetItem(group.string(QStringLiteral("display_name")));
        nameItem->setData(Qt::UserRole, group.string(QStringLiteral("id")));
        m_groups->setItem(row, 0, nameItem);
        m_groups->setItem(row, 1, new QTableWidgetItem(QString::number(group.integer(QStringLiteral("total_users")))));
    }
    m_groups->resizeColumnsToContents();
}

void DirectoryLiveView::updateSummary()
{
    if (m_totalUsers == 0 && m_totalGroups == 0) {
        m_summary->setText(tr("Waiting for your identity provider to send users and groups…"));
        return;
    }
    //: %1 is "N user(s)", %2 is "N group(s)"
    m_summary->setText(tr("%1 and %2 provisioned so far.")
                           .arg(tr("%n user(s)", nullptr, static_cast<int>(m_totalUsers)),
                                tr("%n group(s)", nullptr, static_cast<int>(m_totalGroups))));
}

} // namespace gatehouse::ui
