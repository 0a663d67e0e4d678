#include "ui/browser/TestOutcome.h"

#include "ui/WidgetTag.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QString text(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray()) {
            parts.append(text(v));
        }
        return parts.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return value.toVariant().toString();
}

void fill(QTableWidget* table, const QJsonObject& object)
{
    table->setRowCount(0);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QStringLiteral("identities")) {
            continue;
        }
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(it.key()));
        table->setItem(row, 1, new QTableWidgetItem(text(it.value())));
    }
}

QTableWidget* table(QWidget* parent, const char* name, const QString& accessible)
{
    auto* t = new QTableWidget(0, 2, parent);
    tagWidget(t, name, accessible);
    t->setHorizontalHeaderLabels({QCoreApplication::translate("gatehouse::ui::TestOutcome", "Name"),
                                  QCoreApplication::translate("gatehouse::ui::TestOutcome", "Value")});
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false);
    return t;
}
} // namespace

TestOutcome::TestOutcome(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_profile(table(this, "testProfileTable", tr("Normalized profile")))
    , m_raw(table(this, "testRawAttributesTable", tr("Raw attributes from the IdP")))
{
    tagWidget(m_status, "testStatusLabel", tr("Test status"));
    tagWidget(m_error, "testErrorLabel", tr("Error, reason and fix"));
    QFont bold = m_status->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_status->setFont(bold);
    m_status->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    auto* profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    auto* rawLabel = new QLabel(tr("Raw &attributes:"), this);
    rawLabel->setBuddy(m_raw);
    layout->addWidget(profileLabel);
    layout->addWidget(m_profile, 1);
    layout->addWidget(rawLabel);
    layout->addWidget(m_raw, 1);
    setPending(tr("Waiting for the sign-in to finish…"));
}

void TestOutcome::setPending(const QString& text)
{
    m_status->setText(text);
    m_error->hide();
    m_profile->setRowCount(0);
    m_raw->setRowCount(0);
}

QJsonObject TestOutcome::userInfo(const QJsonObject& result)
{
    const QJsonValue info = result.value(QStringLiteral("user_info"));
    return info.isObject() ? info.toObject() : QJsonDocument::fromJson(info.toString().toUtf8()).object();
}

void TestOutcome::setResult(const QJsonObject& result)
{
    const QString status = result.value(QStringLiteral("status")).toString();
    if (status == QStringLiteral("SUCCESS")) {
        m_status->setText(tr("✔ Test connection succeeded"));
        m_error->hide();
        const QJsonObject profile = userInfo(result);
        fill(m_profile, profile);
        const QJsonArray identities = profile.value(QStringLiteral("identities")).toArray();
        fill(m_raw,
             identities.isEmpty()
                 ? QJsonObject()
                 : identities.first().toObject().value(QStringLiteral("provider_raw_attributes")).toObject());
        return;
    }
    m_profile->setRowCount(0);
    m_raw->setRowCount(0);
    if (status == QStringLiteral("FAILURE")) {
        m_status->setText(tr("✘ Test connection failed"));
        m_error->setText(summaryHtml(result));
        m_error->show();
    } else {
        setPending(tr("The test is still pending (%1).").arg(status));
    }
}

QString TestOutcome::summaryHtml(const QJsonObject& result)
{
    const QString status = result.value(QStringLiteral("status")).toString();
    if (status == QStringLiteral("SUCCESS")) {
        const QJsonObject profile = userInfo(result);
        return tr("<b>Test passed.</b> Signed in as %1.")
            .arg(profile.value(QStringLiteral("email")).toString().toHtmlEscaped());
    }
    if (status != QStringLiteral("FAILURE")) {
        return tr("The test has not finished (%1).").arg(status.toHtmlEscaped());
    }
    const auto field = [&result](const char* key) {
        return result.value(QLatin1String(key)).toString().toHtmlEscaped();
    };
    QString html = tr("<b>Test failed:</b> <code>%1</code> — %2").arg(field("error"), field("error_description"));
    if (!field("error_details").isEmpty()) {
        html += tr("<br><b>Reason:</b> %1").arg(field("error_details"));
    }
    if (!field("fix").isEmpty()) {
        html += tr("<br><b>Fix:</b> %1").arg(field("fix"));
    }
    return html;
}

} // namespace gatehouse::ui
