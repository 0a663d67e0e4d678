#include "ui/validator/FindingsModel.h"

namespace gatehouse::ui {

using core::saml::Finding;
using core::saml::Severity;

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setFindings(core::saml::Findings findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

const Finding* FindingsModel::findingAt(int row) const
{
    if (row < 0 || row >= m_findings.size()) {
        return nullptr;
    }
    return &m_findings.at(row);
}

QString FindingsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        //: Severity of an informational finding
        return tr("Note");
    }
    return {};
}

QIcon FindingsModel::severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QIcon(QStringLiteral(":/gatehouse/icons/severity-error.svg"));
    case Severity::Warning:
        return QIcon(QStringLiteral(":/gatehouse/icons/severity-warning.svg"));
    case Severity::Info:
        return QIcon(QStringLiteral(":/gatehouse/icons/severity-info.svg"));
    }
    return {};
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Finding& finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(finding, index.column());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? finding.message : QVariant();
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? severityIcon(finding.severity) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SeverityRole:
        return static_cast<int>(finding.severity);
    case RuleIdRole:
        return finding.ruleId;
    case FixRole:
        return finding.fix;
    case SortRole:
        return sortData(finding, index.column());
    case SearchTextRole:
        return QStringList{finding.ruleId, finding.message, finding.fix, finding.path, finding.entityId}.join(u'\n');
    case EntityIdRole:
        return finding.entityId;
    default:
        return {};
    }
}

QVariant FindingsModel::displayData(const Finding& finding, int column) const
{
    switch (column) {
    case SeverityColumn:
        return severityText(finding.severity);
    case RuleColumn:
        return finding.ruleId;
    case LineColumn:
        return finding.line > 0 ? QVariant(finding.line) : QVariant();
    case MessageColumn:
        return finding.message;
    default:
        return {};
    }
}

QVariant FindingsModel::sortData(const Finding& finding, int column) const
{
    switch (column) {
    case SeverityColumn:
        return static_cast<int>(finding.severity);
    case LineColumn:
        return finding.line;
    default:
        return displayData(finding, column);
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case LineColumn:
        return tr("Line");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace gatehouse::ui
