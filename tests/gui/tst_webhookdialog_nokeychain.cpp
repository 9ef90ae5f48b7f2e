#include "AppInfo.h"
#include "TestSupport.h"
#include "WebhookDialog.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace wc;
using namespace wc::gui;
using test::child;

// The create form when no keychain can be reached (no D-Bus session, no X display to
// autolaunch one; see tests/CMakeLists.txt): the user reads why and nothing is saved.
class TestWebhookDialogNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        AppInfo::apply();
        QVERIFY2(!test::haveSessionBus(), "this test must run without a D-Bus session");
    }

    void refusedWithAClearMessageAndNothingSaved()
    {
        QTemporaryDir dir;
        LocalBackend backend(test::databasePath(dir));
        QVERIFY(!test::await(backend.open()));
        const Scope scope = Scope::organizationScope(QStringLiteral("acme"));
        WebhookDialog dialog(backend, scope);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "displayNameEdit"), QStringLiteral("Signed"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "payloadUrlEdit"),
                         QStringLiteral("https://example.com/hook"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretEdit"), QStringLiteral("top-secret"));
        QTest::keyClick(child<QLineEdit>(&dialog, "secretEdit"), Qt::Key_Return);
        auto *banner = child<QLabel>(&dialog, "bannerLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 30000);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("keychain")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("cannot be reached")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().endsWith(QStringLiteral("Nothing was saved.")));
        QVERIFY(dialog.isVisible()); // still open, the input kept for another try
        QCOMPARE(child<QLineEdit>(&dialog, "secretEdit")->text(), QStringLiteral("top-secret"));
        QVERIFY(child<QDialogButtonBox>(&dialog, "buttonBox")
                    ->button(QDialogButtonBox::Ok)
                    ->isEnabled());
        dialog.grab().save(test::screenshotPath(QStringLiteral("create-dialog-no-keychain.png")));
        QCOMPARE(test::await(backend.webhooks(scope)).value.size(), 0);
    }
};

QTEST_MAIN(TestWebhookDialogNoKeychain)
#include "tst_webhookdialog_nokeychain.moc"
