#include "ui/wizard/SsoWizardPage.h"

#include "ui/WidgetTag.h"
#include "ui/wizard/SsoWizard.h"

#include <QLabel>
#include <QLayout>
#include <QPointer>
#include <QProgressBar>

#include <memory>

namespace gatehouse::ui {

SsoWizardPage::SsoWizardPage(SsoWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{}

SsoWizard* SsoWizardPage::ssoWizard() const
{
    return m_wizard;
}

bool SsoWizardPage::isBusy() const
{
    return m_busy;
}

void SsoWizardPage::addStatusArea(const char* objectPrefix)
{
    m_status = new QLabel(this);
    const QByteArray prefix(objectPrefix);
    tagWidget(m_status, QByteArray(prefix + "Status").constData(), tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();
    m_busyBar = new QProgressBar(this);
    tagWidget(m_busyBar, QByteArray(prefix + "Busy").constData(), tr("Working"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    if (layout()) {
        layout()->addWidget(m_status);
        layout()->addWidget(m_busyBar);
    }
}

void SsoWizardPage::setStatus(const QString& text, bool error)
{
    if (!m_status) {
        return;
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setProperty("error", error);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb0, 0x00, 0x20) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void SsoWizardPage::setBusy(bool busy)
{
    m_busy = busy;
    if (m_busyBar) {
        m_busyBar->setVisible(busy);
    }
    Q_EMIT completeChanged();
}

void SsoWizardPage::commit(Done done)
{
    done(true, {});
}

bool SsoWizardPage::validatePage()
{
    if (m_passed) {
        m_passed = false;
        return true;
    }
    if (m_busy) {
        return false;
    }
    setStatus({}, false);
    setBusy(true);

    struct CallState
    {
        bool inCall = true;
        bool answered = false;
        bool ok = false;
        QString error;
    };

    auto state = std::make_shared<CallState>();
    QPointer<SsoWizardPage> self(this);
    commit([self, state](bool ok, const QString& error) {
        if (state->inCall) { // answered at once: validatePage returns the verdict itself
            state->answered = true;
            state->ok = ok;
            state->error = error;
            return;
        }
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (!ok) {
            self->setStatus(error, true);
            return;
        }
        if (self->wizard() && self->wizard()->currentPage() == self) {
            self->m_passed = true;
            self->wizard()->next();
            self->m_passed = false;
        }
    });
    state->inCall = false;
    if (state->answered) {
        setBusy(false);
        if (!state->ok) {
            setStatus(state->error, true);
        }
        return state->ok;
    }
    return false;
}

} // namespace gatehouse::ui
