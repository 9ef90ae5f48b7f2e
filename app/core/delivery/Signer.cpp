#include "delivery/Signer.h"

#include <QMessageAuthenticationCode>

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
