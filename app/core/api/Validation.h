#pragma once

#include "Scope.h"

#include <QString>

namespace wc::validation {

inline constexpr int MaxNameLength = 32;
inline constexpr int MaxDisplayNameLength = 100;
inline constexpr int MaxUrlLength = 2048;
inline constexpr int MaxSecretLength = 1024;
inline constexpr int MaxOrganizationLength = 100;

// Each returns an empty string when the value is valid, else a sentence for the user.
[[nodiscard]] QString displayName(const QString &value);
[[nodiscard]] QString name(const QString &value);
[[nodiscard]] QString payloadUrl(const QString &value);
[[nodiscard]] QString secret(const QString &value);
[[nodiscard]] QString format(const QString &value, const Scope &scope);
/// Organization, project and stack names: letters, digits, `-`, `_`, `.`.
[[nodiscard]] QString scopeSegment(const QString &value, const QString &what);

/// A valid `name` derived from a display name ("My Hook!" → "my-hook").
[[nodiscard]] QString deriveName(const QString &displayName);

/// A strong random secret: 32 random bytes, base64url without padding.
[[nodiscard]] QString generateSecret();

} // namespace wc::validation
