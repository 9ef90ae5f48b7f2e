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

Q_LOGGING_CATEGORY(lcDispatcher, "webhookconsole.delivery.dispatcher")

namespace wc {

namespace {
QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}
} // namespace

struct Dispatcher::Pending
{
    Delivery delivery;
    Promise<Delivery> done;
    QElapsedTimer clock;
    QByteArray body;
    bool truncated = false;
    QStringList sslErrors;
    QTimer deadline;
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
}

QString Dispatcher::formatHeaders(const Headers &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value);
    return lines.join(QStringLiteral("\r\n"));
}

Dispatcher::Headers Dispatcher::headersFor(const Delivery &delivery, const QString &secret)
{
    Headers headers{
        {"Content-Type", "application/json"},
        {"User-Agent", AppInfo::userAgent().toUtf8()},
        {"Pulumi-Webhook-ID", delivery.uid.toUtf8()},
        {"Pulumi-Webhook-Kind", delivery.kind.toUtf8()},
    };
    if (!secret.isEmpty())
        headers.append({PulumiSigner::Header, PulumiSigner::sign(secret, delivery.payload)});
    return headers;
}

QFuture<Delivery> Dispatcher::send(Delivery delivery, const Headers &headers)
{
    const QUrl url(delivery.requestUrl);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    delivery.requestHeaders = formatHeaders(headers);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    auto *pending = new Pending;
    pending->delivery = std::move(delivery);
    const QFuture<Delivery> future = pending->done.future();
    pending->clock.start();
    QNetworkReply *reply = m_manager->post(request, pending->delivery.payload);
    m_pending.insert(reply, pending);
    // setTransferTimeout only measures silence: a receiver trickling bytes would keep it alive
    // for ever. The deadline bounds the whole exchange.
    pending->deadline.setSingleShot(true);
    pending->deadline.setInterval(m_timeout);
    connect(&pending->deadline, &QTimer::timeout, reply, [this, reply] {
        if (m_pending.contains(reply))
            reply->abort(); // reported as timed out
    });
    pending->deadline.start();
    qCDebug(lcDispatcher) << "POST" << url.toDisplayString() << pending->delivery.kind;

    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        Pending *p = m_pending.value(reply);
        if (!p)
            return;
        const qint64 room = m_maxResponseBytes - p->body.size();
        if (room > 0)
            p->body += reply->read(room);
        if (reply->bytesAvailable() > 0) {
            p->truncated = true;
            reply->readAll(); // keep the connection flowing; the rest is dropped
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (Pending *p = m_pending.value(reply)) {
            for (const QSslError &e : errors)
                p->sslErrors << e.errorString();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    return future;
}

void Dispatcher::finish(QNetworkReply *reply)
{
    Pending *p = m_pending.take(reply);
    reply->deleteLater();
    if (!p)
        return;
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
    d.responseHeaders = formatHeaders(reply->rawHeaderPairs());
    const QUrl url = reply->request().url();
    const QString reason =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();

    const QNetworkReply::NetworkError netError = reply->error();
    if (netError == QNetworkReply::OperationCanceledError ||
        netError == QNetworkReply::TimeoutError) {
        // The deadline or the transfer timeout aborted it: whether or not headers had arrived,
        // the exchange did not complete.
        d.error = tr("Timed out: no complete answer within %1 s.")
                      .arg(QLocale::c().toString(m_timeout.count() / 1000.0, 'g', 3));
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
    const Promise<Delivery> done = p->done;
    Delivery result = std::move(p->delivery);
    delete p;
    done.finish(std::move(result));
}

} // namespace wc
