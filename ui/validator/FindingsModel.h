#pragma once

#include "core/saml/Finding.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace gatehouse::ui {

// The findings of one validation report as a flat table: severity, rule id, line, message.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SeverityColumn = 0;
    static constexpr int RuleColumn = 1;
    static constexpr int LineColumn = 2;
    static constexpr int MessageColumn = 3;
    static constexpr int ColumnCount = 4;

    static constexpr int SeverityRole = Qt::UserRole + 1; // int(core::saml::Severity)
    static constexpr int RuleIdRole = Qt::UserRole + 2;
    static constexpr int FixRole = Qt::UserRole + 3;
    static constexpr int SortRole = Qt::UserRole + 4;
    static constexpr int SearchTextRole = Qt::UserRole + 5; // everything the text filter looks at
    static constexpr int EntityIdRole = Qt::UserRole + 6;

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(core::saml::Findings findings);
    const core::saml::Finding* findingAt(int row) const;

    static QString severityText(core::saml::Severity severity);
    static QIcon severityIcon(core::saml::Severity severity);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const core::saml::Finding& finding, int column) const;
    QVariant sortData(const core::saml::Finding& finding, int column) const;

    core::saml::Findings m_findings;
};

} // namespace gatehouse::ui
