// The window never waits on storage: while another process holds the SQLite database's write
// lock for 5 seconds, the window keeps repainting and answering input, and what waits for the
// database (a test ping, a save) shows as in progress, then completes once the lock is gone.
//
// The lock is held by this same executable started again as a second process:
//   tst_responsiveness --hold-write-lock DATABASE SECONDS

#include "AppInfo.h"
#include "DeliveryHistoryPage.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <cstdio>

using namespace wc;
using namespace wc::gui;
using test::child;
using test::LocalReceiver;

namespace {

/// The second process: takes the write lock with a write of its own, says so, holds it.
int holdWriteLock(const QString &path, int seconds)
{
    int code = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("h"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("BEGIN EXCLUSIVE")) ||
            !q.exec(QStringLiteral("UPDATE organizations SET name = name"))) {
            std::fprintf(stderr, "cannot lock: %s\n", qPrintable(q.lastError().text()));
            code = 1;
        } else {
            std::printf("locked\n");
            std::fflush(stdout);
            QThread::sleep(seconds);
            q.exec(QStringLiteral("COMMIT"));
            std::printf("released\n");
            std::fflush(stdout);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("h"));
    return code;
}

/// Counts paint events of a widget: proof that the event loop repaints.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

class TestResponsiveness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    LocalReceiver m_receiver;

    WebhooksPage *page() { return m_window->webhooksPage(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QVERIFY(m_receiver.listen());
        m_backend = std::make_unique<LocalBackend>(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        QVERIFY(!test::await(m_backend->addOrganization(QStringLiteral("acme"))));
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme"));
        d.name = QStringLiteral("orders");
        d.displayName = QStringLiteral("Orders");
        d.payloadUrl = m_receiver.url();
        QVERIFY(!test::await(m_backend->create(d)).error);

        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1100, 700);
        m_window->reloadNavigation(QStringLiteral("acme"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(page()->table()->model()->rowCount(), 1);
        page()->selectWebhook(WebhookRef{d.scope, d.name});
        QTRY_VERIFY(page()->selectedWebhook().has_value());
    }

    void heldWriteLockKeepsTheWindowResponsive()
    {
        // Another process takes the database's write lock and keeps it for 5 seconds.
        QProcess holder;
        holder.start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--hold-write-lock"), test::databasePath(m_dir), QStringLiteral("5")});
        QVERIFY(holder.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(holder.canReadLine(), 10000);
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        // From now on: how long the event loop ever went without running a timer, and
        // whether widgets keep repainting.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
        PaintCounter paints;
        QLabel *status = child<QLabel>(page(), "resultLabel");
        status->installEventFilter(&paints);
        QTimer repaint;
        repaint.setInterval(50);
        connect(&repaint, &QTimer::timeout, status, qOverload<>(&QWidget::update));
        sinceTick.start();
        ticker.start();
        repaint.start();

        // A test ping: its attempt must be written down before the request leaves.
        QSignalSpy pinged(page(), &WebhooksPage::pingFinished);
        page()->pingWebhook();
        // A new webhook: saved to the locked database.
        WebhookDialog dialog(*m_backend, page()->scope(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "displayNameEdit"), QStringLiteral("Invoices"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "payloadUrlEdit"), m_receiver.url());
        QTest::keyClick(child<QLineEdit>(&dialog, "payloadUrlEdit"), Qt::Key_Return);
        QVERIFY(dialog.isSaving());

        // Input is answered meanwhile: key events queued to the event loop reach a field of
        // the window (QTest's key clicks would be delivered directly, loop or no loop).
        QTest::qWait(1500);
        auto *filter = child<QLineEdit>(m_window->historyPage(), "searchEdit");
        for (const QChar c : QStringLiteral("ok"))
            QCoreApplication::postEvent(filter, new QKeyEvent(QEvent::KeyPress, Qt::Key_unknown,
                                                              Qt::NoModifier, QString(c)));
        QTRY_COMPARE_WITH_TIMEOUT(filter->text(), QStringLiteral("ok"), 1000);
        filter->clear();

        // Still locked: both wait, and say so.
        QVERIFY2(holder.state() == QProcess::Running && !holder.canReadLine(),
                 "the lock was released too early for this test to mean anything");
        QCOMPARE(pinged.count(), 0);
        QVERIFY2(status->text().startsWith(QStringLiteral("Sending a test ping")),
                 qPrintable(status->text()));
        QVERIFY(dialog.isSaving());
        QCOMPARE(child<QLabel>(&dialog, "bannerLabel")->text(), QStringLiteral("Saving…"));
        QVERIFY(child<QLabel>(&dialog, "bannerLabel")->isVisible());
        m_window->grab().save(test::screenshotPath(QStringLiteral("locked-database.png")));
        dialog.grab().save(test::screenshotPath(QStringLiteral("locked-database-saving.png")));

        // The lock goes; what waited completes.
        // (Waiting with the event loop running: waitForFinished would freeze the test itself.)
        QTRY_VERIFY_WITH_TIMEOUT(holder.state() == QProcess::NotRunning, 15000);
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(pinged.wait(15000) || pinged.count() == 1);
        QVERIFY2(status->text().contains(QStringLiteral("answered 200")),
                 qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QTRY_COMPARE(page()->table()->model()->rowCount(), 2);

        ticker.stop();
        repaint.stop();
        // About 5 s of lock: at 50 ms a repaint, dozens of paints; a frozen loop gives none.
        QVERIFY2(paints.paints >= 20, qPrintable(QString::number(paints.paints)));
        // A frozen loop would show a gap of seconds; a busy machine, a few hundred ms at most.
        QVERIFY2(longestGap < 1000, qPrintable(QStringLiteral("%1 ms").arg(longestGap)));
    }
};

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--hold-write-lock") == 0) {
        QCoreApplication app(argc, argv);
        return holdWriteLock(QString::fromLocal8Bit(argv[2]), atoi(argv[3]));
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestResponsiveness test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_responsiveness.moc"
