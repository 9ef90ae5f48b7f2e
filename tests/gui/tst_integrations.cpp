// Stacks, environments, the Integrations page, the events tree and sample events, in a real
// window under Xvfb: stacks imported from what `pulumi stack ls --json` prints, stacks and
// environments added, renamed and removed, a Slack integration created through its card with
// events picked in the tree, and sample events sent to a receiver on 127.0.0.1.

#include "AppInfo.h"
#include "DeliveryHistoryPage.h"
#include "EventCatalog.h"
#include "EventTree.h"
#include "IntegrationsPage.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "SampleEventDialog.h"
#include "ScopeDialog.h"
#include "ScopesPage.h"
#include "StackImportDialog.h"
#include "TestSupport.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace wc;
using namespace wc::gui;
using test::child;
using test::LocalReceiver;

class TestIntegrations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    LocalReceiver m_receiver;

    const QString m_org = QStringLiteral("acme");
    const Scope m_prod = Scope::stackScope(QStringLiteral("acme"), QStringLiteral("website"),
                                           QStringLiteral("prod"));
    const Scope m_staging = Scope::stackScope(QStringLiteral("acme"), QStringLiteral("website"),
                                              QStringLiteral("staging"));
    const Scope m_dev =
        Scope::stackScope(QStringLiteral("acme"), QStringLiteral("website"), QStringLiteral("dev"));
    const Scope m_billing = Scope::stackScope(QStringLiteral("initech"), QStringLiteral("billing"),
                                              QStringLiteral("prod"));
    const Scope m_env = Scope::environmentScope(QStringLiteral("acme"), QStringLiteral("website"),
                                                QStringLiteral("production"));

    QTreeView *navigation() { return child<QTreeView>(m_window.get(), "navigationView"); }
    QAction *action(const char *name) { return test::action(m_window.get(), name); }
    IntegrationsPage *integrations() { return m_window->integrationsPage(); }
    WebhooksPage *webhooks() { return m_window->webhooksPage(); }

    QList<Scope> scopes(const QString &org) { return test::await(m_backend->scopes(org)).value; }

    static QPushButton *okButton(QDialog *dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    /// Checks an event tree row the way a user does from the keyboard: current, then Space.
    static void checkWithSpace(EventTree *tree, const QString &name)
    {
        QTreeWidgetItem *item = tree->itemNamed(name);
        QVERIFY2(item, qPrintable(name));
        if (item->parent())
            tree->expandItem(item->parent());
        tree->setFocus();
        tree->setCurrentItem(item);
        QTest::keyClick(tree, Qt::Key_Space);
    }

    /// The receiver's requests from now on.
    qsizetype requestsSoFar() const { return m_receiver.requests().size(); }

    /// The Slack integration of website/prod.
    Webhook slackWebhook()
    {
        for (const WebhookSummary &s : test::await(m_backend->webhooks(m_prod)).value) {
            if (s.webhook.format == QLatin1String(Format::Slack))
                return s.webhook;
        }
        qFatal("no Slack integration");
    }

    /// Saves a screenshot once pending layout changes (texts just set) have been applied.
    static void shot(QWidget *widget, const QString &name)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(50);
        widget->grab().save(test::screenshotPath(name));
    }

    void activate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY(m_receiver.listen());
        m_backend = std::make_unique<LocalBackend>(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        QVERIFY(!test::await(m_backend->addOrganization(m_org)));
        m_window = std::make_unique<MainWindow>(*m_backend);
        // The smallest screen the console is made for.
        m_window->resize(1024, 700);
        QSignalSpy reloaded(m_window.get(), &MainWindow::navigationReloaded);
        m_window->reloadNavigation(m_org);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(reloaded.wait(10000));
        QTRY_COMPARE(webhooks()->scope(), Scope::organizationScope(m_org));
        new QAbstractItemModelTester(integrations()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     integrations());
        new QAbstractItemModelTester(integrations()->table()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     integrations());
        new QAbstractItemModelTester(m_window->navigationModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_window.get());
    }

    void navigationHasSettingsStacksAndEnvironments()
    {
        const Scope org = Scope::organizationScope(m_org);
        for (auto kind :
             {MainWindow::OrganizationNode, MainWindow::SettingsNode, MainWindow::IntegrationsNode,
              MainWindow::WebhooksNode, MainWindow::StacksNode, MainWindow::EnvironmentsNode})
            QVERIFY2(m_window->nodeFor(org, kind).isValid(), qPrintable(QString::number(kind)));
        // From the keyboard: up from the organization's Webhooks reaches Integrations, and
        // the organization's Integrations page shows Webhook, Slack and Teams, no Deployment.
        activate();
        navigation()->setFocus();
        QCOMPARE(navigation()->currentIndex(), m_window->nodeFor(org, MainWindow::WebhooksNode));
        QTest::keyClick(navigation(), Qt::Key_Up);
        QCOMPARE(navigation()->currentIndex(),
                 m_window->nodeFor(org, MainWindow::IntegrationsNode));
        QVERIFY(integrations()->isVisible());
        QCOMPARE(integrations()->scope(), org);
        QVERIFY(child<QFrame>(integrations(), "webhookCard")->isVisible());
        QVERIFY(child<QFrame>(integrations(), "slackCard")->isVisible());
        QVERIFY(child<QFrame>(integrations(), "teamsCard")->isVisible());
        QVERIFY(!child<QFrame>(integrations(), "deploymentCard")->isVisible());
        shot(m_window.get(), QStringLiteral("integrations-organization.png"));
        QTest::keyClick(navigation(), Qt::Key_Down);
        QVERIFY(webhooks()->isVisible());
    }

    void importsStacksFromPulumiStackLs()
    {
        // What `pulumi stack ls --json` prints, in its three name forms (org/project/stack,
        // project/stack for the default organization, stack inside the project's folder),
        // two organizations, one stack already known and one entry that cannot be read.
        QVERIFY(!test::await(m_backend->addScope(m_prod)));
        QTRY_VERIFY(m_window->nodeFor(m_prod, MainWindow::StackNode).isValid());
        const QString path = m_dir.filePath(QStringLiteral("stacks.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // (Single quotes for readability; moc does not read raw string literals.)
            file.write(
                QByteArray(
                    "[\n"
                    " {'name': 'acme/website/prod', 'current': false,"
                    "  'lastUpdate': '2026-11-20T10:04:11.000Z', 'updateInProgress': false,"
                    "  'resourceCount': 42, 'url': 'https://app.pulumi.com/acme/website/prod'},\n"
                    " {'name': 'website/staging', 'current': false, 'resourceCount': 40},\n"
                    " {'name': 'dev', 'current': true, 'resourceCount': 12},\n"
                    " {'name': 'initech/billing/prod', 'current': false, 'resourceCount': 7,"
                    "  'url': 'https://app.pulumi.com/initech/billing/prod'},\n"
                    " {'name': 'acme/web site/x', 'current': false}\n"
                    "]\n")
                    .replace('\'', '"'));
        }
        test::onNextDialog<StackImportDialog>([&](StackImportDialog *dialog) {
            QVERIFY(dialog->loadFile(path));
            // "dev" needs its project: without one it is a problem, with one a stack.
            auto *problems = child<QLabel>(dialog, "problemsLabel");
            QVERIFY(problems->isVisible());
            QVERIFY2(problems->text().contains(QStringLiteral("“dev”")),
                     qPrintable(problems->text()));
            QTest::keyClicks(child<QLineEdit>(dialog, "projectEdit"), QStringLiteral("website"));
            QVERIFY2(!problems->text().contains(QStringLiteral("“dev”")),
                     qPrintable(problems->text()));
            QVERIFY2(problems->text().contains(QStringLiteral("web site")),
                     qPrintable(problems->text()));
            auto *preview = child<QTreeWidget>(dialog, "previewList");
            QCOMPARE(preview->topLevelItemCount(), 4);
            QCOMPARE(dialog->newStacks(), (QList<Scope>{m_staging, m_dev, m_billing}));
            QCOMPARE(dialog->newOrganizations(), QStringList{QStringLiteral("initech")});
            QCOMPARE(preview->topLevelItem(0)->text(1), QStringLiteral("Already here"));
            QCOMPARE(preview->topLevelItem(3)->text(1),
                     QStringLiteral("New, with its organization"));
            const QString summary = child<QLabel>(dialog, "summaryLabel")->text();
            QVERIFY2(summary.startsWith(QStringLiteral("3 stacks to add in 2 organizations")),
                     qPrintable(summary));
            QCOMPARE(okButton(dialog)->text(), QStringLiteral("&Import 3 stacks"));
            QVERIFY(okButton(dialog)->isEnabled());
            // The button grows with its words ("Import 3 stacks") once laid out.
            QTRY_VERIFY(okButton(dialog)->width() >= okButton(dialog)->sizeHint().width());
            shot(dialog, QStringLiteral("import-stacks.png"));
            okButton(dialog)->click();
        });
        activate();
        action("actionImportStacks")->trigger();
        QTRY_VERIFY(scopes(m_org).contains(m_dev));
        const QList<Scope> acme = scopes(m_org);
        for (const Scope &s : {m_prod, m_staging, m_dev})
            QVERIFY2(acme.contains(s), qPrintable(s.path()));
        QVERIFY(test::await(m_backend->organizations()).value.contains(QStringLiteral("initech")));
        QCOMPARE(scopes(QStringLiteral("initech")), QList<Scope>{m_billing});
        // The navigation follows: the new organization and every stack, under its project.
        QTRY_VERIFY(m_window->organizations().contains(QStringLiteral("initech")));
        for (const Scope &s : {m_prod, m_staging, m_dev, m_billing}) {
            QTRY_VERIFY2(m_window->nodeFor(s, MainWindow::WebhooksNode).isValid(),
                         qPrintable(s.path()));
            QVERIFY(m_window->nodeFor(s, MainWindow::IntegrationsNode).isValid());
            QCOMPARE(m_window->nodeFor(s, MainWindow::StackNode).parent().data().toString(),
                     s.project);
        }
        // The selection stayed where it was.
        QCOMPARE(navigation()->currentIndex(),
                 m_window->nodeFor(Scope::organizationScope(m_org), MainWindow::WebhooksNode));
        QVERIFY(statusBarText().contains(QStringLiteral("Imported 3 stacks")));
        shot(m_window.get(), QStringLiteral("navigation-imported.png"));
    }

    void addsRenamesAndRemovesAStack()
    {
        const Scope qa = Scope::stackScope(m_org, QStringLiteral("api"), QStringLiteral("qa"));
        const Scope renamed =
            Scope::stackScope(m_org, QStringLiteral("api"), QStringLiteral("qa-2"));
        // Add, from the Stacks page's button, typed from the keyboard.
        m_window->selectNode(
            m_window->nodeFor(Scope::organizationScope(m_org), MainWindow::StacksNode));
        QVERIFY(m_window->scopesPage()->isVisible());
        QCOMPARE(m_window->scopesPage()->list()->topLevelItemCount(), 3);
        shot(m_window.get(), QStringLiteral("stacks-page.png"));
        test::onNextDialog<ScopeDialog>([](ScopeDialog *dialog) {
            auto *project = child<QComboBox>(dialog, "projectCombo");
            auto *name = child<QLineEdit>(dialog, "nameEdit");
            QCOMPARE(project->accessibleName(), QStringLiteral("Project"));
            QCOMPARE(name->accessibleName(), QStringLiteral("Stack"));
            QVERIFY(!okButton(dialog)->isEnabled());
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("website"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY(name->hasFocus());
            QTest::keyClicks(name, QStringLiteral("prod"));
            auto *error = child<QLabel>(dialog, "nameError");
            QVERIFY(error->isVisible()); // already here
            QVERIFY2(error->text().contains(QStringLiteral("already here")),
                     qPrintable(error->text()));
            QVERIFY(!okButton(dialog)->isEnabled());
            name->clear();
            QTest::keyClicks(name, QStringLiteral("q a"));
            QVERIFY(error->isVisible()); // no spaces
            project->setEditText(QStringLiteral("api"));
            name->clear();
            QTest::keyClicks(name, QStringLiteral("qa"));
            QVERIFY(!error->isVisible());
            QVERIFY(okButton(dialog)->isEnabled());
            QTest::keyClick(name, Qt::Key_Return);
        });
        child<QPushButton>(m_window->scopesPage(), "addButton")->click();
        QTRY_VERIFY(scopes(m_org).contains(qa));
        // The new stack's Integrations are shown.
        QTRY_COMPARE(navigation()->currentIndex(),
                     m_window->nodeFor(qa, MainWindow::IntegrationsNode));
        QCOMPARE(integrations()->scope(), qa);
        QVERIFY(child<QFrame>(integrations(), "deploymentCard")->isVisible());

        // Two webhooks on it, to go with it when it goes.
        for (const char *name : {"one", "two"}) {
            WebhookDraft d;
            d.scope = qa;
            d.name = QString::fromLatin1(name);
            d.displayName = QString::fromLatin1(name);
            d.payloadUrl = m_receiver.url();
            QVERIFY(!test::await(m_backend->create(d)).error);
        }
        QTRY_COMPARE(integrations()->table()->model()->rowCount(), 2);

        // Rename with F2 in the navigation: the page and the selection follow.
        m_window->selectNode(m_window->nodeFor(qa, MainWindow::WebhooksNode));
        QTRY_COMPARE(webhooks()->model()->rowCount(), 2);
        activate();
        navigation()->setFocus();
        test::onNextDialog<ScopeDialog>([](ScopeDialog *dialog) {
            auto *name = child<QLineEdit>(dialog, "nameEdit");
            QVERIFY(name->hasFocus());
            QCOMPARE(name->text(), QStringLiteral("qa"));
            QVERIFY(!okButton(dialog)->isEnabled());        // unchanged
            QTest::keyClicks(name, QStringLiteral("qa-2")); // replaces the selected name
            QVERIFY(okButton(dialog)->isEnabled());
            QCOMPARE(okButton(dialog)->text(), QStringLiteral("&Rename"));
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::keyClick(navigation(), Qt::Key_F2);
        QTRY_VERIFY(scopes(m_org).contains(renamed));
        QVERIFY(!scopes(m_org).contains(qa));
        QTRY_VERIFY(m_window->nodeFor(renamed, MainWindow::StackNode).isValid());
        QVERIFY(!m_window->nodeFor(qa, MainWindow::StackNode).isValid());
        QCOMPARE(navigation()->currentIndex(),
                 m_window->nodeFor(renamed, MainWindow::WebhooksNode));
        QCOMPARE(webhooks()->scope(), renamed);
        QVERIFY(child<QLabel>(webhooks(), "descriptionLabel")
                    ->text()
                    .contains(QStringLiteral("the stack api/qa-2 of acme")));
        QTRY_COMPARE(webhooks()->model()->rowCount(), 2);
        QCOMPARE(webhooks()->model()->summaryAt(0)->webhook.scope, renamed);
        QCOMPARE(test::await(m_backend->webhooks(renamed)).value.size(), 2);

        // Remove with Del in the navigation: the question says how many webhooks go.
        QSignalSpy finished(m_window.get(), &MainWindow::scopeRemovalFinished);
        Prompt::setNextAnswer(QMessageBox::Yes);
        activate();
        navigation()->setFocus();
        QTest::keyClick(navigation(), Qt::Key_Delete);
        QVERIFY(finished.wait(15000));
        QVERIFY2(Prompt::lastText().contains(QStringLiteral("Remove the stack “api/qa-2” from "
                                                            "acme? Its 2 webhooks go with it")),
                 qPrintable(Prompt::lastText()));
        QVERIFY(Prompt::lastText().contains(QStringLiteral("secrets")));
        QCOMPARE(finished.first().at(1).toInt(), 2);
        QCOMPARE(finished.first().at(2).toString(), QString());
        QVERIFY(!scopes(m_org).contains(renamed));
        QCOMPARE(test::await(m_backend->webhook({renamed, QStringLiteral("one")})).error.code,
                 Error::Code::NotFound);
        QVERIFY(!m_window->nodeFor(renamed, MainWindow::StackNode).isValid());
        // The project went with its only stack; the selection moved to Stacks.
        QCOMPARE(navigation()->currentIndex(),
                 m_window->nodeFor(Scope::organizationScope(m_org), MainWindow::StacksNode));
        QCOMPARE(webhooks()->model()->rowCount(), 0);
    }

    void addsRenamesAndRemovesAnEnvironment()
    {
        const Scope env =
            Scope::environmentScope(m_org, QStringLiteral("infra"), QStringLiteral("shared"));
        const Scope renamed =
            Scope::environmentScope(m_org, QStringLiteral("infra"), QStringLiteral("common"));
        m_window->selectNode(
            m_window->nodeFor(Scope::organizationScope(m_org), MainWindow::EnvironmentsNode));
        test::onNextDialog<ScopeDialog>([](ScopeDialog *dialog) {
            QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->accessibleName(),
                     QStringLiteral("Environment"));
            child<QComboBox>(dialog, "projectCombo")->setEditText(QStringLiteral("infra"));
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("shared"));
            QTest::keyClick(child<QLineEdit>(dialog, "nameEdit"), Qt::Key_Return);
        });
        action("actionAddEnvironment")->trigger();
        QTRY_VERIFY(scopes(m_org).contains(env));
        QTRY_COMPARE(integrations()->scope(), env);
        QCOMPARE(m_window->nodeFor(env, MainWindow::EnvironmentNode)
                     .parent()
                     .parent()
                     .data(MainWindow::KindRole),
                 QVariant(int(MainWindow::EnvironmentsNode)));
        WebhookDraft d;
        d.scope = env;
        d.name = QStringLiteral("env-hook");
        d.displayName = QStringLiteral("Env hook");
        d.payloadUrl = m_receiver.url();
        QVERIFY(!test::await(m_backend->create(d)).error);

        // Rename and remove from the Environments page.
        m_window->selectNode(
            m_window->nodeFor(Scope::organizationScope(m_org), MainWindow::EnvironmentsNode));
        ScopesPage *page = m_window->scopesPage();
        QCOMPARE(page->kind(), Scope::Kind::Environment);
        QTRY_COMPARE(page->list()->topLevelItemCount(), 1);
        page->list()->setCurrentItem(page->list()->topLevelItem(0));
        QCOMPARE(page->selectedScope(), std::optional<Scope>(env));
        test::onNextDialog<ScopeDialog>([](ScopeDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("common"));
            QTest::keyClick(child<QLineEdit>(dialog, "nameEdit"), Qt::Key_Return);
        });
        child<QPushButton>(page, "renameButton")->click();
        QTRY_VERIFY(scopes(m_org).contains(renamed));
        QTRY_COMPARE(page->list()->topLevelItemCount(), 1);
        QCOMPARE(page->list()->topLevelItem(0)->text(1), QStringLiteral("common"));
        QVERIFY(!test::await(m_backend->webhook({renamed, QStringLiteral("env-hook")})).error);

        QSignalSpy finished(m_window.get(), &MainWindow::scopeRemovalFinished);
        page->list()->setCurrentItem(page->list()->topLevelItem(0));
        Prompt::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(page, "removeButton")->click();
        QVERIFY(finished.wait(15000));
        QVERIFY2(Prompt::lastText().contains(
                     QStringLiteral("Remove the environment “infra/common” from acme? Its webhook "
                                    "goes with it")),
                 qPrintable(Prompt::lastText()));
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QVERIFY(!scopes(m_org).contains(renamed));
        QTRY_COMPARE(page->list()->topLevelItemCount(), 0);
    }

    void createsASlackIntegrationThroughItsCard()
    {
        m_window->selectNode(m_window->nodeFor(m_prod, MainWindow::IntegrationsNode));
        QVERIFY(integrations()->isVisible());
        QCOMPARE(integrations()->scope(), m_prod);
        for (const char *card : {"webhookCard", "slackCard", "teamsCard", "deploymentCard"})
            QVERIFY2(child<QFrame>(integrations(), card)->isVisible(), card);
        QTRY_COMPARE(child<QLabel>(integrations(), "slackCount")->text(),
                     QStringLiteral("None yet"));

        test::onNextDialog<WebhookDialog>([this](WebhookDialog *dialog) {
            QCOMPARE(dialog->format(), QStringLiteral("slack"));
            QVERIFY(child<QLabel>(dialog, "formatValue")->text().contains(QStringLiteral("Slack")));
            // Slack: its incoming-webhook URL, and no secret (Pulumi: generic webhooks only).
            auto *url = child<QLineEdit>(dialog, "payloadUrlEdit");
            QCOMPARE(url->accessibleName(), QStringLiteral("Slack incoming-webhook URL"));
            QVERIFY(!child<QLineEdit>(dialog, "secretEdit")->isVisible());
            QVERIFY(!child<QComboBox>(dialog, "targetCombo")->isVisible());
            auto *name = child<QLineEdit>(dialog, "nameEdit");
            QVERIFY(name->placeholderText().contains(QStringLiteral("random")));
            QTest::keyClicks(child<QLineEdit>(dialog, "displayNameEdit"),
                             QStringLiteral("Deploys to Slack"));
            QCOMPARE(name->text(), QStringLiteral("deploys-to-slack"));
            // The name is optional: left empty, a short random one is made.
            name->clear();
            QVERIFY(!child<QLabel>(dialog, "nameError")->isVisible());
            // Not hooks.slack.com (a Mattermost server, say): a warning, not a refusal.
            QTest::keyClicks(url, m_receiver.url());
            auto *warning = child<QLabel>(dialog, "payloadUrlWarning");
            QVERIFY(warning->isVisible());
            QVERIFY2(warning->text().contains(QStringLiteral("https://hooks.slack.com/")),
                     qPrintable(warning->text()));
            QVERIFY(!child<QLabel>(dialog, "payloadUrlError")->isVisible());
            QVERIFY(okButton(dialog)->isEnabled());

            // Events: a stack scope offers stacks, deployments and policies, with Pulumi's
            // names; nothing checked means Pulumi's defaults.
            EventTree *tree = dialog->eventTree();
            QCOMPARE(tree->accessibleName(), QStringLiteral("Events"));
            QCOMPARE(tree->topLevelItemCount(), 3);
            QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("stacks"));
            QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("deployments"));
            QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("policies"));
            QVERIFY(!tree->itemNamed(QStringLiteral("stack_created"))); // organization only
            auto *hint = child<QLabel>(dialog, "eventsHint");
            QCOMPARE(hint->text(),
                     QStringLiteral("Nothing checked: Pulumi's defaults apply, the groups "
                                    "deployments, stacks."));
            checkWithSpace(tree, QStringLiteral("stacks"));
            checkWithSpace(tree, QStringLiteral("deployment_failed"));
            QCOMPARE(tree->groups(), QStringList{QStringLiteral("stacks")});
            QCOMPARE(tree->filters(), QStringList{QStringLiteral("deployment_failed")});
            QCOMPARE(tree->itemNamed(QStringLiteral("deployments"))->checkState(0),
                     Qt::PartiallyChecked);
            // A filter covered by the chosen group cannot be chosen on its own.
            QTreeWidgetItem *covered = tree->itemNamed(QStringLiteral("update_failed"));
            QCOMPARE(covered->checkState(0), Qt::Checked);
            QVERIFY(!(covered->flags() & Qt::ItemIsEnabled));
            QVERIFY(covered->toolTip(0).contains(QStringLiteral("covered")));
            QCOMPARE(hint->text(), QStringLiteral("Groups: stacks. Single events: "
                                                  "deployment_failed."));
            QVERIFY(!child<QLabel>(dialog, "eventsError")->isVisible());
            tree->scrollToTop();
            shot(dialog, QStringLiteral("event-tree.png"));
            // Unchecking the group frees its events again.
            checkWithSpace(tree, QStringLiteral("policies"));
            checkWithSpace(tree, QStringLiteral("policies"));
            QCOMPARE(tree->itemNamed(QStringLiteral("policy_violation_advisory"))->checkState(0),
                     Qt::Unchecked);
            QVERIFY(tree->itemNamed(QStringLiteral("policy_violation_advisory"))->flags() &
                    Qt::ItemIsEnabled);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        child<QPushButton>(integrations(), "createSlackButton")->click();

        QTRY_COMPARE(test::await(m_backend->webhooks(m_prod)).value.size(), 1);
        const Webhook saved = test::await(m_backend->webhooks(m_prod)).value.first().webhook;
        QCOMPARE(saved.format, QStringLiteral("slack"));
        QCOMPARE(saved.groups, QStringList{QStringLiteral("stacks")});
        QCOMPARE(saved.filters, QStringList{QStringLiteral("deployment_failed")});
        QCOMPARE(saved.payloadUrl, m_receiver.url());
        QCOMPARE(saved.displayName, QStringLiteral("Deploys to Slack"));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}$")).match(saved.name).hasMatch(),
                 qPrintable(saved.name));
        QVERIFY(!saved.hasSecret);
        // The card counts it, the list shows it with its format, selected.
        QTRY_COMPARE(child<QLabel>(integrations(), "slackCount")->text(),
                     QStringLiteral("1 configured"));
        QCOMPARE(child<QLabel>(integrations(), "webhookCount")->text(), QStringLiteral("None yet"));
        QTRY_VERIFY(integrations()->selectedWebhook().has_value());
        QCOMPARE(integrations()->selectedWebhook()->ref(), saved.ref());
        const QModelIndex formatCell =
            integrations()->table()->model()->index(0, WebhookListModel::FormatColumn);
        QCOMPARE(formatCell.data().toString(), QStringLiteral("Slack"));
    }

    void createsDeploymentAndWebhookIntegrations()
    {
        // Deployment: the target is a known stack, chosen in a combo, stored as the URL.
        test::onNextDialog<WebhookDialog>([this](WebhookDialog *dialog) {
            QCOMPARE(dialog->format(), QStringLiteral("pulumi_deployments"));
            auto *target = child<QComboBox>(dialog, "targetCombo");
            QVERIFY(target->isVisible());
            QVERIFY(!child<QLineEdit>(dialog, "payloadUrlEdit")->isVisible());
            QVERIFY(!child<QLineEdit>(dialog, "secretEdit")->isVisible());
            QCOMPARE(target->accessibleName(), QStringLiteral("Target stack"));
            QTRY_COMPARE(target->count(), 3); // website/dev, prod, staging of acme
            QTest::keyClicks(child<QLineEdit>(dialog, "displayNameEdit"),
                             QStringLiteral("Redeploy staging"));
            QTest::keyClicks(target->lineEdit(), QStringLiteral("https://example.com/x"));
            auto *error = child<QLabel>(dialog, "targetError");
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("project/stack")),
                     qPrintable(error->text()));
            QVERIFY(!okButton(dialog)->isEnabled());
            target->setCurrentIndex(target->findText(m_prod.name()));
            // Deploying the stack whose events trigger it would loop: said, not refused.
            QVERIFY(child<QLabel>(dialog, "targetWarning")->isVisible());
            target->setCurrentIndex(target->findText(m_staging.name()));
            QVERIFY(!error->isVisible());
            QVERIFY(!child<QLabel>(dialog, "targetWarning")->isVisible());
            QVERIFY(okButton(dialog)->isEnabled());
            shot(dialog, QStringLiteral("deployment-dialog.png"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        child<QPushButton>(integrations(), "createDeploymentButton")->click();
        QTRY_COMPARE(child<QLabel>(integrations(), "deploymentCount")->text(),
                     QStringLiteral("1 configured"));
        const auto deployment =
            test::await(m_backend->webhook({m_prod, QStringLiteral("redeploy-staging")}));
        QVERIFY2(!deployment.error, qPrintable(deployment.error.message));
        QCOMPARE(deployment.value.format, QStringLiteral("pulumi_deployments"));
        QCOMPARE(deployment.value.payloadUrl, QStringLiteral("website/staging"));

        // A generic webhook, with its secret, through the Webhook card.
        test::onNextDialog<WebhookDialog>([this](WebhookDialog *dialog) {
            QCOMPARE(dialog->format(), QStringLiteral("raw"));
            QVERIFY(child<QLineEdit>(dialog, "secretEdit")->isVisible());
            QCOMPARE(child<QLineEdit>(dialog, "payloadUrlEdit")->accessibleName(),
                     QStringLiteral("Payload URL"));
            QTest::keyClicks(child<QLineEdit>(dialog, "displayNameEdit"),
                             QStringLiteral("Audit receiver"));
            QTest::keyClicks(child<QLineEdit>(dialog, "payloadUrlEdit"), m_receiver.url());
            QTest::keyClicks(child<QLineEdit>(dialog, "secretEdit"), QStringLiteral("s3cret"));
            QVERIFY(!child<QLabel>(dialog, "payloadUrlWarning")->isVisible());
            QTest::keyClick(child<QLineEdit>(dialog, "secretEdit"), Qt::Key_Return);
        });
        child<QPushButton>(integrations(), "createWebhookButton")->click();
        QTRY_COMPARE(child<QLabel>(integrations(), "webhookCount")->text(),
                     QStringLiteral("1 configured"));
        QTRY_COMPARE(integrations()->table()->model()->rowCount(), 3);
        shot(m_window.get(), QStringLiteral("integrations-page.png"));
    }

    void editKeepsTheFormatAndEveryField()
    {
        // Edit the Slack integration from the list: format kept, events shown as saved,
        // then paused and resumed from the Webhook menu.
        const Webhook slack = slackWebhook();
        integrations()->selectWebhook(slack.ref());
        QTRY_VERIFY(integrations()->selectedWebhook().has_value());
        test::onNextDialog<WebhookDialog>([](WebhookDialog *dialog) {
            QCOMPARE(dialog->format(), QStringLiteral("slack"));
            EventTree *tree = dialog->eventTree();
            QCOMPARE(tree->groups(), QStringList{QStringLiteral("stacks")});
            QCOMPARE(tree->filters(), QStringList{QStringLiteral("deployment_failed")});
            QVERIFY(tree->itemNamed(QStringLiteral("deployments"))->isExpanded());
            QVERIFY(okButton(dialog)->isEnabled());
            QCOMPARE(okButton(dialog)->text(), QStringLiteral("&Save"));
            checkWithSpace(tree, QStringLiteral("drift_detected"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        child<QPushButton>(integrations(), "editButton")->click();
        QTRY_COMPARE(
            test::await(m_backend->webhook(slack.ref())).value.filters,
            (QStringList{QStringLiteral("deployment_failed"), QStringLiteral("drift_detected")}));
        QCOMPARE(test::await(m_backend->webhook(slack.ref())).value.format,
                 QStringLiteral("slack"));

        activate();
        QTRY_VERIFY(action("actionToggleActive")->isEnabled());
        QCOMPARE(action("actionToggleActive")->text(), QStringLiteral("Pa&use Webhook"));
        action("actionToggleActive")->trigger();
        QTRY_VERIFY(!test::await(m_backend->webhook(slack.ref())).value.active);
        QTRY_COMPARE(action("actionToggleActive")->text(), QStringLiteral("Res&ume Webhook"));
        action("actionToggleActive")->trigger();
        QTRY_VERIFY(test::await(m_backend->webhook(slack.ref())).value.active);
    }

    void sendsSampleEventsToTheReceiver()
    {
        const Webhook slack = slackWebhook();
        // From the Integrations list, the Webhook menu's sample goes through the Webhooks page,
        // where the outcome shows as a ping's does.
        integrations()->selectWebhook(slack.ref());
        QTRY_VERIFY(integrations()->selectedWebhook().has_value());
        QSignalSpy finished(webhooks(), &WebhooksPage::sampleFinished);
        const qsizetype before = requestsSoFar();
        QMenu *menu = nullptr;
        for (QMenu *m : m_window->findChildren<QMenu *>()) {
            if (m->title() == QStringLiteral("Send S&ample Event"))
                menu = m;
        }
        QVERIFY(menu);
        QVERIFY(menu->isEnabled());
        QMenu *stacks = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->menu() && a->text().startsWith(QStringLiteral("stacks")))
                stacks = a->menu();
        }
        QVERIFY(stacks);
        QAction *updateFailed = nullptr;
        for (QAction *a : stacks->actions()) {
            if (a->data().toString() == QStringLiteral("update_failed"))
                updateFailed = a;
        }
        QVERIFY(updateFailed);
        QCOMPARE(updateFailed->text(), QStringLiteral("update_failed — Update failed"));
        updateFailed->trigger();
        QVERIFY(finished.wait(15000));
        QVERIFY(webhooks()->isVisible());
        QCOMPARE(webhooks()->scope(), m_prod);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("update_failed"));
        const auto delivery = finished.first().at(1).value<Delivery>();
        auto *result = child<QLabel>(webhooks(), "resultLabel");
        QVERIFY2(delivery.succeeded(), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("answered 200")),
                 qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("update_failed")));
        QVERIFY(result->text().contains(QStringLiteral("stack_update")));
        QCOMPARE(requestsSoFar(), before + 1);
        const LocalReceiver::Request got = m_receiver.requests().last();
        QCOMPARE(got.headers.value("pulumi-webhook-kind"), QByteArray("stack_update"));
        QVERIFY(!got.headers.contains("pulumi-webhook-signature")); // no secret for Slack
        // A Slack message: text and blocks.
        const QJsonDocument body = QJsonDocument::fromJson(got.body);
        QVERIFY2(body.isObject(), got.body.constData());
        QVERIFY(body.object().value(u"text").isString());
        QVERIFY(!body.object().value(u"text").toString().isEmpty());
        QVERIFY(body.object().value(u"blocks").isArray());
        QVERIFY(!body.object().value(u"blocks").toArray().isEmpty());
        // The whole sentence shows, wrapped, once the layout has caught up.
        QTRY_VERIFY(result->height() >= result->heightForWidth(result->width()));
        shot(m_window.get(), QStringLiteral("sample-event.png"));

        // Ctrl+Shift+P: the chooser, narrowed by typing.
        finished.clear();
        webhooks()->selectWebhook(slack.ref());
        QTRY_VERIFY(webhooks()->selectedWebhook().has_value());
        test::onNextDialog<SampleEventDialog>([](SampleEventDialog *dialog) {
            auto *filter = child<QLineEdit>(dialog, "filterEdit");
            QVERIFY(filter->hasFocus());
            QCOMPARE(filter->accessibleName(), QStringLiteral("Find"));
            QTest::keyClicks(filter, QStringLiteral("deployment fail"));
            QCOMPARE(dialog->event(), QStringLiteral("deployment_failed"));
            QVERIFY2(child<QLabel>(dialog, "noteLabel")
                         ->text()
                         .contains(QStringLiteral("Pulumi-Webhook-Kind: deployment")),
                     qPrintable(child<QLabel>(dialog, "noteLabel")->text()));
            shot(dialog, QStringLiteral("sample-chooser.png"));
            QTest::keyClick(filter, Qt::Key_Return);
        });
        activate();
        webhooks()->table()->setFocus();
        QTest::keyClick(webhooks()->table(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("deployment_failed"));
        QTRY_COMPARE(m_receiver.requests().last().headers.value("pulumi-webhook-kind"),
                     QByteArray("deployment"));

        // An event its groups and filters exclude is refused, saying which setting does.
        finished.clear();
        const qsizetype sent = requestsSoFar();
        QAction *excluded = nullptr;
        for (QAction *a : webhooks()->sampleMenu()->actions()) {
            if (a->menu() && a->text().startsWith(QStringLiteral("policies"))) {
                for (QAction *e : a->menu()->actions()) {
                    if (e->data().toString() == QStringLiteral("policy_violation_mandatory"))
                        excluded = e;
                }
            }
        }
        QVERIFY(excluded);
        QVERIFY(excluded->text().contains(QStringLiteral("not subscribed")));
        excluded->trigger();
        QVERIFY(finished.wait(15000));
        const auto refused = finished.first().at(1).value<Delivery>();
        QVERIFY(!refused.succeeded());
        QVERIFY2(refused.error.contains(QStringLiteral("policy_violation_mandatory")),
                 qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("stacks")), qPrintable(refused.error));
        QVERIFY2(result->text().contains(refused.error), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("was not sent")));
        QCOMPARE(requestsSoFar(), sent);
        // The whole sentence shows, wrapped, once the layout has caught up.
        QTRY_VERIFY(result->height() >= result->heightForWidth(result->width()));
        shot(m_window.get(), QStringLiteral("sample-refused.png"));
    }

    void historyFiltersByEveryKind()
    {
        const Webhook slack = slackWebhook();
        webhooks()->selectWebhook(slack.ref());
        QTRY_VERIFY(webhooks()->selectedWebhook().has_value());
        action("actionShowDeliveries")->trigger();
        DeliveryHistoryPage *history = m_window->historyPage();
        QTRY_VERIFY(history->isVisible());
        auto *kind = child<QComboBox>(history, "kindCombo");
        QStringList listed;
        for (int i = 0; i < kind->count(); ++i)
            listed << kind->itemData(i).toString();
        for (const QString &k : EventCatalog::kinds())
            QVERIFY2(listed.contains(k), qPrintable(k));
        QVERIFY(listed.contains(QStringLiteral("change_request")));
        kind->setCurrentIndex(kind->findData(QStringLiteral("stack_update")));
        QTRY_COMPARE(history->table()->model()->rowCount(), 1);
        QTRY_COMPARE(child<QLabel>(history, "countLabel")->text(),
                     QStringLiteral("1 matching delivery"));
        shot(m_window.get(), QStringLiteral("history-kinds.png"));
        child<QToolButton>(history, "backButton")->click();
        QTRY_VERIFY(webhooks()->isVisible());
    }

    void environmentIntegrations()
    {
        QVERIFY(!test::await(m_backend->addScope(m_env)));
        QTRY_VERIFY(m_window->nodeFor(m_env, MainWindow::IntegrationsNode).isValid());
        m_window->selectNode(m_window->nodeFor(m_env, MainWindow::IntegrationsNode));
        QCOMPARE(integrations()->scope(), m_env);
        QVERIFY(child<QFrame>(integrations(), "deploymentCard")->isVisible());
        test::onNextDialog<WebhookDialog>([this](WebhookDialog *dialog) {
            // Environments have environments and change requests, nothing of stacks.
            EventTree *tree = dialog->eventTree();
            QCOMPARE(tree->topLevelItemCount(), 2);
            QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("environments"));
            QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("change_requests"));
            QVERIFY(child<QLabel>(dialog, "eventsHint")
                        ->text()
                        .contains(QStringLiteral("the groups environments")));
            QTest::keyClicks(child<QLineEdit>(dialog, "displayNameEdit"),
                             QStringLiteral("ESC changes"));
            QTest::keyClicks(child<QLineEdit>(dialog, "payloadUrlEdit"), m_receiver.url());
            checkWithSpace(tree, QStringLiteral("change_requests"));
            checkWithSpace(tree, QStringLiteral("environment_created"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        child<QPushButton>(integrations(), "createWebhookButton")->click();
        const WebhookRef ref{m_env, QStringLiteral("esc-changes")};
        QTRY_VERIFY(!test::await(m_backend->webhook(ref)).error);
        const Webhook saved = test::await(m_backend->webhook(ref)).value;
        QCOMPARE(saved.groups, QStringList{QStringLiteral("change_requests")});
        QCOMPARE(saved.filters, QStringList{QStringLiteral("environment_created")});
        QCOMPARE(saved.ref().toString(), QStringLiteral("acme/website/env:production/esc-changes"));

        // "Go to Webhooks", then a change request sample.
        integrations()->selectWebhook(ref);
        QTRY_VERIFY(integrations()->selectedWebhook().has_value());
        child<QPushButton>(integrations(), "openButton")->click();
        QTRY_VERIFY(webhooks()->isVisible());
        QCOMPARE(webhooks()->scope(), m_env);
        QTRY_VERIFY(webhooks()->selectedWebhook().has_value());
        QSignalSpy finished(webhooks(), &WebhooksPage::sampleFinished);
        webhooks()->sendSample(saved, QStringLiteral("change_request_approved"));
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.first().at(1).value<Delivery>().succeeded(),
                 qPrintable(child<QLabel>(webhooks(), "resultLabel")->text()));
        QCOMPARE(m_receiver.requests().last().headers.value("pulumi-webhook-kind"),
                 QByteArray("change_request"));
        QCOMPARE(m_receiver.requests().last().headers.value("pulumi-webhook-signature").isEmpty(),
                 true);
        auto *result = child<QLabel>(webhooks(), "resultLabel");
        QTRY_VERIFY(result->height() >= result->heightForWidth(result->width()));
        shot(m_window.get(), QStringLiteral("environment-webhooks.png"));
    }

    void everyPageFitsTheSmallestWindow()
    {
        // Every page, not only the one on show, fits a 1024×700 window.
        QStringList sizes;
        for (QWidget *page :
             {static_cast<QWidget *>(webhooks()), static_cast<QWidget *>(integrations()),
              static_cast<QWidget *>(m_window->scopesPage()),
              static_cast<QWidget *>(m_window->historyPage())})
            sizes << QStringLiteral("%1 %2×%3")
                         .arg(page->metaObject()->className())
                         .arg(page->minimumSizeHint().width())
                         .arg(page->minimumSizeHint().height());
        const QSize min = m_window->minimumSizeHint();
        QVERIFY2(min.width() <= 1024 && min.height() <= 700,
                 qPrintable(QStringLiteral("%1×%2: %3")
                                .arg(min.width())
                                .arg(min.height())
                                .arg(sizes.join(QStringLiteral(", ")))));
        QCOMPARE(m_window->size(), QSize(1024, 700));
        WebhookDialog dialog(*m_backend, m_prod, QStringLiteral("raw"), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.height() <= 700, qPrintable(QString::number(dialog.height())));
        shot(&dialog, QStringLiteral("create-dialog-stack.png"));
    }

private:
    QString statusBarText() { return m_window->statusBar()->currentMessage(); }
};

QTEST_MAIN(TestIntegrations)
#include "tst_integrations.moc"
