#include "ui/environments/EnvironmentBar.h"

#include "client/EnvironmentController.h"
#include "ui/WidgetTag.h"
#include "ui/environments/AddEnvironmentDialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

using client::EnvironmentController;

EnvironmentBar::EnvironmentBar(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_add(new QToolButton(this))
    , m_edit(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_secret(new QToolButton(this))
    , m_log(new QToolButton(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentBar"));
    tagWidget(m_combo, "environmentCombo", tr("Environment"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(18);
    tagWidget(m_combo->view(), "environmentComboList", tr("Environments"));
    tagWidget(m_add, "addEnvironmentButton", tr("Add environment"));
    m_add->setText(tr("Add Environment…"));
    tagWidget(m_edit, "editEnvironmentButton", tr("Edit environment"));
    m_edit->setText(tr("Edit…"));
    tagWidget(m_remove, "removeEnvironmentButton", tr("Remove environment"));
    m_remove->setText(tr("Remove"));
    tagWidget(m_secret, "enterSecretButton", tr("Enter client secret"));
    m_secret->setText(tr("Enter Secret…"));
    tagWidget(m_log, "engineLogButton", tr("Show the local engine's log"));
    m_log->setText(tr("Engine Log…"));
    for (QToolButton* button : {m_add, m_edit, m_remove, m_secret, m_log}) {
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_state->setObjectName(QStringLiteral("environmentStateLabel"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* label = new QLabel(tr("&Environment:"), this);
    label->setBuddy(m_combo);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_add);
    layout->addWidget(m_edit);
    layout->addWidget(m_remove);
    layout->addWidget(m_secret);
    layout->addWidget(m_log);
    layout->addWidget(m_state, 1);

    connect(m_add, &QToolButton::clicked, this, &EnvironmentBar::addEnvironment);
    connect(m_edit, &QToolButton::clicked, this, &EnvironmentBar::editCurrent);
    connect(m_remove, &QToolButton::clicked, this, &EnvironmentBar::removeCurrent);
    connect(m_secret, &QToolButton::clicked, this, &EnvironmentBar::enterSecret);
    connect(m_log, &QToolButton::clicked, this, &EnvironmentBar::showEngineLog);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (m_controller) {
            m_controller->activate(m_combo->itemData(index).toString());
        }
    });
    setController(nullptr);
}

void EnvironmentBar::setController(EnvironmentController* controller)
{
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
    }
    m_controller = controller;
    if (controller) {
        connect(controller, &EnvironmentController::environmentsChanged, this, &EnvironmentBar::reloadEnvironments);
        connect(controller, &EnvironmentController::currentChanged, this, &EnvironmentBar::reloadEnvironments);
        connect(controller, &EnvironmentController::statusChanged, this, &EnvironmentBar::updateState);
    }
    reloadEnvironments();
}

void EnvironmentBar::focusSwitcher()
{
    m_combo->setFocus(Qt::ShortcutFocusReason);
}

void EnvironmentBar::reloadEnvironments()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (m_controller) {
        const QString current = m_controller->current().id;
        for (const client::Environment& env : m_controller->environments()) {
            const QString text = env.isLocal() ? env.name : tr("%1 (%2)").arg(env.name, env.kindText());
            m_combo->addItem(text, env.id);
            m_combo->setItemData(m_combo->count() - 1, env.url.toString(), Qt::ToolTipRole);
            if (env.id == current) {
                m_combo->setCurrentIndex(m_combo->count() - 1);
            }
        }
    }
    updateState();
}

void EnvironmentBar::updateState()
{
    const bool have = m_controller;
    m_combo->setEnabled(have);
    m_add->setEnabled(have);
    if (!have) {
        m_state->setText(tr("No environment"));
        m_remove->setEnabled(false);
        m_edit->setEnabled(false);
        m_secret->setVisible(false);
        m_log->setEnabled(false);
        return;
    }
    const client::Environment current = m_controller->current();
    m_remove->setEnabled(!current.isLocal());
    m_edit->setEnabled(!current.isLocal());
    m_log->setEnabled(m_controller->localEngine() != nullptr);
    const auto status = m_controller->status();
    m_secret->setVisible(!current.isLocal() && status == EnvironmentController::Status::Error);
    QString state;
    switch (status) {
    case EnvironmentController::Status::Disconnected:
        state = tr("Disconnected");
        break;
    case EnvironmentController::Status::Connecting:
        state = tr("Connecting…");
        break;
    case EnvironmentController::Status::Connected:
        state = tr("Connected");
        break;
    case EnvironmentController::Status::Error:
        state = tr("Not connected");
        break;
    }
    m_state->setText(state);
    m_state->setToolTip(m_controller->statusText());
    m_state->setAccessibleName(state + QStringLiteral(": ") + m_controller->statusText());
}

void EnvironmentBar::addEnvironment()
{
    if (!m_controller) {
        return;
    }
    AddEnvironmentDialog dialog(window());
    if (dialog.exec() == QDialog::Accepted) {
        m_controller->addEnvironment(dialog.environment(), dialog.clientSecret());
    }
}

void EnvironmentBar::editCurrent()
{
    if (!m_controller || m_controller->current().isLocal()) {
        return;
    }
    AddEnvironmentDialog dialog(window());
    dialog.setEnvironment(m_controller->current());
    if (dialog.exec() == QDialog::Accepted) {
        m_controller->updateEnvironment(dialog.environment(), dialog.clientSecret());
    }
}

void EnvironmentBar::removeCurrent()
{
    if (!m_controller || m_controller->current().isLocal()) {
        return;
    }
    const client::Environment current = m_controller->current();
    const auto answer = QMessageBox::question(
        window(),
        tr("Remove Environment"),
        tr("Remove the environment “%1” and its stored client secret from this computer? The environment itself "
           "is not changed.")
            .arg(current.name));
    if (answer == QMessageBox::Yes) {
        m_controller->removeEnvironment(current.id);
    }
}

void EnvironmentBar::enterSecret()
{
    if (!m_controller) {
        return;
    }
    const client::Environment current = m_controller->current();
    bool ok = false;
    const QString secret =
        QInputDialog::getText(window(),
                              tr("Client Secret"),
                              tr("Client secret for %1 (client ID %2):").arg(current.name, current.clientId),
                              QLineEdit::Password,
                              QString(),
                              &ok);
    if (ok && !secret.isEmpty()) {
        m_controller->setSecret(current.id, secret);
    }
}

void EnvironmentBar::showEngineLog()
{
    if (!m_controller || !m_controller->localEngine()) {
        return;
    }
    auto* dialog = new QDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("engineLogDialog"));
    dialog->setWindowTitle(tr("Local Engine Log"));
    auto* text = new QPlainTextEdit(dialog);
    tagWidget(text, "engineLogText", tr("Engine log"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setPlainText(m_controller->localEngine()->logLines().join(u'\n'));
    connect(
        m_controller->localEngine(), &client::LocalEngineSupervisor::logLine, text, &QPlainTextEdit::appendPlainText);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    dialog->resize(800, 400);
    dialog->show();
}

} // namespace gatehouse::ui
