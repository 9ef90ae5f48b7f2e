#include "TestSupport.h"
#include "local/LocalBackend.h"
#include "secrets/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace wc;

// The local backend's all-or-nothing rules (formerly WebhookService's), with an in-memory
// secret store that can be told to fail. The keychain itself is exercised in tst_keychain.
class TestLocalBackend : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        QString path = test::databasePath(dir);
        std::unique_ptr<LocalBackend> backend =
            std::make_unique<LocalBackend>(path, std::make_unique<MemorySecretStore>());
        MemorySecretStore &secrets = static_cast<MemorySecretStore &>(backend->secrets());
        /// The test's own connection to the same file, to look at rows and add triggers.
        std::unique_ptr<test::SeedDatabase> seed;
        Fixture()
        {
            const Error e = test::await(backend->open());
            if (e)
                qFatal("cannot open database: %s", qPrintable(e.message));
            seed = std::make_unique<test::SeedDatabase>(path);
        }
        WebhookRepository &webhooks() { return seed->webhooks; }
        /// The stored row behind a webhook (its row id and keychain key).
        StoredWebhook stored(const Webhook &webhook)
        {
            const auto found = webhooks().byRef(webhook.ref());
            if (!found)
                qFatal("webhook %s not stored", qPrintable(webhook.ref().toString()));
            return *found;
        }
        std::pair<Error, Webhook> create(const WebhookDraft &draft)
        {
            const Result<Webhook> r = test::await(backend->create(draft), 5000);
            return {r.error, r.value};
        }
        std::pair<Error, Webhook> update(const WebhookRef &ref, const WebhookDraft &draft)
        {
            const Result<Webhook> r = test::await(backend->update(ref, draft), 5000);
            return {r.error, r.value};
        }
        Error remove(const WebhookRef &ref) { return test::await(backend->remove(ref), 5000); }
        void failNextWebhookWrite()
        {
            // A trigger stands in for a full disk: the write fails after the keychain's. It is
            // part of the schema, so the backend's own connection sees it too.
            const Error e = seed->db.exec(
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON webhooks BEGIN "
                               "SELECT RAISE(ABORT, 'disk full'); END"),
                QStringLiteral("add trigger"));
            if (e)
                qFatal("%s", qPrintable(e.message));
            const Error e2 = seed->db.exec(
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
        QSignalSpy added(f.backend.get(), &WebhookBackend::webhookAdded);
        auto [error, webhook] = f.create(draft(QStringLiteral("a"), QStringLiteral("s3cret")));
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(webhook.hasSecret);
        const StoredWebhook stored = f.stored(webhook);
        QVERIFY(!stored.uid.isEmpty());
        QCOMPARE(f.secrets.entries().value(stored.uid), QStringLiteral("s3cret"));
        QCOMPARE(added.count(), 1);
        // The database file never contains the secret.
        f.seed->db.close();
        f.backend.reset(); // closes its connections
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
        QCOMPARE(f.webhooks().list(Scope::organizationScope(QStringLiteral("acme"))).size(), 0);
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
        QVERIFY(f.webhooks().organizations().isEmpty());
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
        QCOMPARE(f.webhooks().list(d.scope).size(), 1);
    }

    void updateReplacesAndRemovesTheSecret()
    {
        Fixture f;
        auto [e1, w] = f.create(draft(QStringLiteral("a"), QStringLiteral("old")));
        QVERIFY(!e1);
        const StoredWebhook stored = f.stored(w);
        WebhookDraft d = WebhookDraft::from(w);
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("new");
        d.displayName = QStringLiteral("Renamed");
        auto [e2, updated] = f.update(w.ref(), d);
        QVERIFY2(!e2, qPrintable(e2.message));
        QCOMPARE(f.secrets.entries().value(stored.uid), QStringLiteral("new"));
        QCOMPARE(f.webhooks().byId(stored.id)->displayName, QStringLiteral("Renamed"));

        d = WebhookDraft::from(updated);
        d.secretChange = WebhookDraft::SecretChange::Remove;
        auto [e3, removed] = f.update(w.ref(), d);
        QVERIFY(!e3);
        QVERIFY(!removed.hasSecret);
        QVERIFY(!f.secrets.entries().contains(stored.uid));
        QVERIFY(!f.webhooks().byId(stored.id)->hasSecret);
    }

    void failedUpdateRestoresTheOldSecret()
    {
        Fixture f;
        auto [e1, w] = f.create(draft(QStringLiteral("a"), QStringLiteral("old")));
        QVERIFY(!e1);
        const StoredWebhook stored = f.stored(w);
        f.failNextWebhookWrite();
        WebhookDraft d = WebhookDraft::from(w);
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("new");
        auto [e2, updated] = f.update(w.ref(), d);
        QCOMPARE(e2.code, Error::Code::Storage);
        QCOMPARE(f.secrets.entries().value(stored.uid), QStringLiteral("old"));
    }

    void failedUpdateLeavesNoEntryWhereThereWasNone()
    {
        // A webhook marked as signed whose secret is not in this keychain (set on another
        // machine of the team): a refused save must not leave an empty "restored" secret.
        Fixture f;
        auto [e1, w] = f.create(draft(QStringLiteral("a"), QStringLiteral("theirs")));
        QVERIFY(!e1);
        const StoredWebhook stored = f.stored(w);
        (void)test::await(f.secrets.remove(stored.uid));
        f.failNextWebhookWrite();
        WebhookDraft d = WebhookDraft::from(w);
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("mine");
        auto [e2, updated] = f.update(w.ref(), d);
        QCOMPARE(e2.code, Error::Code::Storage);
        QVERIFY(!f.secrets.entries().contains(stored.uid));
    }

    void removeDeletesRowAndSecret()
    {
        Fixture f;
        auto [e1, w] = f.create(draft(QStringLiteral("a"), QStringLiteral("s")));
        QVERIFY(!e1);
        const StoredWebhook stored = f.stored(w);
        QVERIFY(!f.remove(w.ref()));
        QVERIFY(!f.webhooks().byId(stored.id).has_value());
        QVERIFY(f.secrets.entries().isEmpty());
        QCOMPARE(f.remove(w.ref()).code, Error::Code::NotFound);
    }

    void removeRefusedByKeychainKeepsEverything()
    {
        Fixture f;
        auto [e1, w] = f.create(draft(QStringLiteral("a"), QStringLiteral("s")));
        QVERIFY(!e1);
        const StoredWebhook stored = f.stored(w);
        f.secrets.setFailure(Error::make(Error::Code::Keychain, QStringLiteral("locked")));
        QCOMPARE(f.remove(w.ref()).code, Error::Code::Keychain);
        QVERIFY(f.webhooks().byId(stored.id).has_value());
        f.secrets.setFailure({});
        QCOMPARE(f.secrets.entries().value(stored.uid), QStringLiteral("s"));
    }
};

QTEST_GUILESS_MAIN(TestLocalBackend)
#include "tst_webhookservice.moc"
