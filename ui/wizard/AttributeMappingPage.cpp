#include "ui/wizard/AttributeMappingPage.h"

#include "ui/WidgetTag.h"
#include "ui/wizard/SsoWizard.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
const QStringList kCanonical{
    QStringLiteral("email"), QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("groups")};
}

AttributeMappingPage::AttributeMappingPage(SsoWizard* wizard)
    : SsoWizardPage(wizard)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add Custom Attribute"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("attributeMappingPage"));
    setTitle(tr("Attribute mapping"));
    tagWidget(m_table, "attributeMappingTable", tr("Attribute mapping"));
    m_table->setHorizontalHeaderLabels({tr("Gatehouse attribute"), tr("Attribute name sent by the IdP")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    tagWidget(m_add, "addAttributeButton", tr("Add a custom attribute"));
    tagWidget(m_remove, "removeAttributeButton", tr("Remove the selected custom attribute"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        addCustomRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && !kCanonical.contains(m_table->item(row, 0)->text())) {
            m_table->removeRow(row);
        }
    });
    auto* note = new QLabel(tr("Email is required. Names are matched without regard to case; the usual aliases "
                               "(claim URIs, urn:oid forms, mail, givenName, sn) are recognised even when not "
                               "listed. Custom attributes appear in the profile's custom_attributes."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    addStatusArea("attributeMapping");
}

void AttributeMappingPage::initializePage()
{
    const IdpPreset& preset = ssoWizard()->preset();
    setSubTitle(tr("Send these attributes from %1 with exactly these names.").arg(preset.name));
    m_table->setRowCount(0);
    const QJsonObject existing = ssoWizard()->connection().raw.value(QStringLiteral("attribute_mapping")).toObject();
    for (const auto& [key, name] : preset.attributes) {
        addRow(key, existing.value(key).toString(name), false);
    }
    for (auto it = existing.begin(); it != existing.end(); ++it) {
        if (!kCanonical.contains(it.key())) {
            addRow(it.key(), it.value().toString(), true);
        }
    }
}

void AttributeMappingPage::addRow(const QString& key, const QString& idpName, bool custom)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* keyItem = new QTableWidgetItem(key);
    if (!custom) {
        keyItem->setFlags(keyItem->flags() & ~Qt::ItemIsEditable);
    }
    m_table->setItem(row, 0, keyItem);
    m_table->setItem(row, 1, new QTableWidgetItem(idpName));
}

void AttributeMappingPage::addCustomRow(const QString& key, const QString& idpName)
{
    addRow(key, idpName, true);
}

QMap<QString, QString> AttributeMappingPage::mapping(QString* error) const
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,99}$"));
    QMap<QString, QString> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0)->text().trimmed();
        const QString name = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (key.isEmpty() && name.isEmpty()) {
            continue;
        }
        QString problem;
        if (!keyPattern.match(key).hasMatch()) {
            problem = tr("Row %1: “%2” is not a valid attribute name (letters, digits and _; starting with a letter).")
                          .arg(row + 1)
                          .arg(key);
        } else if (out.contains(key)) {
            problem = tr("Row %1: the attribute %2 is listed twice.").arg(row + 1).arg(key);
        } else if (name.isEmpty() && key == QStringLiteral("email")) {
            problem = tr("Email is required: enter the name the IdP sends the email address under.");
        } else if (name.size() > 256) {
            problem = tr("Row %1: the IdP attribute name is longer than 256 characters.").arg(row + 1);
        }
        if (!problem.isEmpty()) {
            if (error) {
                *error = problem;
            }
            return {};
        }
        if (!name.isEmpty()) {
            out.insert(key, name);
        }
    }
    if (error) {
        error->clear();
    }
    return out;
}

void AttributeMappingPage::commit(Done done)
{
    QString error;
    const QMap<QString, QString> map = mapping(&error);
    if (!error.isEmpty()) {
        done(false, error);
        return;
    }
    QJsonObject json;
    for (auto it = map.begin(); it != map.end(); ++it) {
        json.insert(it.key(), it.value());
    }
    SsoWizard* w = ssoWizard();
    w->api().updateConnection(
        w->organization().id,
        w->connection().id,
        QJsonObject{{QStringLiteral("attribute_mapping"), json}},
        this,
        [this, done](const client::ApiResult<client::Connection>& updated) {
            if (!updated.ok()) {
                done(false, tr("The attribute mapping was not saved: %1").arg(updated.error().detailedText()));
                return;
            }
            ssoWizard()->setConnection(updated.value());
            done(true, {});
        });
}

} // namespace gatehouse::ui
