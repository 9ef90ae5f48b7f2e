// What the console does as a desktop application: --help and --version answer without a
// display, the About dialog tells versions, licence and where things are kept, a second start
// on the same database brings the first window forward (and one on another database opens its
// own), and the System appearance follows the desktop's light or dark preference live, as the
// real XDG Settings portal (xdg-desktop-portal with its GTK backend, fed by GSettings) tells it.

#include "AboutDialog.h"
#include "AppInfo.h"
#include "Appearance.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "SystemColorScheme.h"
#include "TestSupport.h"
#include "WebhookBackend.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

using namespace wc;
using namespace wc::gui;

class TestDesktop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;

    static QString console() { return qEnvironmentVariable("WEBHOOK_CONSOLE_BINARY"); }

    /// Runs webhook-console with `arguments`, in `environment`; its exit code, output in `out`.
    static int run(const QStringList &arguments, QProcessEnvironment environment, QString *out,
                   int timeoutMs = 20000)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(console(), arguments);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    static void setColorScheme(const char *value)
    {
        QProcess gsettings;
        gsettings.start(QStringLiteral("gsettings"),
                        {QStringLiteral("set"), QStringLiteral("org.gnome.desktop.interface"),
                         QStringLiteral("color-scheme"), QString::fromLatin1(value)});
        QVERIFY2(gsettings.waitForFinished(20000), "gsettings did not finish");
        QVERIFY2(gsettings.exitCode() == 0, gsettings.readAllStandardError().constData());
    }

    static bool looksDark()
    {
        return QApplication::palette().color(QPalette::Window).lightness() < 100;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/webhook-console.svg")));
        Settings::clear();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY2(QFileInfo(console()).isExecutable(), "WEBHOOK_CONSOLE_BINARY is not set");
        m_path = test::databasePath(m_dir);
        m_backend = std::make_unique<LocalBackend>(m_path);
        QVERIFY(!test::await(m_backend->open()));
        QVERIFY(!test::await(m_backend->addOrganization(QStringLiteral("acme"))));
    }

    void helpAndVersionNeedNoDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        QString out;
        QCOMPARE(run({QStringLiteral("--version")}, environment, &out), 0);
        QCOMPARE(out.trimmed(),
                 QStringLiteral("webhook-console %1").arg(QString::fromLatin1(AppInfo::Version)));
        QCOMPARE(run({QStringLiteral("--help")}, environment, &out), 0);
        QVERIFY2(out.contains(u"Usage: "), qPrintable(out));
        QVERIFY2(out.contains(u"--database <PATH>"), qPrintable(out));
        QVERIFY2(out.contains(u"--version"), qPrintable(out));
        QVERIFY2(!out.contains(u"could not connect to display"), qPrintable(out));
    }

    void aboutTellsVersionsLicenceAndPlaces()
    {
        AboutDialog dialog(m_backend->displayLocation());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList shown;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            shown << label->text().remove(QChar(0x200B)); // where a long path may break
        const QString text = shown.join(u'\n');
        QVERIFY2(
            text.contains(
                QStringLiteral("Webhook Console %1").arg(QString::fromLatin1(AppInfo::Version))),
            qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(u"0.13"), qPrintable(text)); // QtKeychain, as built against
        QVERIFY2(text.contains(u"MIT License"), qPrintable(text));
        QVERIFY2(text.contains(m_path), qPrintable(text));
        QVERIFY2(text.contains(Settings::fileName()), qPrintable(text));
        QVERIFY2(text.contains(u"io.github.webhookconsole.WebhookConsole"), qPrintable(text));
        dialog.grab().save(test::screenshotPath(QStringLiteral("about.png")));

        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyDetailsButton"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("Database: ") + m_path), qPrintable(copied));
        QVERIFY2(copied.contains(u"Licence: MIT License"), qPrintable(copied));
        QVERIFY2(copied.contains(u"Qt: "), qPrintable(copied));
    }

    // The window of this test is the first start; the real program started again on the same
    // database brings it back and ends at once.
    void aSecondStartBringsTheFirstWindowForward()
    {
        SingleInstance instance(WebhookBackend::resolveLocation(m_path));
        QCOMPARE(instance.claim(), SingleInstance::Outcome::Primary);
        m_window = std::make_unique<MainWindow>(*m_backend);
        connect(&instance, &SingleInstance::activationRequested, m_window.get(),
                &MainWindow::bringToFront);
        m_window->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible(), 10000);
        m_window->hide(); // as if closed to the tray, or lost behind others

        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(console(), {QStringLiteral("--database"), m_path});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible(), 15000);
        // This window answers from the event loop: wait for the second start with it running.
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 15000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        // Another database is another window: that start keeps running.
        QTemporaryDir other;
        QProcess third;
        third.start(console(), {QStringLiteral("--database"), test::databasePath(other)});
        QVERIFY(third.waitForStarted());
        QVERIFY2(!third.waitForFinished(3000), third.readAllStandardError().constData());
        // Up and running, it has not loaded what its first page does not show: Qt Charts
        // comes with the first history (issue 15).
        QFile maps(QStringLiteral("/proc/%1/maps").arg(third.processId()));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libQt6Widgets"));
        QVERIFY(!mapped.contains("libQt6Charts"));
        QVERIFY(!mapped.contains("webhook-console-charts"));
        third.kill();
        third.waitForFinished();
    }

    void theSystemAppearanceFollowsTheDesktopLive()
    {
        setColorScheme("default");
        QVERIFY(m_window);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        appearance::apply(appearance::Mode::System);
        QTRY_VERIFY_WITH_TIMEOUT(!looksDark(), 10000);

        setColorScheme("prefer-dark");
        QTRY_COMPARE_WITH_TIMEOUT(SystemColorScheme::instance().preference(),
                                  SystemColorScheme::Preference::Dark, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(looksDark(), 5000);
        QTRY_VERIFY(m_window->palette().color(QPalette::Base).lightness() < 100);
        QTest::qWait(200);
        m_window->grab().save(test::screenshotPath(QStringLiteral("system-dark.png")));

        setColorScheme("prefer-light");
        QTRY_VERIFY_WITH_TIMEOUT(!looksDark(), 15000);

        // Chosen in Preferences, Dark stays dark whatever the desktop prefers…
        appearance::apply(appearance::Mode::Dark);
        setColorScheme("default");
        QTRY_COMPARE_WITH_TIMEOUT(SystemColorScheme::instance().preference(),
                                  SystemColorScheme::Preference::None, 15000);
        QVERIFY(looksDark());
        // …and System follows the desktop again.
        appearance::apply(appearance::Mode::System);
        QVERIFY(!looksDark());
        setColorScheme("prefer-dark");
        QTRY_VERIFY_WITH_TIMEOUT(looksDark(), 15000);
        setColorScheme("default");
        QTRY_VERIFY_WITH_TIMEOUT(!looksDark(), 15000);
    }

    // Size, position and the navigation's width come back as they were left.
    void geometryAndSplitterAreRestored()
    {
        QList<int> sizes;
        QSize size;
        {
            MainWindow window(*m_backend);
            window.resize(1111, 733);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("splitter"));
            QVERIFY(splitter);
            splitter->setSizes({321, window.width() - 321});
            QTRY_COMPARE(splitter->sizes().first(), 321);
            sizes = splitter->sizes();
            size = window.size();
            window.close(); // as the user closes it: that saves
        }
        MainWindow again(*m_backend);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
        QTRY_COMPARE(again.findChild<QSplitter *>(QStringLiteral("splitter"))->sizes(), sizes);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
