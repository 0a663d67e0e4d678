#pragma once

#include "core/saml/Finding.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace gatehouse::ui {

// Sorts findings (severity and line numerically) and filters them by severity and by text (rule id,
// message, fix, path and entity id, case-insensitive).
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject* parent = nullptr);

    void setSeverityFilter(std::optional<core::saml::Severity> severity);
    void setTextFilter(const QString& text);
    // Only the findings of one entity (empty: all).
    void setEntityFilter(const QString& entityId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<core::saml::Severity> m_severity;
    QString m_text;
    QString m_entityId;
};

} // namespace gatehouse::ui
