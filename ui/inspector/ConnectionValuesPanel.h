#pragma once

#include "client/Resources.h"

#include <QGroupBox>

class QLineEdit;
class QToolButton;

namespace gatehouse::ui {

// The values an IdP administrator needs from the selected connection — SP entity ID, ACS URL, SP metadata URL
// (SAML), redirect URI (OIDC), test URI — each read-only with a Copy button.
class ConnectionValuesPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ConnectionValuesPanel(QWidget* parent = nullptr);

    void setConnection(const client::Connection& connection);
    void clear();
    QString value(const QString& objectName) const;

private:
    struct Field
    {
        QLineEdit* edit;
        QToolButton* copy;
    };

    void addField(const char* name, const QString& label);
    void setValue(const QString& name, const QString& value);

    QList<QPair<QString, Field>> m_fields;
};

} // namespace gatehouse::ui
