#pragma once

#include <QtGlobal>
#include <atomic>
#include <string>
#include <thread>
#include <unordered_map>

namespace wc::test {

/// An HTTP/1.1 receiver on 127.0.0.1 that does as little as a receiver can, on a thread of its
/// own (epoll): reads each request (its headers and Content-Length bytes of body), answers
/// "200 ok" at once and keeps the connection open for the next. For benchmarks, and for tests
/// of what a client does when answers come as fast as loopback allows.
class FastReceiver
{
public:
    FastReceiver() = default;
    FastReceiver(const FastReceiver &) = delete;
    FastReceiver &operator=(const FastReceiver &) = delete;
    ~FastReceiver();

    /// Listens on a free port of 127.0.0.1 and starts serving.
    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const { return m_port; }
    /// Requests answered so far.
    [[nodiscard]] qint64 served() const { return m_served.load(); }
    /// Requests answered so far that carried a Pulumi-Webhook-Signature header.
    [[nodiscard]] qint64 signedRequests() const { return m_signed.load(); }
    /// Connections accepted so far.
    [[nodiscard]] qint64 accepted() const { return m_accepted.load(); }

private:
    void loop();
    void accept();
    void serve(int fd);
    void close(int fd);

    int m_listen = -1;
    int m_epoll = -1;
    int m_wake = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<qint64> m_served{0};
    std::atomic<qint64> m_accepted{0};
    std::atomic<qint64> m_signed{0};
    std::unordered_map<int, std::string> m_connections; ///< what each has sent, not yet answered
};

} // namespace wc::test
