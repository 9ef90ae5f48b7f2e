#include "WebhookBackend.h"

#include "AppInfo.h"
#include "BulkRedelivery.h"
#include "cloud/ConsoleBackend.h"
#include "local/LocalBackend.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace wc {

WebhookBackend::~WebhookBackend() = default;

std::unique_ptr<WebhookBackend> WebhookBackend::create(const QString &location)
{
    return std::make_unique<ConsoleBackend>(location);
}

QFuture<Error> WebhookBackend::keepDatabasePassword(const QString &location,
                                                    const QString &password)
{
    return LocalBackend::keepPassword(location, password);
}

QFuture<Error> WebhookBackend::keepPasswordInKeychain()
{
    return readyFuture(
        Error::invalid(QStringLiteral("database"), tr("This database has no password to keep.")));
}

QString WebhookBackend::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/webhooks.sqlite");
}

QString WebhookBackend::resolveLocation(const QString &explicitLocation)
{
    if (!explicitLocation.isEmpty())
        return explicitLocation;
    const QString env = qEnvironmentVariable(AppInfo::DatabaseEnvironmentVariable);
    if (!env.isEmpty())
        return env;
    return defaultLocation();
}

QString WebhookBackend::cloudApiUrl(const QString &organization) const
{
    for (const CloudConnection &c : cloudConnections()) {
        if (c.organization == organization)
            return c.apiUrl;
    }
    return {};
}

QFuture<Result<CloudAccount>> WebhookBackend::connectCloud(const QString &, const QString &,
                                                           const QString &)
{
    return readyFuture(Result<CloudAccount>::failure(Error::invalid(
        QStringLiteral("organization"), tr("This backend cannot connect to Pulumi Cloud."))));
}

QFuture<Error> WebhookBackend::disconnectCloud(const QString &organization)
{
    return readyFuture(
        Error::make(Error::Code::NotFound,
                    tr("“%1” is not a Pulumi Cloud organization here.").arg(organization)));
}

namespace {
Error notHere()
{
    return Error::invalid(QStringLiteral("webhook"),
                          QCoreApplication::translate(
                              "wc::WebhookBackend",
                              "Pulumi Cloud sends and keeps this webhook's deliveries: this works "
                              "on the console's own webhooks only."));
}
} // namespace

QFuture<Result<Delivery>> WebhookBackend::sendEdited(const EditedDelivery &)
{
    return readyFuture(Result<Delivery>::failure(notHere()));
}

QFuture<Result<qint64>> WebhookBackend::importDeliveries(const WebhookRef &, QList<Delivery>)
{
    return readyFuture(Result<qint64>::failure(notHere()));
}

QFuture<Result<ReceivedRequest>> WebhookBackend::keepReceived(const ReceivedRequest &request,
                                                              const WebhookRef &)
{
    return readyFuture(Result<ReceivedRequest>{{}, request}); // kept nowhere
}

QFuture<Result<QList<ReceivedRequest>>> WebhookBackend::receivedRequests(const QString &, int)
{
    return readyFuture(Result<QList<ReceivedRequest>>{});
}

QFuture<Result<qint64>> WebhookBackend::clearReceived()
{
    return readyFuture(Result<qint64>{});
}

QDateTime WebhookBackend::historyRefreshedAt(const WebhookRef &) const
{
    return {};
}

QFuture<Result<QList<CopyOutcome>>> WebhookBackend::copyWebhooks(const QList<WebhookRef> &,
                                                                 const QString &, bool)
{
    return readyFuture(Result<QList<CopyOutcome>>::failure(
        Error::invalid(QStringLiteral("organization"), tr("This backend cannot copy webhooks."))));
}

BulkRedelivery *WebhookBackend::redeliverFailed(const DeliveryFilter &filter, int maxInFlight,
                                                QObject *parent)
{
    return new BulkRedelivery(*this, filter, maxInFlight, parent);
}

} // namespace wc
