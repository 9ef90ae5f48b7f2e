#include "AppInfo.h"
#include "FastReceiver.h"
#include "LocalReceiver.h"

#include "TestSupport.h"
#include "delivery/Dispatcher.h"
#include "delivery/Signer.h"
#include <QThread>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace wc;
using test::LocalReceiver;

namespace {
Delivery sample(const QString &url)
{
    Delivery d;
    d.uid = QStringLiteral("8f14e45f-ceea-467f-a8f0-3c6f5e2a0d11");
    d.kind = QStringLiteral("stack_update");
    // Spacing, key order and non-ASCII bytes must all arrive exactly as given.
    d.payload = "{\"message\": \"\xf0\x9f\x8d\xb9 caf\xc3\xa9\",\n  \"b\":2, \"a\":1}";
    d.timestamp = QDateTime::currentDateTimeUtc();
    d.requestUrl = url;
    return d;
}

QByteArray bytes(qsizetype size)
{
    QByteArray out;
    out.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        out += char('a' + i % 26);
    return out;
}

/// Header fields of `fieldBytes` each (as on the wire, CRLF included) adding up to `total`.
QList<QPair<QByteArray, QByteArray>> filler(qsizetype total, qsizetype fieldBytes)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (qsizetype sent = 0, i = 0; sent < total; ++i) {
        QByteArray name = "X-Filler-" + QByteArray::number(i).rightJustified(4, '0');
        const qsizetype room = qMin(fieldBytes, total - sent) - name.size() - 4;
        headers.append({name, QByteArray(qMax<qsizetype>(room, 1), 'h')});
        sent += name.size() + 4 + headers.last().second.size();
    }
    return headers;
}

/// An HTTP/1.1 receiver on a raw socket that answers every request at once with `head`
/// (status line and headers), a Content-Length and a short body, and keeps the connection
/// open, as a keep-alive server does. LocalReceiver closes after each answer.
class KeepAliveReceiver : public QObject
{
public:
    explicit KeepAliveReceiver(QByteArray head)
        : m_head(std::move(head))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort());
    }
    int answered = 0;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            socket->setProperty("buffer", buffer);
            return;
        }
        const QRegularExpression length(QStringLiteral("(?i)content-length:\\s*(\\d+)"));
        const auto match = length.match(QString::fromLatin1(buffer.left(end)));
        if (buffer.size() < end + 4 + match.captured(1).toLongLong()) {
            socket->setProperty("buffer", buffer);
            return;
        }
        socket->setProperty("buffer", QByteArray());
        const QByteArray body = R"({"ok":true})";
        socket->write(m_head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                      body);
        ++answered;
    }

    QTcpServer m_server;
    QByteArray m_head;
};

QByteArray head(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out;
}

const QString TooLarge = QStringLiteral(
    "The receiver answered 200, but its response headers were too large to read (more than "
    "256 KiB in all, 100 fields, or 100 KiB in one field).");
} // namespace

// wc::Dispatcher on its own, against a real HTTP receiver on 127.0.0.1.
class TestDispatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { AppInfo::apply(); }

    void sendsThePayloadWithExactlyTheGivenHeaders()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const Delivery d = sample(receiver.url());
        const QByteArray signature = PulumiSigner::sign(QStringLiteral("s3cret"), d.payload);
        const Dispatcher::Headers headers{
            {"Content-Type", "application/json"},    {"User-Agent", "WebhookConsole/test"},
            {"Pulumi-Webhook-ID", d.uid.toUtf8()},   {"Pulumi-Webhook-Kind", "stack_update"},
            {"Pulumi-Webhook-Signature", signature}, {"X-Test", "1"},
        };
        Dispatcher dispatcher;
        const Delivery sent = test::await(dispatcher.send(d, headers));

        QCOMPARE(receiver.requests().size(), 1);
        const LocalReceiver::Request &r = receiver.requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/hook"));
        QCOMPARE(r.body, d.payload);
        for (const auto &[name, value] : headers)
            QCOMPARE(r.headers.value(name.toLower()), value);
        // Besides what HTTP itself needs, nothing was added.
        const QSet<QByteArray> transport{"host", "content-length", "connection", "accept-encoding",
                                         "accept-language"};
        QSet<QByteArray> extra;
        for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
            extra.insert(it.key());
        for (const auto &[name, value] : headers)
            extra.remove(name.toLower());
        extra.subtract(transport);
        QVERIFY2(extra.isEmpty(),
                 QList<QByteArray>(extra.cbegin(), extra.cend()).join(',').constData());

        // What is recorded is what was sent.
        QCOMPARE(sent.requestHeaders, Dispatcher::formatHeaders(headers));
        QCOMPARE(sent.requestHeaders,
                 QStringLiteral("Content-Type: application/json\r\n"
                                "User-Agent: WebhookConsole/test\r\n"
                                "Pulumi-Webhook-ID: 8f14e45f-ceea-467f-a8f0-3c6f5e2a0d11\r\n"
                                "Pulumi-Webhook-Kind: stack_update\r\n"
                                "Pulumi-Webhook-Signature: ") +
                     QString::fromLatin1(signature) + QStringLiteral("\r\nX-Test: 1"));
        QCOMPARE(sent.payload, d.payload);
        QCOMPARE(sent.uid, d.uid);
        QCOMPARE(sent.state, Delivery::State::Completed);
        QCOMPARE(sent.responseCode, 200);
        QCOMPARE(sent.responseBody, QByteArray(R"({"ok":true})"));
        QVERIFY(!sent.responseTruncated);
        QVERIFY2(sent.error.isEmpty(), qPrintable(sent.error));
        QVERIFY(sent.responseHeaders.contains(QStringLiteral("Content-Type: application/json")));
        QVERIFY(sent.succeeded());
    }

    void headersForSignsOnlyWithASecret_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("no secret") << QString();
        QTest::newRow("secret") << QStringLiteral("It's a Secret to Everybody");
        QTest::newRow("non-ASCII secret") << QStringLiteral("clé ✓");
    }
    void headersForSignsOnlyWithASecret()
    {
        QFETCH(QString, secret);
        const Delivery d = sample(QStringLiteral("http://127.0.0.1:9/x"));
        const Dispatcher::Headers headers = Dispatcher::headersFor(d, secret);

        Dispatcher::Headers expected{
            {"Content-Type", "application/json"},
            {"User-Agent", AppInfo::userAgent().toUtf8()},
            {"Pulumi-Webhook-ID", "8f14e45f-ceea-467f-a8f0-3c6f5e2a0d11"},
            {"Pulumi-Webhook-Kind", "stack_update"},
        };
        if (!secret.isEmpty())
            expected.append({"Pulumi-Webhook-Signature", PulumiSigner::sign(secret, d.payload)});
        QCOMPARE(headers, expected);
        if (!secret.isEmpty())
            QCOMPARE(headers.last().second.size(), qsizetype(64)); // hex of SHA-256
    }

    void redirectsAreNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("301") << 301;
        QTest::newRow("302") << 302;
        QTest::newRow("303") << 303;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }
    void redirectsAreNotFollowed()
    {
        QFETCH(int, status);
        LocalReceiver target;
        QVERIFY(target.listen());
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response redirect;
        redirect.status = status;
        redirect.reason = "Moved";
        redirect.body = {};
        redirect.headers = {{"Location", target.url().toUtf8()}};
        receiver.setResponse(redirect);

        Dispatcher dispatcher;
        const Delivery d = sample(receiver.url());
        const Delivery sent = test::await(dispatcher.send(d, Dispatcher::headersFor(d, {})));
        // A followed redirect would only finish once the target had answered.
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(target.requests().size(), 0);
        QCOMPARE(sent.responseCode, status);
        QCOMPARE(sent.error, QStringLiteral("Redirect not followed: the receiver answered %1, "
                                            "pointing to %2.")
                                 .arg(status)
                                 .arg(target.url()));
        QVERIFY(!sent.succeeded());
    }

    void responseBodyIsCapped_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("under the cap") << 999 << false;
        QTest::newRow("exactly the cap") << 1000 << false;
        QTest::newRow("one byte over") << 1001 << true;
        QTest::newRow("far over") << 300 * 1000 << true;
    }
    void responseBodyIsCapped()
    {
        QFETCH(int, size);
        QFETCH(bool, truncated);
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QByteArray body = bytes(size);
        receiver.setResponse({200, "OK", body, {{"Content-Type", "text/plain"}}, false});

        Dispatcher dispatcher;
        QCOMPARE(dispatcher.maxResponseBytes(), Dispatcher::DefaultMaxResponseBytes);
        dispatcher.setMaxResponseBytes(1000);
        const Delivery d = sample(receiver.url());
        const Delivery sent = test::await(dispatcher.send(d, Dispatcher::headersFor(d, {})));
        QCOMPARE(sent.responseCode, 200);
        QCOMPARE(sent.responseBody, body.left(1000));
        QCOMPARE(sent.responseTruncated, truncated);
        QVERIFY2(sent.error.isEmpty(), qPrintable(sent.error)); // a cut capture is no failure
    }

    void tenMiBResponseKeepsTheFirst64KiB()
    {
        // Read to its end and dropped past the cap: the same record as any capped answer,
        // the receiver's status and a success, in about the time the transfer takes.
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QByteArray body = bytes(10 * 1024 * 1024);
        receiver.setResponse({201, "Created", body, {{"Content-Type", "text/plain"}}, false});

        Dispatcher dispatcher;
        const Delivery d = sample(receiver.url());
        const Delivery sent = test::await(dispatcher.send(d, Dispatcher::headersFor(d, {})));
        QCOMPARE(sent.state, Delivery::State::Completed);
        QCOMPARE(sent.responseCode, 201);
        QVERIFY2(sent.error.isEmpty(), qPrintable(sent.error));
        QCOMPARE(sent.responseBody.size(), Dispatcher::DefaultMaxResponseBytes);
        QVERIFY(sent.responseBody == body.left(Dispatcher::DefaultMaxResponseBytes));
        QVERIFY(sent.responseTruncated);
        QVERIFY(sent.responseHeaders.contains(QStringLiteral("Content-Length: 10485760")));
        QCOMPARE(receiver.requests().size(), 1);
    }

    void connectionsAreKeptForTheNextDelivery()
    {
        // Keep-alive: a run of deliveries, a few at a time, answered as fast as loopback
        // allows, opens a connection per request in flight, not a new one every few dozen
        // requests (each a TLS handshake on a real receiver). A read buffer bounded before the
        // answer arrives made Qt drop connections so.
        test::FastReceiver receiver;
        QVERIFY(receiver.listen());
        Dispatcher dispatcher;
        const Delivery d = sample(QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port()));
        const Dispatcher::Headers headers = Dispatcher::headersFor(d, {});
        QList<QFuture<Delivery>> running;
        int answered = 0;
        while (answered < 300) {
            while (running.size() < 4) {
                running << dispatcher.send(d, headers);
                // A busy window thread: the answer is in before it looks at the reply again.
                QThread::msleep(2);
            }
            const Delivery done = test::await(running.takeFirst());
            QCOMPARE(done.responseCode, 200);
            QCOMPARE(done.responseBody, QByteArray("ok"));
            ++answered;
        }
        for (const QFuture<Delivery> &f : std::as_const(running))
            QCOMPARE(test::await(f).responseCode, 200);
        QCOMPARE(receiver.served(), qint64(answered + running.size()));
        QVERIFY2(receiver.accepted() <= 4,
                 qPrintable(QStringLiteral("%1 connections for %2 requests")
                                .arg(receiver.accepted())
                                .arg(receiver.served())));
    }

    void hugeResponseHeadersAreReportedInWords_data()
    {
        QTest::addColumn<qsizetype>("total");
        QTest::addColumn<qsizetype>("fieldBytes");
        QTest::newRow("256 KiB in 1 KiB fields") << qsizetype(256 * 1024) << qsizetype(1024);
        QTest::newRow("1 MiB in 1 KiB fields") << qsizetype(1024 * 1024) << qsizetype(1024);
        QTest::newRow("1 MiB in 16 fields") << qsizetype(1024 * 1024) << qsizetype(64 * 1024);
        QTest::newRow("one field of 256 KiB") << qsizetype(256 * 1024) << qsizetype(256 * 1024);
    }
    void hugeResponseHeadersAreReportedInWords()
    {
        // The receiver answers at once, then closes the connection (LocalReceiver) or keeps it
        // open (a keep-alive server): either way the delivery says what happened, at once.
        QFETCH(qsizetype, total);
        QFETCH(qsizetype, fieldBytes);
        const auto headers = filler(total, fieldBytes);

        LocalReceiver closing;
        QVERIFY(closing.listen());
        closing.setResponse({200, "OK", R"({"ok":true})", headers, false});
        KeepAliveReceiver keepAlive(head(headers));
        QVERIFY(keepAlive.listen());

        for (const QString &url : {closing.url(), keepAlive.url()}) {
            Dispatcher dispatcher;
            dispatcher.setTimeout(std::chrono::seconds(5));
            const Delivery d = sample(url);
            const Delivery sent = test::await(dispatcher.send(d, Dispatcher::headersFor(d, {})));
            QCOMPARE(sent.state, Delivery::State::Completed);
            QCOMPARE(sent.responseCode, 200);
            QCOMPARE(sent.error, TooLarge);
            QVERIFY(!sent.succeeded());
            QVERIFY2(sent.durationMs < 2000, QByteArray::number(sent.durationMs));
        }
        QCOMPARE(closing.requests().size(), 1);
        QCOMPARE(keepAlive.answered, 1);
    }

    void largeResponseHeadersAreCappedWithANote()
    {
        // 90 fields of 1 KiB: within what Qt reads, beyond the 64 KiB the console keeps.
        const auto headers = filler(90 * 1024, 1024);
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponse({200, "OK", R"({"ok":true})", headers, false});

        Dispatcher dispatcher;
        const Delivery d = sample(receiver.url());
        const Delivery sent = test::await(dispatcher.send(d, Dispatcher::headersFor(d, {})));
        QVERIFY2(sent.succeeded(), qPrintable(sent.error));
        QCOMPARE(sent.responseBody, QByteArray(R"({"ok":true})"));
        QVERIFY(!sent.responseTruncated); // the body was not cut

        const QStringList lines = sent.responseHeaders.split(QStringLiteral("\r\n"));
        // Whole lines, in the order received, up to 64 KiB; then the note.
        const qsizetype kept = lines.size() - 1;
        QCOMPARE(kept, qsizetype(64)); // 64 fields of 1 KiB: exactly the cap
        for (qsizetype i = 0; i < kept; ++i)
            QCOMPARE(lines.at(i),
                     QString::fromLatin1(headers.at(i).first + ": " + headers.at(i).second));
        QCOMPARE(lines.last(), QStringLiteral("… (response headers cut at 64 KiB of 91 KiB)"));
        QVERIFY(sent.responseHeaders.toUtf8().size() <= 64 * 1024 + 100);
    }

    void responseHeadersFollowTheCap()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponse(
            {200, "OK", "{}", {{"X-A", QByteArray(500, 'a')}, {"X-B", "b"}}, false});
        Dispatcher dispatcher;
        dispatcher.setMaxResponseBytes(300);
        const Delivery d = sample(receiver.url());
        const Delivery sent = test::await(dispatcher.send(d, Dispatcher::headersFor(d, {})));
        QVERIFY2(sent.succeeded(), qPrintable(sent.error));
        // Not even the first line fits: nothing but the note.
        QVERIFY2(
            sent.responseHeaders.startsWith(QStringLiteral("… (response headers cut at 0 KiB")),
            qPrintable(sent.responseHeaders));
        QCOMPARE(Dispatcher::formatResponseHeaders({{"A", "1"}, {"B", "2"}}, 100),
                 QStringLiteral("A: 1\r\nB: 2"));
        QCOMPARE(Dispatcher::formatResponseHeaders({{"A", "1"}, {"B", "2"}}, 12),
                 QStringLiteral("A: 1\r\nB: 2")); // 6 + 6 bytes on the wire: exactly the cap
        QCOMPARE(Dispatcher::formatResponseHeaders({{"A", "1"}, {"B", "2"}, {"C", "3"}}, 12),
                 QStringLiteral("A: 1\r\nB: 2\r\n… (response headers cut at 0 KiB of 1 KiB)"));
    }

    void receiverAnsweringJustBeforeTheTimeoutSucceeds()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response slow;
        slow.delayMs = 1900;
        receiver.setResponse(slow);

        Dispatcher dispatcher;
        dispatcher.setTimeout(std::chrono::seconds(2));
        const Delivery d = sample(receiver.url());
        const Delivery sent = test::await(dispatcher.send(d, Dispatcher::headersFor(d, {})));
        QVERIFY2(sent.succeeded(), qPrintable(sent.error));
        QCOMPARE(sent.responseCode, 200);
        QVERIFY2(sent.durationMs >= 1900 && sent.durationMs < 2000,
                 QByteArray::number(sent.durationMs));
    }

    void timeoutNeverFiresEarly()
    {
        // Many timeouts at once, their ends spread over a second: a timer allowed to round its
        // end (Qt's coarse timers: up to 5 %) fires some of them early.
        constexpr int Count = 32;
        std::vector<std::unique_ptr<LocalReceiver>> receivers;
        std::vector<std::unique_ptr<Dispatcher>> dispatchers;
        QList<QFuture<Delivery>> futures;
        for (int i = 0; i < Count; ++i) {
            auto receiver = std::make_unique<LocalReceiver>();
            QVERIFY(receiver->listen());
            LocalReceiver::Response silent;
            silent.neverAnswer = true;
            receiver->setResponse(silent);
            auto dispatcher = std::make_unique<Dispatcher>();
            dispatcher->setTimeout(std::chrono::milliseconds(1000 + 31 * i));
            const Delivery d = sample(receiver->url());
            futures << dispatcher->send(d, Dispatcher::headersFor(d, {}));
            receivers.push_back(std::move(receiver));
            dispatchers.push_back(std::move(dispatcher));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(futures.cbegin(), futures.cend(),
                                             [](const auto &f) { return f.isFinished(); }),
                                 10000);
        for (int i = 0; i < Count; ++i) {
            const qint64 timeout = 1000 + 31 * i;
            QCOMPARE(receivers[i]->requests().size(), 1);
            const Delivery sent = futures.at(i).result();
            QVERIFY2(sent.error.startsWith(QStringLiteral("Timed out")), qPrintable(sent.error));
            // Counted from when the request had been sent: what the receiver was given.
            QVERIFY2(sent.durationMs >= timeout,
                     qPrintable(QStringLiteral("timeout %1 ms, recorded %2 ms")
                                    .arg(timeout)
                                    .arg(sent.durationMs)));
            QVERIFY2(sent.durationMs < timeout + 1000, QByteArray::number(sent.durationMs));
        }
    }

    void timeoutCountsFromWhenTheRequestIsSent()
    {
        // Qt opens at most six connections to a host, and more requests to it wait for one. A
        // seventh request's timeout starts when it is sent, not when it was asked for: it
        // reaches the receiver, and ends a whole timeout after the first six.
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response silent;
        silent.neverAnswer = true;
        receiver.setResponse(silent);

        Dispatcher dispatcher;
        dispatcher.setTimeout(std::chrono::milliseconds(800));
        constexpr int Count = Dispatcher::MaxConnectionsPerHost + 1;
        QElapsedTimer clock;
        clock.start();
        QList<QFuture<Delivery>> futures;
        for (int i = 0; i < Count; ++i) {
            const Delivery d = sample(receiver.url());
            futures << dispatcher.send(d, Dispatcher::headersFor(d, {}));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(futures.cbegin(), futures.cend(),
                                             [](const auto &f) { return f.isFinished(); }),
                                 10000);
        QVERIFY2(clock.elapsed() >= 2 * 800, QByteArray::number(clock.elapsed()));
        QCOMPARE(receiver.requests().size(), Count);
        for (const QFuture<Delivery> &future : std::as_const(futures)) {
            const Delivery sent = future.result();
            QVERIFY2(sent.error.startsWith(QStringLiteral("Timed out")), qPrintable(sent.error));
            QVERIFY2(sent.durationMs >= 800, QByteArray::number(sent.durationMs));
        }
    }

    void aTimeoutPrintsNothing()
    {
        // Standard error is for the one line that explains a failure (webhookctl): Qt must
        // not add "QIODevice::read (QNetworkReplyHttpImpl): device not open" to it.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response stall;
        stall.stallAfterHeaders = true; // headers and part of nothing: a body is expected
        receiver.setResponse(stall);
        Dispatcher dispatcher;
        dispatcher.setTimeout(std::chrono::milliseconds(300));
        const Delivery d = sample(receiver.url());
        const Delivery sent = test::await(dispatcher.send(d, Dispatcher::headersFor(d, {})));
        QVERIFY2(sent.error.startsWith(QStringLiteral("Timed out")), qPrintable(sent.error));
        QCOMPARE(sent.responseCode, 200);
    }

    void timeoutBoundsAReceiverThatNeverAnswers()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response silent;
        silent.neverAnswer = true;
        receiver.setResponse(silent);

        Dispatcher dispatcher;
        QCOMPARE(dispatcher.timeout(), Dispatcher::DefaultTimeout);
        dispatcher.setTimeout(std::chrono::milliseconds(300));
        QCOMPARE(dispatcher.timeout(), std::chrono::milliseconds(300));
        const Delivery d = sample(receiver.url());
        const Delivery sent = test::await(dispatcher.send(d, Dispatcher::headersFor(d, {})));
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(sent.state, Delivery::State::Completed);
        QCOMPARE(sent.responseCode, 0);
        QCOMPARE(sent.error, QStringLiteral("Timed out: no complete answer within 0.3 s."));
        QVERIFY2(sent.durationMs >= 300 && sent.durationMs < 1000,
                 QByteArray::number(sent.durationMs));
        QVERIFY(!sent.succeeded());
    }

    void destroyingTheDispatcherCancelsWhatIsInFlight()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response silent;
        silent.neverAnswer = true;
        receiver.setResponse(silent);

        auto dispatcher = std::make_unique<Dispatcher>();
        const Delivery d = sample(receiver.url());
        const QFuture<Delivery> future = dispatcher->send(d, Dispatcher::headersFor(d, {}));
        QTRY_COMPARE(receiver.requests().size(), 1); // in flight: sent, no answer
        QVERIFY(!future.isFinished());
        // And more than go at once to one host: the rest wait, unsent.
        QList<QFuture<Delivery>> more;
        for (int i = 0; i < Dispatcher::MaxConnectionsPerHost; ++i)
            more << dispatcher->send(d, Dispatcher::headersFor(d, {}));
        QTRY_COMPARE(receiver.requests().size(), Dispatcher::MaxConnectionsPerHost);

        dispatcher.reset();
        QTRY_VERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
        for (const QFuture<Delivery> &f : std::as_const(more)) {
            QVERIFY(f.isFinished());
            QVERIFY(f.isCanceled());
        }
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
