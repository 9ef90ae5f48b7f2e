#include "delivery/PayloadBuilder.h"

#include "Webhook.h"
#include "delivery/PayloadFormats.h"
#include "delivery/SampleEvent.h"

namespace wc {

namespace {

/// Writes one event in the webhook's format. An unknown format gets Pulumi's raw JSON, the
/// default Pulumi itself falls back to.
Payload build(const Webhook &webhook, const payload::Event &event)
{
    if (event.kind.isEmpty())
        return {};
    const QString &format = webhook.format;
    if (format == QLatin1String(Format::Slack))
        return {event.kind, payload::slackBody(event)};
    if (format == QLatin1String(Format::MsTeams))
        return {event.kind, payload::teamsBody(event)};
    if (format == QLatin1String(Format::PulumiDeployments))
        return {event.kind, payload::deploymentsBody(event, webhook.payloadUrl)};
    return {event.kind, payload::rawBody(event)};
}

} // namespace

Payload PayloadBuilder::ping(const Webhook &webhook, const QDateTime &when)
{
    return build(webhook, payload::pingEvent(webhook, when));
}

Payload PayloadBuilder::sample(const Webhook &webhook, const QString &event, const QDateTime &when)
{
    if (event == u"ping")
        return ping(webhook, when);
    return build(webhook, payload::sampleEvent(webhook.scope, event, when));
}

} // namespace wc
