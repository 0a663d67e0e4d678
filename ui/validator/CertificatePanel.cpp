#include "ui/validator/CertificatePanel.h"

#include "ui/WidgetTag.h"
#include "ui/setup/CopyField.h"

#include <algorithm>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace gatehouse::ui {

using core::x509::CertificateInfo;

namespace {
QString shortDate(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}
} // namespace

ValidityTimeline::ValidityTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("validityTimeline"));
    setAccessibleName(tr("Certificate validity timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ValidityTimeline::setValidity(const QDateTime& notBefore,
                                   const QDateTime& notAfter,
                                   const QDateTime& now,
                                   int warningDays)
{
    m_notBefore = notBefore;
    m_notAfter = notAfter;
    m_now = now;
    m_warningDays = std::max(0, warningDays);
    const QDateTime warningStart = notAfter.addDays(-m_warningDays);
    if (!notBefore.isValid() || !notAfter.isValid()) {
        m_state = State::None;
        m_text = tr("The validity dates could not be read.");
    } else if (now > notAfter) {
        m_state = State::Expired;
        m_text = tr("Expired %n day(s) ago, on %1.", nullptr, static_cast<int>(notAfter.daysTo(now)))
                     .arg(shortDate(notAfter));
    } else if (now < notBefore) {
        m_state = State::NotYetValid;
        m_text = tr("Not valid yet: valid from %1.").arg(shortDate(notBefore));
    } else if (now >= warningStart) {
        m_state = State::Expiring;
        m_text = tr("Expires in %n day(s), on %1 — inside the %2-day warning window.",
                    nullptr,
                    static_cast<int>(now.daysTo(notAfter)))
                     .arg(shortDate(notAfter))
                     .arg(m_warningDays);
    } else {
        m_state = State::Valid;
        m_text = tr("Valid for %n more day(s), until %1; the warning window starts on %2.",
                    nullptr,
                    static_cast<int>(now.daysTo(notAfter)))
                     .arg(shortDate(notAfter), shortDate(warningStart));
    }
    setAccessibleDescription(m_text);
    setToolTip(m_text);
    update();
}

void ValidityTimeline::clear()
{
    m_state = State::None;
    m_text.clear();
    setAccessibleDescription(QString());
    setToolTip(QString());
    update();
}

ValidityTimeline::State ValidityTimeline::state() const
{
    return m_state;
}

QString ValidityTimeline::text() const
{
    return m_text;
}

QSize ValidityTimeline::sizeHint() const
{
    return {360, fontMetrics().height() * 2 + 22};
}

QSize ValidityTimeline::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void ValidityTimeline::paintEvent(QPaintEvent*)
{
    if (m_state == State::None) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int textHeight = fontMetrics().height();
    const QRectF bar(4, textHeight + 4, width() - 8, 12);
    // The axis spans the validity period and "now" when it lies outside it.
    const qint64 start = std::min(m_notBefore.toMSecsSinceEpoch(), m_now.toMSecsSinceEpoch());
    const qint64 end = std::max(m_notAfter.toMSecsSinceEpoch(), m_now.toMSecsSinceEpoch());
    const double span = std::max<qint64>(1, end - start);
    const auto x = [&](const QDateTime& when) {
        return bar.left() + bar.width() * double(when.toMSecsSinceEpoch() - start) / span;
    };
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor valid = dark ? QColor(0x3f, 0x9f, 0x5f) : QColor(0x2e, 0x8b, 0x57);
    const QColor warning = dark ? QColor(0xe0, 0xa0, 0x30) : QColor(0xd9, 0x8c, 0x00);
    const QColor expired = dark ? QColor(0xe0, 0x60, 0x60) : QColor(0xc0, 0x39, 0x2b);

    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Mid));
    painter.drawRoundedRect(bar, 3, 3);
    const double validLeft = x(m_notBefore);
    const double warningLeft = std::max(validLeft, x(m_notAfter.addDays(-m_warningDays)));
    const double validRight = x(m_notAfter);
    painter.setBrush(m_state == State::Expired ? expired : valid);
    painter.drawRect(QRectF(validLeft, bar.top(), std::max(0.0, warningLeft - validLeft), bar.height()));
    // The warning window: colour plus a hatch, so it stands out without colour too.
    painter.setBrush(m_state == State::Expired ? expired : warning);
    const QRectF warningWindow(warningLeft, bar.top(), std::max(0.0, validRight - warningLeft), bar.height());
    painter.drawRect(warningWindow);
    painter.setBrush(QBrush(palette().color(QPalette::WindowText), Qt::BDiagPattern));
    painter.drawRect(warningWindow);

    // "now": a vertical line with its label above the bar.
    const double nowX = x(m_now);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
    painter.drawLine(QPointF(nowX, bar.top() - 3), QPointF(nowX, bar.bottom() + 3));
    painter.setPen(palette().color(QPalette::WindowText));
    const QString nowText = tr("now");
    const int nowWidth = fontMetrics().horizontalAdvance(nowText);
    const double nowLeft = std::clamp(nowX - nowWidth / 2.0, 0.0, double(width() - nowWidth));
    painter.drawText(QPointF(nowLeft, textHeight - fontMetrics().descent()), nowText);
    // The dates under the ends of the bar.
    const QString from = shortDate(m_notBefore);
    const QString until = shortDate(m_notAfter);
    const double baseline = bar.bottom() + 4 + textHeight - fontMetrics().descent();
    painter.drawText(QPointF(std::clamp(validLeft, 0.0, double(width() - fontMetrics().horizontalAdvance(from))),
                             baseline),
                     from);
    painter.drawText(QPointF(std::clamp(validRight - fontMetrics().horizontalAdvance(until),
                                        0.0,
                                        double(width() - fontMetrics().horizontalAdvance(until))),
                             baseline),
                     until);
}

CertificatePanel::CertificatePanel(QWidget* parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Select a certificate to see its validity, key and fingerprints."), this))
    , m_details(new QWidget(this))
    , m_subject(new QLineEdit(m_details))
    , m_issuer(new QLineEdit(m_details))
    , m_validity(new QLabel(m_details))
    , m_timeline(new ValidityTimeline(m_details))
    , m_key(new QLineEdit(m_details))
    , m_signature(new QLineEdit(m_details))
    , m_sha1(new CopyField("certificateSha1", tr("SHA-1 fingerprint"), m_details))
    , m_sha256(new CopyField("certificateSha256", tr("SHA-256 fingerprint"), m_details))
{
    setObjectName(QStringLiteral("certificatePanel"));
    setAccessibleName(tr("Certificate details"));
    m_placeholder->setObjectName(QStringLiteral("certificatePlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    tagWidget(m_subject, "certificateSubject", tr("Subject"));
    tagWidget(m_issuer, "certificateIssuer", tr("Issuer"));
    tagWidget(m_validity, "certificateValidityText", tr("Validity"));
    tagWidget(m_key, "certificateKey", tr("Key type and size"));
    tagWidget(m_signature, "certificateSignature", tr("Signature algorithm"));
    // Read-only fields: long distinguished names scroll instead of being cut, and can be selected and copied.
    for (QLineEdit* field : {m_subject, m_issuer, m_key, m_signature}) {
        field->setReadOnly(true);
    }
    m_validity->setWordWrap(true);
    m_validity->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Issuer:"), m_issuer);
    form->addRow(tr("Validity:"), m_timeline);
    form->addRow(QString(), m_validity);
    form->addRow(tr("Key:"), m_key);
    form->addRow(tr("Signature:"), m_signature);
    form->addRow(tr("SHA-1:"), m_sha1);
    form->addRow(tr("SHA-256:"), m_sha256);
    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(form);
    detailsLayout->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_details, 1);
    clear();
}

void CertificatePanel::showCertificate(const CertificateInfo& info, const QDateTime& now, int warningDays)
{
    m_subject->setText(info.subject.isEmpty() ? tr("(empty)") : info.subject);
    m_issuer->setText(info.selfSigned ? tr("%1 (self-signed)").arg(info.issuer) : info.issuer);
    m_timeline->setValidity(info.notBefore, info.notAfter, now, warningDays);
    m_validity->setText(tr("%1 to %2. %3")
                            .arg(QLocale().toString(info.notBefore.toLocalTime(), QLocale::ShortFormat),
                                 QLocale().toString(info.notAfter.toLocalTime(), QLocale::ShortFormat),
                                 m_timeline->text()));
    QString key = tr("%1, %n bit(s)", nullptr, info.keyBits).arg(info.keyTypeName);
    if (info.keyType == core::x509::KeyType::Rsa && info.keyBits < 2048) {
        key += u' ' + tr("— weak: use at least 2048 bits");
    }
    m_key->setText(key);
    QString signature = info.signatureAlgorithm;
    if (info.weakSignatureHash) {
        signature += u' ' + tr("— weak hash (%1)").arg(info.md5Signature ? QStringLiteral("MD5") : QStringLiteral("SHA-1"));
    }
    m_signature->setText(signature);
    m_sha1->setValue(CertificateInfo::formatFingerprint(info.sha1Fingerprint));
    m_sha256->setValue(CertificateInfo::formatFingerprint(info.sha256Fingerprint));
    for (QLineEdit* field : {m_subject, m_issuer, m_key, m_signature}) {
        field->setCursorPosition(0);
        field->setToolTip(field->text());
    }
    m_validity->setAccessibleDescription(m_validity->text());
    m_placeholder->hide();
    m_details->show();
}

void CertificatePanel::clear()
{
    m_timeline->clear();
    for (QLineEdit* field : {m_subject, m_issuer, m_key, m_signature}) {
        field->clear();
    }
    m_validity->clear();
    m_sha1->setValue(QString());
    m_sha256->setValue(QString());
    m_details->hide();
    m_placeholder->show();
}

ValidityTimeline* CertificatePanel::timeline() const
{
    return m_timeline;
}

} // namespace gatehouse::ui
