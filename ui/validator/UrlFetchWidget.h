#pragma once

#include <QByteArray>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gatehouse::ui {

// Metadata URL input: fetches through the guarded fetcher (https only and public addresses only unless lab
// mode), with a busy indicator and a cancel button.
class UrlFetchWidget : public QWidget
{
    Q_OBJECT

public:
    explicit UrlFetchWidget(QWidget* parent = nullptr);

    void setLabMode(bool lab);
    void setUrl(const QString& url);
    QString url() const;
    void focusUrl();
    void fetch();
    void cancel();
    bool isFetching() const;

Q_SIGNALS:
    void fetched(const QByteArray& document, const QString& url);
    void failed(const QString& message);

private:
    void setFetching(bool fetching);

    QLineEdit* m_urlEdit;
    QPushButton* m_fetchButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QPointer<QObject> m_session; // owns the network access manager and fetcher of the running fetch
    bool m_lab = false;
};

} // namespace gatehouse::ui
