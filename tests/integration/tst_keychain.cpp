#include "AppInfo.h"
#include "TestSupport.h"
#include "local/LocalBackend.h"
#include "secrets/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace wc;

// The real OS keychain: gnome-keyring in the private D-Bus session the README's test command
// starts. No bus is a failure here, never a skip.
class TestKeychain : public QObject
{
    Q_OBJECT

    static QString key() { return QStringLiteral("test-") + QUuid::createUuid().toString(); }

    static Error write(SecretStore &store, const QString &k, const QString &v)
    {
        return test::await(store.write(k, v), 20000);
    }
    static SecretStore::ReadResult read(SecretStore &store, const QString &k)
    {
        return test::await(store.read(k), 20000);
    }
    static Error remove(SecretStore &store, const QString &k)
    {
        return test::await(store.remove(k), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppInfo::apply();
        QVERIFY2(test::haveSessionBus(),
                 "no D-Bus session: run the suite with the README's test command");
    }

    void roundTrip()
    {
        KeychainSecretStore store(QString::fromLatin1(AppInfo::KeychainService));
        const QString k = key();
        const QString secret = QStringLiteral("päss wörd \"quoted\" 🔑");
        const Error w = write(store, k, secret);
        QVERIFY2(!w, qPrintable(w.message));
        const auto r = read(store, k);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.secret, secret);
        QVERIFY(!remove(store, k));
        QCOMPARE(read(store, k).error.code, Error::Code::NotFound);
        QVERIFY(!remove(store, k)); // removing what is gone is fine
    }

    void serviceStoresTheSecretUnderTheWebhooksId()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        LocalBackend backend(path);
        QVERIFY(!test::await(backend.open()));
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme"));
        d.name = QStringLiteral("k");
        d.displayName = QStringLiteral("Keychain");
        d.payloadUrl = QStringLiteral("https://example.com/k");
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("in-the-keyring");
        const Result<Webhook> result = test::await(backend.create(d), 20000);
        QVERIFY2(!result.error, qPrintable(result.error.message));
        // The keychain key is the webhook's stable internal id, which only the database knows.
        test::SeedDatabase seed(path);
        const auto stored = seed.webhooks.byRef(result.value.ref());
        QVERIFY(stored.has_value());

        // Read it back with QtKeychain directly, as another program would.
        auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(AppInfo::KeychainService));
        job->setKey(stored->uid);
        job->setAutoDelete(false);
        bool done = false;
        connect(job, &QKeychain::Job::finished, this, [&] { done = true; });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(job->error(), QKeychain::NoError);
        QCOMPARE(job->textData(), QStringLiteral("in-the-keyring"));
        delete job;

        const Error removed = test::await(backend.remove(result.value.ref()), 20000);
        QVERIFY(!removed);
        KeychainSecretStore store(QString::fromLatin1(AppInfo::KeychainService));
        QCOMPARE(read(store, stored->uid).error.code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
