#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace gatehouse::ui {

// The outcome of a connection test (GetConnectionTestResult): success with the normalized profile and the raw
// attributes the IdP sent, or the error code, the reason and the fix.
class TestOutcome : public QWidget
{
    Q_OBJECT

public:
    explicit TestOutcome(QWidget* parent = nullptr);

    void setResult(const QJsonObject& result);
    void setPending(const QString& text);
    // One paragraph of HTML (escaped) for the wizard's test page.
    static QString summaryHtml(const QJsonObject& result);
    // user_info (a JSON string or object) as an object.
    static QJsonObject userInfo(const QJsonObject& result);

private:
    QLabel* m_status;
    QLabel* m_error;
    QTableWidget* m_profile;
    QTableWidget* m_raw;
};

} // namespace gatehouse::ui
