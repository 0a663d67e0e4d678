#include "ui/validator/CertificateTree.h"

#include "ui/WidgetTag.h"
#include "ui/validator/FindingsModel.h"

#include <QHeaderView>
#include <QLocale>

namespace gatehouse::ui {

using namespace core::saml;
using core::x509::CertificateInfo;

CertificateTree::CertificateTree(QWidget* parent)
    : QTreeWidget(parent)
{
    tagWidget(this, "certificateTree", tr("Entities and certificates"));
    setColumnCount(4);
    setHeaderLabels({tr("Entity, role or certificate"), tr("Status"), tr("Valid until"), tr("Key")});
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ValidUntilColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::currentItemChanged, this, [this] { Q_EMIT certificateSelected(currentCertificate()); });
}

const CertificateInfo* CertificateTree::currentCertificate() const
{
    const QTreeWidgetItem* item = currentItem();
    const QVariant index = item ? item->data(NameColumn, Qt::UserRole) : QVariant();
    if (!index.isValid()) {
        return nullptr;
    }
    const int i = index.toInt();
    return i >= 0 && i < m_infos.size() ? &m_infos.at(i) : nullptr;
}

QDateTime CertificateTree::now() const
{
    return m_now;
}

int CertificateTree::warningDays() const
{
    return m_warningDays;
}

void CertificateTree::setEntityFilter(const QString& entityId)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = topLevelItem(i);
        const bool shown = entityId.isEmpty() || item->data(NameColumn, Qt::UserRole + 1).toString() == entityId;
        item->setHidden(!shown);
        if (shown && !entityId.isEmpty()) {
            expandItem(item);
            for (int child = 0; child < item->childCount(); ++child) {
                expandItem(item->child(child));
            }
        }
    }
}

void CertificateTree::setMetadata(const Metadata& metadata, const QDateTime& now, int warningDays)
{
    m_now = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    m_warningDays = warningDays;
    clear();
    m_infos.clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(metadata.entities.size());
    for (const EntityDescriptor& entity : metadata.entities) {
        items.append(createEntityItem(entity));
    }
    addTopLevelItems(items);
    if (items.size() <= 5) {
        expandAll();
    }
}

QTreeWidgetItem* CertificateTree::createEntityItem(const EntityDescriptor& entity) const
{
    auto* item = new QTreeWidgetItem;
    item->setText(NameColumn, entity.entityId.isEmpty() ? tr("(no entity ID)") : entity.entityId);
    item->setData(NameColumn, Qt::UserRole + 1, entity.entityId);
    item->setIcon(NameColumn, QIcon(QStringLiteral(":/gatehouse/icons/entity.svg")));
    if (!entity.displayNames.isEmpty()) {
        item->setToolTip(NameColumn, entity.displayNames.constFirst());
    }
    for (const Role& role : entity.roles) {
        item->addChild(createRoleItem(role));
    }
    return item;
}

QTreeWidgetItem* CertificateTree::createRoleItem(const Role& role) const
{
    auto* item = new QTreeWidgetItem;
    item->setText(NameColumn, role.elementName);
    for (const KeyDescriptor& key : role.keys) {
        for (const KeyCertificate& certificate : key.certificates) {
            item->addChild(createCertificateItem(key, certificate));
        }
    }
    if (item->childCount() == 0) {
        item->setText(StatusColumn, tr("No certificates"));
    }
    return item;
}

QTreeWidgetItem* CertificateTree::createCertificateItem(const KeyDescriptor& key,
                                                        const KeyCertificate& certificate) const
{
    auto* item = new QTreeWidgetItem;
    const QString use = key.use.isEmpty()                     ? tr("Signing and encryption")
                        : key.use == QLatin1String("signing") ? tr("Signing")
                                                              : tr("Encryption");
    item->setIcon(NameColumn, QIcon(QStringLiteral(":/gatehouse/icons/certificate.svg")));
    if (!certificate.parsed) {
        item->setText(NameColumn, tr("%1: unreadable certificate").arg(use));
        item->setText(StatusColumn, certificate.error);
        item->setIcon(StatusColumn, FindingsModel::severityIcon(Severity::Error));
        return item;
    }
    const CertificateInfo& info = certificate.info;
    const int index = static_cast<int>(m_infos.size());
    m_infos.append(info);
    item->setData(NameColumn, Qt::UserRole, index);
    item->setText(NameColumn, tr("%1: %2").arg(use, info.subject));
    item->setText(ValidUntilColumn, QLocale().toString(info.notAfter.toLocalTime(), QLocale::ShortFormat));
    item->setText(KeyColumn, tr("%1, %n bit(s)", nullptr, info.keyBits).arg(info.keyTypeName));
    markValidity(item, info.notAfter);
    const QStringList details{
        tr("Valid from %1").arg(QLocale().toString(info.notBefore.toLocalTime(), QLocale::ShortFormat)),
        tr("SHA-256 %1").arg(CertificateInfo::formatFingerprint(info.sha256Fingerprint)),
        tr("SHA-1 %1").arg(CertificateInfo::formatFingerprint(info.sha1Fingerprint)),
        tr("Issuer %1").arg(info.issuer),
    };
    for (const QString& detail : details) {
        auto* child = new QTreeWidgetItem(item);
        child->setText(NameColumn, detail);
        child->setToolTip(NameColumn, detail);
        child->setData(NameColumn, Qt::UserRole, index);
    }
    return item;
}

void CertificateTree::markValidity(QTreeWidgetItem* item, const QDateTime& notAfter) const
{
    if (notAfter < m_now) {
        item->setText(StatusColumn, tr("Expired"));
        item->setIcon(StatusColumn, FindingsModel::severityIcon(Severity::Error));
    } else if (notAfter < m_now.addDays(m_warningDays)) {
        item->setText(StatusColumn, tr("Expires in %n day(s)", nullptr, static_cast<int>(m_now.daysTo(notAfter))));
        item->setIcon(StatusColumn, FindingsModel::severityIcon(Severity::Warning));
    } else {
        item->setText(StatusColumn, tr("Valid"));
    }
}

} // namespace gatehouse::ui
