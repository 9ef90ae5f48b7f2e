// Start-up against bare Qt programs (BENCHMARKS.md, issue 15 part 5).
//
// Seeds an SQLite database with N webhooks (1,000 by default), then, round after round and in
// alternating order, starts:
//   - the console on it, and bench_bare_window: a QMainWindow holding a QTableView, built from
//     the same Qt. Both print "exposed <CLOCK_MONOTONIC ns>" the first time a window of theirs
//     is exposed ($WEBHOOK_CONSOLE_EXIT_WHEN_EXPOSED) and quit: the figure is the time from
//     just before the process is spawned to that moment, and the process's peak RSS;
//   - `webhookctl webhook list --json` on it, and bench_bare_cli: a QCoreApplication running
//     the same SELECT and printing the rows as JSON. The figure is the whole command, spawn
//     to exit, and its peak RSS.
// Every process runs under bench_launch (its own peak RSS). Medians of the rounds, and the
// ratios to the bare programs; --max-ratio fails the run (exit 1) when a ratio is above it.

#include "AppInfo.h"
#include "bench_spawn.h"
#include "local/Database.h"
#include "local/WebhookRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <cstdio>
#include <ctime>

using namespace wc;
using wc::bench::ChildRun;
using wc::bench::median;
using wc::bench::spawn;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(why));
    return 1;
}

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

QString seed(const QString &path, int count)
{
    Database db;
    if (const Error e = db.open(path))
        return e.message;
    WebhookRepository webhooks(db);
    if (const Error e = db.begin())
        return e.message;
    for (int i = 0; i < count; ++i) {
        StoredWebhook w;
        w.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        w.scope = Scope::organizationScope(QStringLiteral("acme"));
        w.name = QStringLiteral("hook-%1").arg(i, 4, 10, QLatin1Char('0'));
        w.displayName = QStringLiteral("Webhook %1").arg(i);
        w.payloadUrl = QStringLiteral("https://hooks.example.com/acme/%1").arg(i);
        if (const Error e = webhooks.insert(w)) {
            db.rollback();
            return e.message;
        }
    }
    if (const Error e = db.commit())
        return e.message;
    return {};
}

struct Figures
{
    QList<double> ms;
    QList<double> peakKiB;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppInfo::apply();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start-up of the console and webhookctl against bare Qt programs."));
    parser.addHelpOption();
    const QCommandLineOption consoleOption(
        QStringLiteral("console"),
        QStringLiteral("The console to start ($WEBHOOK_CONSOLE_BINARY)."), QStringLiteral("path"),
        qEnvironmentVariable("WEBHOOK_CONSOLE_BINARY"));
    const QCommandLineOption webhookctlOption(
        QStringLiteral("webhookctl"), QStringLiteral("The webhookctl to run ($WEBHOOKCTL)."),
        QStringLiteral("path"), qEnvironmentVariable("WEBHOOKCTL"));
    const QCommandLineOption countOption(QStringLiteral("webhooks"),
                                         QStringLiteral("Webhooks in the database."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Starts of each, interleaved."),
                                          QStringLiteral("n"), QStringLiteral("9"));
    const QCommandLineOption maxRatioOption(
        QStringLiteral("max-ratio"),
        QStringLiteral("Fail when a figure of the console's is more than this many times the "
                       "bare program's (medians). 0: report only."),
        QStringLiteral("x"), QStringLiteral("0"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Seed this SQLite file (kept afterwards; an existing one is used as it "
                       "is) instead of a temporary one."),
        QStringLiteral("path"));
    parser.addOptions({consoleOption, webhookctlOption, countOption, roundsOption, maxRatioOption,
                       databaseOption});
    parser.process(app);
    const QString console = parser.value(consoleOption);
    const QString webhookctl = parser.value(webhookctlOption);
    const int count = qMax(1, parser.value(countOption).toInt());
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    const double maxRatio = parser.value(maxRatioOption).toDouble();
    for (const QString &program : {console, webhookctl}) {
        if (program.isEmpty() || !QFileInfo(program).isExecutable())
            return fail(
                QStringLiteral("give --console and --webhookctl (or $WEBHOOK_CONSOLE_BINARY "
                               "and $WEBHOOKCTL)"));
    }
    const QString here = QCoreApplication::applicationDirPath();
    const QString bareWindow = here + QStringLiteral("/bench_bare_window");
    const QString bareCli = here + QStringLiteral("/bench_bare_cli");

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const QString db = parser.isSet(databaseOption)
                           ? parser.value(databaseOption)
                           : dir.filePath(QStringLiteral("startup.sqlite"));
    if (!QFileInfo::exists(db)) {
        if (const QString e = seed(db, count); !e.isEmpty())
            return fail(QStringLiteral("cannot seed: %1").arg(e));
    }

    // Fresh preferences, the probe on, nothing logged.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString config = dir.filePath(QStringLiteral("config"));
    QDir().mkpath(config);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("WEBHOOK_CONSOLE_EXIT_WHEN_EXPOSED"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("webhookconsole.*.info=false"));
    const QStringList env = environment.toStringList();
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    const QString err = dir.filePath(QStringLiteral("err.txt"));

    const auto readAll = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    // A window: milliseconds from spawn to its first exposure.
    const auto startWindow = [&](const QStringList &argv, Figures &f) -> QString {
        const qint64 before = monotonicNs();
        const ChildRun run = spawn(argv, env, out, err);
        const QByteArray printed = readAll(out).trimmed();
        if (run.exitCode != 0 || !printed.startsWith("exposed "))
            return QStringLiteral("%1 exited %2 without a window: %3")
                .arg(QFileInfo(argv.first()).fileName())
                .arg(run.exitCode)
                .arg(QString::fromLocal8Bit(readAll(err)).trimmed());
        f.ms << double(printed.mid(8).toLongLong() - before) / 1e6;
        f.peakKiB << double(run.peakKiB);
        return {};
    };
    // A command: milliseconds from spawn to exit; it must print the N webhooks.
    const auto runCommand = [&](const QStringList &argv, Figures &f) -> QString {
        const ChildRun run = spawn(argv, env, out, err);
        const QJsonArray rows = QJsonDocument::fromJson(readAll(out)).array();
        if (run.exitCode != 0 || rows.size() != count)
            return QStringLiteral("%1 exited %2 with %3 of %4 webhooks: %5")
                .arg(QFileInfo(argv.first()).fileName())
                .arg(run.exitCode)
                .arg(rows.size())
                .arg(count)
                .arg(QString::fromLocal8Bit(readAll(err)).trimmed());
        f.ms << run.seconds * 1000;
        f.peakKiB << double(run.peakKiB);
        return {};
    };

    const QStringList consoleArgs{console, QStringLiteral("--database"), db};
    const QStringList ctlArgs{webhookctl,
                              QStringLiteral("--database"),
                              db,
                              QStringLiteral("webhook"),
                              QStringLiteral("list"),
                              QStringLiteral("--json")};
    Figures consoleWindow, bareWindowFigures, ctl, bare;
    Figures warm;
    // One of each first, not counted: files and caches warm.
    for (const QString &e : {startWindow(consoleArgs, warm), startWindow({bareWindow}, warm),
                             runCommand(ctlArgs, warm), runCommand({bareCli, db}, warm)}) {
        if (!e.isEmpty())
            return fail(e);
    }
    for (int round = 0; round < rounds; ++round) {
        const bool consoleFirst = round % 2 == 0;
        QStringList errors;
        if (consoleFirst) {
            errors << startWindow(consoleArgs, consoleWindow)
                   << startWindow({bareWindow}, bareWindowFigures) << runCommand(ctlArgs, ctl)
                   << runCommand({bareCli, db}, bare);
        } else {
            errors << startWindow({bareWindow}, bareWindowFigures)
                   << startWindow(consoleArgs, consoleWindow) << runCommand({bareCli, db}, bare)
                   << runCommand(ctlArgs, ctl);
        }
        for (const QString &e : std::as_const(errors)) {
            if (!e.isEmpty())
                return fail(e);
        }
    }

    QTextStream o(stdout);
    o << "Start-up with " << count << " webhooks (SQLite): medians of " << rounds
      << " interleaved starts of each\n";
    o << qSetFieldWidth(44) << Qt::left << "" << qSetFieldWidth(12) << Qt::right << "ms"
      << "peak MiB" << qSetFieldWidth(0) << "\n";
    const auto row = [&](const QString &label, const Figures &f) {
        o << qSetFieldWidth(44) << Qt::left << label << qSetFieldWidth(12) << Qt::right
          << QString::number(median(f.ms), 'f', 1)
          << QString::number(median(f.peakKiB) / 1024, 'f', 1) << qSetFieldWidth(0) << "\n";
    };
    row(QStringLiteral("console: first window exposed"), consoleWindow);
    row(QStringLiteral("bare QMainWindow + QTableView (baseline)"), bareWindowFigures);
    row(QStringLiteral("webhookctl webhook list --json"), ctl);
    row(QStringLiteral("bare QCoreApplication, same SELECT (baseline)"), bare);
    const double windowTime = median(consoleWindow.ms) / median(bareWindowFigures.ms);
    const double windowMemory = median(consoleWindow.peakKiB) / median(bareWindowFigures.peakKiB);
    const double cliTime = median(ctl.ms) / median(bare.ms);
    o << "console / bare window: " << QString::number(windowTime, 'f', 2) << "x the time, "
      << QString::number(windowMemory, 'f', 2) << "x the memory\n"
      << "webhookctl / bare command: " << QString::number(cliTime, 'f', 2) << "x the time\n";
    o.flush();
    if (maxRatio > 0) {
        for (const auto &[what, ratio] : {std::pair{"the window's time", windowTime},
                                          std::pair{"the window's memory", windowMemory},
                                          std::pair{"webhookctl's time", cliTime}}) {
            if (ratio > maxRatio)
                return fail(QStringLiteral("%1 is %2x the bare program's, above %3x")
                                .arg(QLatin1String(what))
                                .arg(ratio, 0, 'f', 2)
                                .arg(maxRatio));
        }
    }
    return 0;
}
