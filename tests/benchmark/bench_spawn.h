#pragma once
// What the benchmarks that run whole programs share: a child run under bench_launch (its own
// peak RSS and CPU time), medians, and waiting for a future.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QStringList>
#include <algorithm>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <vector>

namespace wc::bench {

/// The result of `future`, running the event loop until it is there.
template <typename T> T await(const QFuture<T> &future)
{
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

inline double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

/// A child process's run: how long from spawn to exit, its peak RSS, how it ended.
struct ChildRun
{
    double seconds = 0;
    qint64 peakKiB = 0;
    int exitCode = -1;
    qint64 connections = 0; ///< the receiver accepted during the run
    double cpuSeconds = 0;  ///< user and system time of the process, all its threads
};

/// Runs `argv` with `environment`, its output into `out` and `err`, and waits for it. It runs
/// under bench_launch (next to this program), which reports its own peak RSS and CPU time.
inline ChildRun spawn(const QStringList &argv, const QStringList &environment, const QString &out,
                      const QString &err)
{
    const QString report = err + QStringLiteral(".usage");
    const QStringList launched =
        QStringList{QCoreApplication::applicationDirPath() + QStringLiteral("/bench_launch"),
                    report} +
        argv;
    std::vector<QByteArray> args;
    for (const QString &a : launched)
        args.push_back(a.toLocal8Bit());
    std::vector<QByteArray> env;
    for (const QString &e : environment)
        env.push_back(e.toLocal8Bit());
    std::vector<char *> argp;
    for (QByteArray &a : args)
        argp.push_back(a.data());
    argp.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const QByteArray outPath = QFile::encodeName(out);
    const QByteArray errPath = QFile::encodeName(err);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&files, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    ChildRun run;
    QFile::remove(report);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned =
        ::posix_spawn(&pid, argp.front(), &files, nullptr, argp.data(), envp.data());
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0)
        return run;
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid)
        return run;
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    QFile usage(report);
    if (!usage.open(QIODevice::ReadOnly))
        return run;
    const QList<QByteArray> fields = usage.readAll().trimmed().split(' ');
    if (fields.size() != 3)
        return run;
    run.exitCode = fields.at(0).toInt();
    run.peakKiB = fields.at(1).toLongLong();
    run.cpuSeconds = fields.at(2).toDouble();
    return run;
}

} // namespace wc::bench
