#pragma once

#include "ui/browser/TraceStep.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>

namespace gatehouse::ui {

// The test browser's trace: one row per step, newest last. Exports for support as JSON
// ("format": "gatehouse-sso-trace", version 1; see docs/desktop.md) or as plain text.
class TraceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
    };

    explicit TraceModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    void append(const TraceStep& step);
    void clear();
    const QList<TraceStep>& steps() const;
    const TraceStep& step(int row) const;
    int count(const QString& kind) const;

    // context: environment, connection_id, test_request_id, outcome (the test result object).
    QJsonObject toJson(const QJsonObject& context) const;
    QString toText(const QJsonObject& context) const;
    // Writes JSON for a path ending in .json, text otherwise; an error message or empty.
    QString exportTo(const QString& path, const QJsonObject& context) const;

private:
    QList<TraceStep> m_steps;
};

} // namespace gatehouse::ui
