#pragma once

#include "Scope.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wc {

/// Pulumi's event groups, filters and delivery kinds, with Pulumi's exact strings.
class EventCatalog
{
public:
    struct Group
    {
        QString name;
        QStringList filters;
    };

    /// Groups a webhook in this scope may subscribe to, in Pulumi's order.
    [[nodiscard]] static QList<Group> groups(const Scope &scope);
    /// Every filter (event name) valid in this scope.
    [[nodiscard]] static QStringList filters(const Scope &scope);
    /// Groups used when neither filters nor groups are given.
    [[nodiscard]] static QStringList defaultGroups(const Scope &scope);
    /// Values of the Pulumi-Webhook-Kind header.
    [[nodiscard]] static QStringList kinds();
    /// Formats offered in this scope (`pulumi_deployments` for stacks only).
    [[nodiscard]] static QStringList formats(const Scope &scope);

    /// Empty when valid; otherwise why not, naming the offending value.
    [[nodiscard]] static QString validate(const Scope &scope, const QStringList &filters,
                                          const QStringList &groups);
};

} // namespace wc
