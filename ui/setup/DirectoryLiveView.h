#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

// Users and groups of one directory as they arrive: polls the directory's users and groups lists while
// visible (every 2 s by default) and shows the newest page of each with the totals.
class DirectoryLiveView : public QWidget
{
    Q_OBJECT

public:
    explicit DirectoryLiveView(QWidget* parent = nullptr);

    void setDirectory(client::ApiClient* client, const QString& organizationId, const QString& directoryId);
    void setInterval(int ms);
    void start();
    void stop();
    void refresh();
    int userCount() const;
    int groupCount() const;

Q_SIGNALS:
    void refreshed();

private:
    void onUsers(const QJsonObject& json);
    void onGroups(const QJsonObject& json);
    void updateSummary();

    QPointer<client::ApiClient> m_client;
    QString m_organizationId;
    QString m_directoryId;
    QTimer m_timer;
    QLabel* m_summary;
    QLabel* m_error;
    QTableWidget* m_users;
    QTableWidget* m_groups;
    qint64 m_totalUsers = 0;
    qint64 m_totalGroups = 0;
    int m_pending = 0;
};

} // namespace gatehouse::ui
