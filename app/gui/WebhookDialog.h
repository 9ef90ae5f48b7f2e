#pragma once

#include "Error.h"
#include "model/Webhook.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class WebhookDialog;
}
class QLabel;
class QLineEdit;

namespace wc {
class WebhookService;
struct WebhookDraft;
} // namespace wc

namespace wc::gui {

/// Create or edit a webhook. Errors show next to their field as the user types; the
/// Create/Save button stays disabled until the form is valid. Saving is asynchronous (the
/// keychain may take a moment) and all-or-nothing.
class WebhookDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new webhook in `scope`.
    WebhookDialog(WebhookService &service, const Scope &scope, QWidget *parent = nullptr);
    /// Edits `existing`.
    WebhookDialog(WebhookService &service, const Webhook &existing, QWidget *parent = nullptr);
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
    WebhookService &m_service;
    Scope m_scope;
    std::optional<Webhook> m_existing;
    Webhook m_saved;
    bool m_nameEdited = false;
    bool m_saving = false;
    QList<QWidget *> m_touched;
    Error m_serverError; ///< a refusal from saving, shown until its field changes
};

} // namespace wc::gui
