#pragma once

#include "Async.h"
#include "Cloud.h"
#include "Error.h"

#include <QFuture>
#include <QJsonValue>
#include <QObject>
#include <QUrlQuery>
#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace wc {

/// One answer of Pulumi Cloud's REST API: the status and the JSON body, or an error in words
/// (Pulumi's `message`, its `errors[]` attribute as the field).
struct CloudReply
{
    int status = 0; ///< 0 when nothing answered
    QJsonValue json;
    Error error;
};

/// A client of Pulumi Cloud's REST API at one API URL (reference/pulumi-cloud-webhooks.openapi
/// .json): `Authorization: token …`, `Accept: application/vnd.pulumi+8`, JSON bodies, a transfer
/// timeout, no redirects (a token is never sent to another host). Lives on the caller's thread.
class CloudClient : public QObject
{
    Q_OBJECT
public:
    explicit CloudClient(const QString &apiUrl, QObject *parent = nullptr);
    /// Requests still on their way are abandoned: their futures end cancelled, and nobody is
    /// called back.
    ~CloudClient() override;

    [[nodiscard]] QString apiUrl() const { return m_apiUrl; }
    void setToken(const QString &token) { m_token = token; }
    [[nodiscard]] bool hasToken() const { return !m_token.isEmpty(); }

    /// Sends `verb` to `path` (under the API URL) and answers when Pulumi has. HTTP errors
    /// become Errors: 400 Invalid (on the field Pulumi names), 401/403 Unauthorized, 404
    /// NotFound, 409 Conflict on "name", 5xx and network failures Unreachable.
    [[nodiscard]] QFuture<CloudReply> send(const QByteArray &verb, const QString &path,
                                           const QUrlQuery &query = {},
                                           const std::optional<QJsonValue> &body = {});

    /// The webhook field an error of Pulumi's names ("filters" → "events").
    [[nodiscard]] static QString fieldFor(const QString &attribute);

Q_SIGNALS:
    /// Pulumi answered 401: the token is no longer good.
    void tokenRefused();
    /// Nothing answered, or Pulumi failed (5xx): `why` in words.
    void unreachable(const QString &why);
    /// Pulumi answered (any status below 500) after unreachable().
    void reachable();

private:
    CloudReply interpret(QNetworkReply *reply, const QByteArray &verb, const QString &path);

    QString m_apiUrl;
    QString m_token;
    QNetworkAccessManager *m_manager = nullptr;
    /// How long Pulumi may take to answer one request.
    static constexpr std::chrono::milliseconds Timeout{30000};
};

} // namespace wc
