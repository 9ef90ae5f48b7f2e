#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace wc {

/// HMAC-SHA256 signature schemes, one class each. All sign the exact body bytes as sent.
/// Pulumi's is the one the console sends; the others let receivers be checked against their
/// reference vectors and are ready for formats that need them.

/// `Pulumi-Webhook-Signature: <lowercase hex>` of HMAC-SHA256(secret UTF-8, body).
class PulumiSigner
{
public:
    static constexpr auto Header = "Pulumi-Webhook-Signature";
    [[nodiscard]] static QByteArray sign(const QString &secret, const QByteArray &body);
};

/// `X-Hub-Signature-256: sha256=<hex>`.
class GitHubSigner
{
public:
    static constexpr auto Header = "X-Hub-Signature-256";
    [[nodiscard]] static QByteArray sign(const QString &secret, const QByteArray &body);
};

/// Standard Webhooks: `webhook-signature: v1,<base64>` over `id.timestamp.body`, keyed with the
/// base64-decoded part of a `whsec_…` secret.
class StandardWebhooksSigner
{
public:
    static constexpr auto Header = "webhook-signature";
    /// Empty when the secret is not a valid `whsec_` secret.
    [[nodiscard]] static QByteArray sign(const QString &secret, const QByteArray &id,
                                         qint64 timestamp, const QByteArray &body);
};

/// Stripe style: `t=<unix>,v1=<hex>` over `timestamp.body`, keyed with the whole secret.
class StripeSigner
{
public:
    [[nodiscard]] static QByteArray sign(const QString &secret, qint64 timestamp,
                                         const QByteArray &body);
};

/// Compares two signatures in time independent of where they differ.
[[nodiscard]] bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace wc
