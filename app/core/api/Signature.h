#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace wc {

/// Header fields in order, as sent or received: (name, value).
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// How a webhook's deliveries are signed (Webhook::signature). Every scheme is HMAC-SHA256
/// over the exact bytes sent.
namespace SignatureSchemeId {
inline constexpr auto Pulumi = "pulumi";                      ///< Pulumi-Webhook-Signature: hex
inline constexpr auto GitHub = "github";                      ///< X-Hub-Signature-256: sha256=hex
inline constexpr auto StandardWebhooks = "standard-webhooks"; ///< webhook-id/-timestamp/-signature
inline constexpr auto Stripe = "stripe";                      ///< Stripe-Signature: t=…,v1=…
} // namespace SignatureSchemeId

/// A secret a request may be signed with, and what to call it in a verdict.
struct SigningSecret
{
    QString secret;
    QString label; ///< "current secret", "previous secret" (verdicts name them by position)
};

/// How to check a webhook's deliveries: its scheme and its secrets, the current one first,
/// then the previous one while a rotation overlaps.
struct SigningKeys
{
    QString scheme; ///< SignatureSchemeId
    QList<SigningSecret> secrets;
};

/// What a receiver concludes about a request's signature.
struct SignatureVerdict
{
    enum class Outcome {
        Valid,    ///< signed by one of the secrets
        Invalid,  ///< signed, but wrongly: `reason` says how
        Unsigned, ///< none of the scheme's headers is there
    };
    enum class Reason {
        None,
        WrongSecret,     ///< well formed, made with none of the secrets
        BodyChanged,     ///< made with a secret over other bytes than those received
        TimestampTooOld, ///< signed too long ago (replay)
        TimestampTooNew, ///< signed in the future
        HeaderMissing,   ///< some of the scheme's headers, not all
        HeaderMalformed, ///< a header not in the scheme's form
        NoSecret,        ///< signed, but the webhook has no secret to check it with
    };

    Outcome outcome = Outcome::Unsigned;
    Reason reason = Reason::None;
    int secretIndex = -1; ///< for Valid: which of the secrets verified it
    QString text;         ///< the verdict in words ("Valid: signed with the current secret")

    [[nodiscard]] bool valid() const { return outcome == Outcome::Valid; }
    /// "valid", "invalid", "unsigned": for machines (webhookctl --json).
    [[nodiscard]] QString outcomeKey() const;
    /// "wrong-secret", "body-changed", …; empty for None.
    [[nodiscard]] QString reasonKey() const;
};

/// One signature scheme: the headers a delivery carries, and the check of a received request.
/// The schemes are values of the registry below, never created elsewhere.
class SignatureScheme
{
public:
    /// Receivers refuse timestamps further than this from their clock (Standard Webhooks and
    /// Stripe both use five minutes).
    static constexpr qint64 ToleranceSeconds = 300;

    virtual ~SignatureScheme() = default;

    /// Every scheme, Pulumi's first.
    [[nodiscard]] static QList<const SignatureScheme *> all();
    /// The scheme `id` names (SignatureSchemeId), or nullptr.
    [[nodiscard]] static const SignatureScheme *find(const QString &id);
    /// The scheme `id` names, or Pulumi's for an unknown or empty id.
    [[nodiscard]] static const SignatureScheme &get(const QString &id);
    /// The ids, for help texts and command-line checks.
    [[nodiscard]] static QStringList ids();
    /// Every header name any scheme signs with (lowercase), to leave out of exports.
    [[nodiscard]] static QList<QByteArray> allSignatureHeaders();

    [[nodiscard]] virtual QString id() const = 0;
    /// "Pulumi", "GitHub", "Standard Webhooks", "Stripe-style".
    [[nodiscard]] virtual QString displayName() const = 0;
    /// One line on what it sends, for the form ("X-Hub-Signature-256: sha256=<hex>").
    [[nodiscard]] virtual QString description() const = 0;
    /// The headers it adds, in the case sent.
    [[nodiscard]] virtual QList<QByteArray> headerNames() const = 0;
    /// True when one delivery can carry a signature per secret (during a rotation).
    [[nodiscard]] virtual bool signsWithEverySecret() const = 0;

    /// Why `secret` cannot key this scheme, in words; empty when it can. Covers the general
    /// rules (length, control characters) too.
    [[nodiscard]] virtual QString secretProblem(const QString &secret) const;
    /// A new random secret of the right shape.
    [[nodiscard]] virtual QString generateSecret() const;

    /// The signature headers for `body`, sent as message `messageId` at `timestamp` (Unix
    /// seconds), signed with `secrets[0]` and, where the scheme allows it, every other one.
    /// Empty when there is no secret.
    [[nodiscard]] virtual HttpHeaders sign(const QByteArray &messageId, qint64 timestamp,
                                           const QByteArray &body,
                                           const QStringList &secrets) const = 0;

    /// Checks a received request against `secrets`, at `now` (Unix seconds). `signedBody`,
    /// when given, is what the sender recorded for this message: a signature that matches it
    /// and not `body` tells that the body changed on the way.
    [[nodiscard]] SignatureVerdict verify(const HttpHeaders &headers, const QByteArray &body,
                                          const QList<SigningSecret> &secrets, qint64 now,
                                          const QByteArray &signedBody = {}) const;

protected:
    /// The signatures a request carries, and what they were made over.
    struct Presented
    {
        QList<QByteArray> signatures; ///< comparable with expected()
        qint64 timestamp = -1;        ///< -1 for schemes without one
        QByteArray messageId;
        QString problem; ///< missing or malformed: in words, with `reason`
        SignatureVerdict::Reason reason = SignatureVerdict::Reason::None;
        bool present = false; ///< any of the scheme's headers is there
    };
    [[nodiscard]] virtual Presented read(const HttpHeaders &headers) const = 0;
    /// The signature `secret` makes over `body` for what `presented` names, comparable with
    /// Presented::signatures; empty when the secret cannot key the scheme.
    [[nodiscard]] virtual QByteArray expected(const Presented &presented, const QByteArray &body,
                                              const QString &secret) const = 0;
};

} // namespace wc
