// Pulumi Cloud (issue 12), as a user meets it from webhookctl: connecting with a token (given,
// from PULUMI_ACCESS_TOKEN, refused), stacks and environments read from Pulumi with its paging,
// every webhook and delivery command on a connected organization's references with Pulumi's
// own conventions on the wire (the whole object PATCHed, "" and "__remove-secret"), the exit
// codes of Pulumi's errors, the archive that keeps history after Pulumi forgets it, publishing
// and copying between local and cloud, export as a Pulumi program, and the token never written
// anywhere but the keychain.
//
// Real parts: the tests' Pulumi Cloud stand-in behind Prism (every request checked against
// Pulumi's OpenAPI document), a receiver on 127.0.0.1 that Pulumi's pings reach, the keychain of
// the README's test command, a real database file.

#include "AppInfo.h"
#include "LocalReceiver.h"
#include "TestSupport.h"
#include "WebhookBackend.h"
#include "cloud/ConsoleBackend.h"
#include "local/LocalBackend.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wc;
using test::await;
using test::LocalReceiver;

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QJsonValue json(const QByteArray &text)
{
    const QJsonDocument d = QJsonDocument::fromJson(text);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}
} // namespace

class TestCloud : public QObject
{
    Q_OBJECT

    QString m_ctl;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_api;
    QString m_token;
    QString m_otherToken;
    LocalReceiver m_receiver;
    int m_prismMark = 0;
    /// Everything webhookctl printed, for the token scan at the end.
    QByteArray m_printed;

    const QString m_org = QStringLiteral("cloudco");
    const Scope m_stack =
        Scope::stackScope(QStringLiteral("cloudco"), QStringLiteral("web"), QStringLiteral("prod"));

    Run ctl(const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PULUMI_ACCESS_TOKEN"));
        env.remove(QStringLiteral("PULUMI_BACKEND_URL"));
        // Every log line the core writes, so that the scan covers logs too.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("webhookconsole.*=true"));
        env.insert(extra);
        p.setProcessEnvironment(env);
        p.start(m_ctl, QStringList{QStringLiteral("--database"), m_db} + args);
        if (!p.waitForStarted(10000))
            qFatal("webhookctl did not start");
        p.write(input);
        p.closeWriteChannel();
        // With the event loop running: the receiver answers Pulumi's pings meanwhile.
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000))
            p.kill();
        p.waitForFinished(1000);
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        m_printed += r.out + r.err;
        return r;
    }

    /// The hook as the stand-in stores it (its secret included).
    QJsonObject stored(const QString &scopePath, const QString &name)
    {
        for (const QJsonValue &v :
             test::cloud::control(QStringLiteral("/_control/hooks"), {}, "GET").toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"scopePath").toString() == scopePath &&
                o.value(u"name").toString() == name)
                return o;
        }
        return {};
    }

    /// The last request the stand-in received with this method whose path ends with `suffix`.
    QJsonObject lastRequest(const QString &method, const QString &suffix)
    {
        const QJsonArray all = test::cloud::requests();
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            const QJsonObject o = all.at(i).toObject();
            if (o.value(u"method").toString() == method &&
                o.value(u"path").toString().endsWith(suffix))
                return o;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        m_ctl = qEnvironmentVariable("WEBHOOKCTL");
        QVERIFY2(QFile::exists(m_ctl), "set WEBHOOKCTL (ctest does)");
        QVERIFY(m_receiver.listen());
        m_db = test::databasePath(m_dir);
        m_api = test::cloud::apiUrl();
        test::cloud::control(QStringLiteral("/_control/reset"));
        m_prismMark = test::cloud::mark();
        // Three stacks and three environments: more than one page of Pulumi's listings.
        test::cloud::addStack(m_stack);
        for (const char *stack : {"staging", "dev"})
            test::cloud::addStack(
                Scope::stackScope(m_org, QStringLiteral("web"), QString::fromLatin1(stack)));
        for (const char *env : {"dev", "prod", "shared"})
            test::cloud::addEnvironment(
                Scope::environmentScope(m_org, QStringLiteral("infra"), QString::fromLatin1(env)));
        m_token = test::cloud::addUser(QStringLiteral("ana"), {m_org});
        m_otherToken = test::cloud::addUser(QStringLiteral("bo"), {QStringLiteral("boco")});
    }

    void cleanupTestCase()
    {
        const QString violations = test::cloud::violations(m_prismMark);
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
    }

    void aRefusedTokenIsExit5AndNothingIsKept()
    {
        const Run r = ctl({QStringLiteral("org"), QStringLiteral("connect"), m_org,
                           QStringLiteral("--api-url"), m_api, QStringLiteral("--token-stdin")},
                          "pul-not-a-token\n");
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("refused the access token"), r.err.constData());
        const Run list =
            ctl({QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QCOMPARE(json(list.out).toArray().size(), 0);
    }

    void onlyAMembersOrganizationConnects()
    {
        const Run r = ctl({QStringLiteral("org"), QStringLiteral("connect"), QStringLiteral("boco"),
                           QStringLiteral("--api-url"), m_api, QStringLiteral("--token-stdin")},
                          m_token.toUtf8());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("ana is not a member of “boco”"), r.err.constData());
        QVERIFY2(r.err.contains("cloudco"), r.err.constData()); // what ana is a member of
    }

    void connectsWithATokenOnStandardInput()
    {
        const Run r = ctl({QStringLiteral("org"), QStringLiteral("connect"), m_org,
                           QStringLiteral("--api-url"), m_api, QStringLiteral("--token-stdin")},
                          m_token.toUtf8() + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(
            r.out.contains("Connected cloudco of Pulumi Cloud at " + m_api.toUtf8() + " as ana"),
            r.out.constData());
        // Pulumi's header and the token on the wire.
        const QJsonObject user = lastRequest(QStringLiteral("GET"), QStringLiteral("/api/user"));
        bool authorized = false;
        for (const QJsonValue &h : user.value(u"headers").toArray()) {
            const QJsonArray pair = h.toArray();
            if (pair.at(0).toString().compare(u"authorization", Qt::CaseInsensitive) == 0)
                authorized = pair.at(1).toString() == QStringLiteral("token ") + m_token;
        }
        QVERIFY(authorized);

        const Run list =
            ctl({QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray orgs = json(list.out).toArray();
        QCOMPARE(orgs.size(), 1);
        QCOMPARE(orgs.at(0).toObject().value(u"backend").toString(),
                 QStringLiteral("pulumi-cloud"));
        QCOMPARE(orgs.at(0).toObject().value(u"location").toString(), m_api);
        // The token is in the keychain, under the API URL.
        KeychainSecretStore keychain(QString::fromLatin1(AppInfo::KeychainService));
        const SecretStore::ReadResult kept =
            await(keychain.read(ConsoleBackend::tokenKey(m_api, m_org)));
        QVERIFY2(!kept.error, qPrintable(kept.error.message));
        QCOMPARE(kept.secret, m_token);
    }

    void pulumisEnvironmentVariablesAreHonoured()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PULUMI_ACCESS_TOKEN"), m_otherToken);
        env.insert(QStringLiteral("PULUMI_BACKEND_URL"), m_api);
        const Run r = ctl(
            {QStringLiteral("org"), QStringLiteral("connect"), QStringLiteral("boco")}, {}, env);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("as bo"), r.out.constData());
        const Run list = ctl({QStringLiteral("org"), QStringLiteral("list")});
        QVERIFY(list.out.contains("boco"));
        QVERIFY(list.out.contains("Pulumi Cloud"));
    }

    void stacksAndEnvironmentsComeFromPulumiCloudPageByPage()
    {
        const int before = int(test::cloud::requests().size());
        const Run stacks = ctl({QStringLiteral("stack"), QStringLiteral("list"),
                                QStringLiteral("--org"), m_org, QStringLiteral("--json")});
        QVERIFY2(stacks.code == 0, stacks.err.constData());
        QStringList names;
        for (const QJsonValue &v : json(stacks.out).toArray())
            names << v.toObject().value(u"stackName").toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("dev"), QStringLiteral("prod"),
                                     QStringLiteral("staging")}));
        bool followed = false;
        for (const QJsonValue &v : test::cloud::requests(before))
            followed =
                followed || v.toObject().value(u"query").toString().contains(u"continuationToken");
        QVERIFY2(followed, "the second page was never asked for");
        const Run envs = ctl({QStringLiteral("env"), QStringLiteral("list"),
                              QStringLiteral("--org"), m_org, QStringLiteral("--json")});
        QCOMPARE(json(envs.out).toArray().size(), 3);
        // Stacks are Pulumi's: adding one here is refused with where to do it.
        const Run add =
            ctl({QStringLiteral("stack"), QStringLiteral("add"), QStringLiteral("cloudco/web/qa")});
        QCOMPARE(add.code, 2);
        QVERIFY2(add.err.contains("pulumi stack init"), add.err.constData());
    }

    void webhookCommandsUsePulumisConventions()
    {
        const QString secret = QStringLiteral("deploy-secret-1");
        Run r =
            ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"), m_org,
                 QStringLiteral("--project"), QStringLiteral("web"), QStringLiteral("--stack"),
                 QStringLiteral("prod"), QStringLiteral("--display-name"),
                 QStringLiteral("Deploy hook"), QStringLiteral("--name"),
                 QStringLiteral("deploy-hook"), QStringLiteral("--payload-url"),
                 m_receiver.url(QStringLiteral("/deploy")), QStringLiteral("--secret-stdin")},
                secret.toUtf8());
        QVERIFY2(r.code == 0, r.err.constData());
        const QString scopePath = QStringLiteral("/api/stacks/cloudco/web/prod");
        QCOMPARE(stored(scopePath, QStringLiteral("deploy-hook")).value(u"secret").toString(),
                 secret);
        const QString ref = QStringLiteral("cloudco/web/prod/deploy-hook");

        // Read back: hasSecret, never the secret.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("get"), ref, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(json(r.out).toObject().value(u"hasSecret").toBool());
        QVERIFY(!r.out.contains(secret.toUtf8()));

        // An edit reads, merges and PATCHes the whole object; "" keeps the secret.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), ref,
                 QStringLiteral("--display-name"), QStringLiteral("Deploys")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject patch =
            json(lastRequest(QStringLiteral("PATCH"), QStringLiteral("/hooks/deploy-hook"))
                     .value(u"body")
                     .toString()
                     .toUtf8())
                .toObject();
        QCOMPARE(patch.value(u"displayName").toString(), QStringLiteral("Deploys"));
        QCOMPARE(patch.value(u"payloadUrl").toString(), m_receiver.url(QStringLiteral("/deploy")));
        QCOMPARE(patch.value(u"organizationName").toString(), m_org);
        QVERIFY(patch.value(u"active").isBool());
        QCOMPARE(patch.value(u"secret").toString(), QString());
        QVERIFY(patch.contains(u"secret"));
        QCOMPARE(stored(scopePath, QStringLiteral("deploy-hook")).value(u"secret").toString(),
                 secret);

        // Pulumi pings: the receiver gets Pulumi's signed request, the console its record.
        const int before = int(m_receiver.requests().size());
        r = ctl({QStringLiteral("webhook"), QStringLiteral("ping"), ref, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(int(m_receiver.requests().size()), before + 1);
        const LocalReceiver::Request ping = m_receiver.requests().last();
        QCOMPARE(
            ping.headers.value("pulumi-webhook-signature"),
            QMessageAuthenticationCode::hash(ping.body, secret.toUtf8(), QCryptographicHash::Sha256)
                .toHex());
        const QJsonObject delivery = json(r.out).toObject();
        QCOMPARE(delivery.value(u"responseCode").toInt(), 200);
        QCOMPARE(delivery.value(u"kind").toString(), QStringLiteral("ping"));

        // Its history, and a redelivery through Pulumi keeping Pulumi's id.
        r = ctl(
            {QStringLiteral("delivery"), QStringLiteral("list"), ref, QStringLiteral("--json")});
        const QJsonArray listed = json(r.out).toArray();
        QCOMPARE(listed.size(), 1);
        const QString id = listed.at(0).toObject().value(u"id").toVariant().toString();
        r = ctl({QStringLiteral("delivery"), QStringLiteral("redeliver"), id});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(m_receiver.requests().last().headers.value("pulumi-webhook-id"),
                 ping.headers.value("pulumi-webhook-id"));
        QCOMPARE(m_receiver.requests().last().body, ping.body);
        r = ctl(
            {QStringLiteral("delivery"), QStringLiteral("list"), ref, QStringLiteral("--json")});
        QCOMPARE(json(r.out).toArray().size(), 2); // each attempt kept

        // "__remove-secret" removes it.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), ref,
                 QStringLiteral("--remove-secret")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(json(lastRequest(QStringLiteral("PATCH"), QStringLiteral("/hooks/deploy-hook"))
                          .value(u"body")
                          .toString()
                          .toUtf8())
                     .toObject()
                     .value(u"secret")
                     .toString(),
                 QStringLiteral("__remove-secret"));
        QVERIFY(
            stored(scopePath, QStringLiteral("deploy-hook")).value(u"secret").toString().isEmpty());
    }

    void pulumisErrorsHaveTheDocumentedExitCodes()
    {
        const QStringList create{QStringLiteral("webhook"),        QStringLiteral("new"),
                                 QStringLiteral("--org"),          m_org,
                                 QStringLiteral("--project"),      QStringLiteral("web"),
                                 QStringLiteral("--stack"),        QStringLiteral("prod"),
                                 QStringLiteral("--display-name"), QStringLiteral("Again"),
                                 QStringLiteral("--name"),         QStringLiteral("deploy-hook"),
                                 QStringLiteral("--payload-url"),  m_receiver.url()};
        Run r = ctl(create);
        QCOMPARE(r.code, 4); // 409
        QVERIFY2(r.err.contains("already has a webhook of this name"), r.err.constData());
        r = ctl({QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("cloudco/nope")});
        QCOMPARE(r.code, 3); // 404

        // Pulumi failing (503) or refusing the token (401): 6 and 5, in words.
        test::cloud::fault(503);
        r = ctl(
            {QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--org"), m_org});
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains("HTTP 503") && r.err.contains("try again"), r.err.constData());
        test::cloud::fault(401);
        r = ctl(
            {QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--org"), m_org});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("refused the access token"), r.err.constData());
        // Pulumi's field errors name the field.
        test::cloud::control(
            QStringLiteral("/_control/faults"),
            QJsonObject{
                {QStringLiteral("status"), 400},
                {QStringLiteral("count"), 1},
                {QStringLiteral("body"),
                 QJsonObject{{QStringLiteral("code"), 400},
                             {QStringLiteral("message"), QStringLiteral("bad request")},
                             {QStringLiteral("errors"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("resource"), QStringLiteral("Webhook")},
                                  {QStringLiteral("attribute"), QStringLiteral("payloadUrl")},
                                  {QStringLiteral("errorType"), QStringLiteral("invalid")},
                                  {QStringLiteral("customMessage"),
                                   QStringLiteral("payload URL is not reachable")}}}}}}});
        QStringList fresh = create;
        fresh[fresh.indexOf(QStringLiteral("deploy-hook"))] = QStringLiteral("fresh");
        r = ctl(fresh);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--payload-url") && r.err.contains("payload URL is not reachable"),
                 r.err.constData());
    }

    void historyOutlivesPulumisWindow()
    {
        const QString ref = QStringLiteral("cloudco/web/prod/deploy-hook");
        // Pulumi sends an event; the console reads it into its archive.
        test::cloud::control(
            QStringLiteral("/_control/deliver"),
            QJsonObject{
                {QStringLiteral("scopePath"), QStringLiteral("/api/stacks/cloudco/web/prod")},
                {QStringLiteral("hook"), QStringLiteral("deploy-hook")},
                {QStringLiteral("kind"), QStringLiteral("stack_update")},
                {QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("update")},
                             {QStringLiteral("result"), QStringLiteral("succeeded")},
                             {QStringLiteral("stackName"), QStringLiteral("prod")}}}});
        Run r = ctl(
            {QStringLiteral("delivery"), QStringLiteral("list"), ref, QStringLiteral("--json")});
        QCOMPARE(json(r.out).toArray().size(), 3);
        // Pulumi forgets them all; the console still has every attempt, searchable.
        test::cloud::control(QStringLiteral("/_control/forget-deliveries"),
                             QJsonObject{{QStringLiteral("hook"), QStringLiteral("deploy-hook")}});
        QCOMPARE(
            stored(QStringLiteral("/api/stacks/cloudco/web/prod"), QStringLiteral("deploy-hook"))
                .value(u"deliveryCount")
                .toInt(),
            0);
        r = ctl(
            {QStringLiteral("delivery"), QStringLiteral("list"), ref, QStringLiteral("--json")});
        QCOMPARE(json(r.out).toArray().size(), 3);
        r = ctl({QStringLiteral("delivery"), QStringLiteral("list"), ref,
                 QStringLiteral("--search"), QStringLiteral("succeeded update"),
                 QStringLiteral("--json")});
        const QJsonArray found = json(r.out).toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(u"kind").toString(), QStringLiteral("stack_update"));

        // Through the interface too: the same archive, and when it was read.
        auto backend = WebhookBackend::create(m_db);
        QVERIFY(!await(backend->open()));
        const WebhookRef hook = *WebhookRef::parse(ref);
        DeliveryFilter f;
        f.webhook = hook;
        const Result<HistoryPage> page = await(backend->history(f, {}));
        QVERIFY2(!page.error, qPrintable(page.error.message));
        QCOMPARE(page.value.rows.size(), 3);
        QVERIFY(backend->historyRefreshedAt(hook).isValid());
        QVERIFY(!backend
                     ->historyRefreshedAt(WebhookRef{
                         Scope::organizationScope(QStringLiteral("lab")), QStringLiteral("x")})
                     .isValid());
    }

    void publishesAndCopiesBetweenLocalAndCloud()
    {
        const QString secret = QStringLiteral("lab-secret-9");
        Run r = ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                     QStringLiteral("lab"), QStringLiteral("--project"), QStringLiteral("web"),
                     QStringLiteral("--stack"), QStringLiteral("prod"),
                     QStringLiteral("--display-name"), QStringLiteral("Lab hook"),
                     QStringLiteral("--payload-url"), m_receiver.url(QStringLiteral("/lab")),
                     QStringLiteral("--secret-stdin")},
                    secret.toUtf8());
        QVERIFY2(r.code == 0, r.err.constData());
        r = ctl({QStringLiteral("webhook"), QStringLiteral("publish"),
                 QStringLiteral("lab/web/prod/lab-hook"), QStringLiteral("--to"), m_org});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("with its secret"), r.out.constData());
        QCOMPARE(stored(QStringLiteral("/api/stacks/cloudco/web/prod"), QStringLiteral("lab-hook"))
                     .value(u"secret")
                     .toString(),
                 secret);
        r = ctl({QStringLiteral("webhook"), QStringLiteral("publish"),
                 QStringLiteral("lab/web/prod/lab-hook"), QStringLiteral("--to"), m_org});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("already exists"), r.err.constData());

        // Back to a local organization: without the secret, which Pulumi never gives out.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("publish"),
                 QStringLiteral("cloudco/web/prod/lab-hook"), QStringLiteral("--to"),
                 QStringLiteral("copies")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("has no secret yet"), r.err.constData());
        r = ctl({QStringLiteral("webhook"), QStringLiteral("get"),
                 QStringLiteral("copies/web/prod/lab-hook"), QStringLiteral("--json")});
        QCOMPARE(json(r.out).toObject().value(u"displayName").toString(),
                 QStringLiteral("Lab hook"));
        QVERIFY(!json(r.out).toObject().value(u"hasSecret").toBool());
    }

    void anOrganizationOfTheConsolesOwnIsNotTakenOver()
    {
        // "lab" holds webhooks of the console's own (published above): connecting a Pulumi
        // Cloud organization of that name would hide them, so it is refused and nothing moves.
        const QString token = test::cloud::addUser(QStringLiteral("li"), {QStringLiteral("lab")});
        const Run r = ctl({QStringLiteral("org"), QStringLiteral("connect"), QStringLiteral("lab"),
                           QStringLiteral("--api-url"), m_api, QStringLiteral("--token-stdin")},
                          token.toUtf8());
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("already holds webhooks of this console's own (1)"),
                 r.err.constData());
        const Run list =
            ctl({QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : json(list.out).toArray()) {
            if (v.toObject().value(u"organization").toString() == u"lab")
                QCOMPARE(v.toObject().value(u"backend").toString(), QStringLiteral("local"));
        }
        KeychainSecretStore keychain(QString::fromLatin1(AppInfo::KeychainService));
        QCOMPARE(
            await(keychain.read(ConsoleBackend::tokenKey(m_api, QStringLiteral("lab")))).error.code,
            Error::Code::NotFound); // the token was not kept
    }

    void exportsAPulumiProgramWithoutSecrets()
    {
        const QString file = m_dir.filePath(QStringLiteral("Pulumi.yaml"));
        const Run r = ctl({QStringLiteral("webhook"), QStringLiteral("export"),
                           QStringLiteral("--format"), QStringLiteral("pulumi-yaml"),
                           QStringLiteral("--org"), m_org, QStringLiteral("--output"), file});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile yaml(file);
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        const QByteArray program = yaml.readAll();
        QVERIFY(program.contains("pulumiservice:index:Webhook"));
        QVERIFY(program.contains("lab-hook") || program.contains("LabHook"));
        QVERIFY2(r.err.contains("pulumi config set --secret"), r.err.constData());
        QVERIFY(!program.contains("lab-secret-9"));
        const Run bad = ctl({QStringLiteral("webhook"), QStringLiteral("export"),
                             QStringLiteral("--format"), QStringLiteral("terraform")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("--format"));
    }

    void anotherConsoleOnTheDatabaseFollowsAConnection()
    {
        // A console open on the same database when webhookctl connects an organization takes
        // it up as Pulumi Cloud's: it never treats its webhooks as its own.
        auto other = WebhookBackend::create(m_db);
        QVERIFY(!await(other->open()));
        QVERIFY(other->cloudApiUrl(QStringLiteral("lateco")).isEmpty());
        QSignalSpy changed(other.get(), &WebhookBackend::cloudConnectionsChanged);
        const QString token =
            test::cloud::addUser(QStringLiteral("lu"), {QStringLiteral("lateco")});
        const Run r =
            ctl({QStringLiteral("org"), QStringLiteral("connect"), QStringLiteral("lateco"),
                 QStringLiteral("--api-url"), m_api, QStringLiteral("--token-stdin")},
                token.toUtf8());
        QVERIFY2(r.code == 0, r.err.constData());
        // (It may have come while webhookctl ran: the wait serves the event loop.)
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
        QCOMPARE(other->cloudApiUrl(QStringLiteral("lateco")), m_api);

        // And the local backend alone never sends a mirror's deliveries.
        LocalBackend local(m_db);
        QVERIFY(!await(local.open()));
        const Result<Delivery> refused =
            await(local.ping(*WebhookRef::parse(QStringLiteral("cloudco/web/prod/deploy-hook"))));
        QCOMPARE(refused.error.code, Error::Code::Invalid);
        QVERIFY2(refused.error.message.contains(QStringLiteral("kept in Pulumi Cloud")),
                 qPrintable(refused.error.message));
        QVERIFY(refused.value.id.isEmpty());
    }

    void disconnectForgetsTheOrganizationHere()
    {
        const Run r =
            ctl({QStringLiteral("org"), QStringLiteral("disconnect"), QStringLiteral("boco")});
        QVERIFY2(r.code == 0, r.err.constData());
        const Run list =
            ctl({QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!list.out.contains("boco"));
        KeychainSecretStore keychain(QString::fromLatin1(AppInfo::KeychainService));
        // Its token went; ana's, of another organization at the same URL, stays.
        QCOMPARE(await(keychain.read(ConsoleBackend::tokenKey(m_api, QStringLiteral("boco"))))
                     .error.code,
                 Error::Code::NotFound);
        QCOMPARE(await(keychain.read(ConsoleBackend::tokenKey(m_api, m_org))).secret, m_token);
    }

    void tokensAreNeverWrittenAnywhereButTheKeychain()
    {
        // Everything the scenario above wrote: the database and its journal files, every file
        // under the test's home (settings, caches), and all that webhookctl printed and logged.
        QByteArrayList tokens{m_token.toUtf8(), m_otherToken.toUtf8()};
        QVERIFY(!m_printed.isEmpty());
        for (const QByteArray &token : tokens)
            QVERIFY2(!m_printed.contains(token), "a token was printed or logged");
        QStringList roots{m_dir.path()};
        for (const auto location :
             {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
              QStandardPaths::GenericCacheLocation}) {
            QStandardPaths::setTestModeEnabled(false);
            roots << QStandardPaths::writableLocation(location);
            QStandardPaths::setTestModeEnabled(true);
        }
        int files = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.contains(QLatin1String("/keyrings/")))
                    continue; // the keychain itself (encrypted)
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = f.readAll();
                ++files;
                for (const QByteArray &token : tokens)
                    QVERIFY2(!bytes.contains(token), qPrintable(path));
            }
        }
        QVERIFY(files >= 2); // the database at least, and its WAL
    }
};

QTEST_GUILESS_MAIN(TestCloud)
#include "tst_cloud.moc"
