#pragma once

#include "Scope.h"
#include "Webhook.h"

#include <QMainWindow>
#include <QModelIndex>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class QMenu;
class QStandardItem;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

class DeliveryHistoryPage;
class ReceiverPage;
class IntegrationsPage;
class ScopesPage;
class WebhooksPage;

/// The console: navigation on the left, pages on the right. Under each organization:
///   Settings → Integrations, Webhooks
///   Stacks → each project → each stack → Settings → Integrations, Webhooks
///   Environments → each project → each environment → Settings → Integrations, Webhooks
/// The navigation follows the backend's organizationAdded and scope signals node by node, so
/// the selection stays where it was. Stacks and environments are added, renamed, removed and
/// imported from the Organization menu, the navigation's context menu and the Stacks and
/// Environments pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum NodeKind {
        OrganizationNode = 1,
        SettingsNode,
        WebhooksNode,
        IntegrationsNode,
        StacksNode,       ///< an organization's stacks, by project
        EnvironmentsNode, ///< an organization's environments, by project
        ProjectNode,      ///< a project under Stacks or Environments
        StackNode,
        EnvironmentNode,
    };
    enum Role {
        KindRole = Qt::UserRole + 1,
        OrganizationRole,
        ScopeRole,   ///< the Scope (organization, stack, environment) a node belongs to
        ProjectRole, ///< a project node's project
    };

    explicit MainWindow(WebhookBackend &backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the window on the organizations the backend knows. With none (the first run) it
    /// asks for one first, and emits firstRunCancelled() instead if the user declines.
    void start();
    /// Another start of the console asked for this window: shown, restored from the taskbar,
    /// raised and activated (or the dialog it shows, while one is open).
    void bringToFront();
    /// Fills the navigation from the backend (when it answers); then selects `organization`'s
    /// webhooks (or the last one shown, or the first organization's).
    void reloadNavigation(const QString &organization = {});
    /// Asks for an organization and adds it. Returns false when the user cancelled.
    bool addOrganization();
    [[nodiscard]] WebhooksPage *webhooksPage() const { return m_webhooksPage; }
    /// The Integrations page, made the first time it is asked for.
    IntegrationsPage *integrationsPage();
    /// The Stacks and Environments page, made the first time it is asked for.
    ScopesPage *scopesPage();
    /// The history page, made the first time it is asked for.
    DeliveryHistoryPage *historyPage();
    /// The Receiver page, made the first time it is asked for.
    ReceiverPage *receiverPage();
    /// Shows a webhook's delivery history.
    void showHistory(const Webhook &webhook);
    /// Applies the retention preference now (also runs shortly after start and every 6 hours).
    void pruneHistory();
    [[nodiscard]] QStandardItemModel *navigationModel() const { return m_navigation; }
    /// The organizations in the navigation.
    [[nodiscard]] QStringList organizations() const;
    /// The stacks and environments in the navigation.
    [[nodiscard]] QList<Scope> knownScopes() const;
    /// The navigation node of `kind` for `scope`: WebhooksNode, IntegrationsNode or
    /// SettingsNode of any scope; OrganizationNode, StacksNode, EnvironmentsNode of an
    /// organization; StackNode or EnvironmentNode of a stack or environment. Invalid when the
    /// navigation has none (yet).
    [[nodiscard]] QModelIndex nodeFor(const Scope &scope, NodeKind kind) const;
    /// Selects a node of the navigation (expanding what leads to it) and shows its page.
    void selectNode(const QModelIndex &index);
    /// The scope the current navigation node belongs to (its organization for Stacks,
    /// Environments and project nodes).
    [[nodiscard]] Scope currentScope() const;

public Q_SLOTS:
    void addStack();
    void addEnvironment();
    void importStacks();
    /// Renames the stack or environment the navigation (or the Stacks page) has selected.
    void renameScope();
    /// Removes the selected stack or environment with its webhooks, after saying how many.
    void removeScope();
    /// Reads what the page on show lists again (F5).
    void refresh();

Q_SIGNALS:
    /// The navigation was filled from the backend (organizations, stacks and environments).
    void navigationReloaded();
    /// The first run's question for an organization was declined: nothing to show.
    void firstRunCancelled();
    /// A stack or environment removal ended: `removed` webhooks went, or `error` says why not.
    void scopeRemovalFinished(const wc::Scope &scope, int removed, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    /// The first paint sets the application's icon, while there is none (see start()).
    bool event(QEvent *event) override;
    /// The connection banner as tall as its wrapped text at its width, no taller.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// A page made on first show joins the stack of pages and the Tab order.
    void addPage(QWidget *page);
    /// A page's passing word in the status bar.
    void showStatus(const QString &text);
    /// The application's icon, for this window and every dialog (set once).
    static void setApplicationIcon();
    /// A list of webhooks: Delete and the context menu.
    void setUpWebhookTable(QTableView *table);
    void showNode(const QModelIndex &index);
    /// "Webhooks — acme — Webhook Console".
    void setPageTitle(const QString &page, const QString &where);
    /// Reads an organization's stacks and environments again, adding and removing nodes.
    void reloadScopes(const QString &organization);
    void updateActions();
    void about();
    void preferences();
    void fillNavigation(const QStringList &organizations, const QString &organization);
    void webhookChanged(const WebhookRef &before, const Webhook &after);
    void webhookRemoved(const WebhookRef &ref);
    void navigationMenu(const QPoint &pos);
    void webhookMenu(QWidget *table, const QPoint &pos);

    // The navigation's nodes.
    QStandardItem *organizationItem(const QString &organization) const;
    QStandardItem *insertOrganization(const QString &organization);
    QStandardItem *scopeItem(const Scope &scope) const;
    QStandardItem *insertScope(const Scope &scope);
    void removeScopeItem(const Scope &scope);
    void loadScopes(const QString &organization, quint64 generation);
    void scopeAdded(const Scope &scope);
    void scopeRenamed(const Scope &from, const Scope &to);
    void scopeRemoved(const Scope &scope);
    void refreshScopesPage();
    /// The stack or environment that Rename and Remove act on.
    [[nodiscard]] std::optional<Scope> actionScope() const;
    void addScope(Scope::Kind kind);

    // Webhook actions act on the Webhooks or the Integrations page, whichever shows.
    [[nodiscard]] std::optional<Webhook> currentWebhook() const;
    [[nodiscard]] bool integrationsShown() const;
    /// Shows `webhook` selected in its scope's Webhooks page (for pings and samples).
    void goToWebhook(const Webhook &webhook);
    void createWebhook();
    void editWebhook();
    void deleteWebhook();
    void toggleActive();
    void pingWebhook();
    void sendSample(const QString &event);
    void chooseSampleEvent();
    void showDeliveries();

    // Pulumi Cloud (MainWindowCloud.cpp).
    void setUpCloud();
    void setUpReceiver();
    void setUpSigningActions();
    void updateSigningActions(const std::optional<Webhook> &webhook);
    void showReceiver();
    /// File → Connect to Pulumi Cloud…; prefilled after a refused token.
    void connectCloud(const QString &apiUrl = {}, const QString &organization = {});
    void disconnectCloud();
    void copyWebhooks(bool publish);
    /// Calls `then` with the webhooks of `scope` (and its stacks' with `withStacks`), or says
    /// in the status bar why not.
    void withWebhooks(const Scope &scope, bool withStacks,
                      const std::function<void(const QList<Webhook> &)> &then);
    void exportProgram();
    /// "acme · Pulumi Cloud": the organization's node says where its webhooks live.
    void labelOrganization(QStandardItem *item) const;
    void showCloudBanner(const QString &organization, const QString &html);

    std::unique_ptr<Ui::MainWindow> m_ui;
    WebhookBackend &m_backend;
    QStandardItemModel *m_navigation = nullptr;
    WebhooksPage *m_webhooksPage = nullptr;
    IntegrationsPage *m_integrationsPage = nullptr;
    ScopesPage *m_scopesPage = nullptr;
    DeliveryHistoryPage *m_historyPage = nullptr;
    ReceiverPage *m_receiverPage = nullptr;
    QAction *m_showReceiverAction = nullptr;
    bool m_receivedLoaded = false; ///< earlier sessions' requests read into the Receiver
    QAction *m_rotateSecretAction = nullptr;
    QAction *m_verifySnippetAction = nullptr;
    QMenu *m_sampleMenu = nullptr;
    QStringList m_sampleMenuKey;
    QTimer *m_retentionTimer = nullptr;
    QAction *m_connectCloudAction = nullptr;
    QAction *m_disconnectCloudAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_copyToLocalAction = nullptr;
    QAction *m_exportAction = nullptr;
    bool m_started = false;       ///< shown by start()
    QString m_bannerOrganization; ///< the Pulumi Cloud organization the banner is about
    quint64 m_navigationGeneration = 0;
    int m_scopesLoading = 0;
};

} // namespace wc::gui
