#include "EventTree.h"

#include "EventCatalog.h"
#include "EventLabels.h"

#include <QHeaderView>

namespace wc::gui {

EventTree::EventTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Event"), tr("What it is")});
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemChanged, this, &EventTree::itemChanged);
}

void EventTree::setScope(const Scope &scope)
{
    const QSignalBlocker blocker(this);
    m_updating = true;
    m_scope = scope;
    m_ignored.clear();
    clear();
    for (const EventCatalog::Group &g : EventCatalog::groups(scope)) {
        auto *group = new QTreeWidgetItem(this, {g.name, labels::group(g.name)});
        group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        group->setCheckState(NameColumn, Qt::Unchecked);
        group->setToolTip(
            NameColumn,
            tr("The group “%1”: all its events, including any Pulumi adds later.").arg(g.name));
        group->setText(
            DescriptionColumn,
            tr("%1 (%n event(s))", nullptr, int(g.filters.size())).arg(labels::group(g.name)));
        for (const QString &f : g.filters) {
            auto *event = new QTreeWidgetItem(group, {f, labels::event(f)});
            event->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            event->setCheckState(NameColumn, Qt::Unchecked);
            event->setData(NameColumn, GroupRole, g.name);
        }
    }
    m_updating = false;
}

void EventTree::setChoice(const QStringList &groups, const QStringList &filters)
{
    {
        const QSignalBlocker blocker(this);
        m_updating = true;
        m_ignored.clear();
        for (int i = 0; i < topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = topLevelItem(i);
            const bool chosen = groups.contains(group->text(NameColumn));
            group->setCheckState(NameColumn, chosen ? Qt::Checked : Qt::Unchecked);
            setCovered(group, chosen);
            if (!chosen) {
                for (int c = 0; c < group->childCount(); ++c) {
                    QTreeWidgetItem *event = group->child(c);
                    event->setCheckState(NameColumn, filters.contains(event->text(NameColumn))
                                                         ? Qt::Checked
                                                         : Qt::Unchecked);
                }
                updateGroupState(group);
            }
            // Show what was chosen one by one.
            group->setExpanded(!chosen && group->checkState(NameColumn) != Qt::Unchecked);
        }
        for (const QString &name : groups + filters) {
            if (!itemNamed(name))
                m_ignored << name;
        }
        m_updating = false;
    }
    Q_EMIT choiceChanged();
}

QStringList EventTree::groups() const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->checkState(NameColumn) == Qt::Checked)
            out << topLevelItem(i)->text(NameColumn);
    }
    return out;
}

QStringList EventTree::filters() const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = topLevelItem(i);
        if (group->checkState(NameColumn) == Qt::Checked)
            continue; // covered by the group: never sent as filters
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->checkState(NameColumn) == Qt::Checked)
                out << group->child(c)->text(NameColumn);
        }
    }
    return out;
}

QTreeWidgetItem *EventTree::itemNamed(const QString &name) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = topLevelItem(i);
        if (group->text(NameColumn) == name)
            return group;
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->text(NameColumn) == name)
                return group->child(c);
        }
    }
    return nullptr;
}

void EventTree::itemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != NameColumn)
        return;
    m_updating = true;
    if (!item->parent()) {
        // A group checked by the user covers its events; unchecked, they are free again and
        // unchosen. (A partly checked group, clicked, becomes checked.)
        const bool chosen = item->checkState(NameColumn) == Qt::Checked;
        setCovered(item, chosen);
        if (!chosen) {
            for (int c = 0; c < item->childCount(); ++c)
                item->child(c)->setCheckState(NameColumn, Qt::Unchecked);
            item->setCheckState(NameColumn, Qt::Unchecked);
        }
    } else {
        updateGroupState(item->parent());
    }
    m_updating = false;
    Q_EMIT choiceChanged();
}

void EventTree::setCovered(QTreeWidgetItem *group, bool covered)
{
    for (int c = 0; c < group->childCount(); ++c) {
        QTreeWidgetItem *event = group->child(c);
        if (covered) {
            event->setCheckState(NameColumn, Qt::Checked);
            event->setFlags(event->flags() & ~Qt::ItemIsEnabled);
            event->setToolTip(NameColumn,
                              tr("“%1” is covered by the chosen group “%2”.")
                                  .arg(event->text(NameColumn), group->text(NameColumn)));
        } else {
            event->setFlags(event->flags() | Qt::ItemIsEnabled);
            event->setToolTip(NameColumn,
                              tr("The event “%1” on its own.").arg(event->text(NameColumn)));
        }
    }
}

void EventTree::updateGroupState(QTreeWidgetItem *group)
{
    if (group->checkState(NameColumn) == Qt::Checked)
        return;
    bool any = false;
    for (int c = 0; c < group->childCount(); ++c)
        any = any || group->child(c)->checkState(NameColumn) == Qt::Checked;
    group->setCheckState(NameColumn, any ? Qt::PartiallyChecked : Qt::Unchecked);
}

} // namespace wc::gui
