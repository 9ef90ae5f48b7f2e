#include "AppInfo.h"
#include "TestSupport.h"
#include "WebhookBackend.h"
#include "local/Database.h"
#include "local/DeliveryRepository.h"
#include "local/WebhookRepository.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

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

QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

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
        // No column may hold a secret.
        QSqlQuery columns(db.connection());
        QVERIFY(columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('webhooks')")));
        while (columns.next())
            QVERIFY(!columns.value(0).toString().contains(QStringLiteral("secret")) ||
                    columns.value(0).toString() == QStringLiteral("has_secret"));
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
