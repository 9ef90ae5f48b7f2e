#include "FormSupport.h"

#include "Theme.h"

#include <QAbstractItemView>
#include <QGridLayout>
#include <QLabel>
#include <QLayout>
#include <QPalette>
#include <QRegularExpression>
#include <QWidget>

#include <memory>

namespace wc::gui {

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

void showFieldError(QWidget *field, QLabel *errorLabel, const QString &message)
{
    if (!errorLabel->property("styled").toBool()) {
        theme::setTone(errorLabel, theme::Tone::Failure);
        errorLabel->setProperty("styled", true);
        // Word-wrapped labels in a form otherwise shrink to their narrowest layout.
        errorLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        errorLabel->setMinimumWidth(260);
    }
    const QString shown = shortenLongWords(message);
    const bool changed =
        errorLabel->text() != shown || errorLabel->isHidden() == !message.isEmpty();
    errorLabel->setText(shown);
    errorLabel->setToolTip(shown == message ? QString() : message);
    errorLabel->setVisible(!message.isEmpty());
    field->setProperty("invalid", !message.isEmpty());
    field->setAccessibleDescription(message);
    if (changed && !message.isEmpty())
        fitToContents(errorLabel->window());
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

void fitToContents(QWidget *window)
{
    if (!window || !window->isVisible() || !window->layout())
        return;
    QLayout *layout = window->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalMinimumSize().height();
    if (window->minimumHeight() < needed)
        window->setMinimumHeight(needed);
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

QString shortenLongWords(const QString &text, int maxChars)
{
    static const QRegularExpression word(QStringLiteral("\\S+"));
    QString out;
    qsizetype from = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        const QString w = m.captured();
        if (w.size() > maxChars) {
            const qsizetype keep = (maxChars - 1) / 2;
            out += w.left(keep) + u'…' + w.right(maxChars - 1 - keep);
        } else {
            out += w;
        }
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QString escapeMnemonics(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}

void selectNeighbourAfterRemoval(QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    auto reselect = std::make_shared<int>(-1);
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, view,
                     [view, reselect](const QModelIndex &parent, int first, int last) {
                         const QModelIndexList rows = view->selectionModel()->selectedRows();
                         if (!parent.isValid() && !rows.isEmpty() && rows.first().row() >= first &&
                             rows.first().row() <= last)
                             *reselect = first;
                     });
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, view, [view, model, reselect] {
        const int row = std::min(*reselect, model->rowCount() - 1);
        *reselect = -1;
        if (row < 0)
            return;
        const QModelIndex index = model->index(row, 0);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        view->scrollTo(index);
    });
}

/// Word-wrapped labels take the height their text needs at the width they get: their size
/// policy says so (setting a policy after setWordWrap() drops it, as showFieldError's does).
void keepHeightForWidth(QLabel *label)
{
    QSizePolicy policy = label->sizePolicy();
    if (policy.hasHeightForWidth())
        return;
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
}

/// showFieldError, the label's height for its width kept.
void showFieldMessage(QWidget *field, QLabel *label, const QString &message)
{
    showFieldError(field, label, message);
    keepHeightForWidth(label);
}

QLabel *wrappedLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    keepHeightForWidth(label);
    return label;
}

FormRows::FormRows()
    : m_grid(new QGridLayout)
{
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(4);
}

void FormRows::add(QLabel *label, QWidget *field, QWidget *line)
{
    place(label, line ? line : field);
    m_grid->addWidget(field, m_row++, 1);
}

void FormRows::add(QLabel *label, QLayout *field, QWidget *line)
{
    place(label, line);
    m_grid->addLayout(field, m_row++, 1);
}

void FormRows::add(QWidget *field)
{
    m_grid->addWidget(field, m_row++, 1);
}

void FormRows::place(QLabel *label, QWidget *line)
{
    const int offset = qMax(0, (line->sizeHint().height() - label->sizeHint().height()) / 2);
    label->setContentsMargins(0, offset, 0, 0);
    m_grid->addWidget(label, m_row, 0, Qt::AlignLeft | Qt::AlignTop);
}

} // namespace wc::gui
