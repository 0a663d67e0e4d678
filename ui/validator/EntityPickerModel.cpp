#include "ui/validator/EntityPickerModel.h"

#include <QHash>
#include <QSet>

namespace gatehouse::ui {

using namespace core::saml;

namespace {
QString roleShortName(RoleKind kind)
{
    switch (kind) {
    case RoleKind::IdentityProvider:
        return EntityPickerModel::tr("IdP");
    case RoleKind::ServiceProvider:
        return EntityPickerModel::tr("SP");
    case RoleKind::AttributeAuthority:
        return EntityPickerModel::tr("Attribute authority");
    case RoleKind::AuthnAuthority:
        return EntityPickerModel::tr("Authentication authority");
    case RoleKind::PolicyDecisionPoint:
        return EntityPickerModel::tr("Policy decision point");
    case RoleKind::Other:
        break;
    }
    return EntityPickerModel::tr("Other");
}
} // namespace

EntityPickerModel::EntityPickerModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EntityPickerModel::setReport(const ValidationReport& report)
{
    QHash<QString, int> errors;
    QHash<QString, int> warnings;
    for (const Finding& finding : report.findings) {
        if (finding.entityId.isEmpty()) {
            continue;
        }
        if (finding.severity == Severity::Error) {
            ++errors[finding.entityId];
        } else if (finding.severity == Severity::Warning) {
            ++warnings[finding.entityId];
        }
    }
    QList<Row> rows;
    rows.reserve(report.metadata.entities.size());
    QSet<QString> seen; // a duplicate entityID is listed once: its findings are counted together
    for (const EntityDescriptor& entity : report.metadata.entities) {
        if (seen.contains(entity.entityId)) {
            continue;
        }
        seen.insert(entity.entityId);
        Row row;
        row.entityId = entity.entityId;
        row.displayName = entity.displayNames.isEmpty() ? entity.organizationName : entity.displayNames.constFirst();
        QStringList roles;
        for (const Role& role : entity.roles) {
            const QString name = roleShortName(role.kind);
            if (!roles.contains(name)) {
                roles.append(name);
            }
        }
        row.roles = roles.join(QStringLiteral(", "));
        row.errors = errors.value(entity.entityId);
        row.warnings = warnings.value(entity.entityId);
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void EntityPickerModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int EntityPickerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EntityPickerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityPickerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        const bool spoken = role == Qt::AccessibleTextRole;
        switch (index.column()) {
        case EntityIdColumn:
            return row.entityId.isEmpty() ? tr("(no entity ID)") : row.entityId;
        case RolesColumn:
            return row.roles;
        case ErrorsColumn:
            return spoken ? QVariant(tr("%n error(s)", nullptr, row.errors)) : QVariant(row.errors);
        case WarningsColumn:
            return spoken ? QVariant(tr("%n warning(s)", nullptr, row.warnings)) : QVariant(row.warnings);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::ToolTipRole:
        return index.column() == EntityIdColumn && !row.displayName.isEmpty() ? QVariant(row.displayName) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= ErrorsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case EntityIdRole:
        return row.entityId;
    case SortRole:
        if (index.column() == ErrorsColumn) {
            return row.errors;
        }
        if (index.column() == WarningsColumn) {
            return row.warnings;
        }
        return index.column() == RolesColumn ? row.roles : row.entityId;
    case SearchTextRole:
        return QStringList{row.entityId, row.displayName, row.roles}.join(u'\n');
    default:
        return {};
    }
}

QVariant EntityPickerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case EntityIdColumn:
        return tr("Entity ID");
    case RolesColumn:
        return tr("Roles");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    default:
        return {};
    }
}

EntityFilterModel::EntityFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EntityPickerModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void EntityFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    invalidateFilter();
}

bool EntityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(EntityPickerModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace gatehouse::ui
