// webhookctl's stacks, environments, sample events and event rules, as real processes against
// a real database file, the session's keychain and a receiver on 127.0.0.1.

#include "AppInfo.h"
#include "LocalReceiver.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace wc;
using test::LocalReceiver;

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    [[nodiscard]] QByteArray describe() const
    {
        return "exit " + QByteArray::number(code) + "\nstdout: " + out + "\nstderr: " + err;
    }
};
} // namespace

class TestWebhookctlScopes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ctl;
    QString m_db;

    Run ctl(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(m_ctl, QStringList{QStringLiteral("--database"), m_db} + args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    /// Exit 2, one line on stderr naming `field`, containing `why`.
    void expectUsage(const QStringList &args, const QString &field, const QString &why)
    {
        const Run r = ctl(args);
        QVERIFY2(r.code == 2, r.describe().constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QStringLiteral("webhookctl: ") + field + QStringLiteral(": ")),
                 r.describe().constData());
        QVERIFY2(err.contains(why), r.describe().constData());
        QCOMPARE(err.count(u'\n'), 1);
    }

    static QStringList newHook(const QStringList &scope, const QString &name)
    {
        return QStringList{QStringLiteral("webhook"), QStringLiteral("new")} + scope +
               QStringList{
                   QStringLiteral("--name"),         name,
                   QStringLiteral("--display-name"), QStringLiteral("Hook ") + name,
                   QStringLiteral("--payload-url"),  QStringLiteral("http://127.0.0.1:9/x")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppInfo::apply();
        m_ctl = qEnvironmentVariable("WEBHOOKCTL");
        QVERIFY2(QFileInfo(m_ctl).isExecutable(), "set WEBHOOKCTL (ctest does)");
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        m_db = test::databasePath(m_dir);
    }

    void stacksAndEnvironmentsAreAddedListedAndRemoved()
    {
        QCOMPARE(
            ctl({QStringLiteral("stack"), QStringLiteral("add"), QStringLiteral("acme/web/prod")})
                .code,
            0);
        QCOMPARE(ctl({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("acme/web/dev")})
                     .code,
                 0);
        // Adding one again is no error.
        QCOMPARE(
            ctl({QStringLiteral("stack"), QStringLiteral("add"), QStringLiteral("acme/web/prod")})
                .code,
            0);

        const Run stacks =
            ctl({QStringLiteral("--json"), QStringLiteral("stack"), QStringLiteral("list"),
                 QStringLiteral("--org"), QStringLiteral("acme")});
        QCOMPARE(stacks.code, 0);
        QCOMPARE(stacks.json().toArray().size(), 1);
        const QJsonObject s = stacks.json().toArray().first().toObject();
        QCOMPARE(s.value(u"organizationName").toString(), QStringLiteral("acme"));
        QCOMPARE(s.value(u"projectName").toString(), QStringLiteral("web"));
        QCOMPARE(s.value(u"stackName").toString(), QStringLiteral("prod"));

        const Run envs = ctl({QStringLiteral("env"), QStringLiteral("list")});
        QCOMPARE(envs.code, 0);
        QVERIFY2(envs.out.contains("acme/web/dev"), envs.describe().constData());
        QVERIFY(!envs.out.contains("acme/web/prod"));

        // Removing one with webhooks says how many, and they go with their secrets.
        QCOMPARE(ctl(newHook({QStringLiteral("--org"), QStringLiteral("acme"),
                              QStringLiteral("--project"), QStringLiteral("web"),
                              QStringLiteral("--env"), QStringLiteral("dev")},
                             QStringLiteral("one")) +
                         QStringList{QStringLiteral("--secret-stdin")},
                     "env-secret\n")
                     .code,
                 0);
        QCOMPARE(ctl(newHook({QStringLiteral("--org"), QStringLiteral("acme"),
                              QStringLiteral("--project"), QStringLiteral("web"),
                              QStringLiteral("--env"), QStringLiteral("dev")},
                             QStringLiteral("two")))
                     .code,
                 0);
        const Run rm =
            ctl({QStringLiteral("env"), QStringLiteral("rm"), QStringLiteral("acme/web/dev")});
        QCOMPARE(rm.code, 0);
        QVERIFY2(rm.out.contains("Removed environment acme/web/dev and its 2 webhooks."),
                 rm.describe().constData());
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("get"),
                      QStringLiteral("acme/web/env:dev/one")})
                     .code,
                 3);
        QCOMPARE(
            ctl({QStringLiteral("env"), QStringLiteral("rm"), QStringLiteral("acme/web/dev")}).code,
            3);
        const Run gone = ctl({QStringLiteral("--json"), QStringLiteral("stack"),
                              QStringLiteral("rm"), QStringLiteral("acme/web/prod")});
        QCOMPARE(gone.code, 0);
        QCOMPARE(gone.json().toObject().value(u"webhooksRemoved").toInt(), 0);
    }

    void badScopesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("why");
        QTest::newRow("stack of two parts")
            << QStringList{QStringLiteral("stack"), QStringLiteral("add"),
                           QStringLiteral("acme/web")}
            << "STACK"
            << "ORG/PROJECT/STACK";
        QTest::newRow("bad project") << QStringList{QStringLiteral("stack"), QStringLiteral("add"),
                                                    QStringLiteral("acme/we b/prod")}
                                     << "STACK"
                                     << "Use only letters";
        QTest::newRow("env named ..") << QStringList{QStringLiteral("env"), QStringLiteral("add"),
                                                     QStringLiteral("acme/web/..")}
                                      << "ENV"
                                      << "cannot be the environment name";
        QTest::newRow("stack and env")
            << newHook({QStringLiteral("--org"), QStringLiteral("acme"),
                        QStringLiteral("--project"), QStringLiteral("web"),
                        QStringLiteral("--stack"), QStringLiteral("prod"), QStringLiteral("--env"),
                        QStringLiteral("dev")},
                       QStringLiteral("x"))
            << "--env"
            << "not both";
        QTest::newRow("env without project")
            << newHook({QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--env"),
                        QStringLiteral("dev")},
                       QStringLiteral("x"))
            << "--project"
            << "both --project and --env";
        QTest::newRow("REF with a bad environment")
            << QStringList{QStringLiteral("webhook"), QStringLiteral("get"),
                           QStringLiteral("acme/web/env:/x")}
            << "REF"
            << "ORG/PROJECT/env:ENV/NAME";
    }
    void badScopesAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, field);
        QFETCH(QString, why);
        expectUsage(args, field, why);
    }

    void stacksImportFromPulumiStackLs()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("stacks.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        // What `pulumi stack ls --all --json` prints, with each friendly-name form.
        out.write("[\n"
                  " {\"name\":\"website/prod\",\"current\":true,\"lastUpdate\":"
                  "\"2026-11-20T10:04:11.000Z\",\"updateInProgress\":false,\"resourceCount\":42,"
                  "\"url\":\"https://app.pulumi.com/initech/website/prod\"},\n"
                  " {\"name\":\"api/staging\",\"current\":false,\"updateInProgress\":false},\n"
                  " {\"name\":\"globex/data/etl\",\"current\":false,\"updateInProgress\":false,"
                  "\"resourceCount\":3},\n"
                  " {\"name\":\"dev\",\"current\":false,\"updateInProgress\":false}\n"
                  "]");
        out.close();
        const QStringList import{QStringLiteral("stack"), QStringLiteral("import"), file,
                                 QStringLiteral("--org"), QStringLiteral("initech")};
        // A bare stack name needs its project: nothing is added without one.
        const Run refused = ctl(import);
        QVERIFY2(refused.code == 2, refused.describe().constData());
        QVERIFY2(refused.err.contains("“dev” (entry 4) does not say its project"),
                 refused.describe().constData());
        QVERIFY(ctl({QStringLiteral("stack"), QStringLiteral("list")}).out.contains("No stacks"));

        const Run imported =
            ctl(import + QStringList{QStringLiteral("--project"), QStringLiteral("tools"),
                                     QStringLiteral("--json")});
        QVERIFY2(imported.code == 0, imported.describe().constData());
        QCOMPARE(imported.json().toArray().size(), 4);
        const Run listed = ctl({QStringLiteral("stack"), QStringLiteral("list")});
        for (const char *stack : {"initech/website/prod", "initech/api/staging", "globex/data/etl",
                                  "initech/tools/dev"})
            QVERIFY2(listed.out.contains(stack), listed.describe().constData());

        // From standard input too; again is no error.
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const Run piped =
            ctl({QStringLiteral("stack"), QStringLiteral("import"), QStringLiteral("-"),
                 QStringLiteral("--org"), QStringLiteral("initech"), QStringLiteral("--project"),
                 QStringLiteral("tools")},
                again.readAll());
        QVERIFY2(piped.code == 0, piped.describe().constData());
        // Not JSON at all.
        const Run junk =
            ctl({QStringLiteral("stack"), QStringLiteral("import"), QStringLiteral("-"),
                 QStringLiteral("--org"), QStringLiteral("initech")},
                "NAME LAST UPDATE\n");
        QCOMPARE(junk.code, 2);
        QVERIFY(junk.err.contains("not JSON"));
    }

    void environmentWebhooksCarryTheirScope()
    {
        const Run made = ctl(
            newHook({QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--project"),
                     QStringLiteral("infra"), QStringLiteral("--env"), QStringLiteral("prod")},
                    QStringLiteral("audit")) +
            QStringList{QStringLiteral("--json")});
        QVERIFY2(made.code == 0, made.describe().constData());
        const QJsonObject w = made.json().toObject();
        QCOMPARE(w.value(u"projectName").toString(), QStringLiteral("infra"));
        QCOMPARE(w.value(u"envName").toString(), QStringLiteral("prod"));
        QVERIFY(!w.contains(u"stackName"));
        // Pulumi's default for an environment: the environments group.
        QCOMPARE(w.value(u"groups").toArray(), QJsonArray{QStringLiteral("environments")});
        const Run got = ctl({QStringLiteral("webhook"), QStringLiteral("get"),
                             QStringLiteral("acme/infra/env:prod/audit")});
        QVERIFY2(got.code == 0, got.describe().constData());
        QVERIFY(got.out.contains("acme/infra/env:prod/audit"));
        const Run scoped =
            ctl({QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("list"),
                 QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--project"),
                 QStringLiteral("infra"), QStringLiteral("--env"), QStringLiteral("prod")});
        QCOMPARE(scoped.json().toArray().size(), 1);
        const Run whole =
            ctl({QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("list"),
                 QStringLiteral("--org"), QStringLiteral("acme")});
        bool seen = false;
        for (const QJsonValue &v : whole.json().toArray())
            seen = seen || v.toObject().value(u"envName").toString() == u"prod";
        QVERIFY(seen);
    }

    void eventRulesAreExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("why");
        const QStringList stack{QStringLiteral("--org"),     QStringLiteral("acme"),
                                QStringLiteral("--project"), QStringLiteral("web"),
                                QStringLiteral("--stack"),   QStringLiteral("prod")};
        const QStringList org{QStringLiteral("--org"), QStringLiteral("acme")};
        QTest::newRow("filter covered by its group")
            << newHook(stack, QStringLiteral("a")) +
                   QStringList{QStringLiteral("--groups"), QStringLiteral("stacks"),
                               QStringLiteral("--filters"), QStringLiteral("update_failed")}
            << "--filters/--groups"
            << "already covered";
        QTest::newRow("group the scope does not allow")
            << newHook(stack, QStringLiteral("b")) +
                   QStringList{QStringLiteral("--groups"), QStringLiteral("environments")}
            << "--filters/--groups"
            << "not an event group";
        QTest::newRow("organization-only event on a stack")
            << newHook(stack, QStringLiteral("c")) +
                   QStringList{QStringLiteral("--filters"), QStringLiteral("stack_created")}
            << "--filters/--groups"
            << "not an event filter";
        QTest::newRow("deployments on an organization")
            << newHook(org, QStringLiteral("d")) +
                   QStringList{QStringLiteral("--format"), QStringLiteral("pulumi_deployments")}
            << "--format"
            << "";
        QTest::newRow("deployment target not project/stack")
            << QStringList{QStringLiteral("webhook"), QStringLiteral("new")} + stack +
                   QStringList{
                       QStringLiteral("--display-name"), QStringLiteral("Deploy"),
                       QStringLiteral("--format"),       QStringLiteral("pulumi_deployments"),
                       QStringLiteral("--payload-url"),  QStringLiteral("website")}
            << "--payload-url"
            << "project/stack";
        QTest::newRow("unknown event")
            << QStringList{QStringLiteral("webhook"), QStringLiteral("send"),
                           QStringLiteral("acme/x"), QStringLiteral("--event"),
                           QStringLiteral("update_exploded")}
            << "--event"
            << "not one of Pulumi's event names";
        QTest::newRow("event of another scope")
            << QStringList{QStringLiteral("webhook"), QStringLiteral("send"),
                           QStringLiteral("acme/web/prod/x"), QStringLiteral("--event"),
                           QStringLiteral("environment_created")}
            << "--event"
            << "not an event of stack webhooks";
        QTest::newRow("send without --event")
            << QStringList{QStringLiteral("webhook"), QStringLiteral("send"),
                           QStringLiteral("acme/x")}
            << "--event"
            << "Required";
    }
    void eventRulesAreExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, field);
        QFETCH(QString, why);
        expectUsage(args, field, why);
    }

    void sampleEventsReachTheReceiverInTheWebhooksFormat()
    {
        LocalReceiver receiver;
        QVERIFY(receiver.listen());
        const QStringList stack{QStringLiteral("--org"),     QStringLiteral("acme"),
                                QStringLiteral("--project"), QStringLiteral("shop"),
                                QStringLiteral("--stack"),   QStringLiteral("prod")};
        QStringList made{QStringLiteral("webhook"), QStringLiteral("new")};
        made << stack
             << QStringList{QStringLiteral("--name"),         QStringLiteral("chat"),
                            QStringLiteral("--display-name"), QStringLiteral("Chat"),
                            QStringLiteral("--payload-url"),  receiver.url(),
                            QStringLiteral("--format"),       QStringLiteral("slack"),
                            QStringLiteral("--groups"),       QStringLiteral("deployments"),
                            QStringLiteral("--filters"),      QStringLiteral("update_failed")};
        QVERIFY2(ctl(made).code == 0, "webhook new");
        const QString ref = QStringLiteral("acme/shop/prod/chat");

        const Run sent =
            ctl({QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("send"), ref,
                 QStringLiteral("--event"), QStringLiteral("update_failed")});
        QVERIFY2(sent.code == 0, sent.describe().constData());
        QCOMPARE(sent.json().toObject().value(u"kind").toString(), QStringLiteral("stack_update"));
        QCOMPARE(receiver.requests().size(), 1);
        const auto &request = receiver.requests().first();
        QCOMPARE(request.headers.value("pulumi-webhook-kind"), QByteArray("stack_update"));
        const QJsonObject slack = QJsonDocument::fromJson(request.body).object();
        QVERIFY2(slack.contains(u"text") && slack.value(u"blocks").isArray(),
                 request.body.constData());

        // The other group's events, one by one.
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("send"), ref,
                      QStringLiteral("--event"), QStringLiteral("deployment_succeeded")})
                     .code,
                 0);
        QCOMPARE(receiver.requests().last().headers.value("pulumi-webhook-kind"),
                 QByteArray("deployment"));

        // Excluded by its settings: refused, naming them, and nothing sent.
        const Run excluded = ctl({QStringLiteral("webhook"), QStringLiteral("send"), ref,
                                  QStringLiteral("--event"), QStringLiteral("update_succeeded")});
        QVERIFY2(excluded.code == 2, excluded.describe().constData());
        QVERIFY2(excluded.err.startsWith("webhookctl: --event: "), excluded.describe().constData());
        QVERIFY2(excluded.err.contains("deployments") && excluded.err.contains("update_failed"),
                 excluded.describe().constData());
        QCOMPARE(receiver.requests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWebhookctlScopes)
#include "tst_webhookctl_scopes.moc"
