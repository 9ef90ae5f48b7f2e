#include "SampleEventDialog.h"

#include "EventCatalog.h"
#include "EventLabels.h"
#include "FocusRing.h"
#include "FormSupport.h"
#include "Theme.h"
#include "ui_SampleEventDialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QShortcut>

namespace wc::gui {

namespace {
constexpr int EventRole = Qt::UserRole + 1;
constexpr int ExcludedRole = Qt::UserRole + 2;
} // namespace

SampleEventDialog::SampleEventDialog(const Webhook &webhook, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SampleEventDialog>())
    , m_webhook(webhook)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Send sample event to “%1”").arg(webhook.displayName));
    m_ui->introLabel->setText(shortenLongWords(
        tr("A realistic sample of the event is sent to “%1” in its format, signed and recorded "
           "like a test ping.")
            .arg(webhook.displayName)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    m_ui->eventList->setTextElideMode(Qt::ElideMiddle);
    FocusRing::install(m_ui->eventList);
    m_ui->eventList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->eventList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->eventList->header()->setStretchLastSection(false);

    auto addEvent = [this](QTreeWidgetItem *parentItem, const QString &event) {
        const QString excluded =
            EventCatalog::excludedBy(m_webhook.scope, m_webhook.filters, m_webhook.groups, event);
        QString text = tr("%1 — %2").arg(event, labels::event(event));
        if (!excluded.isEmpty())
            text = tr("%1 (not subscribed)").arg(text);
        auto *item =
            parentItem ? new QTreeWidgetItem(parentItem, {text, EventCatalog::kindOf(event)})
                       : new QTreeWidgetItem(m_ui->eventList, {text, EventCatalog::kindOf(event)});
        item->setData(0, EventRole, event);
        item->setData(0, ExcludedRole, excluded);
        item->setToolTip(0, excluded.isEmpty() ? labels::event(event) : excluded);
        if (!excluded.isEmpty())
            item->setForeground(0, theme::color(theme::Tone::Muted));
    };
    addEvent(nullptr, QStringLiteral("ping"));
    for (const EventCatalog::Group &g : EventCatalog::groups(webhook.scope)) {
        auto *group = new QTreeWidgetItem(m_ui->eventList,
                                          {tr("%1 — %2").arg(g.name, labels::group(g.name))});
        group->setFlags(Qt::ItemIsEnabled);
        for (const QString &event : g.filters)
            addEvent(group, event);
    }
    m_noMatch = new QTreeWidgetItem(m_ui->eventList);
    m_noMatch->setFlags(Qt::NoItemFlags);
    m_noMatch->setFirstColumnSpanned(true);
    m_noMatch->setHidden(true);
    m_ui->eventList->expandAll();
    m_ui->eventList->setCurrentItem(m_ui->eventList->topLevelItem(0));
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &SampleEventDialog::applyFilter);
    connect(m_ui->eventList, &QTreeWidget::currentItemChanged, this,
            &SampleEventDialog::updateNote);
    connect(m_ui->eventList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, EventRole).toString().isEmpty())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Down from the search field goes to the list, as in a completer.
    m_ui->filterEdit->installEventFilter(this);
    nameFieldsAfterLabels(this);
    m_ui->filterEdit->setFocus();
    updateNote();
    resize(560, 480);
}

SampleEventDialog::~SampleEventDialog() = default;

QString SampleEventDialog::event() const
{
    const QTreeWidgetItem *item = m_ui->eventList->currentItem();
    return item && !item->isHidden() ? item->data(0, EventRole).toString() : QString();
}

void SampleEventDialog::setEvent(const QString &event)
{
    for (QTreeWidgetItemIterator it(m_ui->eventList); *it; ++it) {
        if ((*it)->data(0, EventRole).toString() == event) {
            m_ui->eventList->setCurrentItem(*it);
            m_ui->eventList->scrollToItem(*it);
            return;
        }
    }
}

bool SampleEventDialog::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == m_ui->filterEdit && e->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(e)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            m_ui->eventList->setFocus();
            QCoreApplication::sendEvent(m_ui->eventList, e);
            return true;
        }
    }
    return QDialog::eventFilter(watched, e);
}

void SampleEventDialog::applyFilter(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    auto matches = [&](const QTreeWidgetItem *item) {
        for (const QString &w : words) {
            if (!item->text(0).contains(w, Qt::CaseInsensitive) &&
                !item->text(1).contains(w, Qt::CaseInsensitive))
                return false;
        }
        return true;
    };
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < m_ui->eventList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_ui->eventList->topLevelItem(i);
        if (top == m_noMatch)
            continue;
        if (top->childCount() == 0) {
            top->setHidden(!matches(top));
            if (!top->isHidden() && !first)
                first = top;
            continue;
        }
        bool any = false;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *child = top->child(c);
            child->setHidden(!matches(child) && !matches(top));
            any = any || !child->isHidden();
            if (!child->isHidden() && !first)
                first = child;
        }
        top->setHidden(!any);
    }
    m_noMatch->setText(0, tr("No event matches “%1”.").arg(text.simplified()));
    m_noMatch->setHidden(first != nullptr);
    const QTreeWidgetItem *current = m_ui->eventList->currentItem();
    if (first && (!current || current->isHidden() || current->childCount() > 0))
        m_ui->eventList->setCurrentItem(first);
    updateNote();
}

void SampleEventDialog::updateNote()
{
    const QTreeWidgetItem *item = m_ui->eventList->currentItem();
    const QString event = this->event();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!event.isEmpty());
    if (event.isEmpty()) {
        m_ui->noteLabel->setText(!m_noMatch->isHidden()
                                     ? tr("Nothing matches the search; change it or clear it.")
                                     : tr("Choose an event."));
        return;
    }
    const QString excluded = item->data(0, ExcludedRole).toString();
    m_ui->noteLabel->setText(
        excluded.isEmpty()
            ? tr("“%1” is sent with Pulumi-Webhook-Kind: %2.")
                  .arg(event, EventCatalog::kindOf(event))
            : tr("This webhook does not receive “%1”; sending it will be refused. %2")
                  .arg(event, excluded));
}

} // namespace wc::gui
