#include "ui/setup/PortalLinkDialog.h"

#include "client/PortalLink.h"
#include "ui/WidgetTag.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

PortalLinkDialog::PortalLinkDialog(QWidget* parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("portalLinkDialog"));
    setWindowTitle(tr("Open Portal Link"));
    auto* intro = new QLabel(tr("Paste the admin-portal link you received from the application vendor. It opens "
                                "one organization with the setup it allows; nothing is stored."),
                             this);
    intro->setWordWrap(true);
    tagWidget(m_edit, "portalLinkEdit", tr("Portal link"));
    m_edit->setPlaceholderText(QStringLiteral("https://…/magicLink/…_p"));
    tagWidget(m_error, "portalLinkErrorLabel", tr("Portal link error"));
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    tagWidget(m_open, "openPortalLinkButton", tr("Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PortalLinkDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString PortalLinkDialog::link() const
{
    return m_edit->text().trimmed();
}

void PortalLinkDialog::setLink(const QString& text)
{
    m_edit->setText(text);
}

void PortalLinkDialog::tryAccept()
{
    QString error;
    if (client::PortalLink::parse(link(), &error).isEmpty()) {
        m_error->setText(error);
        return;
    }
    accept();
}

} // namespace gatehouse::ui
