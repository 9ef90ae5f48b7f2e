#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace wc::gui {

/// Shows `message` in a field's error label (hidden when empty) and marks the field invalid
/// for style sheets and assistive technology.
void showFieldError(QWidget *field, QLabel *errorLabel, const QString &message);

/// Gives every field that a QLabel is the buddy of an accessible name equal to the label's
/// visible text ("&Payload URL" → "Payload URL"), unless it already has one.
void nameFieldsAfterLabels(QWidget *root);

} // namespace wc::gui
