#pragma once

#include "Cloud.h"
#include "Webhook.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

/// Publish to Pulumi Cloud… (the console's own webhooks to a connected organization, secrets
/// from the keychain after the user agrees) and Copy to Local… (Pulumi Cloud's webhooks to an
/// organization of the console's own, without secrets). Chooses webhooks and the target, then
/// reports per webhook what was created, what already existed and what failed.
class CopyWebhooksDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Direction { Publish, CopyToLocal };
    CopyWebhooksDialog(WebhookBackend &backend, Direction direction, const QList<Webhook> &webhooks,
                       const QList<WebhookRef> &chosen, const QStringList &targets,
                       QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *webhookList() const { return m_webhooks; }
    [[nodiscard]] QComboBox *targetBox() const { return m_target; }
    [[nodiscard]] QLabel *reportLabel() const { return m_report; }
    /// The outcomes once copied.
    [[nodiscard]] QList<CopyOutcome> outcomes() const { return m_outcomes; }

    void accept() override;


private:
    /// After a copy to local: a field for each secret Pulumi Cloud kept.
    void askForSecrets();
    void saveSecrets(QList<QLineEdit *> edits, QStringList saved);

    WebhookBackend &m_backend;
    Direction m_direction;
    QListWidget *m_webhooks = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_targetError = nullptr;
    QLabel *m_report = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<CopyOutcome> m_outcomes;
    QGroupBox *m_secretsBox = nullptr;
    QList<QLineEdit *> m_secretEdits;
    bool m_done = false;
};

} // namespace wc::gui
