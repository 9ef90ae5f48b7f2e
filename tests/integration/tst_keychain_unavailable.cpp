#include "AppInfo.h"
#include "TestSupport.h"
#include "local/LocalBackend.h"

#include <QTest>

using namespace wc;

// Runs with no D-Bus session and no display (see tests/CMakeLists.txt), as on a server or in a
// broken desktop session: the keychain cannot be reached.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        AppInfo::apply();
        QVERIFY2(!test::haveSessionBus(), "this test must run without a D-Bus session");
    }

    void creationIsRefusedAndNothingSaved()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        LocalBackend backend(path);
        QVERIFY(!test::await(backend.open()));
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme"));
        d.name = QStringLiteral("nokeychain");
        d.displayName = QStringLiteral("No keychain");
        d.payloadUrl = QStringLiteral("https://example.com/k");
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("must-not-land-anywhere");
        const Result<Webhook> result = test::await(backend.create(d), 30000);
        const Error &e = result.error;
        QCOMPARE(e.code, Error::Code::Keychain);
        QVERIFY2(e.message.contains(QStringLiteral("keychain")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("cannot be reached")) ||
                     e.message.contains(QStringLiteral("No system keychain")),
                 qPrintable(e.message));
        // Nothing in the database either: look at the rows with a connection of our own.
        test::SeedDatabase seed(path);
        QCOMPARE(seed.webhooks.list(d.scope).size(), 0);
        QVERIFY(!seed.webhooks.byRef(WebhookRef{d.scope, d.name}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
