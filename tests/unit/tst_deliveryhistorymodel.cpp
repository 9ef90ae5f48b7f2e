#include "DeliveryHistoryModel.h"
#include "Formatting.h"
#include "TestSupport.h"
#include "local/LocalBackend.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wc;
using namespace wc::gui;

// The history model over a real SQLite file, read through the local backend's worker thread.
class TestDeliveryHistoryModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    WebhookRef m_webhook;
    QList<Delivery> m_seeded; ///< oldest first

    void waitForPage(DeliveryHistoryModel &model)
    {
        QSignalSpy loaded(&model, &DeliveryHistoryModel::pageLoaded);
        QVERIFY(loaded.wait(5000));
    }
    QStringList ids(const DeliveryHistoryModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, 0).data(DeliveryHistoryModel::DeliveryIdRole).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::SeedDatabase seed(test::databasePath(m_dir));
        WebhookRepository &hooks = seed.webhooks;
        DeliveryRepository &deliveries = seed.deliveries;
        const StoredWebhook a = test::insertWebhook(hooks, QStringLiteral("a"));
        const qint64 webhookId = a.id;
        m_webhook = a.ref();
        const qint64 other = test::insertWebhook(hooks, QStringLiteral("b")).id;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
        // 25 deliveries over 10 days: every third failed, kinds alternate.
        for (int i = 0; i < 25; ++i) {
            const bool failed = i % 3 == 0;
            m_seeded << test::insertDelivery(
                deliveries, webhookId, start.addSecs(i * 36000), failed ? 500 : 200,
                i % 2 ? QStringLiteral("stack_update") : QStringLiteral("ping"),
                QStringLiteral(R"({"n":%1,"word":"%2"})")
                    .arg(i)
                    .arg(i == 7 ? QStringLiteral("needle-in-payload") : QStringLiteral("hay"))
                    .toUtf8(),
                i == 11 ? QByteArray(R"({"found":"needle response"})") : QByteArray("ok"));
        }
        test::insertDelivery(deliveries, other, start, 200); // never shown for webhook a
        m_backend = std::make_unique<LocalBackend>(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
    }

    void pagesNewestFirstAndBack()
    {
        DeliveryHistoryModel model(*m_backend);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        DeliveryFilter f;
        f.webhook = m_webhook;
        QSignalSpy counted(&model, &DeliveryHistoryModel::countChanged);
        model.setFilter(f);
        waitForPage(model);
        QTRY_COMPARE(model.matchCount(), 25);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(ids(model).first(), m_seeded.last().id);
        QVERIFY(!model.hasNewer());
        QVERIFY(model.hasOlder());
        QCOMPARE(model.offset(), 0); // rows 1–10 of 25

        model.older();
        waitForPage(model);
        QCOMPARE(ids(model).first(), m_seeded.at(14).id);
        QVERIFY(model.hasNewer());
        QCOMPARE(model.offset(), 10); // 11–20

        model.older();
        waitForPage(model);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.offset(), 20); // 21–25

        model.newer();
        waitForPage(model);
        QCOMPARE(model.offset(), 10);

        model.oldest();
        waitForPage(model);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(ids(model).last(), m_seeded.first().id);
        QCOMPARE(ids(model).first(), m_seeded.at(9).id);
        QVERIFY(!model.hasOlder());
        QVERIFY(model.hasNewer());
        QCOMPARE(model.offset(), 15); // 16–25

        model.newer();
        waitForPage(model);
        QCOMPARE(ids(model).last(), m_seeded.at(10).id);
        QCOMPARE(model.offset(), 5); // 6–15

        model.newer(); // only 5 newer left: shows the full newest page instead
        waitForPage(model);
        QCOMPARE(ids(model).first(), m_seeded.last().id);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.hasNewer());
        QCOMPARE(model.offset(), 0);
    }

    void showsOutcomeKindAndRedelivery()
    {
        DeliveryHistoryModel model(*m_backend);
        DeliveryFilter f;
        f.webhook = m_webhook;
        model.setFilter(f);
        waitForPage(model);
        const int failedRow = model.rowOf(m_seeded.at(24).id); // 24 % 3 == 0: failed
        const int okRow = model.rowOf(m_seeded.at(23).id);
        QCOMPARE(model.index(failedRow, DeliveryHistoryModel::ResultColumn).data().toString(),
                 QStringLiteral("✘ 500"));
        QCOMPARE(model.index(okRow, DeliveryHistoryModel::ResultColumn).data().toString(),
                 QStringLiteral("✔ 200"));
        QCOMPARE(model.index(okRow, DeliveryHistoryModel::KindColumn).data().toString(),
                 QStringLiteral("stack_update"));
        QCOMPARE(model.index(okRow, DeliveryHistoryModel::DurationColumn).data().toString(),
                 QStringLiteral("12 ms"));
        // The delivery's number; when, relative, and exactly on hover.
        const Delivery &ok = m_seeded.at(23);
        QCOMPARE(model.index(okRow, DeliveryHistoryModel::IdColumn).data().toString(),
                 QStringLiteral("#%1").arg(ok.id));
        QCOMPARE(model.index(okRow, DeliveryHistoryModel::TimeColumn).data().toString(),
                 formatting::relativeTime(ok.timestamp));
        QVERIFY(model.index(okRow, DeliveryHistoryModel::TimeColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("ago")));
        QCOMPARE(model.index(okRow, DeliveryHistoryModel::TimeColumn).data(Qt::ToolTipRole),
                 QVariant(formatting::exactTime(ok.timestamp)));
        QVERIFY(model.index(okRow, 0).data(DeliveryHistoryModel::SucceededRole).toBool());
        QVERIFY(!model.index(failedRow, 0).data(DeliveryHistoryModel::SucceededRole).toBool());
    }

    void filters_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("sinceIndex"); // -1: unbounded
        QTest::addColumn<int>("untilIndex");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<int>>("expected"); // indexes into m_seeded, newest first

        auto range = [](int from, int to, std::function<bool(int)> keep) {
            QList<int> out;
            for (int i = to; i >= from; --i)
                if (keep(i))
                    out << i;
            return out;
        };
        const int all = int(DeliveryFilter::Outcome::All);
        const int ok = int(DeliveryFilter::Outcome::Succeeded);
        const int failed = int(DeliveryFilter::Outcome::Failed);
        QTest::newRow("failed") << failed << "" << -1 << -1 << ""
                                << range(0, 24, [](int i) { return i % 3 == 0; });
        QTest::newRow("succeeded")
            << ok << "" << -1 << -1 << "" << range(0, 24, [](int i) { return i % 3 != 0; });
        QTest::newRow("kind") << all << "stack_update" << -1 << -1 << ""
                              << range(0, 24, [](int i) { return i % 2 == 1; });
        QTest::newRow("failed + kind")
            << failed << "ping" << -1 << -1 << "" << range(0, 24, [](int i) { return i % 6 == 0; });
        QTest::newRow("since") << all << "" << 20 << -1 << ""
                               << range(20, 24, [](int) { return true; });
        QTest::newRow("between") << all << "" << 5 << 8 << ""
                                 << range(5, 8, [](int) { return true; });
        QTest::newRow("between + failed") << failed << "" << 5 << 13 << "" << QList<int>{12, 9, 6};
        QTest::newRow("search payload") << all << "" << -1 << -1 << "needle-in" << QList<int>{7};
        QTest::newRow("search prefix") << all << "" << -1 << -1 << "need" << QList<int>{11, 7};
        QTest::newRow("search response")
            << all << "" << -1 << -1 << "needle response" << QList<int>{11};
        QTest::newRow("search + kind") << all << "ping" << -1 << -1 << "needle" << QList<int>{};
        QTest::newRow("search nothing") << all << "" << -1 << -1 << "absent" << QList<int>{};
    }
    void filters()
    {
        QFETCH(int, outcome);
        QFETCH(QString, kind);
        QFETCH(int, sinceIndex);
        QFETCH(int, untilIndex);
        QFETCH(QString, search);
        QFETCH(QList<int>, expected);
        DeliveryHistoryModel model(*m_backend);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeliveryFilter f;
        f.webhook = m_webhook;
        f.outcome = DeliveryFilter::Outcome(outcome);
        f.kind = kind;
        if (sinceIndex >= 0)
            f.since = m_seeded.at(sinceIndex).timestamp;
        if (untilIndex >= 0)
            f.until = m_seeded.at(untilIndex).timestamp;
        f.search = search;
        model.setFilter(f);
        waitForPage(model);
        QStringList want;
        for (int i : expected)
            want << m_seeded.at(i).id;
        QCOMPARE(ids(model), want);
        QTRY_COMPARE(model.matchCount(), qint64(expected.size()));
    }

    void durationsNeverContradictTheOutcome_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("shown");
        const int done = int(Delivery::State::Completed);
        QTest::newRow("pending") << int(Delivery::State::Pending) << qint64(0) << ""
                                 << "";
        QTest::newRow("fast") << done << qint64(12) << ""
                              << "12 ms";
        QTest::newRow("slow") << done << qint64(9695) << ""
                              << "9.7 s";
        QTest::newRow("refused") << done << qint64(0)
                                 << "Connection refused by 127.0.0.1:9: nothing is listening there."
                                 << "0 ms";
        // Measured a little under the limit the words name: not "9.7 s … within 10 s".
        QTest::newRow("timed out early")
            << done << qint64(9695) << "Timed out: no complete answer within 10 s."
            << "timed out";
        QTest::newRow("timed out late")
            << done << qint64(10012) << "Timed out: no complete answer within 10 s."
            << "timed out";
    }
    void durationsNeverContradictTheOutcome()
    {
        QFETCH(int, state);
        QFETCH(qint64, durationMs);
        QFETCH(QString, error);
        QFETCH(QString, shown);
        Delivery d;
        d.state = Delivery::State(state);
        d.durationMs = durationMs;
        d.error = error;
        QCOMPARE(DeliveryHistoryModel::durationText(d), shown);
        QCOMPARE(d.timedOut(), shown == QStringLiteral("timed out"));
    }
};

QTEST_MAIN(TestDeliveryHistoryModel)
#include "tst_deliveryhistorymodel.moc"
