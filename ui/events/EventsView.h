#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::models {
class PagedTableModel;
}

namespace gatehouse::ui {

class ResourceTablePanel;

// The environment's audit events, newest first, paged lazily, filtered by organization, event types and a
// start time (POST /api/v1/events).
class EventsView : public QWidget
{
    Q_OBJECT

public:
    explicit EventsView(QWidget* parent = nullptr);

    void setClient(client::ApiClient* apiClient);
    void applyFilter();
    models::PagedTableModel* model() const;

private:
    QPointer<client::ApiClient> m_client;
    QLineEdit* m_organization;
    QLineEdit* m_types;
    QCheckBox* m_sinceEnabled;
    QDateTimeEdit* m_since;
    QPushButton* m_apply;
    models::PagedTableModel* m_model;
    ResourceTablePanel* m_panel;
};

} // namespace gatehouse::ui
