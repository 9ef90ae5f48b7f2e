// Delivery history at scale: seeds 1,000 webhooks and 1,000,000 deliveries on one of them
// (payloads and responses of 1–4 KiB), then measures what the history page does, through the
// same model and backend (with its history thread) the window uses:
//   open the webhook's history and show the first page; apply a failed-only filter; reach the
//   oldest page; run a text search; and the peak resident memory of the measuring process.
// Seeding runs in a child process so its memory does not count. See BENCHMARKS.md.
//
//   bench_history [--database PATH] [--webhooks N] [--deliveries N] [--reseed] [--runs N]
//                 [--webhookctl PATH] [--check]
// --check (the CI smoke run): exit 1 unless the counts are right and every figure is within a
// generous bound (ten times BENCHMARKS.md's targets), so a broken history fails the run.

#include "AppInfo.h"
#include "Async.h"
#include "DeliveryHistoryModel.h"
#include "EventCatalog.h"
#include "local/Database.h"
#include "local/LocalBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace wc;
using namespace wc::gui;

namespace {

constexpr auto RareTerm = "canaryzebra"; // in 50 deliveries
constexpr auto CommonTerm = "throttled"; // in about 1 in 50 responses

QByteArray words(QRandomGenerator &rng, const QList<QByteArray> &vocabulary, int bytes)
{
    QByteArray out;
    out.reserve(bytes + 16);
    while (out.size() < bytes) {
        if (!out.isEmpty())
            out += ' ';
        out += vocabulary.at(int(rng.bounded(quint32(vocabulary.size()))));
    }
    out.truncate(bytes);
    return out;
}

QList<QByteArray> makeVocabulary(QRandomGenerator &rng)
{
    // Resource-log-like vocabulary: a few hundred frequent words plus many rarer identifiers.
    static const char *common[] = {
        "resource", "create",    "update",    "delete",    "same",    "replace",   "aws",
        "s3",       "bucket",    "lambda",    "function",  "role",    "policy",    "vpc",
        "subnet",   "security",  "group",     "ingress",   "egress",  "succeeded", "failed",
        "preview",  "refresh",   "stack",     "prod",      "staging", "dev",       "deployment",
        "drift",    "detected",  "output",    "input",     "urn",     "pulumi",    "provider",
        "version",  "region",    "us-east-1", "eu-west-1", "cluster", "node",      "pool",
        "image",    "container", "service",   "task",      "queue",   "topic",     "table"};
    QList<QByteArray> out;
    for (const char *w : common)
        out << QByteArray(w);
    for (int i = 0; i < 3000; ++i)
        out << "id" + QByteArray::number(rng.generate(), 16);
    return out;
}

bool isPostgres(const QString &location)
{
    return location.startsWith(u"postgres");
}

int seed(const QString &path, int webhookCount, qint64 deliveryCount)
{
    const bool postgres = isPostgres(path);
    Database db;
    if (postgres) {
        // The database given, emptied: everything of a previous seed goes.
        if (Error e = db.open(path, false)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message));
            return 6;
        }
        (void)db.exec(QStringLiteral("DROP SCHEMA public CASCADE"), QStringLiteral("empty"));
        (void)db.exec(QStringLiteral("CREATE SCHEMA public"), QStringLiteral("empty"));
        db.close();
    } else {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    if (Error e = db.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 6;
    }
    QSqlQuery pragma(db.connection());
    pragma.exec(postgres ? QStringLiteral("SET synchronous_commit = off")
                         : QStringLiteral("PRAGMA synchronous = OFF"));
    QElapsedTimer clock;
    clock.start();
    QRandomGenerator rng(20261126);
    const QList<QByteArray> vocabulary = makeVocabulary(rng);
    const QStringList kinds = EventCatalog::kinds();

    QSqlQuery org(db.connection());
    org.exec(QStringLiteral("INSERT INTO organizations (name, created_at) VALUES ('bench', 0)"));
    (void)db.begin();
    QSqlQuery hook(db.connection());
    hook.prepare(QStringLiteral(
        "INSERT INTO webhooks (uid, organization_id, scope_key, name, display_name, payload_url,"
        " created_at, updated_at) VALUES (?, 1, '', ?, ?, ?, 0, 0)"));
    for (int i = 1; i <= webhookCount; ++i) {
        hook.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        hook.addBindValue(QStringLiteral("hook-%1").arg(i));
        hook.addBindValue(QStringLiteral("Webhook %1").arg(i));
        hook.addBindValue(QStringLiteral("https://receiver.example/hooks/%1").arg(i));
        if (!hook.exec()) {
            std::fprintf(stderr, "seed webhooks failed\n");
            return 6;
        }
    }
    (void)db.commit();

    QSqlQuery insert(db.connection());
    insert.prepare(
        QStringLiteral(
            "INSERT INTO deliveries (webhook_id, uid, kind, payload, started_at, duration_ms,"
            " request_url, request_headers, response_code, response_headers, response_body,"
            " response_truncated, error, status%1) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, "
            "?%2)")
            .arg(postgres ? QStringLiteral(", search_vector") : QString(),
                 postgres ? QStringLiteral(", to_tsvector('simple', ?)") : QString()));
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = qint64(60) * 24 * 3600 * 1000; // 60 days
    const QString url = QStringLiteral("https://receiver.example/hooks/1");
    for (qint64 i = 0; i < deliveryCount; ++i) {
        if (i % 5000 == 0)
            (void)db.begin();
        const QString kind = kinds.at(int(rng.bounded(quint32(kinds.size()))));
        const int payloadBytes = 1024 + int(rng.bounded(3072));
        const int responseBytes = 1024 + int(rng.bounded(3072));
        const quint32 roll = rng.bounded(100);
        const bool rare = i % (deliveryCount / 50 + 1) == 7;
        QByteArray payload = R"({"kind":")" + kind.toUtf8() +
                             R"(","projectName":"web","stackName":"prod","log":")" +
                             words(rng, vocabulary, payloadBytes - 90) +
                             (rare ? QByteArray(" ") + RareTerm : QByteArray()) + "\"}";
        int code = 200;
        QString error;
        int status = 1;
        if (roll >= 70 && roll < 90) {
            code = roll < 80 ? 500 : 503;
            error = QStringLiteral("The receiver answered %1.").arg(code);
            status = 2;
        } else if (roll >= 90) {
            code = 0;
            error = roll < 95 ? QStringLiteral("Timed out: no answer within 10 s.")
                              : QStringLiteral("Connection refused by receiver.example:443: "
                                               "nothing is listening there.");
            status = 2;
        }
        QByteArray response;
        if (code > 0) {
            response = R"({"status":")" + QByteArray(code == 200 ? "ok" : "error") +
                       R"(","detail":")" + words(rng, vocabulary, responseBytes - 40) +
                       (rng.bounded(50) == 0 ? QByteArray(" ") + CommonTerm : QByteArray()) + "\"}";
        }
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.addBindValue(kind);
        insert.addBindValue(payload);
        insert.addBindValue(end - span + span * i / deliveryCount);
        insert.addBindValue(qint64(5 + rng.bounded(400)));
        insert.addBindValue(url);
        insert.addBindValue(
            QStringLiteral("Content-Type: application/json\r\nPulumi-Webhook-Kind: ") + kind);
        insert.addBindValue(code);
        insert.addBindValue(code ? QStringLiteral("Content-Type: application/json")
                                 : QStringLiteral(""));
        insert.addBindValue(code ? QVariant(response)
                                 : QVariant(QMetaType::fromType<QByteArray>()));
        insert.addBindValue(error.isNull() ? QStringLiteral("") : error);
        insert.addBindValue(status);
        if (postgres)
            insert.addBindValue(Database::searchText(payload, response));
        if (!insert.exec()) {
            std::fprintf(stderr, "seed deliveries failed at %lld\n", i);
            return 6;
        }
        if (i % 5000 == 4999 || i == deliveryCount - 1) {
            if (Error e = db.commit()) {
                std::fprintf(stderr, "%s\n", qPrintable(e.message));
                return 6;
            }
        }
        if (i % 100000 == 99999)
            std::fprintf(stderr, "  seeded %lld deliveries (%.0f s)\n", i + 1,
                         clock.elapsed() / 1000.0);
    }
    QSqlQuery analyze(db.connection());
    analyze.exec(QStringLiteral("ANALYZE"));
    if (!postgres)
        analyze.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("seeded %d webhooks and %lld deliveries in %.1f s\n", webhookCount, deliveryCount,
                clock.elapsed() / 1000.0);
    return 0;
}

struct Timing
{
    QList<double> samples;
    void add(double ms) { samples << ms; }
    [[nodiscard]] double median() const
    {
        QList<double> s = samples;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(s.size() / 2);
    }
    [[nodiscard]] double max() const
    {
        return samples.isEmpty() ? 0 : *std::max_element(samples.begin(), samples.end());
    }
};

/// Milliseconds from `start()` until the model reports a page (and, if asked, the count).
double timePage(DeliveryHistoryModel &model, const std::function<void()> &start,
                double *countMs = nullptr)
{
    QSignalSpy loaded(&model, &DeliveryHistoryModel::pageLoaded);
    QElapsedTimer clock;
    clock.start();
    start();
    if (!loaded.wait(60000))
        qFatal("no page within 60 s");
    const double pageMs = clock.nsecsElapsed() / 1e6;
    if (countMs) {
        while (model.matchCount() < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        *countMs = clock.nsecsElapsed() / 1e6;
    }
    return pageMs;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::apply();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Delivery history benchmark"));
    parser.addHelpOption();
    const QCommandLineOption databaseOpt(
        QStringLiteral("database"), QStringLiteral("Benchmark database."), QStringLiteral("PATH"),
        QStringLiteral("/tmp/webhook-console-bench.sqlite"));
    const QCommandLineOption webhooksOpt(QStringLiteral("webhooks"),
                                         QStringLiteral("Webhooks to seed."), QStringLiteral("N"),
                                         QStringLiteral("1000"));
    const QCommandLineOption deliveriesOpt(
        QStringLiteral("deliveries"), QStringLiteral("Deliveries to seed on the first webhook."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption reseedOpt(QStringLiteral("reseed"),
                                       QStringLiteral("Seed even if the database exists."));
    const QCommandLineOption seedOnlyOpt(QStringLiteral("seed-only"),
                                         QStringLiteral("Seed, then exit."));
    const QCommandLineOption runsOpt(QStringLiteral("runs"),
                                     QStringLiteral("Repetitions per measurement."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption checkOpt(
        QStringLiteral("check"),
        QStringLiteral("Fail unless counts are right and figures within generous bounds."));
    const QCommandLineOption ctlOpt(QStringLiteral("webhookctl"),
                                    QStringLiteral("Also time webhookctl delivery list."),
                                    QStringLiteral("PATH"));
    parser.addOptions({databaseOpt, webhooksOpt, deliveriesOpt, reseedOpt, seedOnlyOpt, runsOpt,
                       ctlOpt, checkOpt});
    parser.process(app);
    const QString path = parser.value(databaseOpt);
    const int webhooks = parser.value(webhooksOpt).toInt();
    const qint64 deliveries = parser.value(deliveriesOpt).toLongLong();

    if (parser.isSet(seedOnlyOpt))
        return seed(path, webhooks, deliveries);

    const auto seeded = [&path] {
        if (!isPostgres(path))
            return QFile::exists(path);
        Database db;
        if (db.open(path, false))
            return false;
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM deliveries)")) && q.next() &&
               q.value(0).toBool();
    };
    if (parser.isSet(reseedOpt) || !seeded()) {
        // Seed in a child process so the measured peak memory is the history's alone.
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--seed-only"), QStringLiteral("--database"), path,
                     QStringLiteral("--webhooks"), QString::number(webhooks),
                     QStringLiteral("--deliveries"), QString::number(deliveries)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 6;
    }

    const int runs = qMax(1, parser.value(runsOpt).toInt());
    Timing open, openCount, failed, failedCount, oldest, rare, rareCount, common, commonCount;
    qint64 total = 0;
    qint64 failedTotal = 0;
    qint64 rareTotal = 0;
    qint64 commonTotal = 0;
    for (int run = 0; run < runs; ++run) {
        // An open console (not timed), then opening the history: the backend's history thread
        // starts with its own connection on the first page asked for, and shows the newest.
        LocalBackend backend(path);
        {
            const QFuture<Error> opened = backend.open();
            while (!opened.isFinished())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            if (const Error e = opened.result())
                qFatal("%s", qPrintable(e.message));
        }
        QElapsedTimer clock;
        clock.start();
        DeliveryHistoryModel model(backend);
        DeliveryFilter filter;
        filter.webhook =
            WebhookRef{Scope::organizationScope(QStringLiteral("bench")), QStringLiteral("hook-1")};
        double countMs = 0;
        const double setupMs = clock.nsecsElapsed() / 1e6;
        open.add(setupMs + timePage(
                               model, [&] { model.setFilter(filter); }, &countMs));
        openCount.add(setupMs + countMs);
        total = model.matchCount();

        DeliveryFilter failedOnly = filter;
        failedOnly.outcome = DeliveryFilter::Outcome::Failed;
        failed.add(timePage(
            model, [&] { model.setFilter(failedOnly); }, &countMs));
        failedCount.add(countMs);
        failedTotal = model.matchCount();

        model.setFilter(filter);
        QSignalSpy(&model, &DeliveryHistoryModel::pageLoaded).wait(60000);
        oldest.add(timePage(model, [&] { model.oldest(); }));
        if (model.hasOlder())
            qFatal("oldest page claims older rows");

        DeliveryFilter rareSearch = filter;
        rareSearch.search = QString::fromLatin1(RareTerm);
        rare.add(timePage(
            model, [&] { model.setFilter(rareSearch); }, &countMs));
        rareCount.add(countMs);
        rareTotal = model.matchCount();

        DeliveryFilter commonSearch = filter;
        commonSearch.search = QString::fromLatin1(CommonTerm);
        common.add(timePage(
            model, [&] { model.setFilter(commonSearch); }, &countMs));
        commonCount.add(countMs);
        commonTotal = model.matchCount();
    }

    if (isPostgres(path))
        std::printf("database: %s\n", qPrintable(Database::displayLocation(path)));
    else
        std::printf("database: %s (%.2f GiB)\n", qPrintable(path),
                    QFileInfo(path).size() / 1024.0 / 1024.0 / 1024.0);
    std::printf("deliveries on the webhook: %lld, failed: %lld\n", total, failedTotal);
    std::printf("%-44s %10s %10s\n", "measurement (ms)", "median", "max");
    auto row = [](const char *name, const Timing &t) {
        std::printf("%-44s %10.1f %10.1f\n", name, t.median(), t.max());
    };
    row("open history, first page shown", open);
    row("  … and its total counted", openCount);
    row("failed-only filter, first page", failed);
    row("  … and its matches counted", failedCount);
    row("oldest page", oldest);
    std::printf("text search \"%s\" (%lld matches):\n", RareTerm, rareTotal);
    row("  first page", rare);
    row("  matches counted", rareCount);
    std::printf("text search \"%s\" (%lld matches):\n", CommonTerm, commonTotal);
    row("  first page", common);
    row("  matches counted", commonCount);
    std::printf("peak resident memory: %.1f MiB\n", peakRssKiB() / 1024.0);

    if (parser.isSet(checkOpt)) {
        QStringList wrong;
        auto expect = [&wrong](bool ok, const QString &what) {
            if (!ok)
                wrong << what;
        };
        // The seed makes about 30 % failures, the rare word in 50 deliveries (fewer in a small
        // seed), the common one in about 1 in 50 responses.
        expect(total == deliveries,
               QStringLiteral("total %1, seeded %2").arg(total).arg(deliveries));
        expect(failedTotal > deliveries / 5 && failedTotal < deliveries * 2 / 5,
               QStringLiteral("failed %1 of %2").arg(failedTotal).arg(deliveries));
        expect(rareTotal >= 1 && rareTotal <= 51, QStringLiteral("rare matches %1").arg(rareTotal));
        expect(commonTotal > 0 && commonTotal < deliveries / 10,
               QStringLiteral("common matches %1").arg(commonTotal));
        for (const auto &[name, timing, boundMs] : {std::tuple{"first page", &open, 1000.0},
                                                    {"failed page", &failed, 1000.0},
                                                    {"oldest page", &oldest, 1000.0},
                                                    {"rare search", &rare, 10000.0},
                                                    {"common search", &common, 10000.0},
                                                    {"common count", &commonCount, 10000.0}})
            expect(timing->max() < boundMs,
                   QStringLiteral("%1 took %2 ms").arg(QLatin1String(name)).arg(timing->max()));
        expect(peakRssKiB() < 1500 * 1024, QStringLiteral("peak memory %1 KiB").arg(peakRssKiB()));
        if (!wrong.isEmpty()) {
            std::fprintf(stderr, "check failed: %s\n",
                         qPrintable(wrong.join(QStringLiteral("; "))));
            return 1;
        }
        std::printf("check passed\n");
    }

    if (parser.isSet(ctlOpt)) {
        const QString ctl = parser.value(ctlOpt);
        auto timeCtl = [&](const QStringList &args) {
            Timing t;
            for (int run = 0; run < runs; ++run) {
                QProcess p;
                QElapsedTimer clock;
                clock.start();
                p.start(ctl, QStringList{QStringLiteral("--database"), path} + args);
                p.waitForFinished(-1);
                t.add(clock.nsecsElapsed() / 1e6);
                if (p.exitCode() != 0)
                    std::fprintf(stderr, "webhookctl failed: %s\n",
                                 p.readAllStandardError().constData());
            }
            return t;
        };
        std::printf("webhookctl (whole process):\n");
        row("  delivery list bench/hook-1 --limit 50 --json",
            timeCtl({QStringLiteral("delivery"), QStringLiteral("list"),
                     QStringLiteral("bench/hook-1"), QStringLiteral("--limit"),
                     QStringLiteral("50"), QStringLiteral("--json")}));
        row("  … --failed", timeCtl({QStringLiteral("delivery"), QStringLiteral("list"),
                                     QStringLiteral("bench/hook-1"), QStringLiteral("--failed")}));
        row("  … --search canaryzebra",
            timeCtl({QStringLiteral("delivery"), QStringLiteral("list"),
                     QStringLiteral("bench/hook-1"), QStringLiteral("--search"),
                     QString::fromLatin1(RareTerm)}));
    }
    return 0;
}
