#include "ui/validator/FindingsFilterModel.h"

#include "ui/validator/FindingsModel.h"

namespace gatehouse::ui {

FindingsFilterModel::FindingsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FindingsFilterModel::setSeverityFilter(std::optional<core::saml::Severity> severity)
{
    if (m_severity == severity) {
        return;
    }
    m_severity = severity;
    invalidateFilter();
}

void FindingsFilterModel::setTextFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed) {
        return;
    }
    m_text = trimmed;
    invalidateFilter();
}

void FindingsFilterModel::setEntityFilter(const QString& entityId)
{
    if (m_entityId == entityId) {
        return;
    }
    m_entityId = entityId;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_severity && index.data(FindingsModel::SeverityRole).toInt() != static_cast<int>(*m_severity)) {
        return false;
    }
    if (!m_entityId.isEmpty() && index.data(FindingsModel::EntityIdRole).toString() != m_entityId) {
        return false;
    }
    return m_text.isEmpty()
           || index.data(FindingsModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace gatehouse::ui
