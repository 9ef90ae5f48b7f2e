#pragma once

#include <QString>
#include <QTemporaryDir>

namespace wc::test {

/// Fails loudly (not skips) when the process has no D-Bus session: every keychain test runs
/// inside the README's test command, which provides one with an unlocked gnome-keyring.
[[nodiscard]] bool haveSessionBus();

/// A fresh database path inside `dir`.
[[nodiscard]] QString databasePath(const QTemporaryDir &dir,
                                   const QString &name = QStringLiteral("webhooks.sqlite"));

/// Where tests save screenshots: $WEBHOOK_CONSOLE_SCREENSHOTS, else the working directory.
[[nodiscard]] QString screenshotPath(const QString &name);

} // namespace wc::test
