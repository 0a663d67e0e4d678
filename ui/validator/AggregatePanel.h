#pragma once

#include "core/saml/MetadataValidator.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace gatehouse::ui {

class EntityFilterModel;
class EntityPickerModel;

// Aggregate mode of the validator: the summary of the whole document (core ReportJson::summary — the figures of
// `gatehouse-cli validate-metadata --summary`: entities per role, duplicates, expired and expiring certificates,
// weak keys) and a searchable entity picker. Picking an entity narrows the findings and certificates to it.
class AggregatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit AggregatePanel(QWidget* parent = nullptr);

    void setReport(const core::saml::ValidationReport& report);
    void clear();
    // Selects the entity (empty: all entities).
    bool selectEntity(const QString& entityId);
    QString selectedEntity() const;
    QString summaryText() const;
    EntityPickerModel* model() const;

Q_SIGNALS:
    // The picked entity, or empty for all entities.
    void entitySelected(const QString& entityId);

private:
    void onCurrentChanged();

    EntityPickerModel* m_model;
    EntityFilterModel* m_proxy;
    QLabel* m_summary;
    QLineEdit* m_search;
    QTableView* m_table;
    QPushButton* m_showAll;
    QString m_selected;
};

} // namespace gatehouse::ui
