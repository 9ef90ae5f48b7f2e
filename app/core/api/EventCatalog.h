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
    /// The Pulumi-Webhook-Kind an event is sent with ("update_failed" → "stack_update");
    /// "ping" for "ping"; empty for an unknown event. (Pulumi publishes no kind for change
    /// requests: "change_request" is this console's reading.)
    [[nodiscard]] static QString kindOf(const QString &event);
    /// Every event a webhook in this scope can be sent, "ping" first.
    [[nodiscard]] static QStringList events(const Scope &scope);
    /// Empty when a webhook with these filters and groups receives `event`; otherwise why not,
    /// naming the settings that exclude it. Nothing chosen means every event.
    [[nodiscard]] static QString excludedBy(const Scope &scope, const QStringList &filters,
                                            const QStringList &groups, const QString &event);
    /// Formats offered in this scope (`pulumi_deployments` for stacks and environments).
    [[nodiscard]] static QStringList formats(const Scope &scope);

    /// Empty when valid; otherwise why not, naming the offending value.
    [[nodiscard]] static QString validate(const Scope &scope, const QStringList &filters,
                                          const QStringList &groups);
};

} // namespace wc
