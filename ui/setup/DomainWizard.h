#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWizard>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

class CopyField;

// Proving ownership of an email domain: add the domain → the TXT record to publish (the full name and the
// label relative to the zone, since some DNS providers append the zone themselves; the value; copy buttons)
// → "Check now" showing what DNS returned (verification_details) → the status. Manual verification is offered
// to environment admins only (never in a portal session).
class DomainWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        AddPage,
        RecordPage,
        CheckPage,
    };

    DomainWizard(client::ApiClient* client,
                 const QString& organizationId,
                 bool environmentAdmin,
                 QWidget* parent = nullptr);

    // Continues with a domain added earlier (skips the first page).
    void resume(const QJsonObject& domain);
    QJsonObject domain() const;

    // The label to enter at DNS providers that append the zone: `_gatehouse-challenge` for
    // `_gatehouse-challenge.example.com` in zone `example.com`.
    static QString relativeName(const QString& recordName, const QString& domain);

Q_SIGNALS:
    void domainChanged(const QJsonObject& domain);

private:
    friend class DomainAddPage;
    friend class DomainCheckPage;
    void setDomain(const QJsonObject& domain);

    QPointer<client::ApiClient> m_client;
    QString m_organizationId;
    bool m_admin;
    QJsonObject m_domain;
};

} // namespace gatehouse::ui
