#include "FormSupport.h"

#include "Theme.h"

#include <QLabel>
#include <QPalette>
#include <QWidget>

namespace wc::gui {

namespace {
QString visibleText(const QString &labelText)
{
    QString text = labelText;
    // "&&" stands for a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}
} // namespace

void showFieldError(QWidget *field, QLabel *errorLabel, const QString &message)
{
    if (!errorLabel->property("styled").toBool()) {
        theme::setTone(errorLabel, theme::Tone::Failure);
        errorLabel->setProperty("styled", true);
        // Word-wrapped labels in a form otherwise shrink to their narrowest layout.
        errorLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        errorLabel->setMinimumWidth(260);
    }
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
    field->setProperty("invalid", !message.isEmpty());
    field->setAccessibleDescription(message);
}

void nameFieldsAfterLabels(QWidget *root)
{
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        if (buddy && buddy->accessibleName().isEmpty())
            buddy->setAccessibleName(visibleText(label->text()));
    }
}

} // namespace wc::gui
