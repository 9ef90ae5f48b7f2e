#include "secrets/SecretFingerprint.h"

#include "Async.h"

#include <QPasswordDigestor>
#include <QThreadPool>

namespace wc::SecretFingerprint {

namespace {
QByteArray derive(const QString &secret, const QString &uid, int iterations)
{
    const QByteArray salt = "webhook-console/secret-fingerprint/v1/" + uid.toUtf8();
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret.toUtf8(), salt,
                                              iterations, 32);
}

/// Compares without stopping at the first difference.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
} // namespace

QString make(const QString &secret, const QString &uid)
{
    return QStringLiteral("pbkdf2-sha256$%1$%2")
        .arg(Iterations)
        .arg(QString::fromLatin1(derive(secret, uid, Iterations).toBase64()));
}

bool matches(const QString &fingerprint, const QString &secret, const QString &uid)
{
    const QStringList parts = fingerprint.split(u'$');
    if (parts.size() != 3 || parts.at(0) != u"pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000)
        return false;
    return sameBytes(derive(secret, uid, iterations),
                     QByteArray::fromBase64(parts.at(2).toLatin1()));
}

QFuture<QString> compute(const QString &secret, const QString &uid)
{
    Promise<QString> promise;
    QThreadPool::globalInstance()->start(
        [promise, secret, uid] { promise.finish(make(secret, uid)); });
    return promise.future();
}

QFuture<bool> check(const QString &fingerprint, const QString &secret, const QString &uid)
{
    Promise<bool> promise;
    QThreadPool::globalInstance()->start(
        [promise, fingerprint, secret, uid] { promise.finish(matches(fingerprint, secret, uid)); });
    return promise.future();
}

} // namespace wc::SecretFingerprint
