#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppInfo.h"
#include "DeliveryHistoryPage.h"
#include "FocusRing.h"
#include "FormSupport.h"
#include "Formatting.h"
#include "IntegrationsPage.h"
#include "OrganizationDialog.h"
#include "PreferencesDialog.h"
#include "Prompt.h"
#include "SampleEventDialog.h"
#include "ScopeDialog.h"
#include "ScopesPage.h"
#include "Settings.h"
#include "StackImportDialog.h"
#include "Theme.h"
#include "WebhookActions.h"
#include "WebhookBackend.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

Q_LOGGING_CATEGORY(lcWindow, "webhookconsole.gui.window")

namespace wc::gui {

namespace {
QStandardItem *childOfKind(const QStandardItem *parent, int kind)
{
    if (!parent)
        return nullptr;
    for (int row = 0; row < parent->rowCount(); ++row) {
        if (parent->child(row)->data(MainWindow::KindRole).toInt() == kind)
            return parent->child(row);
    }
    return nullptr;
}

QStandardItem *makeItem(const QString &text, MainWindow::NodeKind kind, const Scope &scope,
                        const QString &accessible)
{
    auto *item = new QStandardItem(text);
    item->setData(kind, MainWindow::KindRole);
    item->setData(scope.organization, MainWindow::OrganizationRole);
    item->setData(QVariant::fromValue(scope), MainWindow::ScopeRole);
    item->setData(accessible, Qt::AccessibleTextRole);
    item->setToolTip(accessible);
    return item;
}

/// Settings → Integrations, Webhooks of a scope.
QStandardItem *makeSettings(const Scope &scope)
{
    const QString where = scope.displayPath();
    auto *settings = makeItem(MainWindow::tr("Settings"), MainWindow::SettingsNode, scope,
                              MainWindow::tr("Settings of %1").arg(where));
    settings->appendRow(makeItem(MainWindow::tr("Integrations"), MainWindow::IntegrationsNode,
                                 scope, MainWindow::tr("Integrations of %1").arg(where)));
    settings->appendRow(makeItem(MainWindow::tr("Webhooks"), MainWindow::WebhooksNode, scope,
                                 MainWindow::tr("Webhooks of %1").arg(where)));
    return settings;
}

/// Reads a page's data again (F5), for pages that can.
template <typename Page> void refreshPage(Page *page)
{
    if constexpr (requires { page->refresh(); })
        page->refresh();
}

/// Where a child named `text` goes among `parent`'s children of `kind`, alphabetically.
int sortedRow(const QStandardItem *parent, const QString &text, int kind)
{
    int row = 0;
    for (; row < parent->rowCount(); ++row) {
        const QStandardItem *child = parent->child(row);
        if (child->data(MainWindow::KindRole).toInt() == kind &&
            QString::compare(child->text(), text, Qt::CaseInsensitive) > 0)
            break;
    }
    return row;
}
} // namespace

MainWindow::MainWindow(WebhookBackend &backend, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_backend(backend)
    , m_navigation(new QStandardItemModel(this))
    , m_sampleMenu(new QMenu(tr("Send S&ample Event"), this))
    , m_retentionTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // The pages are made after the navigation, so Tab goes from the navigation into the page
    // on show (its buttons, then its list), not the other way round. Only the first page is
    // made now; the others the first time they are shown (each put after the navigation).
    m_webhooksPage = new WebhooksPage(backend, this);
    m_ui->pages->addWidget(m_webhooksPage);
    m_ui->navigationView->setModel(m_navigation);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({210, 890});
    FocusRing::install(m_ui->navigationView);
    m_ui->menuWebhook->insertMenu(m_ui->actionChooseSampleEvent, m_sampleMenu);
    m_sampleMenu->setToolTipsVisible(true);

    // A long database path is shortened in the middle (whole in its tooltip): it never makes
    // the window wider.
    auto *location = new ElidedLabel(this);
    location->setObjectName(QStringLiteral("databaseLabel"));
    location->setFullText(tr("Database: %1").arg(backend.displayLocation()));
    location->setMaximumWidth(420);
    // Its full width when there is room (the status bar gives an Ignored width nothing).
    location->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    statusBar()->addPermanentWidget(location);
    // A team database whose URL carries its password: offered a better place for it.
    if (backend.locationHoldsPassword()) {
        auto *keep = new QPushButton(tr("&Keep the password in the keychain"), this);
        keep->setObjectName(QStringLiteral("keepPasswordButton"));
        keep->setToolTip(tr("The database URL holds its password, where shell histories and "
                            "process lists can read it. Kept in your keychain, it can be left "
                            "out of the URL from now on."));
        statusBar()->addPermanentWidget(keep);
        connect(keep, &QPushButton::clicked, this, [this, keep] {
            keep->setEnabled(false);
            whenReady(m_backend.keepPasswordInKeychain(), this, [this, keep](const Error &e) {
                if (e) {
                    keep->setEnabled(true);
                    statusBar()->showMessage(e.message, 15000);
                    return;
                }
                keep->hide();
                statusBar()->showMessage(
                    tr("The password is in your keychain: start the console with %1 from now on.")
                        .arg(m_backend.displayLocation()),
                    30000);
            });
        });
    }

    connect(m_ui->navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showNode(current); });
    connect(m_ui->navigationView, &QWidget::customContextMenuRequested, this,
            &MainWindow::navigationMenu);
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_ui->actionAddOrganization, &QAction::triggered, this, &MainWindow::addOrganization);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::preferences);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] {
        Settings::setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    });

    setUpCloud();
    setUpReceiver();

    // Stacks and environments.
    m_ui->menuOrganization->insertAction(m_ui->actionAddStack, m_ui->actionAddOrganization);
    m_ui->menuOrganization->insertSeparator(m_ui->actionAddStack);
    connect(m_ui->actionAddStack, &QAction::triggered, this, &MainWindow::addStack);
    connect(m_ui->actionAddEnvironment, &QAction::triggered, this, &MainWindow::addEnvironment);
    connect(m_ui->actionImportStacks, &QAction::triggered, this, &MainWindow::importStacks);
    connect(m_ui->actionRenameScope, &QAction::triggered, this, &MainWindow::renameScope);
    connect(m_ui->actionRemoveScope, &QAction::triggered, this, &MainWindow::removeScope);
    // F2 and Del mean rename and remove in the navigation and the Stacks page only.
    for (QAction *action : {m_ui->actionRenameScope, m_ui->actionRemoveScope}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->navigationView->addAction(action);
    }
    connect(&m_backend, &WebhookBackend::scopeAdded, this, &MainWindow::scopeAdded);
    connect(&m_backend, &WebhookBackend::scopeRenamed, this, &MainWindow::scopeRenamed);
    connect(&m_backend, &WebhookBackend::scopeRemoved, this, &MainWindow::scopeRemoved);
    connect(&m_backend, &WebhookBackend::organizationAdded, this,
            [this](const QString &organization) {
                if (organizationItem(organization))
                    return;
                insertOrganization(organization);
                loadScopes(organization, 0);
            });

    // Webhooks, on the Webhooks or the Integrations page.
    connect(m_ui->actionShowDeliveries, &QAction::triggered, this, &MainWindow::showDeliveries);
    connect(m_webhooksPage, &WebhooksPage::historyRequested, this, &MainWindow::showHistory);
    // A webhook deleted (or edited) elsewhere: keep the history page truthful.
    connect(&m_backend, &WebhookBackend::webhookChanged, this, &MainWindow::webhookChanged);
    connect(&m_backend, &WebhookBackend::webhookRemoved, this, &MainWindow::webhookRemoved);
    // A shared database's server gone away: said above everything until it is back; what the
    // pages show stays usable, and is read again once it is.
    theme::styleAsBanner(m_ui->connectionBanner);
    m_ui->connectionBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->connectionBanner->installEventFilter(this);
    connect(&m_backend, &WebhookBackend::connectionLost, this, [this](const QString &why) {
        m_ui->connectionBanner->setText(
            shortenLongWords(tr("The database server does not answer: %1 What the window shows "
                                "may be out of date; it connects again by itself.")
                                 .arg(why)));
        m_ui->connectionBanner->setToolTip(why);
        m_ui->connectionBanner->setVisible(true);
    });
    connect(&m_backend, &WebhookBackend::connectionRestored, this, [this] {
        m_ui->connectionBanner->setVisible(false);
        statusBar()->showMessage(tr("Connected to the database again."), 10000);
    });
    connect(&m_backend, &WebhookBackend::refreshNeeded, this, [this] {
        for (const QString &organization : organizations())
            reloadScopes(organization);
        refresh();
    });
    // Retention runs on the history thread: shortly after start, then every 6 hours.
    m_retentionTimer->setInterval(std::chrono::hours(6));
    connect(m_retentionTimer, &QTimer::timeout, this, &MainWindow::pruneHistory);
    m_retentionTimer->start();
    QTimer::singleShot(std::chrono::seconds(5), this, &MainWindow::pruneHistory);
    connect(m_ui->actionCreateWebhook, &QAction::triggered, this, &MainWindow::createWebhook);
    connect(m_ui->actionEditWebhook, &QAction::triggered, this, &MainWindow::editWebhook);
    connect(m_ui->actionDeleteWebhook, &QAction::triggered, this, &MainWindow::deleteWebhook);
    connect(m_ui->actionToggleActive, &QAction::triggered, this, &MainWindow::toggleActive);
    connect(m_ui->actionPingWebhook, &QAction::triggered, this, &MainWindow::pingWebhook);
    connect(m_ui->actionChooseSampleEvent, &QAction::triggered, this,
            &MainWindow::chooseSampleEvent);
    connect(m_webhooksPage, &WebhooksPage::selectionChanged, this, &MainWindow::updateActions);
    // A test delivery on its way: no second one to the same webhook until it is answered.
    connect(m_webhooksPage, &WebhooksPage::sendingChanged, this, &MainWindow::updateActions);
    // An edit may pause a webhook or change its events: the menu's words follow.
    connect(m_webhooksPage->model(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::updateActions);
    connect(m_webhooksPage, &WebhooksPage::statusMessage, this, &MainWindow::showStatus);
    // Delete on the lists only, so the key keeps its meaning in text fields.
    m_ui->actionDeleteWebhook->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    setUpWebhookTable(m_webhooksPage->table());

    restoreGeometry(Settings::value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(Settings::value(QStringLiteral("window/splitter")).toByteArray());
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setValue(QStringLiteral("window/geometry"), saveGeometry());
    Settings::setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    if (const QString org = currentScope().organization; !org.isEmpty())
        Settings::setValue(QStringLiteral("window/organization"), org);
    event->accept();
}

void MainWindow::setUpWebhookTable(QTableView *table)
{
    table->addAction(m_ui->actionDeleteWebhook);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this,
            [this, table](const QPoint &pos) { webhookMenu(table, pos); });
}

ScopesPage *MainWindow::scopesPage()
{
    if (m_scopesPage)
        return m_scopesPage;
    m_scopesPage = new ScopesPage(this);
    addPage(m_scopesPage);
    for (QAction *action : {m_ui->actionRenameScope, m_ui->actionRemoveScope})
        m_scopesPage->list()->addAction(action);
    connect(m_scopesPage, &ScopesPage::addRequested, this,
            [this] { addScope(m_scopesPage->kind()); });
    connect(m_scopesPage, &ScopesPage::importRequested, this, &MainWindow::importStacks);
    connect(m_scopesPage, &ScopesPage::renameRequested, this, &MainWindow::renameScope);
    connect(m_scopesPage, &ScopesPage::removeRequested, this, &MainWindow::removeScope);
    connect(m_scopesPage, &ScopesPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_scopesPage, &ScopesPage::openRequested, this,
            [this](const Scope &scope) { selectNode(nodeFor(scope, IntegrationsNode)); });
    return m_scopesPage;
}

IntegrationsPage *MainWindow::integrationsPage()
{
    if (m_integrationsPage)
        return m_integrationsPage;
    m_integrationsPage = new IntegrationsPage(m_backend, this);
    addPage(m_integrationsPage);
    connect(m_integrationsPage, &IntegrationsPage::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_integrationsPage->model(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::updateActions);
    connect(m_integrationsPage, &IntegrationsPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_integrationsPage, &IntegrationsPage::openRequested, this,
            [this](const WebhookRef &ref) {
                selectNode(nodeFor(ref.scope, WebhooksNode));
                m_webhooksPage->selectWebhook(ref);
                m_webhooksPage->table()->setFocus();
            });
    setUpWebhookTable(m_integrationsPage->table());
    return m_integrationsPage;
}

void MainWindow::addPage(QWidget *page)
{
    m_ui->pages->addWidget(page);
    // Tab goes from the navigation into the page.
    setTabOrder(m_ui->navigationView, page);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

DeliveryHistoryPage *MainWindow::historyPage()
{
    if (m_historyPage)
        return m_historyPage;
    m_historyPage = new DeliveryHistoryPage(m_backend, this);
    addPage(m_historyPage);
    connect(m_historyPage, &DeliveryHistoryPage::backRequested, this, [this] {
        // Back to where the history was opened from: the current node's page.
        showNode(m_ui->navigationView->currentIndex());
        if (m_ui->pages->currentWidget() == m_integrationsPage)
            m_integrationsPage->table()->setFocus();
        else
            m_webhooksPage->table()->setFocus();
    });
    connect(m_historyPage, &DeliveryHistoryPage::statusMessage, this, &MainWindow::showStatus);
    return m_historyPage;
}

void MainWindow::webhookChanged(const WebhookRef &before, const Webhook &after)
{
    if (!m_historyPage)
        return; // no history was ever shown
    const auto shown = m_historyPage->webhook();
    if (!shown || shown->ref() != before)
        return;
    if (after.displayName != shown->displayName || after.payloadUrl != shown->payloadUrl ||
        after.active != shown->active || after.name != shown->name) {
        m_historyPage->setWebhook(after);
        if (m_ui->pages->currentWidget() == m_historyPage)
            setPageTitle(tr("Deliveries"), after.displayName);
    }
}

void MainWindow::webhookRemoved(const WebhookRef &ref)
{
    if (!m_historyPage)
        return;
    const auto shown = m_historyPage->webhook();
    if (shown && shown->ref() == ref && m_ui->pages->currentWidget() == m_historyPage)
        showNode(m_ui->navigationView->currentIndex());
}

// --- The navigation ---------------------------------------------------------------------------

QStringList MainWindow::organizations() const
{
    QStringList out;
    for (int row = 0; row < m_navigation->rowCount(); ++row)
        out << m_navigation->item(row)->data(OrganizationRole).toString();
    return out;
}

QList<Scope> MainWindow::knownScopes() const
{
    QList<Scope> out;
    for (int row = 0; row < m_navigation->rowCount(); ++row) {
        const QStandardItem *org = m_navigation->item(row);
        for (int kind : {StacksNode, EnvironmentsNode}) {
            const QStandardItem *group = childOfKind(org, kind);
            for (int p = 0; group && p < group->rowCount(); ++p) {
                const QStandardItem *project = group->child(p);
                for (int s = 0; s < project->rowCount(); ++s)
                    out << project->child(s)->data(ScopeRole).value<Scope>();
            }
        }
    }
    return out;
}

QStandardItem *MainWindow::organizationItem(const QString &organization) const
{
    for (int row = 0; row < m_navigation->rowCount(); ++row) {
        if (m_navigation->item(row)->data(OrganizationRole).toString() == organization)
            return m_navigation->item(row);
    }
    return nullptr;
}

QStandardItem *MainWindow::insertOrganization(const QString &organization)
{
    if (QStandardItem *existing = organizationItem(organization))
        return existing;
    const Scope scope = Scope::organizationScope(organization);
    auto *org =
        makeItem(organization, OrganizationNode, scope, tr("Organization %1").arg(organization));
    org->appendRow(makeSettings(scope));
    org->appendRow(makeItem(tr("Stacks"), StacksNode, scope, tr("Stacks of %1").arg(organization)));
    org->appendRow(makeItem(tr("Environments"), EnvironmentsNode, scope,
                            tr("Environments of %1").arg(organization)));
    labelOrganization(org);
    m_navigation->insertRow(
        sortedRow(m_navigation->invisibleRootItem(), organization, OrganizationNode), org);
    QTreeView *view = m_ui->navigationView;
    view->expand(org->index());
    view->expand(childOfKind(org, SettingsNode)->index());
    return org;
}

QStandardItem *MainWindow::scopeItem(const Scope &scope) const
{
    const QStandardItem *group = childOfKind(organizationItem(scope.organization),
                                             scope.isEnvironment() ? EnvironmentsNode : StacksNode);
    if (!group || scope.isOrganization())
        return nullptr;
    for (int p = 0; p < group->rowCount(); ++p) {
        const QStandardItem *project = group->child(p);
        if (project->data(ProjectRole).toString() != scope.project)
            continue;
        for (int s = 0; s < project->rowCount(); ++s) {
            if (project->child(s)->data(ScopeRole).value<Scope>() == scope)
                return project->child(s);
        }
    }
    return nullptr;
}

QStandardItem *MainWindow::insertScope(const Scope &scope)
{
    if (scope.isOrganization() || !scope.isValid())
        return nullptr;
    if (QStandardItem *existing = scopeItem(scope))
        return existing;
    QStandardItem *org = insertOrganization(scope.organization);
    const bool environment = scope.isEnvironment();
    QStandardItem *group = childOfKind(org, environment ? EnvironmentsNode : StacksNode);
    QStandardItem *project = nullptr;
    for (int p = 0; p < group->rowCount() && !project; ++p) {
        if (group->child(p)->data(ProjectRole).toString() == scope.project)
            project = group->child(p);
    }
    const Scope orgScope = Scope::organizationScope(scope.organization);
    if (!project) {
        project = makeItem(scope.project, ProjectNode, orgScope,
                           environment ? tr("Project %1, its environments").arg(scope.project)
                                       : tr("Project %1, its stacks").arg(scope.project));
        project->setData(scope.project, ProjectRole);
        group->insertRow(sortedRow(group, scope.project, ProjectNode), project);
    }
    const QString name = environment ? scope.environment : scope.stack;
    const NodeKind kind = environment ? EnvironmentNode : StackNode;
    auto *item = makeItem(name, kind, scope,
                          environment ? tr("Environment %1").arg(scope.displayPath())
                                      : tr("Stack %1").arg(scope.displayPath()));
    item->appendRow(makeSettings(scope));
    project->insertRow(sortedRow(project, name, kind), item);
    QTreeView *view = m_ui->navigationView;
    view->expand(group->index());
    view->expand(project->index());
    return item;
}

void MainWindow::removeScopeItem(const Scope &scope)
{
    QStandardItem *item = scopeItem(scope);
    if (!item)
        return;
    QStandardItem *project = item->parent();
    project->removeRow(item->row());
    if (project->rowCount() == 0)
        project->parent()->removeRow(project->row());
}

void MainWindow::reloadNavigation(const QString &organization)
{
    whenReady(m_backend.organizations(), this,
              [this, organization](const Result<QStringList> &organizations) {
                  if (organizations.error) {
                      statusBar()->showMessage(organizations.error.message);
                      return;
                  }
                  fillNavigation(organizations.value, organization);
              });
}

void MainWindow::fillNavigation(const QStringList &organizations, const QString &organization)
{
    const quint64 generation = ++m_navigationGeneration;
    m_navigation->clear();
    QString wanted = organization;
    if (wanted.isEmpty() || !organizations.contains(wanted))
        wanted = Settings::value(QStringLiteral("window/organization")).toString();
    if (!organizations.contains(wanted))
        wanted = organizations.value(0);
    for (const QString &org : organizations)
        insertOrganization(org);
    const QModelIndex select = nodeFor(Scope::organizationScope(wanted), WebhooksNode);
    if (select.isValid())
        selectNode(select);
    // Then each organization's stacks and environments, as they arrive.
    m_scopesLoading = int(organizations.size());
    if (organizations.isEmpty())
        Q_EMIT navigationReloaded();
    for (const QString &org : organizations)
        loadScopes(org, generation);
}

void MainWindow::loadScopes(const QString &organization, quint64 generation)
{
    whenReady(m_backend.scopes(organization), this,
              [this, organization, generation](const Result<QList<Scope>> &scopes) {
                  if (generation != 0 && generation != m_navigationGeneration)
                      return; // the navigation was filled again meanwhile
                  if (scopes.error)
                      statusBar()->showMessage(scopes.error.message);
                  for (const Scope &scope : scopes.value)
                      insertScope(scope);
                  refreshScopesPage();
                  updateActions();
                  if (generation != 0 && --m_scopesLoading == 0)
                      Q_EMIT navigationReloaded();
              });
}

QModelIndex MainWindow::nodeFor(const Scope &scope, NodeKind kind) const
{
    QStandardItem *base =
        scope.isOrganization() ? organizationItem(scope.organization) : scopeItem(scope);
    if (!base)
        return {};
    switch (kind) {
    case OrganizationNode:
    case StackNode:
    case EnvironmentNode:
        return base->index();
    case StacksNode:
    case EnvironmentsNode:
    case SettingsNode:
        if (QStandardItem *child = childOfKind(base, kind))
            return child->index();
        return {};
    case WebhooksNode:
    case IntegrationsNode:
        if (QStandardItem *child = childOfKind(childOfKind(base, SettingsNode), kind))
            return child->index();
        return {};
    case ProjectNode:
        break;
    }
    return {};
}

void MainWindow::selectNode(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_ui->navigationView->expand(parent);
    if (m_ui->navigationView->currentIndex() == index)
        showNode(index);
    else
        m_ui->navigationView->setCurrentIndex(index);
    m_ui->navigationView->scrollTo(index);
}

Scope MainWindow::currentScope() const
{
    const QModelIndex current = m_ui->navigationView->currentIndex();
    if (!current.isValid())
        return m_webhooksPage->scope();
    return current.data(ScopeRole).value<Scope>();
}

void MainWindow::showNode(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int kind = index.data(KindRole).toInt();
    const Scope scope = index.data(ScopeRole).value<Scope>();
    const QString where = scope.displayPath();
    switch (kind) {
    case WebhooksNode:
        if (m_webhooksPage->scope() != scope)
            m_webhooksPage->setScope(scope);
        m_ui->pages->setCurrentWidget(m_webhooksPage);
        setPageTitle(tr("Webhooks"), where);
        break;
    case StacksNode:
    case EnvironmentsNode:
    case ProjectNode: {
        const bool environments =
            kind == EnvironmentsNode ||
            (kind == ProjectNode && index.parent().data(KindRole).toInt() == EnvironmentsNode);
        scopesPage()->setContext(scope.organization,
                                 environments ? Scope::Kind::Environment : Scope::Kind::Stack,
                                 index.data(ProjectRole).toString(), knownScopes());
        m_ui->pages->setCurrentWidget(m_scopesPage);
        setPageTitle(environments ? tr("Environments") : tr("Stacks"),
                     kind == ProjectNode
                         ? tr("%1/%2").arg(where, index.data(ProjectRole).toString())
                         : where);
        break;
    }
    default: // the organization, a stack, an environment, their Settings and Integrations
        if (integrationsPage()->scope() != scope)
            m_integrationsPage->setScope(scope);
        m_ui->pages->setCurrentWidget(m_integrationsPage);
        setPageTitle(tr("Integrations"), where);
        break;
    }
    updateActions();
}

void MainWindow::setPageTitle(const QString &page, const QString &where)
{
    // "Webhooks — acme — Webhook Console": the page first, as a window list shows it.
    setWindowTitle(tr("%1 — %2 — %3").arg(page, where, QString::fromLatin1(AppInfo::DisplayName)));
}

bool MainWindow::event(QEvent *event)
{
    // The icon is drawn from SVG (Qt's SVG and image plug-ins, a rendering per size): once the
    // window has been painted, where nobody waits for it. Queued right after show(), it ran
    // before the window server had exposed the window, and delayed the first paint.
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && QApplication::windowIcon().isNull())
        QTimer::singleShot(0, this, &MainWindow::setApplicationIcon);
    return handled;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A word-wrapped label asks for the height of its text wrapped at a guessed width; the
    // window's layout does not ask for its height at the width it really has.
    if (watched == m_ui->connectionBanner && event->type() == QEvent::Resize) {
        QLabel *banner = m_ui->connectionBanner;
        const int fitting = banner->heightForWidth(banner->width());
        if (fitting > 0 && banner->maximumHeight() != fitting)
            banner->setMaximumHeight(fitting);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::refresh()
{
    QWidget *page = m_ui->pages->currentWidget();
    if (page == m_webhooksPage)
        m_webhooksPage->refresh();
    else if (m_integrationsPage && page == m_integrationsPage)
        m_integrationsPage->refresh();
    else if (page == m_scopesPage)
        reloadScopes(m_scopesPage->organization());
    else if (m_historyPage && page == m_historyPage)
        refreshPage(m_historyPage);
}

void MainWindow::reloadScopes(const QString &organization)
{
    if (organization.isEmpty())
        return;
    whenReady(m_backend.scopes(organization), this,
              [this, organization](const Result<QList<Scope>> &scopes) {
                  if (scopes.error) {
                      statusBar()->showMessage(scopes.error.message, 10000);
                      return;
                  }
                  // Added elsewhere: in; gone elsewhere: out.
                  for (const Scope &scope : scopes.value)
                      insertScope(scope);
                  for (const Scope &known : knownScopes()) {
                      if (known.organization == organization && !scopes.value.contains(known))
                          scopeRemoved(known);
                  }
                  refreshScopesPage();
                  updateActions();
              });
}

void MainWindow::refreshScopesPage()
{
    if (m_ui->pages->currentWidget() == m_scopesPage)
        m_scopesPage->refresh(knownScopes());
}

void MainWindow::scopeAdded(const Scope &scope)
{
    insertScope(scope);
    refreshScopesPage();
    updateActions();
}

void MainWindow::scopeRenamed(const Scope &from, const Scope &to)
{
    const QModelIndex current = m_ui->navigationView->currentIndex();
    const bool inside = current.isValid() && current.data(ScopeRole).value<Scope>() == from;
    const auto kind = NodeKind(current.data(KindRole).toInt());
    const QStandardItem *old = scopeItem(from);
    const bool expanded = old && m_ui->navigationView->isExpanded(old->index());
    QStandardItem *renamed = insertScope(to);
    if (renamed && expanded)
        m_ui->navigationView->expand(renamed->index());
    // The same node of the renamed scope stays selected.
    if (inside)
        selectNode(nodeFor(to, kind));
    removeScopeItem(from);
    // A history on show follows its webhook to its new reference.
    if (const auto shown = m_historyPage ? m_historyPage->webhook() : std::nullopt;
        shown && shown->scope == from) {
        whenReady(m_backend.webhook(WebhookRef{to, shown->name}), this,
                  [this](const Result<Webhook> &webhook) {
                      if (!webhook.error)
                          m_historyPage->setWebhook(webhook.value);
                  });
    }
    refreshScopesPage();
    updateActions();
}

void MainWindow::scopeRemoved(const Scope &scope)
{
    const QModelIndex current = m_ui->navigationView->currentIndex();
    if (current.isValid() && current.data(ScopeRole).value<Scope>() == scope)
        selectNode(nodeFor(Scope::organizationScope(scope.organization),
                           scope.isEnvironment() ? EnvironmentsNode : StacksNode));
    removeScopeItem(scope);
    refreshScopesPage();
    updateActions();
}

std::optional<Scope> MainWindow::actionScope() const
{
    if (m_ui->pages->currentWidget() == m_scopesPage)
        return m_scopesPage->selectedScope();
    const Scope scope = currentScope();
    if (scope.isOrganization() || !scope.isValid())
        return std::nullopt;
    return scope;
}

void MainWindow::navigationMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->navigationView->indexAt(pos);
    if (index.isValid())
        selectNode(index);
    QMenu menu(this);
    const int kind = index.data(KindRole).toInt();
    if (kind == EnvironmentsNode) {
        menu.addAction(m_ui->actionAddEnvironment);
    } else if (kind == StacksNode) {
        menu.addAction(m_ui->actionAddStack);
        menu.addAction(m_ui->actionImportStacks);
    } else {
        menu.addAction(m_ui->actionAddStack);
        menu.addAction(m_ui->actionAddEnvironment);
        menu.addAction(m_ui->actionImportStacks);
    }
    if (actionScope()) {
        menu.addSeparator();
        menu.addAction(m_ui->actionRenameScope);
        menu.addAction(m_ui->actionRemoveScope);
    }
    menu.addSeparator();
    menu.addAction(m_ui->actionAddOrganization);
    menu.addAction(m_connectCloudAction);
    if (m_disconnectCloudAction->isEnabled())
        menu.addAction(m_disconnectCloudAction);
    menu.exec(m_ui->navigationView->viewport()->mapToGlobal(pos));
}

void MainWindow::addStack()
{
    addScope(Scope::Kind::Stack);
}

void MainWindow::addEnvironment()
{
    addScope(Scope::Kind::Environment);
}

void MainWindow::addScope(Scope::Kind kind)
{
    if (organizations().isEmpty())
        return;
    ScopeDialog dialog(m_backend, kind, organizations(), knownScopes(), this);
    const Scope here = currentScope();
    dialog.setOrganization(here.organization);
    const QModelIndex current = m_ui->navigationView->currentIndex();
    if (current.data(KindRole).toInt() == ProjectNode)
        dialog.setProject(current.data(ProjectRole).toString());
    else if (!here.isOrganization() && here.kind() == kind)
        dialog.setProject(here.project);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Scope added = dialog.scope();
    insertScope(added); // known already (scopeAdded), unless it was there before
    selectNode(nodeFor(added, IntegrationsNode));
    statusBar()->showMessage(kind == Scope::Kind::Environment
                                 ? tr("Added the environment %1.").arg(added.displayPath())
                                 : tr("Added the stack %1.").arg(added.displayPath()),
                             10000);
}

void MainWindow::importStacks()
{
    if (organizations().isEmpty())
        return;
    StackImportDialog dialog(m_backend, organizations(), knownScopes(), currentScope().organization,
                             this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList orgs;
    for (const Scope &s : dialog.added()) {
        if (!orgs.contains(s.organization))
            orgs << s.organization;
    }
    statusBar()->showMessage(
        tr("Imported %n stack(s) into %1.", nullptr, int(dialog.added().size()))
            .arg(orgs.join(QStringLiteral(", "))),
        10000);
}

void MainWindow::renameScope()
{
    const auto scope = actionScope();
    if (!scope)
        return;
    ScopeDialog dialog(m_backend, *scope, knownScopes(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(
        tr("Renamed %1 to %2.").arg(scope->displayPath(), dialog.scope().displayPath()), 10000);
}

void MainWindow::removeScope()
{
    const auto scope = actionScope();
    if (!scope)
        return;
    const Scope target = *scope;
    const bool environment = target.isEnvironment();
    // How many webhooks go with it, said before asking.
    whenReady(
        m_backend.webhooks(target), this,
        [this, target, environment](const Result<QList<WebhookSummary>> &hooks) {
            if (hooks.error) {
                Prompt::warning(this, tr("Remove"), hooks.error.message);
                Q_EMIT scopeRemovalFinished(target, 0, hooks.error.message);
                return;
            }
            const int count = int(hooks.value.size());
            // Whole sentences, each its own message: every language words them its own way.
            QString question;
            if (count == 0)
                question = environment ? tr("Remove the environment “%1” from %2? It has no "
                                            "webhooks.")
                                       : tr("Remove the stack “%1” from %2? It has no webhooks.");
            else
                question = environment
                               ? tr("Remove the environment “%1” from %2? Its %n webhook(s) go "
                                    "with it, with their secrets in your keychain and their "
                                    "delivery histories.",
                                    nullptr, count)
                               : tr("Remove the stack “%1” from %2? Its %n webhook(s) go with "
                                    "it, with their secrets in your keychain and their delivery "
                                    "histories.",
                                    nullptr, count);
            question = question.arg(target.name(), target.organization);
            if (!Prompt::confirm(this, environment ? tr("Remove environment") : tr("Remove stack"),
                                 question,
                                 environment ? tr("&Remove environment") : tr("&Remove stack")))
                return;
            statusBar()->showMessage(tr("Removing %1…").arg(target.displayPath()));
            whenReady(
                m_backend.removeScope(target), this, [this, target](const Result<int> &removed) {
                    if (removed.error) {
                        Prompt::warning(this, tr("Remove"), removed.error.message);
                        statusBar()->showMessage(removed.error.message, 10000);
                        Q_EMIT scopeRemovalFinished(target, removed.value, removed.error.message);
                        return;
                    }
                    statusBar()->showMessage(
                        removed.value == 0
                            ? tr("Removed %1.").arg(target.displayPath())
                            : tr("Removed %1 and its %n webhook(s).", nullptr, removed.value)
                                  .arg(target.displayPath()),
                        10000);
                    Q_EMIT scopeRemovalFinished(target, removed.value, {});
                });
        });
}

// --- Organizations ----------------------------------------------------------------------------

void MainWindow::start()
{
    whenReady(m_backend.organizations(), this, [this](const Result<QStringList> &organizations) {
        const bool firstRun = organizations.value.isEmpty() && !organizations.error;
        if (firstRun)
            setApplicationIcon(); // on the first-run question
        if (firstRun && !addOrganization()) {
            Q_EMIT firstRunCancelled();
            return;
        }
        if (organizations.error)
            statusBar()->showMessage(organizations.error.message);
        reloadNavigation();
        m_started = true;
        // The application's icon follows the first paint (event()).
        show();
    });
}

void MainWindow::setApplicationIcon()
{
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/webhook-console.svg")));
}

void MainWindow::bringToFront()
{
    if (QWidget *modal = QApplication::activeModalWidget()) {
        // The first-run question, or another dialog: it has the user's attention.
        modal->raise();
        modal->activateWindow();
        return;
    }
    if (!m_started)
        return; // still opening: the window shows when it is ready
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

bool MainWindow::addOrganization()
{
    OrganizationDialog dialog(organizations(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString organization = dialog.organization();
    whenReady(m_backend.addOrganization(organization), this,
              [this, organization](const Error &error) {
                  if (error) {
                      Prompt::warning(this, tr("Add organization"), error.message);
                      return;
                  }
                  if (!organizationItem(organization)) {
                      insertOrganization(organization);
                      loadScopes(organization, 0);
                  }
                  selectNode(nodeFor(Scope::organizationScope(organization), WebhooksNode));
              });
    return true;
}

// --- Webhooks ---------------------------------------------------------------------------------

bool MainWindow::integrationsShown() const
{
    return m_integrationsPage && m_ui->pages->currentWidget() == m_integrationsPage;
}

std::optional<Webhook> MainWindow::currentWebhook() const
{
    if (integrationsShown())
        return m_integrationsPage->selectedWebhook();
    if (m_ui->pages->currentWidget() == m_scopesPage)
        return std::nullopt;
    return m_webhooksPage->selectedWebhook();
}

void MainWindow::goToWebhook(const Webhook &webhook)
{
    if (m_ui->pages->currentWidget() != m_webhooksPage || m_webhooksPage->scope() != webhook.scope)
        selectNode(nodeFor(webhook.scope, WebhooksNode));
    m_webhooksPage->selectWebhook(webhook.ref());
}

void MainWindow::createWebhook()
{
    if (integrationsShown())
        m_integrationsPage->createIntegration(QString::fromLatin1(Format::Raw));
    else if (m_ui->pages->currentWidget() != m_scopesPage)
        m_webhooksPage->createWebhook();
}

void MainWindow::editWebhook()
{
    if (integrationsShown())
        m_integrationsPage->editIntegration();
    else
        m_webhooksPage->editWebhook();
}

void MainWindow::deleteWebhook()
{
    if (integrationsShown())
        m_integrationsPage->deleteIntegration();
    else
        m_webhooksPage->deleteWebhook();
}

void MainWindow::toggleActive()
{
    if (integrationsShown())
        m_integrationsPage->toggleActive();
    else
        m_webhooksPage->toggleActive();
}

void MainWindow::pingWebhook()
{
    const auto webhook = currentWebhook();
    if (!webhook || m_webhooksPage->isSending(webhook->ref()))
        return;
    goToWebhook(*webhook); // the outcome shows under the Webhooks list
    m_webhooksPage->ping(*webhook);
}

void MainWindow::sendSample(const QString &event)
{
    const auto webhook = currentWebhook();
    if (!webhook || m_webhooksPage->isSending(webhook->ref()))
        return;
    goToWebhook(*webhook);
    m_webhooksPage->sendSample(*webhook, event);
}

void MainWindow::chooseSampleEvent()
{
    const auto webhook = currentWebhook();
    if (!webhook || m_webhooksPage->isSending(webhook->ref()))
        return;
    SampleEventDialog dialog(*webhook, this);
    if (dialog.exec() != QDialog::Accepted || dialog.event().isEmpty())
        return;
    sendSample(dialog.event());
}

void MainWindow::showDeliveries()
{
    if (const auto webhook = currentWebhook())
        showHistory(*webhook);
}

void MainWindow::webhookMenu(QWidget *table, const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_ui->actionEditWebhook);
    menu.addAction(m_ui->actionToggleActive);
    menu.addAction(m_ui->actionDeleteWebhook);
    menu.addSeparator();
    menu.addAction(m_ui->actionShowDeliveries);
    menu.addAction(m_ui->actionPingWebhook);
    menu.addMenu(m_sampleMenu);
    menu.addAction(m_ui->actionChooseSampleEvent);
    menu.addSeparator();
    menu.addAction(m_rotateSecretAction);
    menu.addAction(m_verifySnippetAction);
    menu.addSeparator();
    menu.addAction(m_publishAction);
    menu.addAction(m_copyToLocalAction);
    menu.exec(static_cast<QTableView *>(table)->viewport()->mapToGlobal(pos));
}

void MainWindow::showHistory(const Webhook &webhook)
{
    historyPage()->setWebhook(webhook);
    m_ui->pages->setCurrentWidget(m_historyPage);
    setPageTitle(tr("Deliveries"), webhook.displayName);
    m_historyPage->table()->setFocus();
}

void MainWindow::pruneHistory()
{
    const RetentionPolicy policy{Settings::retentionDays(), Settings::retentionCount()};
    whenReady(m_backend.applyRetention(policy), this, [this](const Result<qint64> &removed) {
        if (removed.error)
            qCWarning(lcWindow) << "retention failed:" << removed.error.message;
        else if (removed.value > 0)
            statusBar()->showMessage(tr("Removed %Ln delivery(s) past the retention period.",
                                        nullptr, formatting::pluralCount(removed.value)),
                                     10000);
    });
}

void MainWindow::preferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_backend.setDeliveryTimeout(std::chrono::seconds(Settings::timeoutSeconds()));
    pruneHistory();
}

void MainWindow::updateActions()
{
    QWidget *page = m_ui->pages->currentWidget();
    const auto webhook = currentWebhook();
    const bool selected = webhook.has_value();
    m_ui->actionShowDeliveries->setEnabled(selected);
    const Scope pageScope =
        integrationsShown() ? m_integrationsPage->scope() : m_webhooksPage->scope();
    m_ui->actionCreateWebhook->setEnabled(page != m_scopesPage &&
                                          !pageScope.organization.isEmpty());
    m_ui->actionEditWebhook->setEnabled(selected);
    m_ui->actionDeleteWebhook->setEnabled(selected);
    const bool sending = selected && m_webhooksPage->isSending(webhook->ref());
    m_ui->actionPingWebhook->setEnabled(selected && !sending);
    // Pulumi Cloud sends events when they happen: its webhooks have pings only.
    const bool samples = m_backend.cloudApiUrl(currentScope().organization).isEmpty();
    m_ui->actionChooseSampleEvent->setEnabled(selected && !sending && samples);
    m_ui->actionToggleActive->setEnabled(selected);
    m_ui->actionToggleActive->setText(selected && !webhook->active ? tr("Res&ume Webhook")
                                                                   : tr("Pa&use Webhook"));
    // The sample menu lists what the current webhook's scope can be sent; rebuilt only when
    // that changes (not for every delivery recorded meanwhile).
    const QStringList key = webhook
                                ? QStringList{webhook->ref().toString(), webhook->groups.join(u','),
                                              webhook->filters.join(u',')}
                                : QStringList{};
    if (key != m_sampleMenuKey || m_sampleMenu->actions().isEmpty()) {
        m_sampleMenuKey = key;
        actions::fillSampleMenu(m_sampleMenu, webhook,
                                [this](const QString &event) { sendSample(event); });
    }
    m_sampleMenu->setEnabled(selected && !sending && samples);
    updateSigningActions(webhook);

    const bool haveOrganizations = m_navigation->rowCount() > 0;
    m_ui->actionAddStack->setEnabled(haveOrganizations);
    m_ui->actionAddEnvironment->setEnabled(haveOrganizations);
    m_ui->actionImportStacks->setEnabled(haveOrganizations);
    const QString organization = currentScope().organization;
    const bool cloudOrganization = !m_backend.cloudApiUrl(organization).isEmpty();
    m_disconnectCloudAction->setEnabled(cloudOrganization);
    m_disconnectCloudAction->setText(cloudOrganization
                                         ? tr("Dis&connect %1…").arg(escapeMnemonics(organization))
                                         : tr("Dis&connect…"));
    m_publishAction->setEnabled(haveOrganizations && !cloudOrganization &&
                                !m_backend.cloudConnections().isEmpty());
    m_copyToLocalAction->setEnabled(cloudOrganization);
    m_exportAction->setEnabled(haveOrganizations);
    const auto scope = actionScope();
    m_ui->actionRenameScope->setEnabled(scope.has_value());
    m_ui->actionRemoveScope->setEnabled(scope.has_value());
    const bool environment = scope && scope->isEnvironment();
    m_ui->actionRenameScope->setText(
        !scope ? tr("&Rename…")
               : (environment ? tr("&Rename Environment %1…") : tr("&Rename Stack %1…"))
                     .arg(scope->name()));
    m_ui->actionRemoveScope->setText(
        !scope ? tr("Re&move…")
               : (environment ? tr("Re&move Environment %1…") : tr("Re&move Stack %1…"))
                     .arg(scope->name()));
}

void MainWindow::about()
{
    AboutDialog dialog(m_backend.displayLocation(), this);
    dialog.exec();
}

} // namespace wc::gui
