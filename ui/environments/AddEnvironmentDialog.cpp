#include "ui/environments/AddEnvironmentDialog.h"

#include "client/ApiClient.h"
#include "ui/WidgetTag.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

AddEnvironmentDialog::AddEnvironmentDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addEnvironmentDialog"));
    setWindowTitle(tr("Add Environment"));
    tagWidget(m_name, "environmentNameEdit", tr("Environment name"));
    m_name->setPlaceholderText(tr("e.g. Acme staging"));
    tagWidget(m_kind, "environmentKindCombo", tr("Environment type"));
    m_kind->addItem(tr("Gatehouse engine"), static_cast<int>(client::Environment::Kind::GatehouseEngine));
    m_kind->addItem(tr("Scalekit environment"), static_cast<int>(client::Environment::Kind::Scalekit));
    tagWidget(m_url, "environmentUrlEdit", tr("Environment URL"));
    m_url->setPlaceholderText(tr("https://your-environment.example.com"));
    tagWidget(m_clientId, "environmentClientIdEdit", tr("Client ID"));
    m_clientId->setPlaceholderText(tr("skc_…"));
    tagWidget(m_secret, "environmentClientSecretEdit", tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    tagWidget(m_test, "testConnectionButton", tr("Test connection"));
    m_result->setObjectName(QStringLiteral("testConnectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->setObjectName(QStringLiteral("environmentButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("environmentOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Add the environment"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("environmentCancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("T&ype:"), m_kind);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("Client &secret:"), m_secret);
    auto* note = new QLabel(tr("The client secret is stored in the system keychain, never in a settings file. "
                               "Remote environments must use https; certificates are always verified."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &AddEnvironmentDialog::testConnection);
    for (QLineEdit* edit : {m_name, m_url, m_clientId, m_secret}) {
        connect(edit, &QLineEdit::textChanged, this, &AddEnvironmentDialog::updateButtons);
    }
    updateButtons();
    resize(520, sizeHint().height());
}

void AddEnvironmentDialog::setEnvironment(const client::Environment& environment)
{
    m_editedId = environment.id;
    setWindowTitle(tr("Edit Environment"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the environment"));
    m_name->setText(environment.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(environment.kind))));
    m_url->setText(environment.url.toString());
    m_clientId->setText(environment.clientId);
    m_secret->clear();
    m_secret->setPlaceholderText(tr("unchanged"));
    updateButtons();
}

client::Environment AddEnvironmentDialog::environment() const
{
    client::Environment env;
    env.id = m_editedId;
    env.name = m_name->text().trimmed().isEmpty() ? QUrl(m_url->text().trimmed()).host() : m_name->text().trimmed();
    env.kind = static_cast<client::Environment::Kind>(m_kind->currentData().toInt());
    QUrl url(m_url->text().trimmed());
    if (url.path() == QStringLiteral("/")) {
        url.setPath({});
    }
    env.url = url;
    env.clientId = m_clientId->text().trimmed();
    return env;
}

QString AddEnvironmentDialog::clientSecret() const
{
    return m_secret->text();
}

void AddEnvironmentDialog::updateButtons()
{
    // When editing, an empty secret means "keep the stored one": validate the rest.
    const QString secret = clientSecret().isEmpty() && !m_editedId.isEmpty() ? QStringLiteral("kept") : clientSecret();
    client::ClientConfig config{environment().url, environment().clientId, secret};
    const auto invalid = config.validate();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!invalid);
    m_test->setEnabled(!invalid && !clientSecret().isEmpty());
    if (invalid && !m_url->text().isEmpty()) {
        m_result->setText(invalid->message);
    } else if (!invalid) {
        m_result->clear();
    }
}

void AddEnvironmentDialog::testConnection()
{
    if (m_testClient) {
        m_testClient->deleteLater();
    }
    client::ClientConfig config{environment().url, environment().clientId, clientSecret()};
    config.timeoutMs = 15000;
    m_testClient = new client::ApiClient(config, this);
    m_test->setEnabled(false);
    m_result->setText(tr("Testing…"));
    m_testClient->testConnection(this, [this](const client::ApiResult<qint64>& result) {
        m_test->setEnabled(true);
        const bool ok = result.ok();
        const QString message = ok ? tr("Connected: %n organization(s).", nullptr, static_cast<int>(result.value()))
                                   : tr("Failed: %1").arg(result.error().detailedText());
        m_result->setText(message);
        m_result->setAccessibleName(message);
        Q_EMIT testFinished(ok, message);
    });
}

} // namespace gatehouse::ui
