#pragma once

#include <QFuture>
#include <QString>

namespace wc {

/// What a shared database keeps of a webhook's secret instead of the secret: enough to tell
/// whether the copy in someone's keychain is the current one, nothing to sign with.
///
///   fingerprint = "pbkdf2-sha256$" ITERATIONS "$" base64(PBKDF2-HMAC-SHA256(
///                     password = the secret (UTF-8),
///                     salt     = "webhook-console/secret-fingerprint/v1/" + the webhook's uid,
///                     ITERATIONS, 32 bytes))
///
/// PBKDF2 is one-way, and slow on purpose (100,000 rounds: about 0.1 s) so that guessing a
/// weak secret from a stolen database is expensive; the salt is different for every webhook,
/// so equal secrets do not show as equal. A signature is HMAC-SHA256 keyed with the secret
/// itself, which the fingerprint does not reveal: it cannot sign. A successful check is marked
/// in the keychain beside the secret (LocalBackend::verifiedMarkKey), so that later processes
/// need not pay for the derivation again.
namespace SecretFingerprint {

inline constexpr int Iterations = 100'000;

/// Computes it (on the calling thread: about 0.1 s).
[[nodiscard]] QString make(const QString &secret, const QString &uid);
/// Whether `secret` is the one `fingerprint` was made of. False for an empty fingerprint.
[[nodiscard]] bool matches(const QString &fingerprint, const QString &secret, const QString &uid);

/// make() on a worker thread of the global pool, so no window waits for it.
[[nodiscard]] QFuture<QString> compute(const QString &secret, const QString &uid);
/// matches() on a worker thread of the global pool.
[[nodiscard]] QFuture<bool> check(const QString &fingerprint, const QString &secret,
                                  const QString &uid);

} // namespace SecretFingerprint

} // namespace wc
