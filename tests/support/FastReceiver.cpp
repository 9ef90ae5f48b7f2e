#include "FastReceiver.h"

#include <cerrno>
#include <cstdlib>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wc::test {

namespace {
/// The Content-Length of the request whose header block is in[from, to); 0 when it has none.
size_t contentLength(const std::string &in, size_t from, size_t to)
{
    static constexpr char Name[] = "\r\ncontent-length:";
    for (size_t at = in.find("\r\n", from); at != std::string::npos && at < to;
         at = in.find("\r\n", at + 2)) {
        if (::strncasecmp(in.data() + at, Name, sizeof Name - 1) == 0)
            return size_t(std::strtoull(in.data() + at + sizeof Name - 1, nullptr, 10));
    }
    return 0;
}

/// Whether the header block in[from, to) has a header of this name (lower case, with its colon).
bool hasHeader(const std::string &in, size_t from, size_t to, const char *name, size_t length)
{
    for (size_t at = in.find("\r\n", from); at != std::string::npos && at < to;
         at = in.find("\r\n", at + 2)) {
        if (::strncasecmp(in.data() + at + 2, name, length) == 0)
            return true;
    }
    return false;
}
} // namespace

FastReceiver::~FastReceiver()
{
    if (m_thread.joinable()) {
        const quint64 one = 1;
        (void)::write(m_wake, &one, sizeof one);
        m_thread.join();
    }
    for (const auto &[fd, buffer] : m_connections)
        ::close(fd);
    for (int fd : {m_listen, m_epoll, m_wake}) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool FastReceiver::listen()
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listen < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_listen, 128) != 0 ||
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return false;
    m_port = ntohs(address.sin_port);
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll < 0 || m_wake < 0)
        return false;
    for (int fd : {m_listen, m_wake}) {
        epoll_event e{};
        e.events = EPOLLIN;
        e.data.fd = fd;
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &e) != 0)
            return false;
    }
    m_thread = std::thread([this] { loop(); });
    return true;
}

void FastReceiver::loop()
{
    epoll_event events[64];
    for (;;) {
        const int n = ::epoll_wait(m_epoll, events, 64, -1);
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            if (fd == m_wake)
                return;
            if (fd == m_listen)
                accept();
            else
                serve(fd);
        }
    }
}

void FastReceiver::accept()
{
    for (;;) {
        const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return;
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        epoll_event e{};
        e.events = EPOLLIN;
        e.data.fd = fd;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &e);
        m_connections[fd];
        ++m_accepted;
    }
}

void FastReceiver::close(int fd)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    ::close(fd);
    m_connections.erase(fd);
}

void FastReceiver::serve(int fd)
{
    std::string &in = m_connections[fd];
    char chunk[16384];
    for (;;) {
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got > 0) {
            in.append(chunk, size_t(got));
            continue;
        }
        if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
            close(fd);
            return;
        }
        break;
    }
    static constexpr char Answer[] = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                     "Content-Length: 2\r\n\r\nok";
    std::string out;
    size_t start = 0;
    for (;;) {
        const size_t end = in.find("\r\n\r\n", start);
        if (end == std::string::npos)
            break;
        const size_t length = contentLength(in, start, end);
        if (in.size() < end + 4 + length)
            break;
        static constexpr char Signature[] = "pulumi-webhook-signature:";
        if (hasHeader(in, start, end, Signature, sizeof Signature - 1))
            ++m_signed;
        start = end + 4 + length;
        out.append(Answer, sizeof Answer - 1);
        ++m_served;
    }
    in.erase(0, start);
    size_t sent = 0;
    while (sent < out.size()) {
        const ssize_t n = ::send(fd, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
        if (n > 0) {
            sent += size_t(n);
        } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            close(fd);
            return;
        }
    }
}

} // namespace wc::test
