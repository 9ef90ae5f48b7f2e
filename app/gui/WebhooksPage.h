#pragma once

#include "Delivery.h"
#include "Webhook.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class WebhooksPage;
}
class QSortFilterProxyModel;
class QTableView;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

class WebhookListModel;

/// Settings → Webhooks for one scope: the list, the create / edit / delete / ping actions and
/// the result of the last test delivery.
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

public Q_SLOTS:
    void createWebhook();
    void editWebhook();
    void deleteWebhook();
    void pingWebhook();
    /// Opens the selected webhook's delivery history.
    void showHistory();

Q_SIGNALS:
    void selectionChanged();
    void historyRequested(const wc::Webhook &webhook);
    /// A test delivery ended (success or failure); for tests and the status bar.
    void pingFinished(const wc::Delivery &delivery);
    void statusMessage(const QString &text);

private:
    void updateActions();
    void updateEmptyState();
    void showDelivery(const Webhook &webhook, const Delivery &delivery);
    void showResultText(const QString &text, const QString &response, bool failed);

    std::unique_ptr<Ui::WebhooksPage> m_ui;
    WebhookBackend &m_backend;
    WebhookListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    std::optional<WebhookRef> m_pendingSelection; ///< to select once the list has it
    QString m_emptyText;
};

} // namespace wc::gui
