#include "cloud/CloudClient.h"

#include "AppInfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcCloudClient, "webhookconsole.cloud.client")

namespace wc {

CloudClient::CloudClient(const QString &apiUrl, QObject *parent)
    : QObject(parent)
    , m_apiUrl(apiUrl)
    , m_manager(new QNetworkAccessManager(this))
{
    // A token is never sent anywhere but the API URL: redirects are not followed.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

CloudClient::~CloudClient()
{
    // Before the manager goes (and aborts them, which would call back into a half-destroyed
    // owner): forget every reply's callback, then abort it.
    const QList<QNetworkReply *> replies = m_manager->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

QFuture<CloudReply> CloudClient::send(const QByteArray &verb, const QString &path,
                                      const QUrlQuery &query, const std::optional<QJsonValue> &body)
{
    QUrl url(m_apiUrl + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.pulumi+8");
    request.setRawHeader("Authorization", "token " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    request.setTransferTimeout(int(Timeout.count()));
    QByteArray bytes;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        bytes = body->isArray() ? QJsonDocument(body->toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(body->toObject()).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_manager->sendCustomRequest(request, verb, bytes);
    Promise<CloudReply> promise;
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, verb, path] {
        reply->deleteLater();
        promise.finish(interpret(reply, verb, path));
    });
    return promise.future();
}

QString CloudClient::fieldFor(const QString &attribute)
{
    const QString a = attribute.trimmed();
    if (a.compare(QLatin1String("filters"), Qt::CaseInsensitive) == 0 ||
        a.compare(QLatin1String("groups"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("events");
    for (const char *known : {"name", "displayName", "payloadUrl", "secret", "format", "active"}) {
        if (a.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(known);
    }
    return {};
}

CloudReply CloudClient::interpret(QNetworkReply *reply, const QByteArray &verb, const QString &path)
{
    CloudReply out;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    out.status = status.isValid() ? status.toInt() : 0;
    const QByteArray bytes = reply->readAll();
    qCDebug(lcCloudClient) << verb << path << out.status;

    if (out.status == 0) {
        const QString why =
            reply->error() == QNetworkReply::OperationCanceledError ||
                    reply->error() == QNetworkReply::TimeoutError
                ? QCoreApplication::translate("wc::CloudClient", "no answer within %1 s")
                      .arg(Timeout.count() / 1000)
                : reply->errorString();
        out.error = Error::make(
            Error::Code::Unreachable,
            QCoreApplication::translate("wc::CloudClient",
                                        "Pulumi Cloud at %1 could not be reached (%2). Nothing "
                                        "was changed; check the network and try again.")
                .arg(m_apiUrl, why));
        Q_EMIT unreachable(out.error.message);
        return out;
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isArray())
        out.json = document.array();
    else if (document.isObject())
        out.json = document.object();

    if (out.status >= 200 && out.status < 300) {
        Q_EMIT reachable();
        return out;
    }

    // Pulumi's error shape: {"code": 400, "message": "…", "errors": [{attribute, …}]}; a few
    // answers are plain text.
    const QJsonObject body = out.json.toObject();
    // Pulumi writes `message`; a validating proxy (problem+json) `detail` and `title`.
    QString message = body.value(QLatin1String("message")).toString().trimmed();
    for (const char *key : {"detail", "title"}) {
        if (message.isEmpty())
            message = body.value(QLatin1String(key)).toString().trimmed();
    }
    if (message.isEmpty() && parseError.error != QJsonParseError::NoError)
        message = QString::fromUtf8(bytes.left(300)).trimmed();
    QString field;
    const QJsonArray errors = body.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        field = fieldFor(first.value(QLatin1String("attribute")).toString());
        const QString detail = first.value(QLatin1String("customMessage")).toString().trimmed();
        if (!detail.isEmpty())
            message = detail;
    }
    const auto said = [&](const QString &fallback) {
        return message.isEmpty() ? fallback : message;
    };
    if (out.status >= 500) {
        out.error = Error::make(
            Error::Code::Unreachable,
            QCoreApplication::translate("wc::CloudClient",
                                        "Pulumi Cloud at %1 failed (HTTP %2: %3). Nothing was "
                                        "changed; try again in a moment.")
                .arg(m_apiUrl)
                .arg(out.status)
                .arg(
                    said(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())));
        Q_EMIT unreachable(out.error.message);
        return out;
    }
    Q_EMIT reachable();
    switch (out.status) {
    case 401:
        out.error = Error::make(
            Error::Code::Unauthorized,
            QCoreApplication::translate("wc::CloudClient",
                                        "Pulumi Cloud at %1 refused the access token (HTTP 401). "
                                        "Connect again with a new token.")
                .arg(m_apiUrl));
        Q_EMIT tokenRefused();
        break;
    case 403:
        out.error = Error::make(
            Error::Code::Unauthorized,
            QCoreApplication::translate("wc::CloudClient",
                                        "Pulumi Cloud does not allow this with your access token "
                                        "(HTTP 403: %1). Ask an organization admin, or connect "
                                        "with a token that may.")
                .arg(said(QStringLiteral("forbidden"))));
        break;
    case 404:
        out.error = Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("wc::CloudClient", "Pulumi Cloud has no such thing (%1).")
                .arg(said(QStringLiteral("HTTP 404"))));
        break;
    case 409:
        out.error = Error{Error::Code::Conflict,
                          QCoreApplication::translate("wc::CloudClient",
                                                      "Pulumi Cloud already has a webhook of this "
                                                      "name here (HTTP 409): choose another name."),
                          QStringLiteral("name")};
        break;
    default:
        out.error = Error{
            Error::Code::Invalid,
            QCoreApplication::translate("wc::CloudClient", "Pulumi Cloud refused it (HTTP %1): %2")
                .arg(out.status)
                .arg(said(QStringLiteral("invalid request"))),
            field};
        break;
    }
    return out;
}

} // namespace wc
