#include "ui/inspector/OrganizationEditDialog.h"

#include "client/ApiClient.h"
#include "ui/WidgetTag.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

OrganizationEditDialog::OrganizationEditDialog(client::ApiClient* apiClient,
                                               const client::Organization& organization,
                                               QWidget* parent)
    : QDialog(parent)
    , m_client(apiClient)
    , m_organization(organization)
    , m_name(new QLineEdit(organization.displayName, this))
    , m_externalId(new QLineEdit(organization.externalId, this))
    , m_metadata(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("organizationEditDialog"));
    setWindowTitle(tr("Edit Organization"));
    setAccessibleName(tr("Edit organization %1").arg(organization.displayName));
    tagWidget(m_name, "organizationNameEdit", tr("Display name"));
    tagWidget(m_externalId, "organizationExternalIdEdit", tr("External ID"));
    m_externalId->setPlaceholderText(tr("Empty: no external ID"));
    tagWidget(m_metadata, "organizationMetadataEdit", tr("Metadata, one key=value a line"));
    m_metadata->setTabChangesFocus(true);
    QStringList lines;
    for (auto it = organization.metadata.begin(); it != organization.metadata.end(); ++it) {
        lines.append(it.key() + u'=' + it.value());
    }
    m_metadata->setPlainText(lines.join(u'\n'));
    m_metadata->setPlaceholderText(tr("key=value, one a line (keys 3 to 25 characters, at most 10)"));
    tagWidget(m_progress, "organizationEditProgress", tr("Saving"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    tagWidget(m_error, "organizationEditError", tr("Why the organization was not saved"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    QPushButton* saveButton = m_buttons->button(QDialogButtonBox::Save);
    tagWidget(saveButton, "organizationSaveButton", tr("Save the organization"));
    tagWidget(m_buttons->button(QDialogButtonBox::Cancel), "organizationEditCancelButton", tr("Cancel editing"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganizationEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("&Display name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto* externalLabel = new QLabel(tr("E&xternal ID:"), this);
    externalLabel->setBuddy(m_externalId);
    form->addRow(externalLabel, m_externalId);
    auto* metadataLabel = new QLabel(tr("&Metadata:"), this);
    metadataLabel->setBuddy(m_metadata);
    form->addRow(metadataLabel, m_metadata);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Organization %1").arg(organization.id), this));
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(520, 360);
}

QString OrganizationEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OrganizationEditDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setAccessibleDescription(text);
    m_error->setVisible(!text.isEmpty());
}

void OrganizationEditDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_name->setReadOnly(busy);
    m_externalId->setReadOnly(busy);
    m_metadata->setReadOnly(busy);
}

void OrganizationEditDialog::save()
{
    if (!m_client) {
        showError(tr("Not connected to an environment."));
        return;
    }
    client::OrganizationInput input;
    input.displayName = m_name->text().trimmed();
    input.externalId = m_externalId->text().trimmed();
    if (input.displayName.isEmpty()) {
        showError(tr("The display name is required."));
        m_name->setFocus();
        return;
    }
    const QStringList lines = m_metadata->toPlainText().split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            showError(tr("Metadata line %1 is not key=value: “%2”.").arg(i + 1).arg(line));
            m_metadata->setFocus();
            return;
        }
        const QString key = line.left(equals).trimmed();
        if (input.metadata.contains(key)) {
            showError(tr("Metadata line %1 repeats the key “%2”.").arg(i + 1).arg(key));
            m_metadata->setFocus();
            return;
        }
        input.metadata.insert(key, line.mid(equals + 1).trimmed());
    }
    showError(QString());
    setBusy(true);
    m_client->updateOrganization(
        m_organization.id, input, this, [this](const client::ApiResult<client::Organization>& result) {
            setBusy(false);
            if (!result.ok()) {
                showError(tr("The engine refused the change: %1").arg(result.error().detailedText()));
                return;
            }
            Q_EMIT saved(result.value());
            accept();
        });
}

} // namespace gatehouse::ui
