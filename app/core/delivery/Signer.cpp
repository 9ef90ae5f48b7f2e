#include "delivery/Signer.h"

#include "Signature.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>
#include <optional>

namespace wc {

namespace {
QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}
} // namespace

QByteArray PulumiSigner::sign(const QString &secret, const QByteArray &body)
{
    return hmac(secret.toUtf8(), body).toHex();
}

QByteArray GitHubSigner::sign(const QString &secret, const QByteArray &body)
{
    return "sha256=" + hmac(secret.toUtf8(), body).toHex();
}

QByteArray StandardWebhooksSigner::sign(const QString &secret, const QByteArray &id,
                                        qint64 timestamp, const QByteArray &body)
{
    static const QString prefix = QStringLiteral("whsec_");
    if (!secret.startsWith(prefix))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(secret.mid(prefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return {};
    const QByteArray message = id + '.' + QByteArray::number(timestamp) + '.' + body;
    return "v1," + hmac(decoded.decoded, message).toBase64();
}

QByteArray StripeSigner::sign(const QString &secret, qint64 timestamp, const QByteArray &body)
{
    const QByteArray t = QByteArray::number(timestamp);
    return "t=" + t + ",v1=" + hmac(secret.toUtf8(), t + '.' + body).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace wc

// Signature schemes.

namespace wc {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignatureScheme)
};

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

/// The value of header `name` (any case), and whether it is there at all.
std::optional<QByteArray> header(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v.trimmed();
    }
    return std::nullopt;
}

bool isLowerHex(const QByteArray &value, qsizetype size)
{
    if (value.size() != size)
        return false;
    return std::all_of(value.begin(), value.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::optional<qint64> unixSeconds(const QByteArray &value)
{
    bool ok = false;
    const qint64 t = value.toLongLong(&ok);
    if (!ok || t < 0 || value.startsWith('+'))
        return std::nullopt;
    return t;
}

constexpr qsizetype HexSha256 = 64;

class PulumiScheme final : public SignatureScheme
{
public:
    QString id() const override { return QString::fromLatin1(SignatureSchemeId::Pulumi); }
    QString displayName() const override { return QStringLiteral("Pulumi"); }
    QString description() const override
    {
        return Tr::tr(
            "Pulumi-Webhook-Signature: the HMAC-SHA256 of the body in hex, as Pulumi Cloud "
            "sends.");
    }
    QList<QByteArray> headerNames() const override { return {PulumiSigner::Header}; }
    bool signsWithEverySecret() const override { return false; }
    HttpHeaders sign(const QByteArray &, qint64, const QByteArray &body,
                     const QStringList &secrets) const override
    {
        if (secrets.isEmpty() || secrets.first().isEmpty())
            return {};
        return {{PulumiSigner::Header, PulumiSigner::sign(secrets.first(), body)}};
    }

protected:
    Presented read(const HttpHeaders &headers) const override
    {
        Presented p;
        const auto value = header(headers, PulumiSigner::Header);
        if (!value)
            return p;
        p.present = true;
        if (!isLowerHex(*value, HexSha256)) {
            p.reason = SignatureVerdict::Reason::HeaderMalformed;
            p.problem = Tr::tr("Pulumi-Webhook-Signature is not 64 lowercase hex digits.");
            return p;
        }
        p.signatures = {*value};
        return p;
    }
    QByteArray expected(const Presented &, const QByteArray &body,
                        const QString &secret) const override
    {
        return PulumiSigner::sign(secret, body);
    }
};

class GitHubScheme final : public SignatureScheme
{
public:
    QString id() const override { return QString::fromLatin1(SignatureSchemeId::GitHub); }
    QString displayName() const override { return QStringLiteral("GitHub"); }
    QString description() const override
    {
        return Tr::tr("X-Hub-Signature-256: “sha256=” and the HMAC-SHA256 of the body in hex, as "
                      "GitHub sends.");
    }
    QList<QByteArray> headerNames() const override { return {GitHubSigner::Header}; }
    bool signsWithEverySecret() const override { return false; }
    HttpHeaders sign(const QByteArray &, qint64, const QByteArray &body,
                     const QStringList &secrets) const override
    {
        if (secrets.isEmpty() || secrets.first().isEmpty())
            return {};
        return {{GitHubSigner::Header, GitHubSigner::sign(secrets.first(), body)}};
    }

protected:
    Presented read(const HttpHeaders &headers) const override
    {
        Presented p;
        const auto value = header(headers, GitHubSigner::Header);
        if (!value)
            return p;
        p.present = true;
        if (!value->startsWith("sha256=") || !isLowerHex(value->mid(7), HexSha256)) {
            p.reason = SignatureVerdict::Reason::HeaderMalformed;
            p.problem = Tr::tr("X-Hub-Signature-256 is not “sha256=” followed by 64 lowercase hex "
                               "digits.");
            return p;
        }
        p.signatures = {*value};
        return p;
    }
    QByteArray expected(const Presented &, const QByteArray &body,
                        const QString &secret) const override
    {
        return GitHubSigner::sign(secret, body);
    }
};

class StandardWebhooksScheme final : public SignatureScheme
{
public:
    static constexpr int MinKeyBytes = 24;
    static constexpr int MaxKeyBytes = 64;

    QString id() const override { return QString::fromLatin1(SignatureSchemeId::StandardWebhooks); }
    QString displayName() const override { return QStringLiteral("Standard Webhooks"); }
    QString description() const override
    {
        return Tr::tr("webhook-id, webhook-timestamp and webhook-signature (“v1,” and base64), as "
                      "Svix and GitLab send; the timestamp guards against replays.");
    }
    QList<QByteArray> headerNames() const override
    {
        return {"webhook-id", "webhook-timestamp", StandardWebhooksSigner::Header};
    }
    bool signsWithEverySecret() const override { return true; }
    QString secretProblem(const QString &secret) const override
    {
        if (QString e = SignatureScheme::secretProblem(secret); !e.isEmpty() || secret.isEmpty())
            return e;
        static const QString prefix = QStringLiteral("whsec_");
        const auto decoded = QByteArray::fromBase64Encoding(
            secret.mid(prefix.size()).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!secret.startsWith(prefix) || !decoded || decoded.decoded.size() < MinKeyBytes ||
            decoded.decoded.size() > MaxKeyBytes) {
            return Tr::tr(
                "A Standard Webhooks secret is “whsec_” followed by the base64 of 24 to 64 "
                "random bytes (Generate makes one).");
        }
        return {};
    }
    QString generateSecret() const override
    {
        return QStringLiteral("whsec_") + QString::fromLatin1(randomBytes(32).toBase64());
    }
    HttpHeaders sign(const QByteArray &messageId, qint64 timestamp, const QByteArray &body,
                     const QStringList &secrets) const override
    {
        QList<QByteArray> signatures;
        for (const QString &secret : secrets) {
            const QByteArray s = StandardWebhooksSigner::sign(secret, messageId, timestamp, body);
            if (!s.isEmpty())
                signatures << s;
        }
        if (signatures.isEmpty())
            return {};
        return {{"webhook-id", messageId},
                {"webhook-timestamp", QByteArray::number(timestamp)},
                {StandardWebhooksSigner::Header, signatures.join(' ')}};
    }

protected:
    Presented read(const HttpHeaders &headers) const override
    {
        Presented p;
        // Svix sends the same headers under svix-… names; its libraries accept both.
        auto either = [&headers](const char *name) {
            auto v = header(headers, QByteArray("webhook-") + name);
            return v ? v : header(headers, QByteArray("svix-") + name);
        };
        const auto id = either("id");
        const auto timestamp = either("timestamp");
        const auto signature = either("signature");
        p.present = id || timestamp || signature;
        if (!p.present)
            return p;
        const char *missing = !id          ? "webhook-id"
                              : !timestamp ? "webhook-timestamp"
                              : !signature ? "webhook-signature"
                                           : nullptr;
        if (missing) {
            p.reason = SignatureVerdict::Reason::HeaderMissing;
            p.problem = Tr::tr("%1 is missing.").arg(QLatin1String(missing));
            return p;
        }
        const auto t = unixSeconds(*timestamp);
        if (!t) {
            p.reason = SignatureVerdict::Reason::HeaderMalformed;
            p.problem = Tr::tr("webhook-timestamp is not a number of seconds.");
            return p;
        }
        for (const QByteArray &entry : signature->split(' ')) {
            if (entry.startsWith("v1,") && entry.size() > 3)
                p.signatures << entry;
        }
        if (p.signatures.isEmpty()) {
            p.reason = SignatureVerdict::Reason::HeaderMalformed;
            p.problem = Tr::tr("webhook-signature holds no “v1,” signature.");
            return p;
        }
        p.messageId = *id;
        p.timestamp = *t;
        return p;
    }
    QByteArray expected(const Presented &p, const QByteArray &body,
                        const QString &secret) const override
    {
        return StandardWebhooksSigner::sign(secret, p.messageId, p.timestamp, body);
    }
};

class StripeScheme final : public SignatureScheme
{
public:
    static constexpr auto Header = "Stripe-Signature";

    QString id() const override { return QString::fromLatin1(SignatureSchemeId::Stripe); }
    QString displayName() const override { return Tr::tr("Stripe-style"); }
    QString description() const override
    {
        return Tr::tr(
            "Stripe-Signature: “t=” the time and “v1=” the HMAC-SHA256 of time and body in "
            "hex, as Stripe sends; the time guards against replays.");
    }
    QList<QByteArray> headerNames() const override { return {Header}; }
    bool signsWithEverySecret() const override { return true; }
    QString generateSecret() const override
    {
        return QStringLiteral("whsec_") +
               QString::fromLatin1(randomBytes(24).toBase64(QByteArray::Base64UrlEncoding |
                                                            QByteArray::OmitTrailingEquals));
    }
    HttpHeaders sign(const QByteArray &, qint64 timestamp, const QByteArray &body,
                     const QStringList &secrets) const override
    {
        QByteArray value;
        for (const QString &secret : secrets) {
            if (secret.isEmpty())
                continue;
            const QByteArray s = StripeSigner::sign(secret, timestamp, body);
            value += value.isEmpty() ? s : s.mid(s.indexOf(",v1=")); // one t=, a v1= each
        }
        if (value.isEmpty())
            return {};
        return {{Header, value}};
    }

protected:
    Presented read(const HttpHeaders &headers) const override
    {
        Presented p;
        const auto value = header(headers, Header);
        if (!value)
            return p;
        p.present = true;
        for (const QByteArray &item : value->split(',')) {
            const QByteArray part = item.trimmed();
            if (part.startsWith("t=")) {
                if (const auto t = unixSeconds(part.mid(2)))
                    p.timestamp = *t;
            } else if (part.startsWith("v1=") && isLowerHex(part.mid(3), HexSha256)) {
                p.signatures << part.mid(3);
            }
        }
        if (p.timestamp < 0 || p.signatures.isEmpty()) {
            p.reason = SignatureVerdict::Reason::HeaderMalformed;
            p.problem = p.timestamp < 0
                            ? Tr::tr("Stripe-Signature has no “t=” time in seconds.")
                            : Tr::tr("Stripe-Signature has no “v1=” signature of 64 hex "
                                     "digits.");
        }
        return p;
    }
    QByteArray expected(const Presented &p, const QByteArray &body,
                        const QString &secret) const override
    {
        const QByteArray s = StripeSigner::sign(secret, p.timestamp, body);
        return s.mid(s.indexOf(",v1=") + 4);
    }
};

const QList<const SignatureScheme *> &registry()
{
    static const PulumiScheme pulumi;
    static const GitHubScheme github;
    static const StandardWebhooksScheme standard;
    static const StripeScheme stripe;
    static const QList<const SignatureScheme *> schemes{&pulumi, &github, &standard, &stripe};
    return schemes;
}
} // namespace

QString SignatureVerdict::outcomeKey() const
{
    switch (outcome) {
    case Outcome::Valid:
        return QStringLiteral("valid");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::Unsigned:
        break;
    }
    return QStringLiteral("unsigned");
}

QString SignatureVerdict::reasonKey() const
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::WrongSecret:
        return QStringLiteral("wrong-secret");
    case Reason::BodyChanged:
        return QStringLiteral("body-changed");
    case Reason::TimestampTooOld:
        return QStringLiteral("timestamp-too-old");
    case Reason::TimestampTooNew:
        return QStringLiteral("timestamp-too-new");
    case Reason::HeaderMissing:
        return QStringLiteral("header-missing");
    case Reason::HeaderMalformed:
        return QStringLiteral("header-malformed");
    case Reason::NoSecret:
        return QStringLiteral("no-secret");
    }
    return {};
}

QList<const SignatureScheme *> SignatureScheme::all()
{
    return registry();
}

const SignatureScheme *SignatureScheme::find(const QString &id)
{
    for (const SignatureScheme *s : registry()) {
        if (s->id() == id)
            return s;
    }
    return nullptr;
}

const SignatureScheme &SignatureScheme::get(const QString &id)
{
    const SignatureScheme *s = find(id);
    return s ? *s : *registry().first();
}

QStringList SignatureScheme::ids()
{
    QStringList ids;
    for (const SignatureScheme *s : registry())
        ids << s->id();
    return ids;
}

QList<QByteArray> SignatureScheme::allSignatureHeaders()
{
    QList<QByteArray> names;
    for (const SignatureScheme *s : registry()) {
        for (const QByteArray &n : s->headerNames())
            names << n.toLower();
    }
    // Svix's own names for the Standard Webhooks headers, which verification accepts too.
    names << "svix-id"
          << "svix-timestamp"
          << "svix-signature";
    return names;
}

QString SignatureScheme::secretProblem(const QString &secret) const
{
    return validation::secret(secret);
}

QString SignatureScheme::generateSecret() const
{
    return validation::generateSecret();
}

SignatureVerdict SignatureScheme::verify(const HttpHeaders &headers, const QByteArray &body,
                                         const QList<SigningSecret> &secrets, qint64 now,
                                         const QByteArray &signedBody) const
{
    using Outcome = SignatureVerdict::Outcome;
    using Reason = SignatureVerdict::Reason;
    SignatureVerdict v;
    const Presented p = read(headers);
    if (!p.present) {
        v.outcome = Outcome::Unsigned;
        QStringList others;
        for (const SignatureScheme *s : registry()) {
            if (s != this && s->read(headers).present)
                others << s->displayName();
        }
        v.text = others.isEmpty()
                     ? Tr::tr("Unsigned: no %1 header.")
                           .arg(QString::fromLatin1(headerNames().constLast()))
                     : Tr::tr("Unsigned for %1: the request carries a %2 signature. Is the webhook "
                              "set to that scheme?")
                           .arg(displayName(), others.join(QStringLiteral(", ")));
        return v;
    }
    v.outcome = Outcome::Invalid;
    if (p.reason != Reason::None) {
        v.reason = p.reason;
        v.text = Tr::tr("Invalid: %1").arg(p.problem);
        return v;
    }
    if (secrets.isEmpty()) {
        v.reason = Reason::NoSecret;
        v.text = Tr::tr("Signed, but the webhook has no secret to check the signature with.");
        return v;
    }
    auto matching = [&](const QByteArray &bytes) {
        for (int i = 0; i < secrets.size(); ++i) {
            const QByteArray e = expected(p, bytes, secrets[i].secret);
            if (e.isEmpty())
                continue;
            for (const QByteArray &presented : p.signatures) {
                if (constantTimeEquals(presented, e))
                    return i;
            }
        }
        return -1;
    };
    const int index = matching(body);
    if (index < 0) {
        if (!signedBody.isNull() && signedBody != body && matching(signedBody) >= 0) {
            v.reason = Reason::BodyChanged;
            v.text = Tr::tr("Invalid: the body is not the one that was signed (it changed on the "
                            "way).");
        } else {
            v.reason = Reason::WrongSecret;
            // The secrets come current first (SigningKeys): a sentence each, not a label
            // inside one, so that every language can decline it.
            v.text = secrets.size() == 1
                         ? Tr::tr("Invalid: the signature was not made with the current secret.")
                         : Tr::tr("Invalid: the signature was made with none of the webhook's "
                                  "secrets.");
        }
        return v;
    }
    if (p.timestamp >= 0 && now - p.timestamp > ToleranceSeconds) {
        v.reason = Reason::TimestampTooOld;
        v.text =
            Tr::tr("Invalid: signed %1 s ago, more than the %2 s receivers accept (a replay?).")
                .arg(now - p.timestamp)
                .arg(ToleranceSeconds);
        return v;
    }
    if (p.timestamp >= 0 && p.timestamp - now > ToleranceSeconds) {
        v.reason = Reason::TimestampTooNew;
        v.text = Tr::tr("Invalid: signed %1 s in the future, more than the %2 s receivers accept "
                        "(check both clocks).")
                     .arg(p.timestamp - now)
                     .arg(ToleranceSeconds);
        return v;
    }
    v.outcome = Outcome::Valid;
    v.secretIndex = index;
    v.text = index == 0 ? Tr::tr("Valid: signed with the current secret.")
                        : Tr::tr("Valid: signed with the previous secret.");
    return v;
}

} // namespace wc
