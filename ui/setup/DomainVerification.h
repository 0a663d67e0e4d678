#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

class CopyField;

// Proving ownership of a domain, shared by the Setup page's DomainWizard and the inspector's Verify… dialog.

// The TXT record to publish for a domain (the API's domain object): type TXT, the name in both forms — full
// (recordFullNameEdit) and relative to the zone (recordRelativeNameEdit), since some DNS providers append the
// zone themselves —, the value (recordValueEdit), each with Copy, and the zone hint (zoneHintLabel).
class DomainRecordView : public QWidget
{
    Q_OBJECT

public:
    explicit DomainRecordView(QWidget* parent = nullptr);

    void setDomain(const QJsonObject& domain);

    // The label to enter at DNS providers that append the zone: `_gatehouse-challenge` for
    // `_gatehouse-challenge.example.com` in zone `example.com`.
    static QString relativeName(const QString& recordName, const QString& domain);

private:
    CopyField* m_fullName;
    CopyField* m_relativeName;
    CopyField* m_value;
    QLabel* m_hint;
};

// "Check Now" for a domain (PATCH …/domains/{id}:verify, then the domain read again with verification_details):
// the status (domainStatusLabel) and what DNS returned (dnsResultText: reason, TXT records seen, resolver and
// lookup time, when). "Mark as Verified Manually" (verifyManuallyButton) exists only for environment admins: it
// is not shown, and refuses to act, without `environmentAdmin`.
class DomainCheckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DomainCheckPanel(bool environmentAdmin, QWidget* parent = nullptr);

    void setClient(client::ApiClient* apiClient, const QString& organizationId);
    void setDomain(const QJsonObject& domain); // shows it (status and the last check) without asking anything
    QJsonObject domain() const;
    bool isVerified() const;
    void check();
    void verifyManually();

Q_SIGNALS:
    // The domain as the engine answered after a check or a manual verification.
    void domainChanged(const QJsonObject& domain);

private:
    QString path(const QString& suffix) const;
    void reload();
    void display();

    QPointer<client::ApiClient> m_client;
    QString m_organizationId;
    bool m_admin;
    QJsonObject m_domain;
    QPushButton* m_check;
    QPushButton* m_manual;
    QLabel* m_status;
    QPlainTextEdit* m_details;
    QPointer<QObject> m_requests; // bounds the calls for the current domain
};

// The inspector's "Verify…" for a pending domain (domainVerifyDialog): the record to publish and the check.
class DomainVerifyDialog : public QDialog
{
    Q_OBJECT

public:
    DomainVerifyDialog(client::ApiClient* apiClient,
                       const QString& organizationId,
                       const QJsonObject& domain,
                       bool environmentAdmin,
                       QWidget* parent = nullptr);

    DomainCheckPanel* checkPanel() const;

Q_SIGNALS:
    void domainChanged(const QJsonObject& domain);

private:
    DomainCheckPanel* m_check;
};

} // namespace gatehouse::ui
