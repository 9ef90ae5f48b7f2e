#pragma once

#include "Delivery.h"
#include "Webhook.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace wc {

/// A webhook as Pulumi's REST API shows it: `organizationName`, `projectName` and `stackName`
/// (stack webhooks only), `name`, `displayName`, `payloadUrl`, `format`, `filters`, `groups`,
/// `active`, `hasSecret`. The secret is never part of it.
[[nodiscard]] QJsonObject toJson(const Webhook &webhook);

/// A delivery with the REST field names: `id`, `webhook` (the webhook's REF), `kind`,
/// `payload`, `timestamp` (Unix seconds), `duration` (ms), `requestUrl`, `requestHeaders`,
/// `responseCode`, `responseHeaders`, `responseBody`, `responseTruncated`, `error`,
/// `redeliveryOf` (null unless a redelivery). Bodies are decoded as UTF-8.
[[nodiscard]] QJsonObject toJson(const Delivery &delivery);

/// A delivery id as JSON: a number when it is one (the local database's ids, as scripts have
/// always read them), else a string (Pulumi Cloud's); null when empty.
[[nodiscard]] QJsonValue deliveryIdToJson(const QString &id);

} // namespace wc
