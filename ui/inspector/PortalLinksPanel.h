#pragma once

#include <QJsonArray>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QToolButton;
class QPushButton;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

// An organization's admin-portal links (Overview tab): generate one (features sso / dir_sync, shareable), copy
// the new link — its location holds the secret and is shown only right after generating, the listing never
// has it —, list the links with status and expiry, revoke one or all (each after a confirmation). Calls:
// PUT / GET / DELETE /api/v1/organizations/{id}/portal_links[/{link_id}]. objectNames: portalLinkSsoCheck,
// portalLinkDirSyncCheck, portalLinkShareableCheck, generatePortalLinkButton, portalLinkEdit,
// copyPortalLinkButton, portalLinksTable, refreshPortalLinksButton, revokePortalLinkButton,
// revokeAllPortalLinksButton, portalLinksStatus, portalLinksExportButton (the listed links to CSV or JSON —
// never a link's location, which holds its secret).
class PortalLinksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PortalLinksPanel(QWidget* parent = nullptr);

    void setOrganization(client::ApiClient* apiClient, const QString& organizationId);
    void clear();
    void refresh();
    void generate();
    // Revoke without asking (the buttons ask first).
    void revoke(const QString& linkId);
    void revokeAll();
    // Copies the selected link's id (button portalLinkCopyIdButton, Ctrl+Shift+C in the table); false when none.
    bool copySelectedId();
    // Writes the listed links as CSV (".csv": the table's columns) or JSON (anything else: each link's id,
    // features, shareable, status, create_time and expire_time — exportableLink). Returns the error ("" = written).
    QString exportTo(const QString& path);
    void chooseExportFile();
    // The fields of a link that may leave the app: never `location` (the secret URL) or any field not listed.
    static QJsonObject exportableLink(const QJsonObject& link);

Q_SIGNALS:
    void linksLoaded();
    void linkGenerated(const QString& location);
    void linkRevoked(const QString& linkId); // "" = all

private:
    void showLinks(const QJsonArray& links);
    void setStatus(const QString& text, bool error = false);
    void updateButtons();
    // A modal warning (objectName for tests and the accessibility walk; Cancel is the default and escape button).
    bool confirm(const QString& objectName, const QString& title, const QString& text);
    QString selectedLinkId() const;

    QPointer<client::ApiClient> m_client;
    QString m_organizationId;
    QString m_shownLinkId; // the link whose location m_location shows
    QCheckBox* m_sso;
    QCheckBox* m_dirSync;
    QCheckBox* m_shareable;
    QPushButton* m_generate;
    QLineEdit* m_location;
    QToolButton* m_copy;
    QTableWidget* m_table;
    QToolButton* m_refresh;
    QToolButton* m_revoke;
    QToolButton* m_revokeAll;
    QLabel* m_status;
    QToolButton* m_copyId;
    QToolButton* m_export;
    QJsonArray m_links;           // as listed, through exportableLink
    QPointer<QObject> m_requests; // bounds the calls for the current organization
};

} // namespace gatehouse::ui
