#include "AppInfo.h"
#include "Async.h"
#include "LocalReceiver.h"
#include "Settings.h"
#include "TestSupport.h"
#include "WebhookBackend.h"
#include "delivery/Signer.h"
#include "local/Database.h"
#include "local/LocalBackend.h"
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

// Names of the core one by one: `using namespace wc` would make wc::Result (Async.h) clash
// with this test's own Result.
namespace AppInfo = wc::AppInfo;
namespace Settings = wc::Settings;
namespace test = wc::test;
using wc::Delivery;
using wc::DeliveryFilter;
using wc::Error;
using wc::KeychainSecretStore;
using wc::LocalBackend;
using wc::PageRequest;
using wc::PulumiSigner;
using wc::Scope;
using wc::SecretStore;
using wc::StoredWebhook;
using wc::WebhookBackend;
using wc::WebhookDraft;
using wc::WebhookRef;
using wc::whenReady;
using wc::test::LocalReceiver;

namespace {

/// What a user of webhookctl sees: the exit status and both streams.
struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;

    /// Standard output as exactly one JSON document (QJsonDocument rejects trailing text);
    /// undefined when it is not.
    [[nodiscard]] QJsonValue json() const
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError)
            return QJsonValue(QJsonValue::Undefined);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    [[nodiscard]] QJsonObject object() const { return json().toObject(); }
    [[nodiscard]] QJsonArray array() const { return json().toArray(); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }

    [[nodiscard]] QByteArray describe() const
    {
        return "exit " + QByteArray::number(code) + "\n--- stdout:\n" + out + "\n--- stderr:\n" +
               err;
    }
};

#define CHECK_EXIT(result, expected)                                                               \
    QVERIFY2((result).code == (expected), (result).describe().constData())

const QStringList WebhookKeys{
    QStringLiteral("organizationName"),
    QStringLiteral("name"),
    QStringLiteral("displayName"),
    QStringLiteral("payloadUrl"),
    QStringLiteral("format"),
    QStringLiteral("filters"),
    QStringLiteral("groups"),
    QStringLiteral("active"),
    QStringLiteral("hasSecret"),
    QStringLiteral("signature"),
    // Who did what, and the version an edit starts from.
    QStringLiteral("version"),
    QStringLiteral("createdAt"),
    QStringLiteral("createdBy"),
    QStringLiteral("updatedAt"),
    QStringLiteral("updatedBy"),
};
/// A webhook with a secret also says who set it, and when.
const QStringList SecretKeys{QStringLiteral("secretChangedBy"), QStringLiteral("secretChangedAt")};

const QStringList DeliveryKeys{
    QStringLiteral("id"),           QStringLiteral("webhook"),
    QStringLiteral("kind"),         QStringLiteral("payload"),
    QStringLiteral("timestamp"),    QStringLiteral("duration"),
    QStringLiteral("requestUrl"),   QStringLiteral("requestHeaders"),
    QStringLiteral("responseCode"), QStringLiteral("responseHeaders"),
    QStringLiteral("responseBody"), QStringLiteral("responseTruncated"),
    QStringLiteral("error"),        QStringLiteral("redeliveryOf"),
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// The control bytes in terminal output, as "\\xNN" each: C0 but the line feed, DEL, and C1
/// (UTF-8 C2 80–C2 9F). Empty when the text is safe to print to a terminal.
QByteArray controlBytes(const QByteArray &text)
{
    QByteArray found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = uchar(text.at(i));
        const bool c1 = c == 0xc2 && i + 1 < text.size() && uchar(text.at(i + 1)) >= 0x80 &&
                        uchar(text.at(i + 1)) <= 0x9f;
        if ((c < 0x20 && c != '\n') || c == 0x7f || c1)
            found += "\\x" + QByteArray::number(c1 ? uchar(text.at(++i)) : c, 16);
    }
    return found;
}

QList<qint64> ids(const QJsonArray &deliveries)
{
    QList<qint64> out;
    for (const QJsonValue &v : deliveries)
        out << v.toObject().value(u"id").toInteger();
    return out;
}

} // namespace

// webhookctl run as a real process against real SQLite files, the session's real keychain
// (gnome-keyring in a private D-Bus session) and HTTP receivers on 127.0.0.1.
class TestWebhookctl : public QObject
{
    Q_OBJECT

    QString m_program;
    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;
    std::unique_ptr<LocalBackend> m_core;
    std::unique_ptr<test::SeedDatabase> m_seed;
    QStringList m_secrets; ///< must never appear in any output
    QStringList m_leaks;

    /// Runs webhookctl with `args`, feeding `input` on standard input, and waits while this
    /// process's event loop keeps serving the local receivers.
    Result run(const QStringList &args, const QByteArray &input = {},
               std::optional<QProcessEnvironment> environment = std::nullopt)
    {
        QProcess process;
        process.setProgram(m_program);
        process.setArguments(args);
        process.setProcessEnvironment(environment ? *environment : baseEnvironment());
        process.start();
        Result r;
        if (!process.waitForStarted(10000)) {
            r.err = "could not start " + m_program.toUtf8();
            return r;
        }
        process.write(input);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            r.err = "timed out: " + args.join(u' ').toUtf8();
            return r;
        }
        r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        for (const QString &secret : std::as_const(m_secrets)) {
            if (r.out.contains(secret.toUtf8()) || r.err.contains(secret.toUtf8()))
                m_leaks << args.join(u' ');
        }
        return r;
    }

    /// webhookctl on this test's database (`--database` first).
    Result ctl(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringList{QStringLiteral("--database"), m_db} + args, input);
    }

    static QProcessEnvironment baseEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("WEBHOOK_CONSOLE_DATABASE"));
        return env;
    }

    /// As on a server or in a broken desktop session: no D-Bus session and no display.
    QProcessEnvironment withoutKeychain()
    {
        QProcessEnvironment env = baseEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const QString runtime = m_dir.filePath(QStringLiteral("no-bus-runtime"));
        QDir().mkpath(runtime);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        return env;
    }

    /// The window's core, in this process, on the same database file.
    LocalBackend &core()
    {
        if (!m_core) {
            m_core = std::make_unique<LocalBackend>(m_db);
            if (Error e = test::await(m_core->open()))
                qFatal("cannot open %s: %s", qPrintable(m_db), qPrintable(e.message));
        }
        return *m_core;
    }

    /// A connection of this test's own to the same database file, for seeding rows directly.
    test::SeedDatabase &seed()
    {
        if (!m_seed)
            m_seed = std::make_unique<test::SeedDatabase>(m_db);
        return *m_seed;
    }

    /// Closes this process's connections to the database.
    void closeCore()
    {
        m_seed.reset();
        m_core.reset();
    }

    QString secret(const QString &text)
    {
        m_secrets << text;
        return text;
    }

    /// Creates an organization webhook through the CLI; `secretInput` goes to stdin.
    [[nodiscard]] bool createHook(const QString &name, const QString &url, QJsonObject *created,
                                  const QByteArray &secretInput = {}, const QStringList &extra = {})
    {
        QStringList args{QStringLiteral("webhook"),
                         QStringLiteral("new"),
                         QStringLiteral("--json"),
                         QStringLiteral("--org"),
                         QStringLiteral("acme"),
                         QStringLiteral("--name"),
                         name,
                         QStringLiteral("--display-name"),
                         QStringLiteral("Hook ") + name,
                         QStringLiteral("--payload-url"),
                         url};
        if (!secretInput.isEmpty())
            args << QStringLiteral("--secret-stdin");
        const Result r = ctl(args + extra, secretInput);
        if (r.code != 0) {
            qWarning().noquote() << "webhook new failed:" << r.describe();
            return false;
        }
        *created = r.object();
        return !created->isEmpty();
    }

    /// Runs a ping through the CLI and returns the printed delivery.
    Result ping(const QString &ref)
    {
        return ctl(
            {QStringLiteral("webhook"), QStringLiteral("ping"), ref, QStringLiteral("--json")});
    }

    /// Waits for an operation of the core; nullopt when it never finishes.
    template <typename T>
    std::optional<T> waitFor(const QFuture<wc::Result<T>> &future, Error *error)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000) ||
            future.resultCount() == 0)
            return std::nullopt;
        const wc::Result<T> result = future.result();
        *error = result.error;
        return result.value;
    }

    /// Writes a completed delivery straight into the database, as if sent at `when`.
    qint64 seedDelivery(qint64 webhookId, const QDateTime &when, const QString &kind,
                        int responseCode, const QByteArray &payload,
                        const QByteArray &responseBody = "{}")
    {
        Delivery d;
        d.uid = QStringLiteral("seed-%1").arg(++m_counter);
        d.kind = kind;
        d.payload = payload;
        d.timestamp = when;
        d.requestUrl = QStringLiteral("http://127.0.0.1:9/seeded");
        if (seed().deliveries.insertPending(d, webhookId))
            qFatal("cannot seed a delivery");
        d.state = Delivery::State::Completed;
        d.responseCode = responseCode;
        d.responseBody = responseBody;
        d.durationMs = 12;
        if (responseCode < 200 || responseCode >= 300)
            d.error = QStringLiteral("The receiver answered %1.").arg(responseCode);
        if (seed().deliveries.complete(d))
            qFatal("cannot complete a seeded delivery");
        return d.id.toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppInfo::apply();
        m_program = qEnvironmentVariable("WEBHOOKCTL");
        QVERIFY2(QFileInfo(m_program).isExecutable(),
                 "set WEBHOOKCTL to the webhookctl binary (ctest does)");
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        closeCore();
        m_secrets.clear();
        m_leaks.clear();
        m_db = test::databasePath(m_dir, QStringLiteral("t%1.sqlite").arg(++m_counter));
    }

    void cleanup()
    {
        closeCore();
        QVERIFY2(m_leaks.isEmpty(),
                 qPrintable(QStringLiteral("a secret was printed by: ") + m_leaks.join(u'|')));
    }

    // --- global flags --------------------------------------------------------------------

    void versionIsPrinted()
    {
        const Result r = run({QStringLiteral("--version")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.out, "webhookctl " + QByteArray(AppInfo::Version) + '\n');
        QVERIFY(r.err.isEmpty());

        const Result j = run({QStringLiteral("--version"), QStringLiteral("--json")});
        CHECK_EXIT(j, 0);
        QCOMPARE(j.object().value(u"version").toString(), QString::fromLatin1(AppInfo::Version));
        QCOMPARE(j.object().value(u"name").toString(), QStringLiteral("webhookctl"));
    }

    void helpListsCommandsAndExitCodes()
    {
        const Result r = run({QStringLiteral("--help")});
        CHECK_EXIT(r, 0);
        for (const char *text :
             {"webhook new", "webhook list", "webhook get", "webhook edit", "webhook rm",
              "webhook ping", "delivery list", "delivery get", "delivery redeliver",
              "--secret-stdin", "--database PATH", "--json", "ORG/PROJECT/STACK/NAME",
              "6  storage error", "5  keychain unavailable", "4  already exists"})
            QVERIFY2(r.out.contains(text), text);

        const Result command =
            run({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("--help")});
        CHECK_EXIT(command, 0);
        QVERIFY(command.out.startsWith("Usage: webhookctl delivery list REF"));
        for (const char *text : {"--since TIME", "--until TIME", "--search TEXT", "--failed",
                                 "--limit N", "--database PATH"})
            QVERIFY2(command.out.contains(text), text);
        QVERIFY(!command.out.contains("--secret-stdin"));
    }

    void globalFlagsStandAfterTheCommand()
    {
        QJsonObject hook;
        QVERIFY(createHook(QStringLiteral("late-flags"), QStringLiteral("https://example.com/h"),
                           &hook));
        // --json and --database after the command and after its argument.
        const Result get = run({QStringLiteral("webhook"), QStringLiteral("get"),
                                QStringLiteral("acme/late-flags"), QStringLiteral("--json"),
                                QStringLiteral("--database"), m_db});
        CHECK_EXIT(get, 0);
        QCOMPARE(get.object().value(u"name").toString(), QStringLiteral("late-flags"));
        // Mixed: one before, one after, with the = form.
        const Result list = run({QStringLiteral("--json"), QStringLiteral("webhook"),
                                 QStringLiteral("list"), QStringLiteral("--database=") + m_db});
        CHECK_EXIT(list, 0);
        QCOMPARE(list.array().size(), 1);
        // Human output when --json is absent.
        const Result text =
            run({QStringLiteral("webhook"), QStringLiteral("get"),
                 QStringLiteral("acme/late-flags"), QStringLiteral("--database"), m_db});
        CHECK_EXIT(text, 0);
        QVERIFY2(text.out.contains("Ref           acme/late-flags\n"), text.out.constData());
        QVERIFY(text.json().isUndefined());
    }

    void databaseFromEnvironmentAndDefault()
    {
        // $WEBHOOK_CONSOLE_DATABASE when --database is absent.
        QProcessEnvironment env = baseEnvironment();
        const QString fromEnv = m_dir.filePath(QStringLiteral("from-env.sqlite"));
        env.insert(QStringLiteral("WEBHOOK_CONSOLE_DATABASE"), fromEnv);
        Result r =
            run({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("envorg"), QStringLiteral("--display-name"), QStringLiteral("Env"),
                 QStringLiteral("--payload-url"), QStringLiteral("https://example.com/e")},
                {}, env);
        CHECK_EXIT(r, 0);
        QVERIFY(QFileInfo::exists(fromEnv));
        r = run({QStringLiteral("--database"), fromEnv, QStringLiteral("webhook"),
                 QStringLiteral("get"), QStringLiteral("envorg/env")});
        CHECK_EXIT(r, 0);

        // Neither: the window's default, under the XDG data folder.
        QProcessEnvironment isolated = baseEnvironment();
        const QString data = m_dir.filePath(QStringLiteral("xdg-data"));
        isolated.insert(QStringLiteral("XDG_DATA_HOME"), data);
        r = run({QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json")}, {},
                isolated);
        CHECK_EXIT(r, 0);
        QCOMPARE(r.array().size(), 0);
        QVERIFY(QFileInfo::exists(data + QStringLiteral("/webhook-console/webhooks.sqlite")));
    }

    // --- usage errors (exit 2) -----------------------------------------------------------

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("why");

        const QString org = QStringLiteral("--org");
        const QString acme = QStringLiteral("acme");
        const QString dn = QStringLiteral("--display-name");
        const QString url = QStringLiteral("--payload-url");
        const QString okUrl = QStringLiteral("https://example.com/hook");
        const QStringList newHook{QStringLiteral("webhook"),
                                  QStringLiteral("new"),
                                  org,
                                  acme,
                                  dn,
                                  QStringLiteral("Hook"),
                                  url,
                                  okUrl};
        const QStringList edit{QStringLiteral("webhook"), QStringLiteral("edit"),
                               QStringLiteral("acme/hook")};
        const QStringList list{QStringLiteral("delivery"), QStringLiteral("list"),
                               QStringLiteral("acme/hook")};

        auto row = [](const char *name, const QStringList &args, const char *field, const char *why,
                      const QByteArray &input = {}) {
            QTest::newRow(name) << args << input << QString::fromUtf8(field)
                                << QString::fromUtf8(why);
        };
        row("no command", {}, "COMMAND", "Give a command");
        row("unknown group", {QStringLiteral("frobnicate")}, "COMMAND", "is not a command");
        row("group alone", {QStringLiteral("webhook")}, "COMMAND", "new, list, get");
        row("unknown verb", {QStringLiteral("webhook"), QStringLiteral("launch")}, "COMMAND",
            "is not a command");
        row("unknown option",
            {QStringLiteral("--bogus"), QStringLiteral("webhook"), QStringLiteral("list")}, "",
            "Unknown option 'bogus'");
        row("option without value", {QStringLiteral("webhook"), QStringLiteral("list"), org}, "",
            "Missing value after '--org'");
        row("empty database",
            {QStringLiteral("--database="), QStringLiteral("webhook"), QStringLiteral("list")},
            "--database", "Enter the database path");
        row("option of another command",
            {QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("acme/x"), org, acme},
            "--org", "is not an option of “webhook get”");
        row("missing REF", {QStringLiteral("webhook"), QStringLiteral("get")}, "REF", "Required");
        row("REF of one part", {QStringLiteral("webhook"), QStringLiteral("get"), acme}, "REF",
            "ORG/NAME, ORG/PROJECT/STACK/NAME or ORG/PROJECT/env:ENV/NAME");
        row("REF of three parts",
            {QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("a/b/c")}, "REF",
            "ORG/NAME, ORG/PROJECT/STACK/NAME or ORG/PROJECT/env:ENV/NAME");
        row("REF with a bad name",
            {QStringLiteral("webhook"), QStringLiteral("rm"), QStringLiteral("acme/no way")}, "REF",
            "Use only letters");
        row("REF with an empty organization",
            {QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("/hook")}, "REF",
            "Enter the organization name");
        row("extra argument",
            {QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("acme/x"),
             QStringLiteral("acme/y")},
            "", "Unexpected argument “acme/y”");
        row("delivery ID not a number",
            {QStringLiteral("delivery"), QStringLiteral("get"), QStringLiteral("abc")}, "ID",
            "not a delivery ID");
        row("delivery ID zero",
            {QStringLiteral("delivery"), QStringLiteral("redeliver"), QStringLiteral("0")}, "ID",
            "not a delivery ID");
        row("new without --org", newHook.mid(0, 2) + newHook.mid(4), "--org", "Required");
        row("new without --display-name", newHook.mid(0, 4) + newHook.mid(6), "--display-name",
            "Required");
        row("new without --payload-url", newHook.mid(0, 6), "--payload-url", "Required");
        row("new with --project alone",
            newHook + QStringList{QStringLiteral("--project"), QStringLiteral("web")}, "--stack",
            "--project needs --stack (a stack webhook) or --env");
        row("new with --stack alone",
            newHook + QStringList{QStringLiteral("--stack"), QStringLiteral("prod")}, "--project",
            "both --project and --stack");
        row("list with a stack but no --org",
            {QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--project"),
             QStringLiteral("web"), QStringLiteral("--stack"), QStringLiteral("prod")},
            "--org", "need --org");
        row("bad organization",
            {QStringLiteral("webhook"), QStringLiteral("new"), org, QStringLiteral("ac me"), dn,
             QStringLiteral("Hook"), url, okUrl},
            "--org", "Use only letters");
        row("payload URL not http",
            newHook.mid(0, 7) + QStringList{QStringLiteral("ftp://example.com/x")}, "--payload-url",
            "http:// or https://");
        row("payload URL without host", newHook.mid(0, 7) + QStringList{QStringLiteral("http://")},
            "--payload-url", "");
        row("display name blank",
            {QStringLiteral("webhook"), QStringLiteral("new"), org, acme, dn, QStringLiteral("   "),
             url, okUrl},
            "--display-name", "Enter a display name");
        row("bad name", newHook + QStringList{QStringLiteral("--name"), QStringLiteral("a b")},
            "--name", "Use only letters");
        row("name too long", newHook + QStringList{QStringLiteral("--name"), QString(33, u'n')},
            "--name", "at most 32");
        row("unknown format",
            newHook + QStringList{QStringLiteral("--format"), QStringLiteral("telegram")},
            "--format", "is not a format");
        row("deployments format on an organization",
            newHook + QStringList{QStringLiteral("--format"), QStringLiteral("pulumi_deployments")},
            "--format", "is not a format for this scope");
        row("unknown group",
            newHook + QStringList{QStringLiteral("--groups"), QStringLiteral("weather")},
            "--filters/--groups", "not an event group");
        row("stack-only group rule",
            newHook + QStringList{QStringLiteral("--project"), QStringLiteral("web"),
                                  QStringLiteral("--stack"), QStringLiteral("prod"),
                                  QStringLiteral("--groups"), QStringLiteral("environments")},
            "--filters/--groups", "not an event group for this scope");
        row("filter covered by a group",
            newHook + QStringList{QStringLiteral("--groups"), QStringLiteral("stacks"),
                                  QStringLiteral("--filters"), QStringLiteral("update_failed")},
            "--filters/--groups", "already covered");
        row("empty secret", newHook + QStringList{QStringLiteral("--secret-stdin")},
            "--secret-stdin", "held no secret", "\n");
        row("secret too long", newHook + QStringList{QStringLiteral("--secret-stdin")},
            "--secret-stdin", "at most 1024", QByteArray(1025, 's'));
        row("secret not UTF-8", newHook + QStringList{QStringLiteral("--secret-stdin")},
            "--secret-stdin", "not UTF-8", QByteArray("\xff\xfe secret"));
        row("secret with a NUL byte", newHook + QStringList{QStringLiteral("--secret-stdin")},
            "--secret-stdin", "cannot contain control characters", QByteArray("ab\0cd", 5));
        row("secret with a NUL byte and a newline",
            newHook + QStringList{QStringLiteral("--secret-stdin")}, "--secret-stdin",
            "(found U+0000)", QByteArray("ab\0cd\n", 6));
        row("secret of two lines", newHook + QStringList{QStringLiteral("--secret-stdin")},
            "--secret-stdin", "(found U+000A)", "first\nsecond\n");
        row("secret with two trailing newlines",
            newHook + QStringList{QStringLiteral("--secret-stdin")}, "--secret-stdin",
            "(found U+000A)", "two-lines-secret\n\n");
        row("secret with a tab", newHook + QStringList{QStringLiteral("--secret-stdin")},
            "--secret-stdin", "(found U+0009)", "a\tb");
        row("secret with ESC", newHook + QStringList{QStringLiteral("--secret-stdin")},
            "--secret-stdin", "(found U+001B)", "a\x1b[31m");
        row("display name with ESC",
            {QStringLiteral("webhook"), QStringLiteral("new"), org, acme, dn,
             QStringLiteral("Deploys\x1b[2J\x1b[31m"), url, okUrl},
            "--display-name", "cannot contain control characters");
        row("display name with a newline",
            {QStringLiteral("webhook"), QStringLiteral("new"), org, acme, dn,
             QStringLiteral("Deploys\nforged line"), url, okUrl},
            "--display-name", "(found U+000A)");
        row("display name with a C1 CSI",
            {QStringLiteral("webhook"), QStringLiteral("new"), org, acme, dn,
             QStringLiteral("Deploys") + QChar(0x9b) + QStringLiteral("2J"), url, okUrl},
            "--display-name", "(found U+009B)");
        row("display name with DEL",
            {QStringLiteral("webhook"), QStringLiteral("new"), org, acme, dn,
             QStringLiteral("Deploys\x7f"), url, okUrl},
            "--display-name", "(found U+007F)");
        row("name ..", newHook + QStringList{QStringLiteral("--name"), QStringLiteral("..")},
            "--name", "“..” cannot be a name");
        row("name .", newHook + QStringList{QStringLiteral("--name"), QStringLiteral(".")},
            "--name", "“.” cannot be a name");
        row("display name .. without --name",
            {QStringLiteral("webhook"), QStringLiteral("new"), org, acme, dn, QStringLiteral(".."),
             url, okUrl},
            "--name", "No name can be made from the display name");
        row("organization ..",
            {QStringLiteral("webhook"), QStringLiteral("new"), org, QStringLiteral(".."), dn,
             QStringLiteral("Hook"), url, okUrl},
            "--org", "“..” cannot be the organization name");
        row("stack .",
            newHook + QStringList{QStringLiteral("--project"), QStringLiteral("web"),
                                  QStringLiteral("--stack"), QStringLiteral(".")},
            "--stack", "“.” cannot be the stack name");
        row("organization with ESC",
            {QStringLiteral("webhook"), QStringLiteral("list"), org, QStringLiteral("ac\x1bme")},
            "--org", "Use only letters");
        row("REF naming ..",
            {QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("acme/..")}, "REF",
            "“..” cannot be a name");
        row("REF echoed with its control characters escaped",
            {QStringLiteral("webhook"), QStringLiteral("get"),
             QStringLiteral("x\x1b]0;owned\x07\x1b[2J\ny")},
            "REF", "“x\\x1b]0;owned\\x07\\x1b[2J\\x0ay” is not a webhook reference");
        row("payload URL with user and password",
            newHook.mid(0, 7) + QStringList{QStringLiteral("https://deploy:hunter2@example.com/x")},
            "--payload-url", "would be stored in plain text, outside the keychain");
        row("payload URL with a token as user name",
            newHook.mid(0, 7) + QStringList{QStringLiteral("https://ghp_abc123@example.com/x")},
            "--payload-url", "use the webhook's secret instead");
        row("payload URL with port 0",
            newHook.mid(0, 7) + QStringList{QStringLiteral("http://127.0.0.1:0/hook")},
            "--payload-url", "Port 0 is not a port");
        row("delivery get -1",
            {QStringLiteral("delivery"), QStringLiteral("get"), QStringLiteral("-1")}, "ID",
            "“-1” is not a delivery ID");
        row("delivery redeliver -1",
            {QStringLiteral("delivery"), QStringLiteral("redeliver"), QStringLiteral("-1")}, "ID",
            "“-1” is not a delivery ID");
        row("a negative number keeps its place among the arguments",
            {QStringLiteral("delivery"), QStringLiteral("redeliver"),
             QStringLiteral("--all-failed"), QStringLiteral("acme/x"), QStringLiteral("-42")},
            "", "Unexpected argument “-42” after “delivery redeliver”");
        row("--limit -1 is still the limit's value",
            list + QStringList{QStringLiteral("--limit"), QStringLiteral("-1")}, "--limit",
            "“-1” is not a positive whole number");
        row("edit without changes", edit, "webhook edit", "Nothing to change");
        row("edit active and inactive",
            edit + QStringList{QStringLiteral("--active"), QStringLiteral("--inactive")},
            "--active", "not both");
        row("edit set and remove secret",
            edit + QStringList{QStringLiteral("--secret-stdin"), QStringLiteral("--remove-secret")},
            "--secret-stdin", "not both", "x");
        row("edit --name", edit + QStringList{QStringLiteral("--name"), QStringLiteral("other")},
            "--name", "is not an option of “webhook edit”");
        row("limit zero", list + QStringList{QStringLiteral("--limit"), QStringLiteral("0")},
            "--limit", "positive whole number");
        row("limit words", list + QStringList{QStringLiteral("--limit"), QStringLiteral("many")},
            "--limit", "positive whole number");
        row("failed and succeeded",
            list + QStringList{QStringLiteral("--failed"), QStringLiteral("--succeeded")},
            "--failed", "not both");
        row("unknown kind", list + QStringList{QStringLiteral("--kind"), QStringLiteral("pong")},
            "--kind", "not an event kind");
        row("since not a date",
            list + QStringList{QStringLiteral("--since"), QStringLiteral("yesterday")}, "--since",
            "ISO 8601");
        row("until month 13",
            list + QStringList{QStringLiteral("--until"), QStringLiteral("2026-13-01T00:00:00Z")},
            "--until", "ISO 8601");
        row("since after until",
            list + QStringList{QStringLiteral("--since"), QStringLiteral("2026-11-02T00:00:00Z"),
                               QStringLiteral("--until"), QStringLiteral("2026-11-01T00:00:00Z")},
            "--since", "later than --until");
        row("empty search", list + QStringList{QStringLiteral("--search"), QString()}, "--search",
            "Enter the text");
        const QStringList redeliver{QStringLiteral("delivery"), QStringLiteral("redeliver")};
        row("filter without --all-failed",
            redeliver +
                QStringList{QStringLiteral("7"), QStringLiteral("--kind"), QStringLiteral("ping")},
            "--kind", "filters --all-failed");
        row("--all-failed bad ref",
            redeliver + QStringList{QStringLiteral("--all-failed"), QStringLiteral("acme")},
            "--all-failed", "not a webhook reference");
        row("--all-failed and an ID",
            redeliver + QStringList{QStringLiteral("--all-failed"), QStringLiteral("acme/x"),
                                    QStringLiteral("7")},
            "", "Unexpected argument");
        row("--all-failed with --limit",
            redeliver + QStringList{QStringLiteral("--all-failed"), QStringLiteral("acme/x"),
                                    QStringLiteral("--limit"), QStringLiteral("3")},
            "--limit", "not an option");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        QFETCH(QString, why);

        const Result r = ctl(args, input);
        CHECK_EXIT(r, 2);
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        const QString err = r.errText();
        QVERIFY2(err.startsWith(QStringLiteral("webhookctl: ")), r.describe().constData());
        if (!field.isEmpty())
            QVERIFY2(err.startsWith(QStringLiteral("webhookctl: ") + field + QStringLiteral(": ")),
                     r.describe().constData());
        QVERIFY2(err.contains(why), r.describe().constData());
        QCOMPARE(err.count(u'\n'), 1); // one sentence, no log noise
        QVERIFY2(controlBytes(r.err).isEmpty(), controlBytes(r.err).constData());

        // Nothing was half-saved.
        const Result after =
            ctl({QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json")});
        CHECK_EXIT(after, 0);
        QCOMPARE(after.array().size(), 0);
    }

    void usageErrorAsJson()
    {
        const Result r =
            ctl({QStringLiteral("--json"), QStringLiteral("delivery"), QStringLiteral("list"),
                 QStringLiteral("acme/hook"), QStringLiteral("--since"), QStringLiteral("soon")});
        CHECK_EXIT(r, 2);
        const QJsonObject error = r.object().value(u"error").toObject();
        QCOMPARE(error.value(u"exitCode").toInt(), 2);
        QCOMPARE(error.value(u"code").toString(), QStringLiteral("invalid"));
        QCOMPARE(error.value(u"field").toString(), QStringLiteral("--since"));
        QVERIFY(error.value(u"message").toString().contains(u"ISO 8601"));
        QVERIFY(r.errText().startsWith(QStringLiteral("webhookctl: --since: ")));
    }

    // --- webhook new / get / list: JSON shape and tables ------------------------------------

    void createWithSecretPrintsRestFieldsNeverTheSecret()
    {
        const QString s = secret(QStringLiteral("correct horse battery staple"));
        const Result r =
            ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--display-name"),
                 QStringLiteral("Deploy Hook!"), QStringLiteral("--payload-url"),
                 QStringLiteral("https://example.com/deploy"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--json")},
                s.toUtf8() + '\n');
        CHECK_EXIT(r, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject w = r.object();
        // No projectName/stackName, no secret.
        QCOMPARE(sorted(w.keys()), sorted(WebhookKeys + SecretKeys));
        QCOMPARE(w.value(u"createdBy").toString(), w.value(u"updatedBy").toString());
        QVERIFY(!w.value(u"createdBy").toString().isEmpty());
        QCOMPARE(w.value(u"version").toInt(), 1);
        QCOMPARE(w.value(u"organizationName").toString(), QStringLiteral("acme"));
        QCOMPARE(w.value(u"name").toString(), QStringLiteral("deploy-hook")); // derived
        QCOMPARE(w.value(u"displayName").toString(), QStringLiteral("Deploy Hook!"));
        QCOMPARE(w.value(u"payloadUrl").toString(), QStringLiteral("https://example.com/deploy"));
        QCOMPARE(w.value(u"format").toString(), QStringLiteral("raw"));
        QCOMPARE(w.value(u"active").toBool(), true);
        QCOMPARE(w.value(u"hasSecret").toBool(), true);
        QCOMPARE(w.value(u"filters").toArray(), QJsonArray());
        // Pulumi's defaults for an organization webhook without filters or groups.
        QCOMPARE(w.value(u"groups").toArray(),
                 QJsonArray({QStringLiteral("deployments"), QStringLiteral("environments"),
                             QStringLiteral("stacks")}));

        // get prints the same object; the database holds no secret.
        const Result get = ctl({QStringLiteral("webhook"), QStringLiteral("get"),
                                QStringLiteral("acme/deploy-hook"), QStringLiteral("--json")});
        CHECK_EXIT(get, 0);
        QCOMPARE(get.object(), w);
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(s.toUtf8()));
    }

    void stackWebhookJsonAndOptions()
    {
        const Result r = ctl(
            {QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
             QStringLiteral("acme"), QStringLiteral("--project"), QStringLiteral("web"),
             QStringLiteral("--stack"), QStringLiteral("prod"), QStringLiteral("--name"),
             QStringLiteral("deploys"), QStringLiteral("--display-name"), QStringLiteral("Deploys"),
             // A Deployment webhook's payload URL is its target stack, project/stack.
             QStringLiteral("--payload-url"), QStringLiteral("web/staging"),
             QStringLiteral("--format"), QStringLiteral("pulumi_deployments"),
             QStringLiteral("--filters"), QStringLiteral("update_failed, deployment_failed"),
             QStringLiteral("--inactive"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        const QJsonObject w = r.object();
        QCOMPARE(sorted(w.keys()), sorted(WebhookKeys + QStringList{QStringLiteral("projectName"),
                                                                    QStringLiteral("stackName")}));
        QCOMPARE(w.value(u"projectName").toString(), QStringLiteral("web"));
        QCOMPARE(w.value(u"stackName").toString(), QStringLiteral("prod"));
        QCOMPARE(w.value(u"format").toString(), QStringLiteral("pulumi_deployments"));
        QCOMPARE(w.value(u"filters").toArray(), QJsonArray({QStringLiteral("update_failed"),
                                                            QStringLiteral("deployment_failed")}));
        QCOMPARE(w.value(u"groups").toArray(), QJsonArray());
        QCOMPARE(w.value(u"active").toBool(), false);
        QCOMPARE(w.value(u"hasSecret").toBool(), false);

        // Stack defaults when neither filters nor groups are given.
        const Result d = ctl(
            {QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
             QStringLiteral("acme"), QStringLiteral("--project"), QStringLiteral("web"),
             QStringLiteral("--stack"), QStringLiteral("prod"), QStringLiteral("--display-name"),
             QStringLiteral("Defaults"), QStringLiteral("--payload-url"),
             QStringLiteral("https://e.com/d"), QStringLiteral("--json")});
        CHECK_EXIT(d, 0);
        QCOMPARE(d.object().value(u"groups").toArray(),
                 QJsonArray({QStringLiteral("deployments"), QStringLiteral("stacks")}));

        const Result get = ctl({QStringLiteral("--json"), QStringLiteral("webhook"),
                                QStringLiteral("get"), QStringLiteral("acme/web/prod/deploys")});
        CHECK_EXIT(get, 0);
        QCOMPARE(get.object(), w);
    }

    void listFiltersByScopeAndAlignsTables()
    {
        QJsonObject created;
        QVERIFY(
            createHook(QStringLiteral("alpha"), QStringLiteral("https://example.com/a"), &created));
        Result r = ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                        QStringLiteral("acme"), QStringLiteral("--project"), QStringLiteral("web"),
                        QStringLiteral("--stack"), QStringLiteral("prod"), QStringLiteral("--name"),
                        QStringLiteral("alpha"), QStringLiteral("--display-name"),
                        QStringLiteral("Stack alpha"), QStringLiteral("--payload-url"),
                        QStringLiteral("https://example.com/s")});
        CHECK_EXIT(r, 0); // the same name in another scope is no conflict
        r = ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("globex"), QStringLiteral("--display-name"), QStringLiteral("G"),
                 QStringLiteral("--payload-url"), QStringLiteral("https://example.com/g")});
        CHECK_EXIT(r, 0);

        auto refs = [](const QJsonArray &array) {
            QStringList out;
            for (const QJsonValue &v : array) {
                const QJsonObject o = v.toObject();
                QString ref = o.value(u"organizationName").toString();
                if (o.contains(u"projectName"))
                    ref += u'/' + o.value(u"projectName").toString() + u'/' +
                           o.value(u"stackName").toString();
                out << ref + u'/' + o.value(u"name").toString();
            }
            out.sort();
            return out;
        };
        r = ctl({QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(refs(r.array()),
                 QStringList({QStringLiteral("acme/alpha"), QStringLiteral("acme/web/prod/alpha"),
                              QStringLiteral("globex/g")}));
        r = ctl({QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(refs(r.array()), QStringList({QStringLiteral("acme/alpha"),
                                               QStringLiteral("acme/web/prod/alpha")}));
        r = ctl({QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--project"), QStringLiteral("web"),
                 QStringLiteral("--stack"), QStringLiteral("prod"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(refs(r.array()), QStringList({QStringLiteral("acme/web/prod/alpha")}));

        // An organization named by --org that the database lacks is added.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--org"),
                 QStringLiteral("initech"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.array().size(), 0);
        QVERIFY(test::await(core().organizations()).value.contains(QStringLiteral("initech")));

        // The human table: a header and one row per webhook, columns aligned.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("list")});
        CHECK_EXIT(r, 0);
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().startsWith(QStringLiteral("REF ")));
        for (const QString &header : {QStringLiteral("DISPLAY NAME"), QStringLiteral("ACTIVE"),
                                      QStringLiteral("SECRET"), QStringLiteral("PAYLOAD URL")}) {
            const qsizetype column = lines.first().indexOf(header);
            QVERIFY(column > 0);
            for (const QString &line : lines.mid(1)) {
                QVERIFY2(line.at(column - 1) == u' ' && line.at(column) != u' ', qPrintable(line));
            }
        }
        QVERIFY(lines.at(1).startsWith(QStringLiteral("acme/alpha ")));
        QVERIFY(r.outText().contains(QStringLiteral("https://example.com/s")));

        r = run({QStringLiteral("--database"),
                 m_dir.filePath(QStringLiteral("empty-%1.sqlite").arg(++m_counter)),
                 QStringLiteral("webhook"), QStringLiteral("list")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.out, QByteArray("No webhooks.\n"));
    }

    // --- exit 3 and 4 ----------------------------------------------------------------------

    void duplicateNameIsExitFour()
    {
        QJsonObject created;
        QVERIFY(
            createHook(QStringLiteral("dup"), QStringLiteral("https://example.com/1"), &created));
        const QString s = secret(QStringLiteral("dup-secret-never-stored"));
        const Result r =
            ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("dup"),
                 QStringLiteral("--display-name"), QStringLiteral("Other"),
                 QStringLiteral("--payload-url"), QStringLiteral("https://e.com/2"),
                 QStringLiteral("--secret-stdin")},
                s.toUtf8());
        CHECK_EXIT(r, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().startsWith(QStringLiteral("webhookctl: --name: ")), r.err);
        QVERIFY(r.errText().contains(QStringLiteral("already exists in acme")));
        // The first one is untouched.
        const Result get = ctl({QStringLiteral("webhook"), QStringLiteral("get"),
                                QStringLiteral("acme/dup"), QStringLiteral("--json")});
        QCOMPARE(get.object().value(u"payloadUrl").toString(),
                 QStringLiteral("https://example.com/1"));
        QCOMPARE(get.object().value(u"hasSecret").toBool(), false);

        const Result json =
            ctl({QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("new"),
                 QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--name"),
                 QStringLiteral("dup"), QStringLiteral("--display-name"), QStringLiteral("Other"),
                 QStringLiteral("--payload-url"), QStringLiteral("https://e.com/2")});
        CHECK_EXIT(json, 4);
        QCOMPARE(json.object().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("conflict"));
    }

    void notFound_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("why");
        QTest::newRow("get") << QStringList{QStringLiteral("webhook"), QStringLiteral("get"),
                                            QStringLiteral("acme/ghost")}
                             << QStringLiteral("REF: There is no webhook “acme/ghost”");
        QTest::newRow("stack get") << QStringList{QStringLiteral("webhook"), QStringLiteral("get"),
                                                  QStringLiteral("acme/web/prod/ghost")}
                                   << QStringLiteral("no webhook “acme/web/prod/ghost”");
        QTest::newRow("edit") << QStringList{QStringLiteral("webhook"), QStringLiteral("edit"),
                                             QStringLiteral("acme/ghost"),
                                             QStringLiteral("--inactive")}
                              << QStringLiteral("no webhook");
        QTest::newRow("rm") << QStringList{QStringLiteral("webhook"), QStringLiteral("rm"),
                                           QStringLiteral("acme/ghost")}
                            << QStringLiteral("no webhook");
        QTest::newRow("ping") << QStringList{QStringLiteral("webhook"), QStringLiteral("ping"),
                                             QStringLiteral("acme/ghost")}
                              << QStringLiteral("no webhook");
        QTest::newRow("delivery list")
            << QStringList{QStringLiteral("delivery"), QStringLiteral("list"),
                           QStringLiteral("acme/ghost")}
            << QStringLiteral("no webhook");
        QTest::newRow("delivery get") << QStringList{QStringLiteral("delivery"),
                                                     QStringLiteral("get"), QStringLiteral("4242")}
                                      << QStringLiteral("ID: There is no delivery 4242");
        QTest::newRow("redeliver")
            << QStringList{QStringLiteral("delivery"), QStringLiteral("redeliver"),
                           QStringLiteral("4242")}
            << QStringLiteral("no delivery 4242");
        QTest::newRow("redeliver all failed")
            << QStringList{QStringLiteral("delivery"), QStringLiteral("redeliver"),
                           QStringLiteral("--all-failed"), QStringLiteral("acme/ghost")}
            << QStringLiteral("no webhook “acme/ghost”");
    }

    void notFound()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, why);
        QJsonObject created; // the organization exists; the webhook does not
        QVERIFY(createHook(QStringLiteral("real"), QStringLiteral("https://e.com/r"), &created));
        const Result r = ctl(args);
        CHECK_EXIT(r, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(why), r.describe().constData());
        const Result json = ctl(args + QStringList{QStringLiteral("--json")});
        CHECK_EXIT(json, 3);
        QCOMPARE(json.object().value(u"error").toObject().value(u"exitCode").toInt(), 3);
    }

    // --- ping, secrets and signatures ------------------------------------------------------

    void secretFromStdinSignsThePing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one newline dropped")
            << QByteArray("s3cr3t ✓\n") << QString::fromUtf8("s3cr3t ✓");
        QTest::newRow("no newline")
            << QByteArray("plain-secret-1") << QString::fromUtf8("plain-secret-1");
        QTest::newRow("CRLF dropped")
            << QByteArray("windows-secret\r\n") << QString::fromUtf8("windows-secret");
        QTest::newRow("inner spaces kept")
            << QByteArray("  padded-secret  \n") << QString::fromUtf8("  padded-secret  ");
    }

    void secretFromStdinSignsThePing()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        secret(expected.trimmed());
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response slow;
        slow.delayMs = 150;
        receiver.setResponse(slow);
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("signed"), receiver.url(), &created, input));
        QCOMPARE(created.value(u"hasSecret").toBool(), true);

        const Result r = ping(QStringLiteral("acme/signed"));
        CHECK_EXIT(r, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(receiver.requests().size(), 1);
        const LocalReceiver::Request &request = receiver.requests().first();
        QCOMPARE(request.headers.value("pulumi-webhook-kind"), QByteArray("ping"));
        QCOMPARE(request.headers.value("pulumi-webhook-signature"),
                 PulumiSigner::sign(expected, request.body));
        const QJsonObject d = r.object();
        QCOMPARE(sorted(d.keys()), sorted(DeliveryKeys));
        QCOMPARE(d.value(u"payload").toString().toUtf8(), request.body);
        QCOMPARE(d.value(u"webhook").toString(), QStringLiteral("acme/signed"));
        QCOMPARE(d.value(u"kind").toString(), QStringLiteral("ping"));
        QCOMPARE(d.value(u"responseCode").toInt(), 200);
        QCOMPARE(d.value(u"responseBody").toString(), QStringLiteral(R"({"ok":true})"));
        QCOMPARE(d.value(u"error").toString(), QString());
        QVERIFY(d.value(u"redeliveryOf").isNull());
        QCOMPARE(d.value(u"requestUrl").toString(), receiver.url());
        QVERIFY(
            d.value(u"requestHeaders")
                .toString()
                .contains(QStringLiteral("Pulumi-Webhook-Signature: ") +
                          QString::fromLatin1(request.headers.value("pulumi-webhook-signature"))));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(d.value(u"timestamp").toInteger() - now) < 60);
        // The receiver took 150 ms to answer; the duration covers it, in milliseconds.
        QVERIFY2(d.value(u"duration").isDouble(), r.out);
        QVERIFY2(d.value(u"duration").toInteger() >= slow.delayMs, r.out);
        QVERIFY2(d.value(u"duration").toInteger() < 10000, r.out);
    }

    void failedPingIsExitOneAndStored_data()
    {
        QTest::addColumn<bool>("closedPort");
        QTest::newRow("connection refused") << true;
        QTest::newRow("HTTP 500") << false;
    }

    void failedPingIsExitOneAndStored()
    {
        QFETCH(bool, closedPort);
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponse({500, "Internal Server Error", "boom", {}, false});
        const QString url =
            closedPort ? QStringLiteral("http://127.0.0.1:%1/hook").arg(LocalReceiver::closedPort())
                       : receiver.url();
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("broken"), url, &created));

        const Result r = ping(QStringLiteral("acme/broken"));
        CHECK_EXIT(r, 1);
        const QJsonObject d = r.object(); // the record is still printed
        QCOMPARE(sorted(d.keys()), sorted(DeliveryKeys));
        if (closedPort) {
            QCOMPARE(d.value(u"responseCode").toInt(), 0);
            QVERIFY2(d.value(u"error").toString().startsWith(u"Connection refused"), r.out);
        } else {
            QCOMPARE(d.value(u"responseCode").toInt(), 500);
            QCOMPARE(d.value(u"responseBody").toString(), QStringLiteral("boom"));
            QVERIFY(d.value(u"error").toString().contains(u"answered 500"));
        }
        QVERIFY2(
            r.errText().startsWith(
                QStringLiteral("webhookctl: delivery %1 failed: ").arg(d.value(u"id").toInteger())),
            r.err);

        // ... and stored.
        const Result get =
            ctl({QStringLiteral("delivery"), QStringLiteral("get"),
                 QString::number(d.value(u"id").toInteger()), QStringLiteral("--json")});
        CHECK_EXIT(get, 0);
        QCOMPARE(get.object(), d);

        // Human output names the outcome too.
        const Result text =
            ctl({QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/broken")});
        CHECK_EXIT(text, 1);
        QVERIFY(text.out.contains("Result       failed\n"));
        QVERIFY(text.out.contains(closedPort ? "Connection refused" : "boom"));
    }

    void pingWithoutSecretIsUnsigned()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response slow;
        slow.delayMs = 250;
        receiver.setResponse(slow);
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("plain"), receiver.url(), &created));
        const Result r =
            ctl({QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/plain")});
        CHECK_EXIT(r, 0);
        QVERIFY(r.out.contains("Result       succeeded\n"));
        QVERIFY(r.out.contains("Outcome      HTTP 200\n"));
        // The duration a person reads covers the 250 ms the receiver took.
        const QRegularExpressionMatch duration =
            QRegularExpression(QStringLiteral("\nDuration     (\\d+) ms\n")).match(r.outText());
        QVERIFY2(duration.hasMatch(), r.out);
        QVERIFY2(duration.captured(1).toInt() >= slow.delayMs, r.out);
        QVERIFY2(duration.captured(1).toInt() < 10000, r.out);
        QCOMPARE(receiver.requests().size(), 1);
        QVERIFY(!receiver.requests().first().headers.contains("pulumi-webhook-signature"));
    }

    // --- redelivery --------------------------------------------------------------------------

    void redeliverAllFailedMatchingTheFilters()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        bool healthy = false;
        receiver.setHandler([&](const LocalReceiver::Request &) {
            LocalReceiver::Response r;
            r.delayMs = 30;
            if (!healthy) {
                r.status = 503;
                r.reason = "Service Unavailable";
            }
            return r;
        });
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("flaky"), receiver.url(), &created,
                           secret(QStringLiteral("bulk-secret")).toUtf8()));
        QSet<qint64> failedIds;
        for (int i = 0; i < 5; ++i) {
            const Result r = ping(QStringLiteral("acme/flaky"));
            CHECK_EXIT(r, 1);
            failedIds << r.object().value(u"id").toInteger();
        }
        healthy = true;
        const Result ok = ping(QStringLiteral("acme/flaky"));
        CHECK_EXIT(ok, 0);
        const QStringList all{QStringLiteral("delivery"), QStringLiteral("redeliver"),
                              QStringLiteral("--all-failed"), QStringLiteral("acme/flaky")};

        // A filter that matches nothing: nothing sent, an empty array.
        Result r =
            ctl(all + QStringList{QStringLiteral("--since"), QStringLiteral("2099-01-01T00:00:00Z"),
                                  QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.array().size(), 0);
        r = ctl(all + QStringList{QStringLiteral("--kind"), QStringLiteral("stack_update")});
        CHECK_EXIT(r, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("No undelivered events match.")),
                 r.describe().constData());
        QCOMPARE(receiver.requests().size(), 6);

        // A receiver still failing: exit 1, each new failure printed.
        healthy = false;
        r = ctl(all);
        CHECK_EXIT(r, 1);
        QVERIFY2(
            r.errText().contains(QStringLiteral("redelivered 5 events: 0 succeeded, 5 failed")),
            r.describe().constData());
        QCOMPARE(r.outText().count(QStringLiteral("failed")), 5);
        QCOMPARE(receiver.requests().size(), 11);
        // Again: the same five events, not their five failed redeliveries on top.
        r = ctl(all);
        CHECK_EXIT(r, 1);
        QVERIFY2(
            r.errText().contains(QStringLiteral("redelivered 5 events: 0 succeeded, 5 failed")),
            r.describe().constData());
        QCOMPARE(receiver.requests().size(), 16);

        // Every failed event once, from its original, as new deliveries linked to it.
        healthy = true;
        r = ctl(all + QStringList{QStringLiteral("--kind"), QStringLiteral("ping"),
                                  QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        const QJsonArray again = r.array();
        QCOMPARE(again.size(), 5);
        QSet<qint64> originals;
        for (const QJsonValue &v : again) {
            const QJsonObject d = v.toObject();
            originals << d.value(u"redeliveryOf").toInteger();
            QCOMPARE(d.value(u"responseCode").toInt(), 200);
            QCOMPARE(d.value(u"webhook").toString(), QStringLiteral("acme/flaky"));
        }
        QCOMPARE(originals, failedIds);
        QVERIFY2(
            r.errText().contains(QStringLiteral("redelivered 5 events: 5 succeeded, 0 failed")),
            r.describe().constData());
        QCOMPARE(receiver.requests().size(), 21);
        QVERIFY(receiver.peakConcurrent() <= Settings::DefaultRedeliveryConcurrency);
        for (qsizetype i = 16; i < 21; ++i) {
            const auto &sent = receiver.requests().at(i);
            QCOMPARE(sent.headers.value("pulumi-webhook-signature"),
                     PulumiSigner::sign(secret(QStringLiteral("bulk-secret")), sent.body));
        }

        // Every event delivered: nothing left to send.
        r = ctl(all);
        CHECK_EXIT(r, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("No undelivered events match.")),
                 r.describe().constData());
        QCOMPARE(receiver.requests().size(), 21);
    }

    void redeliverResendsBytesWithCurrentSecret()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        LocalReceiver::Response slow;
        slow.delayMs = 100;
        receiver.setResponse(slow);
        const QString first = secret(QStringLiteral("first-secret"));
        const QString second = secret(QStringLiteral("second-secret"));
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("again"), receiver.url(), &created, first.toUtf8()));
        const Result original = ping(QStringLiteral("acme/again"));
        CHECK_EXIT(original, 0);
        const qint64 originalId = original.object().value(u"id").toInteger();
        QVERIFY(original.object().value(u"duration").isDouble());
        const qint64 originalDuration = original.object().value(u"duration").toInteger();
        QVERIFY2(originalDuration >= slow.delayMs, original.out);

        // Rotate the secret, then redeliver: same bytes, the new secret's signature.
        Result r =
            ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/again"),
                 QStringLiteral("--secret-stdin"), QStringLiteral("--json")},
                second.toUtf8() + '\n');
        CHECK_EXIT(r, 0);
        QCOMPARE(r.object().value(u"hasSecret").toBool(), true);

        r = ctl({QStringLiteral("delivery"), QStringLiteral("redeliver"),
                 QString::number(originalId), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        const QJsonObject again = r.object();
        QVERIFY(again.value(u"id").toInteger() > originalId);
        QCOMPARE(again.value(u"redeliveryOf").toInteger(), originalId);
        QCOMPARE(again.value(u"payload"), original.object().value(u"payload"));
        QCOMPARE(receiver.requests().size(), 2);
        const auto &sent = receiver.requests().at(1);
        QCOMPARE(sent.body, receiver.requests().at(0).body);
        QCOMPARE(sent.headers.value("pulumi-webhook-signature"),
                 PulumiSigner::sign(second, sent.body));
        QCOMPARE(receiver.requests().at(0).headers.value("pulumi-webhook-signature"),
                 PulumiSigner::sign(first, sent.body));

        // A redelivery of a redelivery still names the original.
        r = ctl({QStringLiteral("delivery"), QStringLiteral("redeliver"),
                 QString::number(again.value(u"id").toInteger()), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.object().value(u"redeliveryOf").toInteger(), originalId);

        // The table marks redeliveries.
        r = ctl({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("acme/again")});
        CHECK_EXIT(r, 0);
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).contains(QStringLiteral("REDELIVERY OF")));
        QVERIFY2(lines.at(1).endsWith(u' ' + QString::number(originalId)), qPrintable(lines.at(1)));
        // The oldest row is the original ping; its duration ends the line (nothing redelivered).
        QVERIFY2(lines.at(3).startsWith(QString::number(originalId) + u' '),
                 qPrintable(lines.at(3)));
        QVERIFY2(
            lines.at(3).endsWith(u' ' + QString::number(originalDuration) + QStringLiteral(" ms")),
            qPrintable(lines.at(3)));

        // A redelivery that fails is exit 1 as well.
        receiver.setResponse({503, "Service Unavailable", "later", {}, false});
        r = ctl(
            {QStringLiteral("delivery"), QStringLiteral("redeliver"), QString::number(originalId)});
        CHECK_EXIT(r, 1);
        QVERIFY(r.out.contains("Redelivery of  " + QByteArray::number(originalId)));
        QVERIFY(r.errText().contains(u"answered 503"));
    }

    void deliveryGetShowsRequestAndResponse()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponse({200, "OK", "{\"received\":\"yes\"}", {{"X-Trace", "abc123"}}, false});
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("detail"), receiver.url(), &created));
        const Result p = ping(QStringLiteral("acme/detail"));
        CHECK_EXIT(p, 0);
        const Result r = ctl({QStringLiteral("delivery"), QStringLiteral("get"),
                              QString::number(p.object().value(u"id").toInteger())});
        CHECK_EXIT(r, 0);
        const QString out = r.outText();
        QVERIFY(out.contains(QStringLiteral("Webhook      acme/detail\n")));
        QVERIFY(
            out.contains(QStringLiteral("Request headers:\n    Content-Type: application/json\n")));
        QVERIFY(out.contains(QStringLiteral("    Pulumi-Webhook-Kind: ping\n")));
        QVERIFY(out.contains(QStringLiteral("Payload:\n    {")));
        QVERIFY(out.contains(QStringLiteral("    X-Trace: abc123\n")));
        QVERIFY(out.contains(QStringLiteral("Response body:\n    {\"received\":\"yes\"}\n")));
    }

    // --- hostile input: control characters and credentials ---------------------------------

    void hostileReceiverCannotWriteToTheTerminal()
    {
        // A receiver answers with escape sequences (clear the screen, recolour, retitle the
        // window), a lone CR that would overwrite a line, BEL, DEL, a C1 CSI, a tab and a NUL.
        const QByteArray header = "a\x1b]0;owned\x07z";
        const QByteArray body = QByteArray("first\x1b[2J\x1b[31mred\r\n"
                                           "second\roverwritten\x07\x7f\xc2\x9b"
                                           "31m\ttab") +
                                QByteArray("\0end", 4);
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponse({200, "OK", body, {{"X-Evil", header}}, false});
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("hostile"), receiver.url(), &created));

        // Human output: every control byte escaped, the body's line break kept.
        const QByteArray escapedBody =
            "Response body:\n"
            "    first\\x1b[2J\\x1b[31mred\n"
            "    second\\x0doverwritten\\x07\\x7f\\x9b31m\\x09tab\\x00end\n";
        const Result pinged = ctl(
            {QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/hostile")});
        CHECK_EXIT(pinged, 0);
        QVERIFY2(controlBytes(pinged.out).isEmpty(),
                 controlBytes(pinged.out) + "\n" + pinged.describe());
        QVERIFY2(pinged.out.contains(escapedBody), pinged.out.constData());
        QVERIFY2(pinged.out.contains("    X-Evil: a\\x1b]0;owned\\x07z\n"), pinged.out.constData());

        const Result list = ctl(
            {QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("acme/hostile")});
        CHECK_EXIT(list, 0);
        const QString id = list.outText().split(u'\n').value(1).section(u' ', 0, 0);
        QVERIFY2(!id.isEmpty(), list.out.constData());
        const Result got = ctl({QStringLiteral("delivery"), QStringLiteral("get"), id});
        CHECK_EXIT(got, 0);
        QVERIFY2(controlBytes(got.out).isEmpty(), controlBytes(got.out) + "\n" + got.describe());
        QVERIFY2(got.out.contains(escapedBody), got.out.constData());

        // JSON: the exact text, every control character escaped as \u00XX, DEL and C1 too.
        for (const QStringList &args :
             {QStringList{QStringLiteral("delivery"), QStringLiteral("get"), id},
              QStringList{QStringLiteral("delivery"), QStringLiteral("list"),
                          QStringLiteral("acme/hostile")},
              QStringList{QStringLiteral("webhook"), QStringLiteral("ping"),
                          QStringLiteral("acme/hostile")}}) {
            const Result json = ctl(args + QStringList{QStringLiteral("--json")});
            CHECK_EXIT(json, 0);
            QVERIFY2(controlBytes(json.out).isEmpty(),
                     controlBytes(json.out) + "\n" + json.describe());
            for (const char *escape :
                 {"\\u001b[2J", "\\r", "\\u0007", "\\u007f", "\\u009b", "\\t", "\\u0000"})
                QVERIFY2(json.out.contains(escape), escape);
            const QJsonObject d =
                json.json().isArray() ? json.array().first().toObject() : json.object();
            QCOMPARE(d.value(u"responseBody").toString(), QString::fromUtf8(body));
            QVERIFY2(d.value(u"responseHeaders")
                         .toString()
                         .contains(QStringLiteral("X-Evil: ") + QString::fromUtf8(header)),
                     json.out.constData());
        }
    }

    void controlCharactersSavedEarlierAreEscaped()
    {
        // Written before names were checked (or by another tool): shown, never obeyed.
        StoredWebhook w = test::insertWebhook(seed().webhooks, QStringLiteral("old"));
        const QString displayName =
            QStringLiteral("Deploys\x1b[2J\nforged\r") + QChar(0x9b) + QStringLiteral("31m");
        w.displayName = displayName;
        QVERIFY(!seed().webhooks.update(w));
        test::insertDelivery(seed().deliveries, w.id, QDateTime::currentDateTimeUtc(), 0,
                             QStringLiteral("ping"), "{}", {},
                             QStringLiteral("Connection refused by \x1b[31mevil\x1b[0m: no."));
        const QByteArray shown = "Deploys\\x1b[2J\\x0aforged\\x0d\\x9b31m";

        Result r = ctl({QStringLiteral("webhook"), QStringLiteral("list")});
        CHECK_EXIT(r, 0);
        QVERIFY2(controlBytes(r.out).isEmpty(), controlBytes(r.out) + "\n" + r.describe());
        QVERIFY2(r.out.contains("acme/old  " + shown + "  raw"), r.out.constData());
        QVERIFY2(r.out.contains("Connection refused by \\x1b[31mevil\\x1b[0m"), r.out.constData());
        QCOMPARE(r.outText().count(u'\n'), 2); // the header and one row: no forged line

        r = ctl({QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("acme/old")});
        CHECK_EXIT(r, 0);
        QVERIFY2(controlBytes(r.out).isEmpty(), controlBytes(r.out) + "\n" + r.describe());
        QVERIFY2(r.out.contains("Display name  " + shown + "\n"), r.out.constData());

        r = ctl({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("acme/old")});
        CHECK_EXIT(r, 0);
        QVERIFY2(controlBytes(r.out).isEmpty(), controlBytes(r.out) + "\n" + r.describe());
        QVERIFY2(r.out.contains("Connection refused by \\x1b[31mevil\\x1b[0m"), r.out.constData());

        // JSON keeps the exact text, escaped.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QVERIFY2(controlBytes(r.out).isEmpty(), controlBytes(r.out) + "\n" + r.describe());
        QCOMPARE(r.array().first().toObject().value(u"displayName").toString(), displayName);
        QVERIFY(r.out.contains("Deploys\\u001b[2J\\nforged\\r\\u009b31m"));
    }

    void credentialsInStoredPayloadUrlsAreMasked()
    {
        // webhookctl used to accept these; the window never showed them whole either way.
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString password = secret(QStringLiteral("hunter2-in-the-url"));
        const QString token = secret(QStringLiteral("ghp_tokenInTheUserName"));
        const QString hostAndPath = QStringLiteral("127.0.0.1:%1/hook").arg(receiver.port());
        const QString withPassword =
            QStringLiteral("http://deploy:%1@%2").arg(password, hostAndPath);
        const QString masked = QStringLiteral("http://deploy:•••@") + hostAndPath;
        StoredWebhook legacy =
            test::insertWebhook(seed().webhooks, QStringLiteral("legacy"), withPassword);
        (void)test::insertWebhook(seed().webhooks, QStringLiteral("token"),
                                  QStringLiteral("https://%1@example.com/x").arg(token));

        Result r =
            ctl({QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("acme/legacy")});
        CHECK_EXIT(r, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("Payload URL   ") + masked + u'\n'), r.out);
        r = ctl({QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("acme/legacy"),
                 QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.object().value(u"payloadUrl").toString(), masked);
        r = ctl({QStringLiteral("webhook"), QStringLiteral("list")});
        CHECK_EXIT(r, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("  ") + masked + u'\n'), r.out);
        QVERIFY2(r.outText().contains(QStringLiteral("  https://•••@example.com/x\n")), r.out);
        r = ctl({QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.array().size(), 2);

        // It still delivers; what the delivery shows is masked too.
        r = ping(QStringLiteral("acme/legacy"));
        CHECK_EXIT(r, 0);
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(r.object().value(u"requestUrl").toString(), masked);
        const QString id = QString::number(r.object().value(u"id").toInteger());
        r = ctl({QStringLiteral("delivery"), QStringLiteral("get"), id});
        CHECK_EXIT(r, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("Request URL  ") + masked + u'\n'), r.out);
        r = ctl({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("acme/legacy"),
                 QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.array().first().toObject().value(u"requestUrl").toString(), masked);

        // An edit that keeps the URL is refused, saying what to do; nothing changes.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/legacy"),
                 QStringLiteral("--inactive")});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.errText().startsWith(QStringLiteral("webhookctl: --payload-url: The stored "
                                                       "payload URL ") +
                                        masked + QStringLiteral(" is no longer accepted.")),
                 r.err);
        QVERIFY2(r.errText().contains(QStringLiteral("plain text, outside the keychain")), r.err);
        QVERIFY2(
            r.errText().trimmed().endsWith(QStringLiteral("Give a new one with --payload-url.")),
            r.err);
        QVERIFY(seed().webhooks.byRef(legacy.ref())->active);
        // Another URL with credentials is refused as on creation.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/legacy"),
                 QStringLiteral("--payload-url"),
                 QStringLiteral("http://deploy:%1@%2")
                     .arg(secret(QStringLiteral("other-pw")), hostAndPath)});
        CHECK_EXIT(r, 2);
        QVERIFY2(r.errText().startsWith(QStringLiteral("webhookctl: --payload-url: A user name or "
                                                       "password in the URL would be stored in "
                                                       "plain text")),
                 r.err);
        QCOMPARE(seed().webhooks.byRef(legacy.ref())->payloadUrl, withPassword);
        // The way out: the URL without them.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/legacy"),
                 QStringLiteral("--payload-url"), QStringLiteral("http://") + hostAndPath,
                 QStringLiteral("--inactive"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.object().value(u"payloadUrl").toString(),
                 QStringLiteral("http://") + hostAndPath);
        QCOMPARE(seed().webhooks.byRef(legacy.ref())->payloadUrl,
                 QStringLiteral("http://") + hostAndPath);

        // Deleting prints the webhook masked too.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("rm"), QStringLiteral("acme/token"),
                 QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.object().value(u"payloadUrl").toString(),
                 QStringLiteral("https://•••@example.com/x"));
        // cleanup() fails the test if the password or the token reached any output.
    }

    // --- delivery list: paging and filters -------------------------------------------------

    void deliveryListFilters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QList<int>>("expected"); ///< indexes into the seeded deliveries

        // Seeded (index: time, kind, status, text):
        // 0: 2026-10-01 ping 200 | 1: 2026-10-15 stack_update 500 "needle" in payload
        // 2: 2026-11-01 ping 404 | 3: 2026-11-02 stack_update 200 "needle" in response
        // 4: 2026-11-20 deployment 500
        QTest::newRow("all, newest first") << QStringList{} << QList<int>{4, 3, 2, 1, 0};
        QTest::newRow("failed") << QStringList{QStringLiteral("--failed")} << QList<int>{4, 2, 1};
        QTest::newRow("succeeded")
            << QStringList{QStringLiteral("--succeeded")} << QList<int>{3, 0};
        QTest::newRow("kind") << QStringList{QStringLiteral("--kind"),
                                             QStringLiteral("stack_update")}
                              << QList<int>{3, 1};
        QTest::newRow("since") << QStringList{QStringLiteral("--since"),
                                              QStringLiteral("2026-11-01T00:00:00Z")}
                               << QList<int>{4, 3, 2};
        QTest::newRow("until") << QStringList{QStringLiteral("--until"),
                                              QStringLiteral("2026-10-31T23:59:59Z")}
                               << QList<int>{1, 0};
        QTest::newRow("since and until with offsets")
            << QStringList{QStringLiteral("--since"), QStringLiteral("2026-10-15T14:00:00+02:00"),
                           QStringLiteral("--until"), QStringLiteral("2026-11-02T12:00:00.000Z")}
            << QList<int>{3, 2, 1};
        QTest::newRow("search payload and response")
            << QStringList{QStringLiteral("--search"), QStringLiteral("needle")}
            << QList<int>{3, 1};
        QTest::newRow("search words, last one a prefix")
            << QStringList{QStringLiteral("--search"), QStringLiteral("needle he")}
            << QList<int>{1};
        QTest::newRow("search and failed")
            << QStringList{QStringLiteral("--search"), QStringLiteral("needle"),
                           QStringLiteral("--failed")}
            << QList<int>{1};
        QTest::newRow("search without match")
            << QStringList{QStringLiteral("--search"), QStringLiteral("haystack")} << QList<int>{};
        QTest::newRow("limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("2")}
                               << QList<int>{4, 3};
        QTest::newRow("failed, since, limit")
            << QStringList{QStringLiteral("--failed"), QStringLiteral("--since"),
                           QStringLiteral("2026-10-10T00:00:00Z"), QStringLiteral("--limit"),
                           QStringLiteral("2")}
            << QList<int>{4, 2};
    }

    void deliveryListFilters()
    {
        QFETCH(QStringList, args);
        QFETCH(QList<int>, expected);
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("history"), QStringLiteral("https://e.com/h"), &created));
        const auto w = seed().webhooks.byRef(WebhookRef{
            Scope::organizationScope(QStringLiteral("acme")), QStringLiteral("history")});
        QVERIFY(w);
        auto at = [](const char *iso) {
            return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
        };
        const QList<qint64> seeded{
            seedDelivery(w->id, at("2026-10-01T08:00:00Z"), QStringLiteral("ping"), 200, "{}"),
            seedDelivery(w->id, at("2026-10-15T12:00:00Z"), QStringLiteral("stack_update"), 500,
                         R"({"message":"a needle here"})"),
            seedDelivery(w->id, at("2026-11-01T00:00:00Z"), QStringLiteral("ping"), 404, "{}"),
            seedDelivery(w->id, at("2026-11-02T09:30:00Z"), QStringLiteral("stack_update"), 200,
                         "{}", R"({"found":"needle"})"),
            seedDelivery(w->id, at("2026-11-20T17:45:00Z"), QStringLiteral("deployment"), 500,
                         "{}"),
        };
        QList<qint64> want;
        for (int i : expected)
            want << seeded.at(i);

        const Result r = ctl(QStringList{QStringLiteral("delivery"), QStringLiteral("list"),
                                         QStringLiteral("acme/history"), QStringLiteral("--json")} +
                             args);
        CHECK_EXIT(r, 0);
        QVERIFY(r.json().isArray());
        QCOMPARE(ids(r.array()), want);
        for (const QJsonValue &v : r.array()) {
            QCOMPARE(sorted(v.toObject().keys()), sorted(DeliveryKeys));
            QCOMPARE(v.toObject().value(u"webhook").toString(), QStringLiteral("acme/history"));
        }

        // The same rows as a table, by ID in the first column.
        const Result text = ctl(QStringList{QStringLiteral("delivery"), QStringLiteral("list"),
                                            QStringLiteral("acme/history")} +
                                args);
        CHECK_EXIT(text, 0);
        if (want.isEmpty()) {
            QCOMPARE(text.out, QByteArray("No deliveries.\n"));
            return;
        }
        QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.takeFirst().startsWith(QStringLiteral("ID  ")));
        QList<qint64> shown;
        for (const QString &line : std::as_const(lines)) {
            shown << line.section(u' ', 0, 0).toLongLong();
            QVERIFY2(line.contains(QStringLiteral("  12 ms")), qPrintable(line)); // as seeded
        }
        QCOMPARE(shown, want);
    }

    void deliveryListPagesThroughLongHistories()
    {
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("busy"), QStringLiteral("https://e.com/b"), &created));
        const auto w = seed().webhooks.byRef(
            WebhookRef{Scope::organizationScope(QStringLiteral("acme")), QStringLiteral("busy")});
        QVERIFY(w);
        QVERIFY(!seed().db.begin());
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        QList<qint64> all;
        for (int i = 0; i < 260; ++i)
            all.prepend(seedDelivery(w->id, start.addSecs(i), QStringLiteral("ping"),
                                     i % 3 ? 200 : 500, "{}"));
        QVERIFY(!seed().db.commit());

        // More than one page (webhookctl reads 100 rows at a time), newest first, no repeats.
        Result r =
            ctl({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("acme/busy"),
                 QStringLiteral("--limit"), QStringLiteral("250"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(ids(r.array()), all.mid(0, 250));

        r = ctl({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("acme/busy"),
                 QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(ids(r.array()), all);

        // The default limit is 50; a person is told that older ones exist.
        r = ctl({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("acme/busy")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.outText().split(u'\n', Qt::SkipEmptyParts).size(), 51);
        QVERIFY2(r.errText().contains(QStringLiteral("showing the newest 50")), r.err);

        r = ctl({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("acme/busy"),
                 QStringLiteral("--failed"), QStringLiteral("--json"), QStringLiteral("--limit"),
                 QStringLiteral("500")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.array().size(), 87); // i % 3 == 0 for i in [0, 260)
        for (const QJsonValue &v : r.array())
            QCOMPARE(v.toObject().value(u"responseCode").toInt(), 500);
    }

    // --- edit and rm -----------------------------------------------------------------------

    void editChangesOnlyWhatIsGiven()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString s = secret(QStringLiteral("edit-secret-1"));
        QJsonObject before;
        QVERIFY(createHook(QStringLiteral("changing"), QStringLiteral("https://e.com/old"), &before,
                           s.toUtf8()));

        Result r =
            ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/changing"),
                 QStringLiteral("--display-name"), QStringLiteral("Renamed"),
                 QStringLiteral("--payload-url"), receiver.url(), QStringLiteral("--format"),
                 QStringLiteral("slack"), QStringLiteral("--groups"), QStringLiteral("policies"),
                 QStringLiteral("--filters"), QStringLiteral("stack_created"),
                 QStringLiteral("--inactive"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QJsonObject after = r.object();
        QCOMPARE(after.value(u"displayName").toString(), QStringLiteral("Renamed"));
        QCOMPARE(after.value(u"payloadUrl").toString(), receiver.url());
        QCOMPARE(after.value(u"format").toString(), QStringLiteral("slack"));
        QCOMPARE(after.value(u"groups").toArray(), QJsonArray({QStringLiteral("policies")}));
        QCOMPARE(after.value(u"filters").toArray(), QJsonArray({QStringLiteral("stack_created")}));
        QCOMPARE(after.value(u"active").toBool(), false);
        QCOMPARE(after.value(u"hasSecret").toBool(), true); // kept
        QCOMPARE(after.value(u"name"), before.value(u"name"));
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("get"),
                      QStringLiteral("acme/changing"), QStringLiteral("--json")})
                     .object(),
                 after);

        // The kept secret still signs.
        r = ping(QStringLiteral("acme/changing"));
        CHECK_EXIT(r, 0);
        QCOMPARE(receiver.requests().last().headers.value("pulumi-webhook-signature"),
                 PulumiSigner::sign(s, receiver.requests().last().body));

        r = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/changing"),
                 QStringLiteral("--active"), QStringLiteral("--remove-secret"),
                 QStringLiteral("--filters"), QString(), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        after = r.object();
        QCOMPARE(after.value(u"active").toBool(), true);
        QCOMPARE(after.value(u"hasSecret").toBool(), false);
        QCOMPARE(after.value(u"filters").toArray(), QJsonArray());
        QCOMPARE(after.value(u"displayName").toString(), QStringLiteral("Renamed"));
        r = ping(QStringLiteral("acme/changing"));
        CHECK_EXIT(r, 0);
        QVERIFY(!receiver.requests().last().headers.contains("pulumi-webhook-signature"));

        // Rules checked on the combination: a group that now covers a kept filter.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/changing"),
                 QStringLiteral("--filters"), QStringLiteral("update_failed")});
        CHECK_EXIT(r, 0);
        r = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/changing"),
                 QStringLiteral("--groups"), QStringLiteral("stacks")});
        CHECK_EXIT(r, 2);
        QVERIFY(r.errText().startsWith(QStringLiteral("webhookctl: --filters/--groups: ")));
    }

    void rmDeletesWebhookSecretAndHistory()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString s = secret(QStringLiteral("rm-secret-value"));
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("doomed"), receiver.url(), &created, s.toUtf8()));
        CHECK_EXIT(ping(QStringLiteral("acme/doomed")), 0);
        const auto w = seed().webhooks.byRef(
            WebhookRef{Scope::organizationScope(QStringLiteral("acme")), QStringLiteral("doomed")});
        QVERIFY(w && w->hasSecret);

        Result r = ctl({QStringLiteral("webhook"), QStringLiteral("rm"),
                        QStringLiteral("acme/doomed"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.object(), created);
        r = ctl({QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("acme/doomed")});
        CHECK_EXIT(r, 3);
        r = ctl({QStringLiteral("delivery"), QStringLiteral("get"), QStringLiteral("1")});
        CHECK_EXIT(r, 3);

        // The keychain entry is gone too.
        KeychainSecretStore store(QString::fromLatin1(AppInfo::KeychainService));
        std::optional<SecretStore::ReadResult> read;
        QObject context; // no callback after this test
        whenReady(store.read(w->uid), &context,
                  [&](const SecretStore::ReadResult &result) { read = result; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QCOMPARE(read->error.code, Error::Code::NotFound);

        QVERIFY(createHook(QStringLiteral("plain-doomed"), receiver.url(), &created));
        r = ctl(
            {QStringLiteral("webhook"), QStringLiteral("rm"), QStringLiteral("acme/plain-doomed")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.out, QByteArray("Deleted webhook acme/plain-doomed.\n"));
    }

    // --- exit 5: no keychain -----------------------------------------------------------------

    void keychainUnavailableIsExitFive()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QProcessEnvironment noBus = withoutKeychain();
        auto ctlNoBus = [&](const QStringList &args, const QByteArray &input = {}) {
            return run(QStringList{QStringLiteral("--database"), m_db} + args, input, noBus);
        };
        const QString s = secret(QStringLiteral("never-lands-anywhere"));

        Result r = ctlNoBus(
            {QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
             QStringLiteral("acme"), QStringLiteral("--display-name"), QStringLiteral("Locked"),
             QStringLiteral("--payload-url"), receiver.url(), QStringLiteral("--secret-stdin")},
            s.toUtf8());
        CHECK_EXIT(r, 5);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(QStringLiteral("keychain")), r.err);
        QCOMPARE(r.errText().count(u'\n'), 1);

        // Nothing was saved; and commands that need no secret work without any keychain.
        r = ctlNoBus({QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.array().size(), 0);
        r = ctlNoBus({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                      QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("open"),
                      QStringLiteral("--display-name"), QStringLiteral("Open"),
                      QStringLiteral("--payload-url"), receiver.url()});
        CHECK_EXIT(r, 0);
        r = ctlNoBus(
            {QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/open")});
        CHECK_EXIT(r, 0);
        r = ctlNoBus({QStringLiteral("webhook"), QStringLiteral("edit"),
                      QStringLiteral("acme/open"), QStringLiteral("--remove-secret")});
        CHECK_EXIT(r, 0); // it had none: nothing to ask the keychain
        r = ctlNoBus({QStringLiteral("delivery"), QStringLiteral("list"),
                      QStringLiteral("acme/open"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.array().size(), 1);
        r = ctlNoBus(
            {QStringLiteral("webhook"), QStringLiteral("rm"), QStringLiteral("acme/open")});
        CHECK_EXIT(r, 0);

        // A webhook with a secret (made with the keychain) cannot be pinged, have its secret
        // removed, or be deleted without it; and each refusal leaves it as it was.
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("sealed"), receiver.url(), &created, s.toUtf8()));
        const qsizetype requestsBefore = receiver.requests().size();
        r = ctlNoBus({QStringLiteral("webhook"), QStringLiteral("ping"),
                      QStringLiteral("acme/sealed"), QStringLiteral("--json")});
        CHECK_EXIT(r, 5);
        QCOMPARE(r.object().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("keychain"));
        QCOMPARE(receiver.requests().size(), requestsBefore);
        r = ctlNoBus({QStringLiteral("webhook"), QStringLiteral("edit"),
                      QStringLiteral("acme/sealed"), QStringLiteral("--remove-secret")});
        CHECK_EXIT(r, 5);
        r = ctlNoBus(
            {QStringLiteral("webhook"), QStringLiteral("rm"), QStringLiteral("acme/sealed")});
        CHECK_EXIT(r, 5);
        r = ctl({QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("acme/sealed"),
                 QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.object(), created);
        r = ctl({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("acme/sealed"),
                 QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        QVERIFY2(r.json().isArray(), r.describe().constData());
        QCOMPARE(r.array().size(), 0); // the refused ping left no record
        // With the keychain back, it still signs with the same secret.
        r = ping(QStringLiteral("acme/sealed"));
        CHECK_EXIT(r, 0);
        QCOMPARE(receiver.requests().last().headers.value("pulumi-webhook-signature"),
                 PulumiSigner::sign(s, receiver.requests().last().body));
    }

    // --- exit 6: storage ---------------------------------------------------------------------

    void storageErrorIsExitSix_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("why");
        QTest::newRow("folder under /proc")
            << QStringLiteral("/proc/webhookctl-cannot-exist/webhooks.sqlite")
            << QStringLiteral("Cannot create the folder");
        QTest::newRow("a directory") << QString() << QStringLiteral("Cannot open the database");
    }

    void storageErrorIsExitSix()
    {
        QFETCH(QString, database);
        QFETCH(QString, why);
        if (database.isEmpty())
            database = m_dir.path();
        const Result r = run({QStringLiteral("--database"), database, QStringLiteral("webhook"),
                              QStringLiteral("list")});
        CHECK_EXIT(r, 6);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(why), r.describe().constData());

        const Result json =
            run({QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("acme/x"),
                 QStringLiteral("--json"), QStringLiteral("--database"), database});
        CHECK_EXIT(json, 6);
        const QJsonObject error = json.object().value(u"error").toObject();
        QCOMPARE(error.value(u"exitCode").toInt(), 6);
        QCOMPARE(error.value(u"code").toString(), QStringLiteral("storage"));
    }

    void newerSchemaIsExitSix()
    {
        QJsonObject created;
        QVERIFY(createHook(QStringLiteral("x"), QStringLiteral("https://e.com/x"), &created));
        QSqlQuery q(seed().db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
        closeCore();
        const Result r = ctl({QStringLiteral("webhook"), QStringLiteral("list")});
        CHECK_EXIT(r, 6);
        QVERIFY2(r.errText().contains(QStringLiteral("newer version")), r.err);
    }

    // --- the window's core and the CLI share data and secrets ---------------------------------

    void coreCreatesCliReads()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString s = secret(QStringLiteral("made-in-the-window"));
        WebhookDraft draft;
        draft.scope = Scope::stackScope(QStringLiteral("acme"), QStringLiteral("api"),
                                        QStringLiteral("staging"));
        draft.name = QStringLiteral("from-core");
        draft.displayName = QStringLiteral("From the window");
        draft.payloadUrl = receiver.url();
        draft.groups = {QStringLiteral("deployments")};
        draft.secretChange = WebhookDraft::SecretChange::Set;
        draft.secret = s;
        Error error;
        const auto made = waitFor(core().create(draft), &error);
        QVERIFY(made);
        QVERIFY2(!error, qPrintable(error.message));

        Result r = ctl({QStringLiteral("webhook"), QStringLiteral("get"),
                        QStringLiteral("acme/api/staging/from-core"), QStringLiteral("--json")});
        CHECK_EXIT(r, 0);
        const QJsonObject w = r.object();
        QCOMPARE(w.value(u"displayName").toString(), draft.displayName);
        QCOMPARE(w.value(u"projectName").toString(), QStringLiteral("api"));
        QCOMPARE(w.value(u"stackName").toString(), QStringLiteral("staging"));
        QCOMPARE(w.value(u"groups").toArray(), QJsonArray({QStringLiteral("deployments")}));
        QCOMPARE(w.value(u"hasSecret").toBool(), true);

        // The CLI finds the window's secret in the keychain and signs with it.
        r = ping(QStringLiteral("acme/api/staging/from-core"));
        CHECK_EXIT(r, 0);
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(receiver.requests().first().headers.value("pulumi-webhook-signature"),
                 PulumiSigner::sign(s, receiver.requests().first().body));
        // ... and the window sees the CLI's delivery.
        DeliveryFilter filter;
        filter.webhook = made->ref();
        PageRequest request;
        request.limit = 10;
        request.withBodies = true;
        const auto page = test::await(core().history(filter, request)).value.rows;
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().id.toLongLong(), r.object().value(u"id").toInteger());
        QCOMPARE(page.first().payload, receiver.requests().first().body);
    }

    void cliCreatesCoreReads()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QString s = secret(QStringLiteral("made-in-the-shell ✓"));
        const Result r =
            ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--project"), QStringLiteral("api"),
                 QStringLiteral("--stack"), QStringLiteral("prod"), QStringLiteral("--name"),
                 QStringLiteral("from-cli"), QStringLiteral("--display-name"),
                 QStringLiteral("From the shell"), QStringLiteral("--payload-url"), receiver.url(),
                 QStringLiteral("--groups"), QStringLiteral("stacks,policies"),
                 QStringLiteral("--secret-stdin")},
                s.toUtf8() + '\n');
        CHECK_EXIT(r, 0);

        const Scope scope = Scope::stackScope(QStringLiteral("acme"), QStringLiteral("api"),
                                              QStringLiteral("prod"));
        Error error;
        const auto w =
            waitFor(core().webhook(WebhookRef{scope, QStringLiteral("from-cli")}), &error);
        QVERIFY(w);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(w->displayName, QStringLiteral("From the shell"));
        QCOMPARE(w->payloadUrl, receiver.url());
        QCOMPARE(w->groups, QStringList({QStringLiteral("stacks"), QStringLiteral("policies")}));
        QVERIFY(w->hasSecret);
        QVERIFY(w->active);
        QVERIFY(test::await(core().organizations()).value.contains(QStringLiteral("acme")));
        QStringList stacks;
        for (const Scope &stack : test::await(core().scopes(QStringLiteral("acme"))).value)
            stacks << stack.project + u'/' + stack.stack;
        QVERIFY(stacks.contains(QStringLiteral("api/prod")));
        QCOMPARE(test::await(core().webhooks(scope, WebhookBackend::Depth::ScopeOnly)).value.size(),
                 1);

        // The window's core signs with the secret the CLI stored.
        const auto delivery = waitFor(core().ping(w->ref()), &error);
        QVERIFY(delivery);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(delivery->succeeded());
        QCOMPARE(receiver.requests().first().headers.value("pulumi-webhook-signature"),
                 PulumiSigner::sign(s, receiver.requests().first().body));
    }
};

QTEST_GUILESS_MAIN(TestWebhookctl)
#include "tst_webhookctl.moc"
