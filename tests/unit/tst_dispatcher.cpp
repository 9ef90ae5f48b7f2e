#include "AppInfo.h"
#include "LocalReceiver.h"
#include "TestSupport.h"
#include "delivery/Dispatcher.h"
#include "delivery/Signer.h"

#include <QSet>
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

        dispatcher.reset();
        QTRY_VERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
