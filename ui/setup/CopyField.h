#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

// A read-only value with a Copy button (to the clipboard): SCIM endpoint and token, DNS record name and value.
class CopyField : public QWidget
{
    Q_OBJECT

public:
    // Object names: <name>Edit and <name>CopyButton.
    CopyField(const char* name, const QString& accessibleName, QWidget* parent = nullptr);

    void setValue(const QString& value);
    QString value() const;
    QPushButton* copyButton() const;

private:
    QLineEdit* m_edit;
    QPushButton* m_copy;
};

} // namespace gatehouse::ui
