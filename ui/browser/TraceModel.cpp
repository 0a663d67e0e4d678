#include "ui/browser/TraceModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace gatehouse::ui {

TraceModel::TraceModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int TraceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant TraceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size()) {
        return {};
    }
    const TraceStep& s = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(s.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")), s.title);
    case Qt::ToolTipRole:
        return s.url.isEmpty() ? s.title : s.url;
    case Qt::AccessibleTextRole:
        return s.title;
    case KindRole:
        return s.kind;
    default:
        return {};
    }
}

void TraceModel::append(const TraceStep& step)
{
    beginInsertRows({}, int(m_steps.size()), int(m_steps.size()));
    m_steps.append(step);
    endInsertRows();
}

void TraceModel::clear()
{
    beginResetModel();
    m_steps.clear();
    endResetModel();
}

const QList<TraceStep>& TraceModel::steps() const
{
    return m_steps;
}

const TraceStep& TraceModel::step(int row) const
{
    return m_steps.at(row);
}

int TraceModel::count(const QString& kind) const
{
    return int(std::count_if(m_steps.begin(), m_steps.end(), [&kind](const TraceStep& s) { return s.kind == kind; }));
}

QJsonObject TraceModel::toJson(const QJsonObject& context) const
{
    QJsonArray steps;
    for (const TraceStep& s : m_steps) {
        steps.append(QJsonObject{{QStringLiteral("time"), s.time.toUTC().toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("kind"), s.kind},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("url"), s.url},
                                 {QStringLiteral("format"), s.format},
                                 {QStringLiteral("content"), s.content},
                                 {QStringLiteral("annotations"), QJsonArray::fromStringList(s.annotations)}});
    }
    QJsonObject out = context;
    out.insert(QStringLiteral("format"), QStringLiteral("gatehouse-sso-trace"));
    out.insert(QStringLiteral("version"), 1);
    out.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    out.insert(QStringLiteral("steps"), steps);
    return out;
}

QString TraceModel::toText(const QJsonObject& context) const
{
    QString out = tr("Gatehouse SSO trace") + QLatin1Char('\n');
    for (auto it = context.begin(); it != context.end(); ++it) {
        out += QStringLiteral("%1: %2\n")
                   .arg(it.key(),
                        it.value().isObject()
                            ? QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Indented))
                            : it.value().toVariant().toString());
    }
    int n = 0;
    for (const TraceStep& s : m_steps) {
        out += QStringLiteral("\n== %1. %2 [%3] %4\n")
                   .arg(++n)
                   .arg(s.title, s.kind, s.time.toUTC().toString(Qt::ISODateWithMs));
        if (!s.url.isEmpty()) {
            out += s.url + QLatin1Char('\n');
        }
        for (const QString& note : s.annotations) {
            out += QStringLiteral("  * ") + note + QLatin1Char('\n');
        }
        if (!s.content.isEmpty()) {
            out += s.content.trimmed() + QLatin1Char('\n');
        }
    }
    return out;
}

QString TraceModel::exportTo(const QString& path, const QJsonObject& context) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    const QByteArray data = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
                                ? QJsonDocument(toJson(context)).toJson(QJsonDocument::Indented)
                                : toText(context).toUtf8();
    if (file.write(data) != data.size() || !file.commit()) {
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace gatehouse::ui
