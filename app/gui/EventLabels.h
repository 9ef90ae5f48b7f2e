#pragma once

#include <QString>

namespace wc::gui {

/// Words for people beside Pulumi's exact names, which the window always shows too: events
/// ("update_failed" → "Update failed"), groups ("stacks" → "Stack updates, previews …") and
/// destination formats ("ms_teams" → "Microsoft Teams").
namespace labels {

/// A readable label for an event name; the name itself when none is known.
[[nodiscard]] QString event(const QString &name);
/// What an event group covers, in a few words.
[[nodiscard]] QString group(const QString &name);
/// A destination's title as its Integrations card shows it ("Webhook", "Slack", …).
[[nodiscard]] QString format(const QString &format);
/// What a destination does, one or two sentences for its card.
[[nodiscard]] QString formatDescription(const QString &format);

} // namespace labels
} // namespace wc::gui
