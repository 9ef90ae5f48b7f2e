#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <functional>

namespace wc::test {

/// A small HTTP/1.1 receiver on 127.0.0.1 for tests: records every request and answers as
/// told (a status and body, a redirect, or never).
class LocalReceiver : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< names lower-cased
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray reason = "OK";
        QByteArray body = R"({"ok":true})";
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        bool neverAnswer = false;
        int delayMs = 0;                ///< answer this much later (requests overlap meanwhile)
        bool stallAfterHeaders = false; ///< send the headers, then nothing more
        int trickleMs = 0;              ///< send the body one byte per this many ms, for ever
    };
    /// Decides the answer per request; default: the fixed `response`.
    using Handler = std::function<Response(const Request &)>;

    explicit LocalReceiver(QObject *parent = nullptr);
    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QString url(const QString &path = QStringLiteral("/hook")) const;

    void setResponse(const Response &response)
    {
        m_response = response;
        m_handler = {};
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    /// The most requests that were waiting for an answer at the same time.
    [[nodiscard]] int peakConcurrent() const { return m_peakConcurrent; }

    /// A port on 127.0.0.1 where nothing listens (bound, then released).
    [[nodiscard]] static quint16 closedPort();

Q_SIGNALS:
    void requestReceived(const wc::test::LocalReceiver::Request &request);

private:
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    Response m_response;
    Handler m_handler;
    QList<Request> m_requests;
    int m_open = 0;
    int m_peakConcurrent = 0;
};

} // namespace wc::test
