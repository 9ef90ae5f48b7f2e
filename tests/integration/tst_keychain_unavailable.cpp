#include "AppContext.h"
#include "AppInfo.h"
#include "TestSupport.h"
#include "WebhookService.h"

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
        AppContext context;
        QVERIFY(!context.open(test::databasePath(dir)));
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme"));
        d.name = QStringLiteral("nokeychain");
        d.displayName = QStringLiteral("No keychain");
        d.payloadUrl = QStringLiteral("https://example.com/k");
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("must-not-land-anywhere");
        std::optional<std::pair<Error, Webhook>> result;
        context.service().create(d, [&](const Error &e, const Webhook &w) { result = {e, w}; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        const Error &e = result->first;
        QCOMPARE(e.code, Error::Code::Keychain);
        QVERIFY2(e.message.contains(QStringLiteral("keychain")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("cannot be reached")) ||
                     e.message.contains(QStringLiteral("No system keychain")),
                 qPrintable(e.message));
        QCOMPARE(context.service().webhooks().list(d.scope).size(), 0);
        QVERIFY(!context.service().webhooks().byRef(d.scope, d.name).has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
