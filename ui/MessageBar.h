#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace gatehouse::ui {

// An inline message strip for recoverable errors and notices (instead of modal message boxes).
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Information,
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void dismiss();
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_closeButton;
};

} // namespace gatehouse::ui
