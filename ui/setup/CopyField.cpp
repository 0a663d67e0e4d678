#include "ui/setup/CopyField.h"

#include "ui/WidgetTag.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace gatehouse::ui {

CopyField::CopyField(const char* name, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    const QByteArray base(name);
    tagWidget(m_edit, QByteArray(base + "Edit").constData(), accessibleName);
    tagWidget(m_copy, QByteArray(base + "CopyButton").constData(), tr("Copy %1").arg(accessibleName));
    m_edit->setReadOnly(true);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_edit->text());
        m_copy->setText(tr("Copied"));
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_copy);
}

void CopyField::setValue(const QString& value)
{
    m_edit->setText(value);
    m_edit->setCursorPosition(0);
    m_copy->setText(tr("Copy"));
}

QString CopyField::value() const
{
    return m_edit->text();
}

QPushButton* CopyField::copyButton() const
{
    return m_copy;
}

} // namespace gatehouse::ui
