// Bulk delivery throughput against curl (BENCHMARKS.md, issue 15 parts 1 and 2).
//
// This process runs a small, fast HTTP/1.1 receiver on 127.0.0.1 (epoll, keep-alive, answers
// every request "200 ok" at once) on a thread of its own, and seeds a database with one webhook
// whose secret is in the OS keychain and N failed deliveries of one event each. Then, round after
// round, in alternating order:
//   - the console: `webhookctl delivery redeliver --all-failed REF` on a fresh copy of that
//     database (4 in flight: the default of Preferences), the whole command timed;
//   - the baseline: curl posting the same body with the same headers N times, `--parallel
//     --parallel-max 4`, over keep-alive connections as the console's.
// Each is one child process, timed from spawn to exit, its peak RSS and CPU time read from
// wait4() by bench_launch. The receiver counts the requests and connections: each run must
// bring exactly N requests, over no more connections than twice the parallelism (keep-alive).
// Where strace is installed, one more run of each under `strace -f -c` gives the system calls
// per delivery.
// --min-rate and --max-ratio make the run fail (exit 1) when the console is slower than that.

#include "AppInfo.h"
#include "Async.h"
#include "FastReceiver.h"
#include "WebhookBackend.h"
#include "bench_spawn.h"
#include "local/LocalBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace wc;
using wc::bench::await;
using wc::bench::ChildRun;
using wc::bench::median;
using wc::bench::spawn;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_delivery: %s\n", qPrintable(why));
    return 1;
}

/// The total of the "calls" column of `strace -c`'s summary in `path`; -1 when not found.
qint64 straceCalls(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 4 && fields.last() == "total")
            return fields.at(3).toLongLong();
    }
    return -1;
}

/// A stack update's payload as Pulumi sends it (reference/payloads), about 700 bytes.
QByteArray payloadFor(int i)
{
    return QStringLiteral(
               R"({"user":{"name":"Bench User","githubLogin":"bench","avatarUrl":"https://avatars.githubusercontent.com/u/1"},)"
               R"("organization":{"name":"Acme Corp","githubLogin":"acme","avatarUrl":"https://avatars.githubusercontent.com/u/2"},)"
               R"("projectName":"payments","stackName":"production","kind":"update","result":"failed",)"
               R"("resourceChanges":{"create":3,"update":12,"delete":1,"same":140},)"
               R"("updateUrl":"https://app.pulumi.com/acme/payments/production/updates/%1",)"
               R"("stackUrl":"https://app.pulumi.com/acme/payments/production","startedAt":1764460800,)"
               R"("finishedAt":1764460862,"message":"Update %1 failed: 2 resources could not be updated"})")
        .arg(i)
        .toUtf8();
}

struct Seeded
{
    WebhookRef ref;
    QList<QPair<QByteArray, QByteArray>> headers; ///< one delivery's, as the console sends them
    QByteArray payload;
};

/// One webhook with a secret in the keychain and `count` failed deliveries, in `path`.
Result<Seeded> seed(const QString &path, int count, const QString &url)
{
    LocalBackend backend(path);
    if (const Error e = await(backend.open()))
        return Result<Seeded>::failure(e);
    WebhookDraft draft;
    draft.scope = Scope::organizationScope(QStringLiteral("bench"));
    draft.name = QStringLiteral("bulk");
    draft.displayName = QStringLiteral("Bulk delivery benchmark");
    draft.payloadUrl = url;
    draft.secretChange = WebhookDraft::SecretChange::Set;
    draft.secret = QStringLiteral("bench-delivery-secret-0123456789");
    const Result<Webhook> created = await(backend.create(draft));
    if (created.error)
        return Result<Seeded>::failure(created.error);
    QList<Delivery> failed;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int i = 0; i < count; ++i) {
        Delivery d;
        d.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.kind = QStringLiteral("stack_update");
        d.payload = payloadFor(i);
        d.timestamp = start.addMSecs(i);
        d.requestUrl = url;
        d.requestHeaders = QStringLiteral("Content-Type: application/json");
        d.state = Delivery::State::Completed;
        d.responseCode = 503;
        d.responseBody = "unavailable";
        d.error = QStringLiteral("The receiver answered 503 Service Unavailable.");
        d.durationMs = 3;
        failed << d;
    }
    const Result<qint64> imported = await(backend.importDeliveries(created.value.ref(), failed));
    if (imported.error)
        return Result<Seeded>::failure(imported.error);
    Seeded s;
    s.ref = created.value.ref();
    s.payload = failed.constFirst().payload;
    // The headers a redelivery of the first carries, for curl to send the same.
    for (const QString &line :
         QStringList{QStringLiteral("Content-Type: application/json"),
                     QStringLiteral("User-Agent: %1").arg(AppInfo::userAgent()),
                     QStringLiteral("Pulumi-Webhook-ID: %1").arg(failed.constFirst().uid),
                     QStringLiteral("Pulumi-Webhook-Kind: stack_update"),
                     QStringLiteral("Pulumi-Webhook-Signature: %1").arg(QString(64, u'0'))}) {
        const qsizetype colon = line.indexOf(u':');
        s.headers.append({line.left(colon).toLatin1(), line.mid(colon + 2).toLatin1()});
    }
    return {{}, s};
}

/// Removes the benchmark's webhook, and with it its secret from the keychain.
void unseed(const QString &path, const WebhookRef &ref)
{
    LocalBackend backend(path);
    if (await(backend.open()))
        return;
    if (const Error e = await(backend.remove(ref)))
        std::fprintf(stderr, "bench_delivery: could not remove the webhook: %s\n",
                     qPrintable(e.message));
}

struct Figures
{
    QList<double> seconds;
    QList<double> peakKiB;
    QList<double> cpuSeconds;
    qint64 connections = 0; ///< the most one run opened
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppInfo::apply();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bulk redelivery by webhookctl against curl, both to a fast receiver on "
                       "127.0.0.1, 4 in flight."));
    parser.addHelpOption();
    const QCommandLineOption webhookctlOption(
        QStringLiteral("webhookctl"), QStringLiteral("The webhookctl to run ($WEBHOOKCTL)."),
        QStringLiteral("path"), qEnvironmentVariable("WEBHOOKCTL"));
    const QCommandLineOption countOption(QStringLiteral("deliveries"),
                                         QStringLiteral("Failed deliveries to redeliver."),
                                         QStringLiteral("n"), QStringLiteral("4096"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Runs of each, interleaved."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            QStringLiteral("Requests in flight (both)."),
                                            QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption straceOption(QStringLiteral("no-strace"),
                                          QStringLiteral("Do not count system calls with strace."));
    const QCommandLineOption minRateOption(
        QStringLiteral("min-rate"),
        QStringLiteral("Fail below this many deliveries/s (median). 0: report only."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption maxRatioOption(
        QStringLiteral("max-ratio"),
        QStringLiteral("Fail when the console takes more than this many times curl's time "
                       "(medians). 0: report only."),
        QStringLiteral("x"), QStringLiteral("0"));
    const QCommandLineOption wrapOption(
        QStringLiteral("wrap"),
        QStringLiteral("Also run webhookctl once under this command (split at spaces), e.g. "
                       "\"perf record -g -o /tmp/perf.data\", and say how it went."),
        QStringLiteral("command"));
    parser.addOptions({wrapOption, webhookctlOption, countOption, roundsOption, parallelOption,
                       straceOption, minRateOption, maxRatioOption});
    parser.process(app);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("webhookconsole.*.info=false\n"
                                                        "webhookconsole.*.debug=false"));
    const QString webhookctl = parser.value(webhookctlOption);
    const int count = qMax(1, parser.value(countOption).toInt());
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    const int parallel = qBound(1, parser.value(parallelOption).toInt(), 16);
    const double minRate = parser.value(minRateOption).toDouble();
    const double maxRatio = parser.value(maxRatioOption).toDouble();
    if (webhookctl.isEmpty() || !QFileInfo(webhookctl).isExecutable())
        return fail(QStringLiteral("give webhookctl with --webhookctl or $WEBHOOKCTL"));
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        return fail(QStringLiteral("curl is not installed"));
    const QString strace = parser.isSet(straceOption)
                               ? QString()
                               : QStandardPaths::findExecutable(QStringLiteral("strace"));

    test::FastReceiver receiver;
    if (!receiver.listen())
        return fail(QStringLiteral("cannot listen on 127.0.0.1"));
    const QString url = QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port());

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const QString templateDb = dir.filePath(QStringLiteral("seeded.sqlite"));
    const Result<Seeded> seeded = seed(templateDb, count, url);
    if (seeded.error)
        return fail(QStringLiteral("cannot seed: %1").arg(seeded.error.message));
    const auto cleanUp = qScopeGuard([&] { unseed(templateDb, seeded.value.ref); });

    // webhookctl: its own preferences (4 at once by default), the session's keychain.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString config = dir.filePath(QStringLiteral("config"));
    QDir().mkpath(config);
    {
        QFile settings(config + QStringLiteral("/%1.conf").arg(QLatin1String(AppInfo::Id)));
        if (!settings.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write the preferences"));
        settings.write(
            QStringLiteral("[delivery]\nredeliveryConcurrency=%1\n").arg(parallel).toUtf8());
    }
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("webhookconsole.*.info=false"));
    const QStringList env = environment.toStringList();
    const QString runDb = dir.filePath(QStringLiteral("run.sqlite"));
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    const QString err = dir.filePath(QStringLiteral("err.txt"));
    const QStringList consoleArgs{webhookctl,
                                  QStringLiteral("--database"),
                                  runDb,
                                  QStringLiteral("delivery"),
                                  QStringLiteral("redeliver"),
                                  QStringLiteral("--all-failed"),
                                  seeded.value.ref.toString()};

    const QString body = dir.filePath(QStringLiteral("payload.json"));
    {
        QFile f(body);
        if (!f.open(QIODevice::WriteOnly) || f.write(seeded.value.payload) < 0)
            return fail(QStringLiteral("cannot write the payload"));
    }
    QStringList curlArgs{curl,
                         QStringLiteral("--silent"),
                         QStringLiteral("--show-error"),
                         QStringLiteral("--fail"),
                         QStringLiteral("--parallel"),
                         QStringLiteral("--parallel-max"),
                         QString::number(parallel),
                         QStringLiteral("--data-binary"),
                         u'@' + body,
                         QStringLiteral("-H"),
                         QStringLiteral("Expect:"),
                         QStringLiteral("--output"),
                         QStringLiteral("/dev/null")};
    for (const auto &[name, value] : seeded.value.headers)
        curlArgs << QStringLiteral("-H") << QString::fromLatin1(name + ": " + value);
    curlArgs << QStringLiteral("%1?n=[1-%2]").arg(url).arg(count);

    const auto prepare = [&]() -> QString {
        QFile::remove(runDb);
        return QFile::copy(templateDb, runDb) ? QString()
                                              : QStringLiteral("cannot copy the database");
    };
    const auto runConsole = [&](const QStringList &prefix) -> Result<ChildRun> {
        if (const QString e = prepare(); !e.isEmpty())
            return Result<ChildRun>::failure(Error::make(Error::Code::Storage, e));
        const qint64 before = receiver.served();
        const qint64 connectionsBefore = receiver.accepted();
        const qint64 signedBefore = receiver.signedRequests();
        ChildRun run = spawn(prefix + consoleArgs, env, out, err);
        const qint64 got = receiver.served() - before;
        const qint64 signedGot = receiver.signedRequests() - signedBefore;
        run.connections = receiver.accepted() - connectionsBefore;
        QFile log(err);
        (void)log.open(QIODevice::ReadOnly);
        if (run.exitCode != 0 || got != count)
            return Result<ChildRun>::failure(
                Error::make(Error::Code::Storage,
                            QStringLiteral("webhookctl exited %1 after %2 of %3 requests: %4")
                                .arg(run.exitCode)
                                .arg(got)
                                .arg(count)
                                .arg(QString::fromLocal8Bit(log.readAll()).trimmed())));
        // The secret is in the keychain: a request without its signature was not the real work.
        if (signedGot != count)
            return Result<ChildRun>::failure(Error::make(
                Error::Code::Storage,
                QStringLiteral("only %1 of %2 requests were signed").arg(signedGot).arg(count)));
        return {{}, run};
    };
    const auto runCurl = [&](const QStringList &prefix) -> Result<ChildRun> {
        const qint64 before = receiver.served();
        const qint64 connectionsBefore = receiver.accepted();
        ChildRun run = spawn(prefix + curlArgs, env, out, err);
        const qint64 got = receiver.served() - before;
        run.connections = receiver.accepted() - connectionsBefore;
        if (run.exitCode != 0 || got != count)
            return Result<ChildRun>::failure(
                Error::make(Error::Code::Storage, QStringLiteral("curl exited %1 after %2 of %3")
                                                      .arg(run.exitCode)
                                                      .arg(got)
                                                      .arg(count)));
        return {{}, run};
    };

    // One of each first, not counted: files and keychain warm.
    for (const auto &warm : {runConsole(QStringList()), runCurl(QStringList())}) {
        if (warm.error)
            return fail(warm.error.message);
    }
    Figures console;
    Figures baseline;
    for (int round = 0; round < rounds; ++round) {
        const bool consoleFirst = round % 2 == 0;
        for (int leg = 0; leg < 2; ++leg) {
            const bool isConsole = (leg == 0) == consoleFirst;
            const Result<ChildRun> r = isConsole ? runConsole({}) : runCurl({});
            if (r.error)
                return fail(r.error.message);
            Figures &f = isConsole ? console : baseline;
            f.seconds << r.value.seconds;
            f.peakKiB << double(r.value.peakKiB);
            f.cpuSeconds << r.value.cpuSeconds;
            f.connections = qMax(f.connections, r.value.connections);
        }
    }
    qint64 consoleCalls = -1;
    qint64 curlCalls = -1;
    if (!strace.isEmpty()) {
        const QString counts = dir.filePath(QStringLiteral("strace.txt"));
        const QStringList prefix{strace, QStringLiteral("-f"), QStringLiteral("-c"),
                                 QStringLiteral("-o"), counts};
        if (const auto r = runConsole(prefix); r.error)
            return fail(r.error.message);
        consoleCalls = straceCalls(counts);

        if (const auto r = runCurl(prefix); r.error)
            return fail(r.error.message);
        curlCalls = straceCalls(counts);
    }

    if (parser.isSet(wrapOption)) {
        const QStringList prefix = parser.value(wrapOption).split(u' ', Qt::SkipEmptyParts);
        const auto r = runConsole(prefix);
        if (r.error)
            return fail(r.error.message);
        std::printf("wrapped run: %.3f s\n", r.value.seconds);
    }

    const double consoleSeconds = median(console.seconds);
    const double curlSeconds = median(baseline.seconds);
    const double rate = count / consoleSeconds;
    const double curlRate = count / curlSeconds;
    const double ratio = consoleSeconds / curlSeconds;
    QTextStream o(stdout);
    o << "Bulk delivery: " << count << " failed deliveries redelivered, " << parallel
      << " in flight, to a receiver on 127.0.0.1; medians of " << rounds
      << " interleaved runs, each a whole command\n";
    o << qSetFieldWidth(34) << Qt::left << "" << qSetFieldWidth(14) << Qt::right << "seconds"
      << "deliveries/s"
      << "CPU µs/del."
      << "peak RSS MiB"
      << "syscalls/del."
      << "connections" << qSetFieldWidth(0) << "\n";
    const auto row = [&](const QString &label, double seconds, double perSecond, const Figures &f,
                         qint64 calls) {
        o << qSetFieldWidth(34) << Qt::left << label << qSetFieldWidth(14) << Qt::right
          << QString::number(seconds, 'f', 3) << QString::number(perSecond, 'f', 0)
          << QString::number(median(f.cpuSeconds) * 1e6 / count, 'f', 0)
          << QString::number(median(f.peakKiB) / 1024, 'f', 1)
          << (calls < 0 ? QStringLiteral("-") : QString::number(double(calls) / count, 'f', 1))
          << f.connections << qSetFieldWidth(0) << "\n";
    };
    row(QStringLiteral("webhookctl redeliver --all-failed"), consoleSeconds, rate, console,
        consoleCalls);
    row(QStringLiteral("curl --parallel-max %1 (baseline)").arg(parallel), curlSeconds, curlRate,
        baseline, curlCalls);
    o << "console / curl: " << QString::number(ratio, 'f', 2) << "x the time\n";
    o.flush();
    // Keep-alive: one connection per request in flight, give or take, as curl.
    if (console.connections > 2 * parallel)
        return fail(QStringLiteral("webhookctl opened %1 connections for %2 requests, %3 at a "
                                   "time: connections are not kept alive")
                        .arg(console.connections)
                        .arg(count)
                        .arg(parallel));
    if (minRate > 0 && rate < minRate)
        return fail(QStringLiteral("%1 deliveries/s, below %2").arg(rate, 0, 'f', 0).arg(minRate));
    if (maxRatio > 0 && ratio > maxRatio)
        return fail(
            QStringLiteral("%1x curl's time, above %2x").arg(ratio, 0, 'f', 2).arg(maxRatio));
    return 0;
}
