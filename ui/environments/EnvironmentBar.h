#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace gatehouse::client {
class EnvironmentController;
}

namespace gatehouse::ui {

// The environment switcher in the toolbar: the environments, Add…, Remove, Enter Secret… (when a secret is not
// known this session), Engine Log… (local engine), and the connection state.
class EnvironmentBar : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentBar(QWidget* parent = nullptr);

    void setController(client::EnvironmentController* controller);
    void addEnvironment();
    void showEngineLog();
    void focusSwitcher();

private:
    void reloadEnvironments();
    void updateState();
    void enterSecret();
    void removeCurrent();
    void editCurrent();

    QPointer<client::EnvironmentController> m_controller;
    QComboBox* m_combo;
    QToolButton* m_add;
    QToolButton* m_edit;
    QToolButton* m_remove;
    QToolButton* m_secret;
    QToolButton* m_log;
    QLabel* m_state;
};

} // namespace gatehouse::ui
