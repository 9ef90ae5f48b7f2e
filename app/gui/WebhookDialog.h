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
class QComboBox;
class QLabel;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

class EventTree;

/// Create or edit a webhook. Its format (destination) is chosen before the form opens, by the
/// Integrations card (a generic webhook when not said), and kept by Edit; the form asks for
/// what that format needs: a payload URL and a secret (Webhook), an incoming-webhook URL
/// (Slack, Microsoft Teams), or the target stack (Deployment), and the events as a checkable
/// tree of Pulumi's groups and events. The name is optional on create: left empty, the backend
/// makes a short random one, as Pulumi Cloud does.
///
/// Errors show next to their field as they change, however they changed (typing, paste, undo,
/// assistive technology); the Create/Save button stays disabled until the form is valid. The
/// names taken in the scope (and, for Deployment, the organization's stacks) arrive from the
/// backend while the form opens; saving is asynchronous (the keychain may take a moment) and
/// all-or-nothing.
///
/// A generic webhook chooses how its deliveries are signed (Signature: one of
/// SignatureScheme::all(), its description under it); Generate makes a secret of that
/// scheme's shape, shown for the user to copy, and a secret of another shape is refused next
/// to the secret field. Pulumi Cloud's webhooks are signed with Pulumi's scheme only.
class WebhookDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new generic (raw) webhook in `scope`.
    WebhookDialog(WebhookBackend &backend, const Scope &scope, QWidget *parent = nullptr);
    /// A new webhook of `format` (Format::Raw, Slack, MsTeams, PulumiDeployments) in `scope`.
    WebhookDialog(WebhookBackend &backend, const Scope &scope, const QString &format,
                  QWidget *parent = nullptr);
    /// Edits `existing`, in its format.
    WebhookDialog(WebhookBackend &backend, const Webhook &existing, QWidget *parent = nullptr);
    ~WebhookDialog() override;

    /// The webhook as saved, once the dialog was accepted.
    [[nodiscard]] const Webhook &savedWebhook() const { return m_saved; }
    [[nodiscard]] bool isSaving() const { return m_saving; }
    [[nodiscard]] QString format() const { return m_format; }
    [[nodiscard]] EventTree *eventTree() const;
    /// The signature scheme chosen (SignatureSchemeId).
    [[nodiscard]] QString signature() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void setUp();
    void setUpFormat();
    /// The Signature row (a combo of the schemes and the chosen one's description), above the
    /// secret: generic webhooks only.
    void setUpSignature();
    /// The chosen scheme's description, and the secret's tooltip naming its headers.
    void describeScheme();
    [[nodiscard]] const SignatureScheme &scheme() const;
    /// A Pulumi Cloud organization's webhook: Pulumi's scheme only.
    [[nodiscard]] bool isCloud() const;
    void revalidate();
    void updateEventsHint();
    [[nodiscard]] WebhookDraft draft() const;
    [[nodiscard]] bool isDeployment() const;
    /// The field an error of the backend names ("payloadUrl", "events" …).
    [[nodiscard]] QWidget *fieldFor(const QString &errorField) const;
    void setSaving(bool saving);
    void showSaveError(const Error &error);
    /// The form's fields from `webhook` (editing), with who created and changed it.
    void fillFrom(const Webhook &webhook);
    void touch(QWidget *field);
    /// What the empty secret field says: kept, removed on save, or optional.
    [[nodiscard]] QString secretPlaceholder() const;
    /// Shows (or hides) "Copy it now" with its Copy button under a generated secret.
    void showSecretNote(bool shown);
    /// `name`, or name-2, name-3 … when it is taken in the scope.
    [[nodiscard]] QString freeName(const QString &name) const;
    /// Sets the name from the display name (a free one), while the user has not typed one.
    void deriveName();

    std::unique_ptr<Ui::WebhookDialog> m_ui;
    WebhookBackend &m_backend;
    Scope m_scope;
    QString m_format;
    std::optional<Webhook> m_existing;
    QLabel *m_provenance = nullptr;
    QComboBox *m_signatureCombo = nullptr;
    QLabel *m_signatureDescription = nullptr;
    QLabel *m_signatureError = nullptr;
    Webhook m_saved;
    bool m_nameEdited = false;
    bool m_deriving = false;    ///< the name is being set from the display name
    QSet<QString> m_takenNames; ///< other webhooks' names in the scope, once they arrive
    bool m_saving = false;
    QList<QWidget *> m_touched;
    Error m_serverError; ///< a refusal from saving, shown until its field changes
    QString m_generated; ///< the secret Generate made, while the note about it shows
};

} // namespace wc::gui
