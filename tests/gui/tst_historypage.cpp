#include "AppInfo.h"
#include "DeliveryHistoryModel.h"
#include "DeliveryHistoryPage.h"
#include "Formatting.h"
#include "HealthChart.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "TestSupport.h"
#include "Theme.h"
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
    int m_delayMs = 0; ///< how long the receiver takes to answer
    Webhook m_webhook;
    Webhook m_other; ///< a second webhook, never delivered to

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

    void selectRowOf(const QString &id)
    {
        QTRY_VERIFY(page()->model()->rowOf(id) >= 0);
        page()->table()->selectRow(page()->model()->rowOf(id));
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == id);
    }

    /// The row selected in the table, -1 for none.
    int selectedRow()
    {
        const QModelIndexList rows = page()->table()->selectionModel()->selectedRows();
        return rows.isEmpty() ? -1 : rows.first().row();
    }

    /// Follows the link in `label` as a click on it would.
    void followLink(const char *label, const QString &id)
    {
        auto *link = child<QLabel>(label);
        QVERIFY(link->isVisible());
        QVERIFY2(link->text().contains(QStringLiteral("href=\"%1\"").arg(id)),
                 qPrintable(link->text()));
        Q_EMIT link->linkActivated(id);
    }

    /// Pings `count` times while the receiver fails: events nothing delivered.
    void failPings(int count)
    {
        const bool healthy = m_healthy;
        m_healthy = false;
        for (int i = 0; i < count; ++i)
            QVERIFY(!ping().succeeded());
        m_healthy = healthy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        setHealthChartFactory(
            [](QWidget *parent) -> HealthChartApi * { return new HealthChart(parent); });
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY(m_receiver.listen());
        m_receiver.setHandler([this](const LocalReceiver::Request &) {
            LocalReceiver::Response r;
            r.delayMs = m_delayMs;
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
        d.name = QStringLiteral("audit-log");
        d.displayName = QStringLiteral("Audit log");
        d.secretChange = WebhookDraft::SecretChange::Keep;
        d.secret.clear();
        const Result<Webhook> other = test::await(m_backend->create(d), 15000);
        QVERIFY2(!other.error, qPrintable(other.error.message));
        m_other = other.value;

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
        QTRY_COMPARE(child<QLabel>("pageLabel")->text(), QStringLiteral("1–4 of 4"));
        // Newest first: the success, then three failures.
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));
        QCOMPARE(cell(1, DeliveryHistoryModel::ResultColumn), QStringLiteral("✘ 502"));
        QCOMPARE(cell(0, DeliveryHistoryModel::KindColumn), QStringLiteral("ping"));
        QVERIFY(cell(0, DeliveryHistoryModel::DurationColumn).endsWith(QStringLiteral(" ms")));
        // The delivery's number, and when, relative, with the exact time on hover.
        const Delivery *newest = page()->model()->deliveryAt(0);
        QCOMPARE(cell(0, DeliveryHistoryModel::IdColumn), QStringLiteral("#%1").arg(newest->id));
        QCOMPARE(cell(0, DeliveryHistoryModel::TimeColumn), QStringLiteral("just now"));
        QCOMPARE(page()
                     ->table()
                     ->model()
                     ->index(0, DeliveryHistoryModel::TimeColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 formatting::exactTime(newest->timestamp));
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
        // The webhook with deliveries (the list also holds one without, sorted first).
        m_window->webhooksPage()->selectWebhook(m_webhook.ref());
        QTRY_COMPARE(list->selectionModel()->selectedRows().size(), 1);
        const int rowOfWebhook = list->selectionModel()->selectedRows().first().row();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(page()->isVisible());
        QCOMPARE(page()->webhook()->ref(), m_webhook.ref());

        back->click();
        QTRY_VERIFY(list->isVisible());
        const QRect row = list->visualRect(list->model()->index(rowOfWebhook, 0));
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
        QVERIFY(child<QLabel>("detailSummary")
                    ->text()
                    .startsWith(QStringLiteral("#%1 · ping · ").arg(d.id)));
        QCOMPARE(child<QLabel>("detailOutcomeLabel")->text(),
                 QStringLiteral("✘ Failed: The receiver answered 502 Bad Gateway."));
        QCOMPARE(child<QLabel>("detailOutcomeLabel")->palette().color(QPalette::WindowText),
                 theme::color(theme::Tone::Failure));
        QVERIFY(!child<QLabel>("originalLink")->isVisible());
        // Redeliver is part of the delivery's detail.
        QVERIFY(child<QWidget>("detailPage")->isAncestorOf(child<QPushButton>("redeliverButton")));
        QVERIFY(child<QPushButton>("redeliverButton")->isEnabled());
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
        m_window->grab().save(test::screenshotPath(QStringLiteral("history-page.png")));
    }

    void copyButtonsSayTheyCopied()
    {
        auto *copy = child<QPushButton>("copyResponseBodyButton");
        QSignalSpy status(page(), &DeliveryHistoryPage::statusMessage);
        const int width = copy->width();
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 child<QPlainTextEdit>("responseBodyView")->toPlainText());
        QCOMPARE(copy->text(), QStringLiteral("Copied ✓"));
        QCOMPARE(copy->accessibleDescription(),
                 QStringLiteral("Response body copied to the clipboard"));
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.first().first().toString(),
                 QStringLiteral("Response body copied to the clipboard."));
        QCOMPARE(copy->width(), width); // saying so moves nothing
        QTRY_COMPARE(copy->text(), QStringLiteral("Copy"));
        QVERIFY(copy->accessibleDescription().isEmpty());
        child<QTabWidget>("detailTabs")->setCurrentIndex(0);
    }

    void filtersNarrowTheListAndCount()
    {
        auto *outcome = child<QComboBox>("outcomeCombo");
        outcome->setCurrentIndex(outcome->findData(int(DeliveryFilter::Outcome::Failed)));
        waitForCount(3);
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("3 matching deliveries"));
        QTRY_COMPARE(page()->table()->model()->rowCount(), 3);
        QTRY_COMPARE(child<QLabel>("pageLabel")->text(), QStringLiteral("1–3 of 3"));
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
        // The table's place says so, with a way out.
        auto *empty = child<QLabel>("emptyListLabel");
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No deliveries match these filters."));
        QVERIFY(!page()->table()->isVisible());
        auto *clear = child<QPushButton>("clearFiltersButton");
        QVERIFY(clear->isVisible());
        clear->click();
        QCOMPARE(search->text(), QString());
        waitForCount(4);
        QTRY_VERIFY(page()->table()->isVisible());
        QVERIFY(!empty->isVisible());
    }

    void kindAndTimeFiltersNarrowTheList()
    {
        auto *kind = child<QComboBox>("kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("stack_update")));
        waitForCount(0);
        QTRY_VERIFY(child<QPushButton>("clearFiltersButton")->isVisible());
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
        auto *where = child<QLabel>("pageLabel");
        QTRY_VERIFY(older->isEnabled());
        QVERIFY(oldest->isEnabled());
        QVERIFY(!newer->isEnabled());
        QVERIFY(!newest->isEnabled());
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));
        QTRY_COMPARE(where->text(), QStringLiteral("1–3 of 4"));

        older->click(); // the one left: the oldest failure
        QTRY_COMPARE(page()->table()->model()->rowCount(), 1);
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✘ 502"));
        QTRY_VERIFY(newer->isEnabled());
        QVERIFY(!older->isEnabled());
        QTRY_COMPARE(where->text(), QStringLiteral("4 of 4"));

        newest->click();
        QTRY_COMPARE(page()->table()->model()->rowCount(), 3);
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));
        QTRY_COMPARE(where->text(), QStringLiteral("1–3 of 4"));

        oldest->click(); // the oldest three, newest first
        QTRY_VERIFY(!oldest->isEnabled());
        QCOMPARE(page()->table()->model()->rowCount(), 3);
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✘ 502"));
        QTRY_COMPARE(where->text(), QStringLiteral("2–4 of 4"));
        QVERIFY(newer->isEnabled());
        newer->click(); // one newer left: shows the full newest page instead
        QTRY_COMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));
        QTRY_VERIFY(!newer->isEnabled());
        QTRY_COMPARE(where->text(), QStringLiteral("1–3 of 4"));

        page()->model()->setPageSize(DeliveryHistoryModel::DefaultPageSize);
        page()->model()->newest();
        QTRY_COMPARE(page()->table()->model()->rowCount(), 4);
    }

    void redeliverOneKeepsThePlaceAndLinksTheCopy()
    {
        QTRY_COMPARE(page()->table()->model()->rowCount(), 4);
        const QString original = page()->model()->deliveryAt(3)->id; // the oldest failure
        selectRowOf(original);
        auto *redeliver = child<QPushButton>("redeliverButton");
        auto *note = child<QLabel>("redeliveryNote");
        QSignalSpy done(page(), &DeliveryHistoryPage::redeliveryFinished);
        m_delayMs = 300;
        redeliver->click();
        // On its way: the button and the detail say so.
        QVERIFY(!redeliver->isEnabled());
        QCOMPARE(redeliver->text(), QStringLiteral("&Redelivering…"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("↻ Redelivering #%1…").arg(original));
        QVERIFY(done.wait(15000));
        m_delayMs = 0;
        const QString copy = done.first().first().value<Delivery>().id;
        waitForCount(5);
        QTRY_COMPARE(cell(0, DeliveryHistoryModel::RedeliveryColumn),
                     QStringLiteral("↻ of #%1").arg(original));
        // The list shows the completed record once it has been read again.
        QTRY_COMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));
        // The user is still on the delivery they redelivered, told how it went.
        QTRY_COMPARE(selectedRow(), page()->model()->rowOf(original));
        QCOMPARE(page()->selectedDelivery()->id, original);
        QVERIFY(child<QWidget>("detailPage")->isVisible());
        QTRY_VERIFY(note->text().contains(QStringLiteral(">#%1</a>: ✔ HTTP 200").arg(copy)));
        QVERIFY(redeliver->isEnabled());
        QCOMPARE(redeliver->text(), QStringLiteral("&Redeliver"));

        // The note leads to the copy, and the copy back to its original.
        followLink("redeliveryNote", copy);
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == copy);
        QCOMPARE(selectedRow(), page()->model()->rowOf(copy));
        QTRY_VERIFY(child<QLabel>("originalLink")->isVisible());
        QCOMPARE(child<QLabel>("originalLink")->text(),
                 QStringLiteral("↻ A redelivery of <a href=\"%1\">#%1</a>").arg(original));
        followLink("originalLink", original);
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == original);
        QCOMPARE(selectedRow(), page()->model()->rowOf(original));

        // In the list, "↻ of #…" leads to the original as well.
        QTableView *table = page()->table();
        const QRect link = table->visualRect(table->model()->index(
            page()->model()->rowOf(copy), DeliveryHistoryModel::RedeliveryColumn));
        QVERIFY(table->model()
                    ->index(page()->model()->rowOf(copy), DeliveryHistoryModel::RedeliveryColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .underline());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, link.center());
        QTRY_COMPARE(selectedRow(), page()->model()->rowOf(original));
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == original);
    }

    void redeliverUnderTheFailedFilterKeepsThePlace()
    {
        auto *outcome = child<QComboBox>("outcomeCombo");
        outcome->setCurrentIndex(outcome->findData(int(DeliveryFilter::Outcome::Failed)));
        waitForCount(3);
        QTRY_COMPARE(page()->table()->model()->rowCount(), 3);
        const QString original = page()->model()->deliveryAt(1)->id;
        selectRowOf(original);
        QSignalSpy done(page(), &DeliveryHistoryPage::redeliveryFinished);
        child<QPushButton>("redeliverButton")->click();
        QVERIFY(done.wait(15000));
        const QString copy = done.first().first().value<Delivery>().id;
        // The successful copy is not a failure: the list stays as it was, and so does the
        // user's place in it.
        QSignalSpy loaded(page()->model(), &DeliveryHistoryModel::pageLoaded);
        page()->refresh(); // whatever refresh the new record brought, one more after it
        QVERIFY(loaded.wait(10000));
        waitForCount(3);
        QCOMPARE(page()->model()->rowOf(copy), -1);
        QCOMPARE(selectedRow(), page()->model()->rowOf(original));
        QCOMPARE(page()->selectedDelivery()->id, original);
        QVERIFY(child<QWidget>("detailPage")->isVisible());
        auto *note = child<QLabel>("redeliveryNote");
        QTRY_VERIFY(note->text().contains(QStringLiteral(">#%1</a>: ✔ HTTP 200").arg(copy)));

        // Outside the filter, the copy still opens from its link, read from the history.
        followLink("redeliveryNote", copy);
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == copy);
        QCOMPARE(selectedRow(), -1);
        QVERIFY(child<QWidget>("detailPage")->isVisible());
        QVERIFY(child<QLabel>("detailSummary")->text().startsWith(QStringLiteral("#%1").arg(copy)));
        followLink("originalLink", original);
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == original);
        QCOMPARE(selectedRow(), page()->model()->rowOf(original));

        outcome->setCurrentIndex(outcome->findData(int(DeliveryFilter::Outcome::All)));
        waitForCount(6);
    }

    void redeliverFailedFollowsTheFilter()
    {
        // A filter that holds only successful answers: nothing to redeliver there, whatever
        // failed outside it.
        auto *search = child<QLineEdit>("searchEdit");
        QTest::keyClicks(search, QStringLiteral("position"));
        waitForCount(3); // the successful ping and the two successful redeliveries
        QTRY_VERIFY(child<QPushButton>("redeliverFailedButton")->isEnabled());
        Prompt::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>("redeliverFailedButton")->click();
        QTRY_VERIFY2(Prompt::lastText().contains(QStringLiteral("No undelivered events match")),
                     qPrintable(Prompt::lastText()));
        search->clear();
        waitForCount(6);
    }

    void redeliverEveryFailedEventOnceWithProgress()
    {
        // One of the three failed pings is left undelivered; two more fail now: three events
        // to send once more each.
        failPings(2);
        waitForCount(8);
        QSignalSpy finished(page(), &DeliveryHistoryPage::bulkFinished);
        QSignalSpy status(page(), &DeliveryHistoryPage::statusMessage);
        Prompt::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>("redeliverFailedButton")->click();
        QTRY_VERIFY2(Prompt::lastText().contains(QStringLiteral("Redeliver 3 failed events")),
                     qPrintable(Prompt::lastText()));
        QCOMPARE(Prompt::lastAction(), QStringLiteral("Redeliver 3 events"));
        QTRY_VERIFY(child<QWidget>("bulkBar")->isVisible());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toLongLong(), qint64(3));
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(3));
        // The run is over: its bar goes, and the status bar says what it did.
        QVERIFY(!child<QWidget>("bulkBar")->isVisible());
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().first().toString(),
                 QStringLiteral("Redelivered 3 events: 3 succeeded, 0 failed."));
        waitForCount(11);

        // Every event is delivered now: another run has nothing to send.
        Prompt::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>("redeliverFailedButton")->click();
        QTRY_VERIFY2(Prompt::lastText().contains(QStringLiteral("No undelivered events match")),
                     qPrintable(Prompt::lastText()));
    }

    void bulkProgressBelongsToItsWebhook()
    {
        failPings(2);
        waitForCount(13);
        m_delayMs = 2000; // long enough to look at the other webhook meanwhile
        QSignalSpy finished(page(), &DeliveryHistoryPage::bulkFinished);
        Prompt::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>("redeliverFailedButton")->click();
        auto *bar = child<QWidget>("bulkBar");
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(page()->isBulkRunning());

        // Another webhook's page: not its run, no bar; it has nothing recorded and says so.
        m_window->showHistory(m_other);
        QVERIFY(page()->isBulkRunning());
        QVERIFY(!bar->isVisible());
        QVERIFY(!child<QPushButton>("redeliverFailedButton")->isEnabled());
        QVERIFY(child<QPushButton>("clearButton")->isEnabled());
        QTRY_VERIFY(child<QLabel>("emptyListLabel")->isVisible());
        QCOMPARE(
            child<QLabel>("emptyListLabel")->text(),
            QStringLiteral("No deliveries recorded.\nSend a test ping to check the receiver."));
        QVERIFY(!child<QPushButton>("clearFiltersButton")->isVisible());

        // Back on its own page the run shows again, until it is cancelled and over.
        m_window->showHistory(m_webhook);
        QVERIFY(page()->isBulkRunning());
        QVERIFY(bar->isVisible());
        QVERIFY(!child<QPushButton>("clearButton")->isEnabled());
        child<QPushButton>("bulkCancelButton")->click();
        QVERIFY(child<QLabel>("bulkLabel")->text().startsWith(QStringLiteral("Cancelling")));
        QVERIFY(finished.wait(20000));
        QVERIFY(!bar->isVisible());
        QVERIFY(child<QPushButton>("clearButton")->isEnabled());
        m_delayMs = 0;
        QTRY_VERIFY(page()->model()->matchCount() >= 13);
    }

    void aPingShowsItIsOnItsWay()
    {
        auto *ping = child<QPushButton>("pingButton");
        QSignalSpy done(page(), &DeliveryHistoryPage::redeliveryFinished);
        m_delayMs = 300;
        ping->click();
        QVERIFY(!ping->isEnabled());
        QCOMPARE(ping->text(), QStringLiteral("Sending test &ping…"));
        QVERIFY(done.wait(15000));
        m_delayMs = 0;
        QVERIFY(ping->isEnabled());
        QCOMPARE(ping->text(), QStringLiteral("Send test &ping"));
        // The new ping is selected once the list shows it.
        const QString id = done.first().first().value<Delivery>().id;
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == id);
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

    // The window itself loads the chart from its plug-in, the first time a history is shown.
    void theChartComesFromItsPlugin()
    {
        setHealthChartFactory(nullptr);
        QWidget host;
        QString error;
        HealthChartApi *chart = makeHealthChart(&host, &error);
        QVERIFY2(chart, qPrintable(error));
        QCOMPARE(chart->widget()->parent(), &host);
        QCOMPARE(QByteArray(chart->widget()->metaObject()->className()),
                 QByteArray("wc::gui::HealthChart"));
        DayStats day;
        day.day = QDate::currentDate();
        day.total = 4;
        day.succeeded = 3;
        day.failed = 1;
        day.averageDurationMs = 12;
        chart->setStats({day}, day.day);
        QCOMPARE(chart->successPoints().size(), 1);
        QCOMPARE(chart->successPoints().first().y(), 75.0);
        setHealthChartFactory(
            [](QWidget *parent) -> HealthChartApi * { return new HealthChart(parent); });
    }

    void clearHistoryEmptiesThePage()
    {
        Prompt::setNextAnswer(QMessageBox::Yes);
        QSignalSpy cleared(page(), &DeliveryHistoryPage::historyCleared);
        child<QPushButton>("clearButton")->click();
        QCOMPARE(Prompt::lastAction(), QStringLiteral("Clear history"));
        QVERIFY(cleared.wait(15000));
        waitForCount(0);
        QTRY_COMPARE(page()->table()->model()->rowCount(), 0);
        // It says what happened, not that nothing was ever sent; nothing of before stays.
        auto *empty = child<QLabel>("emptyListLabel");
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(),
                 QStringLiteral("History cleared. No deliveries have been recorded since."));
        QVERIFY(!child<QPushButton>("clearFiltersButton")->isVisible());
        QVERIFY(!child<QWidget>("bulkBar")->isVisible());
        QCOMPARE(child<QLabel>("pageLabel")->text(), QString());
        QVERIFY(!page()->selectedDelivery());
        QVERIFY(child<QLabel>("emptyDetailLabel")->isVisible());
        QTRY_COMPARE(page()->chart()->successPoints().size(), 0);

        // The next ping ends the emptiness.
        QVERIFY(ping().succeeded());
        QTRY_VERIFY(page()->table()->isVisible());
        waitForCount(1);
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
