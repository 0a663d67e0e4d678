#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace gatehouse::ui {

// Highlights the trace detail: XML (elements, attributes, values) or JSON (keys, strings, numbers), and marks the
// lines people look for — signatures, Conditions, Audience — with the palette's highlight colour. Colours come
// from the palette, so it follows light and dark themes.
class TraceHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit TraceHighlighter(QTextDocument* document);

    void setFormat(const QString& format); // "xml", "json" or "text"

protected:
    void highlightBlock(const QString& text) override;

private:
    QString m_format;
};

} // namespace gatehouse::ui
