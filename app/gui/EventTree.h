#pragma once

#include "Scope.h"

#include <QStringList>
#include <QTreeWidget>

namespace wc::gui {

/// The events a webhook receives, as a checkable tree: each of the scope's groups (Pulumi's
/// names, EventCatalog::groups) with its events under it. Checking a group chooses the whole
/// group (including events Pulumi adds to it later): its events show checked and cannot be
/// chosen one by one, so a filter already covered by a chosen group is never sent. Checking
/// single events chooses them as filters; their group then shows partly checked.
class EventTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn };
    enum Role { GroupRole = Qt::UserRole + 1 }; ///< on event rows: the group's name

    explicit EventTree(QWidget *parent = nullptr);

    /// Offers `scope`'s groups and events, nothing chosen.
    void setScope(const Scope &scope);
    [[nodiscard]] Scope scope() const { return m_scope; }
    /// Chooses these groups and filters. A filter covered by one of the groups is dropped (it
    /// would be refused); names this scope does not offer are kept in ignored().
    void setChoice(const QStringList &groups, const QStringList &filters);
    /// The chosen groups, in Pulumi's order.
    [[nodiscard]] QStringList groups() const;
    /// The events chosen one by one (never one covered by a chosen group), in Pulumi's order.
    [[nodiscard]] QStringList filters() const;
    /// Names given to setChoice() that this scope does not offer.
    [[nodiscard]] QStringList ignored() const { return m_ignored; }

    /// The row of a group or an event by its exact name; nullptr when there is none.
    [[nodiscard]] QTreeWidgetItem *itemNamed(const QString &name) const;

Q_SIGNALS:
    /// The user (or setChoice) changed what is chosen.
    void choiceChanged();

private:
    void itemChanged(QTreeWidgetItem *item, int column);
    void setCovered(QTreeWidgetItem *group, bool covered);
    void updateGroupState(QTreeWidgetItem *group);

    Scope m_scope;
    QStringList m_ignored;
    bool m_updating = false;
};

} // namespace wc::gui
