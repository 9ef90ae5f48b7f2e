#pragma once

#include "Error.h"
#include "Webhook.h"

#include <QDialog>
#include <chrono>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QWidget;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

/// Rotate Secret (or Set Secret, for a webhook without one): a new secret of the webhook's
/// scheme's shape, typed or made by Generate and copyable for the receiver, and how long the
/// previous secret stays (the overlap: none, 1 hour, 24 hours, 7 days or a number of hours).
/// What the overlap means is said for the scheme: Standard Webhooks and Stripe-style deliveries
/// carry both signatures meanwhile; Pulumi's and GitHub's carry the new one only, so the
/// receiver has to accept both secrets until it ends. Then the previous secret leaves the
/// keychain. Pulumi Cloud keeps one secret: its webhooks rotate without an overlap.
///
/// Calls WebhookBackend::rotateSecret without waiting; the window stays usable, the form is
/// disabled meanwhile, and a refusal shows next to its field ("secret", "overlap") or above
/// the form. Accepted once the backend has rotated; rotatedWebhook() is the result.
class RotateSecretDialog : public QDialog
{
    Q_OBJECT
public:
    RotateSecretDialog(WebhookBackend &backend, const Webhook &webhook, QWidget *parent = nullptr);
    ~RotateSecretDialog() override;

    /// The overlaps offered, in hours, before "Custom".
    enum class Overlap { None, OneHour, OneDay, OneWeek, Custom };

    [[nodiscard]] const Webhook &rotatedWebhook() const { return m_rotated; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// The overlap chosen (zero for none, and for a webhook without a secret).
    [[nodiscard]] std::chrono::seconds overlap() const;
    /// Whether the webhook had a secret: a rotation, not the first secret.
    [[nodiscard]] bool isRotation() const { return m_webhook.hasSecret; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void generate();
    void copy();
    void revalidate();
    void explain();
    void setBusy(bool busy);
    void showError(const Error &error);
    void showNote(const QString &text, bool copied);
    [[nodiscard]] bool isCloud() const;

    WebhookBackend &m_backend;
    Webhook m_webhook;
    const SignatureScheme &m_scheme;
    Webhook m_rotated;
    bool m_busy = false;
    bool m_touched = false;
    Error m_serverError;
    QString m_generated;

    QLabel *m_banner = nullptr;
    QLineEdit *m_secret = nullptr;
    QToolButton *m_show = nullptr;
    QToolButton *m_generate = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_secretError = nullptr;
    QLabel *m_note = nullptr;
    QComboBox *m_overlap = nullptr;
    QSpinBox *m_hours = nullptr;
    QLabel *m_overlapError = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_ongoing = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace wc::gui
