#pragma once

#include "Error.h"
#include "Webhook.h"

#include <QDialog>
#include <QSet>
#include <memory>
#include <optional>

namespace Ui {
class WebhookDialog;
}
class QLabel;
class QLineEdit;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

/// Create or edit a webhook. Errors show next to their field as they change, however they
/// changed (typing, paste, undo, assistive technology); the Create/Save button stays disabled
/// until the form is valid. The names taken in the scope arrive from the backend while the
/// form opens; saving is asynchronous (the keychain may take a moment) and all-or-nothing.
class WebhookDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new webhook in `scope`.
    WebhookDialog(WebhookBackend &backend, const Scope &scope, QWidget *parent = nullptr);
    /// Edits `existing`.
    WebhookDialog(WebhookBackend &backend, const Webhook &existing, QWidget *parent = nullptr);
    ~WebhookDialog() override;

    /// The webhook as saved, once the dialog was accepted.
    [[nodiscard]] const Webhook &savedWebhook() const { return m_saved; }
    [[nodiscard]] bool isSaving() const { return m_saving; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void setUp();
    void revalidate();
    [[nodiscard]] WebhookDraft draft() const;
    void setSaving(bool saving);
    void showSaveError(const Error &error);
    void touch(QWidget *field);

    std::unique_ptr<Ui::WebhookDialog> m_ui;
    WebhookBackend &m_backend;
    Scope m_scope;
    std::optional<Webhook> m_existing;
    Webhook m_saved;
    bool m_nameEdited = false;
    bool m_deriving = false;    ///< the name is being set from the display name
    QSet<QString> m_takenNames; ///< other webhooks' names in the scope, once they arrive
    bool m_saving = false;
    QList<QWidget *> m_touched;
    Error m_serverError; ///< a refusal from saving, shown until its field changes
};

} // namespace wc::gui
