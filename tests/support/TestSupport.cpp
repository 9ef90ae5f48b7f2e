#include "TestSupport.h"

#include <QDir>
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

} // namespace wc::test
