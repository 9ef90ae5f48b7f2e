#include "AppInfo.h"
#include "TestSupport.h"
#include "local/Database.h"
#include "local/DeliveryRepository.h"
#include "local/LocalBackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace wc;

// Opening a database marks the pending attempts a crash cut off as interrupted (issue 15,
// part 3). It reads them through the partial index of pending rows (schema 9), so opening costs
// nothing that grows with the history; and it still marks them.
class TestRecovery : public QObject
{
    Q_OBJECT

    /// A pending attempt (as a crash leaves one) started at `when`; gives its row id.
    static qint64 insertPending(DeliveryRepository &repo, qint64 webhookId, const QDateTime &when)
    {
        Delivery d;
        d.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.kind = QStringLiteral("ping");
        d.payload = R"({"message":"hello"})";
        d.timestamp = when;
        d.requestUrl = QStringLiteral("http://127.0.0.1:9/x");
        if (Error e = repo.insertPending(d, webhookId))
            qFatal("insertPending: %s", qPrintable(e.message));
        return DeliveryRepository::rowIdOf(d.id);
    }

    /// A history of `completed` deliveries and two pending ones: one older than any request
    /// could last (interrupted), one just started (still under way).
    struct History
    {
        qint64 interrupted = 0;
        qint64 underWay = 0;
    };
    static History seed(test::SeedDatabase &seed, int completed)
    {
        const StoredWebhook w = test::insertWebhook(seed.webhooks, QStringLiteral("w"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (seed.db.begin())
            qFatal("cannot begin");
        for (int i = 0; i < completed; ++i)
            test::insertDelivery(seed.deliveries, w.id, now.addSecs(-7200 + i % 3600), 200);
        History h;
        h.interrupted = insertPending(seed.deliveries, w.id, now.addSecs(-3600));
        h.underWay = insertPending(seed.deliveries, w.id, now);
        if (seed.db.commit())
            qFatal("cannot commit");
        return h;
    }

    static std::pair<int, QString> statusOf(Database &db, qint64 id)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status, error FROM deliveries WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            qFatal("no delivery %lld", id);
        return {q.value(0).toInt(), q.value(1).toString()};
    }

    /// Opens a backend on `location` (recovering), then closes it.
    static void openAndClose(const QString &location)
    {
        LocalBackend backend(location);
        if (const Error e = test::await(backend.open()))
            qFatal("cannot open the backend: %s", qPrintable(e.message));
    }

    static void verifyMarked(Database &db, const History &h)
    {
        const auto [status, error] = statusOf(db, h.interrupted);
        QCOMPARE(status, 2); // failed
        QVERIFY2(error.startsWith(u"Interrupted"), qPrintable(error));
        QCOMPARE(statusOf(db, h.underWay).first, 0); // still pending: it may yet complete
    }

private Q_SLOTS:
    void initTestCase() { AppInfo::apply(); }

    // SQLite's plan for the recovery names the partial index and scans no deliveries, with and
    // without the planner's statistics.
    void sqliteRecoveryReadsOnlyPendingRows()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        test::SeedDatabase store(path);
        QVERIFY(store.opened);
        QVERIFY(store.db.storedSchemaVersion() >= 9);
        const History h = seed(store, 3000);

        for (const bool analyzed : {false, true}) {
            if (analyzed)
                QVERIFY(!store.db.exec(QStringLiteral("ANALYZE"), QStringLiteral("analyze")));
            QSqlQuery q(store.db.connection());
            QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                              DeliveryRepository::interruptedUpdate()));
            q.addBindValue(2);
            q.addBindValue(QStringLiteral(""));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            QVERIFY2(q.exec(), qPrintable(Database::describe(q.lastError())));
            QStringList plan;
            while (q.next())
                plan << q.value(3).toString();
            const QString text = plan.join(u'\n');
            QVERIFY2(text.contains(QLatin1String("USING INDEX ") +
                                   QLatin1String(Database::PendingIndex)),
                     qPrintable(text));
            QVERIFY2(!text.contains(u"SCAN deliveries"), qPrintable(text));
        }

        openAndClose(path);
        verifyMarked(store.db, h);
    }

    // PostgreSQL can use the index for the same statement (its predicate matches), and the
    // recovery marks the interrupted delivery there too.
    void postgresRecoveryCanUseThePendingIndex()
    {
        test::PostgresDatabase postgres;
        QVERIFY2(!postgres.url().isEmpty(), qPrintable(postgres.error()));
        test::SeedDatabase store(postgres.url());
        QVERIFY(store.opened);
        const History h = seed(store, 300);

        // On a table this small a sequential scan is cheaper: forbid it, so the plan shows
        // whether the index can answer at all (it cannot when the predicates differ).
        QSqlQuery q(store.db.connection());
        QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
        QString sql = DeliveryRepository::interruptedUpdate();
        for (const QString &value : {QStringLiteral("2"), QStringLiteral("''"),
                                     QString::number(QDateTime::currentMSecsSinceEpoch())})
            sql.replace(sql.indexOf(u'?'), 1, value);
        QVERIFY2(q.exec(QStringLiteral("EXPLAIN ") + sql),
                 qPrintable(Database::describe(q.lastError())));
        QStringList plan;
        while (q.next())
            plan << q.value(0).toString();
        const QString text = plan.join(u'\n');
        QVERIFY2(text.contains(QLatin1String(Database::PendingIndex)), qPrintable(text));
        QVERIFY2(!text.contains(u"Seq Scan"), qPrintable(text));
        QVERIFY(q.exec(QStringLiteral("RESET enable_seqscan")));

        openAndClose(postgres.url());
        verifyMarked(store.db, h);
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
