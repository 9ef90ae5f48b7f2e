// Retention never stalls the history page (issue 15, part 4): seeds N prunable deliveries (100
// days old) and some kept ones (recent) on the webhook bench/hook-1, opens the database through
// LocalBackend, times the history page the window asks for (the newest page, then *Older ›*)
// with no prune running (the baseline), then starts applyRetention and asks for the same pages
// again and again while it runs, and prints the latency of each (median, max) side by side with
// the baseline. See BENCHMARKS.md.
//
//   bench_retention [--database PATH] [--prunable N] [--kept N] [--baseline-pages N] [--check]
// --check (the CI smoke run): exit 1 unless the prune removed what it should and every page
// during it came within a generous bound (ten times the 100 ms target).

#include "AppInfo.h"
#include "bench_storage_seed.h"
#include "local/LocalBackend.h"

#include <QCommandLineParser>
#include <QThread>

using namespace wc;
using namespace wc::bench;

namespace {

const WebhookRef Ref{Scope::organizationScope(QStringLiteral("bench")), QStringLiteral("hook-1")};

int seed(const QString &location, qint64 prunable, qint64 kept)
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
        e = seedWebhooks(db, 2);
    if (!e)
        e = seedDeliveries(
            db, DeliverySeed{1, prunable, now - 200 * day, now - 100 * day, 1024, 512}, rng);
    if (!e)
        e = seedDeliveries(db, DeliverySeed{1, kept, now - 10 * day, now - 60000, 1024, 512}, rng);
    if (!e)
        e = db.commit();
    if (e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 6;
    }
    settle(db);
    std::printf("seeded %lld prunable and %lld kept deliveries (payloads 1 KiB, responses 0.5 "
                "KiB) in %.1f s\n",
                prunable, kept, clock.elapsed() / 1000.0);
    return 0;
}

/// The newest page, then the next older one (*Older ›*), as the window asks for them; the
/// time of each.
std::pair<double, double> pages(LocalBackend &backend)
{
    DeliveryFilter filter;
    filter.webhook = Ref;
    QElapsedTimer clock;
    clock.start();
    const Result<HistoryPage> first = wait(backend.history(filter, PageRequest{}));
    const double firstMs = msSince(clock);
    if (first.error || first.value.rows.isEmpty())
        qFatal("no history page: %s", qPrintable(first.error.message));
    PageRequest older;
    older.anchor = PageAnchor::Older;
    older.cursor = first.value.rows.last().id;
    clock.restart();
    const Result<HistoryPage> next = wait(backend.history(filter, older));
    if (next.error)
        qFatal("no older page: %s", qPrintable(next.error.message));
    return {firstMs, msSince(clock)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::apply();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("History pages while retention prunes"));
    parser.addHelpOption();
    const QCommandLineOption databaseOpt(
        QStringLiteral("database"), QStringLiteral("Benchmark database (seeded anew)."),
        QStringLiteral("PATH"), QStringLiteral("/tmp/webhook-console-bench-retention.sqlite"));
    const QCommandLineOption prunableOpt(QStringLiteral("prunable"),
                                         QStringLiteral("Deliveries the prune removes."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption keptOpt(QStringLiteral("kept"),
                                     QStringLiteral("Recent deliveries the prune keeps."),
                                     QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption baselineOpt(QStringLiteral("baseline-pages"),
                                         QStringLiteral("Page pairs timed with no prune."),
                                         QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption checkOpt(QStringLiteral("check"),
                                      QStringLiteral("Fail unless the prune removed what it "
                                                     "should and pages came within 1 s."));
    parser.addOptions({databaseOpt, prunableOpt, keptOpt, baselineOpt, checkOpt});
    parser.process(app);
    const QString location = parser.value(databaseOpt);
    const qint64 prunable = parser.value(prunableOpt).toLongLong();
    const qint64 kept = qMax(qint64(200), parser.value(keptOpt).toLongLong());

    if (int rc = seed(location, prunable, kept))
        return rc;

    LocalBackend backend(location);
    if (const Error e = wait(backend.open()))
        qFatal("%s", qPrintable(e.message));
    (void)pages(backend); // warm-up: the history connection opens
    Timing baseFirst, baseOlder, duringFirst, duringOlder;
    for (int i = 0; i < qMax(1, parser.value(baselineOpt).toInt()); ++i) {
        const auto [first, older] = pages(backend);
        baseFirst.add(first);
        baseOlder.add(older);
    }

    QElapsedTimer pruneClock;
    pruneClock.start();
    const QFuture<Result<qint64>> pruned = backend.applyRetention(RetentionPolicy{30, 1});
    while (!pruned.isFinished()) {
        const auto [first, older] = pages(backend);
        if (pruned.isFinished())
            break; // the prune ended meanwhile: not a page during it
        duringFirst.add(first);
        duringOlder.add(older);
        // As a person clicks: a few pages a second.
        QElapsedTimer pause;
        pause.start();
        while (!pruned.isFinished() && pause.elapsed() < 50)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    const double pruneMs = msSince(pruneClock);
    const Result<qint64> removed = pruned.result();
    if (removed.error)
        qFatal("retention: %s", qPrintable(removed.error.message));

    std::printf("\nbench_retention: prune of %lld deliveries (%lld kept) took %.0f ms; history "
                "pages of 100 rows, ms\n",
                removed.value, kept, pruneMs);
    std::printf("%-34s %8s %8s %8s %6s\n", "", "median", "max", "n", "ratio");
    const auto row = [](const char *what, const Timing &t, const Timing &base) {
        std::printf("%-34s %8.2f %8.2f %8lld %5.1fx\n", what, t.median(), t.max(),
                    qint64(t.samples.size()), base.median() > 0 ? t.median() / base.median() : 0);
    };
    row("newest page, no prune (baseline)", baseFirst, baseFirst);
    row("newest page during the prune", duringFirst, baseFirst);
    row("Older > page, no prune (baseline)", baseOlder, baseOlder);
    row("Older > page during the prune", duringOlder, baseOlder);

    if (parser.isSet(checkOpt)) {
        const double worst = qMax(duringFirst.max(), duringOlder.max());
        if (removed.value != prunable || worst > 1000) {
            std::fprintf(stderr, "check failed: removed %lld of %lld; slowest page %.0f ms\n",
                         removed.value, prunable, worst);
            return 1;
        }
    }
    return 0;
}
