// The backend contract: what every backend does, asserted through the WebhookBackend interface
// only, as the window and webhookctl see it. Written once; CTest runs it once per backend,
// named by $WEBHOOK_CONSOLE_CONTRACT_BACKEND (tests/CMakeLists.txt):
//   local-sqlite       the local backend on an SQLite file
//   local-postgresql   the local backend on the tests' PostgreSQL server
//   pulumi-cloud       an organization of Pulumi Cloud (the tests' stand-in, behind Prism's
//                      validation of Pulumi's OpenAPI document), through the same interface;
//                      where Pulumi's semantics differ (it renames nothing, keeps stacks
//                      itself, sends no sample events), the suite asserts Pulumi's answer
// Real parts: the OS keychain of the README's test command, a receiver on 127.0.0.1 that checks
// signatures with its own HMAC, real database files.

#include "AppInfo.h"
#include "Async.h"
#include "BulkRedelivery.h"
#include "EventCatalog.h"
#include "LocalReceiver.h"
#include "TestSupport.h"
#include "WebhookBackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <utility>

using namespace wc;
using test::await;
using test::LocalReceiver;

namespace {

/// Makes the backend under test, fresh and empty.
std::unique_ptr<WebhookBackend> makeBackend(const QString &kind, const QTemporaryDir &dir,
                                            std::unique_ptr<test::PostgresDatabase> &postgres)
{
    if (kind == u"local-sqlite" || kind == u"pulumi-cloud")
        return WebhookBackend::create(test::databasePath(dir));
    if (kind == u"local-postgresql") {
        postgres = std::make_unique<test::PostgresDatabase>();
        if (postgres->url().isEmpty())
            qFatal("%s", qPrintable(postgres->error()));
        return WebhookBackend::create(postgres->url());
    }
    return nullptr;
}

QByteArray hmacHex(const QString &secret, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

class TestBackendContract : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_kind;
    std::unique_ptr<test::PostgresDatabase> m_postgres; ///< outlives the backend
    std::unique_ptr<WebhookBackend> m_backend;
    LocalReceiver m_receiver;
    bool m_failing = false; ///< the receiver answers 503 while set
    QByteArray m_body;      ///< the receiver's next answer, when set
    int m_counter = 0;
    WebhookRef m_searched; ///< the webhook of searchMeansTheSameOnEveryEngine

    const Scope m_org = Scope::organizationScope(QStringLiteral("contract"));
    const Scope m_stack = Scope::stackScope(QStringLiteral("contract"), QStringLiteral("web"),
                                            QStringLiteral("prod"));

    WebhookBackend &backend() { return *m_backend; }
    [[nodiscard]] bool cloud() const { return m_kind == u"pulumi-cloud"; }
    int m_prismMark = 0;

    WebhookDraft draft(const Scope &scope, const QString &name, const QString &secret = {})
    {
        WebhookDraft d;
        d.scope = scope;
        d.name = name;
        d.displayName = QStringLiteral("Hook %1").arg(name);
        d.payloadUrl = m_receiver.url(QStringLiteral("/") + name);
        if (!secret.isEmpty()) {
            d.secretChange = WebhookDraft::SecretChange::Set;
            d.secret = secret;
        }
        return d;
    }

    /// A fresh webhook of the organization; fails the test when it cannot be made.
    Webhook make(const QString &secret = {})
    {
        const QString name = QStringLiteral("hook-%1").arg(++m_counter);
        const Result<Webhook> made = await(backend().create(draft(m_org, name, secret)));
        if (made.error)
            qFatal("create %s: %s", qPrintable(name), qPrintable(made.error.message));
        return made.value;
    }

    Delivery ping(const WebhookRef &ref)
    {
        const Result<Delivery> sent = await(backend().ping(ref));
        if (sent.error)
            qFatal("ping: %s", qPrintable(sent.error.message));
        return sent.value;
    }

    qint64 count(const DeliveryFilter &filter)
    {
        const Result<qint64> n = await(backend().countDeliveries(filter));
        if (n.error)
            qFatal("count: %s", qPrintable(n.error.message));
        return n.value;
    }

    HistoryPage page(const DeliveryFilter &filter, PageAnchor anchor, const QString &cursor,
                     int limit)
    {
        PageRequest request;
        request.anchor = anchor;
        request.cursor = cursor;
        request.limit = limit;
        const Result<HistoryPage> p = await(backend().history(filter, request));
        if (p.error)
            qFatal("history: %s", qPrintable(p.error.message));
        return p.value;
    }

    static QStringList ids(const HistoryPage &page)
    {
        QStringList out;
        for (const Delivery &d : page.rows)
            out << d.id;
        return out;
    }

    std::optional<WebhookSummary> summaryOf(const WebhookRef &ref)
    {
        const auto listed = await(backend().webhooks(ref.scope));
        for (const WebhookSummary &s : listed.value) {
            if (s.webhook.ref() == ref)
                return s;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        m_kind = qEnvironmentVariable("WEBHOOK_CONSOLE_CONTRACT_BACKEND");
        QVERIFY2(!m_kind.isEmpty(), "set WEBHOOK_CONSOLE_CONTRACT_BACKEND (ctest does)");
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY(m_receiver.listen());
        m_receiver.setHandler([this](const LocalReceiver::Request &) {
            LocalReceiver::Response r;
            if (!m_body.isEmpty()) {
                r.body = std::exchange(m_body, {});
            } else if (m_failing) {
                r.status = 503;
                r.reason = "Service Unavailable";
                r.body = R"({"error":"maintenance window"})";
            } else {
                r.body = R"({"accepted":true,"note":"Queued for processing"})";
            }
            return r;
        });
        m_backend = makeBackend(m_kind, m_dir, m_postgres);
        QVERIFY2(m_backend, qPrintable(QStringLiteral("no backend named %1").arg(m_kind)));
        const Error opened = await(backend().open());
        QVERIFY2(!opened, qPrintable(opened.message));
        QVERIFY(!backend().displayLocation().isEmpty());
        if (cloud()) {
            // The organization in Pulumi Cloud, with the stack and environment the suite uses.
            test::cloud::control(QStringLiteral("/_control/reset"));
            m_prismMark = test::cloud::mark();
            test::cloud::addStack(m_stack);
            test::cloud::addStack(Scope::stackScope(m_org.organization, QStringLiteral("shop"),
                                                    QStringLiteral("staging")));
            test::cloud::addEnvironment(Scope::environmentScope(
                m_org.organization, QStringLiteral("infra"), QStringLiteral("prod")));
            const QString token =
                test::cloud::addUser(QStringLiteral("contract-admin"), {m_org.organization});
            const Result<CloudAccount> connected =
                await(backend().connectCloud(m_org.organization, test::cloud::apiUrl(), token));
            QVERIFY2(!connected.error, qPrintable(connected.error.message));
            QCOMPARE(backend().cloudApiUrl(m_org.organization), test::cloud::apiUrl());
        }
    }

    void cleanupTestCase()
    {
        // Every request the console sent was one of Pulumi's OpenAPI document.
        if (cloud()) {
            const QString violations = test::cloud::violations(m_prismMark);
            QVERIFY2(violations.isEmpty(), qPrintable(violations));
        }
    }

    void organizationsAreAddedOnce()
    {
        QSignalSpy added(m_backend.get(), &WebhookBackend::organizationAdded);
        QVERIFY(!await(backend().addOrganization(m_org.organization)));
        QVERIFY(!await(backend().addOrganization(m_org.organization))); // again: fine
        // A Pulumi Cloud organization was added when it was connected.
        QCOMPARE(added.count(), cloud() ? 0 : 1);
        if (!cloud())
            QCOMPARE(added.first().first().toString(), m_org.organization);
        QVERIFY(await(backend().organizations()).value.contains(m_org.organization));
        const Error bad = await(backend().addOrganization(QStringLiteral("no way")));
        QCOMPARE(bad.code, Error::Code::Invalid);
        QVERIFY(!bad.message.isEmpty());
        QVERIFY(!await(backend().organizations()).value.contains(QStringLiteral("no way")));
    }

    void createdWebhookReadsBackAsSaved()
    {
        QSignalSpy added(m_backend.get(), &WebhookBackend::webhookAdded);
        WebhookDraft d = draft(m_org, QStringLiteral("created"), QStringLiteral("s3cret"));
        d.displayName = QStringLiteral("  Created hook  ");
        d.groups = {QStringLiteral("stacks")};
        d.filters = {QStringLiteral("deployment_failed")};
        const Result<Webhook> made = await(backend().create(d));
        QVERIFY2(!made.error, qPrintable(made.error.message));
        QCOMPARE(made.value.displayName, QStringLiteral("Created hook")); // trimmed
        QVERIFY(made.value.hasSecret);
        QVERIFY(made.value.active);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().value<Webhook>().ref(), made.value.ref());

        const Result<Webhook> read = await(backend().webhook(made.value.ref()));
        QVERIFY(!read.error);
        QCOMPARE(read.value.ref().toString(), QStringLiteral("contract/created"));
        QCOMPARE(read.value.displayName, QStringLiteral("Created hook"));
        QCOMPARE(read.value.payloadUrl, d.payloadUrl);
        QCOMPARE(read.value.format, QStringLiteral("raw"));
        QCOMPARE(read.value.groups, d.groups);
        QCOMPARE(read.value.filters, d.filters);
        QVERIFY(read.value.hasSecret);

        const auto summary = summaryOf(made.value.ref());
        QVERIFY(summary.has_value());
        QVERIFY(!summary->lastDelivery.has_value()); // never delivered
    }

    void badInputNamesItsFieldAndSavesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("display name") << "displayName" << int(Error::Code::Invalid);
        QTest::newRow("name") << "name" << int(Error::Code::Invalid);
        QTest::newRow("payload URL") << "payloadUrl" << int(Error::Code::Invalid);
        QTest::newRow("empty secret") << "secret" << int(Error::Code::Invalid);
        QTest::newRow("format") << "format" << int(Error::Code::Invalid);
        QTest::newRow("events") << "events" << int(Error::Code::Invalid);
        QTest::newRow("name taken") << "name" << int(Error::Code::Conflict);
    }
    void badInputNamesItsFieldAndSavesNothing()
    {
        QFETCH(QString, field);
        QFETCH(int, code);
        const qsizetype before = await(backend().webhooks(m_org)).value.size();
        WebhookDraft d = draft(m_org, QStringLiteral("refused"));
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == u"display name")
            d.displayName = QStringLiteral("   ");
        else if (row == u"name")
            d.name = QStringLiteral("has space");
        else if (row == u"payload URL")
            d.payloadUrl = QStringLiteral("ftp://example.com/x");
        else if (row == u"empty secret")
            d.secretChange = WebhookDraft::SecretChange::Set;
        else if (row == u"format")
            d.format = QStringLiteral("pulumi_deployments"); // stacks only
        else if (row == u"events")
            d.filters = {QStringLiteral("no_such_event")};
        else if (row == u"name taken")
            d.name = QStringLiteral("created");
        const Result<Webhook> r = await(backend().create(d));
        QCOMPARE(int(r.error.code), code);
        QCOMPARE(r.error.field, field);
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(await(backend().webhooks(m_org)).value.size(), before);
    }

    void stackWebhooksLiveInTheirStack()
    {
        const Result<Webhook> stacked =
            await(backend().create(draft(m_stack, QStringLiteral("stacked"))));
        QVERIFY2(!stacked.error, qPrintable(stacked.error.message));
        QCOMPARE(stacked.value.ref().toString(), QStringLiteral("contract/web/prod/stacked"));

        auto names = [this](WebhookBackend::Depth depth) {
            QStringList out;
            for (const WebhookSummary &s : await(backend().webhooks(m_org, depth)).value)
                out << s.webhook.ref().toString();
            return out;
        };
        QVERIFY(!names(WebhookBackend::Depth::ScopeOnly)
                     .contains(QStringLiteral("contract/web/prod/stacked")));
        QVERIFY(names(WebhookBackend::Depth::WithStacks)
                    .contains(QStringLiteral("contract/web/prod/stacked")));
        QCOMPARE(await(backend().webhooks(m_stack)).value.size(), 1);
        QVERIFY(await(backend().scopes(m_org.organization)).value.contains(m_stack));
        // The same name in another scope is no conflict.
        QVERIFY(!await(backend().create(draft(m_org, QStringLiteral("stacked")))).error);
    }

    void editChangesFieldsAndCanRename()
    {
        const Webhook w = make();
        if (cloud()) {
            // Pulumi Cloud renames nothing; the rest of an edit saves (the whole object, PATCH).
            WebhookDraft d = WebhookDraft::from(w);
            d.name = QStringLiteral("renamed-%1").arg(m_counter);
            const Result<Webhook> refused = await(backend().update(w.ref(), d));
            QCOMPARE(refused.error.code, Error::Code::Invalid);
            QCOMPARE(refused.error.field, QStringLiteral("name"));
            QSignalSpy changed(m_backend.get(), &WebhookBackend::webhookChanged);
            d.name = w.name;
            d.displayName = QStringLiteral("Edited hook");
            d.payloadUrl = m_receiver.url(QStringLiteral("/edited"));
            const Result<Webhook> saved = await(backend().update(w.ref(), d));
            QVERIFY2(!saved.error, qPrintable(saved.error.message));
            QCOMPARE(changed.count(), 1);
            const Result<Webhook> read = await(backend().webhook(w.ref()));
            QCOMPARE(read.value.displayName, QStringLiteral("Edited hook"));
            QCOMPARE(read.value.payloadUrl, d.payloadUrl);
            QCOMPARE(
                await(backend().update(WebhookRef{m_org, QStringLiteral("gone")}, d)).error.code,
                Error::Code::Invalid); // a draft naming another webhook
            WebhookDraft gone = d;
            gone.name = QStringLiteral("gone");
            QCOMPARE(
                await(backend().update(WebhookRef{m_org, QStringLiteral("gone")}, gone)).error.code,
                Error::Code::NotFound);
            return;
        }
        QSignalSpy changed(m_backend.get(), &WebhookBackend::webhookChanged);
        WebhookDraft d = WebhookDraft::from(w);
        d.displayName = QStringLiteral("Renamed hook");
        d.name = QStringLiteral("renamed-%1").arg(m_counter);
        d.payloadUrl = m_receiver.url(QStringLiteral("/renamed"));
        const Result<Webhook> saved = await(backend().update(w.ref(), d));
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        QCOMPARE(saved.value.name, d.name);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<WebhookRef>(), w.ref());
        QCOMPARE(changed.first().at(1).value<Webhook>().displayName,
                 QStringLiteral("Renamed hook"));

        QCOMPARE(await(backend().webhook(w.ref())).error.code, Error::Code::NotFound);
        const Result<Webhook> read = await(backend().webhook(saved.value.ref()));
        QVERIFY(!read.error);
        QCOMPARE(read.value.displayName, QStringLiteral("Renamed hook"));
        QCOMPARE(read.value.payloadUrl, d.payloadUrl);

        // A taken name is refused next to the field, and nothing changes.
        d.baseVersion = saved.value.version;
        d.name = QStringLiteral("created");
        const Result<Webhook> refused = await(backend().update(saved.value.ref(), d));
        QCOMPARE(refused.error.code, Error::Code::Conflict);
        QCOMPARE(refused.error.field, QStringLiteral("name"));
        QVERIFY(!await(backend().webhook(saved.value.ref())).error);
        // Editing one that is gone says so.
        QCOMPARE(await(backend().update(w.ref(), d)).error.code, Error::Code::NotFound);

        // An edit started from an older version is refused, and nothing changes: someone
        // else saved meanwhile.
        QCOMPARE(saved.value.version, w.version + 1);
        WebhookDraft stale = WebhookDraft::from(w);
        stale.name = saved.value.name;
        stale.displayName = QStringLiteral("Overwritten?");
        const Result<Webhook> refusedStale = await(backend().update(saved.value.ref(), stale));
        QCOMPARE(refusedStale.error.code, Error::Code::Stale);
        QVERIFY2(refusedStale.error.message.contains(QStringLiteral("since you opened it")),
                 qPrintable(refusedStale.error.message));
        QCOMPARE(await(backend().webhook(saved.value.ref())).value.displayName,
                 QStringLiteral("Renamed hook"));
        // Based on the current version, it saves.
        stale.baseVersion = saved.value.version;
        QVERIFY(!await(backend().update(saved.value.ref(), stale)).error);
    }

    void pauseAndResume()
    {
        const Webhook w = make();
        WebhookDraft d = WebhookDraft::from(w);
        d.active = false;
        const Result<Webhook> paused = await(backend().update(w.ref(), d));
        QVERIFY(!paused.error);
        QVERIFY(!await(backend().webhook(w.ref())).value.active);
        QVERIFY(!summaryOf(w.ref())->webhook.active);
        d = WebhookDraft::from(paused.value);
        d.active = true;
        QVERIFY(!await(backend().update(w.ref(), d)).error);
        QVERIFY(await(backend().webhook(w.ref())).value.active);
    }

    void secretCanBeReplacedAndRemoved()
    {
        const Webhook w = make(QStringLiteral("first-secret"));
        WebhookDraft d = WebhookDraft::from(w);
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("second-secret");
        const Result<Webhook> replaced = await(backend().update(w.ref(), d));
        QVERIFY(!replaced.error);
        // Who changed it and when is kept, for teammates whose keychain holds the old one
        // (Pulumi Cloud does not say).
        if (!cloud()) {
            QVERIFY(!replaced.value.secretChangedBy.isEmpty());
            QVERIFY(replaced.value.secretChangedAt.isValid());
            QCOMPARE(replaced.value.updatedBy, replaced.value.secretChangedBy);
        }
        const Delivery signedNow = ping(w.ref());
        const auto &request = m_receiver.requests().last();
        QCOMPARE(request.headers.value("pulumi-webhook-signature"),
                 hmacHex(QStringLiteral("second-secret"), request.body));
        QVERIFY(signedNow.succeeded());

        d.baseVersion = replaced.value.version;
        d.secretChange = WebhookDraft::SecretChange::Remove;
        const Result<Webhook> unsigned_ = await(backend().update(w.ref(), d));
        QVERIFY(!unsigned_.error);
        QVERIFY(!unsigned_.value.hasSecret);
        ping(w.ref());
        QVERIFY(!m_receiver.requests().last().headers.contains("pulumi-webhook-signature"));
    }

    void pingIsSignedRecordedAndReported()
    {
        const Webhook w = make(QStringLiteral("ping-secret"));
        QSignalSpy recorded(m_backend.get(), &WebhookBackend::deliveryRecorded);
        QSignalSpy completed(m_backend.get(), &WebhookBackend::deliveryCompleted);
        const int before = int(m_receiver.requests().size());
        const Delivery d = ping(w.ref());
        QVERIFY(!d.id.isEmpty());
        QCOMPARE(d.webhook, w.ref());
        QCOMPARE(d.kind, QStringLiteral("ping"));
        QVERIFY(d.succeeded());
        QCOMPARE(d.outcome(), DeliveryOutcome::Succeeded);
        QCOMPARE(d.responseCode, 200);
        QVERIFY(d.responseBody.contains("Queued for processing"));

        QCOMPARE(m_receiver.requests().size(), before + 1);
        const LocalReceiver::Request &request = m_receiver.requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.body, d.payload);
        QCOMPARE(request.headers.value("pulumi-webhook-kind"), QByteArray("ping"));
        QCOMPARE(request.headers.value("pulumi-webhook-id"), d.uid.toUtf8());
        QCOMPARE(request.headers.value("pulumi-webhook-signature"),
                 hmacHex(QStringLiteral("ping-secret"), request.body));
        // What is recorded is what was sent.
        QVERIFY(d.requestHeaders.contains(
            QStringLiteral("Pulumi-Webhook-Signature: ") +
            QString::fromLatin1(hmacHex(QStringLiteral("ping-secret"), request.body))));
        QVERIFY(!d.requestHeaders.contains(QStringLiteral("ping-secret")));

        QCOMPARE(recorded.count(), 1);
        QCOMPARE(recorded.first().first().value<Delivery>().outcome(), DeliveryOutcome::Pending);
        QCOMPARE(completed.count(), 1);
        QCOMPARE(completed.first().first().value<Delivery>().id, d.id);

        const Result<Delivery> full = await(backend().delivery(d.id));
        QVERIFY(!full.error);
        QCOMPARE(full.value.payload, d.payload);
        QCOMPARE(full.value.requestHeaders, d.requestHeaders);
        QCOMPARE(full.value.responseBody, d.responseBody);
        QCOMPARE(full.value.webhook, w.ref());
        QCOMPARE(summaryOf(w.ref())->lastDelivery->id, d.id);
        QCOMPARE(summaryOf(w.ref())->lastDelivery->outcome(), DeliveryOutcome::Succeeded);
    }

    void failedDeliveryIsExplained()
    {
        const Webhook w = make();
        m_failing = true;
        const Delivery d = ping(w.ref());
        m_failing = false;
        QCOMPARE(d.outcome(), DeliveryOutcome::Failed);
        QCOMPARE(d.responseCode, 503);
        QVERIFY2(d.error.contains(QStringLiteral("503")), qPrintable(d.error));
        QCOMPARE(summaryOf(w.ref())->lastDelivery->outcome(), DeliveryOutcome::Failed);

        WebhookDraft nowhere = WebhookDraft::from(w);
        nowhere.payloadUrl =
            QStringLiteral("http://127.0.0.1:%1/closed").arg(LocalReceiver::closedPort());
        QVERIFY(!await(backend().update(w.ref(), nowhere)).error);
        const Delivery refused = ping(w.ref());
        QCOMPARE(refused.responseCode, 0);
        QVERIFY2(refused.error.contains(QStringLiteral("refused")), qPrintable(refused.error));
    }

    void redeliveryRepeatsTheOriginal()
    {
        const Webhook w = make(QStringLiteral("redeliver-secret"));
        m_failing = true;
        const Delivery original = ping(w.ref());
        m_failing = false;
        const Result<Delivery> again = await(backend().redeliver(original.id));
        QVERIFY2(!again.error, qPrintable(again.error.message));
        QVERIFY(again.value.id != original.id);
        QCOMPARE(again.value.redeliveryOf, original.id);
        QCOMPARE(again.value.payload, original.payload);
        QVERIFY(again.value.succeeded());
        const LocalReceiver::Request &request = m_receiver.requests().last();
        QCOMPARE(request.body, original.payload);
        QCOMPARE(request.headers.value("pulumi-webhook-id"), original.uid.toUtf8());
        QCOMPARE(request.headers.value("pulumi-webhook-signature"),
                 hmacHex(QStringLiteral("redeliver-secret"), original.payload));
        // A redelivery of a redelivery names the first one.
        const Result<Delivery> third = await(backend().redeliver(again.value.id));
        QCOMPARE(third.value.redeliveryOf, original.id);
        QCOMPARE(await(backend().delivery(third.value.id)).value.redeliveryOf, original.id);
    }

    void historyPagesNewestFirst()
    {
        const Webhook w = make();
        QStringList sent; // oldest first
        for (int i = 0; i < 7; ++i)
            sent << ping(w.ref()).id;
        DeliveryFilter all;
        all.webhook = w.ref();
        QCOMPARE(count(all), qint64(7));

        const HistoryPage newest = page(all, PageAnchor::Newest, {}, 3);
        QCOMPARE(ids(newest), (QStringList{sent[6], sent[5], sent[4]}));
        QVERIFY(newest.hasOlder);
        QVERIFY(!newest.hasNewer);
        QVERIFY(newest.rows.first().payload.isEmpty()); // lists carry no bodies

        const HistoryPage older = page(all, PageAnchor::Older, newest.rows.last().id, 3);
        QCOMPARE(ids(older), (QStringList{sent[3], sent[2], sent[1]}));
        QVERIFY(older.hasOlder);
        QVERIFY(older.hasNewer);

        const HistoryPage oldest = page(all, PageAnchor::Oldest, {}, 3);
        QCOMPARE(ids(oldest), (QStringList{sent[2], sent[1], sent[0]}));
        QVERIFY(!oldest.hasOlder);
        QVERIFY(oldest.hasNewer);

        const HistoryPage newer = page(all, PageAnchor::Newer, oldest.rows.first().id, 3);
        QCOMPARE(ids(newer), (QStringList{sent[5], sent[4], sent[3]}));

        const HistoryPage at = page(all, PageAnchor::At, sent[4], 3);
        QCOMPARE(ids(at), (QStringList{sent[4], sent[3], sent[2]}));
        QVERIFY(at.hasNewer);

        PageRequest full;
        full.limit = 1;
        full.withBodies = true;
        const Result<HistoryPage> withBodies = await(backend().history(all, full));
        QCOMPARE(withBodies.value.rows.first().id, sent[6]);
        QVERIFY(!withBodies.value.rows.first().payload.isEmpty());
        QCOMPARE(withBodies.value.rows.first().webhook, w.ref());
    }

    void filtersAndSearchNarrowTheHistory()
    {
        const Webhook w = make();
        const Delivery ok = ping(w.ref());
        m_failing = true;
        const Delivery bad1 = ping(w.ref());
        const Delivery bad2 = ping(w.ref());
        m_failing = false;
        DeliveryFilter f;
        f.webhook = w.ref();
        QCOMPARE(count(f), qint64(3));
        f.outcome = DeliveryFilter::Outcome::Failed;
        QCOMPARE(count(f), qint64(2));
        QCOMPARE(ids(page(f, PageAnchor::Newest, {}, 10)), (QStringList{bad2.id, bad1.id}));
        f.outcome = DeliveryFilter::Outcome::Succeeded;
        QCOMPARE(ids(page(f, PageAnchor::Newest, {}, 10)), QStringList{ok.id});
        f.outcome = DeliveryFilter::Outcome::All;
        f.kind = QStringLiteral("stack_update");
        QCOMPARE(count(f), qint64(0));
        f.kind = QStringLiteral("ping");
        QCOMPARE(count(f), qint64(3));
        f.kind.clear();

        // Words in payloads and responses, each the start of a word, any order, any case.
        struct Query
        {
            const char *text;
            qint64 matches;
        };
        for (const Query &q : {Query{"maintenance", 2}, Query{"MAINT", 2}, Query{"window maint", 2},
                               Query{"queued processing", 1}, Query{"ping", 3},
                               Query{"aintenance", 0}, Query{"nothing-like-this", 0}}) {
            f.search = QString::fromLatin1(q.text);
            QVERIFY2(count(f) == q.matches, q.text);
            QCOMPARE(page(f, PageAnchor::Newest, {}, 10).rows.size(), q.matches);
        }
        f.search.clear();

        // A time range: everything so far is before `later`.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        f.since = later;
        QCOMPARE(count(f), qint64(0));
        f.since = {};
        f.until = later;
        QCOMPARE(count(f), qint64(3));
        f.until = ok.timestamp.addSecs(-3600);
        QCOMPARE(count(f), qint64(0));
    }

    // Search has one meaning on every engine: words, each matching the start of a word in a
    // payload or a response, case and diacritics aside, in any order, all of them.
    void searchMeansTheSameOnEveryEngine_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("matches");
        const auto row = [](const char *name, const QString &query, qint64 matches) {
            QTest::newRow(name) << query << matches;
        };
        row("every ping", QStringLiteral("ping"), 5);
        row("case", QStringLiteral("PING"), 5);
        row("a prefix", QStringLiteral("mainten"), 1);
        row("not the start of a word", QStringLiteral("aintenance"), 0);
        row("any order", QStringLiteral("window maintenance"), 1);
        row("all words", QStringLiteral("maintenance queued"), 0);
        row("diacritics in the text", QStringLiteral("cafe"), 1);
        row("diacritics in the query", QStringLiteral("CAFÉ déjà"), 1);
        row("umlauts", QStringLiteral("uberpr"), 1);
        row("underscores separate", QStringLiteral("failed"), 1);
        row("as written", QStringLiteral("deploy_failed"), 1);
        row("a URL's words", QStringLiteral("app.pulumi.com/acme/website"), 1);
        row("letters then digits", QStringLiteral("abc"), 1);
        row("inside a word", QStringLiteral("123"), 0);
        row("a number", QStringLiteral("200"), 1);
        row("JSON", QStringLiteral("ok true"), 1);
        row("JSON, reversed", QStringLiteral("true\"ok"), 1);
        row("after bytes that are not UTF-8", QStringLiteral("garbage"), 1);
        row("nothing", QStringLiteral("zebra"), 0);
    }

    void searchMeansTheSameOnEveryEngine()
    {
        QFETCH(QString, query);
        QFETCH(qint64, matches);
        if (m_searched.name.isEmpty()) {
            const Webhook w = make();
            m_searched = w.ref();
            for (const QByteArray &body :
                 {QByteArray(R"({"error":"maintenance window"})"),
                  QByteArray(R"({"status":"Déjà vu","note":"Café au lait","de":"Überprüfung"})"),
                  QByteArray("{\"event\":\"deploy_failed\",\"url\":\"https:\\/\\/app.pulumi.com/"
                             "acme/website\"}"),
                  QByteArray(R"({"ok":true,"count":200,"id":"abc123"})"),
                  QByteArray("\xff\xfe\x80 garbage\xc3")}) {
                m_body = body;
                ping(m_searched);
            }
        }
        DeliveryFilter f;
        f.webhook = m_searched;
        f.search = query;
        QCOMPARE(count(f), matches);
        QCOMPARE(page(f, PageAnchor::Newest, {}, 10).rows.size(), matches);
        // PostgreSQL finds a page in one of two ways, chosen by how many matches the planner
        // expects: both give the same rows.
        for (const auto strategy : {DeliveryRepository::SearchStrategy::IndexFirst,
                                    DeliveryRepository::SearchStrategy::Walk}) {
            DeliveryRepository::setSearchStrategy(strategy);
            const qint64 counted = count(f);
            const qsizetype listed = page(f, PageAnchor::Newest, {}, 10).rows.size();
            DeliveryRepository::setSearchStrategy(DeliveryRepository::SearchStrategy::Auto);
            QCOMPARE(counted, matches);
            QCOMPARE(listed, matches);
        }
    }

    void dailyStatsCountToday()
    {
        const Webhook w = make();
        ping(w.ref());
        m_failing = true;
        ping(w.ref());
        m_failing = false;
        const Result<QList<DayStats>> stats =
            await(backend().dailyStats(w.ref(), QDateTime::currentDateTimeUtc().addDays(-14)));
        QVERIFY(!stats.error);
        QCOMPARE(stats.value.size(), 1);
        QCOMPARE(stats.value.first().day, QDateTime::currentDateTimeUtc().date());
        QCOMPARE(stats.value.first().total, qint64(2));
        QCOMPARE(stats.value.first().succeeded, qint64(1));
        QCOMPARE(stats.value.first().failed, qint64(1));
    }

    void bulkRedeliveryResendsEveryFailedEventOnce()
    {
        const Webhook w = make();
        m_failing = true;
        QStringList failed;
        // More than a local run's first batch (LocalBulkRedelivery::FirstBatchSize, 8).
        constexpr int Failed = 10;
        for (int i = 0; i < Failed; ++i)
            failed << ping(w.ref()).id;
        // A redelivery that failed too is another attempt at the same event, not an event.
        QVERIFY(!await(backend().redeliver(failed.first())).value.succeeded());
        m_failing = false;
        ping(w.ref()); // a success: not redelivered
        // An event delivered by its redelivery is done.
        m_failing = true;
        const Delivery rescued = ping(w.ref());
        m_failing = false;
        QVERIFY(await(backend().redeliver(rescued.id)).value.succeeded());
        DeliveryFilter f;
        f.webhook = w.ref();
        BulkRedelivery *bulk = backend().redeliverFailed(f, 2, this);
        QSignalSpy finished(bulk, &BulkRedelivery::finished);
        QSignalSpy redelivered(bulk, &BulkRedelivery::redelivered);
        bulk->start();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().first().value<Error>());
        QCOMPARE(bulk->total(), qint64(Failed));
        QCOMPARE(bulk->done(), qint64(Failed));
        QCOMPARE(bulk->succeeded(), qint64(Failed));
        QVERIFY(bulk->peakInFlight() <= 2);
        QStringList originals;
        for (const QList<QVariant> &args : std::as_const(redelivered))
            originals << args.first().value<Delivery>().redeliveryOf;
        std::sort(originals.begin(), originals.end());
        std::sort(failed.begin(), failed.end());
        QCOMPARE(originals, failed); // each event once, from its original
        QCOMPARE(count(f), qint64(2 * Failed + 4));
        delete bulk;

        // Every event is delivered now: another run covers none.
        BulkRedelivery *again = backend().redeliverFailed(f, 2, this);
        QSignalSpy againFinished(again, &BulkRedelivery::finished);
        again->start();
        QVERIFY(againFinished.wait(30000));
        QCOMPARE(again->total(), qint64(0));
        QCOMPARE(again->done(), qint64(0));
        delete again;
    }

    void clearHistoryEmptiesIt()
    {
        const Webhook w = make();
        ping(w.ref());
        ping(w.ref());
        QSignalSpy cleared(m_backend.get(), &WebhookBackend::historyCleared);
        const Result<qint64> removed = await(backend().clearHistory(w.ref()));
        QVERIFY(!removed.error);
        QCOMPARE(removed.value, qint64(2));
        QCOMPARE(cleared.count(), 1);
        DeliveryFilter f;
        f.webhook = w.ref();
        QCOMPARE(count(f), qint64(0));
        QVERIFY(page(f, PageAnchor::Newest, {}, 10).rows.isEmpty());
        QVERIFY(!summaryOf(w.ref())->lastDelivery.has_value());
    }

    void retentionKeepsTheNewest()
    {
        const Webhook w = make();
        QStringList sent;
        for (int i = 0; i < 4; ++i)
            sent << ping(w.ref()).id;
        // Nothing is newer than "0 days ago", so the count rule alone decides.
        const Result<qint64> removed = await(backend().applyRetention(RetentionPolicy{0, 2}));
        QVERIFY(!removed.error);
        QVERIFY(removed.value >= 2);
        DeliveryFilter f;
        f.webhook = w.ref();
        QCOMPARE(ids(page(f, PageAnchor::Newest, {}, 10)), (QStringList{sent[3], sent[2]}));
    }

    void removeTakesTheWebhookAndItsHistory()
    {
        const Webhook w = make(QStringLiteral("doomed-secret"));
        const Delivery d = ping(w.ref());
        QSignalSpy removed(m_backend.get(), &WebhookBackend::webhookRemoved);
        QVERIFY(!await(backend().remove(w.ref())));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().value<WebhookRef>(), w.ref());
        QCOMPARE(await(backend().webhook(w.ref())).error.code, Error::Code::NotFound);
        QCOMPARE(await(backend().delivery(d.id)).error.code, Error::Code::NotFound);
        QVERIFY(!summaryOf(w.ref()).has_value());
        QCOMPARE(await(backend().remove(w.ref())).code, Error::Code::NotFound);
        // The name is free again.
        WebhookDraft again = draft(m_org, w.name);
        QVERIFY(!await(backend().create(again)).error);
    }

    void unknownThingsAreNotFound()
    {
        const WebhookRef nobody{m_org, QStringLiteral("nobody")};
        QCOMPARE(await(backend().webhook(nobody)).error.code, Error::Code::NotFound);
        QCOMPARE(await(backend().ping(nobody)).error.code, Error::Code::NotFound);
        QCOMPARE(await(backend().remove(nobody)).code, Error::Code::NotFound);
        DeliveryFilter f;
        f.webhook = nobody;
        QCOMPARE(await(backend().countDeliveries(f)).error.code, Error::Code::NotFound);
        QCOMPARE(await(backend().history(f, {})).error.code, Error::Code::NotFound);
        QCOMPARE(await(backend().clearHistory(nobody)).error.code, Error::Code::NotFound);
        const Result<Delivery> none = await(backend().delivery(QStringLiteral("987654321")));
        QCOMPARE(none.error.code, Error::Code::NotFound);
        const Result<Delivery> gone = await(backend().redeliver(QStringLiteral("987654321")));
        QCOMPARE(gone.error.code, Error::Code::NotFound);
        QVERIFY(gone.value.id.isEmpty()); // nothing was sent
    }

    void stacksAndEnvironmentsAreAddedRenamedAndRemoved()
    {
        const Scope stack = Scope::stackScope(m_org.organization, QStringLiteral("shop"),
                                              QStringLiteral("staging"));
        const Scope env = Scope::environmentScope(m_org.organization, QStringLiteral("shop"),
                                                  QStringLiteral("dev"));
        if (cloud()) {
            // Pulumi Cloud keeps an organization's stacks and environments: they are listed,
            // never added, renamed or removed here, and the refusal says where to do it.
            const QList<Scope> known = await(backend().scopes(m_org.organization)).value;
            QVERIFY(known.contains(stack));
            QVERIFY(known.contains(m_stack));
            QVERIFY(!known.contains(env));
            const Error add = await(backend().addScope(env));
            QCOMPARE(add.code, Error::Code::Invalid);
            QCOMPARE(add.field, QStringLiteral("scope"));
            QVERIFY2(add.message.contains(QStringLiteral("Pulumi Cloud")), qPrintable(add.message));
            QCOMPARE(await(backend().renameScope(stack, env)).code, Error::Code::Invalid);
            QCOMPARE(await(backend().removeScope(stack)).error.code, Error::Code::Invalid);
            QVERIFY(await(backend().scopes(m_org.organization)).value.contains(stack));
            return;
        }
        QSignalSpy added(m_backend.get(), &WebhookBackend::scopeAdded);
        QVERIFY(!await(backend().addScope(stack)));
        QVERIFY(!await(backend().addScope(env)));
        QVERIFY(!await(backend().addScope(env))); // again: fine, nothing new
        QCOMPARE(added.count(), 2);
        const QList<Scope> known = await(backend().scopes(m_org.organization)).value;
        QVERIFY(known.contains(stack));
        QVERIFY(known.contains(env));
        QCOMPARE(await(backend().addScope(Scope::stackScope(
                           m_org.organization, QStringLiteral("shop"), QStringLiteral("no way"))))
                     .code,
                 Error::Code::Invalid);

        // Renaming takes the webhooks, their secrets and their history along.
        const Result<Webhook> hook =
            await(backend().create(draft(stack, QStringLiteral("moves"), QStringLiteral("kept"))));
        QVERIFY2(!hook.error, qPrintable(hook.error.message));
        const Delivery before = ping(hook.value.ref());
        const Scope renamed = Scope::stackScope(m_org.organization, QStringLiteral("shop"),
                                                QStringLiteral("preprod"));
        QSignalSpy renames(m_backend.get(), &WebhookBackend::scopeRenamed);
        QVERIFY(!await(backend().renameScope(stack, renamed)));
        QCOMPARE(renames.count(), 1);
        const WebhookRef moved{renamed, QStringLiteral("moves")};
        QCOMPARE(await(backend().webhook(hook.value.ref())).error.code, Error::Code::NotFound);
        QVERIFY(await(backend().webhook(moved)).value.hasSecret);
        DeliveryFilter f;
        f.webhook = moved;
        QCOMPARE(count(f), qint64(1));
        QCOMPARE(await(backend().delivery(before.id)).value.webhook, moved);
        ping(moved); // still signed with its secret
        QCOMPARE(m_receiver.requests().last().headers.value("pulumi-webhook-signature"),
                 hmacHex(QStringLiteral("kept"), m_receiver.requests().last().body));
        QCOMPARE(await(backend().renameScope(renamed, env)).code, Error::Code::Invalid);
        QVERIFY(!await(backend().addScope(stack)));
        QCOMPARE(await(backend().renameScope(renamed, stack)).code, Error::Code::Conflict);

        // Removing says how many webhooks went, with their secrets and history.
        QVERIFY(!await(backend().create(draft(renamed, QStringLiteral("second")))).error);
        QSignalSpy removed(m_backend.get(), &WebhookBackend::scopeRemoved);
        const Result<int> gone = await(backend().removeScope(renamed));
        QVERIFY2(!gone.error, qPrintable(gone.error.message));
        QCOMPARE(gone.value, 2);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!await(backend().scopes(m_org.organization)).value.contains(renamed));
        QCOMPARE(await(backend().webhook(moved)).error.code, Error::Code::NotFound);
        QCOMPARE(await(backend().delivery(before.id)).error.code, Error::Code::NotFound);
        QCOMPARE(await(backend().removeScope(renamed)).error.code, Error::Code::NotFound);
        QCOMPARE(await(backend().removeScope(env)).value, 0);
    }

    void environmentWebhooksFollowTheirScopesRules()
    {
        const Scope env = Scope::environmentScope(m_org.organization, QStringLiteral("infra"),
                                                  QStringLiteral("prod"));
        WebhookDraft d = draft(env, QStringLiteral("esc"));
        d.groups = EventCatalog::defaultGroups(env);
        const Result<Webhook> made = await(backend().create(d));
        QVERIFY2(!made.error, qPrintable(made.error.message));
        QCOMPARE(made.value.ref().toString(), QStringLiteral("contract/infra/env:prod/esc"));
        QCOMPARE(made.value.groups, QStringList{QStringLiteral("environments")});
        QVERIFY(await(backend().scopes(m_org.organization)).value.contains(env));
        // Stack events are not an environment's; a Deployment targets a project/stack.
        WebhookDraft wrong = draft(env, QStringLiteral("wrong"));
        wrong.groups = {QStringLiteral("stacks")};
        QCOMPARE(await(backend().create(wrong)).error.field, QStringLiteral("events"));
        WebhookDraft deploy = draft(env, QStringLiteral("deploy"));
        deploy.format = QString::fromLatin1(Format::PulumiDeployments);
        QCOMPARE(await(backend().create(deploy)).error.field, QStringLiteral("payloadUrl"));
        deploy.payloadUrl = QStringLiteral("infra/production");
        QVERIFY(!await(backend().create(deploy)).error);
        // No name: a short one is made, as Pulumi Cloud does.
        WebhookDraft unnamed = draft(env, QString());
        const Result<Webhook> named = await(backend().create(unnamed));
        QVERIFY2(!named.error, qPrintable(named.error.message));
        QCOMPARE(named.value.name.size(), 8);
        // Neither events nor groups: Pulumi's defaults for the scope are saved.
        QCOMPARE(named.value.groups, QStringList{QStringLiteral("environments")});
        WebhookDraft bare = draft(m_org, QStringLiteral("bare-defaults"));
        const Result<Webhook> org = await(backend().create(bare));
        QVERIFY2(!org.error, qPrintable(org.error.message));
        QCOMPARE(org.value.groups, EventCatalog::defaultGroups(m_org));
        QVERIFY(org.value.filters.isEmpty());
    }

    void sampleEventsAreSentInTheWebhooksFormat()
    {
        if (cloud()) {
            // Pulumi Cloud sends events when they happen, and pings on request: no samples.
            const Result<Webhook> made =
                await(backend().create(draft(m_stack, QStringLiteral("samples"))));
            QVERIFY2(!made.error, qPrintable(made.error.message));
            const int before = int(m_receiver.requests().size());
            const Result<Delivery> refused =
                await(backend().sendSample(made.value.ref(), QStringLiteral("update_failed")));
            QCOMPARE(refused.error.code, Error::Code::Invalid);
            QCOMPARE(refused.error.field, QStringLiteral("event"));
            QVERIFY(refused.value.id.isEmpty());
            QCOMPARE(int(m_receiver.requests().size()), before);
            return;
        }
        WebhookDraft d = draft(m_stack, QStringLiteral("samples"), QStringLiteral("sample-secret"));
        d.format = QString::fromLatin1(Format::Slack);
        d.groups = {QStringLiteral("deployments")};
        d.filters = {QStringLiteral("update_failed")};
        const Result<Webhook> made = await(backend().create(d));
        QVERIFY2(!made.error, qPrintable(made.error.message));
        const WebhookRef ref = made.value.ref();

        const Result<Delivery> sent =
            await(backend().sendSample(ref, QStringLiteral("update_failed")));
        QVERIFY2(!sent.error, qPrintable(sent.error.message));
        QCOMPARE(sent.value.kind, QStringLiteral("stack_update"));
        QVERIFY(sent.value.succeeded());
        const auto &request = m_receiver.requests().last();
        QCOMPARE(request.headers.value("pulumi-webhook-kind"), QByteArray("stack_update"));
        QCOMPARE(request.headers.value("pulumi-webhook-signature"),
                 hmacHex(QStringLiteral("sample-secret"), request.body));
        const QJsonObject slack = QJsonDocument::fromJson(request.body).object();
        QVERIFY(slack.contains(u"text") && slack.value(u"blocks").isArray());
        QCOMPARE(await(backend().delivery(sent.value.id)).value.kind,
                 QStringLiteral("stack_update"));

        const Result<Delivery> group =
            await(backend().sendSample(ref, QStringLiteral("deployment_started")));
        QCOMPARE(group.value.kind, QStringLiteral("deployment"));

        const int before = int(m_receiver.requests().size());
        const Result<Delivery> excluded =
            await(backend().sendSample(ref, QStringLiteral("update_succeeded")));
        QCOMPARE(excluded.error.code, Error::Code::Invalid);
        QCOMPARE(excluded.error.field, QStringLiteral("event"));
        QVERIFY(excluded.error.message.contains(QStringLiteral("deployments")));
        QVERIFY(excluded.value.id.isEmpty());
        QCOMPARE(await(backend().sendSample(ref, QStringLiteral("environment_created"))).error.code,
                 Error::Code::Invalid); // not a stack's event
        QCOMPARE(int(m_receiver.requests().size()), before);
        // A ping goes to every webhook, in its format too.
        ping(ref);
        QVERIFY(QJsonDocument::fromJson(m_receiver.requests().last().body)
                    .object()
                    .contains(u"blocks"));
    }

    void resultsArriveOnTheCallersThreadAndNeverAfterItIsGone()
    {
        bool onMyThread = false;
        bool called = false;
        QObject caller;
        whenReady(backend().organizations(), &caller, [&](const Result<QStringList> &r) {
            called = true;
            onMyThread = QThread::currentThread() == caller.thread() && !r.error;
        });
        QVERIFY(!called); // never inside the call
        QTRY_VERIFY(called);
        QVERIFY(onMyThread);

        bool gone = false;
        auto *shortLived = new QObject;
        whenReady(backend().organizations(), shortLived,
                  [&](const Result<QStringList> &) { gone = true; });
        delete shortLived;
        // The backend still answers later calls; the one whose caller went is never made.
        QVERIFY(!await(backend().organizations()).error);
        QTest::qWait(50);
        QVERIFY(!gone);
    }
};

QTEST_GUILESS_MAIN(TestBackendContract)
#include "tst_backend_contract.moc"
