#pragma once

#include <QPlainTextEdit>

class QLabel;

namespace gatehouse::ui {

// The validated document, read-only, with line numbers. highlightLine() scrolls to a finding's line, marks it
// (background colour plus a "▶" in the line-number gutter and the line named in `sourceLineLabel`, so the mark is
// not colour-only) and places the cursor there. Enter (or a double click) on a line asks for the finding of that
// line (lineActivated), so the way back to the findings table works from the keyboard.
class SourceView : public QPlainTextEdit
{
    Q_OBJECT

public:
    // Larger documents are not shown (a note says why): laying out millions of lines would stall the window.
    static constexpr qsizetype kMaxShownBytes = 16 * 1024 * 1024;

    explicit SourceView(QWidget* parent = nullptr);

    void showDocument(const QByteArray& document);
    // 1-based; 0 or out of range clears the mark.
    void highlightLine(int line);
    int highlightedLine() const;
    // The line of the text cursor (1-based).
    int cursorLine() const;
    bool isShowingDocument() const;

Q_SIGNALS:
    void lineActivated(int line);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    friend class SourceLineGutter;
    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);
    void updateGutter(const QRect& rect, int dy);

    QWidget* m_gutter;
    int m_highlighted = 0;
    bool m_showing = false;
};

} // namespace gatehouse::ui
