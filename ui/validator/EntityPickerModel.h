#pragma once

#include "core/saml/MetadataValidator.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace gatehouse::ui {

// The entities of a validated (aggregate) document for the entity picker: entityID, roles, and the number of
// errors and warnings found for each. Flat table; sorts numerically through SortRole.
class EntityPickerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EntityIdColumn,
        RolesColumn,
        ErrorsColumn,
        WarningsColumn,
        ColumnCount,
    };
    static constexpr int EntityIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int SearchTextRole = Qt::UserRole + 3; // entityID, display names and roles

    explicit EntityPickerModel(QObject* parent = nullptr);

    void setReport(const core::saml::ValidationReport& report);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString entityId;
        QString displayName;
        QString roles;
        int errors = 0;
        int warnings = 0;
    };
    QList<Row> m_rows;
};

// Case-insensitive search over EntityPickerModel::SearchTextRole, sorting by SortRole.
class EntityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EntityFilterModel(QObject* parent = nullptr);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
};

} // namespace gatehouse::ui
