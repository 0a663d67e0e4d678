#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

// "Open Portal Link…": paste an admin-portal link (…/magicLink/…_p or gatehouse://portal?link=…). The link is
// checked before the dialog closes; a bad one is explained inline.
class PortalLinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PortalLinkDialog(QWidget* parent = nullptr);
    QString link() const;
    void setLink(const QString& text);

private:
    void tryAccept();

    QLineEdit* m_edit;
    QLabel* m_error;
    QPushButton* m_open;
};

} // namespace gatehouse::ui
