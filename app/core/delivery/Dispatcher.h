#pragma once

#include "Async.h"
#include "Delivery.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace wc {

/// Sends deliveries over one QNetworkAccessManager: POST, JSON, Pulumi's headers, a transfer
/// timeout, no redirects followed, TLS verified, the response body captured up to a cap.
/// Every attempt comes back as a completed Delivery, network faults described in words.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static constexpr std::chrono::milliseconds DefaultTimeout{10000};
    static constexpr qint64 DefaultMaxResponseBytes = 64 * 1024;

    explicit Dispatcher(QObject *parent = nullptr);
    /// Uses `manager` (not owned) instead of its own, for unit tests.
    explicit Dispatcher(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~Dispatcher() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    [[nodiscard]] qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    /// The headers the console sends for `delivery`, signature included when `secret` is set.
    [[nodiscard]] static Headers headersFor(const Delivery &delivery, const QString &secret);

    /// "Name: value" lines joined with CRLF, as deliveries record headers.
    [[nodiscard]] static QString formatHeaders(const Headers &headers);

    /// Sends `delivery.payload` to `delivery.requestUrl` with exactly `headers`: the caller
    /// signs once and records the same list, so what is recorded is what was sent. The
    /// delivery comes back completed, with the response, duration and error in words. A
    /// dispatcher destroyed meanwhile cancels the future.
    [[nodiscard]] QFuture<Delivery> send(Delivery delivery, const Headers &headers);

private:
    struct Pending;
    void finish(QNetworkReply *reply);

    QNetworkAccessManager *m_manager = nullptr;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    QHash<QNetworkReply *, Pending *> m_pending;
};

} // namespace wc
