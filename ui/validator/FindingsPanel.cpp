#include "ui/validator/FindingsPanel.h"

#include "ui/WidgetTag.h"
#include "ui/validator/FindingsFilterModel.h"
#include "ui/validator/FindingsModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gatehouse::ui {

using core::saml::Finding;
using core::saml::Severity;

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingsFilterModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    tagWidget(m_table, "findingsTable", tr("Findings"));
    setupTable();

    m_detail = new QTextBrowser(this);
    tagWidget(m_detail, "findingDetail", tr("Selected finding details"));
    m_detail->setPlaceholderText(tr("Select a finding to see how to fix it."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("findingsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);
    showSelectedFinding();
}

QWidget* FindingsPanel::createFilterBar()
{
    auto* bar = new QWidget(this);
    m_severityFilter = new QComboBox(bar);
    tagWidget(m_severityFilter, "severityFilter", tr("Show findings of severity"));
    m_severityFilter->addItem(tr("All severities"), -1);
    m_severityFilter->addItem(FindingsModel::severityIcon(Severity::Error), tr("Errors"), int(Severity::Error));
    m_severityFilter->addItem(FindingsModel::severityIcon(Severity::Warning), tr("Warnings"), int(Severity::Warning));
    m_severityFilter->addItem(FindingsModel::severityIcon(Severity::Info), tr("Notes"), int(Severity::Info));
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, &FindingsPanel::applySeverityFilter);

    m_searchEdit = new QLineEdit(bar);
    tagWidget(m_searchEdit, "findingsSearch", tr("Filter findings by text"));
    m_searchEdit->setPlaceholderText(tr("Filter by rule, message or fix…"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &FindingsFilterModel::setTextFilter);

    m_copyButton = new QPushButton(tr("&Copy Finding"), bar);
    tagWidget(m_copyButton, "copyFindingButton", tr("Copy the selected finding"));
    connect(m_copyButton, &QPushButton::clicked, this, &FindingsPanel::copySelectedFinding);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_severityFilter);
    layout->addWidget(m_searchEdit, 1);
    layout->addWidget(m_copyButton);
    return bar;
}

void FindingsPanel::setupTable()
{
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // arrows move inside, Tab leaves for the source view
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPanel::showSelectedFinding);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FindingsPanel::showSelectedFinding);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FindingsPanel::showSelectedFinding);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        const Finding* finding = selectedFinding();
        if (finding && finding->line > 0) {
            Q_EMIT sourceRequested(finding->line);
        }
    });

    auto* copyAction = new QAction(tr("Copy Finding"), m_table);
    copyAction->setObjectName(QStringLiteral("copyFindingAction"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &FindingsPanel::copySelectedFinding);
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void FindingsPanel::setFindings(core::saml::Findings findings)
{
    m_model->setFindings(std::move(findings));
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, FindingsModel::SeverityColumn));
    }
}

void FindingsPanel::applySeverityFilter()
{
    const int value = m_severityFilter->currentData().toInt();
    m_proxy->setSeverityFilter(value < 0 ? std::nullopt : std::optional(static_cast<Severity>(value)));
}

const Finding* FindingsPanel::selectedFinding() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return nullptr;
    }
    return m_model->findingAt(m_proxy->mapToSource(current).row());
}

void FindingsPanel::showSelectedFinding()
{
    const Finding* finding = selectedFinding();
    m_copyButton->setEnabled(finding != nullptr);
    Q_EMIT currentLineChanged(finding ? finding->line : 0);
    if (!finding) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> — %2</p><p>%3</p>")
                       .arg(finding->ruleId.toHtmlEscaped(),
                            FindingsModel::severityText(finding->severity),
                            finding->message.toHtmlEscaped());
    if (!finding->fix.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:"), finding->fix.toHtmlEscaped());
    }
    if (finding->line > 0) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Line %1").arg(finding->line));
    }
    if (!finding->path.isEmpty()) {
        html += QStringLiteral("<p><code>%1</code></p>").arg(finding->path.toHtmlEscaped());
    }
    if (!finding->entityId.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Entity: %1").arg(finding->entityId.toHtmlEscaped()));
    }
    m_detail->setHtml(html);
}

bool FindingsPanel::selectFindingAtLine(int line)
{
    if (line <= 0) {
        return false;
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, FindingsModel::SeverityColumn);
        const Finding* finding = m_model->findingAt(m_proxy->mapToSource(index).row());
        if (finding && finding->line == line) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void FindingsPanel::setEntityFilter(const QString& entityId)
{
    m_proxy->setEntityFilter(entityId);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, FindingsModel::SeverityColumn));
    }
}

QTableView* FindingsPanel::table() const
{
    return m_table;
}

void FindingsPanel::copySelectedFinding() const
{
    const Finding* finding = selectedFinding();
    if (!finding) {
        return;
    }
    QString text = FindingsModel::severityText(finding->severity) + u' ' + finding->ruleId;
    if (finding->line > 0) {
        text += u' ' + tr("line %1").arg(finding->line);
    }
    text += u'\n' + finding->message;
    if (!finding->fix.isEmpty()) {
        text += u'\n' + tr("Fix: %1").arg(finding->fix);
    }
    QApplication::clipboard()->setText(text);
}

} // namespace gatehouse::ui
