#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
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

namespace cloud {

namespace {
QString need(const char *variable)
{
    const QString value = qEnvironmentVariable(variable);
    if (value.isEmpty())
        qFatal("%s is not set: run the tests with the README's test command, which starts the "
               "Pulumi Cloud stand-in",
               variable);
    return value;
}

QString standInScript()
{
    return need("WEBHOOK_CONSOLE_SOURCE_DIR") +
           QStringLiteral("/tests/support/pulumi-cloud-standin.sh");
}

QString standInDir()
{
    return QFileInfo(need("WEBHOOK_CONSOLE_TEST_PULUMI_PRISM_LOG")).absolutePath();
}

QString runScript(const QStringList &arguments, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), QStringList{standInScript()} + arguments);
    if (!p.waitForFinished(60000))
        qFatal("pulumi-cloud-standin.sh %s did not finish", qPrintable(arguments.join(u' ')));
    *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAll());
}
} // namespace

QString apiUrl()
{
    return need("WEBHOOK_CONSOLE_TEST_PULUMI_API");
}

QJsonValue control(const QString &path, const QJsonValue &body, const QByteArray &verb)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(need("WEBHOOK_CONSOLE_TEST_PULUMI_CONTROL") + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray bytes = body.isUndefined() || body.isNull() ? QByteArray()
                             : body.isArray() ? QJsonDocument(body.toArray()).toJson()
                                              : QJsonDocument(body.toObject()).toJson();
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, bytes);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        qFatal("the Pulumi Cloud stand-in did not answer %s", qPrintable(path));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    if (status < 200 || status >= 300)
        qFatal("the Pulumi Cloud stand-in answered %d to %s: %s", status, qPrintable(path),
               answer.constData());
    const QJsonDocument document = QJsonDocument::fromJson(answer);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

void fault(int status, const QString &pathEndsWith, int delayMs)
{
    QJsonObject what{{QStringLiteral("status"), status},
                     {QStringLiteral("count"), 1},
                     {QStringLiteral("delayMs"), delayMs}};
    if (!pathEndsWith.isEmpty()) {
        what.insert(QStringLiteral("pathEndsWith"), pathEndsWith);
        what.insert(QStringLiteral("method"), QStringLiteral("GET"));
    }
    control(QStringLiteral("/_control/faults"), what);
}

QString addUser(const QString &login, const QStringList &organizations)
{
    const QString token =
        QStringLiteral("pul-") +
        QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0') +
        QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
    QJsonArray orgs;
    for (const QString &o : organizations)
        orgs.append(QJsonObject{{QStringLiteral("name"), o},
                                {QStringLiteral("role"), QStringLiteral("admin")}});
    control(QStringLiteral("/_control/users"),
            QJsonObject{{QStringLiteral("token"), token},
                        {QStringLiteral("githubLogin"), login},
                        {QStringLiteral("name"), login.toUpper()},
                        {QStringLiteral("email"), login + QStringLiteral("@example.com")},
                        {QStringLiteral("organizations"), orgs}});
    return token;
}

void addStack(const Scope &stack)
{
    control(QStringLiteral("/_control/stacks"),
            QJsonObject{{QStringLiteral("org"), stack.organization},
                        {QStringLiteral("project"), stack.project},
                        {QStringLiteral("stack"), stack.stack}});
}

void addEnvironment(const Scope &environment)
{
    control(QStringLiteral("/_control/environments"),
            QJsonObject{{QStringLiteral("org"), environment.organization},
                        {QStringLiteral("project"), environment.project},
                        {QStringLiteral("name"), environment.environment}});
}

QJsonArray requests(int since)
{
    return control(QStringLiteral("/_control/requests?since=%1").arg(since), {}, "GET").toArray();
}

int mark()
{
    int code = 0;
    const QString out = runScript({QStringLiteral("mark"), standInDir()}, &code);
    return out.trimmed().toInt();
}

QString violations(int since)
{
    int code = 0;
    const QString out = runScript(
        {QStringLiteral("check"), standInDir(), QStringLiteral("--since"), QString::number(since)},
        &code);
    return code == 0 ? QString() : out;
}

} // namespace cloud

LibraryVerdict librariesVerify(const QString &scheme, const QString &secret,
                               const QList<QPair<QByteArray, QByteArray>> &headers,
                               const QByteArray &body)
{
    QJsonObject headerObject;
    for (const auto &[name, value] : headers)
        headerObject.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    const QJsonObject input{
        {QStringLiteral("scheme"), scheme},
        {QStringLiteral("secret"), secret},
        {QStringLiteral("headers"), headerObject},
        {QStringLiteral("body"), QString::fromLatin1(body.toBase64())},
    };
    const QString node = qEnvironmentVariable("WEBHOOK_CONSOLE_NODE");
    const QString script = qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR") +
                           QStringLiteral("/tests/js/signatures.js");
    if (node.isEmpty())
        return {false,
                QStringLiteral("no node: $WEBHOOK_CONSOLE_NODE is not set (run from ctest)")};
    QProcess process;
    process.start(node, {script, QStringLiteral("verify")});
    process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return {false,
                QStringLiteral("signatures.js did not answer: %1 %2")
                    .arg(process.errorString(), QString::fromUtf8(process.readAllStandardError()))};
    }
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return {answer.value(QLatin1String("valid")).toBool(),
            answer.value(QLatin1String("error")).toString()};
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
