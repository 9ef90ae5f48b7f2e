#include "AppInfo.h"
#include "LocalReceiver.h"
#include "Settings.h"
#include "TestSupport.h"
#include "delivery/Dispatcher.h"
#include "delivery/Signer.h"
#include "local/Database.h"
#include "local/LocalBackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace wc;
using test::LocalReceiver;

// Pings against real HTTP receivers on 127.0.0.1, with secrets in the real keychain.
class TestPing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LocalBackend> m_backend;
    /// The test's own connection to the backend's database, to look at rows underneath it.
    std::unique_ptr<test::SeedDatabase> m_seed;
    int m_counter = 0;

    LocalBackend &backend() { return *m_backend; }

    Webhook create(const QString &url, const QString &secret = {})
    {
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme"));
        d.name = QStringLiteral("hook-%1").arg(++m_counter);
        d.displayName = QStringLiteral("Hook %1").arg(m_counter);
        d.payloadUrl = url;
        if (!secret.isEmpty()) {
            d.secretChange = WebhookDraft::SecretChange::Set;
            d.secret = secret;
        }
        const Result<Webhook> result = test::await(backend().create(d), 20000);
        if (result.error)
            qFatal("create failed: %s", qPrintable(result.error.message));
        return result.value;
    }

    Delivery ping(const WebhookRef &ref, int timeoutMs = 20000)
    {
        const Result<Delivery> result = test::await(backend().ping(ref), timeoutMs);
        if (result.error)
            qFatal("ping not sent: %s", qPrintable(result.error.message));
        return result.value;
    }

    /// Sets the backend's delivery timeout for one test, and puts back what was there.
    class TimeoutFor
    {
    public:
        TimeoutFor(LocalBackend &backend, std::chrono::milliseconds timeout)
            : m_backend(backend)
            , m_before(backend.dispatcher().timeout())
        {
            m_backend.setDeliveryTimeout(timeout);
        }
        ~TimeoutFor() { m_backend.setDeliveryTimeout(m_before); }
        TimeoutFor(const TimeoutFor &) = delete;
        TimeoutFor &operator=(const TimeoutFor &) = delete;

    private:
        LocalBackend &m_backend;
        std::chrono::milliseconds m_before;
    };

    Delivery stored(const QString &id)
    {
        const Result<Delivery> d = test::await(backend().delivery(id));
        if (d.error)
            qFatal("delivery %s not stored: %s", qPrintable(id), qPrintable(d.error.message));
        return d.value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Preferences of the test's own (not the user's), with the default delivery timeout.
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        Settings::setTimeoutSeconds(Settings::DefaultTimeoutSeconds);
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        m_path = test::databasePath(m_dir);
        m_backend = std::make_unique<LocalBackend>(m_path);
        QVERIFY(!test::await(m_backend->open()));
        m_seed = std::make_unique<test::SeedDatabase>(m_path);
    }

    void sendsPulumiHeadersAndSignature()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const Webhook w = create(receiver.url(), QStringLiteral("It's a Secret to Everybody"));
        int pendingSeenByReceiver = -1;
        connect(&receiver, &LocalReceiver::requestReceived, this, [&] {
            // The attempt is on record before the receiver sees it.
            QSqlQuery q(m_seed->db.connection());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE status = 0"));
            q.next();
            pendingSeenByReceiver = q.value(0).toInt();
        });
        const Delivery d = ping(w.ref());
        QCOMPARE(pendingSeenByReceiver, 1);
        QCOMPARE(receiver.requests().size(), 1);
        const LocalReceiver::Request &r = receiver.requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/hook"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(r.headers.value("user-agent")
                    .startsWith("WebhookConsole/" + QByteArray(AppInfo::Version)));
        QCOMPARE(r.headers.value("pulumi-webhook-kind"), QByteArray("ping"));
        QCOMPARE(r.headers.value("pulumi-webhook-id"), d.uid.toUtf8());
        QVERIFY(!QUuid::fromString(d.uid).isNull());
        QCOMPARE(r.headers.value("pulumi-webhook-signature"),
                 PulumiSigner::sign(QStringLiteral("It's a Secret to Everybody"), r.body));
        QCOMPARE(r.body, d.payload);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QVERIFY(body.value(QStringLiteral("timestamp")).toInteger() > 1600000000);
        QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());

        QVERIFY(d.succeeded());
        QCOMPARE(d.responseCode, 200);
        QVERIFY(d.error.isEmpty());
        const Delivery s = stored(d.id);
        QCOMPARE(s.state, Delivery::State::Completed);
        QCOMPARE(s.responseCode, 200);
        QCOMPARE(s.responseBody, QByteArray(R"({"ok":true})"));
        QVERIFY(s.requestHeaders.contains(QStringLiteral("Pulumi-Webhook-Signature: ")));
        QVERIFY(s.responseHeaders.contains(QStringLiteral("Content-Type: application/json")));
        QCOMPARE(s.payload, r.body);
        QVERIFY(s.durationMs >= 0 && s.durationMs < 10000);
    }

    void noSignatureWithoutSecret()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const Webhook w = create(receiver.url());
        const Delivery d = ping(w.ref());
        QVERIFY(d.succeeded());
        QVERIFY(!receiver.requests().first().headers.contains("pulumi-webhook-signature"));
    }

    void pythonVerifiesTheSignature()
    {
        const QString secret = QStringLiteral("cross-check ✓");
        QProcess python;
        python.start(qEnvironmentVariable("WEBHOOK_CONSOLE_PYTHON", QStringLiteral("python3")),
                     {qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR") +
                          QStringLiteral("/tests/support/signature_receiver.py"),
                      secret});
        QVERIFY(python.waitForStarted());
        QVERIFY(python.waitForReadyRead(10000));
        const int port = python.readLine().trimmed().toInt();
        QVERIFY(port > 0);
        const Webhook w = create(QStringLiteral("http://127.0.0.1:%1/pulumi").arg(port), secret);
        const Delivery d = ping(w.ref());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(10000));
        QCOMPARE(d.responseCode, 200);
        QCOMPARE(QJsonDocument::fromJson(d.responseBody).object().value(u"verified").toBool(),
                 true);
    }

    void serverErrorIsAFailedDelivery()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponse({500, "Internal Server Error", "boom", {}, false});
        const Webhook w = create(receiver.url());
        const Delivery d = ping(w.ref());
        QVERIFY(!d.succeeded());
        QCOMPARE(d.responseCode, 500);
        QCOMPARE(d.responseBody, QByteArray("boom"));
        QVERIFY2(d.error.contains(QStringLiteral("answered 500")), qPrintable(d.error));
        QVERIFY(!stored(d.id).succeeded());
        QCOMPARE(stored(d.id).error, d.error);
    }

    void refusedConnectionInWords()
    {
        const Webhook w =
            create(QStringLiteral("http://127.0.0.1:%1/x").arg(LocalReceiver::closedPort()));
        const Delivery d = ping(w.ref());
        QCOMPARE(d.responseCode, 0);
        QVERIFY2(d.error.startsWith(QStringLiteral("Connection refused")), qPrintable(d.error));
        QCOMPARE(stored(d.id).error, d.error);
    }

    void unknownHostInWords()
    {
        const Webhook w = create(QStringLiteral("http://no-such-host.invalid/x"));
        const Delivery d = ping(w.ref());
        QCOMPARE(d.responseCode, 0);
        QVERIFY2(d.error.startsWith(QStringLiteral("Host not found")), qPrintable(d.error));
    }

    void receiverThatNeverAnswersTimesOut()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponse({200, "OK", {}, {}, true});
        const Webhook w = create(receiver.url());
        const TimeoutFor timeout(backend(), std::chrono::milliseconds(700));
        const Delivery d = ping(w.ref());
        QCOMPARE(d.responseCode, 0);
        QCOMPARE(d.error, QStringLiteral("Timed out: no complete answer within 0.7 s."));
        // Not a moment early: the receiver had the whole timeout.
        QVERIFY2(d.durationMs >= 700 && d.durationMs < 1700, QByteArray::number(d.durationMs));
        QCOMPARE(stored(d.id).state, Delivery::State::Completed);
        QCOMPARE(stored(d.id).durationMs, d.durationMs);
    }

    void answerCutOffAfterItsHeadersIsAFailure()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response stall;
        stall.stallAfterHeaders = true;
        receiver.setResponse(stall);
        const Webhook w = create(receiver.url());
        const TimeoutFor timeout(backend(), std::chrono::milliseconds(700));
        const Delivery d = ping(w.ref());
        QVERIFY(!d.succeeded());
        QVERIFY2(d.error.startsWith(QStringLiteral("Timed out")), qPrintable(d.error));
        QVERIFY2(d.durationMs >= 700 && d.durationMs < 1700, QByteArray::number(d.durationMs));
        QVERIFY(!stored(d.id).succeeded());
    }

    void tricklingReceiverStillTimesOut()
    {
        // Data every 100 ms keeps an inactivity timer quiet; the deadline still ends it, on time.
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response trickle;
        trickle.trickleMs = 100;
        receiver.setResponse(trickle);
        const Webhook w = create(receiver.url());
        const TimeoutFor timeout(backend(), std::chrono::milliseconds(800));
        const Delivery d = ping(w.ref());
        QVERIFY(!d.succeeded());
        QCOMPARE(d.error, QStringLiteral("Timed out: no complete answer within 0.8 s."));
        QVERIFY2(d.durationMs >= 800 && d.durationMs < 1800, QByteArray::number(d.durationMs));
    }

    void defaultTimeoutIsTenSeconds()
    {
        // As the console starts with the default in Preferences. Measured, not read back.
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response silent;
        silent.neverAnswer = true;
        receiver.setResponse(silent);
        const Webhook w = create(receiver.url());
        LocalBackend fresh(m_path);
        QVERIFY(!test::await(fresh.open()));
        const Result<Delivery> result = test::await(fresh.ping(w.ref()), 30000);
        QVERIFY2(!result.error, qPrintable(result.error.message));
        const Delivery &d = result.value;
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(d.responseCode, 0);
        QCOMPARE(d.error, QStringLiteral("Timed out: no complete answer within 10 s."));
        QVERIFY2(d.durationMs >= 10000 && d.durationMs < 11000, QByteArray::number(d.durationMs));
    }

    void redirectIsNotFollowed()
    {
        LocalReceiver target;
        QVERIFY(target.listen());
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponse({302, "Found", {}, {{"Location", target.url().toUtf8()}}, false});
        const Webhook w = create(receiver.url());
        const Delivery d = ping(w.ref());
        QCOMPARE(d.responseCode, 302);
        QVERIFY2(d.error.startsWith(QStringLiteral("Redirect not followed")), qPrintable(d.error));
        QVERIFY(d.error.contains(target.url()));
        QVERIFY(!d.succeeded());
        // A followed redirect would only have finished once the target had answered: nothing
        // to wait for.
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(target.requests().size(), 0);
    }

    void hugeResponseHeadersAreRecordedInWords()
    {
        // 1 MiB of headers, answered at once: recorded as what it was, not as a timeout.
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        QList<QPair<QByteArray, QByteArray>> headers;
        for (int i = 0; i < 1024; ++i)
            headers.append({"X-Filler-" + QByteArray::number(i), QByteArray(1000, 'h')});
        receiver.setResponse({200, "OK", R"({"ok":true})", headers, false});
        const Webhook w = create(receiver.url());
        const Delivery d = ping(w.ref());
        QCOMPARE(d.responseCode, 200);
        QVERIFY2(d.error.startsWith(QStringLiteral(
                     "The receiver answered 200, but its response headers were too large")),
                 qPrintable(d.error));
        QVERIFY(!d.succeeded());
        QVERIFY2(d.durationMs < 5000, QByteArray::number(d.durationMs));
        const Delivery s = stored(d.id);
        QCOMPARE(s.responseCode, 200);
        QCOMPARE(s.error, d.error);
        QCOMPARE(s.outcome(), DeliveryOutcome::Failed);
    }

    void largeResponsesAreCappedAndFlagged_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("100 KiB") << qsizetype(100 * 1024);
        QTest::newRow("10 MiB") << qsizetype(10 * 1024 * 1024);
    }
    void largeResponsesAreCappedAndFlagged()
    {
        QFETCH(qsizetype, size);
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        QByteArray body(size, 'x');
        body[0] = '{'; // the kept part is the first 64 KiB
        receiver.setResponse({200, "OK", body, {}, false});
        const Webhook w = create(receiver.url());
        const Delivery d = ping(w.ref());
        QVERIFY(d.succeeded());
        QCOMPARE(d.responseCode, 200);
        QCOMPARE(d.responseBody, body.left(64 * 1024));
        QCOMPARE(stored(d.id).responseBody, d.responseBody);
        QVERIFY(d.responseTruncated);
        QVERIFY(stored(d.id).responseTruncated);
        QCOMPARE(stored(d.id).responseBody.size(), qsizetype(64 * 1024));
    }

    void redeliveryResendsTheSameBytes()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const Webhook w = create(receiver.url(), QStringLiteral("k"));
        const Delivery first = ping(w.ref());
        const Result<Delivery> result = test::await(backend().redeliver(first.id), 20000);
        QVERIFY(!result.error);
        const Delivery again = result.value;
        QVERIFY(again.id != first.id);
        QCOMPARE(again.redeliveryOf, first.id);
        QCOMPARE(receiver.requests().size(), 2);
        QCOMPARE(receiver.requests().at(1).body, receiver.requests().at(0).body);
        QCOMPARE(receiver.requests().at(1).headers.value("pulumi-webhook-signature"),
                 receiver.requests().at(0).headers.value("pulumi-webhook-signature"));
        QCOMPARE(stored(again.id).redeliveryOf, first.id);
    }

    void pendingAttemptsFromACrashAreMarkedInterrupted()
    {
        const Webhook w = create(QStringLiteral("http://127.0.0.1:9/never"));
        Delivery d;
        d.uid = QStringLiteral("crashed");
        d.kind = QStringLiteral("ping");
        d.payload = "{}";
        d.requestUrl = w.payloadUrl;
        d.timestamp = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(!m_seed->deliveries.insertPending(d, m_seed->webhooks.idOf(w.ref())));
        // Recovery happens when a backend opens the database, as the next run would.
        LocalBackend nextRun(m_path);
        QVERIFY(!test::await(nextRun.open()));
        const Delivery s = stored(d.id);
        QCOMPARE(s.state, Delivery::State::Completed);
        QVERIFY(!s.succeeded());
        QVERIFY(s.error.startsWith(QStringLiteral("Interrupted")));
    }
};

QTEST_GUILESS_MAIN(TestPing)
#include "tst_ping.moc"
