#include "ui/inspector/PortalLinksPanel.h"

#include "client/ApiClient.h"
#include "models/PagedTableModel.h"
#include "ui/WidgetTag.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QString when(const QString& rfc3339)
{
    const QDateTime time = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : rfc3339;
}

QToolButton* toolButton(QWidget* parent, const char* name, const QString& text, const QString& accessible)
{
    auto* button = new QToolButton(parent);
    tagWidget(button, name, accessible);
    button->setText(text);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}
} // namespace

PortalLinksPanel::PortalLinksPanel(QWidget* parent)
    : QWidget(parent)
    , m_sso(new QCheckBox(tr("&SSO"), this))
    , m_dirSync(new QCheckBox(tr("Directory s&ync"), this))
    , m_shareable(new QCheckBox(tr("S&hareable (7 days, until revoked)"), this))
    , m_generate(new QPushButton(tr("&Generate Link"), this))
    , m_location(new QLineEdit(this))
    , m_copy(toolButton(this, "copyPortalLinkButton", tr("Copy"), tr("Copy the new admin-portal link")))
    , m_table(new QTableWidget(0, 6, this))
    , m_refresh(toolButton(this, "refreshPortalLinksButton", tr("Refresh"), tr("Refresh admin-portal links")))
    , m_revoke(toolButton(this, "revokePortalLinkButton", tr("Revoke…"), tr("Revoke the selected admin-portal link")))
    , m_revokeAll(
          toolButton(this, "revokeAllPortalLinksButton", tr("Revoke All…"), tr("Revoke every admin-portal link")))
    , m_status(new QLabel(this))
    , m_copyId(toolButton(
          this, "portalLinkCopyIdButton", tr("Copy ID"), tr("Copy the ID of the selected admin-portal link")))
    , m_export(toolButton(
          this, "portalLinksExportButton", tr("Export…"), tr("Export the admin-portal links to CSV or JSON")))
{
    setObjectName(QStringLiteral("portalLinksPanel"));
    tagWidget(m_sso, "portalLinkSsoCheck", tr("Link grants SSO setup"));
    tagWidget(m_dirSync, "portalLinkDirSyncCheck", tr("Link grants directory sync setup"));
    tagWidget(m_shareable, "portalLinkShareableCheck", tr("Shareable link"));
    tagWidget(m_generate, "generatePortalLinkButton", tr("Generate admin-portal link"));
    m_sso->setChecked(true);
    m_dirSync->setChecked(true);
    m_location->setObjectName(QStringLiteral("portalLinkEdit"));
    m_location->setAccessibleName(tr("New admin-portal link"));
    m_location->setReadOnly(true);
    m_location->setPlaceholderText(tr("A new link is shown here once; it cannot be read again."));
    tagWidget(m_table, "portalLinksTable", tr("Admin-portal links"));
    m_table->setHorizontalHeaderLabels(
        {tr("ID"), tr("Features"), tr("Shareable"), tr("Status"), tr("Created"), tr("Expires")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_status->setObjectName(QStringLiteral("portalLinksStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_generate, &QPushButton::clicked, this, &PortalLinksPanel::generate);
    connect(m_copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_location->text()); });
    connect(m_refresh, &QToolButton::clicked, this, &PortalLinksPanel::refresh);
    connect(m_copyId, &QToolButton::clicked, this, &PortalLinksPanel::copySelectedId);
    connect(m_export, &QToolButton::clicked, this, &PortalLinksPanel::chooseExportFile);
    auto* copyAction = new QAction(tr("Copy ID"), m_table);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &PortalLinksPanel::copySelectedId);
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_sso, &QCheckBox::toggled, this, &PortalLinksPanel::updateButtons);
    connect(m_dirSync, &QCheckBox::toggled, this, &PortalLinksPanel::updateButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PortalLinksPanel::updateButtons);
    connect(m_revoke, &QToolButton::clicked, this, [this] {
        const QString id = selectedLinkId();
        if (!id.isEmpty()
            && confirm(QStringLiteral("revokePortalLinkConfirmation"),
                       tr("Revoke Link"),
                       tr("Revoke the admin-portal link %1? Sessions opened with it end at once.").arg(id))) {
            revoke(id);
        }
    });
    connect(m_revokeAll, &QToolButton::clicked, this, [this] {
        if (confirm(QStringLiteral("revokeAllPortalLinksConfirmation"),
                    tr("Revoke All Links"),
                    tr("Revoke every admin-portal link of this organization? All their sessions end at once."))) {
            revokeAll();
        }
    });

    auto* options = new QHBoxLayout;
    options->addWidget(m_sso);
    options->addWidget(m_dirSync);
    options->addWidget(m_shareable);
    options->addStretch(1);
    options->addWidget(m_generate);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_location, 1);
    linkRow->addWidget(m_copy);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_copyId);
    actions->addWidget(m_refresh);
    actions->addWidget(m_export);
    actions->addWidget(m_revoke);
    actions->addWidget(m_revokeAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addLayout(linkRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    clear();
}

void PortalLinksPanel::setOrganization(client::ApiClient* apiClient, const QString& organizationId)
{
    clear();
    m_client = apiClient;
    m_organizationId = organizationId;
    setEnabled(apiClient && !organizationId.isEmpty());
    updateButtons();
    refresh();
}

void PortalLinksPanel::clear()
{
    delete m_requests.data(); // drops the answers for the previous organization
    m_client.clear();
    m_organizationId.clear();
    m_location->clear();
    m_shownLinkId.clear();
    m_table->setRowCount(0);
    m_links = {};
    m_status->clear();
    setEnabled(false);
    updateButtons();
}

void PortalLinksPanel::updateButtons()
{
    const bool connected = m_client && !m_organizationId.isEmpty();
    m_generate->setEnabled(connected && (m_sso->isChecked() || m_dirSync->isChecked()));
    m_copy->setEnabled(!m_location->text().isEmpty());
    m_revoke->setEnabled(connected && !selectedLinkId().isEmpty());
    m_copyId->setEnabled(!selectedLinkId().isEmpty());
    m_revokeAll->setEnabled(connected && m_table->rowCount() > 0);
    m_refresh->setEnabled(connected);
    m_export->setEnabled(m_table->rowCount() > 0);
}

void PortalLinksPanel::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
}

QString PortalLinksPanel::selectedLinkId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : m_table->item(selected.first()->row(), 0)->text();
}

bool PortalLinksPanel::confirm(const QString& objectName, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(objectName);
    box.setAccessibleName(title);
    box.button(QMessageBox::Yes)->setAccessibleName(title);
    box.button(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Cancel); // the safe choice
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

bool PortalLinksPanel::copySelectedId()
{
    const QString id = selectedLinkId();
    if (id.isEmpty()) {
        return false;
    }
    QApplication::clipboard()->setText(id);
    return true;
}

void PortalLinksPanel::refresh()
{
    if (!m_client || m_organizationId.isEmpty()) {
        return;
    }
    if (!m_requests) {
        m_requests = new QObject(this);
    }
    setStatus(tr("Loading links…"));
    m_client->send("GET",
                   QStringLiteral("/api/v1/organizations/%1/portal_links").arg(m_organizationId),
                   {},
                   {},
                   m_requests,
                   [this](const client::ApiResult<QJsonObject>& result) {
                       if (!result.ok()) {
                           setStatus(tr("Could not list the links: %1").arg(result.error().message), true);
                           return;
                       }
                       showLinks(result.value().value(QStringLiteral("links")).toArray());
                       Q_EMIT linksLoaded();
                   });
}

void PortalLinksPanel::showLinks(const QJsonArray& links)
{
    m_table->setRowCount(0);
    m_links = {};
    for (const QJsonValue& value : links) {
        const QJsonObject link = value.toObject();
        m_links.append(exportableLink(link));
        QStringList features;
        for (const QJsonValue& f : link.value(QStringLiteral("features")).toArray()) {
            features.append(f.toString());
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(link.value(QStringLiteral("id")).toString()));
        m_table->setItem(row, 1, new QTableWidgetItem(features.join(QStringLiteral(", "))));
        m_table->setItem(
            row, 2, new QTableWidgetItem(link.value(QStringLiteral("shareable")).toBool() ? tr("Yes") : tr("No")));
        m_table->setItem(row, 3, new QTableWidgetItem(link.value(QStringLiteral("status")).toString()));
        m_table->setItem(row, 4, new QTableWidgetItem(when(link.value(QStringLiteral("create_time")).toString())));
        m_table->setItem(row, 5, new QTableWidgetItem(when(link.value(QStringLiteral("expire_time")).toString())));
    }
    setStatus(links.isEmpty() ? tr("No links.") : tr("%n link(s)", nullptr, static_cast<int>(links.size())));
    updateButtons();
}

QJsonObject PortalLinksPanel::exportableLink(const QJsonObject& link)
{
    QJsonObject out;
    for (const char* key : {"id", "features", "shareable", "status", "create_time", "expire_time"}) {
        const QString name = QLatin1String(key);
        if (link.contains(name)) {
            out.insert(name, link.value(name));
        }
    }
    return out;
}

QString PortalLinksPanel::exportTo(const QString& path)
{
    QByteArray bytes;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        QStringList headers;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            headers.append(m_table->horizontalHeaderItem(column)->text());
        }
        QStringList lines{models::PagedTableModel::csvLine(headers)};
        for (int row = 0; row < m_table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < m_table->columnCount(); ++column) {
                cells.append(m_table->item(row, column) ? m_table->item(row, column)->text() : QString());
            }
            lines.append(models::PagedTableModel::csvLine(cells));
        }
        bytes = (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    } else {
        bytes = QJsonDocument(m_links).toJson(QJsonDocument::Indented);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString error = tr("Could not write %1: %2").arg(path, file.errorString());
        setStatus(error, true);
        return error;
    }
    setStatus(tr("Exported %n link(s) to %1.", nullptr, static_cast<int>(m_table->rowCount())).arg(path));
    return {};
}

void PortalLinksPanel::chooseExportFile()
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export Admin-Portal Links"),
                                                      QString(),
                                                      tr("CSV files (*.csv);;JSON files (*.json)"),
                                                      &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    QString target = path;
    if (!target.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
        && !target.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        target += selectedFilter.contains(QStringLiteral("csv")) ? QStringLiteral(".csv") : QStringLiteral(".json");
    }
    exportTo(target);
}

void PortalLinksPanel::generate()
{
    if (!m_client || m_organizationId.isEmpty() || (!m_sso->isChecked() && !m_dirSync->isChecked())) {
        return;
    }
    if (!m_requests) {
        m_requests = new QObject(this);
    }
    QUrlQuery query;
    if (m_sso->isChecked()) {
        query.addQueryItem(QStringLiteral("features"), QStringLiteral("sso"));
    }
    if (m_dirSync->isChecked()) {
        query.addQueryItem(QStringLiteral("features"), QStringLiteral("dir_sync"));
    }
    if (m_shareable->isChecked()) {
        query.addQueryItem(QStringLiteral("shareable"), QStringLiteral("true"));
    }
    m_generate->setEnabled(false);
    setStatus(tr("Generating…"));
    m_client->send("PUT",
                   QStringLiteral("/api/v1/organizations/%1/portal_links").arg(m_organizationId),
                   query,
                   {},
                   m_requests,
                   [this](const client::ApiResult<QJsonObject>& result) {
                       updateButtons();
                       if (!result.ok()) {
                           setStatus(tr("Could not generate a link: %1").arg(result.error().message), true);
                           return;
                       }
                       const QJsonObject link = result.value().value(QStringLiteral("link")).toObject();
                       const QString location = link.value(QStringLiteral("location")).toString();
                       m_location->setText(location);
                       m_shownLinkId = link.value(QStringLiteral("id")).toString();
                       updateButtons();
                       Q_EMIT linkGenerated(location);
                       refresh();
                   });
}

void PortalLinksPanel::revoke(const QString& linkId)
{
    if (!m_client || m_organizationId.isEmpty()) {
        return;
    }
    if (!m_requests) {
        m_requests = new QObject(this);
    }
    const QString path = linkId.isEmpty()
                             ? QStringLiteral("/api/v1/organizations/%1/portal_links").arg(m_organizationId)
                             : QStringLiteral("/api/v1/organizations/%1/portal_links/%2").arg(m_organizationId, linkId);
    setStatus(tr("Revoking…"));
    m_client->send("DELETE", path, {}, {}, m_requests, [this, linkId](const client::ApiResult<QJsonObject>& result) {
        if (!result.ok()) {
            setStatus(tr("Could not revoke: %1").arg(result.error().message), true);
            return;
        }
        if (linkId.isEmpty() || linkId == m_shownLinkId) {
            m_location->clear(); // a revoked link is useless; do not leave it around to copy
            m_shownLinkId.clear();
        }
        updateButtons();
        Q_EMIT linkRevoked(linkId);
        refresh();
    });
}

void PortalLinksPanel::revokeAll()
{
    revoke({});
}

} // namespace gatehouse::ui
