#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

namespace wc {

/// What QtKeychain cannot tell on Linux: whether an entry exists but sits in a locked
/// collection of the Secret Service (GNOME Keyring, KeePassXC, KWallet's Secret Service), and
/// the Secret Service's own unlock prompt for it. libsecret, under QtKeychain, reports an entry
/// in a locked collection as missing and "deletes" it without a trace; asked directly over
/// D-Bus, the Secret Service lists it as locked.
class SecretService : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Unavailable, ///< no Secret Service on the session bus (or not Linux)
        Missing,     ///< no such entry
        Unlocked,    ///< the entry exists and can be read
        Locked,      ///< the entry exists in a locked collection
    };

    /// `service` is the keychain service name QtKeychain stores entries under.
    explicit SecretService(const QString &service, QObject *parent = nullptr);

    /// Where the entry `key` stands.
    [[nodiscard]] QFuture<State> state(const QString &key);
    /// Asks the Secret Service to unlock what holds `key`: its own prompt, where it can show
    /// one. True once the entry is unlocked (or missing), false when it stays locked.
    [[nodiscard]] QFuture<bool> unlock(const QString &key);

private:
    QString m_service;
};

} // namespace wc
