#pragma once

#include <QString>

namespace wc {

/// Names shared by the window and webhookctl so both find the same data and keychain entries.
namespace AppInfo {
inline constexpr auto ApplicationName = "webhook-console";
inline constexpr auto DisplayName = "Webhook Console";
inline constexpr auto Version = WEBHOOK_CONSOLE_VERSION;
inline constexpr auto KeychainService = "webhook-console";
inline constexpr auto DatabaseEnvironmentVariable = "WEBHOOK_CONSOLE_DATABASE";

/// Sets application name and version on the running Q(Core)Application.
void apply();
/// "WebhookConsole/0.1.0 (Qt 6.4.2)" for the User-Agent header.
QString userAgent();
} // namespace AppInfo

} // namespace wc
