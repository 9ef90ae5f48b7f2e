#pragma once

#include "Error.h"
#include "Webhook.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

/// Asks for a webhook's secret that this computer's keychain lacks, or holds in an older version
/// (a teammate set or changed it on a shared database). What is entered is checked against the
/// webhook's fingerprint by WebhookBackend::provideSecret before it is kept in the keychain; a
/// wrong one is refused next to the field. Accepted once the secret is kept.
class SecretPromptDialog : public QDialog
{
    Q_OBJECT
public:
    /// `why` is what the backend said (Error::needsSecret()).
    SecretPromptDialog(WebhookBackend &backend, const Webhook &webhook, const QString &why,
                       QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *secretEdit() const { return m_secret; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] bool isChecking() const { return m_checking; }

    /// When `error` says the webhook's secret is needed (Error::needsSecret()), asks for it in a
    /// window-modal dialog and calls `retry` once it is kept; true then (the caller says nothing
    /// more). False for any other error, which the caller reports as usual.
    static bool askIfNeeded(const Error &error, WebhookBackend &backend, const Webhook &webhook,
                            QWidget *parent, std::function<void()> retry);

private:
    void submit();
    void setChecking(bool checking);

    WebhookBackend &m_backend;
    Webhook m_webhook;
    QLineEdit *m_secret = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_checking = false;
};

} // namespace wc::gui
