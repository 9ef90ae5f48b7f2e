#pragma once

#include "secrets/SecretStore.h"

namespace wc {

/// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows). Never falls back to plaintext storage.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    QFuture<Error> write(const QString &key, const QString &secret) override;
    QFuture<ReadResult> read(const QString &key) override;
    QFuture<Error> remove(const QString &key) override;

    /// Turns a QtKeychain error into an Error with a sentence for the user.
    [[nodiscard]] static Error translate(int keychainError, const QString &detail);

private:
    QString m_service;
};

} // namespace wc
