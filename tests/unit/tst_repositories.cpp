#include "TestSupport.h"
#include "local/Database.h"
#include "local/DeliveryRepository.h"
#include "local/WebhookRepository.h"

#include <QTest>
#include <QUuid>
#include <memory>

using namespace wc;

namespace {
const QString Org = QStringLiteral("acme");
const Scope OrgScope = Scope::organizationScope(Org);
const Scope Prod = Scope::stackScope(Org, QStringLiteral("web"), QStringLiteral("prod"));

StoredWebhook webhook(const QString &name, const Scope &scope, const QString &displayName = {})
{
    StoredWebhook w;
    w.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    w.scope = scope;
    w.name = name;
    w.displayName = displayName.isEmpty() ? QStringLiteral("Hook ") + name : displayName;
    w.payloadUrl = QStringLiteral("https://example.com/") + name;
    return w;
}

QStringList names(const QList<WebhookSummary> &list)
{
    QStringList out;
    for (const WebhookSummary &s : list)
        out << s.webhook.ref().toString();
    return out;
}

Delivery pending(const QDateTime &when, const QString &uid = QStringLiteral("u"))
{
    Delivery d;
    d.uid = uid;
    d.kind = QStringLiteral("ping");
    d.payload = R"({"message":"hi"})";
    d.timestamp = when;
    d.requestUrl = QStringLiteral("https://example.com/x");
    return d;
}
} // namespace

// WebhookRepository and DeliveryRepository on a real SQLite file.
class TestRepositories : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::SeedDatabase> m_seed;
    WebhookRepository &hooks() { return m_seed->webhooks; }
    DeliveryRepository &deliveries() { return m_seed->deliveries; }

    StoredWebhook add(StoredWebhook w)
    {
        const Error e = hooks().insert(w);
        if (e)
            qFatal("insert: %s", qPrintable(e.message));
        return w;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_seed = std::make_unique<test::SeedDatabase>(test::databasePath(*m_dir));
    }
    void cleanup()
    {
        m_seed.reset();
        m_dir.reset();
    }

    void insertAndLookUp()
    {
        StoredWebhook w = webhook(QStringLiteral("deploys"), Prod, QStringLiteral("Deploys"));
        w.format = QStringLiteral("slack");
        w.filters = {QStringLiteral("update_failed"), QStringLiteral("destroy_failed")};
        w.groups = {QStringLiteral("deployments")};
        w.active = false;
        w.hasSecret = true;
        QVERIFY(!hooks().insert(w));
        QVERIFY(w.id > 0);
        QVERIFY(w.createdAt.isValid());
        QCOMPARE(w.updatedAt, w.createdAt);

        for (const auto &found : {hooks().byRef(w.ref()), hooks().byId(w.id)}) {
            QVERIFY(found.has_value());
            QCOMPARE(found->id, w.id);
            QCOMPARE(found->uid, w.uid);
            QCOMPARE(found->scope, Prod);
            QCOMPARE(found->name, QStringLiteral("deploys"));
            QCOMPARE(found->displayName, QStringLiteral("Deploys"));
            QCOMPARE(found->payloadUrl, QStringLiteral("https://example.com/deploys"));
            QCOMPARE(found->format, QStringLiteral("slack"));
            QCOMPARE(found->filters, w.filters);
            QCOMPARE(found->groups, w.groups);
            QCOMPARE(found->active, false);
            QCOMPARE(found->hasSecret, true);
            QCOMPARE(found->createdAt, w.createdAt);
            QCOMPARE(found->updatedAt, w.updatedAt);
        }
        QCOMPARE(hooks().idOf(w.ref()), w.id);
        // The same name in another scope is another webhook.
        const WebhookRef inOrg{OrgScope, QStringLiteral("deploys")};
        QCOMPARE(hooks().idOf(inOrg), qint64(0));
        QVERIFY(!hooks().byRef(inOrg).has_value());
        QVERIFY(!hooks().byId(w.id + 1000).has_value());
    }

    void nameTakenPerScope()
    {
        const StoredWebhook a = add(webhook(QStringLiteral("a"), OrgScope));
        const StoredWebhook b = add(webhook(QStringLiteral("b"), OrgScope));
        QVERIFY(hooks().nameTaken(a.ref()));
        QVERIFY(!hooks().nameTaken(a.ref(), a.id)); // its own name
        QVERIFY(hooks().nameTaken(a.ref(), b.id));  // someone else's
        QVERIFY(!hooks().nameTaken(WebhookRef{OrgScope, QStringLiteral("c")}));
        QVERIFY(!hooks().nameTaken(WebhookRef{Prod, QStringLiteral("a")}));
        QVERIFY(!hooks().nameTaken(
            WebhookRef{Scope::organizationScope(QStringLiteral("other")), QStringLiteral("a")}));
    }

    void updateSavesAndSetsUpdatedAt()
    {
        StoredWebhook a = add(webhook(QStringLiteral("a"), OrgScope));
        const StoredWebhook b = add(webhook(QStringLiteral("b"), OrgScope));
        const QDateTime created = a.createdAt;
        // Let the clock move on so that a new timestamp is distinguishable.
        QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > created.toMSecsSinceEpoch());

        a.displayName = QStringLiteral("Renamed");
        a.payloadUrl = QStringLiteral("https://example.org/new");
        a.filters = {QStringLiteral("stack_created")};
        a.name = QStringLiteral("a2");
        QVERIFY(!hooks().update(a));
        QVERIFY(a.updatedAt > created);
        const auto stored = hooks().byId(a.id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->name, QStringLiteral("a2"));
        QCOMPARE(stored->displayName, QStringLiteral("Renamed"));
        QCOMPARE(stored->payloadUrl, QStringLiteral("https://example.org/new"));
        QCOMPARE(stored->filters, QStringList{QStringLiteral("stack_created")});
        QCOMPARE(stored->createdAt, created);
        QCOMPARE(stored->updatedAt, a.updatedAt);

        // A name someone else has: refused, nothing saved.
        StoredWebhook clash = *stored;
        clash.name = b.name;
        clash.displayName = QStringLiteral("Never saved");
        const Error e = hooks().update(clash);
        QCOMPARE(e.code, Error::Code::Conflict);
        QCOMPARE(e.field, QStringLiteral("name"));
        QVERIFY2(e.message.contains(u"“b”"), qPrintable(e.message));
        QCOMPARE(hooks().byId(a.id)->name, QStringLiteral("a2"));
        QCOMPARE(hooks().byId(a.id)->displayName, QStringLiteral("Renamed"));

        StoredWebhook gone = *stored;
        gone.id = a.id + 1000;
        gone.name = QStringLiteral("ghost");
        QCOMPARE(hooks().update(gone).code, Error::Code::NotFound);
    }

    void removeDeletesOnlyThatWebhook()
    {
        const StoredWebhook a = add(webhook(QStringLiteral("a"), OrgScope));
        const StoredWebhook b = add(webhook(QStringLiteral("b"), OrgScope));
        QVERIFY(!hooks().remove(a.id));
        QVERIFY(!hooks().byId(a.id).has_value());
        QCOMPARE(hooks().idOf(a.ref()), qint64(0));
        QCOMPARE(hooks().idOf(b.ref()), b.id);
        QCOMPARE(hooks().remove(a.id).code, Error::Code::NotFound);
    }

    void listIsOneScopeListAllTheOrganization()
    {
        const Scope api = Scope::stackScope(Org, QStringLiteral("api"), QStringLiteral("dev"));
        add(webhook(QStringLiteral("b"), OrgScope, QStringLiteral("beta")));
        add(webhook(QStringLiteral("a"), OrgScope, QStringLiteral("Alpha")));
        add(webhook(QStringLiteral("p"), Prod));
        add(webhook(QStringLiteral("d"), api));
        add(webhook(QStringLiteral("x"), Scope::organizationScope(QStringLiteral("other"))));

        QCOMPARE(names(hooks().list(OrgScope)), QStringList({"acme/a", "acme/b"}));
        QCOMPARE(names(hooks().list(Prod)), QStringList({"acme/web/prod/p"}));
        QCOMPARE(names(hooks().listAll(Org)),
                 QStringList({"acme/a", "acme/b", "acme/api/dev/d", "acme/web/prod/p"}));
        QVERIFY(hooks()
                    .list(Scope::stackScope(Org, QStringLiteral("web"), QStringLiteral("dev")))
                    .isEmpty());

        QStringList stacks;
        for (const Scope &s : hooks().stacks(Org)) {
            QVERIFY(s.isStack());
            stacks << s.path();
        }
        QCOMPARE(stacks, QStringList({"acme/api/dev", "acme/web/prod"}));
        QVERIFY(hooks().stacks(QStringLiteral("nobody")).isEmpty());
    }

    void listReportsTheLastDelivery()
    {
        const StoredWebhook quiet = add(webhook(QStringLiteral("quiet"), OrgScope));
        const StoredWebhook busy = add(webhook(QStringLiteral("busy"), OrgScope));
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        auto lastOf = [&](const StoredWebhook &w) {
            for (const WebhookSummary &s : hooks().list(OrgScope)) {
                if (s.webhook.name == w.name)
                    return s.lastDelivery;
            }
            return std::optional<Delivery>();
        };

        test::insertDelivery(deliveries(), busy.id, t0, 200);
        const Delivery failed = test::insertDelivery(deliveries(), busy.id, t0.addSecs(60), 500);
        QVERIFY(!lastOf(quiet).has_value());
        auto last = lastOf(busy);
        QVERIFY(last.has_value());
        QCOMPARE(last->id, failed.id);
        QCOMPARE(last->webhook, busy.ref());
        QCOMPARE(last->outcome(), DeliveryOutcome::Failed);
        QCOMPARE(last->responseCode, 500);
        QCOMPARE(last->error, QStringLiteral("The receiver answered 500."));
        QCOMPARE(last->timestamp, t0.addSecs(60));

        const Delivery ok = test::insertDelivery(deliveries(), busy.id, t0.addSecs(120), 204);
        last = lastOf(busy);
        QCOMPARE(last->id, ok.id);
        QCOMPARE(last->outcome(), DeliveryOutcome::Succeeded);

        Delivery inFlight = pending(t0.addSecs(180));
        QVERIFY(!deliveries().insertPending(inFlight, busy.id));
        last = lastOf(busy);
        QCOMPARE(last->id, inFlight.id);
        QCOMPARE(last->outcome(), DeliveryOutcome::Pending);
        QVERIFY(!lastOf(quiet).has_value());
    }

    void rowIdOfAcceptsOnlyCanonicalIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("rowId");
        QTest::newRow("12") << "12" << qint64(12);
        QTest::newRow("1") << "1" << qint64(1);
        QTest::newRow("largest") << "9223372036854775807" << qint64(9223372036854775807LL);
        QTest::newRow("leading zero") << "012" << qint64(0);
        QTest::newRow("negative") << "-1" << qint64(0);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("plus sign") << "+12" << qint64(0);
        QTest::newRow("spaces") << " 12 " << qint64(0);
        QTest::newRow("letters") << "abc" << qint64(0);
        QTest::newRow("uuid") << "4b0d0671-7c3e-4a5f-9d1e-2f8a6b0c9e12" << qint64(0);
        QTest::newRow("overflow") << "9223372036854775808" << qint64(0);
        QTest::newRow("empty") << "" << qint64(0);
    }
    void rowIdOfAcceptsOnlyCanonicalIds()
    {
        QFETCH(QString, id);
        QFETCH(qint64, rowId);
        QCOMPARE(DeliveryRepository::rowIdOf(id), rowId);
    }

    void pendingThenCompleteRoundTrip()
    {
        const StoredWebhook w = add(webhook(QStringLiteral("w"), OrgScope));
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        Delivery d = pending(when, QStringLiteral("uid-1"));
        d.payload = "{\"message\": \"\xf0\x9f\x8d\xb9\"}";
        d.requestHeaders = QStringLiteral("Content-Type: application/json\r\nX-A: 1");
        QVERIFY(!deliveries().insertPending(d, w.id));
        const qint64 rowId = DeliveryRepository::rowIdOf(d.id);
        QVERIFY2(rowId > 0, qPrintable(d.id));
        QCOMPARE(d.state, Delivery::State::Pending);

        auto stored = deliveries().byId(rowId);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->second, w.id);
        QCOMPARE(stored->first.id, d.id);
        QCOMPARE(stored->first.state, Delivery::State::Pending);
        QCOMPARE(stored->first.uid, QStringLiteral("uid-1"));
        QCOMPARE(stored->first.kind, QStringLiteral("ping"));
        QCOMPARE(stored->first.payload, d.payload);
        QCOMPARE(stored->first.timestamp, when);
        QCOMPARE(stored->first.requestUrl, QStringLiteral("https://example.com/x"));
        QCOMPARE(stored->first.requestHeaders, d.requestHeaders);
        QCOMPARE(stored->first.responseCode, 0);
        QVERIFY(stored->first.redeliveryOf.isEmpty());

        d.state = Delivery::State::Completed;
        d.durationMs = 34;
        d.responseCode = 201;
        d.responseHeaders = QStringLiteral("Content-Type: text/plain");
        d.responseBody = "created";
        d.responseTruncated = true;
        QVERIFY(!deliveries().complete(d));
        stored = deliveries().byId(rowId);
        QVERIFY(stored.has_value());
        const Delivery &s = stored->first;
        QCOMPARE(s.state, Delivery::State::Completed);
        QCOMPARE(s.outcome(), DeliveryOutcome::Succeeded);
        QCOMPARE(s.durationMs, qint64(34));
        QCOMPARE(s.responseCode, 201);
        QCOMPARE(s.responseHeaders, QStringLiteral("Content-Type: text/plain"));
        QCOMPARE(s.responseBody, QByteArray("created"));
        QCOMPARE(s.responseTruncated, true);
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.payload, d.payload);

        Delivery again = pending(when.addSecs(5), QStringLiteral("uid-2"));
        again.redeliveryOf = d.id;
        QVERIFY(!deliveries().insertPending(again, w.id));
        QCOMPARE(deliveries().byId(DeliveryRepository::rowIdOf(again.id))->first.redeliveryOf,
                 d.id);
        QVERIFY(!deliveries().byId(rowId + 1000).has_value());
    }

    void historyPages_data()
    {
        QTest::addColumn<int>("anchor");
        QTest::addColumn<int>("cursor"); // index into the webhook's deliveries, oldest first
        QTest::addColumn<bool>("failedOnly");
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<bool>("hasOlder");
        QTest::addColumn<bool>("hasNewer");
        auto row = [](const char *name, PageAnchor anchor, int cursor, QList<int> rows,
                      bool hasOlder, bool hasNewer, bool failedOnly = false) {
            QTest::newRow(name) << int(anchor) << cursor << failedOnly << rows << hasOlder
                                << hasNewer;
        };
        // Seven deliveries, 0 oldest; pages of three; 1, 3, 5 failed.
        row("newest", PageAnchor::Newest, -1, {6, 5, 4}, true, false);
        row("older than 4", PageAnchor::Older, 4, {3, 2, 1}, true, true);
        row("older than 1", PageAnchor::Older, 1, {0}, false, true);
        row("newer than 0", PageAnchor::Newer, 0, {3, 2, 1}, true, true);
        row("newer than 3", PageAnchor::Newer, 3, {6, 5, 4}, true, false);
        row("newer than 4: a full newest page", PageAnchor::Newer, 4, {6, 5, 4}, true, false);
        row("oldest", PageAnchor::Oldest, -1, {2, 1, 0}, false, true);
        row("at 6", PageAnchor::At, 6, {6, 5, 4}, true, false);
        row("at 5", PageAnchor::At, 5, {5, 4, 3}, true, true);
        row("at 2", PageAnchor::At, 2, {2, 1, 0}, false, true);
        row("newest failed", PageAnchor::Newest, -1, {5, 3, 1}, false, false, true);
        row("older than 3, failed", PageAnchor::Older, 3, {1}, false, true, true);
        row("at 3, failed", PageAnchor::At, 3, {3, 1}, false, true, true);
    }
    void historyPages()
    {
        QFETCH(int, anchor);
        QFETCH(int, cursor);
        QFETCH(bool, failedOnly);
        QFETCH(QList<int>, rows);
        QFETCH(bool, hasOlder);
        QFETCH(bool, hasNewer);
        const StoredWebhook w = add(webhook(QStringLiteral("w"), OrgScope));
        const StoredWebhook other = add(webhook(QStringLiteral("other"), OrgScope));
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const int codes[] = {200, 500, 200, 0, 200, 503, 200};
        QStringList ids;
        for (int i = 0; i < 7; ++i) {
            ids << test::insertDelivery(deliveries(), w.id, t0.addSecs(i), codes[i]).id;
            // Another webhook's rows in between: the keyset must skip them.
            test::insertDelivery(deliveries(), other.id, t0.addSecs(i), 200);
        }

        DeliveryFilter filter;
        if (failedOnly)
            filter.outcome = DeliveryFilter::Outcome::Failed;
        PageRequest request;
        request.anchor = PageAnchor(anchor);
        request.cursor = cursor >= 0 ? ids.at(cursor) : QString();
        request.limit = 3;
        Error error;
        const HistoryPage page = deliveries().historyPage(w.id, filter, request, &error);
        QVERIFY2(!error, qPrintable(error.message));
        QStringList expected;
        for (int i : rows)
            expected << ids.at(i);
        QStringList actual;
        for (const Delivery &d : page.rows)
            actual << d.id;
        QCOMPARE(actual, expected);
        QCOMPARE(page.hasOlder, hasOlder);
        QCOMPARE(page.hasNewer, hasNewer);
    }

    void historyPageReadsBodiesOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("withBodies");
        QTest::newRow("list columns only") << false;
        QTest::newRow("with bodies") << true;
    }
    void historyPageReadsBodiesOnlyWhenAsked()
    {
        QFETCH(bool, withBodies);
        const StoredWebhook w = add(webhook(QStringLiteral("w"), OrgScope));
        const QDateTime when = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const Delivery d =
            test::insertDelivery(deliveries(), w.id, when, 200, QStringLiteral("stack_update"),
                                 R"({"a":1})", R"({"ok":"yes"})");
        PageRequest request;
        request.withBodies = withBodies;
        const HistoryPage page = deliveries().historyPage(w.id, {}, request);
        QCOMPARE(page.rows.size(), 1);
        const Delivery &r = page.rows.first();
        QCOMPARE(r.id, d.id);
        QCOMPARE(r.kind, QStringLiteral("stack_update"));
        QCOMPARE(r.responseCode, 200);
        QCOMPARE(r.timestamp, when);
        QCOMPARE(r.payload, withBodies ? QByteArray(R"({"a":1})") : QByteArray());
        QCOMPARE(r.responseBody, withBodies ? QByteArray(R"({"ok":"yes"})") : QByteArray());
        QCOMPARE(r.requestHeaders,
                 withBodies ? QStringLiteral("Content-Type: application/json") : QString());
    }

    void markInterruptedOnlyOldPendingRows()
    {
        const StoredWebhook w = add(webhook(QStringLiteral("w"), OrgScope));
        const QDateTime cutoff = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        Delivery old = pending(cutoff.addSecs(-3600), QStringLiteral("old"));
        Delivery atCutoff = pending(cutoff, QStringLiteral("at"));
        Delivery recent = pending(cutoff.addSecs(60), QStringLiteral("recent"));
        QVERIFY(!deliveries().insertPending(old, w.id));
        QVERIFY(!deliveries().insertPending(atCutoff, w.id));
        QVERIFY(!deliveries().insertPending(recent, w.id));
        const Delivery done = test::insertDelivery(deliveries(), w.id, cutoff.addSecs(-7200), 200);
        const Delivery refused = test::insertDelivery(deliveries(), w.id, cutoff.addSecs(-7200), 0);

        QVERIFY(!deliveries().markInterrupted(cutoff));
        auto load = [&](const Delivery &d) {
            return deliveries().byId(DeliveryRepository::rowIdOf(d.id))->first;
        };
        QCOMPARE(load(old).outcome(), DeliveryOutcome::Failed);
        QVERIFY2(load(old).error.startsWith(QStringLiteral("Interrupted")),
                 qPrintable(load(old).error));
        QCOMPARE(load(atCutoff).outcome(), DeliveryOutcome::Pending);
        QCOMPARE(load(recent).outcome(), DeliveryOutcome::Pending);
        QVERIFY(load(recent).error.isEmpty());
        QCOMPARE(load(done).outcome(), DeliveryOutcome::Succeeded);
        QVERIFY(load(done).error.isEmpty());
        QCOMPARE(load(refused).outcome(), DeliveryOutcome::Failed);
        QCOMPARE(load(refused).error, refused.error);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
