#include "ui/validator/MetadataInputPanel.h"

#include "ui/WidgetTag.h"
#include "ui/validator/UrlFetchWidget.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr qint64 kMaxFileBytes = 100LL * 1024 * 1024;
} // namespace

MetadataInputPanel::MetadataInputPanel(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_urlFetcher(new UrlFetchWidget(this))
{
    tagWidget(m_tabs, "inputTabs", tr("Metadata source"));
    tagWidget(m_urlFetcher, "urlFetchWidget", tr("Metadata URL"));
    m_tabs->addTab(createFilePage(), tr("&File"));
    m_tabs->addTab(m_urlFetcher, tr("&URL"));
    m_tabs->addTab(createPastePage(), tr("&Paste"));
    connect(m_urlFetcher, &UrlFetchWidget::fetched, this, [this](const QByteArray& document, const QString& url) {
        Q_EMIT documentReady(document, url, Origin::Url);
    });
    connect(m_urlFetcher, &UrlFetchWidget::failed, this, &MetadataInputPanel::failed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QWidget* MetadataInputPanel::createFilePage()
{
    auto* page = new QWidget(this);
    m_filePathEdit = new QLineEdit(page);
    tagWidget(m_filePathEdit, "filePathEdit", tr("Metadata file path"));
    m_filePathEdit->setPlaceholderText(tr("Path to a metadata XML file"));
    connect(m_filePathEdit, &QLineEdit::returnPressed, this, [this] { openFile(m_filePathEdit->text().trimmed()); });
    auto* browse =
        new QPushButton(QIcon(QStringLiteral(":/gatehouse/icons/document-open.svg")), tr("&Open File…"), page);
    tagWidget(browse, "browseFileButton", tr("Open a metadata file"));
    connect(browse, &QPushButton::clicked, this, &MetadataInputPanel::chooseFile);
    auto* hint = new QLabel(tr("You can also drop a metadata file on this window."), page);
    hint->setObjectName(QStringLiteral("dropHintLabel"));
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* row = new QHBoxLayout;
    row->addWidget(m_filePathEdit, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addStretch(1);
    return page;
}

QWidget* MetadataInputPanel::createPastePage()
{
    auto* page = new QWidget(this);
    m_pasteEdit = new QPlainTextEdit(page);
    tagWidget(m_pasteEdit, "pasteEdit", tr("Pasted metadata XML"));
    m_pasteEdit->setPlaceholderText(tr("Paste the metadata XML here…"));
    m_pasteEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pasteEdit->setTabChangesFocus(true);
    // Grows with the window but does not make the whole input area tall (its size hint is ignored).
    m_pasteEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_pasteEdit->setMinimumHeight(m_pasteEdit->fontMetrics().lineSpacing() * 4);
    auto* validate = new QPushButton(tr("&Validate Pasted Text"), page);
    tagWidget(validate, "validatePasteButton", tr("Validate the pasted metadata"));
    connect(validate, &QPushButton::clicked, this, &MetadataInputPanel::validatePastedText);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_pasteEdit, 1);
    layout->addWidget(validate, 0, Qt::AlignRight);
    return page;
}

void MetadataInputPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Metadata File"), QString(), tr("SAML metadata (*.xml);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MetadataInputPanel::openFile(const QString& path)
{
    m_tabs->setCurrentIndex(0);
    m_filePathEdit->setText(QDir::toNativeSeparators(path));
    if (path.isEmpty()) {
        Q_EMIT failed(tr("Enter the path of a metadata file first."));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    if (file.size() > kMaxFileBytes) {
        Q_EMIT failed(tr("%1 is larger than 100 MB; refusing to load it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    Q_EMIT documentReady(file.readAll(), QDir::toNativeSeparators(path), Origin::File);
}

void MetadataInputPanel::focusUrl()
{
    m_tabs->setCurrentWidget(m_urlFetcher);
    m_urlFetcher->focusUrl();
}

void MetadataInputPanel::setLabMode(bool lab)
{
    m_urlFetcher->setLabMode(lab);
}

UrlFetchWidget* MetadataInputPanel::urlFetcher() const
{
    return m_urlFetcher;
}

void MetadataInputPanel::validatePastedText()
{
    const QString text = m_pasteEdit->toPlainText();
    if (text.trimmed().isEmpty()) {
        Q_EMIT failed(tr("Paste the metadata XML first."));
        return;
    }
    Q_EMIT documentReady(text.toUtf8(), tr("pasted text"), Origin::Paste);
}

} // namespace gatehouse::ui
