#include "AppInfo.h"
#include "PreferencesDialog.h"
#include "Settings.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

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
        QSettings().clear();
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

    void outOfRangeValuesAreClamped()
    {
        QSettings().setValue(QStringLiteral("delivery/timeoutSeconds"), 100000);
        QCOMPARE(Settings::timeoutSeconds(), 120);
        QSettings().setValue(QStringLiteral("delivery/timeoutSeconds"), QStringLiteral("soon"));
        QCOMPARE(Settings::timeoutSeconds(), 10);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
