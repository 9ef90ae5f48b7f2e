// What a large response costs (BENCHMARKS.md, issue 15 part 6).
//
// This process runs a receiver on 127.0.0.1 that answers every POST with a body of the size the
// path names: /64k (exactly the 64 KiB the console keeps: the baseline), /10m (10 MiB) or, with
// --with-100m, /100m (100 MiB: what it costs must not grow with the size). Each
// case runs in a child process (this program again, with --child): it opens a LocalBackend on a
// temporary database, pings its webhook once with a small answer to warm up, resets its peak
// RSS, then pings N times and prints how much its peak RSS grew and how long the deliveries
// took, after checking what was recorded. The cases alternate, so both see the same machine.
// A 10 MiB answer must cost no more than the 64 KiB one plus a constant: --max-extra-mib fails
// the run (exit 1) when the 10 MiB case's peak grows more than that beyond the baseline's.

#include "AppInfo.h"
#include "Async.h"
#include "LocalReceiver.h"
#include "WebhookBackend.h"
#include "bench_spawn.h"
#include "delivery/Dispatcher.h"
#include "local/LocalBackend.h"
#include "secrets/MemorySecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace wc;
using wc::bench::await;
using wc::bench::median;

namespace {

constexpr qsizetype Cap = Dispatcher::DefaultMaxResponseBytes;

/// The receiver's body of `size` bytes; the child rebuilds it to check what was kept.
QByteArray body(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char('a' + i % 26);
    return out;
}

qsizetype sizeOf(const QString &name)
{
    if (name == u"64k")
        return Cap;
    if (name == u"10m")
        return 10 * 1024 * 1024;
    if (name == u"100m")
        return 100 * 1024 * 1024;
    return 0;
}

/// A field of /proc/self/status in KiB ("VmHWM", "VmRSS").
qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Resets VmHWM to the current RSS (Linux >= 4.0); false where that is not allowed.
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_responses: %s\n", qPrintable(why));
    return 1;
}

/// One case in this process: prints "RESULT <growth KiB> <median ms per delivery>".
int runChild(const QString &baseUrl, const QString &caseName, int count)
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("webhookconsole.*.info=false\n"
                                                        "webhookconsole.*.debug=false"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    LocalBackend backend(dir.filePath(QStringLiteral("bench.sqlite")),
                         std::make_unique<MemorySecretStore>());
    if (const Error e = await(backend.open()))
        return fail(e.message);
    auto hook = [&](const QString &name) {
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("bench"));
        d.name = name;
        d.displayName = name;
        d.payloadUrl = baseUrl + u'/' + name;
        const Result<Webhook> w = await(backend.create(d));
        if (w.error)
            qFatal("create failed: %s", qPrintable(w.error.message));
        return w.value.ref();
    };
    const WebhookRef warm = hook(QStringLiteral("small"));
    const WebhookRef measured = hook(caseName);
    if (const Result<Delivery> d = await(backend.ping(warm)); d.error || !d.value.succeeded())
        return fail(QStringLiteral("warm-up failed: %1%2").arg(d.error.message, d.value.error));

    // Only what is kept: the whole 10 MiB here would be counted as the console's.
    const qsizetype sent = sizeOf(caseName);
    const QByteArray expected = body(qMin(sent, Cap));
    const bool reset = resetPeak();
    const qint64 before = reset ? statusKiB("VmRSS") : statusKiB("VmHWM");
    QList<double> ms;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer clock;
        clock.start();
        const Result<Delivery> r = await(backend.ping(measured));
        ms << clock.nsecsElapsed() / 1e6;
        const Delivery &d = r.value;
        if (r.error || !d.succeeded() || d.responseCode != 200)
            return fail(QStringLiteral("%1: delivery failed: %2%3")
                            .arg(caseName, r.error.message, d.error));
        if (d.responseBody != expected || d.responseTruncated != (sent > Cap))
            return fail(QStringLiteral("%1: recorded body differs (%2 bytes, truncated %3)")
                            .arg(caseName)
                            .arg(d.responseBody.size())
                            .arg(d.responseTruncated));
        const Result<Delivery> stored = await(backend.delivery(d.id));
        if (stored.error || stored.value.responseBody != d.responseBody ||
            stored.value.responseTruncated != d.responseTruncated)
            return fail(QStringLiteral("%1: stored delivery differs").arg(caseName));
    }
    const qint64 after = statusKiB("VmHWM");
    std::printf("RESULT %lld %.3f %lld\n", static_cast<long long>(after - before), median(ms),
                static_cast<long long>(after));
    return 0;
}

struct Figures
{
    QList<double> growthKiB;
    QList<double> ms;
    QList<double> peakKiB;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Peak memory and time of deliveries answered with 10 MiB vs 64 KiB."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("Deliveries per case and round."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Child processes per case."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption maxExtraOption(
        QStringLiteral("max-extra-mib"),
        QStringLiteral("Fail when the 10 MiB case's peak grows more than this beyond the "
                       "64 KiB case's (median of rounds). 0: report only."),
        QStringLiteral("mib"), QStringLiteral("0"));
    const QCommandLineOption childOption(QStringLiteral("child"),
                                         QStringLiteral("(internal) run one case."),
                                         QStringLiteral("case"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("(internal)"),
                                       QStringLiteral("url"));
    const QCommandLineOption mmapOption(
        QStringLiteral("mmap-threshold"),
        QStringLiteral("Run the cases with glibc's mmap threshold fixed at this many bytes "
                       "(GLIBC_TUNABLES): memory the allocator keeps after free() no longer "
                       "counts, what is held does. 0: glibc's default (a threshold that rises)."),
        QStringLiteral("bytes"), QStringLiteral("0"));
    const QCommandLineOption hundredOption(
        QStringLiteral("with-100m"),
        QStringLiteral("Also a 100 MiB case: its cost beyond the baseline must be the 10 MiB "
                       "case's, not ten times it."));
    parser.addOptions({countOption, roundsOption, maxExtraOption, mmapOption, hundredOption,
                       childOption, urlOption});
    parser.process(app);
    const int count = qMax(1, parser.value(countOption).toInt());
    if (parser.isSet(childOption))
        return runChild(parser.value(urlOption), parser.value(childOption), count);

    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    const double maxExtraMiB = parser.value(maxExtraOption).toDouble();
    const qint64 mmapThreshold = parser.value(mmapOption).toLongLong();

    const QByteArray small = R"({"ok":true})";
    const QByteArray baseline = body(sizeOf(QStringLiteral("64k")));
    const QByteArray large = body(sizeOf(QStringLiteral("10m")));
    const QByteArray huge =
        parser.isSet(hundredOption) ? body(sizeOf(QStringLiteral("100m"))) : QByteArray();
    test::LocalReceiver receiver;
    if (!receiver.listen())
        return fail(QStringLiteral("cannot listen on 127.0.0.1"));
    receiver.setHandler([&](const test::LocalReceiver::Request &r) {
        test::LocalReceiver::Response response;
        response.headers = {{"Content-Type", "text/plain"}};
        response.body = r.path.endsWith("/100m")  ? huge
                        : r.path.endsWith("/10m") ? large
                        : r.path.endsWith("/64k") ? baseline
                                                  : small;
        return response;
    });
    const QString baseUrl = receiver.url(QString());

    QStringList cases{QStringLiteral("64k"), QStringLiteral("10m")};
    if (parser.isSet(hundredOption))
        cases << QStringLiteral("100m");
    QHash<QString, Figures> figures;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &name : cases) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            if (mmapThreshold > 0) {
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("GLIBC_TUNABLES"),
                           QStringLiteral("glibc.malloc.mmap_threshold=%1").arg(mmapThreshold));
                child.setProcessEnvironment(env);
            }
            QEventLoop loop;
            QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
            QObject::connect(&child, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--child"), name, QStringLiteral("--url"), baseUrl,
                         QStringLiteral("--count"), QString::number(count)});
            loop.exec();
            if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
                return fail(QStringLiteral("the %1 case failed").arg(name));
            const QList<QByteArray> out = child.readAllStandardOutput().trimmed().split(' ');
            if (out.size() != 4 || out.first() != "RESULT")
                return fail(QStringLiteral("the %1 case printed no result").arg(name));
            figures[name].growthKiB << out.at(1).toDouble();
            figures[name].ms << out.at(2).toDouble();
            figures[name].peakKiB << out.at(3).toDouble();
        }
    }

    QTextStream o(stdout);
    o << "Responses: " << count << " pings per case and round, " << rounds
      << " rounds (one child process each, interleaved), LocalBackend on SQLite, receiver on "
         "127.0.0.1, 64 KiB kept, glibc mmap threshold "
      << (mmapThreshold > 0 ? QString::number(mmapThreshold) : QStringLiteral("default")) << "\n";
    o << qSetFieldWidth(28) << Qt::left << "case" << qSetFieldWidth(18) << Qt::right
      << "peak growth MiB"
      << "peak RSS MiB"
      << "ms/delivery" << qSetFieldWidth(0) << "\n";
    for (const QString &name : cases) {
        const Figures &f = figures.value(name);
        const QString label = name == u"64k"   ? QStringLiteral("64 KiB body (baseline)")
                              : name == u"10m" ? QStringLiteral("10 MiB body")
                                               : QStringLiteral("100 MiB body");
        o << qSetFieldWidth(28) << Qt::left << label << qSetFieldWidth(18) << Qt::right
          << QString::number(median(f.growthKiB) / 1024, 'f', 2)
          << QString::number(median(f.peakKiB) / 1024, 'f', 1)
          << QString::number(median(f.ms), 'f', 2) << qSetFieldWidth(0) << "\n";
    }
    const double extraMiB = (median(figures.value(cases.at(1)).growthKiB) -
                             median(figures.value(cases.at(0)).growthKiB)) /
                            1024;
    o << "10 MiB case beyond the baseline: " << QString::number(extraMiB, 'f', 2)
      << " MiB of peak RSS (medians of " << rounds << " rounds)\n";
    if (cases.size() > 2) {
        o << "100 MiB case beyond the baseline: "
          << QString::number((median(figures.value(cases.at(2)).growthKiB) -
                              median(figures.value(cases.at(0)).growthKiB)) /
                                 1024,
                             'f', 2)
          << " MiB of peak RSS\n";
    }
    o.flush();
    if (maxExtraMiB > 0 && extraMiB > maxExtraMiB)
        return fail(QStringLiteral("the 10 MiB case costs %1 MiB more than the baseline "
                                   "(allowed: %2 MiB)")
                        .arg(extraMiB, 0, 'f', 2)
                        .arg(maxExtraMiB));
    return 0;
}
