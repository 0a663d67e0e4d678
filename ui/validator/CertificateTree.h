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

private:
    QTreeWidgetItem* createEntityItem(const core::saml::EntityDescriptor& entity) const;
    QTreeWidgetItem* createRoleItem(const core::saml::Role& role) const;
    QTreeWidgetItem* createCertificateItem(const core::saml::KeyDescriptor& key,
                                           const core::saml::KeyCertificate& certificate) const;
    void markValidity(QTreeWidgetItem* item, const QDateTime& notAfter) const;

    QDateTime m_now;
    int m_warningDays = 30;
};

} // namespace gatehouse::ui
