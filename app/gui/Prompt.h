#pragma once

#include <QMessageBox>
#include <optional>

namespace wc::gui {

/// Modal questions and notices, with a seam so tests answer them without real clicks
/// (as KeePassXC's MessageBox::setNextAnswer).
class Prompt
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    /// The next question (or warning) returns `answer` at once instead of showing a box.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// What the last answered-by-seam prompt said, for tests to assert on.
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace wc::gui
