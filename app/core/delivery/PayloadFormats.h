#pragma once

#include "delivery/SampleEvent.h"

#include <QByteArray>
#include <QString>

/// One small writer per webhook format, each turning the same event model into the exact bytes
/// that format's receiver expects. Compact JSON from QJsonDocument: keys sorted, UTF-8, the same
/// bytes for the same event.
namespace wc::payload {

/// `raw`: Pulumi's JSON for the event's kind (the model's `raw`).
[[nodiscard]] QByteArray rawBody(const Event &event);

/// `slack`: a Slack incoming-webhook message, `{"text": …, "blocks": [...]}` with Block Kit
/// section, context and actions blocks.
[[nodiscard]] QByteArray slackBody(const Event &event);

/// `ms_teams`: a Teams Workflows message carrying one Adaptive Card 1.4:
/// `{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
/// "content":{"type":"AdaptiveCard",…}}]}`.
[[nodiscard]] QByteArray teamsBody(const Event &event);

/// `pulumi_deployments`: what the deployment trigger of the target stack `target`
/// ("project/stack", the webhook's payload URL) receives. Pulumi does not publish it; this is
/// the console's reading:
/// `{"event", "kind", "source": {"organization", "project", "stack" | "environment"},
///   "target", "operation": "update", "timestamp", "url"}`; a ping carries `"message"` and no
/// operation (nothing is to be deployed).
[[nodiscard]] QByteArray deploymentsBody(const Event &event, const QString &target);

} // namespace wc::payload
