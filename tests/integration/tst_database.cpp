#include "AppInfo.h"
#include "LocalReceiver.h"
#include "TestSupport.h"
#include "WebhookBackend.h"
#include "local/Database.h"
#include "local/DeliveryRepository.h"
#include "local/WebhookRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <array>
#include <thread>

using namespace wc;

namespace {
StoredWebhook sampleWebhook(const QString &name, const Scope &scope)
{
    StoredWebhook w;
    w.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    w.scope = scope;
    w.name = name;
    w.displayName = QStringLiteral("Hook ") + name;
    w.payloadUrl = QStringLiteral("https://example.com/") + name;
    w.filters = {QStringLiteral("update_failed")};
    w.groups = {QStringLiteral("deployments")};
    return w;
}

/// Bytes that are no SQLite database: text, and noise as long as a few pages.
QByteArray notADatabase(const QString &kind)
{
    if (kind == u"text")
        return "These are notes about webhooks, not a database.\n";
    QByteArray noise;
    for (int i = 0; i < 8192; ++i)
        noise += char((i * 7919 + 13) % 251);
    return noise;
}

/// A PostgreSQL URL where nothing listens, with a password that must never be shown.
QString unreachablePostgres()
{
    return QStringLiteral("postgresql://team:hunter2@127.0.0.1:%1/hooks")
        .arg(test::LocalReceiver::closedPort());
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the webhookctl built next to this test, in a clean environment of a user's shell.
Run webhookctl(const QStringList &arguments, const QString &home)
{
    const QString program = QCoreApplication::applicationDirPath() + "/../app/cli/webhookctl";
    if (!QFileInfo(program).isExecutable())
        qFatal("%s is not built: build the webhookctl target", qPrintable(program));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QString::fromLatin1(AppInfo::DatabaseEnvironmentVariable));
    env.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        qFatal("webhookctl did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

/// Whether SQLite's full-text index holds exactly the deliveries that have ended, each once:
/// every term, row, column and position in it against an index built afresh from the table.
/// Empty when they agree; otherwise what differs. (FTS5's own integrity-check cannot tell: it
/// misses a row indexed twice, and its check against the table wants every row indexed.)
QString fullTextIntegrity(Database &db)
{
    QSqlQuery q(db.connection());
    for (const char *sql :
         {"DROP TABLE IF EXISTS temp.fts_expected", "DROP TABLE IF EXISTS temp.vocab_expected",
          "DROP TABLE IF EXISTS temp.vocab_actual",
          "CREATE VIRTUAL TABLE temp.fts_expected USING fts5(payload, response_body)",
          "INSERT INTO temp.fts_expected (rowid, payload, response_body)"
          " SELECT id, payload, response_body FROM deliveries WHERE status <> 0",
          "CREATE VIRTUAL TABLE temp.vocab_expected USING fts5vocab(temp, fts_expected, instance)",
          "CREATE VIRTUAL TABLE temp.vocab_actual USING fts5vocab(main, deliveries_fts, "
          "instance)"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return q.lastError().text();
    }
    QStringList differences;
    for (const auto &[label, sql] :
         {std::pair{"missing", "SELECT *, COUNT(*) FROM temp.vocab_expected GROUP BY 1, 2, 3, 4"
                               " EXCEPT SELECT *, COUNT(*) FROM temp.vocab_actual"
                               " GROUP BY 1, 2, 3, 4"},
          std::pair{"extra", "SELECT *, COUNT(*) FROM temp.vocab_actual GROUP BY 1, 2, 3, 4"
                             " EXCEPT SELECT *, COUNT(*) FROM temp.vocab_expected"
                             " GROUP BY 1, 2, 3, 4"}}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return q.lastError().text();
        while (q.next())
            differences << QStringLiteral("%1 %2@%3")
                               .arg(QString::fromLatin1(label), q.value(0).toString(),
                                    q.value(1).toString());
    }
    return differences.join(QStringLiteral(", "));
}

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesAnEmptyDatabase()
    {
        QTemporaryDir dir;
        Database db;
        const QString path = dir.filePath(QStringLiteral("nested/folder/webhooks.sqlite"));
        const Error e = db.open(path);
        QVERIFY2(!e, qPrintable(e.message));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        const QStringList tables = db.connection().tables();
        for (const char *table : {"organizations", "stacks", "webhooks", "deliveries"})
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
        QCOMPARE(pragma(db, "foreign_keys"), QStringLiteral("1"));
        // Every foreign key has an index, or deleting a parent scans the child table per row.
        QSqlQuery indexes(db.connection());
        QVERIFY(indexes.exec(QStringLiteral(
            "SELECT DISTINCT il.name FROM pragma_index_list('deliveries') il,"
            " pragma_index_info(il.name) ii WHERE ii.seqno = 0 AND ii.name = 'redelivery_of'")));
        QVERIFY2(indexes.next(), "no index leads with deliveries.redelivery_of");
        QCOMPARE(pragma(db, "journal_mode"), QStringLiteral("wal"));
        // No column may hold a secret: whether there is one, its fingerprint (a slow keyed hash
        // that cannot sign), and who changed it when.
        const QStringList aboutSecrets = {
            QStringLiteral("has_secret"), QStringLiteral("secret_fingerprint"),
            QStringLiteral("secret_changed_by"), QStringLiteral("secret_changed_at"),
            QStringLiteral("previous_secret_until")};
        QSqlQuery columns(db.connection());
        QVERIFY(columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('webhooks')")));
        while (columns.next())
            QVERIFY(!columns.value(0).toString().contains(QStringLiteral("secret")) ||
                    aboutSecrets.contains(columns.value(0).toString()));
    }

    /// A new database of `engine` ("sqlite": in `dir`; "postgresql": made in `postgres`). Empty,
    /// with the test failed, when the server cannot make one.
    static QString databaseFor(const QString &engine, const QTemporaryDir &dir,
                               std::unique_ptr<test::PostgresDatabase> &postgres)
    {
        if (engine != u"postgresql")
            return test::databasePath(dir);
        postgres = std::make_unique<test::PostgresDatabase>();
        if (postgres->url().isEmpty())
            QTest::qFail(qPrintable(postgres->error()), __FILE__, __LINE__);
        return postgres->url();
    }

    // Two consoles (and a script) starting at once on a new database: each waits for the
    // migration under way and finds the schema complete, on both engines.
    void consolesStartingAtOnceMigrateOnce_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("SQLite") << QStringLiteral("sqlite");
        QTest::newRow("PostgreSQL") << QStringLiteral("postgresql");
    }

    void consolesStartingAtOnceMigrateOnce()
    {
        QFETCH(QString, engine);
        QTemporaryDir dir;
        std::unique_ptr<test::PostgresDatabase> postgres;
        const QString location = databaseFor(engine, dir, postgres);
        QVERIFY(!location.isEmpty());
        constexpr int Consoles = 4;
        std::array<QString, Consoles> errors;
        std::vector<std::thread> threads;
        for (int i = 0; i < Consoles; ++i) {
            threads.emplace_back([&errors, i, location] {
                Database db;
                if (Error e = db.open(location))
                    errors[i] = e.message;
                else if (db.storedSchemaVersion() != Database::SchemaVersion)
                    errors[i] = QStringLiteral("schema %1").arg(db.storedSchemaVersion());
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (const QString &e : errors)
            QVERIFY2(e.isEmpty(), qPrintable(e));
        Database db;
        QVERIFY(!db.open(location));
        QSqlQuery versions(db.connection());
        QVERIFY(versions.exec(QStringLiteral("SELECT version, COUNT(*) FROM schema_version"
                                             " GROUP BY version ORDER BY version")));
        int expected = 1;
        while (versions.next()) {
            QCOMPARE(versions.value(0).toInt(), expected++);
            QCOMPARE(versions.value(1).toInt(), 1); // each step ran once
        }
        QCOMPARE(expected, Database::SchemaVersion + 1);
    }

    // A bulk run writes its attempts and their outcomes many rows to a statement, in chunks of
    // differing sizes: each attempt and each outcome lands on its own row, in order, with its
    // note in the change journal, and is found by a search once it has ended; on both engines.
    void batchesRecordEachDeliveryOnItsOwnRow_data() { consolesStartingAtOnceMigrateOnce_data(); }

    void batchesRecordEachDeliveryOnItsOwnRow()
    {
        QFETCH(QString, engine);
        QTemporaryDir dir;
        std::unique_ptr<test::PostgresDatabase> postgres;
        const QString location = databaseFor(engine, dir, postgres);
        QVERIFY(!location.isEmpty());
        test::SeedDatabase seed(location);
        QVERIFY(seed.opened);
        const qint64 webhookId = test::insertWebhook(seed.webhooks, QStringLiteral("bulk")).id;
        qint64 journalBefore = 0;
        {
            QSqlQuery q(seed.db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM changes")) && q.next());
            journalBefore = q.value(0).toLongLong();
        }
        // 300: one statement of the most rows, then 32 + 8 + 4; then 23 = 16 + 4 + 2 + 1.
        for (const int size : {300, 23}) {
            QList<Delivery> batch;
            for (int i = 0; i < size; ++i) {
                Delivery d;
                d.uid = QStringLiteral("u%1-%2").arg(size).arg(i);
                d.kind = QStringLiteral("ping");
                d.payload = QStringLiteral(R"({"n":"word%1x%2"})").arg(size).arg(i).toUtf8();
                d.timestamp = QDateTime::currentDateTimeUtc();
                d.requestUrl = QStringLiteral("https://example.com/%1").arg(i);
                d.requestHeaders = QStringLiteral("X-N: %1").arg(i);
                batch << d;
            }
            QVERIFY(!seed.deliveries.insertPending(batch, webhookId));
            qint64 previous = 0;
            for (const Delivery &d : std::as_const(batch)) {
                QCOMPARE(d.state, Delivery::State::Pending);
                const qint64 id = d.id.toLongLong();
                QVERIFY(id > previous); // in the order given
                previous = id;
                const auto stored = seed.deliveries.byId(id);
                QVERIFY(stored);
                QCOMPARE(stored->first.uid, d.uid);
                QCOMPARE(stored->first.payload, d.payload);
                QCOMPARE(stored->first.requestHeaders, d.requestHeaders);
                QCOMPARE(stored->first.state, Delivery::State::Pending);
            }
            // Outcomes in another order than the attempts, each its own code, body and error.
            QList<Delivery> outcomes;
            for (qsizetype i = batch.size() - 1; i >= 0; --i) {
                Delivery d = batch.at(i);
                d.state = Delivery::State::Completed;
                d.responseCode = i % 2 ? 200 : 500;
                d.responseBody = QStringLiteral("reply%1y%2").arg(size).arg(i).toUtf8();
                d.responseHeaders = QStringLiteral("X-Reply: %1").arg(i);
                d.error = i % 2 ? QString() : QStringLiteral("The receiver answered 500.");
                d.durationMs = i;
                outcomes << d;
            }
            QVERIFY(!seed.deliveries.complete(outcomes));
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const auto stored = seed.deliveries.byId(batch.at(i).id.toLongLong());
                QVERIFY(stored);
                const Delivery &d = stored->first;
                QCOMPARE(d.state, Delivery::State::Completed);
                QCOMPARE(d.responseCode, i % 2 ? 200 : 500);
                QCOMPARE(d.responseBody, QStringLiteral("reply%1y%2").arg(size).arg(i).toUtf8());
                QCOMPARE(d.responseHeaders, QStringLiteral("X-Reply: %1").arg(i));
                QCOMPARE(d.durationMs, i);
                QCOMPARE(d.error.isEmpty(), bool(i % 2));
            }
            for (const int i : {0, size / 2, size - 1}) {
                DeliveryFilter f;
                f.search = QStringLiteral("word%1x%2").arg(size).arg(i);
                QCOMPARE(seed.deliveries.count(webhookId, f), qint64(1));
                f.search = QStringLiteral("reply%1y%2").arg(size).arg(i);
                QCOMPARE(seed.deliveries.count(webhookId, f), qint64(1));
            }
        }
        // A note per attempt and per outcome, each naming its delivery.
        QSqlQuery q(seed.db.connection());
        QVERIFY(q.prepare(QStringLiteral("SELECT action, COUNT(DISTINCT delivery_id), COUNT(*)"
                                         " FROM changes WHERE id > ? GROUP BY action"
                                         " ORDER BY action")));
        q.addBindValue(journalBefore);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("completed"));
        QCOMPARE(q.value(1).toInt(), 323);
        QCOMPARE(q.value(2).toInt(), 323);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("recorded"));
        QCOMPARE(q.value(1).toInt(), 323);
        QCOMPARE(q.value(2).toInt(), 323);
        QVERIFY(!q.next());
        if (engine == u"sqlite")
            QCOMPARE(fullTextIntegrity(seed.db), QString());
    }

    // SQLite's full-text index takes a delivery once its outcome is recorded (schema 10), and
    // stays true to the table through every way a delivery ends or goes.
    void fullTextIndexTakesEachDeliveryOnceItHasEnded()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        test::SeedDatabase seed(path);
        QVERIFY(seed.opened);
        const qint64 webhookId = test::insertWebhook(seed.webhooks, QStringLiteral("fts")).id;
        const auto found = [&](const char *words) {
            DeliveryFilter f;
            f.search = QString::fromLatin1(words);
            Error e;
            const qint64 n = seed.deliveries.count(webhookId, f, &e);
            return e ? -1 : n;
        };
        const auto pending = [&](const QByteArray &payload) {
            Delivery d;
            d.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            d.kind = QStringLiteral("ping");
            d.payload = payload;
            d.timestamp = QDateTime::currentDateTimeUtc();
            d.requestUrl = QStringLiteral("https://example.com/fts");
            return d;
        };
        QList<Delivery> batch{pending(R"({"m":"alpha"})"), pending(R"({"m":"charlie"})")};
        QVERIFY(!seed.deliveries.insertPending(batch, webhookId));
        QCOMPARE(found("alpha"), 0); // on its way: no outcome to search with yet

        Delivery &answered = batch[0];
        answered.state = Delivery::State::Completed;
        answered.responseCode = 200;
        answered.responseBody = R"({"reply":"bravo"})";
        QVERIFY(!seed.deliveries.complete(QList<Delivery>{answered}));
        QCOMPARE(found("alpha"), 1);
        QCOMPARE(found("bravo"), 1);
        QCOMPARE(fullTextIntegrity(seed.db), QString());

        // One a crash cut short: marked interrupted when the database is next opened.
        QVERIFY(!seed.deliveries.markInterrupted(QDateTime::currentDateTimeUtc().addSecs(60)));
        QCOMPARE(found("charlie"), 1);
        QCOMPARE(fullTextIntegrity(seed.db), QString());

        // Pending ones discarded unsent, ended ones cleared: nothing of either is left.
        QList<Delivery> unsent{pending(R"({"m":"delta"})")};
        QVERIFY(!seed.deliveries.insertPending(unsent, webhookId));
        QVERIFY(!seed.deliveries.discardPending(unsent, webhookId));
        QCOMPARE(found("delta"), 0);
        QCOMPARE(seed.deliveries.clear(webhookId), qint64(2));
        QCOMPARE(found("alpha"), 0);
        QCOMPARE(found("charlie"), 0);
        QCOMPARE(fullTextIntegrity(seed.db), QString());
    }

    // A database of schema 9 indexed pending attempts as they were written: the update takes
    // them out of the index, so each is indexed once when it ends.
    void updateToSchema10KeepsTheFullTextIndexTrue()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        qint64 webhookId = 0;
        Delivery onItsWay;
        {
            test::SeedDatabase seed(path);
            QVERIFY(seed.opened);
            webhookId = test::insertWebhook(seed.webhooks, QStringLiteral("older")).id;
            // Back to schema 9's triggers, which index a row as it is written.
            for (const char *sql :
                 {"DROP TRIGGER deliveries_fts_insert", "DROP TRIGGER deliveries_fts_update",
                  "DROP TRIGGER deliveries_fts_delete",
                  "CREATE TRIGGER deliveries_fts_insert AFTER INSERT ON deliveries BEGIN"
                  " INSERT INTO deliveries_fts (rowid, payload, response_body)"
                  " VALUES (new.id, new.payload, new.response_body); END",
                  "CREATE TRIGGER deliveries_fts_delete AFTER DELETE ON deliveries BEGIN"
                  " INSERT INTO deliveries_fts (deliveries_fts, rowid, payload, response_body)"
                  " VALUES ('delete', old.id, old.payload, old.response_body); END",
                  "CREATE TRIGGER deliveries_fts_update AFTER UPDATE OF payload, response_body"
                  " ON deliveries BEGIN"
                  " INSERT INTO deliveries_fts (deliveries_fts, rowid, payload, response_body)"
                  " VALUES ('delete', old.id, old.payload, old.response_body);"
                  " INSERT INTO deliveries_fts (rowid, payload, response_body)"
                  " VALUES (new.id, new.payload, new.response_body); END",
                  "DELETE FROM schema_version WHERE version = 10"})
                QVERIFY(!seed.db.exec(QString::fromLatin1(sql), QStringLiteral("downgrade")));
            test::insertDelivery(seed.deliveries, webhookId, QDateTime::currentDateTimeUtc(), 500,
                                 QStringLiteral("ping"), R"({"m":"echo"})", R"({"e":"foxtrot"})");
            onItsWay.uid = QStringLiteral("on-its-way");
            onItsWay.kind = QStringLiteral("ping");
            onItsWay.payload = R"({"m":"golf"})";
            onItsWay.timestamp = QDateTime::currentDateTimeUtc();
            onItsWay.requestUrl = QStringLiteral("https://example.com/older");
            QVERIFY(!seed.deliveries.insertPending(onItsWay, webhookId));
        }
        test::SeedDatabase reopened(path);
        QVERIFY(reopened.opened);
        QCOMPARE(reopened.db.storedSchemaVersion(), Database::SchemaVersion);
        QCOMPARE(fullTextIntegrity(reopened.db), QString()); // the pending one left the index
        onItsWay.state = Delivery::State::Completed;
        onItsWay.responseCode = 202;
        onItsWay.responseBody = R"({"reply":"hotel"})";
        QVERIFY(!reopened.deliveries.complete(onItsWay));
        QCOMPARE(fullTextIntegrity(reopened.db), QString());
        for (const auto &[words, matches] :
             {std::pair{"echo foxtrot", 1}, std::pair{"golf", 1}, std::pair{"hotel", 1}}) {
            DeliveryFilter f;
            f.search = QString::fromLatin1(words);
            QCOMPARE(reopened.deliveries.count(webhookId, f), qint64(matches));
        }
    }

    // A team database from before search was indexed on PostgreSQL: the update indexes the
    // history it already holds, so searching it finds what SQLite would.
    void postgresUpdateIndexesTheHistoryItHolds()
    {
        test::PostgresDatabase postgres;
        QVERIFY2(!postgres.url().isEmpty(), qPrintable(postgres.error()));
        qint64 webhookId = 0;
        {
            test::SeedDatabase seed(postgres.url());
            QVERIFY(seed.opened);
            webhookId = test::insertWebhook(seed.webhooks, QStringLiteral("older")).id;
            test::insertDelivery(seed.deliveries, webhookId, QDateTime::currentDateTimeUtc(), 500,
                                 QStringLiteral("ping"), R"({"message":"Crème brûlée"})",
                                 R"({"error":"maintenance window"})");
        }
        // Back to schema 5, as an older console left it.
        QString why;
        for (const char *sql : {"DELETE FROM schema_version WHERE version = 10",
                                "DROP INDEX deliveries_pending",
                                "DELETE FROM schema_version WHERE version = 9",
                                "DROP TABLE received_requests",
                                "ALTER TABLE deliveries DROP COLUMN edited_from",
                                "ALTER TABLE webhooks DROP COLUMN signature",
                                "ALTER TABLE webhooks DROP COLUMN previous_secret_until",
                                "DELETE FROM schema_version WHERE version = 8",
                                "DROP TABLE cloud_attempts",
                                "ALTER TABLE organizations DROP COLUMN cloud_api_url",
                                "DELETE FROM schema_version WHERE version = 7",
                                "DROP INDEX deliveries_search",
                                "ALTER TABLE deliveries DROP COLUMN search_vector",
                                "DROP TABLE changes",
                                "ALTER TABLE webhooks DROP COLUMN version",
                                "ALTER TABLE webhooks DROP COLUMN created_by",
                                "ALTER TABLE webhooks DROP COLUMN updated_by",
                                "ALTER TABLE webhooks DROP COLUMN secret_fingerprint",
                                "ALTER TABLE webhooks DROP COLUMN secret_changed_by",
                                "ALTER TABLE webhooks DROP COLUMN secret_changed_at",
                                "DELETE FROM schema_version WHERE version = 6"})
            QVERIFY2(postgres.exec(QString::fromLatin1(sql), &why), qPrintable(why));

        test::SeedDatabase reopened(postgres.url());
        QVERIFY(reopened.opened);
        QCOMPARE(reopened.db.storedSchemaVersion(), Database::SchemaVersion);
        for (const auto &[query, matches] :
             {std::pair{"creme brulee", 1}, std::pair{"MAINT", 1}, std::pair{"window crème", 1},
              std::pair{"brul", 1}, std::pair{"rulee", 0}}) {
            DeliveryFilter f;
            f.search = QString::fromUtf8(query);
            Error e;
            QCOMPARE(reopened.deliveries.count(webhookId, f, &e), qint64(matches));
            QVERIFY2(!e, qPrintable(e.message));
        }
    }

    void reopensAnExistingDatabaseKeepingItsData()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        const Scope org = Scope::organizationScope(QStringLiteral("acme"));
        {
            Database db;
            QVERIFY(!db.open(path));
            WebhookRepository repo(db);
            StoredWebhook w = sampleWebhook(QStringLiteral("one"), org);
            QVERIFY(!repo.insert(w));
        }
        Database db;
        const Error e = db.open(path);
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        QSqlQuery versions(db.connection());
        QVERIFY(versions.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
        QVERIFY(versions.next());
        QCOMPARE(versions.value(0).toInt(), Database::SchemaVersion); // no step ran twice
        WebhookRepository repo(db);
        const auto w = repo.byRef(WebhookRef{org, QStringLiteral("one")});
        QVERIFY(w.has_value());
        QCOMPARE(w->payloadUrl, QStringLiteral("https://example.com/one"));
        QCOMPARE(w->filters, QStringList{QStringLiteral("update_failed")});
        QCOMPARE(w->groups, QStringList{QStringLiteral("deployments")});
    }

    void refusesADatabaseFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(!db.exec(QStringLiteral("INSERT INTO schema_version VALUES (99)"), {}));
        }
        Database db;
        const Error e = db.open(path);
        QCOMPARE(e.code, Error::Code::Storage);
        QVERIFY2(e.message.contains(QStringLiteral("newer version")), qPrintable(e.message));
    }

    void reportsAnUnwritableLocation()
    {
        Database db;
        const Error e = db.open(QStringLiteral("/proc/nonexistent/webhooks.sqlite"));
        QVERIFY(e);
        QCOMPARE(e.code, Error::Code::Storage);
        QVERIFY(!e.message.isEmpty());
    }

    void aFileThatIsNoDatabaseIsOneSentence_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("text") << QStringLiteral("text");
        QTest::newRow("noise") << QStringLiteral("noise");
    }
    void aFileThatIsNoDatabaseIsOneSentence()
    {
        QFETCH(QString, kind);
        // Qt's "removeDatabase: connection … is still in use" came with it.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|still in use")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(notADatabase(kind));
        file.close();
        {
            Database db;
            const Error e = db.open(path);
            QCOMPARE(e.code, Error::Code::Storage);
            QCOMPARE(e.message,
                     QStringLiteral("Cannot open the database %1: the file is not an SQLite "
                                    "database.")
                         .arg(path));
            QVERIFY(!db.isOpen());
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), notADatabase(kind)); // untouched
    }

    void aFolderIsNoDatabase()
    {
        QTemporaryDir dir;
        Database db;
        const Error e = db.open(dir.path());
        QCOMPARE(e.code, Error::Code::Storage);
        QCOMPARE(e.message,
                 QStringLiteral("Cannot open the database %1: it is a folder, not a file.")
                     .arg(dir.path()));
    }

    void postgresConnectionFailureIsOneSentence()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|still in use")));
        const QString url = unreachablePostgres();
        Database db;
        const Error e = db.open(url);
        QCOMPARE(e.code, Error::Code::Storage);
        QVERIFY2(!e.message.contains(u'\n') && !e.message.contains(u'\t'), qPrintable(e.message));
        QVERIFY2(e.message.startsWith(QStringLiteral("Cannot open the database %1: ")
                                          .arg(Database::displayLocation(url))),
                 qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("Connection refused")), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QStringLiteral("QPSQL")), qPrintable(e.message));
        QVERIFY(!e.message.contains(QStringLiteral("hunter2")));
    }

    void sqlErrorsAreOneLine()
    {
        // libpq's way: a reason, then a hint, each on a line of its own.
        const QSqlError libpq(QStringLiteral("QPSQL: Unable to connect"),
                              QStringLiteral("connection to server at \"db\" (10.0.0.5), port "
                                             "5432 failed: Connection refused\n"
                                             "\tIs the server running on that host and "
                                             "accepting TCP/IP connections?\n"),
                              QSqlError::ConnectionError);
        QCOMPARE(Database::describe(libpq),
                 QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: "
                                "Connection refused. Is the server running on that host and "
                                "accepting TCP/IP connections?"));
        QCOMPARE(Database::describe(QSqlError(QStringLiteral("Unable to execute statement"),
                                              QStringLiteral("database is locked"))),
                 QStringLiteral("database is locked"));
        QCOMPARE(Database::describe(QSqlError(QStringLiteral("Driver says no"), {})),
                 QStringLiteral("Driver says no"));
    }

    void webhookctlSaysWhyStorageFailedInOneLine_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("expected"); ///< the line, less "webhookctl: "; "" for any
        QTest::addColumn<bool>("json");
        for (const bool json : {false, true}) {
            const char *suffix = json ? " --json" : "";
            QTest::addRow("text file%s", suffix) << QStringLiteral("text") << QString() << json;
            QTest::addRow("noise%s", suffix) << QStringLiteral("noise") << QString() << json;
            QTest::addRow("PostgreSQL refused%s", suffix)
                << QStringLiteral("postgres") << QString() << json;
        }
    }
    void webhookctlSaysWhyStorageFailedInOneLine()
    {
        QFETCH(QString, location);
        QFETCH(bool, json);
        QTemporaryDir home;
        QString database;
        QString expected;
        if (location == u"postgres") {
            database = unreachablePostgres();
        } else {
            database = home.filePath(QStringLiteral("notes.sqlite"));
            QFile file(database);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(notADatabase(location));
            expected = QStringLiteral("Cannot open the database %1: the file is not an SQLite "
                                      "database.")
                           .arg(database);
        }
        QStringList arguments{QStringLiteral("--database"), database, QStringLiteral("webhook"),
                              QStringLiteral("list")};
        if (json)
            arguments.prepend(QStringLiteral("--json"));
        const Run run = webhookctl(arguments, home.path());

        QCOMPARE(run.exitCode, 6);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err));
        QVERIFY2(err.startsWith(QStringLiteral("webhookctl: Cannot open the database ")),
                 qPrintable(err));
        if (!expected.isEmpty())
            QCOMPARE(err, QStringLiteral("webhookctl: ") + expected + u'\n');
        else
            QVERIFY2(err.contains(QStringLiteral("Connection refused")), qPrintable(err));
        // In words: not the driver's name, nor a line break shown escaped (\x0a).
        QVERIFY2(!err.contains(QStringLiteral("QPSQL")) && !err.contains(QStringLiteral("\\x")),
                 qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("hunter2")));
        if (json) {
            const QJsonObject error =
                QJsonDocument::fromJson(run.out).object().value(u"error").toObject();
            QCOMPARE(error.value(u"exitCode").toInt(), 6);
            QCOMPARE(error.value(u"code").toString(), QStringLiteral("storage"));
            QVERIFY2(!error.value(u"message").toString().contains(u'\n'), run.out.constData());
        } else {
            QCOMPARE(run.out, QByteArray());
        }
    }

    void namesAreUniquePerScope()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(test::databasePath(dir)));
        WebhookRepository repo(db);
        const Scope org = Scope::organizationScope(QStringLiteral("acme"));
        const Scope stack = Scope::stackScope(QStringLiteral("acme"), QStringLiteral("web"),
                                              QStringLiteral("prod"));
        StoredWebhook a = sampleWebhook(QStringLiteral("same"), org);
        StoredWebhook b = sampleWebhook(QStringLiteral("same"), stack);
        StoredWebhook c = sampleWebhook(QStringLiteral("same"), org);
        QVERIFY(!repo.insert(a));
        QVERIFY(!repo.insert(b)); // another scope: fine
        QCOMPARE(repo.insert(c).code, Error::Code::Conflict);
        QCOMPARE(repo.list(org).size(), 1);
        QCOMPARE(repo.list(stack).size(), 1);
        QCOMPARE(repo.listAll(QStringLiteral("acme")).size(), 2);
        QStringList stacks;
        for (const Scope &s : repo.stacks(QStringLiteral("acme")))
            stacks << s.stackKey();
        QCOMPARE(stacks, QStringList{QStringLiteral("web/prod")});
    }

    void deletingAWebhookDeletesItsDeliveries()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(test::databasePath(dir)));
        WebhookRepository hooks(db);
        DeliveryRepository deliveries(db);
        StoredWebhook w =
            sampleWebhook(QStringLiteral("x"), Scope::organizationScope(QStringLiteral("acme")));
        QVERIFY(!hooks.insert(w));
        Delivery d;
        d.uid = QStringLiteral("u1");
        d.kind = QStringLiteral("ping");
        d.payload = "{}";
        d.timestamp = QDateTime::currentDateTimeUtc();
        d.requestUrl = w.payloadUrl;
        QVERIFY(!deliveries.insertPending(d, w.id));
        QVERIFY(!hooks.remove(w.id));
        QVERIFY(!deliveries.byId(DeliveryRepository::rowIdOf(d.id)).has_value());
    }

    void postgresPasswordsAreNeverShown()
    {
        QCOMPARE(
            Database::displayLocation(QStringLiteral("postgresql://team:hunter2@db:5432/hooks")),
            QStringLiteral("postgresql://team@db:5432/hooks"));
        QCOMPARE(Database::displayLocation(QStringLiteral("/tmp/a.sqlite")),
                 QStringLiteral("/tmp/a.sqlite"));
    }

    void locationPrefersOptionThenEnvironmentThenDefault()
    {
        qunsetenv(AppInfo::DatabaseEnvironmentVariable);
        QCOMPARE(WebhookBackend::resolveLocation({}), WebhookBackend::defaultLocation());
        QVERIFY(WebhookBackend::defaultLocation().endsWith(u"/webhook-console/webhooks.sqlite"));
        qputenv(AppInfo::DatabaseEnvironmentVariable, "/tmp/from-env.sqlite");
        QCOMPARE(WebhookBackend::resolveLocation({}), QStringLiteral("/tmp/from-env.sqlite"));
        QCOMPARE(WebhookBackend::resolveLocation(QStringLiteral("/tmp/explicit.sqlite")),
                 QStringLiteral("/tmp/explicit.sqlite"));
        qunsetenv(AppInfo::DatabaseEnvironmentVariable);
    }

    void initTestCase() { AppInfo::apply(); }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
