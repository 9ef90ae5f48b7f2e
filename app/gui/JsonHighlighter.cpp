#include "JsonHighlighter.h"

#include "Theme.h"

#include <QGuiApplication>

namespace wc::gui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    // A string (optionally followed by ':' making it a key), a number, or a literal.
    , m_token(QStringLiteral(
          R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b)"))
{
    m_literal.setFontWeight(QFont::DemiBold);
    pickColours();
}

void JsonHighlighter::pickColours()
{
    const QPalette palette = QGuiApplication::palette();
    m_paletteKey = palette.cacheKey();
    m_key.setForeground(theme::color(theme::Tone::JsonKey, palette));
    m_string.setForeground(theme::color(theme::Tone::JsonString, palette));
    m_number.setForeground(theme::color(theme::Tone::JsonNumber, palette));
    m_literal.setForeground(theme::color(theme::Tone::JsonLiteral, palette));
}

void JsonHighlighter::updateColours()
{
    if (QGuiApplication::palette().cacheKey() == m_paletteKey)
        return;
    pickColours();
    rehighlight();
}

void JsonHighlighter::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    if (!m_enabled)
        return;
    auto it = m_token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0)
            setFormat(m.capturedStart(1), m.capturedLength(1),
                      m.capturedLength(2) > 0 ? m_key : m_string);
        else if (m.capturedLength(3) > 0)
            setFormat(m.capturedStart(3), m.capturedLength(3), m_number);
        else if (m.capturedLength(4) > 0)
            setFormat(m.capturedStart(4), m.capturedLength(4), m_literal);
    }
}

} // namespace wc::gui
