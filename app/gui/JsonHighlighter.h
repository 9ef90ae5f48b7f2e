#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace wc::gui {

/// Colours JSON: keys, strings, numbers and literals. Does nothing while disabled (raw view).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    /// Picks the colours again from the application's palette and recolours the document
    /// (call when the palette changes).
    void updateColours();

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_enabled = true;
    QRegularExpression m_token;
    QTextCharFormat m_key, m_string, m_number, m_literal;
    qint64 m_paletteKey = 0;

    void pickColours();
};

} // namespace wc::gui
