#include "ui/validator/SourceView.h"

#include <algorithm>

#include <QFontDatabase>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QTextBlock>

namespace gatehouse::ui {

class SourceLineGutter : public QWidget
{
public:
    explicit SourceLineGutter(SourceView* view)
        : QWidget(view)
        , m_view(view)
    {
    }
    QSize sizeHint() const override
    {
        return {m_view->gutterWidth(), 0};
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        m_view->paintGutter(event);
    }

private:
    SourceView* m_view;
};

SourceView::SourceView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new SourceLineGutter(this))
{
    setObjectName(QStringLiteral("metadataSourceView"));
    setAccessibleName(tr("Metadata source"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("The validated document appears here."));
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] {
        setViewportMargins(gutterWidth(), 0, 0, 0);
    });
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::updateGutter);
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SourceView::showDocument(const QByteArray& document)
{
    m_highlighted = 0;
    setExtraSelections({});
    if (document.size() > kMaxShownBytes) {
        m_showing = false;
        setPlainText(QString());
        setPlaceholderText(tr("The document (%1) is too large to show here; the findings name their lines.")
                               .arg(QLocale().formattedDataSize(document.size())));
        return;
    }
    m_showing = true;
    setPlaceholderText(tr("The validated document appears here."));
    setPlainText(QString::fromUtf8(document));
    setAccessibleDescription(tr("%n line(s)", nullptr, blockCount()));
}

bool SourceView::isShowingDocument() const
{
    return m_showing;
}

void SourceView::highlightLine(int line)
{
    const QTextBlock block = line > 0 ? document()->findBlockByNumber(line - 1) : QTextBlock();
    if (!block.isValid()) {
        m_highlighted = 0;
        setExtraSelections({});
        m_gutter->update();
        return;
    }
    m_highlighted = line;
    QTextEdit::ExtraSelection selection;
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(80);
    selection.format.setBackground(background);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = QTextCursor(block);
    selection.cursor.clearSelection();
    setExtraSelections({selection});
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    m_gutter->update();
}

int SourceView::highlightedLine() const
{
    return m_highlighted;
}

int SourceView::cursorLine() const
{
    return textCursor().blockNumber() + 1;
}

int SourceView::gutterWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size() + 2; // the number, the marker, a gap
    return 6 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void SourceView::updateGutter(const QRect& rect, int dy)
{
    if (dy != 0) {
        m_gutter->scroll(0, dy);
    } else {
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    }
}

void SourceView::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), gutterWidth(), contents.height()));
}

void SourceView::paintGutter(QPaintEvent* event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_gutter->width() - 4;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool marked = number + 1 == m_highlighted;
            QFont font = painter.font();
            font.setBold(marked);
            painter.setFont(font);
            painter.setPen(palette().color(marked ? QPalette::Text : QPalette::PlaceholderText));
            const QString text = marked ? QStringLiteral("▶ %1").arg(number + 1) : QString::number(number + 1);
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight, text);
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void SourceView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT lineActivated(cursorLine());
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void SourceView::mouseDoubleClickEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseDoubleClickEvent(event);
    Q_EMIT lineActivated(cursorLine());
}

} // namespace gatehouse::ui
