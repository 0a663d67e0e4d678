#pragma once

#include "client/ApiResult.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace gatehouse::models {

// One row: the cells as shown, the resource id, and the object as the API sent it (for export and details).
struct TableRow
{
    QStringList cells;
    QString id;
    QJsonObject raw;
};

struct RowPage
{
    QList<TableRow> rows;
    QString nextPageToken;
    qint64 totalSize = -1;
};

// Loads one page: the token ("" for the first), a context that bounds the callback's life, the callback.
using PageFetcher = std::function<void(const QString& pageToken, QObject* context, client::ApiCallback<RowPage> done)>;

// A table that loads lazily page by page (canFetchMore/fetchMore, so views page as the user scrolls), never
// blocks, drops answers that arrive after a reset, and reports loading and errors for the view to show.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawRole,
    };

    explicit PagedTableModel(QStringList headers, QObject* parent = nullptr);

    // Replaces the source and loads its first page. A null fetcher empties the model.
    void setFetcher(PageFetcher fetcher);
    void reload();
    void clear();

    bool isLoading() const;
    QString errorText() const;
    qint64 totalSize() const; // -1 when unknown
    bool hasMore() const;
    const TableRow& rowAt(int row) const;
    // Loads every remaining page (for export); done(error) when finished (empty error = complete).
    void fetchAll(std::function<void(const QString& error)> done);

    // CSV with CRLF line ends (RFC 4180), every field through csvField.
    QString toCsv() const;
    // One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ tab or CR is prefixed
    // with ' so spreadsheets do not run it as a formula (CSV injection).
    static QString csvField(const QString& value);
    // One CSV line (without its line end): the fields through csvField, comma-separated.
    static QString csvLine(const QStringList& cells);
    QJsonArray toJson() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorChanged(const QString& error);
    void pageLoaded();

private:
    void loadNext();
    void setLoading(bool loading);

    QStringList m_headers;
    PageFetcher m_fetcher;
    QList<TableRow> m_rows;
    QString m_nextToken;
    bool m_hasMore = false;
    bool m_loading = false;
    QString m_error;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    // Requests of the current generation are bound to this object; a reset deletes it, which cancels them (a
    // client-side search scan stops instead of reading the rest of the list for nobody).
    QObject* m_requests = nullptr;
};

} // namespace gatehouse::models
