#pragma once

#include <QMessageBox>
#include <memory>
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

    /// Asks before something that cannot be undone: a warning icon, `text`, a button named for
    /// the action ("Delete webhook", "Remove stack", "Clear history") and Cancel, which is the
    /// default and what Escape chooses. True when the user chose the action. The seam answers
    /// it too: QMessageBox::Yes or Ok means the action, anything else Cancel.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &action);
    /// The box confirm() shows, for tests to look at (its buttons, icon and default).
    [[nodiscard]] static std::unique_ptr<QMessageBox> confirmationBox(QWidget *parent,
                                                                      const QString &title,
                                                                      const QString &text,
                                                                      const QString &action);

    /// The next question (or warning) returns `answer` at once instead of showing a box.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// What the last answered-by-seam prompt said, for tests to assert on.
    static QString lastText();
    /// The action button of the last confirm() ("Delete webhook"), for tests.
    static QString lastAction();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
    static QString s_lastAction;
};

} // namespace wc::gui
