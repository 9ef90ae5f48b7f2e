// Preferences live in one documented file named by the application id,
// io.github.webhookconsole.WebhookConsole.conf in the configuration folder; what the versions
// before wrote to "webhook-console.conf" and, before those, to
// "Unknown Organization/webhook-console.conf" moves there, and a value written in the
// documented file takes effect.

#include "AppInfo.h"
#include "LocalReceiver.h"
#include "Settings.h"
#include "TestSupport.h"
#include "local/LocalBackend.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace wc;
using test::LocalReceiver;

class TestSettings : public QObject
{
    Q_OBJECT

    static QString documentedFile()
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
               QStringLiteral("/io.github.webhookconsole.WebhookConsole.conf");
    }
    /// Versions 0.1.1 to 0.1.x, named after the executable.
    static QString formerFile()
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
               QStringLiteral("/webhook-console.conf");
    }
    /// Versions before 0.1.1.
    static QString oldFile()
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
               QStringLiteral("/Unknown Organization/webhook-console.conf");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QFile::remove(documentedFile());
        QFile::remove(formerFile());
        QFile::remove(oldFile());
    }

    // First: the move happens once per process, on the first use of the preferences.
    void theOldFilesMoveIntoTheDocumentedOne()
    {
        {
            QSettings old(oldFile(), QSettings::IniFormat);
            old.setValue(QStringLiteral("history/retentionDays"), 12);
            old.setValue(QStringLiteral("delivery/redeliveryConcurrency"), 3);
            old.setValue(QStringLiteral("window/organization"), QStringLiteral("acme"));
        }
        {
            // The file of 0.1.x, as the preferences of such a version left it.
            QSettings former(formerFile(), QSettings::IniFormat);
            former.setValue(QStringLiteral("appearance"), QStringLiteral("dark"));
            former.setValue(QStringLiteral("window/geometry"), QByteArray("geometry"));
            former.setValue(QStringLiteral("delivery/timeoutSeconds"), 17);
        }
        {
            // Already set in the documented file: that value stays.
            QSettings current(documentedFile(), QSettings::IniFormat);
            current.setValue(QStringLiteral("delivery/redeliveryConcurrency"), 7);
        }
        QVERIFY(QFile::exists(oldFile()));
        QCOMPARE(Settings::retentionDays(), 12);
        QCOMPARE(Settings::redeliveryConcurrency(), 7);
        QCOMPARE(Settings::value(QStringLiteral("window/organization")).toString(),
                 QStringLiteral("acme"));
        QCOMPARE(Settings::timeoutSeconds(), 17);
        QCOMPARE(Settings::value(QStringLiteral("appearance")).toString(), QStringLiteral("dark"));
        QCOMPARE(Settings::value(QStringLiteral("window/geometry")).toByteArray(),
                 QByteArray("geometry"));
        QVERIFY(!QFile::exists(oldFile()));
        QVERIFY(!QFile::exists(formerFile()));
        QSettings current(documentedFile(), QSettings::IniFormat);
        QCOMPARE(current.value(QStringLiteral("history/retentionDays")).toInt(), 12);
        QCOMPARE(current.value(QStringLiteral("delivery/timeoutSeconds")).toInt(), 17);
    }

    void preferencesAreInTheDocumentedFile()
    {
        QCOMPARE(Settings::fileName(), documentedFile());
        Settings::setRetentionCount(4321);
        QSettings file(documentedFile(), QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("history/retentionCount")).toInt(), 4321);
        QVERIFY(!QDir(QFileInfo(oldFile()).absolutePath()).exists());
    }

    void aValueWrittenInTheFileTakesEffect()
    {
        {
            QSettings file(documentedFile(), QSettings::IniFormat);
            file.setValue(QStringLiteral("delivery/timeoutSeconds"), 1);
            file.setValue(QStringLiteral("history/retentionDays"), 2);
        }
        QCOMPARE(Settings::retentionDays(), 2);
        // The delivery timeout the backend uses comes from the file: a receiver that never
        // answers is given up after 1 s, not 10.
        LocalReceiver silent;
        QVERIFY(silent.listen());
        LocalReceiver::Response never;
        never.neverAnswer = true;
        silent.setResponse(never);
        QTemporaryDir dir;
        LocalBackend backend(test::databasePath(dir));
        QVERIFY(!test::await(backend.open()));
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme"));
        d.name = QStringLiteral("silent");
        d.displayName = QStringLiteral("Silent");
        d.payloadUrl = silent.url();
        QVERIFY(!test::await(backend.create(d)).error);
        const Result<Delivery> sent = test::await(backend.ping({d.scope, d.name}), 8000);
        QVERIFY2(sent.value.error.contains(QStringLiteral("within 1 s")),
                 qPrintable(sent.value.error));
        QVERIFY(sent.value.durationMs >= 1000);
        QVERIFY(sent.value.durationMs < 5000);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
