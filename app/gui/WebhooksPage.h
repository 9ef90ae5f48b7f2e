#pragma once

#include "Delivery.h"
#include "Theme.h"
#include "Webhook.h"

#include <QHash>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class WebhooksPage;
}
class QAction;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

class WebhookListModel;

/// Settings → Webhooks for one scope (an organization, a stack or an environment): the list,
/// the create / edit / pause / delete / ping / sample-event actions and the result of the
/// selected webhook's last test delivery.
///
/// The result panel belongs to the webhook it describes: it shows only while that webhook is
/// selected, goes when the scope changes or the webhook is deleted, and is hidden (no empty
/// box) when there is nothing to show. It appears when a test delivery is asked for, at the
/// height the user last gave it (a splitter), so the list keeps its rows when the answer
/// arrives. While a webhook's test delivery is on its way its row reads "Sending…" and its
/// ping and sample actions are disabled. An empty scope shows a centred "Create webhook".
///
/// The Signing button's menu holds Rotate Secret… ("Set Secret…" for a webhook without one)
/// and How to Verify…, for the selected generic webhook; the same actions serve the window's
/// menus (rotateSecretAction(), verifySnippetAction()).
class WebhooksPage : public QWidget
{
    Q_OBJECT
public:
    explicit WebhooksPage(WebhookBackend &backend, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    void setScope(const Scope &scope);
    [[nodiscard]] Scope scope() const;
    [[nodiscard]] std::optional<Webhook> selectedWebhook() const;
    /// Selects the webhook's row, now or as soon as the list shows it.
    void selectWebhook(const WebhookRef &ref);
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] WebhookListModel *model() const { return m_model; }
    /// The selected webhook's sample events (the Send sample event button's menu).
    [[nodiscard]] QMenu *sampleMenu() const { return m_sampleMenu; }
    /// "Rotate Secret…" (or "Set Secret…") for the selected webhook: for the window's Webhook
    /// menu and the list's context menu.
    [[nodiscard]] QAction *rotateSecretAction() const { return m_rotateAction; }
    /// "How to Verify…" for the selected webhook.
    [[nodiscard]] QAction *verifySnippetAction() const { return m_verifyAction; }
    /// Whether a test ping or sample event to `ref` is on its way.
    [[nodiscard]] bool isSending(const WebhookRef &ref) const;
    /// Reads the scope's webhooks again (F5).
    void refresh();

public Q_SLOTS:
    void createWebhook();
    void editWebhook();
    void deleteWebhook();
    void pingWebhook();
    /// Sends `webhook` a test ping and shows the outcome under the list.
    void ping(const wc::Webhook &webhook);
    /// Sends `webhook` a sample of `event` (one of Pulumi's event names, or "ping") and shows
    /// the outcome as a ping's, or the backend's refusal (an event the webhook excludes).
    void sendSample(const wc::Webhook &webhook, const QString &event);
    /// Pauses the selected webhook, or resumes it when paused.
    void toggleActive();
    /// Opens the selected webhook's delivery history.
    void showHistory();
    /// Rotates (or sets) the selected webhook's secret, in a dialog.
    void rotateSecret();
    /// Shows how a receiver verifies the selected webhook's deliveries.
    void showVerifySnippet();

Q_SIGNALS:
    void selectionChanged();
    void historyRequested(const wc::Webhook &webhook);
    /// A test delivery ended (success or failure); for tests and the status bar.
    void pingFinished(const wc::Delivery &delivery);
    /// A sample event was sent (its outcome) or refused (a delivery without an id whose error
    /// is the refusal in words).
    void sampleFinished(const QString &event, const wc::Delivery &delivery);
    /// A test delivery started or ended: what may be sent changed.
    void sendingChanged(const wc::WebhookRef &ref, bool sending);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// What the result panel says about one webhook's last test delivery.
    struct TestResult
    {
        QString displayName;
        QString text;     ///< the sentence, shortened for the label
        QString fullText; ///< the sentence in full (tooltip, status bar)
        QString response; ///< the start of the receiver's answer
        std::optional<theme::Tone> tone;
        bool sending = false;
        bool answered = false; ///< a request left: the answer box has something to say
    };

    /// The words above the list and in the empty list, for `scope`.
    void describe(const Scope &scope);
    void updateActions();
    void updateEmptyState();
    /// Shows the selected webhook's result, or hides the panel when it has none.
    void updateResult();
    /// Keeps the result panel at least as tall as its wrapped sentence needs.
    void fitResult();
    void beginSending(const Webhook &webhook, const QString &text);
    /// `response` is std::nullopt when nothing was sent (refused before a request left).
    void finishSending(const Webhook &webhook, const QString &text,
                       const std::optional<QString> &response, theme::Tone tone);
    void showDelivery(const Webhook &webhook, const Delivery &delivery, const QString &event = {});
    void webhookChanged(const WebhookRef &before, const Webhook &after);
    void webhookRemoved(const WebhookRef &ref);

    std::unique_ptr<Ui::WebhooksPage> m_ui;
    WebhookBackend &m_backend;
    WebhookListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QMenu *m_sampleMenu = nullptr;
    QAction *m_rotateAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QPushButton *m_signingButton = nullptr;
    QStringList m_sampleMenuKey;                  ///< what the sample menu was filled for
    std::optional<WebhookRef> m_pendingSelection; ///< to select once the list has it
    QString m_emptyText;
    QHash<WebhookRef, TestResult> m_results; ///< each webhook's last test delivery, this scope
};

} // namespace wc::gui
