#include "WebhookBackend.h"

#include "AppInfo.h"
#include "BulkRedelivery.h"
#include "local/LocalBackend.h"

#include <QStandardPaths>

namespace wc {

WebhookBackend::~WebhookBackend() = default;

std::unique_ptr<WebhookBackend> WebhookBackend::create(const QString &location)
{
    return std::make_unique<LocalBackend>(location);
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

BulkRedelivery *WebhookBackend::redeliverFailed(const DeliveryFilter &filter, int maxInFlight,
                                                QObject *parent)
{
    return new BulkRedelivery(*this, filter, maxInFlight, parent);
}

} // namespace wc
