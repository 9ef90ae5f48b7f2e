// The Webhooks page in a real window under Xvfb: the result of a test delivery belongs to its
// webhook (it goes when another is selected, the organization changes or the webhook is
// deleted, and no empty panel shows meanwhile); a delivery on its way shows in its row and
// cannot be sent twice; the list keeps its rows when the answer arrives; a delete selects the
// neighbour; destructive prompts name their action; the title names the page; F5 reads again.

#include "AppInfo.h"
#include "DeliveryHistoryPage.h"
#include "Formatting.h"
#include "IntegrationsPage.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "SampleEventDialog.h"
#include "Settings.h"
#include "TestSupport.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QSplitterHandle>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace wc;
using namespace wc::gui;
using test::child;
using test::LocalReceiver;

class TestWebhooksPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    LocalReceiver m_receiver;
    const Scope m_acme = Scope::organizationScope(QStringLiteral("acme"));
    const Scope m_initech = Scope::organizationScope(QStringLiteral("initech"));

    WebhooksPage *page() { return m_window->webhooksPage(); }
    QGroupBox *resultBox() { return child<QGroupBox>(page(), "resultBox"); }
    QLabel *resultLabel() { return child<QLabel>(page(), "resultLabel"); }
    QAction *action(const char *name) { return test::action(m_window.get(), name); }

    Webhook create(const Scope &scope, const QString &name, const QString &displayName,
                   const QString &url, const QString &secret = {})
    {
        WebhookDraft d;
        d.scope = scope;
        d.name = name;
        d.displayName = displayName;
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

    QString outcome(const WebhookRef &ref)
    {
        WebhookListModel *model = page()->model();
        return model->index(model->rowOf(ref), WebhookListModel::LastDeliveryColumn)
            .data(WebhookListModel::OutcomeRole)
            .toString();
    }

    void showWebhooks(const Scope &scope)
    {
        QTRY_VERIFY(m_window->nodeFor(scope, MainWindow::WebhooksNode).isValid());
        m_window->selectNode(m_window->nodeFor(scope, MainWindow::WebhooksNode));
        QTRY_VERIFY(!page()->model()->isLoading());
    }

    void select(const WebhookRef &ref)
    {
        page()->selectWebhook(ref);
        QTRY_VERIFY(page()->selectedWebhook() && page()->selectedWebhook()->ref() == ref);
    }

    void activate() { QVERIFY(test::activate(m_window.get())); }

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
        QVERIFY(!test::await(m_backend->addOrganization(QStringLiteral("initech"))));
        QVERIFY(!test::await(m_backend->addOrganization(QStringLiteral("empty-org"))));
        create(m_acme, QStringLiteral("alpha"), QStringLiteral("Alpha"), m_receiver.url(),
               QStringLiteral("alpha-secret"));
        create(m_acme, QStringLiteral("bravo"), QStringLiteral("Bravo"), m_receiver.url());
        create(m_acme, QStringLiteral("charlie"), QStringLiteral("Charlie"), m_receiver.url());
        create(m_initech, QStringLiteral("tps"), QStringLiteral("TPS reports"), m_receiver.url());
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1024, 700);
        QSignalSpy reloaded(m_window.get(), &MainWindow::navigationReloaded);
        m_window->reloadNavigation(QStringLiteral("acme"));
        QVERIFY(reloaded.wait(10000));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        showWebhooks(m_acme);
        QTRY_COMPARE(page()->model()->rowCount(), 3);
    }

    void noPanelUntilThereIsSomethingToShow()
    {
        // Nothing sent yet: no empty box takes the list's room.
        QVERIFY(!resultBox()->isVisible());
        select({m_acme, QStringLiteral("alpha")});
        QVERIFY(!resultBox()->isVisible());
    }

    void emptyScopeOffersCreateInTheMiddle()
    {
        showWebhooks(Scope::organizationScope(QStringLiteral("empty-org")));
        auto *create = child<QPushButton>(page(), "emptyCreateButton");
        auto *empty = child<QLabel>(page(), "emptyLabel");
        QTRY_VERIFY(create->isVisible());
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Create webhook")));
        // One thing to do, in the middle: no row of disabled buttons, no test panel.
        QVERIFY(!child<QWidget>(page(), "buttonBar")->isVisible());
        QVERIFY(!resultBox()->isVisible());
        const QWidget *list = child<QWidget>(page(), "listStack");
        const QPoint centre = create->mapTo(list, create->rect().center());
        QVERIFY2(qAbs(centre.x() - list->width() / 2) <= 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(centre.x()).arg(list->width())));
        QVERIFY2(qAbs(centre.y() - list->height() / 2) <= list->height() / 5,
                 qPrintable(QStringLiteral("%1 of %2").arg(centre.y()).arg(list->height())));
        m_window->grab().save(test::screenshotPath(QStringLiteral("webhooks-empty.png")));
        // It opens the form.
        test::onNextDialog<WebhookDialog>(
            [](WebhookDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        create->click();
        showWebhooks(m_acme);
        QVERIFY(child<QWidget>(page(), "buttonBar")->isVisible());
    }

    void resultBelongsToItsWebhook()
    {
        const WebhookRef alpha{m_acme, QStringLiteral("alpha")};
        const WebhookRef bravo{m_acme, QStringLiteral("bravo")};
        select(alpha);
        QSignalSpy finished(page(), &WebhooksPage::pingFinished);
        child<QPushButton>(page(), "pingButton")->click();
        QVERIFY(finished.wait(15000));
        QTRY_VERIFY(resultBox()->isVisible());
        QVERIFY2(resultLabel()->text().contains(QStringLiteral("“Alpha” answered 200")),
                 qPrintable(resultLabel()->text()));
        QVERIFY(resultBox()->title().contains(QStringLiteral("Alpha")));
        // Durations as people read them ("12 ms", "9.7 s").
        const auto delivery = finished.first().at(0).value<Delivery>();
        QVERIFY2(resultLabel()->text().contains(formatting::duration(delivery.durationMs)),
                 qPrintable(resultLabel()->text()));

        // Another webhook selected: Alpha's result is not shown as if it were Bravo's.
        select(bravo);
        QVERIFY(!resultBox()->isVisible());
        QVERIFY(!resultLabel()->text().contains(QStringLiteral("Bravo")));
        // Back to Alpha: its own result again.
        select(alpha);
        QVERIFY(resultBox()->isVisible());
        QVERIFY(resultLabel()->text().contains(QStringLiteral("Alpha")));

        // Another organization: nothing of acme's shows.
        showWebhooks(m_initech);
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        select({m_initech, QStringLiteral("tps")});
        QVERIFY(!resultBox()->isVisible());
        // Back in acme, the old result is gone with the scope it was shown in.
        showWebhooks(m_acme);
        QTRY_COMPARE(page()->model()->rowCount(), 3);
        select(alpha);
        QVERIFY(!resultBox()->isVisible());
    }

    void resultGoesWithItsWebhook()
    {
        const Webhook doomed =
            create(m_acme, QStringLiteral("doomed"), QStringLiteral("Doomed"), m_receiver.url());
        QTRY_VERIFY(page()->model()->rowOf(doomed.ref()) >= 0);
        select(doomed.ref());
        QSignalSpy finished(page(), &WebhooksPage::pingFinished);
        page()->pingWebhook();
        QVERIFY(finished.wait(15000));
        QVERIFY(resultBox()->isVisible());
        QVERIFY(!test::await(m_backend->remove(doomed.ref())));
        QTRY_COMPARE(page()->model()->rowOf(doomed.ref()), -1);
        QVERIFY(!resultLabel()->text().contains(QStringLiteral("Doomed")) ||
                !resultBox()->isVisible());
        QVERIFY(!resultBox()->isVisible());
    }

    void sendingShowsInTheRowAndCannotBeSentTwice()
    {
        const WebhookRef alpha{m_acme, QStringLiteral("alpha")};
        const WebhookRef bravo{m_acme, QStringLiteral("bravo")};
        LocalReceiver::Response slow;
        slow.delayMs = 1500;
        m_receiver.setResponse(slow);
        const auto restore = qScopeGuard([this] { m_receiver.setResponse({}); });
        select(alpha);
        activate();
        auto *ping = child<QPushButton>(page(), "pingButton");
        auto *sample = child<QPushButton>(page(), "sampleButton");
        QSignalSpy finished(page(), &WebhooksPage::pingFinished);
        const qsizetype before = m_receiver.requests().size();
        ping->click();
        // From the click on: "Sending…" in its row, and nothing more can be sent to it.
        QCOMPARE(outcome(alpha), QStringLiteral("Sending…"));
        QVERIFY(page()->isSending(alpha));
        QVERIFY(!ping->isEnabled());
        QVERIFY(!sample->isEnabled());
        QVERIFY(!action("actionPingWebhook")->isEnabled());
        QVERIFY(!action("actionChooseSampleEvent")->isEnabled());
        QVERIFY(resultLabel()->text().startsWith(QStringLiteral("Sending a test ping")));
        QVERIFY(resultBox()->isVisible());
        // Ctrl+P again does nothing.
        page()->table()->setFocus();
        QTest::keyClick(page()->table(), Qt::Key_P, Qt::ControlModifier);
        // The list keeps its rows when the answer arrives: the panel is already its size.
        const int tableHeight = page()->table()->height();
        const int rowsShown = page()->table()->rowAt(page()->table()->viewport()->height() - 1);
        m_window->grab().save(test::screenshotPath(QStringLiteral("webhooks-sending.png")));
        // Another webhook can be pinged meanwhile.
        select(bravo);
        QVERIFY(ping->isEnabled());
        QVERIFY(action("actionPingWebhook")->isEnabled());
        select(alpha);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY(outcome(alpha).startsWith(QStringLiteral("✔ 200")));
        QCOMPARE(m_receiver.requests().size(), before + 1); // one ping, not two
        QVERIFY(ping->isEnabled());
        QVERIFY(sample->isEnabled());
        QVERIFY(action("actionPingWebhook")->isEnabled());
        QVERIFY(resultLabel()->text().contains(QStringLiteral("answered 200")));
        QCOMPARE(page()->table()->height(), tableHeight);
        QCOMPARE(page()->table()->rowAt(page()->table()->viewport()->height() - 1), rowsShown);
        // Over a second: said in seconds.
        const auto delivery = finished.first().at(0).value<Delivery>();
        QVERIFY(delivery.durationMs >= 1000);
        QVERIFY2(resultLabel()->text().contains(formatting::duration(delivery.durationMs)),
                 qPrintable(resultLabel()->text()));
        QVERIFY(resultLabel()->text().contains(QStringLiteral(" s.")));
        // The whole sentence shows.
        QTRY_VERIFY(resultLabel()->height() >=
                    resultLabel()->heightForWidth(resultLabel()->width()));
    }

    void panelHeightIsRemembered()
    {
        const WebhookRef alpha{m_acme, QStringLiteral("alpha")};
        select(alpha);
        QSignalSpy finished(page(), &WebhooksPage::pingFinished);
        page()->pingWebhook();
        QVERIFY(finished.wait(15000));
        QVERIFY(resultBox()->isVisible());
        auto *splitter = child<QSplitter>(page(), "pageSplitter");
        QSplitterHandle *handle = splitter->handle(1);
        const int before = resultBox()->height();
        // Dragged 60 pixels up: a taller panel, remembered.
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip - QPoint(0, 60));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(0, 60));
        QTRY_VERIFY2(resultBox()->height() > before + 30,
                     qPrintable(QStringLiteral("%1 → %2").arg(before).arg(resultBox()->height())));
        const int dragged = resultBox()->height();
        QCOMPARE(Settings::value(QStringLiteral("window/testResultHeight")).toInt(), dragged);

        // A new window gives the panel the same height when it shows.
        MainWindow again(*m_backend);
        again.resize(1024, 700);
        QSignalSpy reloaded(&again, &MainWindow::navigationReloaded);
        again.reloadNavigation(QStringLiteral("acme"));
        QVERIFY(reloaded.wait(10000));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        WebhooksPage *other = again.webhooksPage();
        QTRY_COMPARE(other->model()->rowCount(), 3);
        other->selectWebhook(alpha);
        QTRY_VERIFY(other->selectedWebhook().has_value());
        QSignalSpy otherFinished(other, &WebhooksPage::pingFinished);
        other->pingWebhook();
        QVERIFY(otherFinished.wait(15000));
        auto *box = child<QGroupBox>(other, "resultBox");
        QTRY_VERIFY(box->isVisible());
        QTRY_COMPARE(box->height(), dragged);
    }

    void deleteAsksByNameAndSelectsTheNeighbour()
    {
        // Sorted by name: alpha, bravo, charlie. Bravo goes; Charlie takes its place.
        const WebhookRef bravo{m_acme, QStringLiteral("bravo")};
        select(bravo);
        activate();
        page()->table()->setFocus();
        Prompt::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(page()->table(), Qt::Key_Delete);
        QTRY_COMPARE(page()->model()->rowOf(bravo), -1);
        // No secret: the keychain is not mentioned.
        QVERIFY2(!Prompt::lastText().contains(QStringLiteral("keychain")),
                 qPrintable(Prompt::lastText()));
        QCOMPARE(Prompt::lastAction(), QStringLiteral("&Delete webhook"));
        QTRY_VERIFY(page()->selectedWebhook().has_value());
        QCOMPARE(page()->selectedWebhook()->name, QStringLiteral("charlie"));
        QVERIFY(page()->table()->hasFocus());
        QVERIFY(action("actionEditWebhook")->isEnabled());
        QVERIFY(action("actionDeleteWebhook")->isEnabled());

        // The last row goes: the one above is selected. Alpha has a secret: it is mentioned.
        Prompt::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(page()->table(), Qt::Key_Delete);
        QTRY_COMPARE(page()->model()->rowOf({m_acme, QStringLiteral("charlie")}), -1);
        QTRY_VERIFY(page()->selectedWebhook().has_value());
        QCOMPARE(page()->selectedWebhook()->name, QStringLiteral("alpha"));
        // Ctrl+E still edits: the form opens for Alpha.
        test::onNextDialog<WebhookDialog>([](WebhookDialog *dialog) {
            QVERIFY(dialog->windowTitle().contains(QStringLiteral("Alpha")));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(page()->table(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        // The window manager's part (none under Xvfb): the window is active again, and the
        // list has the keyboard as it had before the form opened.
        activate();
        QVERIFY(page()->table()->hasFocus());
        Prompt::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(page()->table(), Qt::Key_Delete);
        QVERIFY2(Prompt::lastText().contains(QStringLiteral("its secret in your keychain")),
                 qPrintable(Prompt::lastText()));
        QCOMPARE(page()->model()->rowCount(), 1); // cancelled
    }

    void destructivePromptsNameTheirAction()
    {
        // What the box looks like: a warning, the action on its button, Cancel the default.
        const auto box = Prompt::confirmationBox(m_window.get(), QStringLiteral("Delete webhook"),
                                                 QStringLiteral("Delete the webhook “x”?"),
                                                 QStringLiteral("&Delete webhook"));
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QStringList texts;
        for (QAbstractButton *b : box->buttons())
            texts << b->text();
        QVERIFY2(texts.contains(QStringLiteral("&Delete webhook")), qPrintable(texts.join(u',')));
        QVERIFY(!texts.contains(QStringLiteral("&Yes")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QCOMPARE(box->escapeButton(),
                 static_cast<QAbstractButton *>(box->button(QMessageBox::Cancel)));
        box->show();
        QVERIFY(QTest::qWaitForWindowExposed(box.get()));
        box->grab().save(test::screenshotPath(QStringLiteral("delete-prompt.png")));
        // Return (the default) cancels; it does not delete.
        QTest::keyClick(box.get(), Qt::Key_Return);
        QCOMPARE(box->clickedButton(), box->button(QMessageBox::Cancel));

        // Removing a stack asks with "Remove stack".
        const Scope stack =
            Scope::stackScope(QStringLiteral("acme"), QStringLiteral("web"), QStringLiteral("qa"));
        QVERIFY(!test::await(m_backend->addScope(stack)));
        QTRY_VERIFY(m_window->nodeFor(stack, MainWindow::StackNode).isValid());
        m_window->selectNode(m_window->nodeFor(stack, MainWindow::IntegrationsNode));
        QSignalSpy removed(m_window.get(), &MainWindow::scopeRemovalFinished);
        Prompt::setNextAnswer(QMessageBox::Yes);
        m_window->removeScope();
        QVERIFY(removed.wait(10000));
        QCOMPARE(Prompt::lastAction(), QStringLiteral("&Remove stack"));
    }

    void sampleSearchThatMatchesNothingSaysSo()
    {
        const auto webhook = test::await(m_backend->webhook({m_acme, QStringLiteral("alpha")}));
        QVERIFY(!webhook.error);
        SampleEventDialog dialog(webhook.value, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = child<QTreeWidget>(&dialog, "eventList");
        auto *search = child<QLineEdit>(&dialog, "filterEdit");
        search->setText(QStringLiteral("no-such-event"));
        // The list says so where the events were; nothing can be sent.
        QStringList shown;
        for (QTreeWidgetItemIterator it(list); *it; ++it) {
            if (!(*it)->isHidden())
                shown << (*it)->text(0);
        }
        QCOMPARE(shown, QStringList{QStringLiteral("No event matches “no-such-event”.")});
        QVERIFY(dialog.event().isEmpty());
        QVERIFY(!child<QDialogButtonBox>(&dialog, "buttonBox")
                     ->button(QDialogButtonBox::Ok)
                     ->isEnabled());
        dialog.grab().save(test::screenshotPath(QStringLiteral("sample-no-match.png")));
        // Cleared: the events are back, one of them chosen.
        search->clear();
        QVERIFY(!dialog.event().isEmpty());
        // Ctrl+F from the list goes back to the search.
        QVERIFY(test::activate(&dialog));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
    }

    void titleNamesThePage()
    {
        showWebhooks(m_acme);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Webhooks — acme — Webhook Console"));
        m_window->selectNode(m_window->nodeFor(m_acme, MainWindow::IntegrationsNode));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Integrations — acme — Webhook Console"));
        m_window->selectNode(m_window->nodeFor(m_acme, MainWindow::StacksNode));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Stacks — acme — Webhook Console"));
        m_window->selectNode(m_window->nodeFor(m_acme, MainWindow::EnvironmentsNode));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Environments — acme — Webhook Console"));
        showWebhooks(m_acme);
        select({m_acme, QStringLiteral("alpha")});
        action("actionShowDeliveries")->trigger();
        QTRY_VERIFY(m_window->historyPage()->isVisible());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Deliveries — Alpha — Webhook Console"));
        showWebhooks(m_acme);
    }

    void f5ReadsThePageAgain()
    {
        showWebhooks(m_acme);
        const int rows = page()->model()->rowCount();
        {
            // Written underneath the backend (as another tool would, without telling it).
            test::SeedDatabase seed(test::databasePath(m_dir));
            QVERIFY(seed.opened);
            (void)test::insertWebhook(seed.webhooks, QStringLiteral("written-elsewhere"));
        }
        QCOMPARE(page()->model()->rowCount(), rows);
        const WebhookRef alpha{m_acme, QStringLiteral("alpha")};
        select(alpha);
        activate();
        page()->table()->setFocus();
        QTest::keyClick(page()->table(), Qt::Key_F5);
        QTRY_COMPARE(page()->model()->rowCount(), rows + 1);
        // The user's place is kept: the same webhook selected, the keyboard in the list.
        QVERIFY(page()->selectedWebhook().has_value());
        QCOMPARE(page()->selectedWebhook()->ref(), alpha);
        QVERIFY(page()->table()->hasFocus());

        // On the Integrations page too.
        m_window->selectNode(m_window->nodeFor(m_acme, MainWindow::IntegrationsNode));
        IntegrationsPage *integrations = m_window->integrationsPage();
        QTRY_COMPARE(integrations->model()->rowCount(), rows + 1);
        {
            test::SeedDatabase seed(test::databasePath(m_dir));
            (void)test::insertWebhook(seed.webhooks, QStringLiteral("written-again"));
        }
        integrations->table()->setFocus();
        QTest::keyClick(integrations->table(), Qt::Key_F5);
        QTRY_COMPARE(integrations->model()->rowCount(), rows + 2);
    }
};

QTEST_MAIN(TestWebhooksPage)
#include "tst_webhookspage.moc"
