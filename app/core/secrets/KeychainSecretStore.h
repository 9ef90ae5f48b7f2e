#pragma once

#include "secrets/SecretStore.h"

#include <memory>

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
    /// Also finds entries still kept under `formerService` (the service of an older version):
    /// the first read of such an entry moves it to `service`; a write or a removal leaves none
    /// behind under the former name.
    KeychainSecretStore(const QString &service, const QString &formerService,
                        QObject *parent = nullptr);
    /// The store the window and webhookctl use: AppInfo::KeychainService, migrating from
    /// AppInfo::FormerKeychainService.
    [[nodiscard]] static std::unique_ptr<KeychainSecretStore> application();

    QFuture<Error> write(const QString &key, const QString &secret) override;
    QFuture<ReadResult> read(const QString &key) override;
    QFuture<Error> remove(const QString &key) override;

    /// Turns a QtKeychain error into an Error with a sentence for the user.
    [[nodiscard]] static Error translate(int keychainError, const QString &detail);
    /// The keychain is locked, and stayed locked: what to do.
    [[nodiscard]] static Error locked();

private:
    void removeEntry(const QString &key, const Promise<Error> &done);
    /// The entry `key` under the former service, moved to the current one when found.
    void readFormer(const QString &key, const ReadResult &notFound,
                    const Promise<ReadResult> &done);
    /// Removes `key` from the former service, if kept there; "not there" is not an error.
    [[nodiscard]] QFuture<Error> removeFormer(const QString &key);

    QString m_service;
    QString m_formerService;
    SecretService *m_secretService = nullptr;
};

} // namespace wc
