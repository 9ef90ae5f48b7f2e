#pragma once

#include <QString>

namespace wc {

/// What went wrong, in words for the user, and a code that callers (and webhookctl's exit
/// status) can act on. A default-constructed Error means success.
struct Error
{
    enum class Code {
        None,
        Invalid, ///< bad input; `field` names it
        NotFound,
        Conflict, ///< name already taken in that scope
        Stale,    ///< changed by someone else since it was read; nothing was saved
        Keychain, ///< no keychain, locked, denied
        Storage,  ///< database failure
        Network,
        /// Pulumi Cloud refused the access token (401) or its permissions (403): connect again
        /// with another token.
        Unauthorized,
        /// Pulumi Cloud could not be reached, or failed (5xx): nothing changed; try again.
        Unreachable,
    };

    Code code = Code::None;
    QString message;
    QString field;

    [[nodiscard]] bool isError() const { return code != Code::None; }
    /// The webhook's secret is needed and this computer's keychain does not have the current
    /// one (WebhookBackend::provideSecret).
    [[nodiscard]] bool needsSecret() const
    {
        return code == Code::Keychain && field == QLatin1String("secret");
    }
    explicit operator bool() const { return isError(); }

    static Error invalid(const QString &field, const QString &message)
    {
        return {Code::Invalid, message, field};
    }
    static Error make(Code code, const QString &message) { return {code, message, {}}; }
};

} // namespace wc
