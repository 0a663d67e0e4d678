#include "ui/inspector/ConnectionValuesPanel.h"

#include "ui/WidgetTag.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace gatehouse::ui {

ConnectionValuesPanel::ConnectionValuesPanel(QWidget* parent)
    : QGroupBox(tr("Service provider values"), parent)
{
    setObjectName(QStringLiteral("connectionValuesPanel"));
    new QFormLayout(this);
    addField("spEntityIdEdit", tr("SP entity ID"));
    addField("spAcsUrlEdit", tr("ACS URL"));
    addField("spMetadataUrlEdit", tr("SP metadata URL"));
    addField("oidcRedirectUriEdit", tr("Redirect URI"));
    addField("testConnectionUriEdit", tr("Test URI"));
    clear();
}

void ConnectionValuesPanel::addField(const char* name, const QString& label)
{
    auto* edit = new QLineEdit(this);
    tagWidget(edit, name, label);
    edit->setReadOnly(true);
    auto* copy = new QToolButton(this);
    const QString copyName = QString::fromLatin1(name).replace(QStringLiteral("Edit"), QStringLiteral("CopyButton"));
    copy->setObjectName(copyName);
    copy->setAccessibleName(tr("Copy %1").arg(label));
    copy->setText(tr("Copy"));
    copy->setFocusPolicy(Qt::StrongFocus);
    connect(copy, &QToolButton::clicked, this, [edit] { QApplication::clipboard()->setText(edit->text()); });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(copy);
    static_cast<QFormLayout*>(layout())->addRow(label + u':', row);
    m_fields.append({QString::fromLatin1(name), {edit, copy}});
}

void ConnectionValuesPanel::setValue(const QString& name, const QString& value)
{
    for (const auto& [fieldName, field] : std::as_const(m_fields)) {
        if (fieldName == name) {
            field.edit->setText(value);
            field.edit->setCursorPosition(0); // show the start of long URLs
            field.copy->setEnabled(!value.isEmpty());
        }
    }
}

QString ConnectionValuesPanel::value(const QString& objectName) const
{
    for (const auto& [fieldName, field] : m_fields) {
        if (fieldName == objectName) {
            return field.edit->text();
        }
    }
    return {};
}

void ConnectionValuesPanel::clear()
{
    setConnection({});
    setEnabled(false);
}

void ConnectionValuesPanel::setConnection(const client::Connection& connection)
{
    setEnabled(!connection.id.isEmpty());
    setValue(QStringLiteral("spEntityIdEdit"), connection.spEntityId);
    setValue(QStringLiteral("spAcsUrlEdit"), connection.spAssertionUrl);
    setValue(QStringLiteral("spMetadataUrlEdit"), connection.spMetadataUrl);
    setValue(QStringLiteral("oidcRedirectUriEdit"), connection.redirectUri);
    setValue(QStringLiteral("testConnectionUriEdit"), connection.testConnectionUri);
}

} // namespace gatehouse::ui
