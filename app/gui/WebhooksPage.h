#pragma once

#include "Delivery.h"
#include "Webhook.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class WebhooksPage;
}
class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

class WebhookListModel;

/// Settings → Webhooks for one scope (an organization, a stack or an environment): the list,
/// the create / edit / pause / delete / ping / sample-event actions and the result of the last
/// test delivery.
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

Q_SIGNALS:
    void selectionChanged();
    void historyRequested(const wc::Webhook &webhook);
    /// A test delivery ended (success or failure); for tests and the status bar.
    void pingFinished(const wc::Delivery &delivery);
    /// A sample event was sent (its outcome) or refused (a delivery without an id whose error
    /// is the refusal in words).
    void sampleFinished(const QString &event, const wc::Delivery &delivery);
    void statusMessage(const QString &text);

private:
    /// The words above the list and in the empty list, for `scope`.
    void describe(const Scope &scope);
    void updateActions();
    void updateEmptyState();
    void showDelivery(const Webhook &webhook, const Delivery &delivery, const QString &event = {});
    void showResultText(const QString &text, const QString &response, bool failed);

    std::unique_ptr<Ui::WebhooksPage> m_ui;
    WebhookBackend &m_backend;
    WebhookListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QMenu *m_sampleMenu = nullptr;
    QStringList m_sampleMenuKey;                  ///< what the sample menu was filled for
    std::optional<WebhookRef> m_pendingSelection; ///< to select once the list has it
    QString m_emptyText;
};

} // namespace wc::gui
