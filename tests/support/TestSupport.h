#pragma once

#include <QString>
#include <QTemporaryDir>

#include "model/Delivery.h"
#include "model/Webhook.h"

namespace wc {
class DeliveryRepository;
class WebhookRepository;
} // namespace wc

namespace wc::test {

/// Stores a webhook directly (no keychain): for history tests.
[[nodiscard]] Webhook insertWebhook(WebhookRepository &repo, const QString &name,
                                    const QString &url = QStringLiteral("http://127.0.0.1:9/x"));

/// Stores a completed delivery directly: `code` 0 means no answer (`error` says why).
Delivery insertDelivery(DeliveryRepository &repo, qint64 webhookId, const QDateTime &when, int code,
                        const QString &kind = QStringLiteral("ping"),
                        const QByteArray &payload = R"({"message":"hello"})",
                        const QByteArray &response = R"({"ok":true})", const QString &error = {});

/// Fails loudly (not skips) when the process has no D-Bus session: every keychain test runs
/// inside the README's test command, which provides one with an unlocked gnome-keyring.
[[nodiscard]] bool haveSessionBus();

/// A fresh database path inside `dir`.
[[nodiscard]] QString databasePath(const QTemporaryDir &dir,
                                   const QString &name = QStringLiteral("webhooks.sqlite"));

/// Where tests save screenshots: $WEBHOOK_CONSOLE_SCREENSHOTS, else the working directory.
[[nodiscard]] QString screenshotPath(const QString &name);

} // namespace wc::test
