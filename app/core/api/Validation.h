#pragma once

#include "Error.h"
#include "Scope.h"

#include <QString>

namespace wc {
struct WebhookDraft;
}

namespace wc::validation {

inline constexpr int MaxNameLength = 32;
inline constexpr int MaxDisplayNameLength = 100;
inline constexpr int MaxUrlLength = 2048;
inline constexpr int MaxSecretLength = 1024;
inline constexpr int MaxOrganizationLength = 100;

/// A control character: C0 (U+0000–U+001F, including NUL, tab, line breaks and ESC), DEL
/// (U+007F) or C1 (U+0080–U+009F). Printed raw, they move a terminal's cursor or start an
/// escape sequence; none belongs in a name, a display name or a secret.
[[nodiscard]] constexpr bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Each returns an empty string when the value is valid, else a sentence for the user.
/// 1–100 characters, not only spaces, no control characters.
[[nodiscard]] QString displayName(const QString &value);
/// 1–32 letters, digits, `-`, `_`, `.`; not `.` or `..`.
[[nodiscard]] QString name(const QString &value);
/// An absolute http:// or https:// URL with a host, without a user name or password (they
/// would be stored in plain text, outside the keychain) and not port 0.
[[nodiscard]] QString payloadUrl(const QString &value);
/// What the payload URL field holds for a webhook of `format`: for `pulumi_deployments` the
/// target stack as `project/stack` (Pulumi's rule `^[^\s/]+/[^\s/]+$`), else a payload URL.
[[nodiscard]] QString payloadUrl(const QString &value, const QString &format);
/// A warning, not a refusal: a Slack webhook whose URL is not `https://hooks.slack.com/…`
/// (Mattermost and other Slack-compatible servers use their own). Empty when none applies.
[[nodiscard]] QString slackUrlWarning(const QString &value, const QString &format);
/// At most 1024 characters, no control characters (a NUL would cut it short in the keychain).
[[nodiscard]] QString secret(const QString &value);
[[nodiscard]] QString format(const QString &value, const Scope &scope);
/// Which name of a scope a value is: the messages name it (each its own sentence, so that
/// every language can say it in its own words).
enum class ScopePart { Organization, Project, Stack, Environment };
/// Organization, project, stack and environment names: letters, digits, `-`, `_`, `.`; not
/// `.` or `..`.
[[nodiscard]] QString scopeSegment(const QString &value, ScopePart part);

/// `url` fit to show: a password in it replaced by `•••` (`http://user:•••@host/`), and a
/// user name without a password (often a token) too (`http://•••@host/`). Anything else is
/// returned unchanged. Webhooks saved before such URLs were refused may still hold one.
[[nodiscard]] QString redactedUrl(const QString &url);

/// A valid `name` derived from a display name ("My Hook!" → "my-hook").
[[nodiscard]] QString deriveName(const QString &displayName);
/// A short random name, as Pulumi Cloud makes when none is given: 8 hex digits ("4b0d0671").
[[nodiscard]] QString generateName();

/// A draft's fields by Pulumi's rules alone (no storage): Invalid on the field at fault.
[[nodiscard]] Error checkDraft(const WebhookDraft &draft);

/// A strong random secret: 32 random bytes, base64url without padding.
[[nodiscard]] QString generateSecret();

} // namespace wc::validation
