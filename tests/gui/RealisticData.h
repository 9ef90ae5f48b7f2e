#pragma once

// What a demanding user has in the console: a dozen webhooks of every destination, some paused,
// some with secrets, names of 82 characters and URLs of 300, a stack and an environment with
// long names, and about 150 deliveries of every outcome over the past days. For the layout,
// appearance and screenshot tests.

#include "TestSupport.h"
#include "local/LocalBackend.h"

#include <QDateTime>
#include <QString>

namespace wc::test {

struct RealisticData
{
    Scope organization = Scope::organizationScope(QStringLiteral("acme"));
    Scope stack = Scope::stackScope(
        QStringLiteral("acme"), QStringLiteral("payments-platform"),
        QStringLiteral("production-eu-west-1-blue-green-canary-with-a-really-long-name"));
    Scope environment = Scope::environmentScope(QStringLiteral("acme"), QStringLiteral("payments"),
                                                QStringLiteral("production-secrets"));
    /// 82 characters.
    QString longName = QStringLiteral("Deployment notifications for the payments platform team, "
                                      "EU and US regions (prod).");
    /// 300 characters.
    QString longUrl;
    QList<Webhook> webhooks;
    Webhook longest; ///< the one with the long name and URL
    Webhook failing; ///< its last delivery failed
};

inline QString longUrlOf(int length)
{
    QString url = QStringLiteral("https://hooks.receivers.example-corporation.internal/services/"
                                 "pulumi/webhooks/v2/organizations/acme/stacks/payments-platform/"
                                 "production?token=");
    while (url.size() < length)
        url += QStringLiteral("0123456789abcdef");
    return url.left(length);
}

/// Fills `backend` (open, on the database at `databasePath`) with the realistic data; pings go
/// to `receiverUrl` for the webhooks that are meant to work.
inline RealisticData seedRealisticData(LocalBackend &backend, const QString &databasePath,
                                       const QString &receiverUrl)
{
    RealisticData data;
    data.longUrl = longUrlOf(300);
    if (test::await(backend.addOrganization(QStringLiteral("acme"))) ||
        test::await(backend.addOrganization(QStringLiteral("initech"))) ||
        test::await(backend.addScope(data.stack)) ||
        test::await(backend.addScope(data.environment)))
        qFatal("could not add the organizations and scopes");
    struct Spec
    {
        const char *name;
        QString displayName;
        QString url;
        const char *format;
        bool secret;
        bool active;
    };
    const QString slack = QStringLiteral("https://hooks.slack.com/services/T024BE7LD/B08H2KJ9P/"
                                         "zXf4qL8aJ2mWv0cR7tYb1Nd3");
    const QString teams = QStringLiteral("https://prod-27.westeurope.logic.azure.com/workflows/"
                                         "8c1e0f3a5b7d4e2f9a6c/triggers/manual/paths/invoke");
    const QList<Spec> specs{
        {"payments-deploys", data.longName, data.longUrl, Format::Raw, true, true},
        {"build-notifications", QStringLiteral("Build notifications"), receiverUrl, Format::Raw,
         true, true},
        {"audit-log", QStringLiteral("Audit log (staging)"),
         QStringLiteral("http://127.0.0.1:9/audit"), Format::Raw, false, true},
        {"ops-alerts", QStringLiteral("#ops-alerts"), slack, Format::Slack, false, true},
        {"release-channel", QStringLiteral("Release channel"), slack, Format::Slack, false, false},
        {"teams-sre", QStringLiteral("SRE on Teams"), teams, Format::MsTeams, false, true},
        {"compliance", QStringLiteral("Compliance archive"),
         QStringLiteral("https://compliance.example.com/ingest/pulumi"), Format::Raw, true, true},
        {"billing-sync", QStringLiteral("Billing sync"),
         QStringLiteral("https://billing.example.com/hooks/pulumi?source=console"), Format::Raw,
         true, false},
        {"drift-watch", QStringLiteral("Drift watch"), receiverUrl, Format::Raw, false, true},
        {"policy-bot", QStringLiteral("Policy bot"),
         QStringLiteral("https://policy-bot.internal.example.com/events"), Format::Raw, true, true},
        {"incident-room", QStringLiteral("Incident room"), teams, Format::MsTeams, false, true},
        {"status-page", QStringLiteral("Status page updater"),
         QStringLiteral("https://status.example.com/api/v1/pulumi"), Format::Raw, false, true},
    };
    for (const Spec &s : specs) {
        WebhookDraft d;
        d.scope = data.organization;
        d.name = QString::fromLatin1(s.name);
        d.displayName = s.displayName;
        d.payloadUrl = s.url;
        d.format = QString::fromLatin1(s.format);
        d.active = s.active;
        if (s.secret) {
            d.secretChange = WebhookDraft::SecretChange::Set;
            d.secret = QStringLiteral("whsec-") + d.name;
        }
        const Result<Webhook> made = test::await(backend.create(d));
        if (made.error)
            qFatal("%s: %s", s.name, qPrintable(made.error.message));
        data.webhooks << made.value;
    }
    data.longest = data.webhooks.at(0);
    data.failing = data.webhooks.at(2);
    // On the stack: a Slack channel and a deployment of another stack.
    WebhookDraft deploy;
    deploy.scope = data.stack;
    deploy.name = QStringLiteral("deploy-staging");
    deploy.displayName = QStringLiteral("Deploy payments staging after production");
    deploy.payloadUrl = QStringLiteral("payments-platform/staging");
    deploy.format = QString::fromLatin1(Format::PulumiDeployments);
    if (test::await(backend.create(deploy)).error)
        qFatal("could not create the deployment");
    WebhookDraft stackSlack;
    stackSlack.scope = data.stack;
    stackSlack.name = QStringLiteral("stack-slack");
    stackSlack.displayName = data.longName;
    stackSlack.payloadUrl = slack;
    stackSlack.format = QString::fromLatin1(Format::Slack);
    if (test::await(backend.create(stackSlack)).error)
        qFatal("could not create the stack's Slack integration");

    // About 150 deliveries over the past week: mostly answered, some failing, refused or
    // timed out.
    SeedDatabase seed(databasePath);
    if (!seed.opened)
        qFatal("could not open the database to seed deliveries");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int n = 0;
    for (const Webhook &w : std::as_const(data.webhooks)) {
        const qint64 id = seed.webhooks.idOf(w.ref());
        for (int i = 12; i >= 0; --i, ++n) { // oldest first, as they happened
            const QDateTime when = now.addSecs(-qint64(i) * 13 * 3600 - (n % 7) * 600 - 240);
            int code = 200;
            QString error;
            if (w.name == u"audit-log") {
                code = 0;
                error = QStringLiteral("Connection refused by 127.0.0.1:9: nothing listens there.");
            } else if (n % 9 == 0) {
                code = 500;
            } else if (n % 13 == 0) {
                code = 0;
                error = QStringLiteral("Timed out: no complete answer within 10 s.");
            }
            insertDelivery(seed.deliveries, id, when, code,
                           i % 4 == 0 ? QStringLiteral("ping") : QStringLiteral("stack_update"),
                           R"({"kind":"stack_update","stackName":"production"})",
                           code == 200 ? QByteArray(R"({"ok":true})")
                                       : QByteArray(R"({"error":"internal"})"),
                           error);
        }
    }
    return data;
}

} // namespace wc::test
