#include "delivery/PayloadBuilder.h"

#include "Webhook.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace wc {

QByteArray PayloadBuilder::ping(const Webhook &webhook, const QDateTime &when)
{
    QJsonObject body;
    body.insert(QStringLiteral("timestamp"), when.toSecsSinceEpoch());
    body.insert(QStringLiteral("message"),
                QCoreApplication::translate("PayloadBuilder",
                                            "Ping from Webhook Console: “%1” (%2) is set up to "
                                            "receive events.")
                    .arg(webhook.displayName, webhook.ref().toString()));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace wc
