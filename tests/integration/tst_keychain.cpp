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

    /// QtKeychain directly, as another program (or an older version) would use it.
    template <typename Job> Job *run(Job *job)
    {
        job->setAutoDelete(false);
        bool done = false;
        connect(job, &QKeychain::Job::finished, this, [&] { done = true; });
        job->start();
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("the keychain did not answer");
        return job;
    }
    QKeychain::Error rawWrite(const QString &service, const QString &k, const QString &v)
    {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setKey(k);
        job->setTextData(v);
        std::unique_ptr<QKeychain::Job> owner(run(job));
        return owner->error();
    }
    /// The entry's text, or "(missing)".
    QString rawRead(const QString &service, const QString &k)
    {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setKey(k);
        std::unique_ptr<QKeychain::ReadPasswordJob> owner(run(job));
        if (owner->error() == QKeychain::EntryNotFound)
            return QStringLiteral("(missing)");
        return owner->error() == QKeychain::NoError ? owner->textData() : QStringLiteral("(error)");
    }
    void rawRemove(const QString &service, const QString &k)
    {
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setKey(k);
        std::unique_ptr<QKeychain::Job> owner(run(job));
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

    void theServiceIsTheApplicationId()
    {
        QCOMPARE(QString::fromLatin1(AppInfo::KeychainService),
                 QStringLiteral("io.github.webhookconsole.WebhookConsole"));
        QCOMPARE(QString::fromLatin1(AppInfo::FormerKeychainService),
                 QStringLiteral("webhook-console"));
    }

    // A secret kept by version 0.1 (service "webhook-console") still signs, and is moved to
    // the application id's service the first time it is read: once, leaving no copy behind.
    void aSecretOfTheFormerServiceMovesOnFirstRead()
    {
        const QString current = QString::fromLatin1(AppInfo::KeychainService);
        const QString former = QString::fromLatin1(AppInfo::FormerKeychainService);
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        WebhookRef ref;
        QString uid;
        {
            LocalBackend backend(path);
            QVERIFY(!test::await(backend.open()));
            WebhookDraft d;
            d.scope = Scope::organizationScope(QStringLiteral("acme"));
            d.name = QStringLiteral("old");
            d.displayName = QStringLiteral("Kept by 0.1");
            d.payloadUrl = QStringLiteral("https://example.com/old");
            d.secretChange = WebhookDraft::SecretChange::Set;
            d.secret = QStringLiteral("kept-by-0.1");
            const Result<Webhook> created = test::await(backend.create(d), 20000);
            QVERIFY2(!created.error, qPrintable(created.error.message));
            ref = created.value.ref();
            test::SeedDatabase seed(path);
            uid = seed.webhooks.byRef(ref)->uid;
        }
        // As 0.1 left it: under the former service only.
        rawRemove(current, uid);
        QCOMPARE(rawWrite(former, uid, QStringLiteral("kept-by-0.1")), QKeychain::NoError);
        QCOMPARE(rawRead(current, uid), QStringLiteral("(missing)"));

        LocalBackend backend(path);
        QVERIFY(!test::await(backend.open()));
        const Result<SigningKeys> keys = test::await(backend.signingKeys(ref), 20000);
        QVERIFY2(!keys.error, qPrintable(keys.error.message));
        QCOMPARE(keys.value.secrets.size(), 1);
        QCOMPARE(keys.value.secrets.first().secret, QStringLiteral("kept-by-0.1"));
        QCOMPARE(rawRead(current, uid), QStringLiteral("kept-by-0.1"));
        QCOMPARE(rawRead(former, uid), QStringLiteral("(missing)"));

        // Read again: from the new place (nothing left to move).
        const Result<SigningKeys> again = test::await(backend.signingKeys(ref), 20000);
        QVERIFY2(!again.error, qPrintable(again.error.message));
        QCOMPARE(again.value.secrets.first().secret, QStringLiteral("kept-by-0.1"));

        // A webhook deleted before its secret was ever read leaves nothing under either name.
        const QString unread = key();
        QCOMPARE(rawWrite(former, unread, QStringLiteral("never-read")), QKeychain::NoError);
        const auto store = KeychainSecretStore::application();
        QVERIFY(!remove(*store, unread));
        QCOMPARE(rawRead(former, unread), QStringLiteral("(missing)"));

        // A new secret written over a former one leaves no stale copy to resurface.
        QCOMPARE(rawWrite(former, unread, QStringLiteral("stale")), QKeychain::NoError);
        QVERIFY(!write(*store, unread, QStringLiteral("fresh")));
        QCOMPARE(rawRead(former, unread), QStringLiteral("(missing)"));
        QCOMPARE(read(*store, unread).secret, QStringLiteral("fresh"));
        QVERIFY(!remove(*store, unread));

        QVERIFY(!test::await(backend.remove(ref), 20000));
        QCOMPARE(rawRead(current, uid), QStringLiteral("(missing)"));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
