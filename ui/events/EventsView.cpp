#include "ui/events/EventsView.h"

#include "client/ApiClient.h"
#include "models/ResourceTables.h"
#include "ui/WidgetTag.h"
#include "ui/inspector/ResourceTablePanel.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

EventsView::EventsView(QWidget* parent)
    : QWidget(parent)
    , m_organization(new QLineEdit(this))
    , m_types(new QLineEdit(this))
    , m_sinceEnabled(new QCheckBox(tr("&Since:"), this))
    , m_since(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this))
    , m_apply(new QPushButton(tr("&Apply Filter"), this))
    , m_model(new models::PagedTableModel(models::ResourceTables::eventHeaders(), this))
    , m_panel(new ResourceTablePanel(m_model, QStringLiteral("environmentEvents"), tr("Events"), this))
{
    setObjectName(QStringLiteral("eventsView"));
    tagWidget(m_organization, "eventsOrganizationEdit", tr("Organization ID"));
    m_organization->setPlaceholderText(tr("all organizations (or org_…)"));
    m_organization->setClearButtonEnabled(true);
    tagWidget(m_types, "eventTypesEdit", tr("Event types"));
    m_types->setPlaceholderText(tr("all types (or e.g. organization.created, organization.domain_created)"));
    m_types->setClearButtonEnabled(true);
    tagWidget(m_sinceEnabled, "eventsSinceCheck", tr("Only events since a time"));
    tagWidget(m_since, "eventsSinceEdit", tr("Events since"));
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    tagWidget(m_apply, "applyEventsFilterButton", tr("Apply the event filter"));
    connect(m_sinceEnabled, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_apply, &QPushButton::clicked, this, &EventsView::applyFilter);
    connect(m_organization, &QLineEdit::returnPressed, this, &EventsView::applyFilter);
    connect(m_types, &QLineEdit::returnPressed, this, &EventsView::applyFilter);
    m_panel->table()->setColumnWidth(0, 170);
    m_panel->table()->setColumnWidth(1, 260);
    m_panel->table()->setColumnWidth(2, 200);

    auto* form = new QFormLayout;
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Types:"), m_types);
    auto* since = new QHBoxLayout;
    since->addWidget(m_sinceEnabled);
    since->addWidget(m_since, 1);
    since->addWidget(m_apply);
    form->addRow(since);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_panel, 1);
    setClient(nullptr);
}

models::PagedTableModel* EventsView::model() const
{
    return m_model;
}

void EventsView::setClient(client::ApiClient* apiClient)
{
    m_client = apiClient;
    m_apply->setEnabled(apiClient);
    applyFilter();
}

void EventsView::applyFilter()
{
    if (!m_client) {
        m_model->clear();
        return;
    }
    client::EventFilter filter;
    filter.organizationId = m_organization->text().trimmed();
    const QStringList types = m_types->text().split(u',', Qt::SkipEmptyParts);
    for (const QString& type : types) {
        if (!type.trimmed().isEmpty()) {
            filter.eventTypes.append(type.trimmed());
        }
    }
    if (m_sinceEnabled->isChecked()) {
        filter.startTime = m_since->dateTime().toUTC();
    }
    m_model->setFetcher(models::ResourceTables::eventsFetcher(m_client, filter));
}

} // namespace gatehouse::ui
