#pragma once

#include "Async.h"
#include "Delivery.h"
#include "Signature.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace wc {

/// Sends deliveries over one QNetworkAccessManager: POST, JSON, Pulumi's headers, a timeout
/// counted from when the request has been sent, no redirects followed, TLS verified, the
/// response's headers and body captured up to a cap each. Every attempt comes back as a
/// completed Delivery, network faults described in words.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static constexpr std::chrono::milliseconds DefaultTimeout{10000};
    static constexpr qint64 DefaultMaxResponseBytes = 64 * 1024;
    /// The most of a response's body Qt holds for a reply between two reads (its read
    /// buffer; Qt stops reading the socket meanwhile). Beyond the cap the body is read and
    /// dropped as it arrives, so a 10 MiB answer costs no more memory than a 64 KiB one.
    static constexpr qint64 ReplyReadBufferBytes = 64 * 1024;

    explicit Dispatcher(QObject *parent = nullptr);
    /// Uses `manager` (not owned) instead of its own, for unit tests.
    explicit Dispatcher(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~Dispatcher() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    [[nodiscard]] qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    /// The headers the console sends for `delivery`: Pulumi's, and the signature of `scheme`
    /// made with `secrets` (the current first; none: unsigned), at the delivery's timestamp.
    [[nodiscard]] static Headers headersFor(const Delivery &delivery, const SignatureScheme &scheme,
                                            const QStringList &secrets);
    /// Signed with Pulumi's scheme and one secret (empty: unsigned).
    [[nodiscard]] static Headers headersFor(const Delivery &delivery, const QString &secret);

    /// "Name: value" lines joined with CRLF, as deliveries record headers.
    [[nodiscard]] static QString formatHeaders(const Headers &headers);
    /// As formatHeaders, keeping whole lines up to `maxBytes` (counted as on the wire); when
    /// some are left out, a last line says so and how much there was.
    [[nodiscard]] static QString formatResponseHeaders(const Headers &headers, qint64 maxBytes);

    /// Qt's HTTP/1 client (QHttpHeaderParser) drops every header of a response beyond these;
    /// the dispatcher reports such an answer as unreadable instead of waiting for it.
    struct QtHeaderLimits
    {
        static constexpr qint64 TotalBytes = 256 * 1024;
        static constexpr int Fields = 100;
        static constexpr qint64 FieldBytes = 100 * 1024;
    };

    /// Sends `delivery.payload` to `delivery.requestUrl` with exactly `headers`: the caller
    /// signs once and records the same list, so what is recorded is what was sent. The
    /// delivery comes back completed, with the response, duration and error in words. A
    /// dispatcher destroyed meanwhile cancels the future. The timeout is the one set now; it
    /// counts from when the request has been sent, and so does the recorded duration.
    [[nodiscard]] QFuture<Delivery> send(Delivery delivery, const Headers &headers);
    /// As above, calling `done` with the completed delivery (on this thread, as the exchange
    /// ends) instead of through a future: no watcher per delivery, for bulk sends. Never
    /// called once `context` is gone, or when the dispatcher is destroyed first.
    void send(Delivery delivery, const Headers &headers, QObject *context,
              std::function<void(const Delivery &)> done);

    /// Requests in flight to one scheme, host and port at a time; more wait here, their
    /// timeout not yet running. Qt's own limit (six connections per host): a request Qt
    /// queued would see its timeout run out before it was sent.
    static constexpr int MaxConnectionsPerHost = 6;

private:
    struct Pending;
    [[nodiscard]] Pending *prepare(Delivery delivery, const Headers &headers);
    void enqueue(Pending *pending);
    void start(Pending *pending);
    void startWaiting(const QString &origin);
    void bound(QNetworkReply *reply);
    void finish(QNetworkReply *reply);

    QNetworkAccessManager *m_manager = nullptr;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    QHash<QNetworkReply *, Pending *> m_pending;
    QHash<QString, int> m_inFlight;             ///< by origin
    QHash<QString, QList<Pending *>> m_waiting; ///< by origin, in the order sent
};

} // namespace wc
