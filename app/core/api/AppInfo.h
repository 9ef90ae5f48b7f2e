#pragma once

#include <QString>

namespace wc {

/// Names shared by the window and webhookctl so both find the same data and keychain entries.
namespace AppInfo {
/// The executable's name, and the folder of the default database
/// (~/.local/share/webhook-console).
inline constexpr auto ApplicationName = "webhook-console";
/// The reverse-DNS application id: desktop entry, AppStream metainfo, icon, keychain service
/// and preferences file (~/.config/<id>.conf) are all named by it.
inline constexpr auto Id = "io.github.webhookconsole.WebhookConsole";
inline constexpr auto DisplayName = "Webhook Console";
inline constexpr auto Version = WEBHOOK_CONSOLE_VERSION;
inline constexpr auto KeychainService = Id;
/// The keychain service of versions before 0.2.0: an entry still kept under it is moved to
/// KeychainService the first time it is read.
inline constexpr auto FormerKeychainService = "webhook-console";
inline constexpr auto DatabaseEnvironmentVariable = "WEBHOOK_CONSOLE_DATABASE";

/// Sets application name and version on the running Q(Core)Application.
void apply();
/// "WebhookConsole/0.1.0 (Qt 6.4.2)" for the User-Agent header.
QString userAgent();
} // namespace AppInfo

} // namespace wc
