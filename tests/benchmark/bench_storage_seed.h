#pragma once

// Seeding for the storage benchmarks of issue 15 (bench_open, bench_retention): the way
// bench_history seeds (prepared statements, the search vector written with each row on
// PostgreSQL, the full-text triggers on SQLite), in one transaction, with smaller payloads so a
// million deliveries seed in minutes. Payload sizes are printed with the figures.

#include "Async.h"
#include "Error.h"
#include "local/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <cstdio>

namespace wc::bench {

inline bool isPostgres(const QString &location)
{
    return location.startsWith(u"postgres");
}

/// Empties `location` (an SQLite file, or a PostgreSQL database's public schema) and opens it
/// freshly migrated, with durability off for seeding.
inline Error recreate(Database &db, const QString &location)
{
    if (isPostgres(location)) {
        if (Error e = db.open(location, false))
            return e;
        (void)db.exec(QStringLiteral("DROP SCHEMA public CASCADE"), QStringLiteral("empty"));
        (void)db.exec(QStringLiteral("CREATE SCHEMA public"), QStringLiteral("empty"));
        db.close();
    } else {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(location + QLatin1String(suffix));
    }
    if (Error e = db.open(location))
        return e;
    QSqlQuery pragma(db.connection());
    pragma.exec(isPostgres(location) ? QStringLiteral("SET synchronous_commit = off")
                                     : QStringLiteral("PRAGMA synchronous = OFF"));
    return {};
}

/// The organization "bench" and its webhooks hook-1 … hook-N (row ids 1 … N).
inline Error seedWebhooks(Database &db, int count)
{
    QSqlQuery org(db.connection());
    org.prepare(QStringLiteral("INSERT INTO organizations (name, created_at) VALUES ('bench', 0)"));
    if (Error e = Database::exec(org, QStringLiteral("seed the organization")))
        return e;
    QSqlQuery hook(db.connection());
    hook.prepare(QStringLiteral(
        "INSERT INTO webhooks (uid, organization_id, scope_key, name, display_name, payload_url,"
        " created_at, updated_at) VALUES (?, 1, '', ?, ?, ?, 0, 0)"));
    for (int i = 1; i <= count; ++i) {
        hook.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        hook.addBindValue(QStringLiteral("hook-%1").arg(i));
        hook.addBindValue(QStringLiteral("Webhook %1").arg(i));
        hook.addBindValue(QStringLiteral("https://receiver.example/hooks/%1").arg(i));
        if (Error e = Database::exec(hook, QStringLiteral("seed webhooks")))
            return e;
    }
    return {};
}

/// What to seed for one webhook.
struct DeliverySeed
{
    qint64 webhookId = 1;
    qint64 count = 0;
    qint64 firstAt = 0; ///< started_at of the first, ms since the epoch
    qint64 lastAt = 0;  ///< … of the last; the others in between, oldest first
    int payloadBytes = 512;
    int responseBytes = 256;
    int status = 1; ///< 0 pending, 1 succeeded, 2 failed
};

/// Inserts the deliveries of `seed` through one prepared statement, in the transaction under
/// way (the caller's begin()/commit()).
inline Error seedDeliveries(Database &db, const DeliverySeed &seed, QRandomGenerator &rng)
{
    static const char *vocabulary[] = {
        "resource", "create",    "update",   "delete",   "same",      "replace", "aws",
        "s3",       "bucket",    "lambda",   "function", "role",      "policy",  "vpc",
        "subnet",   "security",  "group",    "ingress",  "egress",    "failed",  "preview",
        "refresh",  "stack",     "prod",     "staging",  "dev",       "drift",   "output",
        "urn",      "pulumi",    "provider", "region",   "us-east-1", "cluster", "node",
        "image",    "container", "service",  "task",     "queue",     "topic",   "table"};
    const auto words = [&rng](int bytes) {
        QByteArray out;
        out.reserve(bytes + 16);
        while (out.size() < bytes) {
            if (!out.isEmpty())
                out += ' ';
            if (rng.bounded(4) == 0)
                out += "id" + QByteArray::number(rng.bounded(100000u), 16);
            else
                out += vocabulary[rng.bounded(quint32(std::size(vocabulary)))];
        }
        out.truncate(bytes);
        return out;
    };
    const bool postgres = db.backend() == Database::Backend::PostgreSQL;
    QSqlQuery insert(db.connection());
    insert.prepare(
        QStringLiteral(
            "INSERT INTO deliveries (webhook_id, uid, kind, payload, started_at, duration_ms,"
            " request_url, request_headers, response_code, response_headers, response_body,"
            " response_truncated, error, status%1) VALUES (?, ?, 'stack_update', ?, ?, 42, ?,"
            " 'Content-Type: application/json', ?, 'Content-Type: application/json', ?, 0, ?,"
            " ?%2)")
            .arg(postgres ? QStringLiteral(", search_vector") : QString(),
                 postgres ? QStringLiteral(", to_tsvector('simple', ?)") : QString()));
    const QString url = QStringLiteral("https://receiver.example/hooks/%1").arg(seed.webhookId);
    for (qint64 i = 0; i < seed.count; ++i) {
        const QByteArray payload =
            R"({"kind":"stack_update","log":")" + words(seed.payloadBytes - 30) + "\"}";
        const QByteArray response = seed.status == 0 ? QByteArray()
                                                     : R"({"status":"ok","detail":")" +
                                                           words(seed.responseBytes - 30) + "\"}";
        insert.addBindValue(seed.webhookId);
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.addBindValue(payload);
        insert.addBindValue(
            seed.firstAt +
            (seed.count > 1 ? (seed.lastAt - seed.firstAt) * i / (seed.count - 1) : 0));
        insert.addBindValue(url);
        insert.addBindValue(seed.status == 0 ? 0 : 200);
        insert.addBindValue(seed.status == 0 ? QVariant(QMetaType::fromType<QByteArray>())
                                             : QVariant(response));
        insert.addBindValue(QStringLiteral(""));
        insert.addBindValue(seed.status);
        if (postgres)
            insert.addBindValue(Database::searchText(payload, response));
        if (Error e = Database::exec(insert, QStringLiteral("seed deliveries")))
            return e;
        if (i % 100000 == 99999)
            std::fprintf(stderr, "  seeded %lld deliveries\n", i + 1);
    }
    return {};
}

/// After seeding: the planner's statistics, and (SQLite) the WAL folded into the file.
inline void settle(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("ANALYZE"));
    if (db.backend() == Database::Backend::SQLite)
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

/// Serves this thread's events until `future` has finished; gives its result.
template <typename T> T wait(const QFuture<T> &future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return future.result();
}

/// Samples in milliseconds.
struct Timing
{
    QList<double> samples;
    void add(double ms) { samples << ms; }
    [[nodiscard]] double median() const
    {
        QList<double> s = samples;
        std::sort(s.begin(), s.end());
        if (s.isEmpty())
            return 0;
        return s.size() % 2 ? s.at(s.size() / 2)
                            : (s.at(s.size() / 2 - 1) + s.at(s.size() / 2)) / 2;
    }
    [[nodiscard]] double max() const
    {
        return samples.isEmpty() ? 0 : *std::max_element(samples.begin(), samples.end());
    }
};

inline double msSince(const QElapsedTimer &clock)
{
    return clock.nsecsElapsed() / 1e6;
}

} // namespace wc::bench
