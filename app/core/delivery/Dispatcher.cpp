#include "delivery/Dispatcher.h"

#include "AppInfo.h"
#include "delivery/Signer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcDispatcher, "webhookconsole.delivery.dispatcher")

namespace wc {

namespace {
QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

/// What Qt's connection pool is keyed by, near enough: one scheme, host and port.
QString originOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    return url.scheme() + QStringLiteral("://") + url.host() + u':' +
           QString::number(url.port(defaultPort));
}
} // namespace

struct Dispatcher::Pending
{
    /// Why the dispatcher itself ended the exchange, if it did.
    enum class Stop { None, Deadline, HeadersUnreadable };

    Delivery delivery;
    /// For send()'s future; made only for it (a bulk run's callback needs none).
    std::optional<Promise<Delivery>> done;
    /// Instead of `done`, when set: called with the outcome, unless `context` is gone.
    std::function<void(const Delivery &)> then;
    QPointer<QObject> context;
    QNetworkRequest request;
    QString origin;
    std::chrono::milliseconds timeout{};
    QElapsedTimer clock; ///< from when the request was sent (until then: from when it started)
    QByteArray body;
    bool truncated = false;
    QStringList sslErrors;
    QTimer deadline;
    Stop stop = Stop::None;
};

Dispatcher::Dispatcher(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{}

Dispatcher::Dispatcher(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{}

Dispatcher::~Dispatcher()
{
    // Replies die with the manager; the callbacks must not outlive us.
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        delete it.value();
    }
    m_pending.clear();
    for (const QList<Pending *> &waiting : std::as_const(m_waiting))
        qDeleteAll(waiting); // their futures are cancelled
    m_waiting.clear();
}

QString Dispatcher::formatHeaders(const Headers &headers)
{
    // Once per delivery: one allocation, not one per line and field.
    qsizetype size = 0;
    for (const auto &[name, value] : headers)
        size += name.size() + value.size() + 4;
    QString out;
    out.reserve(size);
    bool first = true;
    for (const auto &[name, value] : headers) {
        if (!std::exchange(first, false))
            out += QLatin1StringView("\r\n");
        out += QLatin1StringView(name);
        out += QLatin1StringView(": ");
        out += QLatin1StringView(value);
    }
    return out;
}

Dispatcher::Headers Dispatcher::headersFor(const Delivery &delivery, const SignatureScheme &scheme,
                                           const QStringList &secrets)
{
    Headers headers{
        {"Content-Type", "application/json"},
        {"User-Agent", AppInfo::userAgent().toUtf8()},
        {"Pulumi-Webhook-ID", delivery.uid.toUtf8()},
        {"Pulumi-Webhook-Kind", delivery.kind.toUtf8()},
    };
    const qint64 timestamp =
        (delivery.timestamp.isValid() ? delivery.timestamp : QDateTime::currentDateTimeUtc())
            .toSecsSinceEpoch();
    headers += scheme.sign(delivery.uid.toUtf8(), timestamp, delivery.payload, secrets);
    return headers;
}

Dispatcher::Headers Dispatcher::headersFor(const Delivery &delivery, const QString &secret)
{
    return headersFor(delivery,
                      SignatureScheme::get(QString::fromLatin1(SignatureSchemeId::Pulumi)),
                      secret.isEmpty() ? QStringList() : QStringList{secret});
}

Dispatcher::Pending *Dispatcher::prepare(Delivery delivery, const Headers &headers)
{
    const QUrl url(delivery.requestUrl);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    delivery.requestHeaders = formatHeaders(headers);
    // No setTransferTimeout: Qt's inactivity timer is a coarse timer, which may fire up to 5 %
    // early (0.5 s of 10 s), and it starts before the request has left. The deadline is the
    // one timeout, precise and counted from when the request has been sent.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    auto *pending = new Pending;
    pending->delivery = std::move(delivery);
    pending->request = request;
    pending->origin = originOf(url);
    pending->timeout = m_timeout;
    return pending;
}

QFuture<Delivery> Dispatcher::send(Delivery delivery, const Headers &headers)
{
    Pending *pending = prepare(std::move(delivery), headers);
    const QFuture<Delivery> future = pending->done.emplace().future();
    enqueue(pending);
    return future;
}

void Dispatcher::send(Delivery delivery, const Headers &headers, QObject *context,
                      std::function<void(const Delivery &)> done)
{
    Pending *pending = prepare(std::move(delivery), headers);
    pending->then = std::move(done);
    pending->context = context;
    enqueue(pending);
}

void Dispatcher::enqueue(Pending *pending)
{
    // Qt queues a request for which it has no free connection to its host, where no timeout
    // of ours could tell waiting from a silent receiver: queue it here instead, unstarted.
    if (m_inFlight.value(pending->origin) < MaxConnectionsPerHost)
        start(pending);
    else
        m_waiting[pending->origin].append(pending);
}

void Dispatcher::start(Pending *pending)
{
    ++m_inFlight[pending->origin];
    // The deadline bounds the whole exchange (a receiver trickling bytes never ends it). It
    // runs once while the connection is made (DNS, TCP, TLS), then again from the moment the
    // request has been sent: the receiver always gets the full timeout. A precise timer
    // never fires early; a coarse one (QTimer's default) may by up to 5 %.
    pending->deadline.setSingleShot(true);
    pending->deadline.setTimerType(Qt::PreciseTimer);
    pending->deadline.setInterval(pending->timeout);
    pending->clock.start();
    pending->deadline.start();
    QNetworkReply *reply = m_manager->post(pending->request, pending->delivery.payload);
    m_pending.insert(reply, pending);
    connect(&pending->deadline, &QTimer::timeout, reply, [this, reply] {
        if (Pending *p = m_pending.value(reply)) {
            p->stop = Pending::Stop::Deadline;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::requestSent, this, [this, reply] {
        if (Pending *p = m_pending.value(reply)) {
            p->clock.start();
            p->deadline.start();
            bound(reply);
        }
    });
    qCDebug(lcDispatcher) << "POST" << pending->request.url().toDisplayString()
                          << pending->delivery.kind;

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        Pending *p = m_pending.value(reply);
        if (!p)
            return;
        // An answer that fits the cap is read whole, as Qt likes it: a reply left bounded
        // after its answer makes Qt close the connection instead of keeping it for the next
        // request (a new TCP and TLS handshake every few dozen deliveries). A larger or
        // unknown length stays bounded.
        bool known = false;
        const qint64 length =
            reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (!known || length > m_maxResponseBytes)
            bound(reply);
        else
            reply->setReadBufferSize(0);
        // Qt drops every header of a response whose header block exceeds its limits, keeps the
        // status, and then reads the body without its length: till the receiver closes the
        // connection, or for ever. A response without a single header is that case (a server
        // with a clock must send Date, RFC 9110 6.6.1): say so now instead of waiting.
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid() &&
            reply->rawHeaderPairs().isEmpty()) {
            p->stop = Pending::Stop::HeadersUnreadable;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        Pending *p = m_pending.value(reply);
        if (!p)
            return;
        const qint64 room = m_maxResponseBytes - p->body.size();
        if (room > 0)
            p->body += reply->read(room);
        if (const qint64 beyond = reply->bytesAvailable(); beyond > 0) {
            // Keep the exchange flowing to its end, as the receiver sent it (its status,
            // duration and outcome stay the same), dropping what is past the cap: skip()
            // reads through a small scratch buffer, where readAll() would copy it first.
            p->truncated = true;
            reply->skip(beyond);
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (Pending *p = m_pending.value(reply)) {
            for (const QSslError &e : errors)
                p->sslErrors << e.errorString();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void Dispatcher::bound(QNetworkReply *reply)
{
    // Unbounded by default, Qt reads a large body off the socket as fast as it comes and queues
    // all of it for us; bounded, it reads on as we take what it has (readyRead). Qt passes the
    // size on to its HTTP thread only once the request has started there (a size set right
    // after post() is lost): set when the request has been sent, and again when the headers
    // are in and say the body may be large. (Set earlier, queued right after post(), it made
    // Qt drop the connection after a small answer when this thread was busy: issue 15.)
    reply->setReadBufferSize(ReplyReadBufferBytes);
}

void Dispatcher::startWaiting(const QString &origin)
{
    auto waiting = m_waiting.find(origin);
    if (waiting == m_waiting.end())
        return;
    Pending *next = waiting->takeFirst();
    if (waiting->isEmpty())
        m_waiting.erase(waiting);
    start(next);
}

QString Dispatcher::formatResponseHeaders(const Headers &headers, qint64 maxBytes)
{
    QStringList lines;
    qint64 kept = 0;
    qint64 total = 0;
    for (const auto &[name, value] : headers) {
        const QString line =
            QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value);
        const qint64 size = name.size() + 2 + value.size() + 2; // as on the wire, with CRLF
        if (kept == total && kept + size <= maxBytes) { // whole lines, in order, till one fails
            kept += size;
            lines << line;
        }
        total += size;
    }
    if (kept < total) {
        lines << tr("… (response headers cut at %1 KiB of %2 KiB)")
                     .arg(maxBytes / 1024)
                     .arg((total + 1023) / 1024);
    }
    return lines.join(QStringLiteral("\r\n"));
}

void Dispatcher::finish(QNetworkReply *reply)
{
    Pending *p = m_pending.take(reply);
    reply->deleteLater();
    if (!p)
        return;
    if (--m_inFlight[p->origin] <= 0)
        m_inFlight.remove(p->origin);
    Delivery &d = p->delivery;
    // An aborted reply (deadline) is closed: what it had was read as it came.
    if (reply->isOpen()) {
        const qint64 room = m_maxResponseBytes - p->body.size();
        if (room > 0)
            p->body += reply->read(room);
        if (reply->bytesAvailable() > 0)
            p->truncated = true;
    }
    d.durationMs = p->clock.elapsed();
    d.responseBody = p->body;
    d.responseTruncated = p->truncated;
    d.state = Delivery::State::Completed;

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    d.responseCode = status.isValid() ? status.toInt() : 0;
    d.responseHeaders = formatResponseHeaders(reply->rawHeaderPairs(), m_maxResponseBytes);
    const QUrl url = reply->request().url();
    const QString reason =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();

    const QNetworkReply::NetworkError netError = reply->error();
    if (p->stop == Pending::Stop::HeadersUnreadable) {
        d.error = tr("The receiver answered %1, but its response headers were too large to read "
                     "(more than %2 KiB in all, %3 fields, or %4 KiB in one field).")
                      .arg(d.responseCode)
                      .arg(QtHeaderLimits::TotalBytes / 1024)
                      .arg(QtHeaderLimits::Fields)
                      .arg(QtHeaderLimits::FieldBytes / 1024);
    } else if (p->stop == Pending::Stop::Deadline || netError == QNetworkReply::TimeoutError) {
        // Whether or not headers had arrived, the exchange did not complete in time.
        d.error = tr("Timed out: no complete answer within %1 s.")
                      .arg(QLocale::c().toString(p->timeout.count() / 1000.0, 'g', 3));
    } else if (netError == QNetworkReply::OperationCanceledError) {
        d.error = tr("Cancelled before the receiver answered.");
    } else if (d.responseCode > 0 && netError == QNetworkReply::RemoteHostClosedError) {
        d.error = tr("The receiver closed the connection before its answer (%1) was complete.")
                      .arg(d.responseCode);
    } else if (d.responseCode >= 300 && d.responseCode < 400) {
        const QString location = QString::fromUtf8(reply->rawHeader("Location"));
        d.error = location.isEmpty()
                      ? tr("Redirect not followed: the receiver answered %1.").arg(d.responseCode)
                      : tr("Redirect not followed: the receiver answered %1, pointing to %2.")
                            .arg(d.responseCode)
                            .arg(location);
    } else if (d.responseCode >= 200 && d.responseCode < 300) {
        d.error.clear();
    } else if (d.responseCode > 0) {
        d.error = reason.isEmpty()
                      ? tr("The receiver answered %1.").arg(d.responseCode)
                      : tr("The receiver answered %1 %2.").arg(d.responseCode).arg(reason);
    } else {
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError:
            d.error = tr("Connection refused by %1: nothing is listening there.").arg(hostOf(url));
            break;
        case QNetworkReply::HostNotFoundError:
            d.error = tr("Host not found: %1 could not be resolved.").arg(url.host());
            break;
        case QNetworkReply::RemoteHostClosedError:
            d.error = tr("The receiver closed the connection without answering.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            d.error = tr("TLS failed: %1")
                          .arg(p->sslErrors.isEmpty() ? reply->errorString()
                                                      : p->sslErrors.join(QStringLiteral("; ")));
            break;
        default:
            d.error = tr("The request failed: %1").arg(reply->errorString());
            break;
        }
    }
    qCDebug(lcDispatcher) << "finished" << d.uid << d.responseCode << d.error << d.durationMs
                          << "ms";
    const std::optional<Promise<Delivery>> done = std::move(p->done);
    const auto then = std::move(p->then);
    const QPointer<QObject> context = p->context;
    const QString origin = p->origin;
    Delivery result = std::move(p->delivery);
    delete p;
    startWaiting(origin);
    if (done)
        done->finish(std::move(result));
    else if (context)
        then(result);
}

} // namespace wc
