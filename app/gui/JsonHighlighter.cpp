#include "JsonHighlighter.h"

namespace wc::gui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    // A string (optionally followed by ':' making it a key), a number, or a literal.
    , m_token(QStringLiteral(
          R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b)"))
{
    m_key.setForeground(QColor(0x1f, 0x4f, 0xb5));
    m_string.setForeground(QColor(0x1a, 0x7f, 0x37));
    m_number.setForeground(QColor(0xa6, 0x4b, 0x00));
    m_literal.setForeground(QColor(0x8a, 0x2b, 0xb5));
    m_literal.setFontWeight(QFont::DemiBold);
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
