// How long a change made by one console takes to appear in another (BENCHMARKS.md, issue 11).
//
// This process opens the database through the console's backend and watches it; a second
// process (this program again, with --writer) opens it through its own backend and saves an
// edit of one webhook N times, at random intervals, printing when it asked for each save. The
// delay is from that moment to the watching backend's webhookChanged() for that edit: the
// writer's transaction, the notification (PostgreSQL) or the poll (SQLite), and reading the
// change back. Baseline in the same run, on PostgreSQL: the same round trip with the SQL alone,
// two bare QPSQL connections, NOTIFY on one and the driver's notification on the other.

#include "AppInfo.h"
#include "Async.h"
#include "WebhookBackend.h"
#include "bench_spawn.h"
#include "local/LocalBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace wc;
using wc::bench::await;

namespace {

const Scope Bench = Scope::organizationScope(QStringLiteral("bench"));
const WebhookRef Hook{Bench, QStringLiteral("watched")};

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void sleepInLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Summary
{
    double median = 0;
    double worst = 0;
};

Summary summarize(const QList<double> &ms)
{
    if (ms.isEmpty())
        return {};
    return {wc::bench::median(ms), *std::max_element(ms.cbegin(), ms.cend())};
}

/// The writer: N edits, each told on standard output as "i asked_us saved_us".
int writer(const QString &location, int changes)
{
    LocalBackend backend(location);
    if (Error e = await(backend.open()))
        qFatal("writer cannot open: %s", qPrintable(e.message));
    QTextStream out(stdout);
    for (int i = 0; i < changes; ++i) {
        // Random spacing (300–800 ms, people's pace, longer than SQLite's poll): changes arrive
        // at any point of the watcher's poll, each seen on its own.
        sleepInLoop(300 + QRandomGenerator::global()->bounded(500));
        const Result<Webhook> current = await(backend.webhook(Hook));
        WebhookDraft d = WebhookDraft::from(current.value);
        d.displayName = QStringLiteral("edit-%1").arg(i);
        d.baseVersion = 0;
        const qint64 asked = nowUs();
        if (Error e = await(backend.update(Hook, d)).error)
            qFatal("writer cannot save: %s", qPrintable(e.message));
        out << i << ' ' << asked << ' ' << nowUs() << Qt::endl;
    }
    return 0;
}

/// The baseline: NOTIFY on one bare connection, its notification on another, N times.
QList<double> bareNotifyRoundTrips(const QString &location, int rounds)
{
    const QUrl url(location);
    const auto connect = [&url](const QString &name) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("baseline cannot connect");
        return db;
    };
    QList<double> ms;
    {
        QSqlDatabase listener = connect(QStringLiteral("bare-listen"));
        QSqlDatabase notifier = connect(QStringLiteral("bare-notify"));
        qint64 sentAt = 0;
        bool received = false;
        QObject::connect(listener.driver(), &QSqlDriver::notification, [&] {
            ms << (nowUs() - sentAt) / 1000.0;
            received = true;
        });
        listener.driver()->subscribeToNotification(QStringLiteral("bench_bare"));
        for (int i = 0; i < rounds; ++i) {
            sleepInLoop(300 + QRandomGenerator::global()->bounded(500));
            received = false;
            sentAt = nowUs();
            QSqlQuery(notifier).exec(QStringLiteral("NOTIFY bench_bare"));
            QEventLoop loop;
            QTimer timeout;
            QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
            QObject::connect(listener.driver(), &QSqlDriver::notification, &loop,
                             &QEventLoop::quit);
            timeout.start(10000);
            if (!received)
                loop.exec();
            if (!received)
                qFatal("baseline: no notification");
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare-listen"));
    QSqlDatabase::removeDatabase(QStringLiteral("bare-notify"));
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::apply();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Delay from a change in one console to its appearance in another"));
    parser.addHelpOption();
    const QCommandLineOption databaseOpt(QStringLiteral("database"),
                                         QStringLiteral("An SQLite file or a postgresql:// URL."),
                                         QStringLiteral("LOCATION"));
    const QCommandLineOption changesOpt(QStringLiteral("changes"),
                                        QStringLiteral("How many changes (default 100)."),
                                        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption writerOpt(QStringLiteral("writer"),
                                       QStringLiteral("Internal: be the writing console."));
    parser.addOptions({databaseOpt, changesOpt, writerOpt});
    parser.process(app);
    const QString location = parser.value(databaseOpt);
    const int changes = parser.value(changesOpt).toInt();
    if (location.isEmpty() || changes < 1)
        parser.showHelp(2);
    if (parser.isSet(writerOpt))
        return writer(location, changes);

    LocalBackend watcher(location);
    if (Error e = await(watcher.open()))
        qFatal("cannot open %s: %s", qPrintable(location), qPrintable(e.message));
    (void)await(watcher.addOrganization(Bench.organization));
    if (await(watcher.webhook(Hook)).error) {
        WebhookDraft d;
        d.scope = Bench;
        d.name = Hook.name;
        d.displayName = QStringLiteral("Watched");
        d.payloadUrl = QStringLiteral("http://127.0.0.1:9/");
        if (Error e = await(watcher.create(d)).error)
            qFatal("cannot create the webhook: %s", qPrintable(e.message));
    }

    QHash<int, qint64> seenAt;
    QObject::connect(&watcher, &WebhookBackend::webhookChanged,
                     [&](const WebhookRef &, const Webhook &after) {
                         if (after.displayName.startsWith(u"edit-"))
                             seenAt.insert(after.displayName.mid(5).toInt(), nowUs());
                     });
    QProcess writerProcess;
    writerProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writerProcess.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--writer"), QStringLiteral("--database"), location,
                         QStringLiteral("--changes"), QString::number(changes)});
    {
        QEventLoop loop;
        QObject::connect(&writerProcess, &QProcess::finished, &loop, &QEventLoop::quit);
        if (writerProcess.state() != QProcess::NotRunning)
            loop.exec();
    }
    if (writerProcess.exitStatus() != QProcess::NormalExit || writerProcess.exitCode() != 0)
        qFatal("the writer failed");
    // The last change may still be on its way.
    sleepInLoop(1000);

    QList<double> delays;
    QList<double> afterSave;
    QList<double> saves;
    int missed = 0;
    for (const QByteArray &line : writerProcess.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3)
            continue;
        const int i = parts[0].toInt();
        saves << (parts[2].toLongLong() - parts[1].toLongLong()) / 1000.0;
        if (!seenAt.contains(i)) {
            ++missed; // superseded by the next edit before it was read: shown as the newer one
            continue;
        }
        delays << (seenAt.value(i) - parts[1].toLongLong()) / 1000.0;
        afterSave << (seenAt.value(i) - parts[2].toLongLong()) / 1000.0;
    }
    const Summary console = summarize(delays);
    std::printf("engine: %s\n", location.startsWith(u"postgres")
                                    ? "PostgreSQL (LISTEN/NOTIFY)"
                                    : "SQLite (a file watcher on the WAL, PRAGMA data_version)");
    std::printf("console to console: %lld changes seen one by one, %d folded into a later one\n",
                qlonglong(delays.size()), missed);
    std::printf("  median %.1f ms, worst %.1f ms\n", console.median, console.worst);
    const Summary propagation = summarize(afterSave);
    std::printf("  from the save done to the other console: median %.1f ms, worst %.1f ms\n",
                propagation.median, propagation.worst);
    const Summary save = summarize(saves);
    std::printf("  of which the writer's save itself (until its console has it): median %.1f ms, "
                "worst %.1f ms\n",
                save.median, save.worst);
    if (location.startsWith(u"postgres")) {
        const Summary bare = summarize(bareNotifyRoundTrips(location, changes));
        std::printf("baseline, bare NOTIFY between two QPSQL connections:\n");
        std::printf("  median %.1f ms, worst %.1f ms\n", bare.median, bare.worst);
    }
    return 0;
}
