#include "AppInfo.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Settings.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace wc;
using namespace wc::gui;
using test::child;

// Preferences: what the dialog shows and saves is what the console and webhookctl read.
class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        Settings::clear();
    }

    void defaultsMatchTheIssue()
    {
        QCOMPARE(Settings::timeoutSeconds(), 10);
        QCOMPARE(Settings::retentionDays(), 30);
        QCOMPARE(Settings::retentionCount(), 10000);
        QCOMPARE(Settings::redeliveryConcurrency(), 4);
    }

    void savesWhatIsTypedAndRestoresDefaults()
    {
        {
            PreferencesDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *timeout = child<QSpinBox>(&dialog, "timeoutSpin");
            QCOMPARE(timeout->value(), 10);
            QCOMPARE(timeout->accessibleName(), QStringLiteral("Timeout"));
            timeout->selectAll();
            QTest::keyClicks(timeout, QStringLiteral("25"));
            child<QSpinBox>(&dialog, "retentionDaysSpin")->setValue(7);
            child<QSpinBox>(&dialog, "retentionCountSpin")->setValue(500);
            child<QSpinBox>(&dialog, "concurrencySpin")->setValue(2);
            dialog.grab().save(test::screenshotPath(QStringLiteral("preferences-dialog.png")));
            QTest::keyClick(timeout, Qt::Key_Return);
            QVERIFY(!dialog.isVisible());
        }
        QCOMPARE(Settings::timeoutSeconds(), 25);
        QCOMPARE(Settings::retentionDays(), 7);
        QCOMPARE(Settings::retentionCount(), 500);
        QCOMPARE(Settings::redeliveryConcurrency(), 2);

        PreferencesDialog dialog;
        QCOMPARE(child<QSpinBox>(&dialog, "timeoutSpin")->value(), 25);
        child<QDialogButtonBox>(&dialog, "buttonBox")
            ->button(QDialogButtonBox::RestoreDefaults)
            ->click();
        QCOMPARE(child<QSpinBox>(&dialog, "retentionCountSpin")->value(), 10000);
        dialog.reject(); // cancelled: nothing changes
        QCOMPARE(Settings::retentionCount(), 500);
    }

    void timeoutReachesTheDispatcher()
    {
        // Preferences… in the window, a timeout typed and accepted: the next delivery uses it.
        QTemporaryDir dir;
        LocalBackend backend(test::databasePath(dir));
        QVERIFY(!test::await(backend.open()));
        MainWindow window(backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        test::LocalReceiver receiver;
        QVERIFY(receiver.listen());
        test::LocalReceiver::Response silent;
        silent.neverAnswer = true;
        receiver.setResponse(silent);
        WebhookDraft draft;
        draft.scope = Scope::organizationScope(QStringLiteral("acme"));
        draft.name = QStringLiteral("silent");
        draft.displayName = QStringLiteral("Silent");
        draft.payloadUrl = receiver.url();
        const Result<Webhook> created = test::await(backend.create(draft));
        QVERIFY2(!created.error, qPrintable(created.error.message));

        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            PreferencesDialog *dialog = nullptr;
            if (!QTest::qWaitFor(
                    [&] {
                        return (dialog = qobject_cast<PreferencesDialog *>(
                                    QApplication::activeModalWidget()));
                    },
                    5000))
                qFatal("Preferences did not open");
            auto *timeout = child<QSpinBox>(dialog, "timeoutSpin");
            timeout->setFocus();
            timeout->selectAll();
            QTest::keyClicks(timeout, QStringLiteral("2"));
            QTest::keyClick(timeout, Qt::Key_Return);
            answered = !dialog->isVisible();
            if (!answered)
                dialog->reject(); // let the blocked exec() return
        });
        auto *preferences = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(preferences);
        preferences->trigger(); // returns once the dialog is closed
        QVERIFY(answered);
        QCOMPARE(Settings::timeoutSeconds(), 2);

        const Result<Delivery> ping = test::await(backend.ping(created.value.ref()));
        QVERIFY2(!ping.error, qPrintable(ping.error.message));
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(ping.value.error, QStringLiteral("Timed out: no complete answer within 2 s."));
        QVERIFY2(ping.value.durationMs >= 2000 && ping.value.durationMs < 3000,
                 QByteArray::number(ping.value.durationMs));
        Settings::setTimeoutSeconds(Settings::DefaultTimeoutSeconds);
    }

    void outOfRangeValuesAreClamped()
    {
        Settings::setValue(QStringLiteral("delivery/timeoutSeconds"), 100000);
        QCOMPARE(Settings::timeoutSeconds(), 120);
        Settings::setValue(QStringLiteral("delivery/timeoutSeconds"), QStringLiteral("soon"));
        QCOMPARE(Settings::timeoutSeconds(), 10);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
