// webhookctl's issue-13 commands as a user runs them: `receive` (a verifying receiver in the
// terminal), `delivery send` (edit and send), `delivery export` and `delivery import` (history
// files) and `webhook snippet`. Real processes, real SQLite files, the session's real keychain
// (gnome-keyring in a private D-Bus session) and real HTTP on 127.0.0.1: the receiver under test
// is `webhookctl receive` itself, started as a child process.

#include "AppInfo.h"
#include "Async.h"
#include "HistoryExchange.h"
#include "Signature.h"
#include "TestSupport.h"
#include "VerifySnippet.h"
#include "local/LocalBackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <csignal>

namespace test = wc::test;
using wc::Error;
using wc::LocalBackend;
using wc::ReceivedRequest;
using wc::SnippetLanguage;

namespace {

/// What a user of webhookctl sees: the exit status and both streams.
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    [[nodiscard]] QByteArray describe() const
    {
        return "exit " + QByteArray::number(code) + "\n--- stdout:\n" + out + "\n--- stderr:\n" +
               err;
    }
};

/// Evaluates `run` once (QVERIFY2 evaluates its message even when the check passes).
#define CHECK_EXIT(run, expected)                                                                  \
    do {                                                                                           \
        const Run &checked = (run);                                                                \
        QVERIFY2(checked.code == (expected), checked.describe().constData());                      \
    } while (false)

/// `webhookctl receive` running as a child process: its address, and its lines as they come.
class Receive
{
public:
    explicit Receive(const QString &program) { m_process.setProgram(program); }
    ~Receive()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Receive(const Receive &) = delete;
    Receive &operator=(const Receive &) = delete;

    /// Starts it with `args` and waits for "Listening on URL" on standard error; false (with
    /// what it said in describe()) when it ended or said nothing in time.
    bool start(const QStringList &args)
    {
        m_process.setArguments(args);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression listening(
            QStringLiteral("Listening on (http://127\\.0\\.0\\.1:(\\d+)/)"));
        QRegularExpressionMatch match;
        [[maybe_unused]] const bool ended = QTest::qWaitFor(
            [&] {
                read();
                match = listening.match(QString::fromUtf8(m_err));
                return match.hasMatch() || m_process.state() == QProcess::NotRunning;
            },
            30000);
        read();
        if (!match.hasMatch())
            return false;
        m_url = match.captured(1);
        m_port = match.captured(2).toInt();
        return true;
    }

    [[nodiscard]] QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return m_url + path.mid(1);
    }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }

    /// The next line on standard output (without its line feed); empty when none came.
    QByteArray nextLine(int timeoutMs = 15000)
    {
        [[maybe_unused]] const bool came = QTest::qWaitFor(
            [&] {
                read();
                return m_out.contains('\n');
            },
            timeoutMs);
        const qsizetype end = m_out.indexOf('\n');
        if (end < 0)
            return {};
        const QByteArray line = m_out.left(end);
        m_out.remove(0, end + 1);
        return line;
    }

    /// Sends `signal` and waits for the process to end; its exit status, -2 for a crash.
    int stop(int signal)
    {
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(15000))
            return -1;
        read();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }

    [[nodiscard]] QByteArray err() const { return m_err; }
    [[nodiscard]] QByteArray rest() const { return m_out; }
    [[nodiscard]] QByteArray describe() const
    {
        return "--- receive stdout:\n" + m_out + "\n--- receive stderr:\n" + m_err;
    }

private:
    void read()
    {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
    }

    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
    QString m_url;
    int m_port = 0;
};

/// A Standard Webhooks secret: whsec_ and 24 random bytes in base64.
QString newSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QStringLiteral("whsec_") + QString::fromLatin1(bytes.toBase64());
}

/// The lines of a JSON Lines export, with what differs between two webhooks' copies of the same
/// history made comparable: no ids or webhook, and the links between deliveries (edited from,
/// redelivery of) as positions in the file.
QList<QJsonObject> comparable(const QByteArray &jsonl)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : jsonl.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    QHash<QString, int> position;
    for (int i = 0; i < lines.size(); ++i)
        position.insert(lines[i].value(u"id").toString(), i);
    for (QJsonObject &o : lines) {
        o.remove(QStringLiteral("id"));
        o.remove(QStringLiteral("webhook"));
        for (const QString &key : {QStringLiteral("editedFrom"), QStringLiteral("redeliveryOf")}) {
            const QString linked = o.value(key).toString();
            if (!linked.isEmpty())
                o.insert(key, position.value(linked, -1));
        }
    }
    return lines;
}

/// The value of header `name` (any case) in a `receive --json` line's headers; null when absent.
QString headerOf(const QJsonObject &line, const QString &name)
{
    for (const QJsonValue &h : line.value(u"headers").toArray()) {
        if (h.toObject().value(u"name").toString().compare(name, Qt::CaseInsensitive) == 0)
            return h.toObject().value(u"value").toString();
    }
    return {};
}

} // namespace

class TestWebhookctlSigning : public QObject
{
    Q_OBJECT

    QString m_program;
    QString m_node;
    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;
    QStringList m_secrets; ///< must never appear in any output
    QStringList m_leaks;

    Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        process.setProgram(m_program);
        process.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("WEBHOOK_CONSOLE_DATABASE"));
        process.setProcessEnvironment(env);
        process.start();
        Run r;
        if (!process.waitForStarted(10000)) {
            r.err = "could not start " + m_program.toUtf8();
            return r;
        }
        process.write(input);
        process.closeWriteChannel();
        // The event loop runs meanwhile: the receiver is another process, but keep this one
        // responsive all the same.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            r.err = "timed out: " + args.join(u' ').toUtf8();
            return r;
        }
        r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        checkLeaks(args.join(u' '), r.out + r.err);
        return r;
    }

    void checkLeaks(const QString &what, const QByteArray &output)
    {
        for (const QString &secret : std::as_const(m_secrets)) {
            if (output.contains(secret.toUtf8()))
                m_leaks << what;
        }
    }

    /// webhookctl on this test's database.
    Run ctl(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringList{QStringLiteral("--database"), m_db} + args, input);
    }

    /// `webhookctl receive` on this test's database with `args`.
    bool startReceive(Receive &receive, const QStringList &args)
    {
        return receive.start(
            QStringList{QStringLiteral("--database"), m_db, QStringLiteral("receive")} + args);
    }

    /// Creates organization webhook acme/NAME signed with Standard Webhooks and a new secret
    /// (returned), pointing at `url`.
    QString createHook(const QString &name, const QString &url)
    {
        const QString secret = newSecret();
        m_secrets << secret;
        const Run r =
            ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--name"), name,
                 QStringLiteral("--display-name"), QStringLiteral("Hook ") + name,
                 QStringLiteral("--payload-url"), url, QStringLiteral("--signature"),
                 QStringLiteral("standard-webhooks"), QStringLiteral("--secret-stdin")},
                secret.toUtf8() + '\n');
        if (r.code != 0) {
            qWarning().noquote() << "webhook new failed:" << r.describe();
            return {};
        }
        return secret;
    }

    /// Points webhook REF at `url`.
    bool pointAt(const QString &ref, const QString &url)
    {
        const Run r = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), ref,
                           QStringLiteral("--payload-url"), url});
        if (r.code != 0)
            qWarning().noquote() << "webhook edit failed:" << r.describe();
        return r.code == 0;
    }

    /// `webhook ping REF --json`: the delivery's id, empty when it did not exit `expected`.
    QString ping(const QString &ref, int expected = 0)
    {
        const Run r =
            ctl({QStringLiteral("webhook"), QStringLiteral("ping"), ref, QStringLiteral("--json")});
        if (r.code != expected) {
            qWarning().noquote() << "ping:" << r.describe();
            return {};
        }
        return QString::number(r.object().value(u"id").toInteger());
    }

    /// `delivery send REF --from ID ARGS… --json`.
    Run send(const QString &ref, const QString &from, const QStringList &args = {},
             const QByteArray &input = {})
    {
        return ctl(QStringList{QStringLiteral("delivery"), QStringLiteral("send"), ref,
                               QStringLiteral("--from"), from, QStringLiteral("--json")} +
                       args,
                   input);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    /// The requests the database keeps from receivers (the window's Receiver page reads them).
    QList<ReceivedRequest> keptRequests()
    {
        LocalBackend core(m_db);
        if (Error e = test::await(core.open()))
            qFatal("cannot open %s: %s", qPrintable(m_db), qPrintable(e.message));
        const auto kept = test::await(core.receivedRequests(QString(), 100));
        if (kept.error)
            qFatal("cannot read the received requests: %s", qPrintable(kept.error.message));
        return kept.value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        wc::AppInfo::apply();
        m_program = qEnvironmentVariable("WEBHOOKCTL");
        QVERIFY2(QFileInfo(m_program).isExecutable(),
                 "set WEBHOOKCTL to the webhookctl binary (ctest does)");
        m_node = qEnvironmentVariable("WEBHOOK_CONSOLE_NODE");
        QVERIFY2(!m_node.isEmpty(), "set WEBHOOK_CONSOLE_NODE (ctest does)");
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_secrets.clear();
        m_leaks.clear();
        m_db = test::databasePath(m_dir, QStringLiteral("t%1.sqlite").arg(++m_counter));
    }

    void cleanup()
    {
        QVERIFY2(m_leaks.isEmpty(), qPrintable(QStringLiteral("a secret was printed by: ") +
                                               m_leaks.join(QStringLiteral("; "))));
    }

    // --- receive and delivery send --------------------------------------------------------------

    void receiveVerifiesPingsAndEditedDeliveries()
    {
        QVERIFY(
            !createHook(QStringLiteral("sw"), QStringLiteral("http://127.0.0.1:9/x")).isEmpty());
        Receive receive(m_program);
        QVERIFY2(startReceive(receive, {QStringLiteral("--webhook"), QStringLiteral("acme/sw")}),
                 receive.describe().constData());
        QVERIFY2(receive.err().contains("(verifying against acme/sw with Standard Webhooks; "
                                        "answering 200). Press Ctrl+C to stop."),
                 receive.err().constData());
        QVERIFY(pointAt(QStringLiteral("acme/sw"), receive.url()));

        // A ping: signed with the current secret.
        const QString id = ping(QStringLiteral("acme/sw"));
        QVERIFY(!id.isEmpty());
        QByteArray line = receive.nextLine();
        QVERIFY2(line.contains("  POST /hook  "), line.constData());
        QVERIFY2(line.contains("  valid: current secret  200"), line.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"))
                     .match(QString::fromUtf8(line))
                     .hasMatch(),
                 line.constData());

        // Edited and sent: another payload, signed afresh.
        const QByteArray changed = R"({"message":"edited by hand","n":1})";
        const QString payloadFile = writeFile(QStringLiteral("changed.json"), changed);
        Run sent =
            send(QStringLiteral("acme/sw"), id, {QStringLiteral("--payload-file"), payloadFile});
        CHECK_EXIT(sent, 0);
        QCOMPARE(sent.object().value(u"payload").toString().toUtf8(), changed);
        QCOMPARE(sent.object().value(u"editedFrom").toInteger(), id.toLongLong());
        QVERIFY(QString::number(sent.object().value(u"id").toInteger()) != id);
        line = receive.nextLine();
        QVERIFY2(line.contains(QByteArray::number(changed.size()) + " bytes  valid: current "
                                                                    "secret  200"),
                 line.constData());

        // The same from standard input, and the human form of the delivery.
        sent = ctl({QStringLiteral("delivery"), QStringLiteral("send"), QStringLiteral("acme/sw"),
                    QStringLiteral("--from"), id, QStringLiteral("--payload-file"),
                    QStringLiteral("-")},
                   changed);
        CHECK_EXIT(sent, 0);
        QVERIFY2(sent.out.contains("Edited from  " + id.toUtf8() + '\n'), sent.out.constData());
        QVERIFY2(sent.out.contains("    " + changed + '\n'), sent.out.constData());
        line = receive.nextLine();
        QVERIFY2(line.contains("valid: current secret"), line.constData());

        // A made-up secret, and none.
        sent = send(QStringLiteral("acme/sw"), id, {QStringLiteral("--wrong-secret")});
        CHECK_EXIT(sent, 0); // the receiver answers 200 whatever its verdict
        line = receive.nextLine();
        QVERIFY2(line.contains("  invalid: wrong secret  200"), line.constData());
        sent = send(QStringLiteral("acme/sw"), id, {QStringLiteral("--unsigned")});
        CHECK_EXIT(sent, 0);
        QVERIFY2(!sent.object()
                      .value(u"requestHeaders")
                      .toString()
                      .contains(u"webhook-signature", Qt::CaseInsensitive),
                 sent.out.constData());
        line = receive.nextLine();
        QVERIFY2(line.contains("  unsigned  200"), line.constData());

        // Elsewhere: --to another path of the same receiver.
        sent = send(QStringLiteral("acme/sw"), id,
                    {QStringLiteral("--to"), receive.url(QStringLiteral("/elsewhere?x=1"))});
        CHECK_EXIT(sent, 0);
        line = receive.nextLine();
        QVERIFY2(line.contains("  POST /elsewhere?x=1  "), line.constData());
        QVERIFY2(line.contains("valid: current secret"), line.constData());

        // The secret rotated by another process (no overlap): the receiver checks with the
        // new one from then on.
        const QByteArray rotated = "whsec_" + QByteArray(32, 'r').toBase64();
        Run rotation = ctl({QStringLiteral("webhook"), QStringLiteral("rotate-secret"),
                            QStringLiteral("acme/sw"), QStringLiteral("--overlap"),
                            QStringLiteral("0"), QStringLiteral("--secret-stdin")},
                           rotated);
        CHECK_EXIT(rotation, 0);
        QTest::qWait(3000); // another process's commit is seen within the poll interval
        QVERIFY(!ping(QStringLiteral("acme/sw")).isEmpty());
        line = receive.nextLine();
        QVERIFY2(line.contains("valid: current secret"), line.constData());

        // Ctrl+C: a clean end, and every request kept for the window's Receiver page.
        QCOMPARE(receive.stop(SIGINT), 0);
        QVERIFY2(receive.err().contains("Stopped after 7 requests."), receive.err().constData());
        QVERIFY2(receive.rest().isEmpty(), receive.rest().constData());
        const QList<ReceivedRequest> kept = keptRequests();
        QCOMPARE(kept.size(), 7);
        QCOMPARE(kept.first().verdict.outcome, wc::SignatureVerdict::Outcome::Valid);
        QCOMPARE(kept.at(1).path, QStringLiteral("/elsewhere?x=1"));
    }

    void receiveJsonLinesCarryTheRequestExactly()
    {
        const QString secret =
            createHook(QStringLiteral("lines"), QStringLiteral("http://127.0.0.1:9/x"));
        QVERIFY(!secret.isEmpty());
        Receive receive(m_program);
        QVERIFY2(startReceive(receive, {QStringLiteral("--webhook"), QStringLiteral("acme/lines"),
                                        QStringLiteral("--json")}),
                 receive.describe().constData());
        QVERIFY(pointAt(QStringLiteral("acme/lines"), receive.url()));
        const QString id = ping(QStringLiteral("acme/lines"));
        QVERIFY(!id.isEmpty());
        QJsonObject line = QJsonDocument::fromJson(receive.nextLine()).object();
        QCOMPARE(line.value(u"method").toString(), QStringLiteral("POST"));
        QCOMPARE(line.value(u"path").toString(), QStringLiteral("/hook"));
        QCOMPARE(line.value(u"status").toInt(), 200);
        QCOMPARE(line.value(u"scheme").toString(), QStringLiteral("standard-webhooks"));
        QJsonObject verdict = line.value(u"verdict").toObject();
        QCOMPARE(verdict.value(u"outcome").toString(), QStringLiteral("valid"));
        QCOMPARE(verdict.value(u"secretIndex").toInt(), 0);
        QVERIFY(verdict.value(u"reason").isNull());
        QVERIFY(verdict.value(u"text").toString().startsWith(u"Valid"));
        QVERIFY(QDateTime::fromString(line.value(u"receivedAt").toString(), Qt::ISODateWithMs)
                    .isValid());

        // Edited headers: one added, one removed; a body that is not UTF-8 comes as base64.
        static const char raw[] = "{\"b\":\"\xff\xfe\x00\x01\"}";
        const QByteArray binary(raw, sizeof raw - 1); // the NUL inside, not the one after
        const QString payloadFile = writeFile(QStringLiteral("binary.json"), binary);
        const Run sent = send(QStringLiteral("acme/lines"), id,
                              {QStringLiteral("--payload-file"), payloadFile,
                               QStringLiteral("--header"), QStringLiteral("X-Trace: abc 123"),
                               QStringLiteral("--header"), QStringLiteral("pulumi-webhook-kind:")});
        CHECK_EXIT(sent, 0);
        line = QJsonDocument::fromJson(receive.nextLine()).object();
        QVERIFY(!line.contains(u"body"));
        QCOMPARE(QByteArray::fromBase64(line.value(u"bodyBase64").toString().toLatin1()), binary);
        QCOMPARE(line.value(u"bodySize").toInt(), binary.size());
        QCOMPARE(headerOf(line, QStringLiteral("X-Trace")), QStringLiteral("abc 123"));
        QVERIFY(headerOf(line, QStringLiteral("Pulumi-Webhook-Kind")).isNull());
        QCOMPARE(line.value(u"verdict").toObject().value(u"outcome").toString(),
                 QStringLiteral("valid"));

        // The schemes' own library agrees with the receiver, on the headers and body it printed
        // (a text body: the judge takes the payload as a string).
        const QByteArray text = R"({"message":"judged by standardwebhooks","é":"ü"})";
        CHECK_EXIT(
            send(QStringLiteral("acme/lines"), id,
                 {QStringLiteral("--payload-file"), writeFile(QStringLiteral("text.json"), text)}),
            0);
        line = QJsonDocument::fromJson(receive.nextLine()).object();
        QCOMPARE(line.value(u"body").toString().toUtf8(), text);
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const QJsonValue &h : line.value(u"headers").toArray())
            headers.append({h.toObject().value(u"name").toString().toLatin1(),
                            h.toObject().value(u"value").toString().toUtf8()});
        const test::LibraryVerdict judged =
            test::librariesVerify(QStringLiteral("standard-webhooks"), secret, headers, text);
        QVERIFY2(judged.valid, qPrintable(judged.error));

        // Wrong secret: the reason, for machines.
        QCOMPARE(send(QStringLiteral("acme/lines"), id, {QStringLiteral("--wrong-secret")}).code,
                 0);
        line = QJsonDocument::fromJson(receive.nextLine()).object();
        verdict = line.value(u"verdict").toObject();
        QCOMPARE(verdict.value(u"outcome").toString(), QStringLiteral("invalid"));
        QCOMPARE(verdict.value(u"reason").toString(), QStringLiteral("wrong-secret"));
        QVERIFY(verdict.value(u"secretIndex").isNull());

        QCOMPARE(receive.stop(SIGTERM), 0);
        checkLeaks(QStringLiteral("receive --json"), receive.rest() + receive.err());
    }

    void receiveWithoutAWebhookChecksNothing()
    {
        Receive receive(m_program);
        QVERIFY2(startReceive(receive, {}), receive.describe().constData());
        QVERIFY2(receive.err().contains("not verifying"), receive.err().constData());
        QVERIFY(!createHook(QStringLiteral("plain"), receive.url()).isEmpty());
        QVERIFY(!ping(QStringLiteral("acme/plain")).isEmpty());
        const QByteArray line = receive.nextLine();
        QVERIFY2(line.contains("  not checked  200"), line.constData());
        QCOMPARE(receive.stop(SIGINT), 0);
    }

    void aFailingStatusFailsThePing()
    {
        QVERIFY(
            !createHook(QStringLiteral("fails"), QStringLiteral("http://127.0.0.1:9/x")).isEmpty());
        Receive receive(m_program);
        QVERIFY2(startReceive(receive, {QStringLiteral("--webhook"), QStringLiteral("acme/fails"),
                                        QStringLiteral("--status"), QStringLiteral("500"),
                                        QStringLiteral("--delay"), QStringLiteral("200")}),
                 receive.describe().constData());
        QVERIFY2(receive.err().contains("answering 500 after 200 ms"), receive.err().constData());
        QVERIFY(pointAt(QStringLiteral("acme/fails"), receive.url()));
        const Run r = ctl({QStringLiteral("webhook"), QStringLiteral("ping"),
                           QStringLiteral("acme/fails"), QStringLiteral("--json")});
        CHECK_EXIT(r, 1);
        QCOMPARE(r.object().value(u"responseCode").toInt(), 500);
        // The receiver's timer is coarse (it may fire up to 5 % early): the answer waited.
        QVERIFY2(r.object().value(u"duration").toInteger() >= 150, r.out.constData());
        const QByteArray line = receive.nextLine();
        QVERIFY2(line.contains("valid: current secret  500 after 200 ms"), line.constData());
        QCOMPARE(receive.stop(SIGINT), 0);
    }

    void receiveRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("status 99") << QStringList{QStringLiteral("--status"), QStringLiteral("99")}
                                   << 2 << QStringLiteral("--status: “99” is not a status");
        QTest::newRow("status 600")
            << QStringList{QStringLiteral("--status"), QStringLiteral("600")} << 2
            << QStringLiteral("from 200 to 599");
        QTest::newRow("status word")
            << QStringList{QStringLiteral("--status"), QStringLiteral("ok")} << 2
            << QStringLiteral("--status: “ok”");
        QTest::newRow("delay negative")
            << QStringList{QStringLiteral("--delay"), QStringLiteral("-1")} << 2
            << QStringLiteral("--delay: “-1” is not a delay");
        QTest::newRow("delay too long")
            << QStringList{QStringLiteral("--delay"), QStringLiteral("120001")} << 2
            << QStringLiteral("from 0 to 120000");
        QTest::newRow("port too high")
            << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << 2
            << QStringLiteral("--port: “70000” is not a port");
        QTest::newRow("bad ref") << QStringList{QStringLiteral("--webhook"), QStringLiteral("nope")}
                                 << 2 << QStringLiteral("--webhook: “nope” is not a webhook");
        QTest::newRow("no such webhook")
            << QStringList{QStringLiteral("--webhook"), QStringLiteral("acme/none")} << 3
            << QStringLiteral("There is no webhook “acme/none”.");
        QTest::newRow("an argument")
            << QStringList{QStringLiteral("acme/x")} << 2
            << QStringLiteral("Unexpected argument “acme/x” after “receive”.");
    }

    void receiveRefusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = ctl(QStringList{QStringLiteral("receive")} + args);
        CHECK_EXIT(r, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void aPortInUseIsExit2()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        const QString port = QString::number(taken.serverPort());
        const Run r = ctl({QStringLiteral("receive"), QStringLiteral("--port"), port});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("--port: Port " + port.toUtf8() + " is in use"), r.err.constData());
        const Run json = ctl(
            {QStringLiteral("receive"), QStringLiteral("--port"), port, QStringLiteral("--json")});
        CHECK_EXIT(json, 2);
        QCOMPARE(json.object().value(u"error").toObject().value(u"field").toString(),
                 QStringLiteral("--port"));
    }

    void sendRefusesBadInput()
    {
        QVERIFY(
            !createHook(QStringLiteral("one"), QStringLiteral("http://127.0.0.1:9/x")).isEmpty());
        QVERIFY(
            !createHook(QStringLiteral("two"), QStringLiteral("http://127.0.0.1:9/x")).isEmpty());
        // A delivery of acme/one (its receiver is not there: the ping fails, and is recorded).
        const QString id = ping(QStringLiteral("acme/one"), 1);
        QVERIFY(!id.isEmpty());

        Run r =
            ctl({QStringLiteral("delivery"), QStringLiteral("send"), QStringLiteral("acme/one")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("--from: Required: give --from ID"), r.err.constData());

        r = send(QStringLiteral("acme/two"), id);
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("--from: Delivery " + id.toUtf8() +
                                " is not one of acme/two's: it was sent to webhook acme/one."),
                 r.err.constData());
        QCOMPARE(r.object().value(u"error").toObject().value(u"field").toString(),
                 QStringLiteral("--from"));

        r = send(QStringLiteral("acme/one"), QStringLiteral("999999"));
        CHECK_EXIT(r, 3);
        QVERIFY2(r.err.contains("--from: There is no delivery 999999."), r.err.constData());

        r = send(QStringLiteral("acme/none"), id);
        CHECK_EXIT(r, 3);

        r = send(QStringLiteral("acme/one"), id,
                 {QStringLiteral("--unsigned"), QStringLiteral("--wrong-secret")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("Give --unsigned or --wrong-secret, not both."), r.err.constData());

        r = send(QStringLiteral("acme/one"), id, {QStringLiteral("--header"), QStringLiteral("X")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("--header: “X” is not a header"), r.err.constData());

        r = send(QStringLiteral("acme/one"), id,
                 {QStringLiteral("--header"), QStringLiteral("webhook-signature: v1,abc")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("webhook-signature is made when sending"), r.err.constData());

        r = send(QStringLiteral("acme/one"), id,
                 {QStringLiteral("--payload-file"), m_dir.filePath(QStringLiteral("missing"))});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("--payload-file: Cannot read"), r.err.constData());

        r = send(QStringLiteral("acme/one"), id,
                 {QStringLiteral("--to"), QStringLiteral("ftp://example.com/x")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("--to: "), r.err.constData());

        r = send(QStringLiteral("acme/one"), id,
                 {QStringLiteral("--payload-file"), QStringLiteral("-"),
                  QStringLiteral("--secret-stdin")});
        CHECK_EXIT(r, 2);
        QVERIFY2(
            r.err.contains("--secret-stdin: Standard input can hold the secret or the payload"),
            r.err.constData());

        // Nothing of these was sent.
        r = ctl({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("acme/one"),
                 QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.array().size(), 1);
    }

    // --- delivery export and import -------------------------------------------------------------

    void exportThenImportKeepsTheHistoryExactly()
    {
        QVERIFY(
            !createHook(QStringLiteral("from"), QStringLiteral("http://127.0.0.1:9/x")).isEmpty());
        QVERIFY(
            !createHook(QStringLiteral("into"), QStringLiteral("http://127.0.0.1:9/x")).isEmpty());
        // A history: pings answered 200 and 503, an edited delivery with a body that is not
        // UTF-8, and one that found nobody.
        {
            Receive ok(m_program);
            QVERIFY2(startReceive(ok, {QStringLiteral("--webhook"), QStringLiteral("acme/from")}),
                     ok.describe().constData());
            QVERIFY(pointAt(QStringLiteral("acme/from"), ok.url()));
            const QString id = ping(QStringLiteral("acme/from"));
            QVERIFY(!id.isEmpty());
            const QByteArray binary("{\"raw\":\"\x80\x81\"}", 13);
            CHECK_EXIT(send(QStringLiteral("acme/from"), id,
                            {QStringLiteral("--payload-file"),
                             writeFile(QStringLiteral("raw.json"), binary),
                             QStringLiteral("--header"), QStringLiteral("X-Note: edited")}),
                       0);
            QCOMPARE(ok.stop(SIGINT), 0);
        }
        {
            Receive failing(m_program);
            QVERIFY2(startReceive(failing, {QStringLiteral("--status"), QStringLiteral("503")}),
                     failing.describe().constData());
            QVERIFY(pointAt(QStringLiteral("acme/from"), failing.url()));
            QVERIFY(!ping(QStringLiteral("acme/from"), 1).isEmpty());
            QCOMPARE(failing.stop(SIGINT), 0);
        }
        QVERIFY(pointAt(QStringLiteral("acme/from"), QStringLiteral("http://127.0.0.1:9/gone")));
        QVERIFY(!ping(QStringLiteral("acme/from"), 1).isEmpty());

        // HAR on standard output: valid HAR 1.2 by har-validator, without signatures.
        Run har =
            ctl({QStringLiteral("delivery"), QStringLiteral("export"), QStringLiteral("acme/from"),
                 QStringLiteral("--format"), QStringLiteral("har")});
        CHECK_EXIT(har, 0);
        QVERIFY2(har.err.isEmpty(), har.err.constData()); // no progress: stderr is no terminal
        QVERIFY(!har.out.contains("webhook-signature"));
        const QJsonArray entries = QJsonDocument::fromJson(har.out)
                                       .object()
                                       .value(u"log")
                                       .toObject()
                                       .value(u"entries")
                                       .toArray();
        QVERIFY2(entries.size() == 4, har.out.constData());
        const QString harFile = writeFile(QStringLiteral("history.har"), har.out);
        QProcess judge;
        judge.start(m_node, {QDir(qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR"))
                                 .filePath(QStringLiteral("tests/js/check-har.js")),
                             harFile});
        QVERIFY2(judge.waitForFinished(60000), "check-har.js did not finish");
        QVERIFY2(judge.exitStatus() == QProcess::NormalExit && judge.exitCode() == 0,
                 judge.readAllStandardError().constData());

        // With the signatures, to a file: a warning first.
        const QString signedFile = m_dir.filePath(QStringLiteral("signed.har"));
        har = ctl({QStringLiteral("delivery"), QStringLiteral("export"),
                   QStringLiteral("acme/from"), QStringLiteral("--format"), QStringLiteral("har"),
                   QStringLiteral("--include-signatures"), QStringLiteral("--output"), signedFile,
                   QStringLiteral("--json")});
        CHECK_EXIT(har, 0);
        QVERIFY2(har.err.contains(wc::historySignatureWarning().toUtf8()), har.err.constData());
        QCOMPARE(har.object().value(u"exported").toInt(), 4);
        QCOMPARE(har.object().value(u"output").toString(), signedFile);
        QFile written(signedFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("webhook-signature"));

        // Into another webhook: the same deliveries, byte for byte.
        Run imported = ctl({QStringLiteral("delivery"), QStringLiteral("import"),
                            QStringLiteral("acme/into"), signedFile});
        CHECK_EXIT(imported, 0);
        QCOMPARE(imported.out, QByteArray("Imported 4 deliveries into acme/into.\n"));
        const Run before = ctl({QStringLiteral("delivery"), QStringLiteral("list"),
                                QStringLiteral("acme/from"), QStringLiteral("--json")});
        const Run after = ctl({QStringLiteral("delivery"), QStringLiteral("list"),
                               QStringLiteral("acme/into"), QStringLiteral("--json")});
        CHECK_EXIT(before, 0);
        CHECK_EXIT(after, 0);
        QCOMPARE(after.array().size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QJsonObject a = before.array().at(i).toObject();
            const QJsonObject b = after.array().at(i).toObject();
            for (const char *key :
                 {"kind", "payload", "timestamp", "duration", "requestUrl", "requestHeaders",
                  "responseCode", "responseHeaders", "responseBody", "responseTruncated", "error"})
                QVERIFY2(a.value(QLatin1String(key)) == b.value(QLatin1String(key)),
                         qPrintable(QStringLiteral("delivery %1, %2").arg(i).arg(key)));
        }

        // JSON Lines of both: identical but for the ids; bodies that are not UTF-8 included.
        const Run fromLines =
            ctl({QStringLiteral("delivery"), QStringLiteral("export"), QStringLiteral("acme/from"),
                 QStringLiteral("--format"), QStringLiteral("jsonl"),
                 QStringLiteral("--include-signatures")});
        const Run intoLines =
            ctl({QStringLiteral("delivery"), QStringLiteral("export"), QStringLiteral("acme/into"),
                 QStringLiteral("--format"), QStringLiteral("jsonl"),
                 QStringLiteral("--include-signatures")});
        CHECK_EXIT(fromLines, 0);
        CHECK_EXIT(intoLines, 0);
        QVERIFY(fromLines.out.contains("payloadBase64"));
        const QList<QJsonObject> original = comparable(fromLines.out);
        QCOMPARE(original.size(), 4);
        QCOMPARE(comparable(intoLines.out), original);

        // The HAR without signatures imports too, into a third webhook, with --json.
        QVERIFY(
            !createHook(QStringLiteral("third"), QStringLiteral("http://127.0.0.1:9/x")).isEmpty());
        imported = ctl({QStringLiteral("delivery"), QStringLiteral("import"),
                        QStringLiteral("acme/third"), harFile, QStringLiteral("--json")});
        CHECK_EXIT(imported, 0);
        QCOMPARE(imported.object(), QJsonObject({{QStringLiteral("imported"), 4}}));

        // Filters apply: only the failed ones, as CSV.
        const Run csv =
            ctl({QStringLiteral("delivery"), QStringLiteral("export"), QStringLiteral("acme/from"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--failed")});
        CHECK_EXIT(csv, 0);
        QCOMPARE(csv.out.count('\n'), 3); // the header row and two failed deliveries
    }

    void exportAndImportRefuseBadInput()
    {
        QVERIFY(
            !createHook(QStringLiteral("bad"), QStringLiteral("http://127.0.0.1:9/x")).isEmpty());

        Run r =
            ctl({QStringLiteral("delivery"), QStringLiteral("export"), QStringLiteral("acme/bad"),
                 QStringLiteral("--format"), QStringLiteral("xml")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("--format: “xml” is not an export format; use har (HTTP Archive), "
                                "jsonl (JSON Lines) or csv."),
                 r.err.constData());
        r = ctl({QStringLiteral("delivery"), QStringLiteral("export"), QStringLiteral("acme/bad")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("--format: Required"), r.err.constData());
        r = ctl({QStringLiteral("delivery"), QStringLiteral("export"), QStringLiteral("acme/bad"),
                 QStringLiteral("--format"), QStringLiteral("har"), QStringLiteral("--limit"),
                 QStringLiteral("3")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("--limit is not an option of “delivery export”"),
                 r.err.constData());
        r = ctl({QStringLiteral("delivery"), QStringLiteral("export"), QStringLiteral("acme/none"),
                 QStringLiteral("--format"), QStringLiteral("har")});
        CHECK_EXIT(r, 3);
        r = ctl({QStringLiteral("delivery"), QStringLiteral("export"), QStringLiteral("acme/bad"),
                 QStringLiteral("--format"), QStringLiteral("har"), QStringLiteral("--output"),
                 m_dir.filePath(QStringLiteral("no/such/folder/x.har"))});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("--output: Cannot write"), r.err.constData());

        // Import: a file that cannot be read, one with a mistake on line 2, a HAR entry without
        // a request, a file for a webhook that is not there.
        r = ctl({QStringLiteral("delivery"), QStringLiteral("import"), QStringLiteral("acme/bad"),
                 m_dir.filePath(QStringLiteral("missing.har"))});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("FILE: Cannot read"), r.err.constData());
        const QString lines = writeFile(
            QStringLiteral("bad.jsonl"),
            R"({"kind":"ping","timestamp":"2026-01-02T03:04:05Z","payload":"{}","state":"completed","responseCode":200})"
            "\nnot json\n");
        r = ctl({QStringLiteral("delivery"), QStringLiteral("import"), QStringLiteral("acme/bad"),
                 lines, QStringLiteral("--json")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("FILE: " + lines.toUtf8() + ": Line 2"), r.err.constData());
        QVERIFY2(r.err.contains("Nothing was imported."), r.err.constData());
        QCOMPARE(r.object().value(u"error").toObject().value(u"field").toString(),
                 QStringLiteral("FILE"));
        const QString badHar = writeFile(QStringLiteral("bad.har"),
                                         R"({"log":{"version":"1.2","entries":[{"x":1}]}})");
        r = ctl({QStringLiteral("delivery"), QStringLiteral("import"), QStringLiteral("acme/bad"),
                 badHar});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("Entry 1"), r.err.constData());
        r = ctl({QStringLiteral("delivery"), QStringLiteral("import"), QStringLiteral("acme/none"),
                 lines});
        CHECK_EXIT(r, 3);
        r = ctl({QStringLiteral("delivery"), QStringLiteral("import"), QStringLiteral("acme/bad")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("FILE: Required: give the FILE."), r.err.constData());

        // Nothing was imported by any of these.
        r = ctl({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("acme/bad"),
                 QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.array().size(), 0);
    }

    void aPulumiCloudWebhookRefusesAnImport()
    {
        // An organization of the Pulumi Cloud stand-in (its own name: other tests share it).
        const QString org =
            QStringLiteral("imp%1").arg(QRandomGenerator::global()->bounded(1000000));
        const QString token = test::cloud::addUser(QStringLiteral("u") + org, {org});
        Run r =
            ctl({QStringLiteral("org"), QStringLiteral("connect"), org, QStringLiteral("--api-url"),
                 test::cloud::apiUrl(), QStringLiteral("--token-stdin")},
                token.toUtf8() + '\n');
        CHECK_EXIT(r, 0);
        r = ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"), org,
                 QStringLiteral("--name"), QStringLiteral("cloudhook"),
                 QStringLiteral("--display-name"), QStringLiteral("Cloud hook"),
                 QStringLiteral("--payload-url"), QStringLiteral("https://example.com/hook")});
        CHECK_EXIT(r, 0);
        const QString file = writeFile(
            QStringLiteral("one.jsonl"),
            R"({"kind":"ping","timestamp":"2026-01-02T03:04:05Z","payload":"{}","state":"completed","responseCode":200})"
            "\n");
        r = ctl({QStringLiteral("delivery"), QStringLiteral("import"),
                 org + QStringLiteral("/cloudhook"), file});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("REF: "), r.err.constData());
        QVERIFY2(r.err.contains("Pulumi"), r.err.constData());
    }

    // --- webhook snippet ------------------------------------------------------------------------

    void snippetIsTheSchemesOwn()
    {
        QVERIFY(
            !createHook(QStringLiteral("snip"), QStringLiteral("http://127.0.0.1:9/x")).isEmpty());
        Run r = ctl(
            {QStringLiteral("webhook"), QStringLiteral("snippet"), QStringLiteral("acme/snip")});
        CHECK_EXIT(r, 0);
        QCOMPARE(QString::fromUtf8(r.out),
                 wc::verifySnippet(QStringLiteral("standard-webhooks"), SnippetLanguage::Python));
        QVERIFY(r.out.contains("def verify_webhook("));
        QVERIFY(r.out.contains("webhook-signature"));

        r = ctl({QStringLiteral("webhook"), QStringLiteral("snippet"), QStringLiteral("acme/snip"),
                 QStringLiteral("--language"), QStringLiteral("node")});
        CHECK_EXIT(r, 0);
        QVERIFY(r.out.contains("verifyWebhook"));
        r = ctl({QStringLiteral("webhook"), QStringLiteral("snippet"), QStringLiteral("acme/snip"),
                 QStringLiteral("--language"), QStringLiteral("go"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QString fileName;
        const QString code =
            wc::verifySnippet(QStringLiteral("standard-webhooks"), SnippetLanguage::Go, &fileName);
        QCOMPARE(r.object().value(u"code").toString(), code);
        QCOMPARE(r.object().value(u"fileName").toString(), fileName);
        QCOMPARE(r.object().value(u"language").toString(), QStringLiteral("go"));
        QCOMPARE(r.object().value(u"signature").toString(), QStringLiteral("standard-webhooks"));

        // Another scheme, another snippet.
        CHECK_EXIT(ctl({QStringLiteral("webhook"), QStringLiteral("edit"),
                        QStringLiteral("acme/snip"), QStringLiteral("--signature"),
                        QStringLiteral("github"), QStringLiteral("--secret-stdin")},
                       "a-github-secret-of-some-length\n"),
                   0);
        m_secrets << QStringLiteral("a-github-secret-of-some-length");
        r = ctl(
            {QStringLiteral("webhook"), QStringLiteral("snippet"), QStringLiteral("acme/snip")});
        CHECK_EXIT(r, 0);
        QVERIFY(r.out.contains("X-Hub-Signature-256"));

        r = ctl({QStringLiteral("webhook"), QStringLiteral("snippet"), QStringLiteral("acme/snip"),
                 QStringLiteral("--language"), QStringLiteral("rust")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains("--language: “rust” is not a language of the snippets; use one of: "
                                "python, node, go."),
                 r.err.constData());
        r = ctl(
            {QStringLiteral("webhook"), QStringLiteral("snippet"), QStringLiteral("acme/none")});
        CHECK_EXIT(r, 3);
    }

    void helpDocumentsTheCommands()
    {
        const Run overview = run({QStringLiteral("--help")});
        CHECK_EXIT(overview, 0);
        for (const char *text :
             {"receive            [--port N] [--webhook REF]", "delivery send      REF --from ID",
              "delivery export    REF", "delivery import    REF FILE", "webhook snippet    REF"})
            QVERIFY2(overview.out.contains(text), text);
        const Run receive = run({QStringLiteral("receive"), QStringLiteral("--help")});
        CHECK_EXIT(receive, 0);
        QVERIFY(receive.out.startsWith("Usage: webhookctl receive [--port N]"));
        for (const char *text : {"--status CODE", "--delay MS", "--webhook REF", "exit 0"})
            QVERIFY2(receive.out.contains(text), text);
        const Run send =
            run({QStringLiteral("help"), QStringLiteral("delivery"), QStringLiteral("send")});
        CHECK_EXIT(send, 0);
        for (const char *text : {"--to URL", "--header 'K: V'", "--wrong-secret", "--unsigned"})
            QVERIFY2(send.out.contains(text), text);
        const Run exported =
            run({QStringLiteral("delivery"), QStringLiteral("export"), QStringLiteral("--help")});
        for (const char *text : {"--format F", "har (HTTP Archive 1.2", "--include-signatures"})
            QVERIFY2(exported.out.contains(text), text);
    }
};

QTEST_GUILESS_MAIN(TestWebhookctlSigning)
#include "tst_webhookctl_signing.moc"
