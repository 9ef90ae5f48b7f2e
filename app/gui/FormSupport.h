#pragma once

#include <QString>

class QAbstractItemView;
class QGridLayout;
class QLayout;
class QLabel;
class QWidget;

namespace wc::gui {

/// Shows `message` in a field's error label (hidden when empty) and marks the field invalid
/// for style sheets and assistive technology. The label's window grows when the message needs
/// more lines than it has room for (fitToContents).
void showFieldError(QWidget *field, QLabel *errorLabel, const QString &message);

/// Gives every field that a QLabel is the buddy of an accessible name equal to the label's
/// visible text ("&Payload URL" → "Payload URL"), unless it already has one.
void nameFieldsAfterLabels(QWidget *root);

/// A label's visible text: mnemonics ("&&" stays one "&") and a trailing colon removed.
[[nodiscard]] QString visibleText(const QString &labelText);

/// Grows a shown window (a dialog) to the height its layout needs at its current width, so a
/// word-wrapped message that takes another line is never clipped; its minimum height follows.
/// Does nothing for a hidden window (its size is set when it shows).
void fitToContents(QWidget *window);

/// `text` with every word longer than `maxChars` shortened in its middle ("https://…/hook"),
/// for sentences in word-wrapped labels: a label cannot break a word, so one long URL or name
/// would otherwise make it, and the window, as wide as the word.
[[nodiscard]] QString shortenLongWords(const QString &text, int maxChars = 56);

/// `text` with "&" doubled, for user data in texts where "&" marks a mnemonic (buttons, group
/// box titles, labels with a buddy).
[[nodiscard]] QString escapeMnemonics(QString text);

/// When the selected row of `view` (a single-selection list or table) is removed, selects the
/// row that took its place, or the one above when it was the last: Delete and Edit keep
/// working from the keyboard. Set the view's model first.
void selectNeighbourAfterRemoval(QAbstractItemView *view);

/// Word-wrapped labels take the height their text needs at the width they get: their size
/// policy says so (setting a policy after setWordWrap() drops it).
void keepHeightForWidth(QLabel *label);
/// showFieldError, the label's height for its width kept.
void showFieldMessage(QWidget *field, QLabel *label, const QString &message);
/// A word-wrapped, top-aligned plain-text label named `objectName`.
[[nodiscard]] QLabel *wrappedLabel(QWidget *parent, const char *objectName);

/// Labelled rows in a grid. Not QFormLayout: it gives a word-wrapped message the height of its
/// size hint rather than its height at the width it gets, which leaves gaps under long ones.
class FormRows
{
public:
    FormRows();
    [[nodiscard]] QGridLayout *layout() const { return m_grid; }
    /// A field and its label, the label's text level with `line` (the field's first line).
    void add(QLabel *label, QWidget *field, QWidget *line = nullptr);
    void add(QLabel *label, QLayout *field, QWidget *line);
    /// A line under the field above: its error, a note.
    void add(QWidget *field);

private:
    void place(QLabel *label, QWidget *line);

    QGridLayout *m_grid;
    int m_row = 0;
};

} // namespace wc::gui
