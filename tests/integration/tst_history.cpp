#include "AppContext.h"
#include "AppInfo.h"
#include "LocalReceiver.h"
#include "TestSupport.h"
#include "WebhookService.h"
#include "delivery/BulkRedelivery.h"
#include "store/Database.h"
#include "store/HistoryReader.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace wc;
using test::LocalReceiver;

// History at the repository and service level: retention, clearing, per-day statistics, the
// full-text index kept in step, and bulk redelivery against a real receiver on 127.0.0.1.
class TestHistory : public QObject
{
    Q_OBJECT

    /// A fresh database file with its repositories.
    struct Store
    {
        QTemporaryDir dir;
        Database db;
        WebhookRepository hooks{db};
        DeliveryRepository deliveries{db};
        bool opened = !db.open(test::databasePath(dir));
    };

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
        auto &[dir, db, hooks, deliveries, opened] = store;
        QVERIFY(opened);
        const Webhook a = test::insertWebhook(hooks, QStringLiteral("a"));
        const Webhook b = test::insertWebhook(hooks, QStringLiteral("b"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int day = 39; day >= 0; --day)
            test::insertDelivery(deliveries, a.id, now.addDays(-day).addSecs(-60), 200);
        test::insertDelivery(deliveries, b.id, now.addDays(-400), 200);

        HistoryReader reader(db.location());
        std::optional<qint64> removed;
        reader.prune(keepDays, keepCount, [&](qint64 n, const Error &e) {
            QVERIFY(!e);
            removed = n;
        });
        QTRY_VERIFY(removed.has_value());
        QCOMPARE(countFor(db, a.id), qint64(remaining));
        QCOMPARE(countFor(db, b.id), qint64(1)); // the newest one of a webhook always stays
        QCOMPARE(*removed, qint64(40 - remaining));
        // What stays is the newest.
        DeliveryFilter f;
        f.webhookId = a.id;
        const auto oldestKept = deliveries.pageNewer(f, 0, 1);
        QVERIFY(oldestKept.first().timestamp > now.addDays(-remaining));
    }

    void clearRemovesOneWebhooksHistoryAndItsSearchIndex()
    {
        Store store;
        auto &[dir, db, hooks, deliveries, opened] = store;
        QVERIFY(opened);
        const Webhook a = test::insertWebhook(hooks, QStringLiteral("a"));
        const Webhook b = test::insertWebhook(hooks, QStringLiteral("b"));
        for (int i = 0; i < 4500; ++i) // more than one batch
            test::insertDelivery(deliveries, a.id, QDateTime::currentDateTimeUtc(), 200,
                                 QStringLiteral("ping"), "{\"w\":\"zebra\"}");
        test::insertDelivery(deliveries, b.id, QDateTime::currentDateTimeUtc(), 200,
                             QStringLiteral("ping"), "{\"w\":\"zebra\"}");
        HistoryReader reader(db.location());
        std::optional<qint64> removed;
        reader.clear(a.id, [&](qint64 n, const Error &e) {
            QVERIFY(!e);
            removed = n;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QCOMPARE(*removed, qint64(4500));
        QCOMPARE(countFor(db, a.id), qint64(0));
        DeliveryFilter f;
        f.webhookId = b.id;
        f.search = QStringLiteral("zebra");
        QCOMPARE(deliveries.count(f), qint64(1));
        QSqlQuery fts(db.connection());
        QVERIFY(fts.exec(QStringLiteral(
            "SELECT COUNT(*) FROM deliveries_fts WHERE deliveries_fts MATCH 'zebra'")));
        QVERIFY(fts.next());
        QCOMPARE(fts.value(0).toInt(), 1);
    }

    void deletingAWebhookClearsItsHistoryOnTheHistoryThread()
    {
        QTemporaryDir dir;
        AppContext context;
        QVERIFY(!context.open(test::databasePath(dir)));
        (void)context.history(); // as the window does: deletes then go through the reader
        const Webhook w = test::insertWebhook(context.service().webhooks(), QStringLiteral("w"));
        const Webhook keep = test::insertWebhook(context.service().webhooks(), QStringLiteral("k"));
        for (int i = 0; i < 5000; ++i)
            test::insertDelivery(context.service().deliveries(), w.id,
                                 QDateTime::currentDateTimeUtc(), 200);
        test::insertDelivery(context.service().deliveries(), keep.id,
                             QDateTime::currentDateTimeUtc(), 200);
        std::optional<Error> removed;
        context.service().remove(w.id, [&](const Error &e) { removed = e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
        QVERIFY2(!*removed, qPrintable(removed->message));
        QVERIFY(!context.service().webhooks().byId(w.id).has_value());
        QCOMPARE(countFor(context.database(), w.id), qint64(0));
        QCOMPARE(countFor(context.database(), keep.id), qint64(1));
    }

    void searchFindsResponsesRecordedAfterTheRequest()
    {
        Store store;
        auto &[dir, db, hooks, deliveries, opened] = store;
        QVERIFY(opened);
        const Webhook a = test::insertWebhook(hooks, QStringLiteral("a"));
        test::insertDelivery(deliveries, a.id, QDateTime::currentDateTimeUtc(), 500,
                             QStringLiteral("ping"), "{}", "upstream exploded: quota_exceeded");
        DeliveryFilter f;
        f.webhookId = a.id;
        f.search = QStringLiteral("quota_exceeded");
        QCOMPARE(deliveries.count(f), qint64(1));
        f.search = QStringLiteral("EXPLODED");
        QCOMPARE(deliveries.count(f), qint64(1)); // case-insensitive words
        test::insertDelivery(deliveries, a.id, QDateTime::currentDateTimeUtc(), 200,
                             QStringLiteral("stack_update"), R"({"result":"deployment failed"})");
        f.search = QStringLiteral("deploy fail");
        QCOMPARE(deliveries.count(f), qint64(1)); // every word as the start of a word
        f.search = QStringLiteral("fail deploy");
        QCOMPARE(deliveries.count(f), qint64(1)); // in any order
        f.search = QStringLiteral("ploy");
        QCOMPARE(deliveries.count(f), qint64(0)); // not the middle of a word
        f.search = QStringLiteral("%");
        QCOMPARE(deliveries.count(f), qint64(0)); // no word: a literal substring search
    }

    void dailyStatsPerUtcDay()
    {
        Store store;
        auto &[dir, db, hooks, deliveries, opened] = store;
        QVERIFY(opened);
        const Webhook a = test::insertWebhook(hooks, QStringLiteral("a"));
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
        QTemporaryDir dir;
        AppContext context;
        QVERIFY(!context.open(test::databasePath(dir)));
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
        const Webhook w =
            test::insertWebhook(context.service().webhooks(), QStringLiteral("w"), receiver.url());
        for (int i = 0; i < 12; ++i) {
            std::optional<Delivery> done;
            context.service().ping(w.id, [&](const Error &, const Delivery &d) { done = d; });
            QTRY_VERIFY(done.has_value());
            QVERIFY(!done->succeeded());
        }
        // One success that must not be redelivered.
        healthy = true;
        std::optional<Delivery> ok;
        context.service().ping(w.id, [&](const Error &, const Delivery &d) { ok = d; });
        QTRY_VERIFY(ok.has_value());
        const int before = int(receiver.requests().size());

        DeliveryFilter f;
        f.webhookId = w.id;
        BulkRedelivery bulk(context.service(), f, 3, &context.history());
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
        redeliveries.webhookId = w.id;
        const auto rows = context.service().deliveries().page(redeliveries, 0, 100);
        QSet<qint64> originals;
        for (const Delivery &d : rows) {
            if (d.redeliveryOf) {
                QVERIFY(!originals.contains(d.redeliveryOf));
                originals << d.redeliveryOf;
                QVERIFY(d.succeeded());
            }
        }
        QCOMPARE(originals.size(), 12);
        QVERIFY(!originals.contains(ok->id));
    }

    void bulkRedeliveryCanBeCancelled()
    {
        QTemporaryDir dir;
        AppContext context;
        QVERIFY(!context.open(test::databasePath(dir)));
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const Webhook w =
            test::insertWebhook(context.service().webhooks(), QStringLiteral("w"), receiver.url());
        for (int i = 0; i < 30; ++i)
            test::insertDelivery(context.service().deliveries(), w.id,
                                 QDateTime::currentDateTimeUtc(), 500);
        receiver.setResponse({200, "OK", "{}", {}, false, 100});
        DeliveryFilter f;
        f.webhookId = w.id;
        BulkRedelivery bulk(context.service(), f, 2);
        QSignalSpy finished(&bulk, &BulkRedelivery::finished);
        bulk.start();
        QTRY_VERIFY(bulk.done() >= 2);
        bulk.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(bulk.isCancelled());
        QVERIFY(bulk.done() < 30);
        QTest::qWait(300);
        QCOMPARE(receiver.requests().size(), qsizetype(bulk.done()));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
