#include "ui/inspector/RoleEditDialog.h"

#include "client/ApiClient.h"
#include "ui/WidgetTag.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
bool validRoleName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_]{1,64}$"));
    return pattern.match(name).hasMatch();
}
} // namespace

RoleEditDialog::RoleEditDialog(client::ApiClient* apiClient, const client::Role& role, QWidget* parent)
    : QDialog(parent)
    , m_client(apiClient)
    , m_role(role)
    , m_name(new QLineEdit(role.name, this))
    , m_displayName(new QLineEdit(role.displayName, this))
    , m_description(new QPlainTextEdit(role.description, this))
    , m_extends(new QLineEdit(role.extends, this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("roleEditDialog"));
    setWindowTitle(isNew() ? tr("New Role") : tr("Edit Role"));
    setAccessibleName(isNew() ? tr("New role") : tr("Edit role %1").arg(role.name));
    tagWidget(m_name, "roleNameEdit", tr("Role name"));
    m_name->setReadOnly(!isNew());
    m_name->setPlaceholderText(tr("letters, digits and _, e.g. billing_admin"));
    tagWidget(m_displayName, "roleDisplayNameEdit", tr("Display name"));
    tagWidget(m_description, "roleDescriptionEdit", tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5);
    tagWidget(m_extends, "roleExtendsEdit", tr("Role it extends"));
    m_extends->setPlaceholderText(tr("Empty: extends no role"));
    tagWidget(m_progress, "roleEditProgress", tr("Saving"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    tagWidget(m_error, "roleEditError", tr("Why the role was not saved"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    tagWidget(m_buttons->button(QDialogButtonBox::Save), "roleSaveButton", tr("Save the role"));
    tagWidget(m_buttons->button(QDialogButtonBox::Cancel), "roleEditCancelButton", tr("Cancel editing the role"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto* displayLabel = new QLabel(tr("&Display name:"), this);
    displayLabel->setBuddy(m_displayName);
    form->addRow(displayLabel, m_displayName);
    auto* descriptionLabel = new QLabel(tr("D&escription:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    auto* extendsLabel = new QLabel(tr("E&xtends:"), this);
    extendsLabel->setBuddy(m_extends);
    form->addRow(extendsLabel, m_extends);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (!isNew()) {
        auto* note = new QLabel(
            tr("The name cannot be changed. An empty description or “Extends” keeps the stored value."), this);
        note->setObjectName(QStringLiteral("roleEditNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(480, 320);
}

bool RoleEditDialog::isNew() const
{
    return m_role.name.isEmpty();
}

QString RoleEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RoleEditDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setAccessibleDescription(text);
    m_error->setVisible(!text.isEmpty());
}

void RoleEditDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_name->setReadOnly(busy || !isNew());
    m_displayName->setReadOnly(busy);
    m_description->setReadOnly(busy);
    m_extends->setReadOnly(busy);
}

void RoleEditDialog::save()
{
    if (!m_client) {
        showError(tr("Not connected to an environment."));
        return;
    }
    client::RoleInput input;
    input.name = isNew() ? m_name->text().trimmed() : m_role.name;
    input.displayName = m_displayName->text().trimmed();
    input.description = m_description->toPlainText().trimmed();
    input.extends = m_extends->text().trimmed();
    if (!validRoleName(input.name)) {
        showError(tr("The name must be 1 to 64 letters, digits or underscores."));
        m_name->setFocus();
        return;
    }
    if (input.displayName.isEmpty()) {
        showError(tr("The display name is required."));
        m_displayName->setFocus();
        return;
    }
    if (!input.extends.isEmpty() && (!validRoleName(input.extends) || input.extends == input.name)) {
        showError(tr("“Extends” must name another role."));
        m_extends->setFocus();
        return;
    }
    showError(QString());
    setBusy(true);
    auto finished = [this](const client::ApiResult<client::Role>& result) {
        setBusy(false);
        if (!result.ok()) {
            showError(tr("The engine refused the role: %1").arg(result.error().detailedText()));
            return;
        }
        Q_EMIT saved(result.value());
        accept();
    };
    if (isNew()) {
        m_client->createRole(input, this, std::move(finished));
    } else {
        m_client->updateRole(m_role.name, input, this, std::move(finished));
    }
}

} // namespace gatehouse::ui
