#pragma once

#include "model/Delivery.h"
#include "model/Webhook.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class WebhooksPage;
}
class QSortFilterProxyModel;
class QTableView;

namespace wc {
class WebhookService;
}

namespace wc::gui {

class WebhookListModel;

/// Settings → Webhooks for one scope: the list, the create / edit / delete / ping actions and
/// the result of the last test delivery.
class WebhooksPage : public QWidget
{
    Q_OBJECT
public:
    explicit WebhooksPage(WebhookService &service, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    void setScope(const Scope &scope);
    [[nodiscard]] Scope scope() const;
    [[nodiscard]] std::optional<Webhook> selectedWebhook() const;
    void selectWebhook(qint64 id);
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
    WebhookService &m_service;
    WebhookListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace wc::gui
