#pragma once

#include "model/Delivery.h"
#include "model/Webhook.h"

#include <QJsonObject>
#include <QString>

namespace wc {

/// A webhook as Pulumi's REST API shows it: `organizationName`, `projectName` and `stackName`
/// (stack webhooks only), `name`, `displayName`, `payloadUrl`, `format`, `filters`, `groups`,
/// `active`, `hasSecret`. The secret is never part of it.
[[nodiscard]] QJsonObject toJson(const Webhook &webhook);

/// A delivery with the REST field names: `id`, `webhook` (the webhook's REF, `webhookRef`),
/// `kind`, `payload`, `timestamp` (Unix seconds), `duration` (ms), `requestUrl`,
/// `requestHeaders`, `responseCode`, `responseHeaders`, `responseBody`, `responseTruncated`,
/// `error`, `redeliveryOf` (null unless a redelivery). Bodies are decoded as UTF-8.
[[nodiscard]] QJsonObject toJson(const Delivery &delivery, const QString &webhookRef);

} // namespace wc
