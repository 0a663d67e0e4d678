#pragma once

#include "core/saml/MetadataModel.h"

#include <QDateTime>
#include <QTreeWidget>

namespace gatehouse::ui {

// Entities → roles → certificates with validity dates, key type and size and fingerprints; expired and
// soon-expiring certificates are marked.
class CertificateTree : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr int NameColumn = 0;
    static constexpr int StatusColumn = 1;
    static constexpr int ValidUntilColumn = 2;
    static constexpr int KeyColumn = 3;

    explicit CertificateTree(QWidget* parent = nullptr);

    // now and warningDays decide which certificates are shown as expired or expiring.
    void setMetadata(const core::saml::Metadata& metadata, const QDateTime& now, int warningDays);
    // Shows only one entity (empty: all).
    void setEntityFilter(const QString& entityId);
    // The certificate of the current item (a certificate or one of its detail rows), or null.
    const core::x509::CertificateInfo* currentCertificate() const;
    QDateTime now() const;
    int warningDays() const;

Q_SIGNALS:
    // The current item changed: its certificate, or null.
    void certificateSelected(const gatehouse::core::x509::CertificateInfo* certificate);

private:
    QTreeWidgetItem* createEntityItem(const core::saml::EntityDescriptor& entity) const;
    QTreeWidgetItem* createRoleItem(const core::saml::Role& role) const;
    QTreeWidgetItem* createCertificateItem(const core::saml::KeyDescriptor& key,
                                           const core::saml::KeyCertificate& certificate) const;
    void markValidity(QTreeWidgetItem* item, const QDateTime& notAfter) const;

    mutable QList<core::x509::CertificateInfo> m_infos; // indexed by the items' Qt::UserRole
    QDateTime m_now;
    int m_warningDays = 30;
};

} // namespace gatehouse::ui
