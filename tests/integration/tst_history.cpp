#include "AppInfo.h"
#include "BulkRedelivery.h"
#include "LocalReceiver.h"
#include "TestSupport.h"
#include "local/Database.h"
#include "local/LocalBackend.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <thread>

using namespace wc;
using test::LocalReceiver;

// History at the repository and backend level: retention, clearing, per-day statistics, the
// full-text index kept in step, and bulk redelivery against a real receiver on 127.0.0.1.
class TestHistory : public QObject
{
    Q_OBJECT

    /// A fresh database file with the test's own connection to it and its repositories.
    struct Store
    {
        QTemporaryDir dir;
        QString path = test::databasePath(dir);
        test::SeedDatabase seed{path};
    };

    /// A webhook "w" to `receiver` with `count` failed deliveries: the filter of its history.
    static DeliveryFilter failedDeliveriesTo(Store &store, const LocalReceiver &receiver, int count)
    {
        const StoredWebhook w =
            test::insertWebhook(store.seed.webhooks, QStringLiteral("w"), receiver.url());
        for (int i = 0; i < count; ++i)
            test::insertDelivery(store.seed.deliveries, w.id, QDateTime::currentDateTimeUtc(), 500);
        DeliveryFilter f;
        f.webhook = w.ref();
        return f;
    }

    /// A local backend on `path`, opened.
    static std::unique_ptr<LocalBackend> openBackend(const QString &path)
    {
        auto backend = std::make_unique<LocalBackend>(path);
        if (const Error e = test::await(backend->open()))
            qFatal("cannot open the backend: %s", qPrintable(e.message));
        return backend;
    }

    static qint64 countFor(Database &db, qint64 webhookId)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE webhook_id = ?"));
        q.addBindValue(webhookId);
        q.exec();
        q.next();
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { AppInfo::apply(); }

    void retentionKeepsWhicheverRuleKeepsMore_data()
    {
        QTest::addColumn<int>("keepDays");
        QTest::addColumn<int>("keepCount");
        QTest::addColumn<int>("remaining");
        // 40 deliveries, one per day, the newest today.
        QTest::newRow("count keeps more") << 5 << 20 << 20;
        QTest::newRow("days keep more") << 30 << 10 << 30;
        QTest::newRow("both keep all") << 60 << 100 << 40;
        QTest::newRow("default rule") << 30 << 10000 << 40;
    }
    void retentionKeepsWhicheverRuleKeepsMore()
    {
        QFETCH(int, keepDays);
        QFETCH(int, keepCount);
        QFETCH(int, remaining);
        Store store;
        auto &[db, hooks, deliveries, opened] = store.seed;
        QVERIFY(opened);
        const StoredWebhook a = test::insertWebhook(hooks, QStringLiteral("a"));
        const StoredWebhook b = test::insertWebhook(hooks, QStringLiteral("b"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int day = 39; day >= 0; --day)
            test::insertDelivery(deliveries, a.id, now.addDays(-day).addSecs(-60), 200);
        test::insertDelivery(deliveries, b.id, now.addDays(-400), 200);

        const auto backend = openBackend(store.path);
        const Result<qint64> removed =
            test::await(backend->applyRetention(RetentionPolicy{keepDays, keepCount}));
        QVERIFY(!removed.error);
        QCOMPARE(countFor(db, a.id), qint64(remaining));
        QCOMPARE(countFor(db, b.id), qint64(1)); // the newest one of a webhook always stays
        QCOMPARE(removed.value, qint64(40 - remaining));
        // What stays is the newest.
        DeliveryFilter f;
        f.webhook = a.ref();
        const auto oldestKept = deliveries.pageNewer(a.id, f, 0, 1);
        QVERIFY(oldestKept.first().timestamp > now.addDays(-remaining));
    }

    // Issue 15, part 4: a prune runs on a connection of its own, so a history page asked for
    // while it runs is answered at once. The prune is held still between two of its batches
    // until the page has come (or 20 s have passed): on a shared connection the page would
    // queue behind it and never come while it is held.
    void retentionNeverHoldsUpAHistoryPage()
    {
        Store store;
        auto &[db, hooks, deliveries, opened] = store.seed;
        QVERIFY(opened);
        const StoredWebhook a = test::insertWebhook(hooks, QStringLiteral("a"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        constexpr int Old = 20000;
        QVERIFY(!db.begin());
        for (int i = 0; i < Old; ++i)
            test::insertDelivery(deliveries, a.id, now.addDays(-100).addSecs(i), 200,
                                 QStringLiteral("ping"), "{\"w\":\"zebra\"}");
        for (int i = 0; i < 10; ++i)
            test::insertDelivery(deliveries, a.id, now.addSecs(-i), 200, QStringLiteral("ping"),
                                 "{\"w\":\"zebra\"}");
        QVERIFY(!db.commit());

        constexpr int BatchSize = 500;
        std::atomic_int batches = 0;
        QSemaphore resume;
        LocalBackend::setRetentionBatching(BatchSize, [&](qint64) {
            if (++batches == 2)
                resume.tryAcquire(1, 20000); // held still here until the page has come
        });
        const auto restore = qScopeGuard([&] {
            resume.release();
            LocalBackend::setRetentionBatching(0);
        });

        const auto backend = openBackend(store.path);
        const QFuture<Result<qint64>> pruned = backend->applyRetention(RetentionPolicy{30, 1});
        QTRY_VERIFY_WITH_TIMEOUT(batches.load() >= 2, 20000);
        DeliveryFilter f;
        f.webhook = a.ref();
        const QFuture<Result<HistoryPage>> page = backend->history(f, PageRequest{});
        QTRY_VERIFY_WITH_TIMEOUT(page.isFinished(), 10000);
        QVERIFY(!pruned.isFinished()); // the page came while the prune was under way
        QVERIFY(!page.result().error);
        QCOMPARE(page.result().value.rows.size(), 100);
        resume.release();

        const Result<qint64> removed = test::await(pruned, 60000);
        QVERIFY2(!removed.error, qPrintable(removed.error.message));
        QCOMPARE(removed.value, qint64(Old)); // the same result as one transaction gave
        QVERIFY(batches.load() >= Old / BatchSize);
        QCOMPARE(countFor(db, a.id), qint64(10));
        // The full-text index followed every batch.
        DeliveryFilter search = f;
        search.search = QStringLiteral("zebra");
        QCOMPARE(deliveries.count(a.id, search), qint64(10));
        QVERIFY(
            !db.exec(QStringLiteral(
                         "INSERT INTO deliveries_fts (deliveries_fts) VALUES ('integrity-check')"),
                     QStringLiteral("check the full-text index")));
    }

    // Closing the console stops a prune after the batch under way: what went stays gone, the
    // rest stays, and the full-text index matches what stayed.
    void closingStopsAPruneBetweenBatches()
    {
        Store store;
        auto &[db, hooks, deliveries, opened] = store.seed;
        QVERIFY(opened);
        const StoredWebhook a = test::insertWebhook(hooks, QStringLiteral("a"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!db.begin());
        for (int i = 0; i < 5000; ++i)
            test::insertDelivery(deliveries, a.id, now.addDays(-100).addSecs(i), 200);
        QVERIFY(!db.commit());

        std::atomic_int batches = 0;
        QSemaphore held;
        QSemaphore resume;
        LocalBackend::setRetentionBatching(100, [&](qint64) {
            if (++batches == 3) {
                held.release();
                resume.tryAcquire(1, 20000);
            }
        });
        const auto restore = qScopeGuard([] { LocalBackend::setRetentionBatching(0); });
        {
            auto backend = openBackend(store.path);
            (void)backend->applyRetention(RetentionPolicy{30, 1});
            QTRY_VERIFY_WITH_TIMEOUT(held.available() == 1, 20000);
            // Let the prune go on only once the backend is going away (this thread is then
            // waiting in its destructor).
            std::thread releaser([&resume] {
                QThread::msleep(1000);
                resume.release();
            });
            backend.reset(); // waits for the batch under way, not for the whole prune
            releaser.join();
        }
        QCOMPARE(batches.load(), 3);
        QCOMPARE(countFor(db, a.id), qint64(5000 - 300));
        QVERIFY(
            !db.exec(QStringLiteral(
                         "INSERT INTO deliveries_fts (deliveries_fts) VALUES ('integrity-check')"),
                     QStringLiteral("check the full-text index")));
    }

    void clearRemovesOneWebhooksHistoryAndItsSearchIndex()
    {
        Store store;
        auto &[db, hooks, deliveries, opened] = store.seed;
        QVERIFY(opened);
        const StoredWebhook a = test::insertWebhook(hooks, QStringLiteral("a"));
        const StoredWebhook b = test::insertWebhook(hooks, QStringLiteral("b"));
        for (int i = 0; i < 4500; ++i) // more than one batch
            test::insertDelivery(deliveries, a.id, QDateTime::currentDateTimeUtc(), 200,
                                 QStringLiteral("ping"), "{\"w\":\"zebra\"}");
        test::insertDelivery(deliveries, b.id, QDateTime::currentDateTimeUtc(), 200,
                             QStringLiteral("ping"), "{\"w\":\"zebra\"}");
        const auto backend = openBackend(store.path);
        const Result<qint64> removed = test::await(backend->clearHistory(a.ref()), 20000);
        QVERIFY(!removed.error);
        QCOMPARE(removed.value, qint64(4500));
        QCOMPARE(countFor(db, a.id), qint64(0));
        DeliveryFilter f;
        f.webhook = b.ref();
        f.search = QStringLiteral("zebra");
        QCOMPARE(deliveries.count(b.id, f), qint64(1));
        QSqlQuery fts(db.connection());
        QVERIFY(fts.exec(QStringLiteral(
            "SELECT COUNT(*) FROM deliveries_fts WHERE deliveries_fts MATCH 'zebra'")));
        QVERIFY(fts.next());
        QCOMPARE(fts.value(0).toInt(), 1);
    }

    void deletingAWebhookClearsItsHistoryOnTheHistoryThread()
    {
        Store store;
        auto &[db, hooks, deliveries, opened] = store.seed;
        QVERIFY(opened);
        // The backend always deletes a history in batches on its history thread.
        const auto backend = openBackend(store.path);
        const StoredWebhook w = test::insertWebhook(hooks, QStringLiteral("w"));
        const StoredWebhook keep = test::insertWebhook(hooks, QStringLiteral("k"));
        for (int i = 0; i < 5000; ++i)
            test::insertDelivery(deliveries, w.id, QDateTime::currentDateTimeUtc(), 200);
        test::insertDelivery(deliveries, keep.id, QDateTime::currentDateTimeUtc(), 200);
        const Error removed = test::await(backend->remove(w.ref()), 30000);
        QVERIFY2(!removed, qPrintable(removed.message));
        QVERIFY(!hooks.byId(w.id).has_value());
        QCOMPARE(countFor(db, w.id), qint64(0));
        QCOMPARE(countFor(db, keep.id), qint64(1));
    }

    void searchFindsResponsesRecordedAfterTheRequest()
    {
        Store store;
        auto &[db, hooks, deliveries, opened] = store.seed;
        QVERIFY(opened);
        const StoredWebhook a = test::insertWebhook(hooks, QStringLiteral("a"));
        test::insertDelivery(deliveries, a.id, QDateTime::currentDateTimeUtc(), 500,
                             QStringLiteral("ping"), "{}", "upstream exploded: quota_exceeded");
        DeliveryFilter f;
        f.webhook = a.ref();
        f.search = QStringLiteral("quota_exceeded");
        QCOMPARE(deliveries.count(a.id, f), qint64(1));
        f.search = QStringLiteral("EXPLODED");
        QCOMPARE(deliveries.count(a.id, f), qint64(1)); // case-insensitive words
        test::insertDelivery(deliveries, a.id, QDateTime::currentDateTimeUtc(), 200,
                             QStringLiteral("stack_update"), R"({"result":"deployment failed"})");
        f.search = QStringLiteral("deploy fail");
        QCOMPARE(deliveries.count(a.id, f), qint64(1)); // every word as the start of a word
        f.search = QStringLiteral("fail deploy");
        QCOMPARE(deliveries.count(a.id, f), qint64(1)); // in any order
        f.search = QStringLiteral("ploy");
        QCOMPARE(deliveries.count(a.id, f), qint64(0)); // not the middle of a word
        f.search = QStringLiteral("%");
        QCOMPARE(deliveries.count(a.id, f), qint64(0)); // no word: a literal substring search
    }

    void dailyStatsPerUtcDay()
    {
        Store store;
        auto &[db, hooks, deliveries, opened] = store.seed;
        QVERIFY(opened);
        const StoredWebhook a = test::insertWebhook(hooks, QStringLiteral("a"));
        const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(1, 0), Qt::UTC);
        test::insertDelivery(deliveries, a.id, today.addDays(-2), 200);
        test::insertDelivery(deliveries, a.id, today.addDays(-2).addSecs(60), 500);
        test::insertDelivery(deliveries, a.id, today.addDays(-2).addSecs(120), 0);
        test::insertDelivery(deliveries, a.id, today, 200);
        const auto stats = deliveries.dailyStats(a.id, today.addDays(-7));
        QCOMPARE(stats.size(), 2);
        QCOMPARE(stats.at(0).day, today.date().addDays(-2));
        QCOMPARE(stats.at(0).total, qint64(3));
        QCOMPARE(stats.at(0).succeeded, qint64(1));
        QCOMPARE(stats.at(0).failed, qint64(2));
        QCOMPARE(stats.at(1).succeeded, qint64(1));
        QCOMPARE(stats.at(1).averageDurationMs, 12.0);
    }

    void bulkRedeliveryNeverFloodsTheReceiver()
    {
        Store store;
        const auto backend = openBackend(store.path);
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        // Fails until told otherwise; each answer takes a moment so requests overlap.
        bool healthy = false;
        receiver.setHandler([&](const LocalReceiver::Request &) {
            LocalReceiver::Response r;
            r.delayMs = 40;
            if (!healthy) {
                r.status = 503;
                r.reason = "Service Unavailable";
            }
            return r;
        });
        const StoredWebhook w =
            test::insertWebhook(store.seed.webhooks, QStringLiteral("w"), receiver.url());
        for (int i = 0; i < 12; ++i) {
            const Delivery done = test::await(backend->ping(w.ref())).value;
            QVERIFY(!done.succeeded());
        }
        // One success that must not be redelivered.
        healthy = true;
        const Delivery ok = test::await(backend->ping(w.ref())).value;
        const int before = int(receiver.requests().size());

        DeliveryFilter f;
        f.webhook = w.ref();
        BulkRedelivery &bulk = *backend->redeliverFailed(f, 3, this);
        QSignalSpy progress(&bulk, &BulkRedelivery::progress);
        QSignalSpy finished(&bulk, &BulkRedelivery::finished);
        bulk.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(bulk.total(), qint64(12));
        QCOMPARE(bulk.done(), qint64(12));
        QCOMPARE(bulk.succeeded(), qint64(12));
        QCOMPARE(bulk.peakInFlight(), 3);
        QVERIFY(receiver.peakConcurrent() <= 3);
        QCOMPARE(receiver.requests().size(), before + 12);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(12));

        // Each redelivery is linked to its original; no original was sent twice.
        DeliveryFilter redeliveries;
        redeliveries.webhook = w.ref();
        PageRequest newest;
        newest.limit = 100;
        const auto rows = test::await(backend->history(redeliveries, newest)).value.rows;
        QSet<QString> originals;
        for (const Delivery &d : rows) {
            if (!d.redeliveryOf.isEmpty()) {
                QVERIFY(!originals.contains(d.redeliveryOf));
                originals << d.redeliveryOf;
                QVERIFY(d.succeeded());
            }
        }
        QCOMPARE(originals.size(), 12);
        QVERIFY(!originals.contains(ok.id));
    }

    void bulkRedeliveryCancelledAtOnceSendsNothing()
    {
        Store store;
        const auto backend = openBackend(store.path);
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const DeliveryFilter f = failedDeliveriesTo(store, receiver, 5);
        BulkRedelivery &bulk = *backend->redeliverFailed(f, 2, this);
        QSignalSpy finished(&bulk, &BulkRedelivery::finished);
        bulk.start();
        bulk.cancel();
        // Said from the event loop, not inside cancel(): the caller sets up its own state first.
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(10000));
        QVERIFY(bulk.isCancelled());
        QCOMPARE(bulk.done(), qint64(0));
        QTest::qWait(200);
        QCOMPARE(receiver.requests().size(), 0);
        QCOMPARE(test::await(backend->countDeliveries(f)).value, qint64(5));
    }

    void bulkRedeliveryCanBeCancelled()
    {
        Store store;
        const auto backend = openBackend(store.path);
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const DeliveryFilter f = failedDeliveriesTo(store, receiver, 30);
        receiver.setResponse({200, "OK", "{}", {}, false, 100});
        BulkRedelivery &bulk = *backend->redeliverFailed(f, 2, this);
        QSignalSpy finished(&bulk, &BulkRedelivery::finished);
        bulk.start();
        QTRY_VERIFY(bulk.done() >= 2);
        bulk.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(bulk.isCancelled());
        QVERIFY(bulk.done() < 30);
        // Finished means nothing is in flight: every request the receiver got is one that
        // ended, and each was recorded; none is left to go out.
        QCOMPARE(receiver.requests().size(), qsizetype(bulk.done()));
        QCOMPARE(test::await(backend->countDeliveries(f)).value, 30 + bulk.done());
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
