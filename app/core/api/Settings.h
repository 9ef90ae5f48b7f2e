#pragma once

#include <chrono>

namespace wc {

/// Preferences shared by the window and webhookctl (QSettings under the application's name).
namespace Settings {
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
} // namespace Settings

} // namespace wc
