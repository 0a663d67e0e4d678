#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWizard>

namespace gatehouse::client {
class ApiClient;
}

namespace gatehouse::ui {

// Proving ownership of an email domain: add the domain → the TXT record to publish (DomainRecordView: the full
// name and the label relative to the zone; the value; copy buttons) → DomainCheckPanel:
// "Check now" showing what DNS returned (verification_details) → the status. Manual verification is offered
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

    // DomainRecordView::relativeName.
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
