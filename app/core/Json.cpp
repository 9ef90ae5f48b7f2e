#include "Json.h"

#include <QJsonArray>
#include <QJsonValue>

namespace wc {

QJsonObject toJson(const Webhook &w)
{
    QJsonObject o{
        {QStringLiteral("organizationName"), w.scope.organization},
        {QStringLiteral("name"), w.name},
        {QStringLiteral("displayName"), w.displayName},
        {QStringLiteral("payloadUrl"), w.payloadUrl},
        {QStringLiteral("format"), w.format},
        {QStringLiteral("filters"), QJsonArray::fromStringList(w.filters)},
        {QStringLiteral("groups"), QJsonArray::fromStringList(w.groups)},
        {QStringLiteral("active"), w.active},
        {QStringLiteral("hasSecret"), w.hasSecret},
    };
    // Like Pulumi's API: the stack fields for stack webhooks, the environment's for
    // environment webhooks, neither for an organization's.
    if (w.scope.isStack()) {
        o.insert(QStringLiteral("projectName"), w.scope.project);
        o.insert(QStringLiteral("stackName"), w.scope.stack);
    } else if (w.scope.isEnvironment()) {
        o.insert(QStringLiteral("projectName"), w.scope.project);
        o.insert(QStringLiteral("envName"), w.scope.environment);
    }
    // Who did what (a backend that does not say leaves them out).
    const auto insertText = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    const auto insertTime = [&o](const char *key, const QDateTime &value) {
        if (value.isValid())
            o.insert(QLatin1String(key), value.toUTC().toString(Qt::ISODateWithMs));
    };
    o.insert(QStringLiteral("signature"), w.signature);
    insertTime("previousSecretUntil", w.previousSecretUntil);
    if (w.version > 0)
        o.insert(QStringLiteral("version"), w.version);
    insertTime("createdAt", w.createdAt);
    insertText("createdBy", w.createdBy);
    insertTime("updatedAt", w.updatedAt);
    insertText("updatedBy", w.updatedBy);
    insertText("secretChangedBy", w.secretChangedBy);
    insertTime("secretChangedAt", w.secretChangedAt);
    return o;
}

QJsonValue deliveryIdToJson(const QString &id)
{
    if (id.isEmpty())
        return QJsonValue(QJsonValue::Null);
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    // Only canonical numbers ("12", not "012" or "+12"), and only those a double holds exactly.
    if (numeric && QString::number(n) == id && n >= 0 && n < (qint64(1) << 53))
        return QJsonValue(n);
    return QJsonValue(id);
}

QJsonObject toJson(const Delivery &d)
{
    QJsonObject o{
        {QStringLiteral("id"), deliveryIdToJson(d.id)},
        {QStringLiteral("webhook"), d.webhook.toString()},
        {QStringLiteral("kind"), d.kind},
        {QStringLiteral("payload"), QString::fromUtf8(d.payload)},
        {QStringLiteral("timestamp"), d.timestamp.isValid() ? d.timestamp.toSecsSinceEpoch() : 0},
        {QStringLiteral("duration"), d.durationMs},
        {QStringLiteral("requestUrl"), d.requestUrl},
        {QStringLiteral("requestHeaders"), d.requestHeaders},
        {QStringLiteral("responseCode"), d.responseCode},
        {QStringLiteral("responseHeaders"), d.responseHeaders},
        {QStringLiteral("responseBody"), QString::fromUtf8(d.responseBody)},
        {QStringLiteral("responseTruncated"), d.responseTruncated},
        {QStringLiteral("error"), d.error},
        {QStringLiteral("redeliveryOf"), deliveryIdToJson(d.redeliveryOf)},
    };
    // Only on deliveries made with Edit and send.
    if (!d.editedFrom.isEmpty())
        o.insert(QStringLiteral("editedFrom"), deliveryIdToJson(d.editedFrom));
    return o;
}

} // namespace wc
