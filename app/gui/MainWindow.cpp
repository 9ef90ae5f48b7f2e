#include "MainWindow.h"

#include "AppInfo.h"
#include "DeliveryHistoryPage.h"
#include "OrganizationDialog.h"
#include "PreferencesDialog.h"
#include "Prompt.h"
#include "Settings.h"
#include "WebhookBackend.h"
#include "WebhooksPage.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QLoggingCategory>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWindow, "webhookconsole.gui.window")

namespace wc::gui {

MainWindow::MainWindow(WebhookBackend &backend, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_backend(backend)
    , m_navigation(new QStandardItemModel(this))
    , m_webhooksPage(new WebhooksPage(backend, this))
    , m_historyPage(new DeliveryHistoryPage(backend, this))
    , m_retentionTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/webhook-console.svg")));
    m_ui->pages->addWidget(m_webhooksPage);
    m_ui->pages->addWidget(m_historyPage);
    m_ui->navigationView->setModel(m_navigation);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({230, 870});

    auto *location = new QLabel(tr("Database: %1").arg(backend.displayLocation()), this);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(location);

    connect(m_ui->navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showNode(current); });
    connect(m_ui->actionAddOrganization, &QAction::triggered, this, &MainWindow::addOrganization);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::preferences);
    connect(m_ui->actionShowDeliveries, &QAction::triggered, m_webhooksPage,
            &WebhooksPage::showHistory);
    connect(m_webhooksPage, &WebhooksPage::historyRequested, this, &MainWindow::showHistory);
    connect(m_historyPage, &DeliveryHistoryPage::backRequested, this, [this] {
        m_ui->pages->setCurrentWidget(m_webhooksPage);
        m_webhooksPage->table()->setFocus();
    });
    connect(m_historyPage, &DeliveryHistoryPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // A webhook deleted (or edited) elsewhere: keep the history page truthful.
    connect(&m_backend, &WebhookBackend::webhookChanged, this, &MainWindow::webhookChanged);
    connect(&m_backend, &WebhookBackend::webhookRemoved, this, &MainWindow::webhookRemoved);
    connect(&m_backend, &WebhookBackend::organizationAdded, this,
            [this](const QString &organization) {
                if (!organizations().contains(organization))
                    reloadNavigation(m_webhooksPage->scope().organization);
            });
    // Retention runs on the history thread: shortly after start, then every 6 hours.
    m_retentionTimer->setInterval(std::chrono::hours(6));
    connect(m_retentionTimer, &QTimer::timeout, this, &MainWindow::pruneHistory);
    m_retentionTimer->start();
    QTimer::singleShot(std::chrono::seconds(5), this, &MainWindow::pruneHistory);
    connect(m_ui->actionCreateWebhook, &QAction::triggered, m_webhooksPage,
            &WebhooksPage::createWebhook);
    connect(m_ui->actionEditWebhook, &QAction::triggered, m_webhooksPage,
            &WebhooksPage::editWebhook);
    connect(m_ui->actionDeleteWebhook, &QAction::triggered, m_webhooksPage,
            &WebhooksPage::deleteWebhook);
    connect(m_ui->actionPingWebhook, &QAction::triggered, m_webhooksPage,
            &WebhooksPage::pingWebhook);
    connect(m_webhooksPage, &WebhooksPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_webhooksPage, &WebhooksPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // Delete on the table only, so the key keeps its meaning in text fields.
    m_ui->actionDeleteWebhook->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_webhooksPage->table()->addAction(m_ui->actionDeleteWebhook);

    restoreGeometry(Settings::value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(Settings::value(QStringLiteral("window/splitter")).toByteArray());
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setValue(QStringLiteral("window/geometry"), saveGeometry());
    Settings::setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    if (!m_webhooksPage->scope().organization.isEmpty())
        Settings::setValue(QStringLiteral("window/organization"),
                           m_webhooksPage->scope().organization);
    event->accept();
}

void MainWindow::webhookChanged(const WebhookRef &before, const Webhook &after)
{
    const auto shown = m_historyPage->webhook();
    if (!shown || shown->ref() != before)
        return;
    if (after.displayName != shown->displayName || after.payloadUrl != shown->payloadUrl ||
        after.active != shown->active || after.name != shown->name)
        m_historyPage->setWebhook(after);
}

void MainWindow::webhookRemoved(const WebhookRef &ref)
{
    const auto shown = m_historyPage->webhook();
    if (shown && shown->ref() == ref && m_ui->pages->currentWidget() == m_historyPage)
        m_ui->pages->setCurrentWidget(m_webhooksPage);
}

QStringList MainWindow::organizations() const
{
    QStringList out;
    for (int row = 0; row < m_navigation->rowCount(); ++row)
        out << m_navigation->item(row)->data(OrganizationRole).toString();
    return out;
}

void MainWindow::start()
{
    whenReady(m_backend.organizations(), this, [this](const Result<QStringList> &organizations) {
        if (organizations.value.isEmpty() && !organizations.error && !addOrganization()) {
            Q_EMIT firstRunCancelled();
            return;
        }
        if (organizations.error)
            statusBar()->showMessage(organizations.error.message);
        reloadNavigation();
        show();
    });
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
    m_navigation->clear();
    QString wanted = organization;
    if (wanted.isEmpty())
        wanted = Settings::value(QStringLiteral("window/organization")).toString();
    QModelIndex select;
    for (const QString &org : organizations) {
        auto *orgItem = new QStandardItem(org);
        orgItem->setData(OrganizationNode, KindRole);
        orgItem->setData(org, OrganizationRole);
        orgItem->setToolTip(tr("Organization %1").arg(org));
        auto *settingsItem = new QStandardItem(tr("Settings"));
        settingsItem->setData(SettingsNode, KindRole);
        settingsItem->setData(org, OrganizationRole);
        auto *webhooksItem = new QStandardItem(tr("Webhooks"));
        webhooksItem->setData(WebhooksNode, KindRole);
        webhooksItem->setData(org, OrganizationRole);
        settingsItem->appendRow(webhooksItem);
        orgItem->appendRow(settingsItem);
        m_navigation->appendRow(orgItem);
        if (org == wanted || !select.isValid())
            select = webhooksItem->index();
    }
    m_ui->navigationView->expandAll();
    if (select.isValid())
        m_ui->navigationView->setCurrentIndex(select);
    Q_EMIT navigationReloaded();
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
                  reloadNavigation(organization);
              });
    return true;
}

void MainWindow::showNode(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int kind = index.data(KindRole).toInt();
    const QString org = index.data(OrganizationRole).toString();
    if (kind != WebhooksNode) {
        // Organization and Settings have a single page so far: go to it.
        const QModelIndex webhooks =
            kind == OrganizationNode ? m_navigation->index(0, 0, m_navigation->index(0, 0, index))
                                     : m_navigation->index(0, 0, index);
        if (webhooks.isValid())
            m_ui->navigationView->setCurrentIndex(webhooks);
        return;
    }
    m_webhooksPage->setScope(Scope::organizationScope(org));
    m_ui->pages->setCurrentWidget(m_webhooksPage);
    setWindowTitle(tr("%1 — Webhooks — Webhook Console").arg(org));
    updateActions();
}

void MainWindow::showHistory(const Webhook &webhook)
{
    m_historyPage->setWebhook(webhook);
    m_ui->pages->setCurrentWidget(m_historyPage);
    m_historyPage->table()->setFocus();
}

void MainWindow::pruneHistory()
{
    const RetentionPolicy policy{Settings::retentionDays(), Settings::retentionCount()};
    whenReady(m_backend.applyRetention(policy), this, [this](const Result<qint64> &removed) {
        if (removed.error)
            qCWarning(lcWindow) << "retention failed:" << removed.error.message;
        else if (removed.value > 0)
            statusBar()->showMessage(
                tr("Removed %1 deliveries past the retention period.").arg(removed.value), 10000);
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
    const bool selected = m_webhooksPage->selectedWebhook().has_value();
    m_ui->actionShowDeliveries->setEnabled(selected);
    m_ui->actionCreateWebhook->setEnabled(!m_webhooksPage->scope().organization.isEmpty());
    m_ui->actionEditWebhook->setEnabled(selected);
    m_ui->actionDeleteWebhook->setEnabled(selected);
    m_ui->actionPingWebhook->setEnabled(selected);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Webhook Console"),
        tr("<h3>Webhook Console %1</h3><p>Manage the webhooks of your organizations and stacks, "
           "send signed test deliveries and read every request and response.</p>"
           "<p>Secrets are kept in your system keychain only.</p><p>Database: %2</p>")
            .arg(QString::fromLatin1(AppInfo::Version),
                 m_backend.displayLocation().toHtmlEscaped()));
}

} // namespace wc::gui
