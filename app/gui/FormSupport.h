#pragma once

#include <QString>

class QAbstractItemView;
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

} // namespace wc::gui
