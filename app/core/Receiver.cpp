#include "Receiver.h"

#include "AppInfo.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcReceiver, "webhookconsole.receiver")

namespace wc {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        break;
    }
    return "OTHER";
}

/// The headers that carry a message's id, in the order they are looked for.
constexpr const char *MessageIdHeaders[] = {"Pulumi-Webhook-ID", "webhook-id", "svix-id",
                                            "X-GitHub-Delivery"};

bool hasNoBody(int status)
{
    return status == 204 || status == 304;
}

QString listenError(QAbstractSocket::SocketError error, quint16 port, const QString &detail)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return Receiver::tr("Port %1 is in use: choose another or let the console pick one.")
            .arg(port);
    case QAbstractSocket::SocketAccessError:
        return Receiver::tr("Port %1 needs privileges this account does not have: choose one "
                            "above 1023 or let the console pick one.")
            .arg(port);
    default:
        break;
    }
    return Receiver::tr("Cannot listen on 127.0.0.1:%1: %2.").arg(port).arg(detail);
}

} // namespace

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

struct Receiver::Private
{
    /// The server listening now; a stopped one is deleted later (it may be in the middle of
    /// handing over a request).
    QPointer<QHttpServer> server;
    QPointer<QTcpServer> tcp;
};

Receiver::Receiver(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{}

Receiver::~Receiver()
{
    // The server and its connections first, while everything its handler uses is still here
    // (a stopped one waiting for deleteLater goes with this object's children).
    delete d->server.data();
}

Error Receiver::listen(quint16 port)
{
    stop();
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        const QString message = listenError(tcp->serverError(), port, tcp->errorString());
        qCInfo(lcReceiver) << "cannot listen on port" << port << tcp->errorString();
        return Error::invalid(QStringLiteral("port"), message);
    }
    auto *server = new QHttpServer(this);
    server->setMissingHandler(
        [this, guard = QPointer<QHttpServer>(server)](const QHttpServerRequest &request,
                                                      QHttpServerResponder &&responder) {
            if (!guard || guard != d->server) {
                // A connection to a listener that was stopped a moment ago.
                responder.write(QHttpServerResponder::StatusCode::ServiceUnavailable);
                return;
            }
            handle(request, std::move(responder));
        });
    d->tcp = tcp.get();
    server->bind(tcp.release()); // the server owns it now
    d->server = server;
    qCDebug(lcReceiver) << "listening on" << url();
    Q_EMIT listeningChanged(true);
    return {};
}

void Receiver::stop()
{
    if (!d->server)
        return;
    if (d->tcp)
        d->tcp->close(); // the port is free again at once
    QHttpServer *server = d->server;
    d->server = nullptr;
    d->tcp = nullptr;
    // Its connections (children of its QTcpServer) go with it: delayed answers find their
    // socket gone and are not sent.
    server->deleteLater();
    qCDebug(lcReceiver) << "stopped";
    Q_EMIT listeningChanged(false);
}

bool Receiver::isListening() const
{
    return d->tcp && d->tcp->isListening();
}

quint16 Receiver::port() const
{
    return isListening() ? d->tcp->serverPort() : 0;
}

QString Receiver::url() const
{
    return isListening() ? QStringLiteral("http://127.0.0.1:%1/").arg(port()) : QString();
}

void Receiver::setResponse(int status, int delayMs, const QByteArray &body)
{
    m_status = status >= 200 && status <= 599 ? status : 200;
    m_delayMs = qBound(0, delayMs, MaxDelayMs);
    m_body = body;
}

void Receiver::setVerification(const SigningKeys &keys)
{
    m_keys = keys;
}

void Receiver::clearVerification()
{
    m_keys.reset();
}

void Receiver::setSignedBodyLookup(SignedBodyLookup lookup)
{
    m_lookup = std::move(lookup);
}

void Receiver::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); });
}

ReceivedRequest Receiver::check(const HttpHeaders &headers, const QByteArray &body) const
{
    ReceivedRequest r;
    r.headers = headers;
    for (const char *name : MessageIdHeaders) {
        r.messageId = r.header(name).trimmed();
        if (!r.messageId.isEmpty())
            break;
    }
    if (m_keys) {
        const SignatureScheme &scheme = SignatureScheme::get(m_keys->scheme);
        const QByteArray signedBody =
            m_lookup && !r.messageId.isEmpty() ? m_lookup(r.messageId) : QByteArray();
        r.verified = true;
        r.scheme = scheme.id();
        r.verdict = scheme.verify(headers, body, m_keys->secrets, m_clock(), signedBody);
        return r;
    }
    // Nothing to check with: say what it seems to be signed with, if anything.
    QStringList signedWith;
    for (const SignatureScheme *scheme : SignatureScheme::all()) {
        if (scheme->verify(headers, body, {}, m_clock()).outcome !=
            SignatureVerdict::Outcome::Unsigned)
            signedWith << scheme->displayName();
    }
    r.verdict.text =
        signedWith.isEmpty()
            ? tr("Not checked: choose a webhook to verify against. It carries no signature "
                 "header.")
            : tr("Not checked: choose a webhook to verify against. It carries a %1 signature.")
                  .arg(signedWith.join(QStringLiteral(", ")));
    return r;
}

void Receiver::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray body = request.body();
    ReceivedRequest r = check(request.headers(), body);
    r.id = ++m_lastId;
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.method = methodName(request.method());
    r.path =
        request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
    if (r.path.isEmpty())
        r.path = QStringLiteral("/");
    r.bodySize = body.size();
    r.body = body.size() > MaxKeptBody ? body.left(MaxKeptBody) : body;
    r.respondedStatus = m_status;
    r.delayMs = m_delayMs;
    if (!hasNoBody(m_status) && r.method != "HEAD") {
        if (!m_body.isEmpty()) {
            r.responseBody = m_body;
        } else {
            QJsonObject answer{{QStringLiteral("received"), r.id},
                               {QStringLiteral("signature"), r.verified
                                                                 ? r.verdict.outcomeKey()
                                                                 : QStringLiteral("not-checked")}};
            if (!r.verdict.reasonKey().isEmpty())
                answer.insert(QStringLiteral("reason"), r.verdict.reasonKey());
            r.responseBody = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        }
    }
    if (QTcpSocket *socket = responder.socket())
        r.remotePort = socket->peerPort();
    qCDebug(lcReceiver) << r.id << r.method << r.path << r.verdict.text;

    Q_EMIT received(r);

    // Answered by whoever comes last: now, or from a timer; the socket may be gone by then.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    auto answer = [this, held, socket, id = r.id, status = r.respondedStatus,
                   payload = r.responseBody] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            qCDebug(lcReceiver) << id << "not answered: the client has gone";
            Q_EMIT answered(id, status, false);
            return;
        }
        held->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
        held->writeHeader("Server", AppInfo::userAgent().toUtf8());
        if (!hasNoBody(status)) {
            QJsonParseError error;
            QJsonDocument::fromJson(payload, &error);
            held->writeHeader("Content-Type", error.error == QJsonParseError::NoError
                                                  ? QByteArrayLiteral("application/json")
                                                  : QByteArrayLiteral("text/plain; charset=utf-8"));
            held->writeHeader("Content-Length", QByteArray::number(payload.size()));
        }
        held->writeBody(payload); // ends the headers, even when empty
        Q_EMIT answered(id, status, true);
    };
    if (r.delayMs > 0)
        QTimer::singleShot(r.delayMs, this, answer);
    else
        answer();
}

} // namespace wc
