// Durations, relative times and elided labels read the same on every page.

#include "Formatting.h"

#include <QApplication>
#include <QLocale>
#include <QTest>

using namespace wc::gui;

class TestFormatting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("shown");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 ms");
        QTest::newRow("ms") << qint64(950) << QStringLiteral("950 ms");
        QTest::newRow("a second") << qint64(1000) << QStringLiteral("1.0 s");
        QTest::newRow("timeout") << qint64(9695) << QStringLiteral("9.7 s");
        QTest::newRow("tens") << qint64(12'400) << QStringLiteral("12 s");
        QTest::newRow("minutes") << qint64(65'000) << QStringLiteral("1 min 5 s");
        QTest::newRow("negative clock") << qint64(-3) << QStringLiteral("0 ms");
    }
    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, shown);
        QCOMPARE(formatting::duration(ms), shown);
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("shown");
        QTest::newRow("now") << qint64(5) << QStringLiteral("just now");
        QTest::newRow("future") << qint64(-120) << QStringLiteral("just now");
        QTest::newRow("one minute") << qint64(60) << QStringLiteral("1 min ago");
        QTest::newRow("minutes") << qint64(3 * 60 + 10) << QStringLiteral("3 min ago");
        QTest::newRow("hours") << qint64(2 * 3600) << QStringLiteral("2 h ago");
        QTest::newRow("days") << qint64(4 * 86400) << QStringLiteral("4 days ago");
    }
    void relativeTimes()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, shown);
        const QDateTime now(QDate(2026, 11, 29), QTime(15, 0));
        QCOMPARE(formatting::relativeTime(now.addSecs(-secondsAgo), now), shown);
        const QDateTime old = now.addDays(-30);
        QCOMPARE(formatting::relativeTime(old, now),
                 QLocale().toString(old.date(), QLocale::ShortFormat));
        QCOMPARE(formatting::relativeTime(QDateTime(QDate(2026, 11, 28), QTime(9, 0)), now),
                 QStringLiteral("yesterday"));
    }

    void counts() { QCOMPARE(formatting::count(1'000'000), QStringLiteral("1,000,000")); }

    void labelsElideInTheMiddleAndNeverWidenTheirParent()
    {
        ElidedLabel label;
        const QString url = QStringLiteral("https://receiver.example.com/") + QString(200, u'x') +
                            QStringLiteral("/end-of-the-path");
        label.setFullText(url);
        QVERIFY(label.minimumSizeHint().width() < 100);
        QVERIFY(label.sizeHint().width() > 1000);
        label.resize(300, label.sizeHint().height());
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        QVERIFY(label.isElided());
        QVERIFY(label.text().startsWith(QStringLiteral("https://receiver")));
        QVERIFY(label.text().endsWith(QStringLiteral("end-of-the-path")));
        QVERIFY(label.text().contains(QChar(0x2026)));
        QCOMPARE(label.toolTip(), url);
        QCOMPARE(label.fullText(), url);

        label.setFullText(QStringLiteral("short"));
        QVERIFY(!label.isElided());
        QVERIFY(label.toolTip().isEmpty());
    }
};

QTEST_MAIN(TestFormatting)
#include "tst_formatting.moc"
