#include "AppContext.h"
#include "AppInfo.h"
#include "TestSupport.h"
#include "WebhookService.h"
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
        std::optional<Error> r;
        store.write(k, v, [&](const Error &e) { r = e; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 20000))
            qFatal("keychain write never finished");
        return *r;
    }
    static SecretStore::ReadResult read(SecretStore &store, const QString &k)
    {
        std::optional<SecretStore::ReadResult> r;
        store.read(k, [&](const SecretStore::ReadResult &x) { r = x; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 20000))
            qFatal("keychain read never finished");
        return *r;
    }
    static Error remove(SecretStore &store, const QString &k)
    {
        std::optional<Error> r;
        store.remove(k, [&](const Error &e) { r = e; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 20000))
            qFatal("keychain delete never finished");
        return *r;
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
        AppContext context;
        QVERIFY(!context.open(test::databasePath(dir)));
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme"));
        d.name = QStringLiteral("k");
        d.displayName = QStringLiteral("Keychain");
        d.payloadUrl = QStringLiteral("https://example.com/k");
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("in-the-keyring");
        std::optional<std::pair<Error, Webhook>> result;
        context.service().create(d, [&](const Error &e, const Webhook &w) { result = {e, w}; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(!result->first, qPrintable(result->first.message));

        // Read it back with QtKeychain directly, as another program would.
        auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(AppInfo::KeychainService));
        job->setKey(result->second.uid);
        job->setAutoDelete(false);
        bool done = false;
        connect(job, &QKeychain::Job::finished, this, [&] { done = true; });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(job->error(), QKeychain::NoError);
        QCOMPARE(job->textData(), QStringLiteral("in-the-keyring"));
        delete job;

        std::optional<Error> removed;
        context.service().remove(result->second.id, [&](const Error &e) { removed = e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY(!*removed);
        KeychainSecretStore store(QString::fromLatin1(AppInfo::KeychainService));
        QCOMPARE(read(store, result->second.uid).error.code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
