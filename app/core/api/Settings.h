#pragma once

#include <QString>
#include <QVariant>
#include <chrono>

namespace wc {

/// Preferences shared by the window and webhookctl, in one file named by the application id:
/// io.github.webhookconsole.WebhookConsole.conf in the user's configuration folder (~/.config
/// on Linux). Values from the files of earlier versions (`~/.config/webhook-console.conf`,
/// before it `~/.config/Unknown Organization/webhook-console.conf`) move there on first use.
namespace Settings {
/// The file, for people and tests.
[[nodiscard]] QString fileName();
[[nodiscard]] QVariant value(const QString &key, const QVariant &fallback = {});
void setValue(const QString &key, const QVariant &value);
/// Forgets every preference (tests).
void clear();

inline constexpr int DefaultTimeoutSeconds = 10;
inline constexpr int DefaultRetentionDays = 30;
inline constexpr int DefaultRetentionCount = 10000;
inline constexpr int DefaultRedeliveryConcurrency = 4;

[[nodiscard]] int timeoutSeconds();
void setTimeoutSeconds(int seconds);
/// History keeps deliveries newer than this many days…
[[nodiscard]] int retentionDays();
void setRetentionDays(int days);
/// …or among the newest this many per webhook, whichever keeps more.
[[nodiscard]] int retentionCount();
void setRetentionCount(int count);
/// Redeliveries in flight at once during a bulk redelivery (per receiver).
[[nodiscard]] int redeliveryConcurrency();
void setRedeliveryConcurrency(int count);
/// How this person is named in a team database (who created or changed a webhook): the name
/// set in Preferences, else $WEBHOOK_CONSOLE_USER, else "user@host".
[[nodiscard]] QString identity();
/// What identity() is without a name set: $WEBHOOK_CONSOLE_USER, else "user@host".
[[nodiscard]] QString defaultIdentity();
/// The name set in Preferences (empty: user@host).
[[nodiscard]] QString identityName();
void setIdentityName(const QString &name);
} // namespace Settings

} // namespace wc
