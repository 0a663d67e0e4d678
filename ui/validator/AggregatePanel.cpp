#include "ui/validator/AggregatePanel.h"

#include "core/saml/ReportJson.h"
#include "ui/WidgetTag.h"
#include "ui/validator/EntityPickerModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

AggregatePanel::AggregatePanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new EntityPickerModel(this))
    , m_proxy(new EntityFilterModel(this))
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_showAll(new QPushButton(tr("Show &All Entities"), this))
{
    setObjectName(QStringLiteral("aggregatePanel"));
    setAccessibleName(tr("Aggregate"));
    m_proxy->setSourceModel(m_model);
    tagWidget(m_summary, "aggregateSummary", tr("Aggregate summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    tagWidget(m_search, "entitySearch", tr("Search entities"));
    m_search->setPlaceholderText(tr("Search by entity ID, name or role…"));
    m_search->setClearButtonEnabled(true);
    tagWidget(m_table, "entityPicker", tr("Entities"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EntityPickerModel::ErrorsColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // arrows move inside, Tab leaves
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EntityPickerModel::EntityIdColumn, QHeaderView::Stretch);
    for (int column : {int(EntityPickerModel::RolesColumn),
                       int(EntityPickerModel::ErrorsColumn),
                       int(EntityPickerModel::WarningsColumn)}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    tagWidget(m_showAll, "showAllEntitiesButton", tr("Show the findings and certificates of all entities"));
    m_showAll->setEnabled(false);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &EntityFilterModel::setSearchText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AggregatePanel::onCurrentChanged);
    connect(m_showAll, &QPushButton::clicked, this, [this] { selectEntity(QString()); });

    auto* searchLabel = new QLabel(tr("&Entities:"), this);
    searchLabel->setBuddy(m_search);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showAll);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
}

void AggregatePanel::setReport(const core::saml::ValidationReport& report)
{
    m_selected.clear();
    m_search->clear(); // another document, other entities
    m_model->setReport(report);
    const QJsonObject summary = core::saml::ReportJson::summary(report);
    const QJsonObject roles = summary.value(QStringLiteral("entities_per_role")).toObject();
    QStringList perRole;
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        perRole << tr("%1: %2").arg(it.key()).arg(it.value().toInt());
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 in %2.")
                 .arg(tr("%n entity(s)", nullptr, summary.value(QStringLiteral("entities")).toInt()),
                      tr("%n group(s)", nullptr, summary.value(QStringLiteral("groups")).toInt()));
    if (!perRole.isEmpty()) {
        lines << tr("Per role: %1.").arg(locale.createSeparatedList(perRole));
    }
    lines << tr("Duplicate entity IDs: %1. Expired certificates: %2. Expiring certificates: %3. Weak keys: %4.")
                 .arg(summary.value(QStringLiteral("duplicate_entity_ids")).toInt())
                 .arg(summary.value(QStringLiteral("expired_certificates")).toInt())
                 .arg(summary.value(QStringLiteral("expiring_certificates")).toInt())
                 .arg(summary.value(QStringLiteral("weak_keys")).toInt());
    lines << (summary.value(QStringLiteral("signed")).toBool() ? tr("The document is signed.")
                                                                 : tr("The document is not signed."));
    m_summary->setText(lines.join(u'\n'));
    m_summary->setAccessibleDescription(m_summary->text());
    m_showAll->setEnabled(false);
}

void AggregatePanel::clear()
{
    m_selected.clear();
    m_model->clear();
    m_summary->clear();
    m_showAll->setEnabled(false);
}

bool AggregatePanel::selectEntity(const QString& entityId)
{
    if (entityId.isEmpty()) {
        m_table->selectionModel()->clear();
        if (!m_selected.isEmpty()) {
            m_selected.clear();
            m_showAll->setEnabled(false);
            Q_EMIT entitySelected(QString());
        }
        return true;
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, EntityPickerModel::EntityIdColumn);
        if (index.data(EntityPickerModel::EntityIdRole).toString() == entityId) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void AggregatePanel::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const QString entityId = current.data(EntityPickerModel::EntityIdRole).toString();
    if (entityId == m_selected) {
        return;
    }
    m_selected = entityId;
    m_showAll->setEnabled(true);
    Q_EMIT entitySelected(entityId);
}

QString AggregatePanel::selectedEntity() const
{
    return m_selected;
}

QString AggregatePanel::summaryText() const
{
    return m_summary->text();
}

EntityPickerModel* AggregatePanel::model() const
{
    return m_model;
}

} // namespace gatehouse::ui
