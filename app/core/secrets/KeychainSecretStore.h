#pragma once

#include "secrets/SecretStore.h"

class QTimer;

namespace wc {

class SecretService;

/// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows). Never falls back to plaintext storage.
///
/// On Linux it also asks the Secret Service directly where QtKeychain cannot tell: an entry in
/// a locked keyring is reported as locked (never as missing), a removal from a locked keyring
/// first goes through the keyring's own unlock prompt and fails when it stays locked, and a
/// removal is checked to have happened.
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
    /// The keychain is locked, and stayed locked: what to do.
    [[nodiscard]] static Error locked();

private:
    void removeEntry(const QString &key, const Promise<Error> &done);

    QString m_service;
    SecretService *m_secretService = nullptr;
};

} // namespace wc
