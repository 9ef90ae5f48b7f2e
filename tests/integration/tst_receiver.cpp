#include "Receiver.h"
#include "Signature.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace wc;

namespace {

using Outcome = SignatureVerdict::Outcome;
using Reason = SignatureVerdict::Reason;

/// The receiver's clock in the verdict tests, and the time requests are signed at.
constexpr qint64 Now = 1750000000;

/// Secrets of each scheme: the current one, the previous one (a rotation), and one the
/// webhook never had.
struct Secrets
{
    QString current, previous, stranger;
};

Secrets secretsOf(const QString &scheme)
{
    if (scheme == QLatin1String(SignatureSchemeId::StandardWebhooks))
        return {QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                QStringLiteral("whsec_") +
                    QString::fromLatin1(QByteArray("the-previous-secret-of-32-bytes!").toBase64()),
                QStringLiteral("whsec_") +
                    QString::fromLatin1(QByteArray("a-stranger's-secret-of-32-bytes!").toBase64())};
    if (scheme == QLatin1String(SignatureSchemeId::Stripe))
        return {QStringLiteral("whsec_stripe_current_7QpXz"),
                QStringLiteral("whsec_stripe_previous_Lm2Rk"),
                QStringLiteral("whsec_stripe_stranger_9Ee1c")};
    return {QStringLiteral("It's a Secret to Everybody"),
            QStringLiteral("the previous secret, kept during the rotation"),
            QStringLiteral("a stranger's secret")};
}

/// The signature headers the scheme's own reference library makes (tests/js/signatures.js
/// sign: @octokit/webhooks-methods, standardwebhooks, stripe), never the console's code.
/// `secrets` holds one secret, or several for a rotation.
HttpHeaders signWithLibrary(const QString &scheme, const QStringList &secrets, const QByteArray &id,
                            qint64 timestamp, const QByteArray &body)
{
    const QString node = qEnvironmentVariable("WEBHOOK_CONSOLE_NODE");
    const QString script = qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR") +
                           QStringLiteral("/tests/js/signatures.js");
    if (node.isEmpty())
        qFatal("WEBHOOK_CONSOLE_NODE is not set: run through CTest (tests/CMakeLists.txt)");
    QJsonObject input{{QStringLiteral("scheme"), scheme},
                      {QStringLiteral("id"), QString::fromLatin1(id)},
                      {QStringLiteral("timestamp"), timestamp},
                      {QStringLiteral("body"), QString::fromLatin1(body.toBase64())}};
    if (secrets.size() == 1)
        input.insert(QStringLiteral("secret"), secrets.first());
    else
        input.insert(QStringLiteral("secret"), QJsonArray::fromStringList(secrets));
    QProcess run;
    run.start(node, {script, QStringLiteral("sign")});
    if (!run.waitForStarted(10000))
        qFatal("cannot run node (%s): %s", qPrintable(node), qPrintable(run.errorString()));
    run.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    run.closeWriteChannel();
    if (!run.waitForFinished(30000) || run.exitCode() != 0)
        qFatal("signatures.js sign failed: %s", run.readAllStandardError().constData());
    const QJsonObject headers =
        QJsonDocument::fromJson(run.readAllStandardOutput()).object().value("headers").toObject();
    HttpHeaders out;
    for (auto it = headers.begin(); it != headers.end(); ++it)
        out.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    if (out.isEmpty())
        qFatal("signatures.js sign gave no headers");
    return out;
}

void removeHeader(HttpHeaders &headers, QByteArrayView name)
{
    headers.removeIf(
        [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void replaceHeader(HttpHeaders &headers, QByteArrayView name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            h.second = value;
    }
}

/// What one request over HTTP came to: the client's side and the receiver's.
struct Exchange
{
    int status = 0;
    QByteArray replyBody;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 elapsedMs = 0;
    std::optional<ReceivedRequest> seen;
    /// The receiver told about the request while the client still waited for the answer.
    bool seenBeforeAnswer = false;
};

enum class Case {
    Current,
    Previous,
    Rotation, ///< signed with both secrets (schemes that can carry several signatures)
    WrongSecret,
    BodyChanged,        ///< the console knows the body it signed
    BodyChangedUnknown, ///< it does not: only "wrong secret" can be told
    TooOld,
    TooNew,
    HeaderMissing,
    HeaderMalformed,
    Unsigned,
};

} // namespace

Q_DECLARE_METATYPE(Case)

// The verifying receiver over real HTTP on 127.0.0.1: requests signed by the signature schemes'
// own reference libraries, as they are and tampered with, one verdict reason each; the answer
// the user chose (status, delay) as the client sees it; ports in use and stopping.
class TestReceiver : public QObject
{
    Q_OBJECT

    std::unique_ptr<Receiver> m_receiver;
    QNetworkAccessManager m_nam;
    QHash<QByteArray, QByteArray> m_recorded; ///< message id → the body "the console" sent

    Exchange send(const QByteArray &method, const QString &path, const HttpHeaders &headers,
                  const QByteArray &body)
    {
        Exchange e;
        QNetworkRequest request(QUrl(m_receiver->url()).resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        const auto c = connect(m_receiver.get(), &Receiver::received, this,
                               [&e, reply](const ReceivedRequest &r) {
                                   e.seen = r;
                                   e.seenBeforeAnswer = !reply->isFinished();
                               });
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            qFatal("the receiver never answered");
        e.elapsedMs = clock.elapsed();
        disconnect(c);
        e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        e.error = reply->error();
        e.replyBody = reply->readAll();
        reply->deleteLater();
        return e;
    }

    void startWith(const QString &scheme)
    {
        const Secrets s = secretsOf(scheme);
        m_receiver->setVerification({scheme,
                                     {{s.current, QStringLiteral("current secret")},
                                      {s.previous, QStringLiteral("previous secret")}}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("WEBHOOK_CONSOLE_NODE"),
                 "node is needed (the schemes' reference libraries): run through CTest");
    }

    void init()
    {
        m_receiver = std::make_unique<Receiver>();
        m_recorded.clear();
        m_receiver->setSignedBodyLookup(
            [this](const QByteArray &id) { return m_recorded.value(id); });
        const Error e = m_receiver->listen(0);
        QVERIFY2(!e, qPrintable(e.message));
    }

    void cleanup() { m_receiver.reset(); }

    void listensOnLoopbackWithAnAutomaticPort()
    {
        QVERIFY(m_receiver->isListening());
        QVERIFY(m_receiver->port() > 0);
        QCOMPARE(m_receiver->url(), QStringLiteral("http://127.0.0.1:%1/").arg(m_receiver->port()));
        // Only 127.0.0.1: nothing answers on the other loopback family.
        QTcpSocket v6;
        v6.connectToHost(QHostAddress::LocalHostIPv6, m_receiver->port());
        QVERIFY(!v6.waitForConnected(2000));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<Case>("mutation");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("secretIndex");

        const QList<QByteArray> schemes{SignatureSchemeId::Pulumi, SignatureSchemeId::GitHub,
                                        SignatureSchemeId::StandardWebhooks,
                                        SignatureSchemeId::Stripe};
        for (const QByteArray &scheme : schemes) {
            const QString id = QString::fromLatin1(scheme);
            const bool timed = scheme == SignatureSchemeId::StandardWebhooks ||
                               scheme == SignatureSchemeId::Stripe;
            auto row = [&](const char *name, Case c, Outcome o, Reason r, int index = -1) {
                QTest::addRow("%s: %s", scheme.constData(), name)
                    << id << c << int(o) << int(r) << index;
            };
            row("valid, current secret", Case::Current, Outcome::Valid, Reason::None, 0);
            row("valid, previous secret", Case::Previous, Outcome::Valid, Reason::None, 1);
            if (SignatureScheme::get(id).signsWithEverySecret())
                row("valid, both secrets", Case::Rotation, Outcome::Valid, Reason::None, 0);
            row("wrong secret", Case::WrongSecret, Outcome::Invalid, Reason::WrongSecret);
            row("body changed", Case::BodyChanged, Outcome::Invalid, Reason::BodyChanged);
            row("body changed, original unknown", Case::BodyChangedUnknown, Outcome::Invalid,
                Reason::WrongSecret);
            if (timed) {
                row("timestamp too old", Case::TooOld, Outcome::Invalid, Reason::TimestampTooOld);
                row("timestamp too new", Case::TooNew, Outcome::Invalid, Reason::TimestampTooNew);
            }
            // Only Standard Webhooks signs with several headers, so only it can lack one of
            // them; for the others a missing header is an unsigned request (the last row).
            if (scheme == SignatureSchemeId::StandardWebhooks)
                row("header missing", Case::HeaderMissing, Outcome::Invalid, Reason::HeaderMissing);
            row("header malformed", Case::HeaderMalformed, Outcome::Invalid,
                Reason::HeaderMalformed);
            row("unsigned", Case::Unsigned, Outcome::Unsigned, Reason::None);
        }
    }

    void verdicts()
    {
        QFETCH(QString, scheme);
        QFETCH(Case, mutation);
        QFETCH(int, outcome);
        QFETCH(int, reason);
        QFETCH(int, secretIndex);

        m_receiver->setClock([] { return Now; });
        startWith(scheme);
        const Secrets s = secretsOf(scheme);
        const QByteArray messageId = "msg_2ZbXq1" + QByteArray::number(int(mutation));
        const QByteArray signedBody =
            R"({"kind":"stack_update","organization":"acme-corp","stackName":"web/prod","result":"succeeded"})";
        QByteArray sentBody = signedBody;
        QStringList secrets{s.current};
        qint64 at = Now - 2;
        switch (mutation) {
        case Case::Previous:
            secrets = {s.previous};
            break;
        case Case::Rotation:
            secrets = {s.current, s.previous};
            break;
        case Case::WrongSecret:
            secrets = {s.stranger};
            break;
        case Case::BodyChanged:
            m_recorded.insert(messageId, signedBody);
            sentBody.replace("succeeded", "failed");
            break;
        case Case::BodyChangedUnknown:
            sentBody.replace("succeeded", "failed");
            break;
        case Case::TooOld:
            at = Now - SignatureScheme::ToleranceSeconds - 60;
            break;
        case Case::TooNew:
            at = Now + SignatureScheme::ToleranceSeconds + 60;
            break;
        default:
            break;
        }
        HttpHeaders headers = signWithLibrary(scheme, secrets, messageId, at, signedBody);
        // Deliveries carry their id: Standard Webhooks signs it; the console adds
        // Pulumi-Webhook-ID to every delivery; GitHub names its deliveries.
        if (scheme == QLatin1String(SignatureSchemeId::GitHub))
            headers.prepend({"X-GitHub-Delivery", messageId});
        else if (scheme != QLatin1String(SignatureSchemeId::StandardWebhooks))
            headers.prepend({"Pulumi-Webhook-ID", messageId});

        const QByteArray signatureHeader = SignatureScheme::get(scheme).headerNames().constLast();
        QByteArray signature;
        for (const auto &[name, value] : headers) {
            if (name.compare(signatureHeader, Qt::CaseInsensitive) == 0)
                signature = value;
        }
        QVERIFY(!signature.isEmpty());
        switch (mutation) {
        case Case::HeaderMissing:
            removeHeader(headers, "webhook-timestamp");
            break;
        case Case::HeaderMalformed:
            if (scheme == QLatin1String(SignatureSchemeId::Pulumi)) // GitHub's form
                replaceHeader(headers, "Pulumi-Webhook-Signature", "sha256=" + signature);
            else if (scheme == QLatin1String(SignatureSchemeId::GitHub)) // Pulumi's form
                replaceHeader(headers, "X-Hub-Signature-256", signature.mid(7));
            else if (scheme == QLatin1String(SignatureSchemeId::StandardWebhooks))
                replaceHeader(headers, "webhook-signature",
                              QByteArray(signature).replace("v1,", "v9,"));
            else // no t=
                replaceHeader(headers, "Stripe-Signature", signature.mid(signature.indexOf("v1=")));
            break;
        case Case::Unsigned:
            headers.clear();
            break;
        default:
            break;
        }

        const Exchange e =
            send("POST", QStringLiteral("/hooks/pulumi?team=web"), headers, sentBody);
        QCOMPARE(e.status, 200);
        QVERIFY(e.seen);
        const ReceivedRequest &r = *e.seen;
        QVERIFY(r.verified);
        QCOMPARE(r.scheme, scheme);
        QVERIFY2(
            int(r.verdict.outcome) == outcome && int(r.verdict.reason) == reason,
            qPrintable(QStringLiteral("verdict: %1 %2 (%3)")
                           .arg(r.verdict.outcomeKey(), r.verdict.reasonKey(), r.verdict.text)));
        QCOMPARE(r.verdict.secretIndex, secretIndex);
        QVERIFY(!r.verdict.text.isEmpty());
        if (secretIndex == 1)
            QVERIFY2(r.verdict.text.contains(QLatin1String("previous secret")),
                     qPrintable(r.verdict.text));
        QCOMPARE(r.body, sentBody);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/hooks/pulumi?team=web"));
        if (mutation != Case::Unsigned)
            QCOMPARE(r.messageId, messageId);
        // The default answer names the verdict, for the sender's own history.
        const QJsonObject answer = QJsonDocument::fromJson(e.replyBody).object();
        QCOMPARE(answer.value("received").toInteger(), r.id);
        QCOMPARE(answer.value("signature").toString(), r.verdict.outcomeKey());
    }

    void verifiesAtTheRealTimeByDefault()
    {
        startWith(QString::fromLatin1(SignatureSchemeId::StandardWebhooks));
        const QString scheme = QString::fromLatin1(SignatureSchemeId::StandardWebhooks);
        const QByteArray body = R"({"ping":true})";
        const Exchange fresh = send("POST", QStringLiteral("/"),
                                    signWithLibrary(scheme, {secretsOf(scheme).current}, "msg_now",
                                                    QDateTime::currentSecsSinceEpoch(), body),
                                    body);
        QVERIFY2(fresh.seen->verdict.valid(), qPrintable(fresh.seen->verdict.text));
        const Exchange stale =
            send("POST", QStringLiteral("/"),
                 signWithLibrary(scheme, {secretsOf(scheme).current}, "msg_old",
                                 QDateTime::currentSecsSinceEpoch() - 3600, body),
                 body);
        QCOMPARE(stale.seen->verdict.reason, Reason::TimestampTooOld);
    }

    void verificationCanChangeAnyTime()
    {
        const QString pulumi = QString::fromLatin1(SignatureSchemeId::Pulumi);
        const QByteArray body = R"({"n":1})";
        const HttpHeaders headers =
            signWithLibrary(pulumi, {secretsOf(pulumi).current}, "m", Now, body);

        // No webhook chosen: shown, not checked, and the text says what it seems signed with.
        m_receiver->clearVerification();
        Exchange e = send("POST", QStringLiteral("/"), headers, body);
        QVERIFY(!e.seen->verified);
        QVERIFY2(e.seen->verdict.text.contains(QLatin1String("Pulumi")),
                 qPrintable(e.seen->verdict.text));
        QCOMPARE(QJsonDocument::fromJson(e.replyBody).object().value("signature").toString(),
                 QStringLiteral("not-checked"));

        startWith(pulumi);
        e = send("POST", QStringLiteral("/"), headers, body);
        QVERIFY(e.seen->verified && e.seen->verdict.valid());

        // Another webhook, another secret: the same request is now refused.
        m_receiver->setVerification(
            {pulumi, {{QStringLiteral("other"), QStringLiteral("current secret")}}});
        e = send("POST", QStringLiteral("/"), headers, body);
        QCOMPARE(e.seen->verdict.reason, Reason::WrongSecret);

        // A webhook without a secret cannot check a signed request.
        m_receiver->setVerification({pulumi, {}});
        e = send("POST", QStringLiteral("/"), headers, body);
        QCOMPARE(e.seen->verdict.reason, Reason::NoSecret);
    }

    void anyMethodAndPathHeadersInOrder()
    {
        const HttpHeaders headers{{"X-Zeta", "1"}, {"x-alpha", "2"}, {"X-Middle", "3"}};
        for (const QByteArray &method :
             {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE"), QByteArray("PATCH")}) {
            const Exchange e =
                send(method, QStringLiteral("/a/b%20c/?q=x%20y&z=%C3%A9"), headers,
                     method == "GET" ? QByteArray() : QByteArray("plain text, not JSON"));
            QCOMPARE(e.status, 200);
            QCOMPARE(e.seen->method, method);
            QCOMPARE(e.seen->path, QStringLiteral("/a/b%20c/?q=x%20y&z=%C3%A9"));
            QVERIFY(e.seen->remotePort > 0);
            QVERIFY(e.seen->receivedAt.isValid());
            QCOMPARE(e.seen->receivedAt.timeSpec(), Qt::UTC);
            // Ours keep their order and their case among what the client added.
            QList<QByteArray> ours;
            for (const auto &h : e.seen->headers) {
                if (h.first.startsWith("X-") || h.first.startsWith("x-"))
                    ours << h.first;
            }
            QCOMPARE(ours, (QList<QByteArray>{"X-Zeta", "x-alpha", "X-Middle"}));
            QCOMPARE(e.seen->header("x-ALPHA"), QByteArray("2"));
        }
    }

    void idsCountUp()
    {
        const Exchange a = send("POST", QStringLiteral("/"), {}, "{}");
        const Exchange b = send("POST", QStringLiteral("/"), {}, "{}");
        QCOMPARE(b.seen->id, a.seen->id + 1);
    }

    void answersTheChosenStatusAfterTheDelay()
    {
        QSignalSpy answered(m_receiver.get(), &Receiver::answered);
        m_receiver->setResponse(500, 300);
        const Exchange e = send("POST", QStringLiteral("/"), {}, R"({"a":1})");
        QCOMPARE(e.status, 500);
        QCOMPARE(e.error, QNetworkReply::InternalServerError);
        QVERIFY2(e.elapsedMs >= 300, qPrintable(QString::number(e.elapsedMs)));
        // The page and webhookctl see the request before the client gets the answer.
        QVERIFY(e.seenBeforeAnswer);
        QCOMPARE(e.seen->respondedStatus, 500);
        QCOMPARE(e.seen->delayMs, 300);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.first().at(0).toLongLong(), e.seen->id);
        QCOMPARE(answered.first().at(1).toInt(), 500);
        QCOMPARE(answered.first().at(2).toBool(), true);

        // Back to the default: at once, 200.
        m_receiver->setResponse(200);
        const Exchange quick = send("POST", QStringLiteral("/"), {}, "{}");
        QCOMPARE(quick.status, 200);
        QVERIFY(quick.elapsedMs < 300);
    }

    void answersAnyStatusAndBody()
    {
        m_receiver->setResponse(418, 0, "short and stout");
        Exchange e = send("POST", QStringLiteral("/"), {}, "{}");
        QCOMPARE(e.status, 418);
        QCOMPARE(e.replyBody, QByteArray("short and stout"));
        m_receiver->setResponse(204);
        e = send("POST", QStringLiteral("/"), {}, "{}");
        QCOMPARE(e.status, 204);
        QVERIFY(e.replyBody.isEmpty());
        // Out of range: the default.
        m_receiver->setResponse(99);
        QCOMPARE(m_receiver->responseStatus(), 200);
        // The connection is still good after a 204 without a body.
        e = send("GET", QStringLiteral("/again"), {}, {});
        QCOMPARE(e.status, 200);
    }

    void keepsAMebibyteOfALargeBodyAndVerifiesAllOfIt()
    {
        const QString pulumi = QString::fromLatin1(SignatureSchemeId::Pulumi);
        startWith(pulumi);
        QByteArray body = "{\"logs\":\"";
        body += QByteArray(3 * 1024 * 1024, 'x');
        body += "\"}";
        const Exchange e =
            send("POST", QStringLiteral("/"),
                 signWithLibrary(pulumi, {secretsOf(pulumi).current}, "big", Now, body), body);
        QCOMPARE(e.status, 200);
        QVERIFY2(e.seen->verdict.valid(), qPrintable(e.seen->verdict.text));
        QCOMPARE(e.seen->bodySize, body.size());
        QCOMPARE(e.seen->body.size(), Receiver::MaxKeptBody);
        QVERIFY(e.seen->bodyTruncated());
        QVERIFY(body.startsWith(e.seen->body));
    }

    void portInUseIsSaidInWords()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        Receiver other;
        const Error e = other.listen(taken.serverPort());
        QVERIFY(e);
        QCOMPARE(e.code, Error::Code::Invalid);
        QCOMPARE(e.field, QStringLiteral("port"));
        QCOMPARE(e.message,
                 QStringLiteral("Port %1 is in use: choose another or let the console pick one.")
                     .arg(taken.serverPort()));
        QVERIFY(!other.isListening());
        QVERIFY(other.url().isEmpty());
    }

    void stopsAndListensAgainOnTheSamePort()
    {
        QSignalSpy listening(m_receiver.get(), &Receiver::listeningChanged);
        const quint16 port = m_receiver->port();
        m_receiver->stop();
        QVERIFY(!m_receiver->isListening());
        QCOMPARE(m_receiver->port(), quint16(0));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!probe.waitForConnected(2000));
        QVERIFY(!m_receiver->listen(port));
        QCOMPARE(m_receiver->port(), port);
        QCOMPARE(listening.count(), 2);
        QCOMPARE(send("POST", QStringLiteral("/"), {}, "{}").status, 200);
    }

    void stoppingDropsAnswersStillWaiting()
    {
        QSignalSpy answered(m_receiver.get(), &Receiver::answered);
        m_receiver->setResponse(200, 2000);
        connect(m_receiver.get(), &Receiver::received, m_receiver.get(), &Receiver::stop);
        const Exchange e = send("POST", QStringLiteral("/"), {}, "{}");
        QVERIFY(e.seen);
        QVERIFY(e.error != QNetworkReply::NoError);
        QVERIFY(!m_receiver->isListening());
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 5000);
        QCOMPARE(answered.first().at(2).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
