#pragma once

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}
class QStandardItem;
class QStandardItemModel;
class QTimer;

namespace wc {
class WebhookBackend;
struct Webhook;
struct WebhookRef;
} // namespace wc

namespace wc::gui {

class DeliveryHistoryPage;
class WebhooksPage;

/// The console: navigation on the left (organization → Settings → Webhooks), pages on the
/// right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum NodeKind { OrganizationNode = 1, SettingsNode, WebhooksNode };
    enum Role { KindRole = Qt::UserRole + 1, OrganizationRole };

    explicit MainWindow(WebhookBackend &backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the window on the organizations the backend knows. With none (the first run) it
    /// asks for one first, and emits firstRunCancelled() instead if the user declines.
    void start();
    /// Fills the navigation from the backend (when it answers); then selects `organization`'s
    /// webhooks (or the last one shown, or the first organization's).
    void reloadNavigation(const QString &organization = {});
    /// Asks for an organization and adds it. Returns false when the user cancelled.
    bool addOrganization();
    [[nodiscard]] WebhooksPage *webhooksPage() const { return m_webhooksPage; }
    [[nodiscard]] DeliveryHistoryPage *historyPage() const { return m_historyPage; }
    /// Shows a webhook's delivery history.
    void showHistory(const Webhook &webhook);
    /// Applies the retention preference now (also runs shortly after start and every 6 hours).
    void pruneHistory();
    [[nodiscard]] QStandardItemModel *navigationModel() const { return m_navigation; }
    /// The organizations in the navigation.
    [[nodiscard]] QStringList organizations() const;

Q_SIGNALS:
    /// The navigation was filled from the backend.
    void navigationReloaded();
    /// The first run's question for an organization was declined: nothing to show.
    void firstRunCancelled();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showNode(const QModelIndex &index);
    void updateActions();
    void about();
    void preferences();
    void fillNavigation(const QStringList &organizations, const QString &organization);
    void webhookChanged(const WebhookRef &before, const Webhook &after);
    void webhookRemoved(const WebhookRef &ref);

    std::unique_ptr<Ui::MainWindow> m_ui;
    WebhookBackend &m_backend;
    QStandardItemModel *m_navigation = nullptr;
    WebhooksPage *m_webhooksPage = nullptr;
    DeliveryHistoryPage *m_historyPage = nullptr;
    QTimer *m_retentionTimer = nullptr;
};

} // namespace wc::gui
