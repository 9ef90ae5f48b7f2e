#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace wc {

struct Webhook;

/// Builds the JSON bodies the console sends, byte for byte.
class PayloadBuilder
{
public:
    /// Pulumi's ping: `{"timestamp": <unix seconds>, "message": "…"}`.
    [[nodiscard]] static QByteArray ping(const Webhook &webhook, const QDateTime &when);
};

} // namespace wc
