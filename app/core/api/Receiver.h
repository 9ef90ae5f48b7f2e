#pragma once

#include "Error.h"
#include "Signature.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace wc {

/// One request a Receiver took in: what arrived, what the receiver made of its signature and
/// how it answered.
struct ReceivedRequest
{
    /// 1, 2, … in the order this receiver took requests in (across stop and listen).
    qint64 id = 0;
    QDateTime receivedAt; ///< UTC
    /// "POST", "GET", …; "OTHER" for a method Qt HttpServer 6.4 does not name (it parses any
    /// token but tells only the nine standard methods apart).
    QByteArray method;
    QString path;        ///< path and query, percent-encoded as sent ("/hook?x=1")
    HttpHeaders headers; ///< in the order received, names in the case received
    /// The body, or its first Receiver::MaxKeptBody bytes: the verdict is always made over the
    /// whole body.
    QByteArray body;
    qint64 bodySize = 0; ///< the whole body's size
    /// The message's id, from the first of Pulumi-Webhook-ID, webhook-id, svix-id and
    /// X-GitHub-Delivery it carries; empty without one.
    QByteArray messageId;
    /// Whether the signature was checked: false when no webhook was chosen to verify against
    /// (the verdict's text then says so, and what the request seems to be signed with).
    bool verified = false;
    QString scheme; ///< the SignatureSchemeId checked with; empty when not verified
    SignatureVerdict verdict;
    int respondedStatus = 200; ///< the status answered (or to be answered, when delayed)
    int delayMs = 0;           ///< how long the answer waits
    QByteArray responseBody;   ///< what is answered
    quint16 remotePort = 0;    ///< the client's port (on 127.0.0.1)

    [[nodiscard]] bool bodyTruncated() const { return bodySize > body.size(); }
    /// The value of header `name` (any case), the first if it is there several times; null
    /// when it is not there.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

/// An HTTP listener on 127.0.0.1 (never another interface) that takes in any request, on any
/// method and path, checks its signature against a webhook's scheme and secrets, tells about it
/// (`received`) and answers as it was told: 200 by default, or another status, after a delay,
/// to rehearse failures. The window's Receiver page and `webhookctl receive` show it.
///
/// Built on Qt HttpServer. Qt 6.4's QHttpServer::listen() gives no reason when it fails, so
/// the receiver listens with a QTcpServer of its own (for the error in words) and binds it
/// to the server. Qt HttpServer 6.4 reads a whole request body into memory before the
/// request is handled: the verdict is made over all of it, and ReceivedRequest keeps the
/// first MaxKeptBody bytes.
///
/// Lives on one thread (its creator's), with an event loop; signals come from that loop.
class Receiver : public QObject
{
    Q_OBJECT
public:
    /// How much of a body a ReceivedRequest keeps (1 MiB).
    static constexpr qsizetype MaxKeptBody = 1024 * 1024;
    /// The longest delay an answer may be given (two minutes).
    static constexpr int MaxDelayMs = 120000;

    explicit Receiver(QObject *parent = nullptr);
    ~Receiver() override;

    /// Listens on 127.0.0.1:`port`, or on a free port the system picks for 0. Listening again
    /// stops the listener first. A port that cannot be had is an Invalid error on the field
    /// "port", in words ("Port 8080 is in use: choose another or let the console pick one.").
    [[nodiscard]] Error listen(quint16 port = 0);
    /// Stops listening and drops every open connection (answers still waiting are not sent).
    void stop();
    [[nodiscard]] bool isListening() const;
    /// The port listened on; 0 when not listening.
    [[nodiscard]] quint16 port() const;
    /// "http://127.0.0.1:PORT/"; empty when not listening.
    [[nodiscard]] QString url() const;

    /// How to answer the requests from now on: `status` (200–599; others are taken as 200),
    /// after `delayMs` (0 to MaxDelayMs), with `body` (an empty body: a small JSON object
    /// with the request's number and the verdict; a 204 or 304 answer never has a body).
    void setResponse(int status, int delayMs = 0, const QByteArray &body = {});
    [[nodiscard]] int responseStatus() const { return m_status; }
    [[nodiscard]] int responseDelayMs() const { return m_delayMs; }

    /// Checks the requests from now on against `keys` (a webhook's scheme and secrets, the
    /// current one first: WebhookBackend::signingKeys).
    void setVerification(const SigningKeys &keys);
    /// Checks no signature from now on: requests are shown only.
    void clearVerification();
    [[nodiscard]] std::optional<SigningKeys> verification() const { return m_keys; }

    /// Gives the body the console recorded for a message id (ReceivedRequest::messageId), or a
    /// null QByteArray when it knows none: a signature made over that body and not over the
    /// one received tells that the body changed on the way. Called on the receiver's thread,
    /// for each request that carries an id; it must answer at once.
    using SignedBodyLookup = std::function<QByteArray(const QByteArray &messageId)>;
    void setSignedBodyLookup(SignedBodyLookup lookup);

    /// The clock verdicts are made at, in Unix seconds (QDateTime::currentSecsSinceEpoch by
    /// default): for tests.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock);

    /// The verdict on `headers` and `body` with the verification set now, as a request would
    /// get it (ReceivedRequest::verified, scheme and verdict are filled).
    [[nodiscard]] ReceivedRequest check(const HttpHeaders &headers, const QByteArray &body) const;

Q_SIGNALS:
    /// A request arrived and was checked; emitted before it is answered (also when the answer
    /// waits for a delay).
    void received(const wc::ReceivedRequest &request);
    /// Request `id` was answered `status`; `delivered` is false when its client had gone (or
    /// the receiver stopped) before the delay ended.
    void answered(qint64 id, int status, bool delivered);
    void listeningChanged(bool listening);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    struct Private;
    std::unique_ptr<Private> d;
    int m_status = 200;
    int m_delayMs = 0;
    QByteArray m_body;
    std::optional<SigningKeys> m_keys;
    SignedBodyLookup m_lookup;
    Clock m_clock;
    qint64 m_lastId = 0;
};

} // namespace wc

Q_DECLARE_METATYPE(wc::ReceivedRequest)
