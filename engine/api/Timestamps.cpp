#include "engine/api/Timestamps.h"

#include <QDateTime>

namespace gatehouse::engine {

QString Timestamps::rfc3339(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

qint64 Timestamps::idNumber(const QString& id)
{
    return QStringView(id).sliced(id.lastIndexOf(u'_') + 1).toLongLong();
}

} // namespace gatehouse::engine
