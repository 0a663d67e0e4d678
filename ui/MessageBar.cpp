#include "ui/MessageBar.h"

#include "ui/WidgetTag.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace gatehouse::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    tagWidget(m_text, "messageText", tr("Message"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tagWidget(m_closeButton, "messageCloseButton", tr("Dismiss message"));
    m_closeButton->setText(tr("Dismiss"));
    m_closeButton->setAutoRaise(true);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_closeButton);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    const QString icon = kind == Kind::Error ? QStringLiteral(":/gatehouse/icons/severity-error.svg")
                                             : QStringLiteral(":/gatehouse/icons/severity-info.svg");
    const int size = fontMetrics().height();
    m_icon->setPixmap(QIcon(icon).pixmap(size, size));
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

void MessageBar::dismiss()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace gatehouse::ui
