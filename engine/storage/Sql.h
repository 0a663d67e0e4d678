#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace gatehouse::engine {

// Prepared statements with positional `?` bindings; errors as Result, never thrown.
class Sql
{
public:
    static core::Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
    // For statements that must change exactly one row; "not_found" otherwise.
    static core::Result<void> execOne(const QSqlDatabase& db, const QString& sql, const QVariantList& binds);
    static bool isUniqueViolation(const core::Error& error);
    // A typed NULL for empty/absent text (binds as SQL NULL on both backends).
    static QVariant text(const QString& value);
    // Never NULL: a null QString binds as NULL, so NOT NULL text columns go through this.
    static QVariant nonNull(const QString& value);
};

} // namespace gatehouse::engine
