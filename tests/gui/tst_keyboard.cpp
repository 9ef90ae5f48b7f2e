// The window and every dialog from the keyboard alone, under Xvfb: each mnemonic (Alt+letter)
// is used once per window, as it is on show (menu bar titles, buttons, labels of fields, check
// boxes, group boxes); Tab from the first widget visits the widgets in a sensible order,
// reaches every enabled one and never gets stuck; lists, the navigation and read-only views
// show that they have the focus.

#include "AppInfo.h"
#include "DeliveryHistoryPage.h"
#include "EventTree.h"
#include "FocusRing.h"
#include "IntegrationsPage.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "OrganizationDialog.h"
#include "PreferencesDialog.h"
#include "SampleEventDialog.h"
#include "ScopeDialog.h"
#include "ScopesPage.h"
#include "Settings.h"
#include "StackImportDialog.h"
#include "TestSupport.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace wc;
using namespace wc::gui;
using test::child;
using test::LocalReceiver;

class TestKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    LocalReceiver m_receiver;
    const Scope m_acme = Scope::organizationScope(QStringLiteral("acme"));
    const Scope m_prod = Scope::stackScope(QStringLiteral("acme"), QStringLiteral("website"),
                                           QStringLiteral("prod"));
    const Scope m_env = Scope::environmentScope(QStringLiteral("acme"), QStringLiteral("website"),
                                                QStringLiteral("production"));
    Webhook m_signed;
    Webhook m_slack;
    Webhook m_deployment;

    QTreeView *navigation() { return child<QTreeView>(m_window.get(), "navigationView"); }

    Webhook create(const Scope &scope, const QString &name, const QString &format,
                   const QString &url, const QString &secret = {})
    {
        WebhookDraft d;
        d.scope = scope;
        d.name = name;
        d.displayName = name.toUpper();
        d.format = format;
        d.payloadUrl = url;
        if (!secret.isEmpty()) {
            d.secretChange = WebhookDraft::SecretChange::Set;
            d.secret = secret;
        }
        const Result<Webhook> made = test::await(m_backend->create(d));
        if (made.error)
            qFatal("%s", qPrintable(made.error.message));
        return made.value;
    }

    void activate() { QVERIFY(test::activate(m_window.get())); }

    /// The page's Tab order from the navigation: what it visits, in order.
    void checkMainWindow(const QString &page, const QStringList &expectedStart)
    {
        // Every Alt+letter once: the menus' F, O, W, H and the page's own.
        const QStringList clashes = test::mnemonicClashes(m_window.get());
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(page + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
        activate();
        navigation()->setFocus();
        QVERIFY(navigation()->hasFocus());
        const test::TabWalk walk = test::walkTab(m_window.get());
        QVERIFY2(walk.problem.isEmpty(),
                 qPrintable(page + QStringLiteral(": ") + walk.problem + QStringLiteral(" after ") +
                            walk.names().join(QStringLiteral(" → "))));
        const QStringList visited = walk.names();
        QVERIFY2(visited.mid(0, expectedStart.size()) == expectedStart,
                 qPrintable(page + QStringLiteral(": ") + visited.join(QStringLiteral(" → "))));
        const QStringList missed = test::unreached(m_window.get(), walk);
        QVERIFY2(missed.isEmpty(), qPrintable(page + QStringLiteral(" never reached: ") +
                                              missed.join(QStringLiteral(", "))));
    }

    /// A dialog's mnemonics and Tab walk, from the widget that has the focus when it opens.
    static void checkDialog(QDialog *dialog, const QString &what,
                            const QStringList &expectedStart = {})
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY2(test::activate(dialog), qPrintable(what + QStringLiteral(": never active")));
        const QStringList clashes = test::mnemonicClashes(dialog);
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(what + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
        QVERIFY2(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog,
                 qPrintable(what + QStringLiteral(": nothing has the focus when it opens")));
        const test::TabWalk walk = test::walkTab(dialog);
        QVERIFY2(walk.problem.isEmpty(),
                 qPrintable(what + QStringLiteral(": ") + walk.problem + QStringLiteral(" after ") +
                            walk.names().join(QStringLiteral(" → "))));
        const QStringList visited = walk.names();
        QVERIFY2(visited.mid(0, expectedStart.size()) == expectedStart,
                 qPrintable(what + QStringLiteral(": ") + visited.join(QStringLiteral(" → "))));
        const QStringList missed = test::unreached(dialog, walk);
        QVERIFY2(missed.isEmpty(), qPrintable(what + QStringLiteral(" never reached: ") +
                                              missed.join(QStringLiteral(", "))));
    }

    static bool ringShown(QWidget *widget)
    {
        const auto *ring = widget->findChild<FocusRing *>(QStringLiteral("wc-focus-ring"),
                                                          Qt::FindDirectChildrenOnly);
        return ring && ring->isShown();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        Settings::clear();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY(m_receiver.listen());
        m_backend = std::make_unique<LocalBackend>(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        QVERIFY(!test::await(m_backend->addOrganization(QStringLiteral("acme"))));
        QVERIFY(!test::await(m_backend->addScope(m_prod)));
        QVERIFY(!test::await(m_backend->addScope(m_env)));
        m_signed = create(m_acme, QStringLiteral("signed"), QString::fromLatin1(Format::Raw),
                          m_receiver.url(), QStringLiteral("s3cret"));
        m_slack = create(m_acme, QStringLiteral("to-slack"), QString::fromLatin1(Format::Slack),
                         QStringLiteral("https://hooks.slack.com/services/T/B/X"));
        m_deployment =
            create(m_prod, QStringLiteral("deploy"), QString::fromLatin1(Format::PulumiDeployments),
                   QStringLiteral("website/staging"));
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1024, 700);
        QSignalSpy reloaded(m_window.get(), &MainWindow::navigationReloaded);
        m_window->reloadNavigation(QStringLiteral("acme"));
        QVERIFY(reloaded.wait(10000));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_window->webhooksPage()->model()->rowCount(), 2);
    }

    void webhooksPage()
    {
        WebhooksPage *page = m_window->webhooksPage();
        m_window->selectNode(m_window->nodeFor(m_acme, MainWindow::WebhooksNode));
        page->selectWebhook(m_signed.ref());
        QTRY_VERIFY(page->selectedWebhook().has_value());
        // With the result of a ping on show, its response box is the last stop.
        QSignalSpy finished(page, &WebhooksPage::pingFinished);
        page->pingWebhook();
        QVERIFY(finished.wait(15000));
        QTRY_VERIFY(child<QWidget>(page, "resultBox")->isVisible());
        checkMainWindow(QStringLiteral("Webhooks"),
                        {QStringLiteral("navigationView"), QStringLiteral("createButton"),
                         QStringLiteral("editButton"), QStringLiteral("deleteButton"),
                         QStringLiteral("historyButton"), QStringLiteral("signingButton"),
                         QStringLiteral("pingButton"), QStringLiteral("sampleButton"),
                         QStringLiteral("table"), QStringLiteral("responseView")});
    }

    void focusIsVisible()
    {
        // The navigation, the list and the read-only response show a ring while focused.
        WebhooksPage *page = m_window->webhooksPage();
        activate();
        navigation()->setFocus();
        QVERIFY(ringShown(navigation()));
        QVERIFY(!ringShown(page->table()));
        page->table()->setFocus();
        QVERIFY(ringShown(page->table()));
        QVERIFY(!ringShown(navigation()));
        auto *response = child<QPlainTextEdit>(page, "responseView");
        response->setFocus();
        QVERIFY(ringShown(response));
        // Seen in the picture: the ring is drawn in the highlight colour at the edge.
        const QImage shot = response->grab().toImage();
        const QColor edge = shot.pixelColor(shot.width() / 2, 0);
        QCOMPARE(edge.rgb(), response->palette().color(QPalette::Highlight).rgb());
        m_window->grab().save(test::screenshotPath(QStringLiteral("focus-response.png")));
        navigation()->setFocus();
        m_window->grab().save(test::screenshotPath(QStringLiteral("focus-navigation.png")));
    }

    void menusOpenWithAlt()
    {
        // Alt+W is the Webhook menu's, nothing else's, on the Webhooks page.
        activate();
        m_window->webhooksPage()->table()->setFocus();
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuWebhook"));
        QVERIFY(menu);
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(menu->isVisible());
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!menu->isVisible());
    }

    void integrationsPage()
    {
        m_window->selectNode(m_window->nodeFor(m_acme, MainWindow::IntegrationsNode));
        IntegrationsPage *page = m_window->integrationsPage();
        QTRY_COMPARE(page->model()->rowCount(), 2);
        page->selectWebhook(m_slack.ref());
        QTRY_VERIFY(page->selectedWebhook().has_value());
        checkMainWindow(QStringLiteral("Integrations"),
                        {QStringLiteral("navigationView"), QStringLiteral("createWebhookButton"),
                         QStringLiteral("createSlackButton"), QStringLiteral("createTeamsButton"),
                         QStringLiteral("editButton"), QStringLiteral("pauseButton"),
                         QStringLiteral("deleteButton"), QStringLiteral("openButton"),
                         QStringLiteral("table")});
    }

    void stackIntegrationsPage()
    {
        m_window->selectNode(m_window->nodeFor(m_prod, MainWindow::IntegrationsNode));
        IntegrationsPage *page = m_window->integrationsPage();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->selectWebhook(m_deployment.ref());
        QTRY_VERIFY(page->selectedWebhook().has_value());
        checkMainWindow(QStringLiteral("Stack integrations"),
                        {QStringLiteral("navigationView"), QStringLiteral("createWebhookButton"),
                         QStringLiteral("createSlackButton"), QStringLiteral("createTeamsButton"),
                         QStringLiteral("createDeploymentButton"), QStringLiteral("editButton")});
    }

    void stacksPage()
    {
        m_window->selectNode(m_window->nodeFor(m_acme, MainWindow::StacksNode));
        ScopesPage *page = m_window->scopesPage();
        QTRY_COMPARE(page->list()->topLevelItemCount(), 1);
        page->list()->setCurrentItem(page->list()->topLevelItem(0));
        checkMainWindow(QStringLiteral("Stacks"),
                        {QStringLiteral("navigationView"), QStringLiteral("addButton"),
                         QStringLiteral("importButton"), QStringLiteral("renameButton"),
                         QStringLiteral("removeButton"), QStringLiteral("list")});
    }

    void environmentsPage()
    {
        m_window->selectNode(m_window->nodeFor(m_acme, MainWindow::EnvironmentsNode));
        ScopesPage *page = m_window->scopesPage();
        QTRY_COMPARE(page->list()->topLevelItemCount(), 1);
        page->list()->setCurrentItem(page->list()->topLevelItem(0));
        checkMainWindow(QStringLiteral("Environments"),
                        {QStringLiteral("navigationView"), QStringLiteral("addButton"),
                         QStringLiteral("renameButton"), QStringLiteral("removeButton"),
                         QStringLiteral("list")});
    }

    void historyPage()
    {
        m_window->selectNode(m_window->nodeFor(m_acme, MainWindow::WebhooksNode));
        m_window->showHistory(m_signed);
        DeliveryHistoryPage *history = m_window->historyPage();
        QTRY_VERIFY(history->isVisible());
        QTRY_VERIFY(history->table()->model()->rowCount() > 0);
        // From the navigation into the history page, whatever its own order.
        checkMainWindow(QStringLiteral("History"), {QStringLiteral("navigationView")});
        m_window->selectNode(m_window->nodeFor(m_acme, MainWindow::WebhooksNode));
    }

    void webhookDialogs()
    {
        {
            WebhookDialog dialog(*m_backend, m_acme, m_window.get());
            checkDialog(&dialog, QStringLiteral("Create webhook"),
                        {QStringLiteral("displayNameEdit"), QStringLiteral("nameEdit"),
                         QStringLiteral("payloadUrlEdit"), QStringLiteral("signatureCombo"),
                         QStringLiteral("secretEdit"), QStringLiteral("showSecretButton"),
                         QStringLiteral("generateSecretButton"), QStringLiteral("activeCheck"),
                         QStringLiteral("eventsTree")});
            // After Generate: the Copy button joins, after Generate, and its mnemonic too.
            child<QToolButton>(&dialog, "generateSecretButton")->click();
            QVERIFY(child<QPushButton>(&dialog, "copySecretButton")->isVisible());
            child<QLineEdit>(&dialog, "displayNameEdit")->setFocus();
            checkDialog(&dialog, QStringLiteral("Create webhook, secret generated"),
                        {QStringLiteral("displayNameEdit"), QStringLiteral("nameEdit"),
                         QStringLiteral("payloadUrlEdit"), QStringLiteral("signatureCombo"),
                         QStringLiteral("secretEdit"), QStringLiteral("showSecretButton"),
                         QStringLiteral("generateSecretButton"), QStringLiteral("copySecretButton"),
                         QStringLiteral("activeCheck")});
            // Alt+T goes to the secret; Alt+V to the events.
            QTest::keyClick(&dialog, Qt::Key_V, Qt::AltModifier);
            QVERIFY(dialog.eventTree()->hasFocus());
            QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
            QVERIFY(child<QLineEdit>(&dialog, "secretEdit")->hasFocus());
        }
        {
            // Editing one with a secret: Secret (T), Remove the secret (R), Save (S).
            WebhookDialog dialog(*m_backend, m_signed, m_window.get());
            checkDialog(&dialog, QStringLiteral("Edit webhook"),
                        {QStringLiteral("displayNameEdit"), QStringLiteral("nameEdit"),
                         QStringLiteral("payloadUrlEdit"), QStringLiteral("signatureCombo"),
                         QStringLiteral("secretEdit")});
            QVERIFY(child<QCheckBox>(&dialog, "removeSecretCheck")->isVisible());
            QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
            QVERIFY(child<QLineEdit>(&dialog, "secretEdit")->hasFocus());
        }
        {
            WebhookDialog dialog(*m_backend, m_slack, m_window.get());
            checkDialog(&dialog, QStringLiteral("Edit Slack"));
        }
        {
            WebhookDialog dialog(*m_backend, m_deployment, m_window.get());
            checkDialog(&dialog, QStringLiteral("Edit Deployment"),
                        {QStringLiteral("displayNameEdit"), QStringLiteral("nameEdit"),
                         QStringLiteral("targetCombo")});
        }
    }

    void otherDialogs()
    {
        {
            OrganizationDialog dialog({}, m_window.get());
            checkDialog(&dialog, QStringLiteral("First run"), {QStringLiteral("organizationEdit")});
            QTest::keyClicks(child<QLineEdit>(&dialog, "organizationEdit"),
                             QStringLiteral("initech"));
            checkDialog(&dialog, QStringLiteral("First run, filled"));
        }
        {
            OrganizationDialog dialog({QStringLiteral("acme")}, m_window.get());
            QTest::keyClicks(child<QLineEdit>(&dialog, "organizationEdit"),
                             QStringLiteral("initech"));
            checkDialog(&dialog, QStringLiteral("Add organization"));
        }
        {
            PreferencesDialog dialog(m_window.get());
            checkDialog(&dialog, QStringLiteral("Preferences"),
                        {QStringLiteral("timeoutSpin"), QStringLiteral("concurrencySpin"),
                         QStringLiteral("retentionDaysSpin"), QStringLiteral("retentionCountSpin"),
                         QStringLiteral("appearanceCombo")});
        }
        {
            StackImportDialog dialog(*m_backend, {QStringLiteral("acme")}, {m_prod},
                                     QStringLiteral("acme"), m_window.get());
            dialog.setJson(QStringLiteral(
                R"([{"name": "acme/website/staging"}, {"name": "acme/web site/x"}])"));
            checkDialog(&dialog, QStringLiteral("Import stacks"),
                        {QStringLiteral("jsonEdit"), QStringLiteral("organizationCombo"),
                         QStringLiteral("projectEdit"), QStringLiteral("previewList")});
        }
        {
            SampleEventDialog dialog(m_signed, m_window.get());
            checkDialog(&dialog, QStringLiteral("Sample event"),
                        {QStringLiteral("filterEdit"), QStringLiteral("eventList")});
        }
        {
            ScopeDialog dialog(*m_backend, Scope::Kind::Stack, {QStringLiteral("acme")}, {m_prod},
                               m_window.get());
            dialog.setOrganization(QStringLiteral("acme"));
            checkDialog(&dialog, QStringLiteral("Add stack"));
            QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("qa"));
            checkDialog(&dialog, QStringLiteral("Add stack, filled"));
        }
        {
            ScopeDialog dialog(*m_backend, Scope::Kind::Environment, {QStringLiteral("acme")},
                               {m_env}, m_window.get());
            checkDialog(&dialog, QStringLiteral("Add environment"));
        }
        {
            ScopeDialog dialog(*m_backend, m_prod, {m_prod}, m_window.get());
            checkDialog(&dialog, QStringLiteral("Rename stack"));
        }
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
