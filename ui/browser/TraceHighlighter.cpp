#include "ui/browser/TraceHighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace gatehouse::ui {

TraceHighlighter::TraceHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{}

void TraceHighlighter::setFormat(const QString& format)
{
    m_format = format;
    rehighlight();
}

void TraceHighlighter::highlightBlock(const QString& text)
{
    const QPalette palette = QGuiApplication::palette();
    QTextCharFormat element;
    element.setForeground(palette.color(QPalette::Link));
    element.setFontWeight(QFont::Bold);
    QTextCharFormat attribute;
    attribute.setForeground(palette.color(QPalette::LinkVisited));
    QTextCharFormat value;
    value.setFontItalic(true);
    static const QRegularExpression important(QStringLiteral(
        "<(/?)(\\w+:)?(Signature|SignatureValue|Conditions|Audience|AudienceRestriction|StatusCode)\\b"));
    if (important.match(text).hasMatch()) {
        QTextCharFormat mark;
        QColor background = palette.color(QPalette::Highlight);
        background.setAlpha(60);
        mark.setBackground(background);
        QSyntaxHighlighter::setFormat(0, int(text.size()), mark);
    }
    if (m_format == QStringLiteral("xml")) {
        static const QRegularExpression tag(QStringLiteral("</?[\\w:.-]+|/?>"));
        static const QRegularExpression attr(QStringLiteral("\\s([\\w:.-]+)="));
        static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
        for (auto it = tag.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QSyntaxHighlighter::setFormat(int(m.capturedStart()), int(m.capturedLength()), element);
        }
        for (auto it = attr.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QSyntaxHighlighter::setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), attribute);
        }
        for (auto it = quoted.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QSyntaxHighlighter::setFormat(int(m.capturedStart()), int(m.capturedLength()), value);
        }
    } else if (m_format == QStringLiteral("json")) {
        static const QRegularExpression key(QStringLiteral("\"[^\"]*\"\\s*:"));
        static const QRegularExpression str(QStringLiteral("\"\\s*:\\s*(\"[^\"]*\")"));
        static const QRegularExpression number(QStringLiteral("\"\\s*:\\s*(-?\\d[\\d.eE+-]*|true|false|null)"));
        for (auto it = key.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QSyntaxHighlighter::setFormat(int(m.capturedStart()), int(m.capturedLength()) - 1, element);
        }
        for (auto it = str.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QSyntaxHighlighter::setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), value);
        }
        for (auto it = number.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QSyntaxHighlighter::setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), attribute);
        }
    }
}

} // namespace gatehouse::ui
