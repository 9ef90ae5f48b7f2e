#pragma once

#include "model/Delivery.h"

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
    using Done = std::function<void(const Delivery &)>;

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
    [[nodiscard]] static QList<QPair<QByteArray, QByteArray>> headersFor(const Delivery &delivery,
                                                                         const QString &secret);

    /// "Name: value" lines joined with CRLF, as deliveries record headers.
    [[nodiscard]] static QString formatHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

    /// Sends `delivery.payload` to `delivery.requestUrl`. Fills in the request headers,
    /// response, duration and error, then calls `done` (always, exactly once, later).
    void send(Delivery delivery, const QString &secret, Done done);

private:
    struct Pending;
    void finish(QNetworkReply *reply);

    QNetworkAccessManager *m_manager = nullptr;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    QHash<QNetworkReply *, Pending *> m_pending;
};

} // namespace wc
