#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace wc {

struct Webhook;

/// What a webhook is sent for one event: the body, byte for byte, in the webhook's format, and
/// the Pulumi-Webhook-Kind it carries.
struct Payload
{
    QString kind;    ///< "ping", "stack_update", …; empty when the event is unknown
    QByteArray body; ///< exact bytes
};

/// Builds the bodies the console sends, one builder per format (raw, slack, ms_teams,
/// pulumi_deployments), for pings and for realistic samples of every event a scope allows.
/// The same inputs give the same bytes.
class PayloadBuilder
{
public:
    /// Pulumi's ping, in the webhook's format.
    [[nodiscard]] static Payload ping(const Webhook &webhook, const QDateTime &when);
    /// A realistic sample of `event` (one of Pulumi's event names, e.g. "update_failed", as
    /// EventCatalog::filters lists them for the webhook's scope; "ping" gives ping()), in the
    /// webhook's format. An event the scope does not offer gives an empty kind and body.
    [[nodiscard]] static Payload sample(const Webhook &webhook, const QString &event,
                                        const QDateTime &when);
};

} // namespace wc
