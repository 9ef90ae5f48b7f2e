// PayloadBuilder: the bodies of pings and sample events in every format, byte for byte.
//
// Golden files: tests/golden/payloads/<format>/<scope-kind>/<event>.json hold the exact bytes
// (compact JSON, no trailing newline) the builder gives for the fixed webhooks and time below,
// for every format a scope offers (EventCatalog::formats) × every event of that scope
// (EventCatalog::events, "ping" included), scope kinds `organization`, `stack`, `environment`.
//
// After a deliberate change of a payload, rewrite them with
//
//     WEBHOOK_CONSOLE_UPDATE_GOLDEN=1 build/tests/tst_payloads
//
// (files no longer produced are deleted), read `git diff tests/golden`, and commit it with the
// change. The CTest tests payloads_slack_types and payloads_teams_adaptivecards (tests/js)
// then judge every Slack and Teams golden file with Slack's and Microsoft's own packages.

#include "EventCatalog.h"
#include "Webhook.h"
#include "delivery/PayloadBuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace wc;

namespace {

const QStringList AllFormats{"raw", "slack", "ms_teams", "pulumi_deployments"};

const QDateTime When(QDate(2026, 11, 20), QTime(10, 4, 11), Qt::UTC);

QString goldenDir()
{
    return QStringLiteral(WC_PAYLOAD_GOLDEN_DIR);
}

bool updating()
{
    return qEnvironmentVariableIntValue("WEBHOOK_CONSOLE_UPDATE_GOLDEN") == 1;
}

QString scopeKindName(const Scope &scope)
{
    switch (scope.kind()) {
    case Scope::Kind::Organization:
        return QStringLiteral("organization");
    case Scope::Kind::Stack:
        return QStringLiteral("stack");
    case Scope::Kind::Environment:
        return QStringLiteral("environment");
    }
    return {};
}

QList<Scope> scopes()
{
    return {Scope::organizationScope(QStringLiteral("acme")),
            Scope::stackScope(QStringLiteral("acme"), QStringLiteral("payments"),
                              QStringLiteral("staging")),
            Scope::environmentScope(QStringLiteral("acme"), QStringLiteral("payments"),
                                    QStringLiteral("production"))};
}

QString payloadUrlFor(const QString &format)
{
    if (format == u"slack")
        return QStringLiteral("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXX");
    if (format == u"ms_teams")
        return QStringLiteral("https://prod-00.westeurope.logic.azure.com:443/workflows/0a1b/"
                              "triggers/manual/paths/invoke");
    if (format == u"pulumi_deployments")
        return QStringLiteral("infra/production");
    return QStringLiteral("https://hooks.example.com/pulumi");
}

Webhook webhookFor(const Scope &scope, const QString &format)
{
    Webhook w;
    w.scope = scope;
    w.name = QStringLiteral("ops-alerts");
    w.displayName = QStringLiteral("Ops alerts");
    w.format = format;
    w.payloadUrl = payloadUrlFor(format);
    return w;
}

Payload build(const Webhook &webhook, const QString &event)
{
    return event == u"ping" ? PayloadBuilder::ping(webhook, When)
                            : PayloadBuilder::sample(webhook, event, When);
}

QJsonObject parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), body.constData());
    return doc.object();
}

QString relativeGolden(const QString &format, const Scope &scope, const QString &event)
{
    return format + u'/' + scopeKindName(scope) + u'/' + event + QStringLiteral(".json");
}

/// Every golden file the builder is expected to produce, relative to goldenDir().
QSet<QString> expectedGoldens()
{
    QSet<QString> out;
    for (const Scope &scope : scopes()) {
        for (const QString &format : EventCatalog::formats(scope)) {
            for (const QString &event : EventCatalog::events(scope))
                out.insert(relativeGolden(format, scope, event));
        }
    }
    return out;
}

bool isStackKind(const QString &kind)
{
    static const QSet<QString> kinds{"stack",           "stack_update",    "stack_preview",
                                     "deployment",      "drift_detection", "drift_remediation",
                                     "policy_violation"};
    return kinds.contains(kind);
}

/// {name, githubLogin, avatarUrl}, all non-empty strings.
bool isAccount(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    for (const char *key : {"name", "githubLogin", "avatarUrl"}) {
        if (!o.value(QLatin1String(key)).isString() ||
            o.value(QLatin1String(key)).toString().isEmpty())
            return false;
    }
    return o.size() == 3 && o.value(QLatin1String("avatarUrl")).toString().startsWith(u"https://");
}

bool isCounts(const QJsonValue &value)
{
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() != it.value().toInt() ||
            it.value().toInt() < 0)
            return false;
    }
    return true;
}

bool isAppUrl(const QJsonValue &value, const QString &organization)
{
    return value.toString().startsWith(QStringLiteral("https://app.pulumi.com/") + organization +
                                       u'/');
}

} // namespace

class TestPayloads : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void noStrayGoldenFiles();
    void kindsMatchTheCatalog();
    void rawBodiesCarryPulumisFields();
    void rawFieldByField();
    void samplesAreAboutTheWebhooksScope();
    void pingRawBodyIsUnchanged();
    void deterministic();
    void escaping();
    void chatEnvelopes();
    void deploymentsBody();
    void unknownOrForeignEventsGiveNothing();
};

void TestPayloads::golden_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<Scope>("scope");
    QTest::addColumn<QString>("event");
    for (const Scope &scope : scopes()) {
        for (const QString &format : EventCatalog::formats(scope)) {
            for (const QString &event : EventCatalog::events(scope)) {
                QTest::addRow("%s", qPrintable(relativeGolden(format, scope, event)))
                    << format << scope << event;
            }
        }
    }
}

void TestPayloads::golden()
{
    QFETCH(QString, format);
    QFETCH(Scope, scope);
    QFETCH(QString, event);
    const Payload payload = build(webhookFor(scope, format), event);
    QVERIFY(!payload.body.isEmpty());
    QVERIFY(!parse(payload.body).isEmpty());

    const QString path = goldenDir() + u'/' + relativeGolden(format, scope, event);
    if (updating()) {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        QCOMPARE(out.write(payload.body), payload.body.size());
        return;
    }
    QFile in(path);
    QVERIFY2(
        in.open(QIODevice::ReadOnly),
        qPrintable(path + QStringLiteral(" is missing: run with WEBHOOK_CONSOLE_UPDATE_GOLDEN=1")));
    const QByteArray expected = in.readAll();
    if (payload.body != expected)
        qWarning("golden %s differs; the builder gives:\n%s", qPrintable(path),
                 payload.body.constData());
    QCOMPARE(payload.body, expected);
}

void TestPayloads::noStrayGoldenFiles()
{
    const QSet<QString> expected = expectedGoldens();
    QDir root(goldenDir());
    QStringList stray;
    QDirIterator it(goldenDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = root.relativeFilePath(it.next());
        if (!expected.contains(file))
            stray << file;
    }
    if (updating()) {
        for (const QString &file : std::as_const(stray))
            QVERIFY(QFile::remove(root.filePath(file)));
        return;
    }
    QVERIFY2(stray.isEmpty(), qPrintable(QStringLiteral("golden files nothing produces: ") +
                                         stray.join(QStringLiteral(", "))));
    // 3 formats for organizations, 4 for stacks and environments; ping + every filter.
    QCOMPARE(expected.size(), 3 * (1 + 44) + 4 * (1 + 22) + 4 * (1 + 20));
}

void TestPayloads::kindsMatchTheCatalog()
{
    for (const Scope &scope : scopes()) {
        for (const QString &format : AllFormats) {
            const Webhook webhook = webhookFor(scope, format);
            for (const QString &event : EventCatalog::events(scope)) {
                const Payload p = build(webhook, event);
                QVERIFY2(!p.body.isEmpty(), qPrintable(format + u' ' + event));
                QCOMPARE(p.kind, EventCatalog::kindOf(event));
                QVERIFY(EventCatalog::kinds().contains(p.kind));
            }
        }
    }
}

void TestPayloads::rawBodiesCarryPulumisFields()
{
    static const QSet<QString> updateKinds{"update", "preview", "refresh", "destroy", "import"};
    for (const Scope &scope : scopes()) {
        const Webhook webhook = webhookFor(scope, QStringLiteral("raw"));
        for (const QString &event : EventCatalog::events(scope)) {
            const Payload p = build(webhook, event);
            const QJsonObject o = parse(p.body);
            const QString what = scopeKindName(scope) + u' ' + event;
            QVERIFY2(!o.isEmpty(), qPrintable(what));
            if (p.kind == u"ping") {
                QCOMPARE(o.value("timestamp").toInteger(), When.toSecsSinceEpoch());
                QVERIFY(o.value("message").isString());
                QCOMPARE(o.size(), 2);
                continue;
            }
            QVERIFY2(isAccount(o.value("user")), qPrintable(what));
            QVERIFY2(isAccount(o.value("organization")), qPrintable(what));
            QCOMPARE(o.value("organization").toObject().value("githubLogin").toString(), "acme");
            QVERIFY2(!o.value("projectName").toString().isEmpty(), qPrintable(what));
            if (isStackKind(p.kind)) {
                QVERIFY2(!o.value("stackName").toString().isEmpty(), qPrintable(what));
                QVERIFY2(!o.contains("envName"), qPrintable(what));
            } else {
                QVERIFY2(!o.value("envName").toString().isEmpty(), qPrintable(what));
                QVERIFY2(!o.contains("stackName"), qPrintable(what));
                QVERIFY2(isAppUrl(o.value("environmentUrl"), "acme"), qPrintable(what));
                QVERIFY2(!o.value("action").toString().isEmpty(), qPrintable(what));
            }
            if (p.kind == u"stack_update" || p.kind == u"stack_preview") {
                QVERIFY2(isAppUrl(o.value("updateUrl"), "acme"), qPrintable(what));
                QVERIFY2(updateKinds.contains(o.value("kind").toString()), qPrintable(what));
                QVERIFY(o.value("result") == "succeeded" || o.value("result") == "failed");
                QCOMPARE(o.value("result").toString(), event.section(u'_', -1));
                QVERIFY2(isCounts(o.value("resourceChanges")), qPrintable(what));
                QVERIFY(o.value("isPreview").isBool());
                QCOMPARE(o.value("isPreview").toBool(), p.kind == u"stack_preview");
            } else if (p.kind == u"stack") {
                QCOMPARE(o.value("action").toString(), event.section(u'_', -1));
            } else if (p.kind == u"deployment") {
                QVERIFY2(isAppUrl(o.value("deploymentUrl"), "acme"), qPrintable(what));
                QVERIFY(o.value("version").isDouble() && o.value("version").toInt() > 0);
                QCOMPARE(o.value("operation").toString(), "update");
                QVERIFY(!o.value("status").toString().isEmpty());
            } else if (p.kind == u"drift_detection" || p.kind == u"drift_remediation") {
                QVERIFY(o.value("driftDetected").isBool());
                QVERIFY2(!QUuid(o.value("driftRunId").toString()).isNull(), qPrintable(what));
                QVERIFY(o.value("status") == "succeeded" || o.value("status") == "failed");
                QVERIFY2(isCounts(o.value("resourceChanges")), qPrintable(what));
                QVERIFY2(isAppUrl(o.value("referenceUrl"), "acme"), qPrintable(what));
            } else if (p.kind == u"policy_violation") {
                QCOMPARE(o.value("enforcementLevel").toString(), event.section(u'_', -1));
                QVERIFY(!o.value("policyName").toString().isEmpty());
                QVERIFY(o.value("resourceUrn").toString().startsWith(u"urn:pulumi:"));
            } else if (p.kind == u"change_request") {
                QVERIFY(!QUuid(o.value("changeRequestId").toString()).isNull());
                QVERIFY(isAppUrl(o.value("changeRequestUrl"), "acme"));
                QCOMPARE(o.value("action").toString(), event.section(u'_', -1));
            }
        }
    }
}

void TestPayloads::rawFieldByField()
{
    const Scope stack = scopes().at(1);
    const Webhook raw = webhookFor(stack, QStringLiteral("raw"));
    const QString stackUrl = QStringLiteral("https://app.pulumi.com/acme/payments/staging");

    QJsonObject o = parse(PayloadBuilder::sample(raw, "update_failed", When).body);
    QCOMPARE(o.value("projectName").toString(), "payments");
    QCOMPARE(o.value("stackName").toString(), "staging");
    QCOMPARE(o.value("updateUrl").toString(), stackUrl + "/updates/42");
    QCOMPARE(o.value("kind").toString(), "update");
    QCOMPARE(o.value("result").toString(), "failed");
    QCOMPARE(o.value("isPreview").toBool(true), false);
    QCOMPARE(o.value("resourceChanges").toObject(), (QJsonObject{{"create", 1}, {"same", 38}}));
    QCOMPARE(o.value("user").toObject().value("githubLogin").toString(), "arivera");
    QCOMPARE(o.keys(),
             (QStringList{"isPreview", "kind", "organization", "projectName", "resourceChanges",
                          "result", "stackName", "updateUrl", "user"}));

    o = parse(PayloadBuilder::sample(raw, "preview_succeeded", When).body);
    QCOMPARE(o.value("kind").toString(), "preview");
    QCOMPARE(o.value("isPreview").toBool(), true);
    QVERIFY(o.value("updateUrl").toString().startsWith(stackUrl + "/previews/"));

    o = parse(PayloadBuilder::sample(raw, "destroy_succeeded", When).body);
    QCOMPARE(o.value("kind").toString(), "destroy");
    QCOMPARE(o.value("resourceChanges").toObject(), (QJsonObject{{"delete", 40}}));

    o = parse(PayloadBuilder::sample(raw, "deployment_started", When).body);
    QCOMPARE(o.value("deploymentUrl").toString(), stackUrl + "/deployments/17");
    QCOMPARE(o.value("version").toInt(), 17);
    QCOMPARE(o.value("operation").toString(), "update");
    QCOMPARE(o.value("status").toString(), "running");

    o = parse(PayloadBuilder::sample(raw, "drift_detected", When).body);
    QCOMPARE(o.value("driftDetected").toBool(), true);
    QCOMPARE(o.value("status").toString(), "succeeded");
    QCOMPARE(o.value("referenceUrl").toString(), stackUrl + "/deployments/18");
    QCOMPARE(o.value("resourceChanges").toObject(), (QJsonObject{{"update", 2}, {"same", 38}}));

    o = parse(PayloadBuilder::sample(raw, "drift_detection_succeeded", When).body);
    QCOMPARE(o.value("driftDetected").toBool(true), false);

    const Webhook org = webhookFor(scopes().at(0), QStringLiteral("raw"));
    o = parse(PayloadBuilder::sample(org, "stack_deleted", When).body);
    QCOMPARE(o.value("action").toString(), "deleted");
    QCOMPARE(o.value("projectName").toString(), "website");
    QCOMPARE(o.value("stackName").toString(), "production");
    QCOMPARE(o.keys(), (QStringList{"action", "organization", "projectName", "stackName", "user"}));

    const Webhook env = webhookFor(scopes().at(2), QStringLiteral("raw"));
    o = parse(PayloadBuilder::sample(env, "environment_tag_updated", When).body);
    QCOMPARE(o.value("envName").toString(), "production");
    QCOMPARE(o.value("environmentUrl").toString(),
             "https://app.pulumi.com/acme/esc/payments/production");
    QCOMPARE(o.value("action").toString(), "updated");
    QCOMPARE(o.value("tagName").toString(), "team");
    QCOMPARE(o.value("tagValue").toString(), "platform");
    QCOMPARE(o.value("previousTagValue").toString(), "web");

    o = parse(PayloadBuilder::sample(env, "change_request_applied", When).body);
    QCOMPARE(o.value("status").toString(), "applied");
    QCOMPARE(o.value("revision").toInt(), 9);
}

void TestPayloads::samplesAreAboutTheWebhooksScope()
{
    for (const Scope &scope : scopes()) {
        const Webhook webhook = webhookFor(scope, QStringLiteral("raw"));
        for (const QString &event : EventCatalog::filters(scope)) {
            const QJsonObject o = parse(PayloadBuilder::sample(webhook, event, When).body);
            const QString what = scopeKindName(scope) + u' ' + event;
            switch (scope.kind()) {
            case Scope::Kind::Stack:
                QVERIFY2(o.value("projectName") == "payments" && o.value("stackName") == "staging",
                         qPrintable(what));
                break;
            case Scope::Kind::Environment:
                QVERIFY2(o.value("projectName") == "payments" && o.value("envName") == "production",
                         qPrintable(what));
                break;
            case Scope::Kind::Organization:
                QVERIFY2(o.value("projectName") == "website" &&
                             (o.value("stackName") == "production" ||
                              o.value("envName") == "production"),
                         qPrintable(what));
                break;
            }
            // Every link of the event points into the webhook's organization.
            const QByteArray body = PayloadBuilder::sample(webhook, event, When).body;
            static const QRegularExpression Url(
                QStringLiteral("https://app\\.pulumi\\.com/[^\"]*"));
            auto it = Url.globalMatch(QString::fromUtf8(body));
            // (Pulumi's stack created/deleted payload carries no URL.)
            QVERIFY2(it.hasNext() || EventCatalog::kindOf(event) == u"stack", qPrintable(what));
            while (it.hasNext()) {
                const QString url = it.next().captured();
                QVERIFY2(url.startsWith(u"https://app.pulumi.com/acme/"), qPrintable(url));
            }
        }
    }
}

void TestPayloads::pingRawBodyIsUnchanged()
{
    // The body receivers' tests have compared since the first release.
    Webhook w = webhookFor(scopes().at(0), QStringLiteral("raw"));
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1632735487, Qt::UTC);
    const Payload p = PayloadBuilder::ping(w, when);
    QCOMPARE(p.kind, "ping");
    QCOMPARE(p.body, QByteArray("{\"message\":\"Ping from Webhook Console: \xe2\x80\x9c"
                                "Ops alerts\xe2\x80\x9d (acme/ops-alerts) is set up to receive "
                                "events.\",\"timestamp\":1632735487}"));
    w.scope = scopes().at(1);
    QCOMPARE(PayloadBuilder::ping(w, when).body,
             QByteArray("{\"message\":\"Ping from Webhook Console: \xe2\x80\x9c"
                        "Ops alerts\xe2\x80\x9d (acme/payments/staging/ops-alerts) is set up to "
                        "receive events.\",\"timestamp\":1632735487}"));
    QCOMPARE(PayloadBuilder::sample(w, "ping", when).body, PayloadBuilder::ping(w, when).body);
}

void TestPayloads::deterministic()
{
    for (const Scope &scope : scopes()) {
        for (const QString &format : AllFormats) {
            for (const QString &event : EventCatalog::events(scope)) {
                // Two webhooks built separately, two calls: the same bytes.
                const Payload a = build(webhookFor(scope, format), event);
                const Payload b = build(webhookFor(scope, format), event);
                QCOMPARE(a.kind, b.kind);
                QCOMPARE(a.body, b.body);
            }
        }
    }
    // `when` is the only time that counts, and it does.
    const Webhook w = webhookFor(scopes().at(1), QStringLiteral("pulumi_deployments"));
    const QByteArray later = PayloadBuilder::sample(w, "update_failed", When.addSecs(60)).body;
    QVERIFY(later != PayloadBuilder::sample(w, "update_failed", When).body);
    QCOMPARE(parse(later).value("timestamp").toInteger(), When.toSecsSinceEpoch() + 60);
}

void TestPayloads::escaping()
{
    const QString name = QStringLiteral("Say \"hi\" \\ <b>&</b> — Grüße 🚀\ttab");
    for (const Scope &scope : scopes()) {
        for (const QString &format : EventCatalog::formats(scope)) {
            Webhook w = webhookFor(scope, format);
            w.displayName = name;
            const QByteArray body = PayloadBuilder::ping(w, When).body;
            const QJsonObject o = parse(body);
            QVERIFY2(!o.isEmpty(), body.constData());
            // JSON escapes quotes, the backslash and control characters; the rest is UTF-8.
            QVERIFY(!body.contains('\t'));
            QVERIFY(body.contains("\\t"));
            QVERIFY(body.contains("Say \\\"hi\\\" \\\\ "));
            QVERIFY(body.contains(QStringLiteral("— Grüße 🚀").toUtf8()));
            if (format == u"raw" || format == u"pulumi_deployments") {
                QCOMPARE(o.value("message").toString(),
                         QStringLiteral("Ping from Webhook Console: “%1” (%2) is set up to "
                                        "receive events.")
                             .arg(name, w.ref().toString()));
            } else if (format == u"slack") {
                // Slack's own escapes for the three characters it parses.
                const QString text = o.value("text").toString();
                QVERIFY2(text.contains(u"Say \"hi\" \\ &lt;b&gt;&amp;&lt;/b&gt; — Grüße 🚀"),
                         qPrintable(text));
                QVERIFY(!text.contains(u"<b>"));
                const QString section = o.value("blocks")[0]["text"]["text"].toString();
                QVERIFY2(section.contains(u"&lt;b&gt;&amp;&lt;/b&gt;"), qPrintable(section));
            } else if (format == u"ms_teams") {
                const QJsonArray facts =
                    o.value("attachments")[0]["content"]["body"][2]["facts"].toArray();
                QCOMPARE(facts.at(0)["title"].toString(), "Webhook");
                QCOMPARE(facts.at(0)["value"].toString(), name);
            }
        }
    }
}

void TestPayloads::chatEnvelopes()
{
    for (const Scope &scope : scopes()) {
        const Webhook slack = webhookFor(scope, QStringLiteral("slack"));
        const Webhook teams = webhookFor(scope, QStringLiteral("ms_teams"));
        for (const QString &event : EventCatalog::events(scope)) {
            const QString what = scopeKindName(scope) + u' ' + event;
            QJsonObject s = parse(build(slack, event).body);
            QCOMPARE(s.keys(), (QStringList{"blocks", "text"}));
            QVERIFY2(!s.value("text").toString().isEmpty(), qPrintable(what));
            const QJsonArray blocks = s.value("blocks").toArray();
            QVERIFY2(!blocks.isEmpty(), qPrintable(what));
            QCOMPARE(blocks.first()["type"].toString(), "section");
            if (event != u"ping") {
                QCOMPARE(blocks.size(), 3);
                QCOMPARE(blocks.at(1)["type"].toString(), "context");
                QCOMPARE(blocks.at(2)["type"].toString(), "actions");
                // Result with an emoji, who, and (for stack operations) the resource counts.
                const QString text = blocks.first()["text"]["text"].toString();
                QVERIFY2(text.startsWith(u':'), qPrintable(text));
                QVERIFY(QJsonDocument(blocks.first().toObject()).toJson().contains("Alex Rivera"));
            }

            const QJsonObject t = parse(build(teams, event).body);
            QCOMPARE(t.keys(), (QStringList{"attachments", "type"}));
            QCOMPARE(t.value("type").toString(), "message");
            const QJsonArray attachments = t.value("attachments").toArray();
            QCOMPARE(attachments.size(), 1);
            QCOMPARE(attachments.at(0).toObject().keys(), (QStringList{"content", "contentType"}));
            QCOMPARE(attachments.at(0)["contentType"].toString(),
                     "application/vnd.microsoft.card.adaptive");
            const QJsonObject card = attachments.at(0)["content"].toObject();
            QCOMPARE(card.keys(), (QStringList{"$schema", "actions", "body", "type", "version"}));
            QCOMPARE(card.value("type").toString(), "AdaptiveCard");
            QCOMPARE(card.value("$schema").toString(),
                     "http://adaptivecards.io/schemas/adaptive-card.json");
            QCOMPARE(card.value("version").toString(), "1.4");
            const QJsonArray body = card.value("body").toArray();
            QCOMPARE(body.first()["type"].toString(), "TextBlock");
            QCOMPARE(body.last()["type"].toString(), "FactSet");
            if (event != u"ping") {
                QVERIFY2(!card.value("actions").toArray().isEmpty(), qPrintable(what));
                QCOMPARE(card.value("actions")[0]["type"].toString(), "Action.OpenUrl");
            }
        }
    }
    // The Slack summary of a failed update: emoji, stack link, operation, who, counts, links.
    const QJsonObject s =
        parse(PayloadBuilder::sample(webhookFor(scopes().at(1), QStringLiteral("slack")),
                                     "update_failed", When)
                  .body);
    QCOMPARE(s.value("text").toString(),
             ":x: Update failed: acme/payments/staging (started by Alex Rivera)");
    const QJsonArray blocks = s.value("blocks").toArray();
    QCOMPARE(blocks[0]["text"]["text"].toString(),
             ":x: *Update failed*\nStack "
             "<https://app.pulumi.com/acme/payments/staging|acme/payments/staging>");
    QStringList fields;
    for (const QJsonValue &f : blocks[0]["fields"].toArray())
        fields << f["text"].toString();
    QCOMPARE(fields, (QStringList{"*Operation*\nupdate", "*Result*\nfailed",
                                  "*Started by*\nAlex Rivera (arivera)",
                                  "*Resources*\n1 created, 38 unchanged"}));
    QCOMPARE(blocks[2]["elements"][0]["url"].toString(),
             "https://app.pulumi.com/acme/payments/staging/updates/42");
}

void TestPayloads::deploymentsBody()
{
    for (const Scope &scope : {scopes().at(1), scopes().at(2)}) {
        const Webhook w = webhookFor(scope, QStringLiteral("pulumi_deployments"));
        for (const QString &event : EventCatalog::events(scope)) {
            const QJsonObject o = parse(build(w, event).body);
            QCOMPARE(o.value("target").toString(), "infra/production");
            QCOMPARE(o.value("event").toString(), event);
            QCOMPARE(o.value("kind").toString(), EventCatalog::kindOf(event));
            QCOMPARE(o.value("timestamp").toInteger(), When.toSecsSinceEpoch());
            const QJsonObject source = o.value("source").toObject();
            QCOMPARE(source.value("organization").toString(), "acme");
            QCOMPARE(source.value("project").toString(), "payments");
            if (scope.isStack()) {
                QCOMPARE(source.value("stack").toString(), "staging");
                QVERIFY(!source.contains("environment"));
            } else {
                QCOMPARE(source.value("environment").toString(), "production");
                QVERIFY(!source.contains("stack"));
            }
            if (event == u"ping") {
                QVERIFY(!o.contains("operation"));
                QVERIFY(o.value("message").toString().startsWith(u"Ping from Webhook Console"));
            } else {
                QCOMPARE(o.value("operation").toString(), "update");
                QVERIFY(isAppUrl(o.value("url"), "acme"));
            }
        }
    }
}

void TestPayloads::unknownOrForeignEventsGiveNothing()
{
    for (const Scope &scope : scopes()) {
        for (const QString &format : AllFormats) {
            const Webhook w = webhookFor(scope, format);
            for (const QString &event :
                 {QStringLiteral("no_such_event"), QString(), QStringLiteral("update"),
                  QStringLiteral("UPDATE_FAILED"), QStringLiteral("update_failed ")}) {
                const Payload p = PayloadBuilder::sample(w, event, When);
                QVERIFY2(p.kind.isEmpty() && p.body.isEmpty(), qPrintable(event));
            }
        }
    }
    // Events of another scope: a stack has no stack_created or environment events; an
    // environment has no stack events.
    const Webhook stack = webhookFor(scopes().at(1), QStringLiteral("raw"));
    for (const char *event : {"stack_created", "environment_created", "change_request_created"})
        QVERIFY(PayloadBuilder::sample(stack, QString::fromLatin1(event), When).body.isEmpty());
    const Webhook env = webhookFor(scopes().at(2), QStringLiteral("slack"));
    for (const char *event : {"update_failed", "deployment_queued", "policy_violation_advisory"})
        QVERIFY(PayloadBuilder::sample(env, QString::fromLatin1(event), When).kind.isEmpty());
}

QTEST_GUILESS_MAIN(TestPayloads)
#include "tst_payloads.moc"
