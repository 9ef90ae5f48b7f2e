// Opening a database costs nothing that grows with its history (issue 15, part 3): seeds (or
// reuses) a database of N deliveries and an empty one, each with the webhook bench/hook-1, then,
// interleaved, opens each through LocalBackend (open() to ready) and reads the webhook
// (backend.webhook(ref), what `webhookctl webhook get` does), and prints the medians side by
// side with their ratio. Baselines in the same run: the same SQL alone on a bare connection, and
// the recovery UPDATE alone, with its partial index and without it (dropped in a transaction
// that is rolled back: as before schema 9, a scan of every delivery). See BENCHMARKS.md.
//
//   bench_open [--database PATH] [--empty PATH] [--deliveries N] [--reseed] [--runs N] [--check]
// --check (the CI smoke run): exit 1 unless the interrupted deliveries were marked and opening
// the big database costs within a generous bound of the empty one.

#include "AppInfo.h"
#include "bench_storage_seed.h"
#include "local/DeliveryRepository.h"
#include "local/LocalBackend.h"

#include <QCommandLineParser>
#include <QSqlError>

using namespace wc;
using namespace wc::bench;

namespace {

const WebhookRef Ref{Scope::organizationScope(QStringLiteral("bench")), QStringLiteral("hook-1")};
constexpr int PendingSeeded = 100; // interrupted attempts a crash left, marked at the first open

int seed(const QString &location, qint64 deliveries)
{
    QElapsedTimer clock;
    clock.start();
    Database db;
    if (Error e = recreate(db, location)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 6;
    }
    QRandomGenerator rng(15);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = qint64(24) * 3600 * 1000;
    Error e = db.begin();
    if (!e)
        e = seedWebhooks(db, 3);
    if (!e && deliveries > 0) {
        e = seedDeliveries(db, DeliverySeed{1, deliveries, now - 60 * day, now - day}, rng);
        if (!e)
            e = seedDeliveries(
                db, DeliverySeed{1, PendingSeeded, now - day, now - day / 2, 512, 256, 0}, rng);
    }
    if (!e)
        e = db.commit();
    if (e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 6;
    }
    settle(db);
    std::printf("seeded %s: %lld deliveries in %.1f s\n",
                qPrintable(Database::displayLocation(location)),
                deliveries > 0 ? deliveries + PendingSeeded : 0, clock.elapsed() / 1000.0);
    return 0;
}

qint64 countOf(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

struct Sample
{
    double open = 0;
    double get = 0;
};

Sample openAndGet(const QString &location)
{
    Sample s;
    QElapsedTimer clock;
    clock.start();
    LocalBackend backend(location);
    if (const Error e = wait(backend.open()))
        qFatal("cannot open %s: %s", qPrintable(location), qPrintable(e.message));
    s.open = msSince(clock);
    clock.restart();
    const Result<Webhook> w = wait(backend.webhook(Ref));
    if (w.error)
        qFatal("webhook get: %s", qPrintable(w.error.message));
    s.get = msSince(clock);
    return s;
}

/// The same SQL alone: a bare connection (no migration check), the webhook's row.
double bareGet(const QString &location)
{
    QElapsedTimer clock;
    clock.start();
    Database db;
    if (Error e = db.open(location, false))
        qFatal("%s", qPrintable(e.message));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM webhooks WHERE organization_id = 1 AND scope_key = ''"
                             " AND name = ?"));
    q.addBindValue(Ref.name);
    if (!q.exec() || !q.next())
        qFatal("no webhook: %s", qPrintable(q.lastError().text()));
    return msSince(clock);
}

/// The recovery UPDATE alone (DeliveryRepository's statement); `withoutIndex`: as before
/// schema 9, the partial index dropped in a transaction rolled back after.
double recovery(Database &db, bool withoutIndex)
{
    if (withoutIndex) {
        if (Error e = db.begin())
            qFatal("%s", qPrintable(e.message));
        if (Error e = db.exec(QStringLiteral("DROP INDEX ") + QLatin1String(Database::PendingIndex),
                              QStringLiteral("drop the index")))
            qFatal("%s", qPrintable(e.message));
    }
    QElapsedTimer clock;
    clock.start();
    {
        QSqlQuery q(db.connection());
        q.prepare(DeliveryRepository::interruptedUpdate());
        q.addBindValue(2);
        q.addBindValue(QStringLiteral("Interrupted"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 11 * 60 * 1000);
        if (!q.exec())
            qFatal("recovery: %s", qPrintable(q.lastError().text()));
    }
    const double ms = msSince(clock);
    if (withoutIndex)
        db.rollback();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::apply();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opening a database: big against empty"));
    parser.addHelpOption();
    const QCommandLineOption bigOpt(
        QStringLiteral("database"), QStringLiteral("The database with the history."),
        QStringLiteral("PATH"), QStringLiteral("/tmp/webhook-console-bench-open.sqlite"));
    const QCommandLineOption emptyOpt(
        QStringLiteral("empty"), QStringLiteral("The database without deliveries."),
        QStringLiteral("PATH"), QStringLiteral("/tmp/webhook-console-bench-empty.sqlite"));
    const QCommandLineOption deliveriesOpt(QStringLiteral("deliveries"),
                                           QStringLiteral("Deliveries to seed."),
                                           QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption reseedOpt(QStringLiteral("reseed"),
                                       QStringLiteral("Seed even if the databases exist."));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Interleaved runs."),
                                     QStringLiteral("N"), QStringLiteral("11"));
    const QCommandLineOption checkOpt(QStringLiteral("check"),
                                      QStringLiteral("Fail unless recovery works and the big "
                                                     "database opens within a generous bound."));
    parser.addOptions({bigOpt, emptyOpt, deliveriesOpt, reseedOpt, runsOpt, checkOpt});
    parser.process(app);
    const QString big = parser.value(bigOpt);
    const QString empty = parser.value(emptyOpt);
    const qint64 deliveries = parser.value(deliveriesOpt).toLongLong();
    const int runs = qMax(1, parser.value(runsOpt).toInt());

    const auto seeded = [](const QString &location) {
        Database db;
        return !isPostgres(location)
                   ? QFile::exists(location)
                   : !db.open(location, false) && db.connection().tables().contains(u"webhooks");
    };
    if (parser.isSet(reseedOpt) || !seeded(big))
        if (int rc = seed(big, deliveries))
            return rc;
    if (parser.isSet(reseedOpt) || !seeded(empty))
        if (int rc = seed(empty, 0))
            return rc;

    // The first open migrates (once) and marks the seeded interrupted attempts: not counted.
    (void)openAndGet(big);
    (void)openAndGet(empty);
    qint64 held = 0;
    qint64 stillPending = 0;
    {
        Database db;
        if (Error e = db.open(big, false))
            qFatal("%s", qPrintable(e.message));
        held = countOf(db, QStringLiteral("SELECT COUNT(*) FROM deliveries"));
        stillPending = countOf(db, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE "
                                                  "status = 0"));
    }

    Timing open[2], get[2], both[2], bare[2], now[2], before[2];
    for (int run = 0; run < runs; ++run) {
        for (int i : {run % 2, 1 - run % 2}) { // interleaved, each first every other run
            const QString &location = i == 0 ? big : empty;
            const Sample s = openAndGet(location);
            open[i].add(s.open);
            get[i].add(s.get);
            both[i].add(s.open + s.get);
            bare[i].add(bareGet(location));
            Database db;
            if (Error e = db.open(location, false))
                qFatal("%s", qPrintable(e.message));
            now[i].add(recovery(db, false));
            before[i].add(recovery(db, true));
        }
    }

    std::printf("\nbench_open: %lld deliveries against none, %d interleaved runs, medians (max)\n",
                held, runs);
    std::printf("%-52s %18s %18s %8s\n", "", "big", "empty", "ratio");
    const auto row = [](const char *what, const Timing *t) {
        std::printf("%-52s %9.2f (%6.2f) %9.2f (%6.2f) %7.2fx\n", what, t[0].median(), t[0].max(),
                    t[1].median(), t[1].max(),
                    t[1].median() > 0 ? t[0].median() / t[1].median() : 0.0);
    };
    row("LocalBackend open() to ready, ms", open);
    row("webhook(ref) (webhook get), ms", get);
    row("open + webhook get, ms", both);
    row("baseline: bare connection + the webhook's SELECT, ms", bare);
    row("recovery UPDATE (partial index), ms", now);
    row("recovery UPDATE without the index (before schema 9), ms", before);
    std::printf("pending deliveries left after the first open: %lld (of %d seeded, all "
                "interrupted)\n",
                stillPending, PendingSeeded);

    if (parser.isSet(checkOpt)) {
        const double bound = qMax(3 * both[1].median(), both[1].median() + 50);
        if (stillPending != 0 || both[0].median() > bound) {
            std::fprintf(stderr,
                         "check failed: %lld still pending; open + get %.1f ms against "
                         "%.1f ms allowed\n",
                         stillPending, both[0].median(), bound);
            return 1;
        }
    }
    return 0;
}
