#include "TestSupport.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace wc::test {

SeedDatabase::SeedDatabase(const QString &location)
{
    const Error e = db.open(location);
    if (e)
        qFatal("cannot open %s: %s", qPrintable(location), qPrintable(e.message));
    opened = true;
}

bool haveSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

QString databasePath(const QTemporaryDir &dir, const QString &name)
{
    return dir.filePath(name);
}

StoredWebhook insertWebhook(WebhookRepository &repo, const QString &name, const QString &url)
{
    StoredWebhook w;
    w.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    w.scope = Scope::organizationScope(QStringLiteral("acme"));
    w.name = name;
    w.displayName = QStringLiteral("Webhook ") + name;
    w.payloadUrl = url;
    const Error e = repo.insert(w);
    if (e)
        qFatal("insertWebhook: %s", qPrintable(e.message));
    return w;
}

Delivery insertDelivery(DeliveryRepository &repo, qint64 webhookId, const QDateTime &when, int code,
                        const QString &kind, const QByteArray &payload, const QByteArray &response,
                        const QString &error)
{
    Delivery d;
    d.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.kind = kind;
    d.payload = payload;
    d.timestamp = when;
    d.requestUrl = QStringLiteral("http://127.0.0.1:9/x");
    d.requestHeaders = QStringLiteral("Content-Type: application/json");
    if (Error e = repo.insertPending(d, webhookId))
        qFatal("insertDelivery: %s", qPrintable(e.message));
    d.state = Delivery::State::Completed;
    d.responseCode = code;
    d.durationMs = 12;
    if (code > 0)
        d.responseBody = response;
    d.error = !error.isEmpty()              ? error
              : code == 0                   ? QStringLiteral("Connection refused by x: no.")
              : (code >= 200 && code < 300) ? QString()
                                            : QStringLiteral("The receiver answered %1.").arg(code);
    if (Error e = repo.complete(d))
        qFatal("insertDelivery: %s", qPrintable(e.message));
    return d;
}

QString screenshotPath(const QString &name)
{
    QString folder = qEnvironmentVariable("WEBHOOK_CONSOLE_SCREENSHOTS");
    if (folder.isEmpty())
        folder = QDir::currentPath();
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

namespace {
/// Runs `sql` on `database` of the tests' server as its administrator.
bool adminExec(const QString &database, const QString &sql, QString *error)
{
    const QUrl server(PostgresDatabase::serverUrl());
    const QString connection = QStringLiteral("wc-test-admin-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(server.host());
        db.setPort(server.port(5432));
        db.setUserName(server.userName());
        db.setPassword(server.password());
        db.setDatabaseName(database);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
} // namespace

QString PostgresDatabase::serverUrl()
{
    return qEnvironmentVariable("WEBHOOK_CONSOLE_TEST_POSTGRES");
}

PostgresDatabase::PostgresDatabase()
{
    if (serverUrl().isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL server for the tests: run them with the README's "
                                 "test command (it starts one and sets "
                                 "WEBHOOK_CONSOLE_TEST_POSTGRES)");
        return;
    }
    m_name = QStringLiteral("wc_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!adminExec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + m_name,
                   &m_error))
        return;
    QUrl url(serverUrl());
    url.setPath(u'/' + m_name);
    m_url = url.toString();
}

PostgresDatabase::~PostgresDatabase()
{
    if (!m_url.isEmpty())
        adminExec(QStringLiteral("postgres"),
                  QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), nullptr);
}

bool PostgresDatabase::exec(const QString &sql, QString *error) const
{
    return adminExec(m_name, sql, error);
}

} // namespace wc::test
