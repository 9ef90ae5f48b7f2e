#include "local/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDatabase, "webhookconsole.store.database")

namespace wc {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("wc-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    close();
}

QString Database::displayLocation(const QString &location)
{
    if (!isPostgresUrl(location))
        return location;
    return QUrl(location).toDisplayString(QUrl::RemovePassword);
}

Error Database::open(const QString &location, bool migrate)
{
    close();
    m_location = location;
    // Every handle and query of the connection is gone whenever close() runs below: one left
    // alive makes Qt print "removeDatabase: connection … is still in use" on standard error.
    if (Error e = openConnection(location)) {
        close();
        return e;
    }
    if (m_backend == Backend::SQLite) {
        // SQLite opens files lazily: a file that is no database is found by the first
        // statement that reads it.
        for (const auto *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                   "PRAGMA synchronous = NORMAL"}) {
            QSqlError why;
            // Another console turning a new file to WAL at the same moment makes this one's
            // PRAGMA fail at once with SQLITE_BUSY, without waiting: try again within the busy
            // timeout, as every other statement waits.
            QElapsedTimer waited;
            waited.start();
            for (;;) {
                QSqlQuery query(connection());
                why = query.exec(QString::fromLatin1(pragma)) ? QSqlError() : query.lastError();
                if (why.nativeErrorCode() != u"5" || waited.elapsed() >= m_busyTimeout.count())
                    break;
                QThread::msleep(10);
            }
            if (why.isValid()) {
                close();
                return openError(location, why);
            }
        }
    }
    if (migrate) {
        if (Error e = this->migrate()) {
            close();
            return e;
        }
    }
    qCInfo(lcDatabase) << "opened" << displayLocation(location) << "schema"
                       << storedSchemaVersion();
    return {};
}

Error Database::openConnection(const QString &location)
{
    QSqlDatabase db;
    if (isPostgresUrl(location)) {
        m_backend = Backend::PostgreSQL;
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Error::make(Error::Code::Storage,
                               Tr::tr("The PostgreSQL driver (QPSQL) is not installed."));
        const QUrl url(location);
        QString options;
        if (Error e = postgresOptions(url, &options))
            return e;
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        // Without one here, libpq looks in PGPASSWORD and ~/.pgpass.
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(options);
    } else {
        m_backend = Backend::SQLite;
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Error::make(Error::Code::Storage,
                               Tr::tr("The SQLite driver (QSQLITE) is not installed."));
        const QFileInfo info(location);
        if (info.isDir())
            return Error::make(
                Error::Code::Storage,
                Tr::tr("Cannot open the database %1: it is a folder, not a file.").arg(location));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::make(Error::Code::Storage,
                               Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()));
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(location);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qint64(m_busyTimeout.count())));
    }
    if (!db.open())
        return openError(location, db.lastError());
    return {};
}

Error Database::postgresOptions(const QUrl &url, QString *options)
{
    // libpq's own parameters, as in its connection URIs (?sslmode=verify-full&…): TLS and
    // timeouts pass through; anything else is a mistake in the URL, said so.
    static const QStringList allowed{
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslcompression"),
        QStringLiteral("channel_binding"),
        QStringLiteral("gssencmode"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("host"),
    };
    QStringList parts;
    bool timeoutGiven = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key))
            return Error::make(
                Error::Code::Storage,
                Tr::tr(
                    "Cannot open the database %1: “%2” is not a connection parameter this console "
                    "passes on (it passes %3).")
                    .arg(displayLocation(url.toString()), key, allowed.join(QStringLiteral(", "))));
        if (value.contains(u';'))
            return Error::make(Error::Code::Storage,
                               Tr::tr("Cannot open the database %1: the value of “%2” cannot "
                                      "contain “;”.")
                                   .arg(displayLocation(url.toString()), key));
        timeoutGiven = timeoutGiven || key == u"connect_timeout";
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        parts << key + QStringLiteral("='") + quoted + u'\'';
    }
    // A server that does not answer is given up on in seconds, and tried again later.
    if (!timeoutGiven)
        parts << QStringLiteral("connect_timeout=5");
    *options = parts.join(u';');
    return {};
}

Error Database::openError(const QString &location, const QSqlError &error) const
{
    // SQLITE_NOTADB: the file exists but is something else (or is encrypted).
    constexpr int SqliteNotADatabase = 26;
    if (m_backend == Backend::SQLite && error.nativeErrorCode().toInt() == SqliteNotADatabase)
        return Error::make(
            Error::Code::Storage,
            Tr::tr("Cannot open the database %1: the file is not an SQLite database.")
                .arg(displayLocation(location)));
    return Error::make(
        Error::Code::Storage,
        Tr::tr("Cannot open the database %1: %2").arg(displayLocation(location), describe(error)));
}

QString Database::describe(const QSqlError &error)
{
    // The server's or SQLite's own words; the driver's ("QPSQL: Unable to connect") add
    // nothing to them. libpq writes several lines (a reason, then a hint, each on its own):
    // one line for the user, each part a sentence.
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    QStringList parts;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString part = line.simplified();
        if (part.isEmpty())
            continue;
        if (!parts.isEmpty() && !parts.last().back().isPunct())
            parts.last() += u'.';
        parts << part;
    }
    return parts.isEmpty() ? Tr::tr("unknown error") : parts.join(u' ');
}

void Database::close()
{
    m_prepared.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error Database::ensureConnected(bool *reconnected)
{
    if (reconnected)
        *reconnected = false;
    if (m_backend != Backend::PostgreSQL || m_location.isEmpty())
        return {};
    if (isOpen()) {
        QSqlQuery probe(connection());
        if (probe.exec(QStringLiteral("SELECT 1")))
            return {};
        qCWarning(lcDatabase) << "the server does not answer:" << describe(probe.lastError());
    }
    m_depth = 0; // a transaction under way died with the connection
    if (Error e = open(m_location, false))
        return e;
    qCInfo(lcDatabase) << "connected again to" << displayLocation();
    if (reconnected)
        *reconnected = true;
    return {};
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::exec(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return {};
    qCWarning(lcDatabase) << "failed to" << what << query.lastError().text();
    return Error::make(Error::Code::Storage,
                       Tr::tr("Cannot %1: %2").arg(what, describe(query.lastError())));
}

Error Database::exec(const QString &sql, const QString &what) const
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return {};
    qCWarning(lcDatabase) << "failed to" << what << query.lastError().text();
    return Error::make(Error::Code::Storage,
                       Tr::tr("Cannot %1: %2").arg(what, describe(query.lastError())));
}

QVariant Database::text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant Database::bytes(const QByteArray &value)
{
    return value.isNull() ? QVariant(QByteArray("")) : QVariant(value);
}

Error Database::recordChange(const QString &subject, const QString &action, const QString &ref,
                             const QString &refBefore, const QString &uid, qint64 deliveryId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO changes (origin, at, subject, action, organization, ref,"
                             " ref_before, uid, delivery_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(m_origin));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(subject);
    q.addBindValue(action);
    q.addBindValue(text(ref.section(u'/', 0, 0)));
    q.addBindValue(text(ref));
    q.addBindValue(text(refBefore));
    q.addBindValue(text(uid));
    q.addBindValue(deliveryId ? QVariant(deliveryId) : QVariant(QMetaType::fromType<qint64>()));
    if (Error e = exec(q, Tr::tr("note the change")))
        return e;
    return notifyChange();
}

Error Database::execRows(const QString &sql, const QString &row, qsizetype rows,
                         const BindRow &bindRow, const QString &what, const AfterRows &after) const
{
    for (qsizetype from = 0; from < rows;) {
        qsizetype count = 1;
        while (count * 2 <= qMin(rows - from, MaxRowsPerStatement))
            count *= 2;
        QStringList values;
        values.fill(row, count);
        const QString text = sql.arg(values.join(QStringLiteral(", ")));
        std::shared_ptr<QSqlQuery> &q = m_prepared[text];
        if (!q) {
            q = std::make_shared<QSqlQuery>(connection());
            if (!q->prepare(text)) {
                const Error e =
                    Error::make(Error::Code::Storage,
                                Tr::tr("Cannot %1: %2").arg(what, describe(q->lastError())));
                m_prepared.remove(text);
                return e;
            }
        }
        int index = 0;
        for (qsizetype k = from; k < from + count; ++k)
            bindRow(*q, index, k);
        Error e = exec(*q, what);
        if (!e && after)
            e = after(*q, from, count);
        q->finish(); // SQLite commits no transaction while a statement is still being read
        if (e)
            return e;
        from += count;
    }
    return {};
}

Error Database::recordDeliveryChanges(const QString &action, const QList<qint64> &deliveryIds) const
{
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const QVariant origin = text(m_origin);
    if (Error e = execRows(
            QStringLiteral("INSERT INTO changes (origin, at, subject, action, organization, ref,"
                           " ref_before, uid, delivery_id) VALUES %1"),
            QStringLiteral("(?, ?, 'delivery', ?, '', '', '', '', ?)"), deliveryIds.size(),
            [&](QSqlQuery &q, int &i, qsizetype k) {
                q.bindValue(i++, origin);
                q.bindValue(i++, at);
                q.bindValue(i++, action);
                q.bindValue(i++, deliveryIds.at(k));
            },
            Tr::tr("note the change")))
        return e;
    return deliveryIds.isEmpty() ? Error{} : notifyChange();
}

Error Database::notifyChange() const
{
    if (m_backend == Backend::PostgreSQL)
        return exec(QStringLiteral("NOTIFY %1").arg(QLatin1String(ChangeChannel)),
                    Tr::tr("note the change"));
    return {};
}

QList<Change> Database::changesSince(qint64 after, int limit, Error *error) const
{
    QList<Change> out;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, origin, subject, action, ref, ref_before, uid,"
                             " delivery_id FROM changes WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(after);
    q.addBindValue(limit);
    if (Error e = exec(q, Tr::tr("read the changes"))) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next()) {
        Change c;
        c.id = q.value(0).toLongLong();
        c.origin = q.value(1).toString();
        c.subject = q.value(2).toString();
        c.action = q.value(3).toString();
        c.ref = q.value(4).toString();
        c.refBefore = q.value(5).toString();
        c.uid = q.value(6).toString();
        c.deliveryId = q.value(7).toLongLong();
        out << c;
    }
    return out;
}

qint64 Database::lastChange(Error *error) const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM changes"))) {
        if (error)
            *error =
                Error::make(Error::Code::Storage,
                            Tr::tr("Cannot read the changes: %1").arg(describe(q.lastError())));
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Error Database::pruneChanges(std::chrono::seconds age) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM changes WHERE at < ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() -
                   std::chrono::duration_cast<std::chrono::milliseconds>(age).count());
    return exec(q, Tr::tr("forget old changes"));
}

qint64 Database::dataVersion() const
{
    if (m_backend != Backend::SQLite)
        return 0;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString Database::blobType() const
{
    return m_backend == Backend::PostgreSQL ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
}

Error Database::begin()
{
    if (m_depth > 0) {
        if (Error e = exec(QStringLiteral("SAVEPOINT wc_%1").arg(m_depth), Tr::tr("save a step")))
            return e;
        ++m_depth;
        return {};
    }
    if (m_backend == Backend::SQLite) {
        // The write lock now, waiting for it as long as the busy timeout allows: a deferred
        // transaction that reads first and then writes fails at once ("database is locked")
        // when another process wrote meanwhile.
        if (Error e = exec(QStringLiteral("BEGIN IMMEDIATE"), Tr::tr("start a transaction")))
            return e;
    } else if (!connection().transaction()) {
        return Error::make(
            Error::Code::Storage,
            Tr::tr("Cannot start a transaction: %1").arg(describe(connection().lastError())));
    }
    m_depth = 1;
    return {};
}

Error Database::commit()
{
    if (m_depth > 1) {
        --m_depth;
        return exec(QStringLiteral("RELEASE SAVEPOINT wc_%1").arg(m_depth), Tr::tr("save a step"));
    }
    m_depth = 0;
    if (connection().commit())
        return {};
    const QString why = describe(connection().lastError());
    connection().rollback();
    return Error::make(Error::Code::Storage, Tr::tr("Cannot save: %1").arg(why));
}

void Database::rollback()
{
    if (m_depth > 1) {
        --m_depth;
        (void)exec(QStringLiteral("ROLLBACK TO SAVEPOINT wc_%1").arg(m_depth),
                   Tr::tr("undo a step"));
        (void)exec(QStringLiteral("RELEASE SAVEPOINT wc_%1").arg(m_depth), Tr::tr("undo a step"));
        return;
    }
    m_depth = 0;
    if (!connection().rollback() && m_backend == Backend::SQLite) {
        // A transaction begun with a statement of our own (BEGIN IMMEDIATE) rather than
        // through the driver.
        QSqlQuery query(connection());
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

int Database::storedSchemaVersion() const
{
    if (!connection().tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Error Database::migrate()
{
    // Two consoles (or a console and webhookctl) opening one database at once: the second
    // waits for the first to finish migrating, then finds nothing left to do. PostgreSQL: a
    // session-level advisory lock; SQLite: the busy timeout on the database's write lock,
    // taken by each step's transaction, with the version read again inside it.
    if (m_backend != Backend::PostgreSQL)
        return migrateSteps();
    constexpr qint64 MigrationLock = 0x5765626b'48434d; // "WebkHCM": Webhook Console migrations
    if (Error e = exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationLock),
                       Tr::tr("wait for another console to finish updating the database")))
        return e;
    const Error e = migrateSteps();
    (void)exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationLock),
               Tr::tr("release the migration lock"));
    return e;
}

Error Database::migrateSteps()
{
    const int stored = storedSchemaVersion();
    if (stored > SchemaVersion) {
        return Error::make(
            Error::Code::Storage,
            Tr::tr("The database %1 was written by a newer version of Webhook Console "
                   "(schema %2; this version knows %3).")
                .arg(displayLocation())
                .arg(stored)
                .arg(SchemaVersion));
    }
    for (int version = stored + 1; version <= SchemaVersion; ++version) {
        if (m_backend == Backend::SQLite) {
            // BEGIN IMMEDIATE takes the write lock now (waiting for another process's
            // migration, if any), so the version read next is the one this step builds on.
            if (Error e = exec(QStringLiteral("BEGIN IMMEDIATE"), Tr::tr("lock the database")))
                return e;
            if (storedSchemaVersion() >= version) {
                (void)exec(QStringLiteral("COMMIT"), Tr::tr("unlock the database"));
                continue;
            }
        } else if (Error e = begin()) {
            return e;
        }
        if (Error e = migrateTo(version)) {
            rollback();
            return e;
        }
        QSqlQuery record(connection());
        record.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        record.addBindValue(version);
        if (Error e = exec(record, Tr::tr("record the schema version"))) {
            rollback();
            return e;
        }
        if (m_backend == Backend::SQLite) {
            if (Error e = exec(QStringLiteral("COMMIT"), Tr::tr("save the updated database"))) {
                (void)exec(QStringLiteral("ROLLBACK"), Tr::tr("undo the update"));
                return e;
            }
        } else if (Error e = commit()) {
            return e;
        }
        qCInfo(lcDatabase) << "migrated to schema" << version;
    }
    return {};
}

Error Database::migrateTo(int version)
{
    // Portable SQL: the only dialect differences are the key column and the blob type.
    const QString key = m_backend == Backend::PostgreSQL
                            ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                            : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QString blob = blobType();
    QStringList statements;
    switch (version) {
    case 1:
        statements = {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE organizations ("
                           " id %1,"
                           " name TEXT NOT NULL UNIQUE,"
                           " created_at BIGINT NOT NULL)")
                .arg(key),
            QStringLiteral(
                "CREATE TABLE stacks ("
                " id %1,"
                " organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                " project TEXT NOT NULL,"
                " stack TEXT NOT NULL,"
                " created_at BIGINT NOT NULL,"
                " UNIQUE (organization_id, project, stack))")
                .arg(key),
            // scope_key is '' for organization webhooks and 'project/stack' for stack ones, so
            // one UNIQUE constraint covers both scopes (NULLs would not be compared).
            QStringLiteral(
                "CREATE TABLE webhooks ("
                " id %1,"
                " uid TEXT NOT NULL UNIQUE,"
                " organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                " stack_id BIGINT REFERENCES stacks(id) ON DELETE CASCADE,"
                " scope_key TEXT NOT NULL,"
                " name TEXT NOT NULL,"
                " display_name TEXT NOT NULL,"
                " payload_url TEXT NOT NULL,"
                " format TEXT NOT NULL DEFAULT 'raw',"
                " event_filters TEXT NOT NULL DEFAULT '[]',"
                " event_groups TEXT NOT NULL DEFAULT '[]',"
                " active INTEGER NOT NULL DEFAULT 1,"
                " has_secret INTEGER NOT NULL DEFAULT 0,"
                " created_at BIGINT NOT NULL,"
                " updated_at BIGINT NOT NULL,"
                " UNIQUE (organization_id, scope_key, name))")
                .arg(key),
            // status: 0 pending, 1 succeeded, 2 failed. Times are UTC milliseconds.
            QStringLiteral("CREATE TABLE deliveries ("
                           " id %1,"
                           " webhook_id BIGINT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,"
                           " uid TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " payload %2 NOT NULL,"
                           " started_at BIGINT NOT NULL,"
                           " duration_ms BIGINT NOT NULL DEFAULT 0,"
                           " request_url TEXT NOT NULL,"
                           " request_headers TEXT NOT NULL DEFAULT '',"
                           " response_code INTEGER NOT NULL DEFAULT 0,"
                           " response_headers TEXT NOT NULL DEFAULT '',"
                           " response_body %2,"
                           " response_truncated INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT NOT NULL DEFAULT '',"
                           " redelivery_of BIGINT REFERENCES deliveries(id) ON DELETE SET NULL,"
                           " status INTEGER NOT NULL DEFAULT 0)")
                .arg(key, blob),
            QStringLiteral("CREATE INDEX deliveries_by_webhook ON deliveries (webhook_id, id)"),
            QStringLiteral(
                "CREATE INDEX deliveries_by_status ON deliveries (webhook_id, status, id)"),
        };
        break;
    case 2:
        // History at scale: a covering index for time ranges and per-day statistics, and on
        // SQLite a full-text index over payloads and responses kept in step by triggers.
        statements = {
            QStringLiteral("CREATE INDEX deliveries_by_time ON deliveries"
                           " (webhook_id, started_at, status, duration_ms)"),
            QStringLiteral("CREATE INDEX deliveries_by_kind ON deliveries (webhook_id, kind, id)"),
        };
        if (m_backend == Backend::SQLite) {
            statements
                << QStringLiteral(
                       "CREATE VIRTUAL TABLE deliveries_fts USING fts5(payload, response_body,"
                       " content='deliveries', content_rowid='id')")
                << QStringLiteral(
                       "CREATE TRIGGER deliveries_fts_insert AFTER INSERT ON deliveries BEGIN"
                       " INSERT INTO deliveries_fts (rowid, payload, response_body)"
                       " VALUES (new.id, new.payload, new.response_body); END")
                << QStringLiteral(
                       "CREATE TRIGGER deliveries_fts_delete AFTER DELETE ON deliveries BEGIN"
                       " INSERT INTO deliveries_fts (deliveries_fts, rowid, payload,"
                       " response_body) VALUES ('delete', old.id, old.payload,"
                       " old.response_body); END")
                << QStringLiteral("CREATE TRIGGER deliveries_fts_update AFTER UPDATE OF payload,"
                                  " response_body ON deliveries BEGIN"
                                  " INSERT INTO deliveries_fts (deliveries_fts, rowid, payload,"
                                  " response_body) VALUES ('delete', old.id, old.payload,"
                                  " old.response_body);"
                                  " INSERT INTO deliveries_fts (rowid, payload, response_body)"
                                  " VALUES (new.id, new.payload, new.response_body); END")
                << QStringLiteral("INSERT INTO deliveries_fts (deliveries_fts) VALUES ('rebuild')");
        }
        break;
    case 3:
        // With foreign keys on, deleting a delivery looks for redeliveries pointing at it:
        // without this index that is a scan of the whole table per deleted row.
        statements = {
            QStringLiteral("CREATE INDEX deliveries_by_original ON deliveries (redelivery_of)")};
        break;
    case 4:
        // Keychain steps in flight: written before a secret is written or removed, cleared in
        // the transaction that records the outcome. What a crash leaves here is completed or
        // undone the next time the database is opened.
        statements = {QStringLiteral("CREATE TABLE secret_journal ("
                                     " uid TEXT PRIMARY KEY,"
                                     " action TEXT NOT NULL,"
                                     " webhook_id BIGINT,"
                                     " started_at BIGINT NOT NULL)")};
        break;
    case 5:
        // Pulumi ESC environments (project/env) as a third kind of scope, beside stacks.
        statements = {
            QStringLiteral(
                "CREATE TABLE environments ("
                " id %1,"
                " organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                " project TEXT NOT NULL,"
                " environment TEXT NOT NULL,"
                " created_at BIGINT NOT NULL,"
                " UNIQUE (organization_id, project, environment))")
                .arg(key),
            QStringLiteral("ALTER TABLE webhooks ADD COLUMN environment_id BIGINT"
                           " REFERENCES environments(id) ON DELETE CASCADE"),
            QStringLiteral("CREATE INDEX webhooks_by_environment ON webhooks (environment_id)"),
            QStringLiteral("CREATE INDEX webhooks_by_stack ON webhooks (stack_id)"),
        };
        break;
    case 6:
        // Team mode. Optimistic concurrency (version), who created and last changed each
        // webhook, a fingerprint of its secret (never the secret), and a journal of changes
        // that other consoles on the same database read to refresh their windows.
        statements = {
            QStringLiteral("ALTER TABLE webhooks ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE webhooks ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE webhooks ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE webhooks ADD COLUMN secret_fingerprint TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE webhooks ADD COLUMN secret_changed_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE webhooks ADD COLUMN secret_changed_at BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE changes ("
                           " id %1,"
                           " origin TEXT NOT NULL,"
                           " at BIGINT NOT NULL,"
                           " subject TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " organization TEXT NOT NULL DEFAULT '',"
                           " ref TEXT NOT NULL DEFAULT '',"
                           " ref_before TEXT NOT NULL DEFAULT '',"
                           " uid TEXT NOT NULL DEFAULT '',"
                           " delivery_id BIGINT)")
                .arg(key),
            QStringLiteral("CREATE INDEX changes_by_time ON changes (at)"),
        };
        if (m_backend == Backend::PostgreSQL) {
            // Search: the words of each payload and response as a tsvector (written by the
            // repository, which splits and folds them as SQLite's FTS5 does), under a GIN
            // index for prefix queries.
            statements << QStringLiteral("ALTER TABLE deliveries ADD COLUMN search_vector tsvector")
                       << QStringLiteral("CREATE INDEX deliveries_search ON deliveries"
                                         " USING GIN (search_vector)");
        }
        break;
    case 7:
        // Pulumi Cloud. An organization with an API URL is one of Pulumi Cloud's, managed
        // through its REST API; its webhooks here are mirrors that hold the archive of the
        // deliveries read from Pulumi (deliveries.uid is Pulumi's delivery id, and each attempt
        // of one id is its own row, found again by id and time).
        // cloud_attempts remembers every attempt archived, also once retention or Clear
        // history removed its delivery, so that reading Pulumi again never brings it back.
        statements = {
            QStringLiteral(
                "ALTER TABLE organizations ADD COLUMN cloud_api_url TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE cloud_attempts ("
                           " id %1,"
                           " webhook_id BIGINT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,"
                           " uid TEXT NOT NULL,"
                           " started_at BIGINT NOT NULL,"
                           " duration_ms BIGINT NOT NULL,"
                           " response_code INTEGER NOT NULL,"
                           " response_headers TEXT NOT NULL,"
                           " delivery_id BIGINT REFERENCES deliveries(id) ON DELETE SET NULL)")
                .arg(key),
            QStringLiteral(
                "CREATE INDEX cloud_attempts_by_uid ON cloud_attempts (webhook_id, uid, id)"),
            QStringLiteral(
                "CREATE INDEX cloud_attempts_by_delivery ON cloud_attempts (delivery_id)"),
        };
        break;
    case 8:
        // Signature schemes and secret rotation (issue 13): the scheme each webhook signs
        // with; while a rotation overlaps, when the previous secret (kept in the keychain
        // beside the current one) stops signing. A delivery edited and sent again points to
        // the one it was made from (it is no redelivery: it does not deliver the original).
        // Requests the built-in receiver took, with its verdict on their signature.
        statements = {
            QStringLiteral(
                "ALTER TABLE webhooks ADD COLUMN signature TEXT NOT NULL DEFAULT 'pulumi'"),
            QStringLiteral("ALTER TABLE webhooks ADD COLUMN previous_secret_until BIGINT NOT NULL"
                           " DEFAULT 0"),
            QStringLiteral("ALTER TABLE deliveries ADD COLUMN edited_from BIGINT"
                           " REFERENCES deliveries(id) ON DELETE SET NULL"),
            // Deleting a delivery looks for those edited from it.
            QStringLiteral("CREATE INDEX deliveries_by_edit ON deliveries (edited_from)"),
            QStringLiteral("CREATE TABLE received_requests ("
                           " id %1,"
                           " received_at BIGINT NOT NULL,"
                           " webhook_uid TEXT NOT NULL DEFAULT '',"
                           " method TEXT NOT NULL,"
                           " path TEXT NOT NULL,"
                           " headers TEXT NOT NULL,"
                           " body %2 NOT NULL,"
                           " verdict TEXT NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " verdict_text TEXT NOT NULL DEFAULT '',"
                           " response_status INTEGER NOT NULL DEFAULT 0)")
                .arg(key, blob),
            QStringLiteral(
                "CREATE INDEX received_requests_by_time ON received_requests (received_at)"),
        };
        break;
    case 9:
        // Opening marks the pending attempts a crash cut off as interrupted
        // (DeliveryRepository::markInterrupted): an index of the pending rows alone makes that
        // cost nothing that grows with the history (issue 15).
        statements = {QStringLiteral("CREATE INDEX %1 ON deliveries (started_at) WHERE %2")
                          .arg(QLatin1String(PendingIndex), QLatin1String(PendingPredicate))};
        break;
    case 10:
        // SQLite's full-text index takes a delivery once, when its outcome is recorded, instead
        // of three times (its payload when written as pending, then out and in again with the
        // response): most of what recording a delivery cost (issue 15). A pending attempt is
        // found by a search once it has ended.
        if (m_backend == Backend::SQLite) {
            statements = {
                QStringLiteral("INSERT INTO deliveries_fts (deliveries_fts, rowid, payload,"
                               " response_body) SELECT 'delete', id, payload, response_body"
                               " FROM deliveries WHERE %1")
                    .arg(QLatin1String(PendingPredicate)),
                QStringLiteral("DROP TRIGGER deliveries_fts_insert"),
                QStringLiteral("DROP TRIGGER deliveries_fts_delete"),
                QStringLiteral("DROP TRIGGER deliveries_fts_update"),
                QStringLiteral("CREATE TRIGGER deliveries_fts_insert AFTER INSERT ON deliveries"
                               " WHEN new.status <> 0 BEGIN"
                               " INSERT INTO deliveries_fts (rowid, payload, response_body)"
                               " VALUES (new.id, new.payload, new.response_body); END"),
                QStringLiteral("CREATE TRIGGER deliveries_fts_delete AFTER DELETE ON deliveries"
                               " WHEN old.status <> 0 BEGIN"
                               " INSERT INTO deliveries_fts (deliveries_fts, rowid, payload,"
                               " response_body) VALUES ('delete', old.id, old.payload,"
                               " old.response_body); END"),
                QStringLiteral(
                    "CREATE TRIGGER deliveries_fts_update AFTER UPDATE OF payload, response_body,"
                    " status ON deliveries BEGIN"
                    " INSERT INTO deliveries_fts (deliveries_fts, rowid, payload, response_body)"
                    " SELECT 'delete', old.id, old.payload, old.response_body"
                    " WHERE old.status <> 0;"
                    " INSERT INTO deliveries_fts (rowid, payload, response_body)"
                    " SELECT new.id, new.payload, new.response_body WHERE new.status <> 0; END"),
            };
        }
        break;
    default:
        return Error::make(Error::Code::Storage, Tr::tr("Unknown schema version %1.").arg(version));
    }
    for (const QString &sql : std::as_const(statements)) {
        if (Error e = exec(sql, Tr::tr("migrate the database to schema %1").arg(version)))
            return e;
    }
    if (version == 6 && m_backend == Backend::PostgreSQL)
        return indexExistingDeliveries();
    return {};
}

Error Database::indexExistingDeliveries()
{
    // In batches, by id: a team database may hold a long history.
    qint64 after = 0;
    for (;;) {
        QList<std::pair<qint64, QString>> batch;
        {
            QSqlQuery read(connection());
            read.setForwardOnly(true);
            read.prepare(QStringLiteral("SELECT id, payload, response_body FROM deliveries"
                                        " WHERE id > ? ORDER BY id LIMIT 1000"));
            read.addBindValue(after);
            if (Error e = exec(read, Tr::tr("index the delivery history")))
                return e;
            while (read.next())
                batch.append({read.value(0).toLongLong(), searchText(read.value(1).toByteArray(),
                                                                     read.value(2).toByteArray())});
        }
        if (batch.isEmpty())
            return {};
        QSqlQuery write(connection());
        write.prepare(QStringLiteral(
            "UPDATE deliveries SET search_vector = to_tsvector('simple', ?) WHERE id = ?"));
        for (const auto &[id, text] : std::as_const(batch)) {
            write.addBindValue(text);
            write.addBindValue(id);
            if (Error e = exec(write, Tr::tr("index the delivery history")))
                return e;
        }
        after = batch.last().first;
    }
}

QString Database::searchText(const QByteArray &payload, const QByteArray &response)
{
    QString text = QString::fromUtf8(payload);
    text += u' ';
    text += QString::fromUtf8(response);
    return searchWords(text);
}

QString Database::searchWords(const QString &text)
{
    // As SQLite's FTS5 (unicode61, its default) splits and folds: letters and digits make
    // words, everything else separates them; case and diacritics do not count.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString words;
    words.reserve(decomposed.size());
    bool separated = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            words += c;
            separated = false;
        } else if (!separated) {
            words += u' ';
            separated = true;
        }
    }
    return words.toCaseFolded();
}

} // namespace wc
