#include "AppInfo.h"
#include "DeliveryHistoryModel.h"
#include "DeliveryHistoryPage.h"
#include "HealthChart.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "TestSupport.h"
#include "WebhooksPage.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace wc;
using namespace wc::gui;
using test::LocalReceiver;

// The delivery history in a real window under Xvfb: real pings to a receiver on 127.0.0.1 that
// fails and then recovers, read back through the page.
class TestHistoryPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    LocalReceiver m_receiver;
    bool m_healthy = false;
    bool m_huge = false;
    Webhook m_webhook;

    DeliveryHistoryPage *page() { return m_window->historyPage(); }

    template <typename T> T *child(const char *name) { return test::child<T>(page(), name); }

    Delivery ping()
    {
        const Result<Delivery> done = test::await(m_backend->ping(m_webhook.ref()), 15000);
        if (done.error)
            qFatal("%s", qPrintable(done.error.message));
        return done.value;
    }

    QString cell(int row, int column)
    {
        return page()->table()->model()->index(row, column).data().toString();
    }

    void waitForCount(qint64 n)
    {
        QTRY_COMPARE_WITH_TIMEOUT(page()->model()->matchCount(), n, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY(m_receiver.listen());
        m_receiver.setHandler([this](const LocalReceiver::Request &) {
            LocalReceiver::Response r;
            if (!m_healthy) {
                r.status = 502;
                r.reason = "Bad Gateway";
                r.body = R"({"error":"upstream deploy service unreachable"})";
            } else if (m_huge) {
                r.body = "[" + QByteArray(100 * 1024, '7') + "]";
            } else {
                r.body = R"({"received":true,"queue":"deployments","position":3})";
            }
            return r;
        });
        m_backend = std::make_unique<LocalBackend>(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        QVERIFY(!test::await(m_backend->addOrganization(QStringLiteral("acme-corp"))));

        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme-corp"));
        d.name = QStringLiteral("deploy-notifier");
        d.displayName = QStringLiteral("Deploy notifier");
        d.payloadUrl = m_receiver.url(QStringLiteral("/pulumi/events"));
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("history-secret");
        const Result<Webhook> created = test::await(m_backend->create(d), 15000);
        QVERIFY2(!created.error, qPrintable(created.error.message));
        m_webhook = created.value;

        for (int i = 0; i < 3; ++i)
            QVERIFY(!ping().succeeded());
        m_healthy = true;
        QVERIFY(ping().succeeded());

        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1280, 860);
        m_window->reloadNavigation(QStringLiteral("acme-corp"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        new QAbstractItemModelTester(
            page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page());
    }

    void opensFromTheWebhooksListWithTheKeyboard()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->webhooksPage()->selectWebhook(m_webhook.ref());
        QTableView *list = m_window->webhooksPage()->table();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(page()->isVisible());
        QCOMPARE(page()->webhook()->ref(), m_webhook.ref());
        waitForCount(4);
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("4 deliveries"));
        QCOMPARE(page()->table()->model()->rowCount(), 4);
        // Newest first: the success, then three failures.
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));
        QCOMPARE(cell(1, DeliveryHistoryModel::ResultColumn), QStringLiteral("✘ 502"));
        QCOMPARE(cell(0, DeliveryHistoryModel::KindColumn), QStringLiteral("ping"));
        QVERIFY(cell(0, DeliveryHistoryModel::DurationColumn).endsWith(QStringLiteral(" ms")));
        // The chart shows today's success rate: 1 of 4.
        QTRY_COMPARE(page()->chart()->successPoints().size(), 1);
        QCOMPARE(page()->chart()->successPoints().first().y(), 25.0);
        QCOMPARE(page()->chart()->title(),
                 QStringLiteral("Success rate and mean duration per day, last 14 days"));
    }

    void opensWithEnterAndDoubleClick()
    {
        auto *back = child<QToolButton>("backButton");
        QTableView *list = m_window->webhooksPage()->table();
        back->click();
        QTRY_VERIFY(list->isVisible());
        QVERIFY(!page()->isVisible());
        list->setFocus();
        list->selectRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(page()->isVisible());
        QCOMPARE(page()->webhook()->ref(), m_webhook.ref());

        back->click();
        QTRY_VERIFY(list->isVisible());
        const QRect row = list->visualRect(list->model()->index(0, 0));
        // As a display server delivers a double click: press, release, double click, release.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QTRY_VERIFY(page()->isVisible());
        QCOMPARE(page()->webhook()->ref(), m_webhook.ref());
        waitForCount(4);
    }

    void selectingADeliveryShowsRequestAndResponse()
    {
        page()->table()->selectRow(1); // the newest failure
        QTRY_VERIFY(page()->selectedDelivery().has_value());
        const Delivery d = *page()->selectedDelivery();
        QVERIFY(child<QLabel>("detailSummary")->text().contains(QStringLiteral("Failed")));
        QVERIFY(
            child<QLabel>("requestUrlLabel")->text().contains(QStringLiteral("/pulumi/events")));
        const QString headers = child<QPlainTextEdit>("requestHeadersView")->toPlainText();
        QVERIFY(headers.contains(QStringLiteral("Pulumi-Webhook-Kind: ping")));
        QVERIFY(headers.contains(QStringLiteral("Pulumi-Webhook-Signature: ")));
        QVERIFY(!headers.contains(QStringLiteral("history-secret")));
        // Pretty-printed JSON by default, the exact bytes in raw view.
        const QString pretty = child<QPlainTextEdit>("requestBodyView")->toPlainText();
        QVERIFY(pretty.contains(QStringLiteral("\n    \"message\": ")));
        child<QCheckBox>("rawCheck")->setChecked(true);
        QCOMPARE(child<QPlainTextEdit>("requestBodyView")->toPlainText().toUtf8(), d.payload);
        child<QCheckBox>("rawCheck")->setChecked(false);

        child<QTabWidget>("detailTabs")->setCurrentIndex(1);
        QCOMPARE(child<QLabel>("responseStatusLabel")->text(),
                 QStringLiteral("HTTP 502 — The receiver answered 502 Bad Gateway."));
        QVERIFY(
            child<QPlainTextEdit>("responseBodyView")
                ->toPlainText()
                .contains(QStringLiteral("\"error\": \"upstream deploy service unreachable\"")));
        QVERIFY(child<QPlainTextEdit>("responseHeadersView")
                    ->toPlainText()
                    .contains(QStringLiteral("Content-Type: application/json")));
        QVERIFY(!child<QLabel>("truncatedLabel")->isVisible());
        child<QPushButton>("copyResponseBodyButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 child<QPlainTextEdit>("responseBodyView")->toPlainText());
        m_window->grab().save(test::screenshotPath(QStringLiteral("history-page.png")));
    }

    void filtersNarrowTheListAndCount()
    {
        auto *outcome = child<QComboBox>("outcomeCombo");
        outcome->setCurrentIndex(outcome->findData(int(DeliveryFilter::Outcome::Failed)));
        waitForCount(3);
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("3 matching deliveries"));
        QTRY_COMPARE(page()->table()->model()->rowCount(), 3);
        outcome->setCurrentIndex(outcome->findData(int(DeliveryFilter::Outcome::All)));
        waitForCount(4);
    }

    void searchFindsWordsInResponses()
    {
        auto *search = child<QLineEdit>("searchEdit");
        // Only the three failures' answers say "unreachable": a search doing nothing shows 4.
        QTest::keyClicks(search, QStringLiteral("unreach"));
        waitForCount(3);
        QTRY_COMPARE(page()->table()->model()->rowCount(), 3);
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("3 matching deliveries"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("queue POSITION"));
        waitForCount(1); // only the successful answer mentions its queue position
        QTRY_COMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nowhere-to-be-found"));
        waitForCount(0);
        QTRY_COMPARE(child<QLabel>("pageLabel")->text(),
                     QStringLiteral("No deliveries match the filter."));
        search->clear();
        waitForCount(4);
    }

    void kindAndTimeFiltersNarrowTheList()
    {
        auto *kind = child<QComboBox>("kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("stack_update")));
        waitForCount(0);
        kind->setCurrentIndex(kind->findData(QStringLiteral("ping")));
        waitForCount(4);
        kind->setCurrentIndex(0); // all events
        waitForCount(4);

        auto *time = child<QComboBox>("timeCombo");
        time->setCurrentIndex(time->findText(QStringLiteral("Last hour")));
        waitForCount(4);
        time->setCurrentIndex(time->findText(QStringLiteral("Custom range")));
        auto *since = child<QDateTimeEdit>("sinceEdit");
        auto *until = child<QDateTimeEdit>("untilEdit");
        QVERIFY(since->isVisible());
        // A range that ended yesterday holds none of today's pings.
        since->setDateTime(QDateTime::currentDateTime().addDays(-3));
        until->setDateTime(QDateTime::currentDateTime().addDays(-1));
        waitForCount(0);
        until->setDateTime(QDateTime::currentDateTime().addSecs(3600));
        waitForCount(4);
        time->setCurrentIndex(time->findText(QStringLiteral("Any time")));
        QVERIFY(!since->isVisible());
        waitForCount(4);
    }

    void pagerButtonsMoveThroughTheHistory()
    {
        page()->model()->setPageSize(3);
        page()->model()->newest();
        QTRY_COMPARE(page()->table()->model()->rowCount(), 3);
        auto *newest = child<QToolButton>("newestButton");
        auto *newer = child<QToolButton>("newerButton");
        auto *older = child<QToolButton>("olderButton");
        auto *oldest = child<QToolButton>("oldestButton");
        QTRY_VERIFY(older->isEnabled());
        QVERIFY(oldest->isEnabled());
        QVERIFY(!newer->isEnabled());
        QVERIFY(!newest->isEnabled());
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));

        older->click(); // the one left: the oldest failure
        QTRY_COMPARE(page()->table()->model()->rowCount(), 1);
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✘ 502"));
        QTRY_VERIFY(newer->isEnabled());
        QVERIFY(!older->isEnabled());

        newest->click();
        QTRY_COMPARE(page()->table()->model()->rowCount(), 3);
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));

        oldest->click(); // the oldest three, newest first
        QTRY_VERIFY(!oldest->isEnabled());
        QCOMPARE(page()->table()->model()->rowCount(), 3);
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✘ 502"));
        QVERIFY(newer->isEnabled());
        newer->click(); // one newer left: shows the full newest page instead
        QTRY_COMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));
        QTRY_VERIFY(!newer->isEnabled());

        page()->model()->setPageSize(DeliveryHistoryModel::DefaultPageSize);
        page()->model()->newest();
        QTRY_COMPARE(page()->table()->model()->rowCount(), 4);
    }

    void redeliverOneShowsTheLinkedCopy()
    {
        QTRY_COMPARE(page()->table()->model()->rowCount(), 4);
        page()->table()->selectRow(3); // the oldest failure
        QTRY_VERIFY(page()->selectedDelivery().has_value());
        const QString original = page()->selectedDelivery()->id;
        QSignalSpy done(page(), &DeliveryHistoryPage::redeliveryFinished);
        child<QPushButton>("redeliverButton")->click();
        QVERIFY(done.wait(15000));
        waitForCount(5);
        QTRY_COMPARE(cell(0, DeliveryHistoryModel::RedeliveryColumn),
                     QStringLiteral("↻ of #%1").arg(original));
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));
        QTRY_VERIFY(page()->selectedDelivery() &&
                    page()->selectedDelivery()->redeliveryOf == original);
        QVERIFY(child<QLabel>("detailSummary")
                    ->text()
                    .contains(QStringLiteral("redelivery of #%1").arg(original)));
    }

    void redeliverFailedFollowsTheFilter()
    {
        // A filter that holds only the successful answer: nothing to redeliver there, whatever
        // failed outside it.
        auto *search = child<QLineEdit>("searchEdit");
        QTest::keyClicks(search, QStringLiteral("position"));
        waitForCount(2); // the successful ping and the successful redelivery
        QTRY_VERIFY(child<QPushButton>("redeliverFailedButton")->isEnabled());
        Prompt::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>("redeliverFailedButton")->click();
        QTRY_VERIFY2(Prompt::lastText().contains(QStringLiteral("No undelivered events match")),
                     qPrintable(Prompt::lastText()));
        search->clear();
        waitForCount(5);
    }

    void redeliverEveryFailedEventOnceWithProgress()
    {
        // Three pings failed; the oldest was redelivered with success just before: two events
        // are left undelivered, and each is sent once more.
        QSignalSpy finished(page(), &DeliveryHistoryPage::bulkFinished);
        Prompt::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>("redeliverFailedButton")->click();
        QTRY_VERIFY2(Prompt::lastText().contains(QStringLiteral("Redeliver 2 failed events")),
                     qPrintable(Prompt::lastText()));
        QTRY_VERIFY(child<QWidget>("bulkBar")->isVisible());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toLongLong(), qint64(2));
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(2));
        QCOMPARE(child<QProgressBar>("bulkProgress")->value(), 2);
        QVERIFY(child<QLabel>("bulkLabel")->text().contains(QStringLiteral("2 events")));
        QVERIFY(child<QLabel>("bulkLabel")->text().contains(QStringLiteral("2 succeeded")));
        waitForCount(7);

        // Every event is delivered now: another run has nothing to send.
        Prompt::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>("redeliverFailedButton")->click();
        QTRY_VERIFY2(Prompt::lastText().contains(QStringLiteral("No undelivered events match")),
                     qPrintable(Prompt::lastText()));
    }

    void aCutResponseSaysSo()
    {
        m_huge = true;
        QSignalSpy done(page(), &DeliveryHistoryPage::redeliveryFinished);
        child<QPushButton>("pingButton")->click();
        QVERIFY(done.wait(15000));
        m_huge = false;
        const QString id = done.first().first().value<Delivery>().id;
        QTRY_VERIFY(page()->model()->rowOf(id) >= 0);
        page()->selectDelivery(id);
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == id);
        child<QTabWidget>("detailTabs")->setCurrentIndex(1);
        QVERIFY(child<QLabel>("truncatedLabel")->isVisible());
        QVERIFY(child<QLabel>("truncatedLabel")->text().contains(QStringLiteral("64 KiB")));
        QCOMPARE(child<QPlainTextEdit>("responseBodyView")->toPlainText().size(), 64 * 1024);
    }

    void clearHistoryEmptiesThePage()
    {
        Prompt::setNextAnswer(QMessageBox::Yes);
        QSignalSpy cleared(page(), &DeliveryHistoryPage::historyCleared);
        child<QPushButton>("clearButton")->click();
        QVERIFY(cleared.wait(15000));
        waitForCount(0);
        QTRY_COMPARE(page()->table()->model()->rowCount(), 0);
        QCOMPARE(child<QLabel>("pageLabel")->text(),
                 QStringLiteral("Nothing has been sent to this webhook yet."));
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
