// kill -9 in the middle of `webhookctl delivery redeliver --all-failed`, at moments chosen at
// random (the seed is printed, and WEBHOOK_CONSOLE_CRASH_SEED repeats a run): after each, the
// database passes PRAGMA integrity_check, no event is lost, every request the receiver got is
// recorded, and a run left to finish delivers every event once.

#include "AppInfo.h"
#include "LocalReceiver.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <csignal>

using namespace wc;
using test::LocalReceiver;

class TestBulkCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_ctl;
    static constexpr int Events = 40;

    qint64 scalar(const QString &sql)
    {
        test::SeedDatabase seed(m_db);
        QSqlQuery q(seed.db.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s failed", qPrintable(sql));
        return q.value(0).toLongLong();
    }
    QString integrity()
    {
        test::SeedDatabase seed(m_db);
        QSqlQuery q(seed.db.connection());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
            return QStringLiteral("integrity_check did not run");
        return q.value(0).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppInfo::apply();
        m_ctl = qEnvironmentVariable("WEBHOOKCTL");
        QVERIFY2(QFileInfo(m_ctl).isExecutable(), "set WEBHOOKCTL (ctest does)");
        m_db = test::databasePath(m_dir);
    }

    void killedAtRandomMomentsLosesNothing()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response slow;
        slow.delayMs = 25; // a run takes about half a second: room to be cut anywhere
        receiver.setResponse(slow);
        {
            test::SeedDatabase seed(m_db);
            const StoredWebhook w =
                test::insertWebhook(seed.webhooks, QStringLiteral("flaky"), receiver.url());
            for (int i = 0; i < Events; ++i)
                test::insertDelivery(seed.deliveries, w.id,
                                     QDateTime::currentDateTimeUtc().addSecs(i - Events), 503);
        }
        const QString originals =
            QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE redelivery_of IS NULL");
        const QString attempts =
            QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE redelivery_of IS NOT NULL");

        quint32 seed = quint32(qEnvironmentVariableIntValue("WEBHOOK_CONSOLE_CRASH_SEED"));
        if (!seed)
            seed = QRandomGenerator::global()->generate();
        qInfo("crash seed %u (WEBHOOK_CONSOLE_CRASH_SEED repeats it)", seed);
        QRandomGenerator random(seed);

        const QStringList all{QStringLiteral("--database"),   m_db,
                              QStringLiteral("delivery"),     QStringLiteral("redeliver"),
                              QStringLiteral("--all-failed"), QStringLiteral("acme/flaky")};
        int killedMidway = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess run;
            run.start(m_ctl, all);
            QVERIFY(run.waitForStarted(10000));
            const int afterMs = int(random.bounded(20, 400));
            QTest::qWait(afterMs); // serves the receiver meanwhile
            if (run.state() == QProcess::Running) {
                ::kill(pid_t(run.processId()), SIGKILL);
                ++killedMidway;
            }
            QTRY_VERIFY_WITH_TIMEOUT(run.state() == QProcess::NotRunning, 20000);

            QCOMPARE(integrity(), QStringLiteral("ok"));
            QCOMPARE(scalar(originals), qint64(Events)); // no event lost
            // Written down before it left: every request the receiver got has its record.
            QVERIFY2(scalar(attempts) >= receiver.requests().size(),
                     qPrintable(QStringLiteral("round %1 after %2 ms: %3 recorded, %4 received")
                                    .arg(round)
                                    .arg(afterMs)
                                    .arg(scalar(attempts))
                                    .arg(receiver.requests().size())));
        }
        QVERIFY2(killedMidway > 0, "no run was cut short: nothing was tested");

        // An attempt cut short by a kill stays pending: it may have reached the receiver, so it
        // is not sent again while it could still be in flight. Once older than any request can
        // last, the next start marks it interrupted. Make that time pass.
        {
            test::SeedDatabase aged(m_db);
            QSqlQuery q(aged.db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE deliveries SET started_at = started_at - 3600000"
                                          " WHERE status = 0")));
        }
        // Left to finish: the events no attempt delivered go once more, and then none is left.
        QProcess rest;
        rest.start(m_ctl, all);
        QVERIFY(rest.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(rest.state() == QProcess::NotRunning, 60000);
        QCOMPARE(rest.exitStatus(), QProcess::NormalExit);
        QCOMPARE(rest.exitCode(), 0);
        QCOMPARE(integrity(), QStringLiteral("ok"));
        const qint64 delivered = scalar(QStringLiteral(
            "SELECT COUNT(DISTINCT redelivery_of) FROM deliveries WHERE status = 1"));
        QCOMPARE(delivered, qint64(Events));
        QProcess again;
        again.start(m_ctl, all);
        QVERIFY(again.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(again.state() == QProcess::NotRunning, 30000);
        QCOMPARE(again.exitCode(), 0);
        QVERIFY(again.readAllStandardOutput().contains("No undelivered events match."));
    }
};

QTEST_GUILESS_MAIN(TestBulkCrash)
#include "tst_bulk_crash.moc"
