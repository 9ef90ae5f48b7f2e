// MainWindow's Pulumi Cloud parts: connecting organizations, telling them apart in the
// navigation, the banner when Pulumi is unreachable or refuses the token, publishing, copying
// and exporting as a Pulumi program.
#include "MainWindow.h"

#include "CloudConnectDialog.h"
#include "CopyWebhooksDialog.h"
#include "FormSupport.h"
#include "Prompt.h"
#include "PulumiProgram.h"
#include "WebhookBackend.h"
#include "WebhooksPage.h"
#include "ui_MainWindow.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItem>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace wc::gui {

void MainWindow::setUpCloud()
{
    m_connectCloudAction = new QAction(tr("Connect to Pulumi &Cloud…"), this);
    m_connectCloudAction->setObjectName(QStringLiteral("actionConnectCloud"));
    m_ui->menuFile->insertAction(m_ui->actionRefresh, m_connectCloudAction);
    connect(m_connectCloudAction, &QAction::triggered, this, [this] { connectCloud(); });
    m_disconnectCloudAction = new QAction(tr("Dis&connect…"), this);
    m_disconnectCloudAction->setObjectName(QStringLiteral("actionDisconnectCloud"));
    m_ui->menuOrganization->addSeparator();
    m_ui->menuOrganization->addAction(m_disconnectCloudAction);
    connect(m_disconnectCloudAction, &QAction::triggered, this, &MainWindow::disconnectCloud);

    m_publishAction = new QAction(tr("Pu&blish to Pulumi Cloud…"), this);
    m_publishAction->setObjectName(QStringLiteral("actionPublish"));
    m_copyToLocalAction = new QAction(tr("Copy to &Local…"), this);
    m_copyToLocalAction->setObjectName(QStringLiteral("actionCopyToLocal"));
    m_exportAction = new QAction(tr("E&xport as Pulumi Program…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExportProgram"));
    m_ui->menuWebhook->addSeparator();
    m_ui->menuWebhook->addAction(m_publishAction);
    m_ui->menuWebhook->addAction(m_copyToLocalAction);
    m_ui->menuWebhook->addAction(m_exportAction);
    connect(m_publishAction, &QAction::triggered, this, [this] { copyWebhooks(true); });
    connect(m_copyToLocalAction, &QAction::triggered, this, [this] { copyWebhooks(false); });
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportProgram);

    connect(&m_backend, &WebhookBackend::cloudConnectionsChanged, this,
            [this] { reloadNavigation(currentScope().organization); });
    // Pulumi unreachable, or the token refused: said above the pages, with what to do. What
    // the pages show stays usable.
    connect(m_ui->connectionBanner, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"retry")
            refresh();
        else if (link == u"connect")
            connectCloud(m_backend.cloudApiUrl(m_bannerOrganization), m_bannerOrganization);
    });
    connect(&m_backend, &WebhookBackend::cloudUnreachable, this,
            [this](const QString &organization, const QString &why) {
                showCloudBanner(organization,
                                why.toHtmlEscaped() + u' ' + tr("<a href=\"retry\">Try again</a>"));
            });
    connect(&m_backend, &WebhookBackend::cloudTokenRefused, this,
            [this](const QString &organization, const QString &apiUrl) {
                showCloudBanner(organization,
                                tr("Pulumi Cloud at %1 refused the access token of %2. "
                                   "<a href=\"connect\">Connect again…</a>")
                                    .arg(apiUrl.toHtmlEscaped(), organization.toHtmlEscaped()));
            });
    connect(&m_backend, &WebhookBackend::cloudReachable, this, [this](const QString &organization) {
        if (organization != m_bannerOrganization || !m_ui->connectionBanner->isVisible())
            return;
        m_ui->connectionBanner->setVisible(false);
        m_bannerOrganization.clear();
        statusBar()->showMessage(tr("Pulumi Cloud answers again."), 10000);
    });
}

void MainWindow::showCloudBanner(const QString &organization, const QString &html)
{
    m_bannerOrganization = organization;
    QLabel *banner = m_ui->connectionBanner;
    banner->setTextFormat(Qt::RichText);
    banner->setTextInteractionFlags(Qt::TextBrowserInteraction);
    banner->setText(html);
    banner->setToolTip({});
    banner->setVisible(true);
}

void MainWindow::labelOrganization(QStandardItem *item) const
{
    const QString organization = item->data(OrganizationRole).toString();
    const QString apiUrl = m_backend.cloudApiUrl(organization);
    if (apiUrl.isEmpty()) {
        item->setText(organization);
        item->setToolTip(tr("Organization %1, kept in this console's database").arg(organization));
    } else {
        // Short enough for the navigation; the URL is in the tooltip and on the pages.
        item->setText(tr("%1 · Pulumi Cloud").arg(organization));
        item->setToolTip(tr("Organization %1 in Pulumi Cloud at %2").arg(organization, apiUrl));
    }
    item->setData(item->toolTip(), Qt::AccessibleTextRole);
}

void MainWindow::connectCloud(const QString &apiUrl, const QString &organization)
{
    CloudConnectDialog dialog(m_backend, this);
    dialog.prefill(apiUrl, organization);
    if (dialog.exec() != QDialog::Accepted || dialog.connected().isEmpty())
        return;
    if (m_ui->connectionBanner->isVisible() && !m_bannerOrganization.isEmpty())
        m_ui->connectionBanner->setVisible(false);
    statusBar()->showMessage(
        tr("Connected %1 of Pulumi Cloud.").arg(dialog.connected().join(QStringLiteral(", "))),
        10000);
    reloadNavigation(dialog.connected().constFirst());
}

void MainWindow::disconnectCloud()
{
    const QString organization = currentScope().organization;
    const QString apiUrl = m_backend.cloudApiUrl(organization);
    if (apiUrl.isEmpty())
        return;
    if (!Prompt::confirm(this, tr("Disconnect %1").arg(organization),
                         tr("Stop managing %1 of Pulumi Cloud (%2) here? Its webhooks stay in "
                            "Pulumi Cloud; the deliveries this console archived go.")
                             .arg(organization, apiUrl),
                         tr("Disconnect"))) {
        return;
    }
    whenReady(m_backend.disconnectCloud(organization), this, [this, organization](const Error &e) {
        statusBar()->showMessage(e ? e.message : tr("Disconnected %1.").arg(organization), 10000);
        reloadNavigation();
    });
}

void MainWindow::withWebhooks(const Scope &scope, bool withStacks,
                              const std::function<void(const QList<Webhook> &)> &then)
{
    const auto depth =
        withStacks ? WebhookBackend::Depth::WithStacks : WebhookBackend::Depth::ScopeOnly;
    whenReady(m_backend.webhooks(scope, depth), this,
              [this, then](const Result<QList<WebhookSummary>> &r) {
                  if (r.error) {
                      statusBar()->showMessage(r.error.message, 10000);
                      return;
                  }
                  QList<Webhook> webhooks;
                  for (const WebhookSummary &s : r.value)
                      webhooks << s.webhook;
                  then(webhooks);
              });
}

void MainWindow::copyWebhooks(bool publish)
{
    const Scope scope = currentScope();
    const auto chosen = currentWebhook();
    QStringList targets;
    for (const CloudConnection &c : m_backend.cloudConnections())
        targets << c.organization;
    if (!publish) {
        targets.clear();
        for (const QString &org : organizations()) {
            if (m_backend.cloudApiUrl(org).isEmpty())
                targets << org;
        }
    }
    withWebhooks(scope, false, [this, publish, chosen, targets](const QList<Webhook> &webhooks) {
        QList<WebhookRef> refs;
        if (chosen)
            refs << chosen->ref();
        CopyWebhooksDialog dialog(m_backend,
                                  publish ? CopyWebhooksDialog::Direction::Publish
                                          : CopyWebhooksDialog::Direction::CopyToLocal,
                                  webhooks, refs, targets, this);
        dialog.exec();
        if (!dialog.outcomes().isEmpty())
            reloadNavigation(currentScope().organization);
    });
}

void MainWindow::exportProgram()
{
    const Scope scope = currentScope();
    const auto selected = currentWebhook();
    withWebhooks(scope, scope.isOrganization(), [this, scope, selected](const QList<Webhook> &all) {
        if (all.isEmpty()) {
            statusBar()->showMessage(tr("%1 has no webhooks to export.").arg(scope.displayPath()),
                                     10000);
            return;
        }
        // Which ones: every webhook shown is offered, all chosen unless one is selected.
        QDialog choose(this);
        choose.setObjectName(QStringLiteral("exportChooser"));
        choose.setWindowTitle(tr("Export as Pulumi Program"));
        auto *chooseLayout = new QVBoxLayout(&choose);
        auto *intro = new QLabel(tr("The webhooks to manage as code, one "
                                    "pulumiservice:index:Webhook resource each:"),
                                 &choose);
        intro->setWordWrap(true);
        chooseLayout->addWidget(intro);
        auto *list = new QListWidget(&choose);
        list->setObjectName(QStringLiteral("exportList"));
        for (const Webhook &w : all) {
            auto *item =
                new QListWidgetItem(tr("%1 (%2)").arg(w.displayName, w.ref().toString()), list);
            item->setCheckState(!selected || selected->ref() == w.ref() ? Qt::Checked
                                                                        : Qt::Unchecked);
        }
        chooseLayout->addWidget(list);
        auto *chooseButtons =
            new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &choose);
        chooseButtons->setObjectName(QStringLiteral("buttonBox"));
        chooseButtons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
        connect(chooseButtons, &QDialogButtonBox::accepted, &choose, &QDialog::accept);
        connect(chooseButtons, &QDialogButtonBox::rejected, &choose, &QDialog::reject);
        connect(list, &QListWidget::itemChanged, &choose, [list, chooseButtons] {
            bool any = false;
            for (int i = 0; i < list->count(); ++i)
                any = any || list->item(i)->checkState() == Qt::Checked;
            chooseButtons->button(QDialogButtonBox::Ok)->setEnabled(any);
        });
        chooseLayout->addWidget(chooseButtons);
        choose.resize(560, choose.sizeHint().height());
        if (choose.exec() != QDialog::Accepted)
            return;
        QList<Webhook> webhooks;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                webhooks << all.at(i);
        }
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export as Pulumi Program"), QStringLiteral("Pulumi.yaml"),
            tr("Pulumi YAML program (Pulumi.yaml *.yaml)"));
        if (path.isEmpty())
            return;
        const PulumiProgram program = exportPulumiProgram(webhooks);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(program.yaml.toUtf8()) < 0 ||
            !file.commit()) {
            Prompt::warning(this, tr("Export as Pulumi Program"),
                            tr("Cannot write %1: %2").arg(path, file.errorString()));
            return;
        }
        // What to run beside it: the secrets, set by the user (never written here).
        QDialog done(this);
        done.setWindowTitle(tr("Pulumi Program Written"));
        auto *layout = new QVBoxLayout(&done);
        const int count = int(webhooks.size());
        const QString wrote = tr("Wrote %n webhook(s) to %1.", nullptr, count).arg(path);
        auto *label =
            new QLabel(program.secretCommands.isEmpty()
                           ? wrote
                           : wrote + u' ' +
                                 tr("Secrets are not in it: in its folder, run these commands and "
                                    "paste each secret when Pulumi asks."),
                       &done);
        label->setWordWrap(true);
        layout->addWidget(label);
        if (!program.secretCommands.isEmpty()) {
            auto *commands = new QPlainTextEdit(program.secretCommands.join(u'\n') + u'\n', &done);
            commands->setObjectName(QStringLiteral("secretCommands"));
            commands->setReadOnly(true);
            commands->setLineWrapMode(QPlainTextEdit::NoWrap);
            // As tall as its lines (up to ten): no empty box below them.
            const int lines = qMin(int(program.secretCommands.size()), 10) + 1;
            commands->setFixedHeight(commands->fontMetrics().lineSpacing() * lines +
                                     2 * commands->frameWidth() +
                                     int(2 * commands->document()->documentMargin()) + 4);
            layout->addWidget(commands);
        }
        for (const QString &warning : program.warnings) {
            auto *w = new QLabel(warning, &done);
            w->setWordWrap(true);
            layout->addWidget(w);
        }
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &done);
        connect(buttons, &QDialogButtonBox::rejected, &done, &QDialog::accept);
        layout->addWidget(buttons);
        done.resize(620, done.sizeHint().height());
        done.exec();
    });
}

} // namespace wc::gui
