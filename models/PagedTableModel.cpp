#include "models/PagedTableModel.h"

#include <QPointer>

namespace gatehouse::models {

QString PagedTableModel::csvField(const QString& value)
{
    // Quote everything that needs it; neutralise spreadsheet formulas (CSV injection).
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front())) {
        text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QString PagedTableModel::csvLine(const QStringList& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString& cell : cells) {
        fields.append(csvField(cell));
    }
    return fields.join(u',');
}

PagedTableModel::PagedTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{}

void PagedTableModel::setFetcher(PageFetcher fetcher)
{
    m_fetcher = std::move(fetcher);
    reload();
}

void PagedTableModel::reload()
{
    ++m_generation; // answers to earlier requests are dropped from now on
    delete m_requests;
    m_requests = new QObject(this);
    const bool wasLoading = m_loading;
    const bool hadError = !m_error.isEmpty();
    beginResetModel();
    m_rows.clear();
    m_nextToken.clear();
    m_total = -1;
    m_hasMore = static_cast<bool>(m_fetcher);
    m_loading = false;
    m_error.clear();
    endResetModel(); // views may already ask for the first page here (fetchMore)
    if (hadError) {
        Q_EMIT errorChanged({});
    }
    if (m_fetcher && !m_loading) {
        loadNext();
    } else if (wasLoading && !m_loading) {
        Q_EMIT loadingChanged(false);
    }
}

void PagedTableModel::clear()
{
    m_fetcher = nullptr;
    reload();
}

bool PagedTableModel::isLoading() const
{
    return m_loading;
}

QString PagedTableModel::errorText() const
{
    return m_error;
}

qint64 PagedTableModel::totalSize() const
{
    return m_total;
}

bool PagedTableModel::hasMore() const
{
    return m_hasMore;
}

const TableRow& PagedTableModel::rowAt(int row) const
{
    return m_rows.at(row);
}

void PagedTableModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

void PagedTableModel::loadNext()
{
    if (m_loading || !m_hasMore || !m_fetcher) {
        return;
    }
    setLoading(true);
    const quint64 generation = m_generation;
    if (!m_requests) {
        m_requests = new QObject(this);
    }
    m_fetcher(m_nextToken, m_requests, [this, generation](const client::ApiResult<RowPage>& result) {
        if (generation != m_generation) {
            return; // a reset happened meanwhile
        }
        if (!result.ok()) {
            m_hasMore = false;
            m_error = result.error().message;
            setLoading(false);
            Q_EMIT errorChanged(m_error);
            return;
        }
        const RowPage& page = result.value();
        if (!page.rows.isEmpty()) {
            beginInsertRows(
                {}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.rows.size() - 1));
            m_rows.append(page.rows);
            endInsertRows();
        }
        m_nextToken = page.nextPageToken;
        m_hasMore = !m_nextToken.isEmpty();
        if (page.totalSize >= 0) {
            m_total = page.totalSize;
        } else if (!m_hasMore) {
            m_total = m_rows.size();
        }
        setLoading(false);
        Q_EMIT pageLoaded();
    });
}

void PagedTableModel::fetchAll(std::function<void(const QString&)> done)
{
    if (!m_error.isEmpty()) {
        done(m_error);
        return;
    }
    if (!m_hasMore && !m_loading) {
        done({});
        return;
    }
    // Continue after each page until there is no more (or an error / a reset).
    const quint64 generation = m_generation;
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto errorConnection = std::make_shared<QMetaObject::Connection>();
    auto step = [this, generation, done, connection, errorConnection] {
        if (generation != m_generation) {
            QObject::disconnect(*connection);
            QObject::disconnect(*errorConnection);
            done(tr("The list was reloaded during the export."));
            return;
        }
        if (!m_hasMore) {
            QObject::disconnect(*connection);
            QObject::disconnect(*errorConnection);
            done({});
            return;
        }
        loadNext();
    };
    *connection = connect(this, &PagedTableModel::pageLoaded, this, step);
    *errorConnection =
        connect(this, &PagedTableModel::errorChanged, this, [done, connection, errorConnection](const QString& e) {
            QObject::disconnect(*connection);
            QObject::disconnect(*errorConnection);
            done(e);
        });
    if (!m_loading) {
        loadNext();
    }
}

QString PagedTableModel::toCsv() const
{
    QStringList lines;
    lines.append(csvLine(m_headers));
    for (const TableRow& row : m_rows) {
        lines.append(csvLine(row.cells));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QJsonArray PagedTableModel::toJson() const
{
    QJsonArray out;
    for (const TableRow& row : m_rows) {
        out.append(row.raw);
    }
    return out;
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TableRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    case IdRole:
        return row.id;
    case RawRole:
        return row.raw;
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size()) {
        return m_headers.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && m_error.isEmpty();
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid()) {
        loadNext();
    }
}

} // namespace gatehouse::models
