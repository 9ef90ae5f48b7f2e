#pragma once

#include "Webhook.h"

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

/// What the Webhooks and the Integrations pages both do to a webhook, said the same way.
namespace actions {

using Status = std::function<void(const QString &text)>;

/// Asks first, then deletes the webhook with its secret and history; a refusal is said in a
/// warning. `status` hears what is happening, for the status bar.
void confirmDelete(WebhookBackend &backend, const Webhook &webhook, QWidget *parent,
                   const Status &status);
/// Pauses (`active` false) or resumes the webhook, changing nothing else.
void setActive(WebhookBackend &backend, const Webhook &webhook, bool active, QWidget *parent,
               const Status &status);

/// Whether `webhook` can be given a secret: generic webhooks (and any that has one already).
[[nodiscard]] bool takesSecret(const Webhook &webhook);
/// The text of the Rotate Secret action for `webhook`: "&Rotate Secret…", or "Set Sec&ret…"
/// when it has no secret yet.
[[nodiscard]] QString rotateSecretText(const std::optional<Webhook> &webhook);
/// Opens the Rotate Secret dialog (Set Secret for a webhook without one), window-modal and
/// without waiting; `status` hears the outcome once it is done.
void rotateSecret(WebhookBackend &backend, const Webhook &webhook, QWidget *parent,
                  const Status &status);
/// Opens "How to verify…" for `webhook`'s scheme, window-modal and without waiting.
void showVerifySnippet(const Webhook &webhook, QWidget *parent);

/// Fills `menu` with every event a webhook in `webhook`'s scope can be sent
/// (EventCatalog::events): "ping", then a submenu per group, each action's data its event's
/// exact name. Events the webhook's groups and filters exclude are listed too, marked, so
/// that sending one says why it is refused. Empty and disabled without a webhook.
void fillSampleMenu(QMenu *menu, const std::optional<Webhook> &webhook,
                    const std::function<void(const QString &event)> &send);

} // namespace actions
} // namespace wc::gui
