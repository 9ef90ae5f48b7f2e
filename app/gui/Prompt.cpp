#include "Prompt.h"

#include <QPushButton>

namespace wc::gui {

std::optional<QMessageBox::StandardButton> Prompt::s_nextAnswer;
QString Prompt::s_lastText;
QString Prompt::s_lastAction;

QMessageBox::StandardButton Prompt::question(QWidget *parent, const QString &title,
                                             const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Prompt::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

std::unique_ptr<QMessageBox> Prompt::confirmationBox(QWidget *parent, const QString &title,
                                                     const QString &text, const QString &action)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Warning, title, text,
                                             QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::PlainText);
    QPushButton *act = box->addButton(action, QMessageBox::DestructiveRole);
    act->setObjectName(QStringLiteral("actionButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setText(QMessageBox::tr("&Cancel"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    return box;
}

bool Prompt::confirm(QWidget *parent, const QString &title, const QString &text,
                     const QString &action)
{
    s_lastText = text;
    s_lastAction = action;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer == QMessageBox::Yes || answer == QMessageBox::Ok;
    }
    const auto box = confirmationBox(parent, title, text, action);
    box->exec();
    return box->clickedButton() != nullptr &&
           box->clickedButton() == box->findChild<QPushButton *>(QStringLiteral("actionButton"));
}

void Prompt::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString Prompt::lastText()
{
    return s_lastText;
}

QString Prompt::lastAction()
{
    return s_lastAction;
}

} // namespace wc::gui
