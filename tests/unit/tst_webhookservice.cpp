#include "TestSupport.h"
#include "WebhookService.h"
#include "delivery/Dispatcher.h"
#include "secrets/MemorySecretStore.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QTest>

using namespace wc;

// WebhookService's all-or-nothing rules, with an in-memory secret store that can be told to
// fail. The keychain itself is exercised in tst_keychain.
class TestWebhookService : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        Database db;
        MemorySecretStore secrets;
        Dispatcher dispatcher;
        std::unique_ptr<WebhookService> service;
        Fixture()
        {
            const Error e = db.open(test::databasePath(dir));
            if (e)
                qFatal("cannot open database: %s", qPrintable(e.message));
            service = std::make_unique<WebhookService>(db, secrets, dispatcher);
        }
        std::pair<Error, Webhook> create(const WebhookDraft &draft)
        {
            std::optional<std::pair<Error, Webhook>> result;
            service->create(draft, [&](const Error &e, const Webhook &w) { result = {e, w}; });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
                qFatal("create never finished");
            return *result;
        }
        std::pair<Error, Webhook> update(qint64 id, const WebhookDraft &draft)
        {
            std::optional<std::pair<Error, Webhook>> result;
            service->update(id, draft, [&](const Error &e, const Webhook &w) { result = {e, w}; });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
                qFatal("update never finished");
            return *result;
        }
        Error remove(qint64 id)
        {
            std::optional<Error> result;
            service->remove(id, [&](const Error &e) { result = e; });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
                qFatal("remove never finished");
            return *result;
        }
        void failNextWebhookWrite()
        {
            // A trigger stands in for a full disk: the write fails after the keychain's.
            const Error e =
                db.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON webhooks BEGIN "
                                       "SELECT RAISE(ABORT, 'disk full'); END"),
                        QStringLiteral("add trigger"));
            if (e)
                qFatal("%s", qPrintable(e.message));
            const Error e2 = db.exec(
                QStringLiteral("CREATE TRIGGER refuse_update BEFORE UPDATE ON webhooks BEGIN "
                               "SELECT RAISE(ABORT, 'disk full'); END"),
                QStringLiteral("add trigger"));
            if (e2)
                qFatal("%s", qPrintable(e2.message));
        }
    };

    static WebhookDraft draft(const QString &name, const QString &secret = {})
    {
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme"));
        d.name = name;
        d.displayName = QStringLiteral("Hook ") + name;
        d.payloadUrl = QStringLiteral("https://example.com/") + name;
        if (!secret.isEmpty()) {
            d.secretChange = WebhookDraft::SecretChange::Set;
            d.secret = secret;
        }
        return d;
    }

private Q_SLOTS:
    void createKeepsTheSecretOnlyInTheStore()
    {
        Fixture f;
        QSignalSpy changed(f.service.get(), &WebhookService::webhooksChanged);
        auto [error, webhook] = f.create(draft(QStringLiteral("a"), QStringLiteral("s3cret")));
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(webhook.hasSecret);
        QVERIFY(!webhook.uid.isEmpty());
        QCOMPARE(f.secrets.entries().value(webhook.uid), QStringLiteral("s3cret"));
        QCOMPARE(changed.count(), 1);
        // The database file never contains the secret.
        f.db.close();
        QFile file(f.dir.filePath(QStringLiteral("webhooks.sqlite")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
    }

    void createWithoutSecretNeedsNoKeychain()
    {
        Fixture f;
        f.secrets.setFailure(Error::make(Error::Code::Keychain, QStringLiteral("no keychain")));
        auto [error, webhook] = f.create(draft(QStringLiteral("a")));
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(!webhook.hasSecret);
    }

    void keychainFailureSavesNothing()
    {
        Fixture f;
        f.secrets.setFailure(Error::make(Error::Code::Keychain, QStringLiteral("no keychain")));
        auto [error, webhook] = f.create(draft(QStringLiteral("a"), QStringLiteral("s")));
        QCOMPARE(error.code, Error::Code::Keychain);
        QCOMPARE(
            f.service->webhooks().list(Scope::organizationScope(QStringLiteral("acme"))).size(), 0);
    }

    void databaseFailureTakesTheSecretBackOut()
    {
        Fixture f;
        f.failNextWebhookWrite();
        auto [error, webhook] = f.create(draft(QStringLiteral("a"), QStringLiteral("s")));
        QCOMPARE(error.code, Error::Code::Storage);
        QVERIFY(error.message.contains(QStringLiteral("disk full")));
        QVERIFY(f.secrets.entries().isEmpty());
        // The organization the webhook would have added is not left behind either.
        QVERIFY(f.service->webhooks().organizations().isEmpty());
    }

    void invalidDraftsNameTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("displayName") << "displayName" << int(Error::Code::Invalid);
        QTest::newRow("name") << "name" << int(Error::Code::Invalid);
        QTest::newRow("payloadUrl") << "payloadUrl" << int(Error::Code::Invalid);
        QTest::newRow("format") << "format" << int(Error::Code::Invalid);
        QTest::newRow("events") << "events" << int(Error::Code::Invalid);
        QTest::newRow("duplicate") << "name" << int(Error::Code::Conflict);
    }
    void invalidDraftsNameTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, code);
        Fixture f;
        QVERIFY(!f.create(draft(QStringLiteral("taken"))).first);
        WebhookDraft d = draft(QStringLiteral("fresh"));
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == u"displayName")
            d.displayName = QStringLiteral("  ");
        else if (row == u"name")
            d.name = QStringLiteral("has space");
        else if (row == u"payloadUrl")
            d.payloadUrl = QStringLiteral("ftp://x");
        else if (row == u"format")
            d.format = QStringLiteral("pulumi_deployments");
        else if (row == u"events")
            d.filters = {QStringLiteral("no_such_event")};
        else if (row == u"duplicate")
            d.name = QStringLiteral("taken");
        auto [error, webhook] = f.create(d);
        QCOMPARE(int(error.code), code);
        QCOMPARE(error.field, field);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(f.service->webhooks().list(d.scope).size(), 1);
    }

    void updateReplacesAndRemovesTheSecret()
    {
        Fixture f;
        auto [e1, w] = f.create(draft(QStringLiteral("a"), QStringLiteral("old")));
        QVERIFY(!e1);
        WebhookDraft d = WebhookDraft::from(w);
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("new");
        d.displayName = QStringLiteral("Renamed");
        auto [e2, updated] = f.update(w.id, d);
        QVERIFY2(!e2, qPrintable(e2.message));
        QCOMPARE(f.secrets.entries().value(w.uid), QStringLiteral("new"));
        QCOMPARE(f.service->webhooks().byId(w.id)->displayName, QStringLiteral("Renamed"));

        d = WebhookDraft::from(updated);
        d.secretChange = WebhookDraft::SecretChange::Remove;
        auto [e3, removed] = f.update(w.id, d);
        QVERIFY(!e3);
        QVERIFY(!removed.hasSecret);
        QVERIFY(!f.secrets.entries().contains(w.uid));
        QVERIFY(!f.service->webhooks().byId(w.id)->hasSecret);
    }

    void failedUpdateRestoresTheOldSecret()
    {
        Fixture f;
        auto [e1, w] = f.create(draft(QStringLiteral("a"), QStringLiteral("old")));
        QVERIFY(!e1);
        f.failNextWebhookWrite();
        WebhookDraft d = WebhookDraft::from(w);
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("new");
        auto [e2, updated] = f.update(w.id, d);
        QCOMPARE(e2.code, Error::Code::Storage);
        QCOMPARE(f.secrets.entries().value(w.uid), QStringLiteral("old"));
    }

    void failedUpdateLeavesNoEntryWhereThereWasNone()
    {
        // A webhook marked as signed whose secret is not in this keychain (set on another
        // machine of the team): a refused save must not leave an empty "restored" secret.
        Fixture f;
        auto [e1, w] = f.create(draft(QStringLiteral("a"), QStringLiteral("theirs")));
        QVERIFY(!e1);
        bool removed = false;
        f.secrets.remove(w.uid, [&](const Error &) { removed = true; });
        QTRY_VERIFY(removed);
        f.failNextWebhookWrite();
        WebhookDraft d = WebhookDraft::from(w);
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("mine");
        auto [e2, updated] = f.update(w.id, d);
        QCOMPARE(e2.code, Error::Code::Storage);
        QVERIFY(!f.secrets.entries().contains(w.uid));
    }

    void removeDeletesRowAndSecret()
    {
        Fixture f;
        auto [e1, w] = f.create(draft(QStringLiteral("a"), QStringLiteral("s")));
        QVERIFY(!e1);
        QVERIFY(!f.remove(w.id));
        QVERIFY(!f.service->webhooks().byId(w.id).has_value());
        QVERIFY(f.secrets.entries().isEmpty());
        QCOMPARE(f.remove(w.id).code, Error::Code::NotFound);
    }

    void removeRefusedByKeychainKeepsEverything()
    {
        Fixture f;
        auto [e1, w] = f.create(draft(QStringLiteral("a"), QStringLiteral("s")));
        QVERIFY(!e1);
        f.secrets.setFailure(Error::make(Error::Code::Keychain, QStringLiteral("locked")));
        QCOMPARE(f.remove(w.id).code, Error::Code::Keychain);
        QVERIFY(f.service->webhooks().byId(w.id).has_value());
        f.secrets.setFailure({});
        QCOMPARE(f.secrets.entries().value(w.uid), QStringLiteral("s"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookService)
#include "tst_webhookservice.moc"
