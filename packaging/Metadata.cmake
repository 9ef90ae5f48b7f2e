# The names the packaging and its tests share (included by packaging/ and tests/packaging/).
set(WEBHOOK_CONSOLE_APP_ID "io.github.webhookconsole.WebhookConsole")
set(WEBHOOK_CONSOLE_HOMEPAGE "https://github.com/webhookconsole/webhook-console")
# Also the signer of packaging/changelog: lintian reads a different one as a non-maintainer upload.
set(WEBHOOK_CONSOLE_MAINTAINER "Webhook Console maintainers <maintainers@example.invalid>")
# The hicolor sizes the PNG icons are rendered at.
set(WEBHOOK_CONSOLE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
