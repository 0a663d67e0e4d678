#pragma once

#include "core/x509/Certificate.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace gatehouse::ui {

class CopyField;

// notBefore → notAfter as a bar, with "now" and the expiry-warning window marked. The state is also written out
// (text(), the accessible description and a caption under the bar) so it is never told by colour alone.
class ValidityTimeline : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        None,
        NotYetValid,
        Valid,
        Expiring, // inside the warning window
        Expired,
    };
    Q_ENUM(State)

    explicit ValidityTimeline(QWidget* parent = nullptr);

    void setValidity(const QDateTime& notBefore, const QDateTime& notAfter, const QDateTime& now, int warningDays);
    void clear();
    State state() const;
    QString text() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QDateTime m_now;
    int m_warningDays = 30;
    State m_state = State::None;
    QString m_text;
};

// The certificate selected in the certificate tree: subject and issuer, validity timeline, key type and size,
// signature algorithm, SHA-1 and SHA-256 fingerprints with copy buttons.
class CertificatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatePanel(QWidget* parent = nullptr);

    void showCertificate(const core::x509::CertificateInfo& info, const QDateTime& now, int warningDays);
    void clear();
    ValidityTimeline* timeline() const;

private:
    QLabel* m_placeholder;
    QWidget* m_details;
    QLineEdit* m_subject;
    QLineEdit* m_issuer;
    QLabel* m_validity;
    ValidityTimeline* m_timeline;
    QLineEdit* m_key;
    QLineEdit* m_signature;
    CopyField* m_sha1;
    CopyField* m_sha256;
};

} // namespace gatehouse::ui
