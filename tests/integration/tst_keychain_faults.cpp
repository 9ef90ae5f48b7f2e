// Keychain faults with the real gnome-keyring, in a D-Bus session and home of this test's own
// (tests/support/private-keyring-session.sh): a keyring whose daemon died and was started
// again by D-Bus, locked; a kill -9 between a keychain step and its database step; and the
// all-or-nothing undo paths. For webhookctl (real processes) and the window.
//
// What the user reads and what is stored are asserted: a locked keyring is never reported as
// a missing secret, a delete or secret removal it refuses changes nothing, and no keychain
// entry outlives its webhook.

#include "AppInfo.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "TestSupport.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "local/LocalBackend.h"
#include "secrets/KeychainSecretStore.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <csignal>

using namespace wc;
using namespace wc::gui;

using Attributes = QMap<QString, QString>;
Q_DECLARE_METATYPE(Attributes)

namespace {

const QByteArray KeyringPassword = "fault-test-password";

struct Run
{
    int code = -1;
    bool killed = false;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestKeychainFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_ctl;
    int m_counter = 0;

    // --- the keyring daemon of this session --------------------------------------------------

    static bool secretServiceOwned()
    {
        return QDBusConnection::sessionBus().interface()->isServiceRegistered(
            QStringLiteral("org.freedesktop.secrets"));
    }

    /// Kills the daemon that serves org.freedesktop.secrets on this session's bus (and only
    /// that one): the next keychain call makes D-Bus start a new one, with the keyring locked.
    static bool killKeyringDaemon()
    {
        const QDBusReply<uint> pid = QDBusConnection::sessionBus().interface()->servicePid(
            QStringLiteral("org.freedesktop.secrets"));
        if (!pid.isValid())
            return true; // none running
        ::kill(pid_t(pid.value()), SIGKILL);
        return QTest::qWaitFor([] { return !secretServiceOwned(); }, 10000);
    }

    /// A daemon with the login keyring unlocked (created with KeyringPassword the first time).
    static bool startUnlockedKeyring()
    {
        if (!killKeyringDaemon())
            return false;
        QProcess daemon;
        daemon.start(QStringLiteral("gnome-keyring-daemon"),
                     {QStringLiteral("--replace"), QStringLiteral("--unlock"),
                      QStringLiteral("--components=secrets")});
        if (!daemon.waitForStarted(10000))
            return false;
        daemon.write(KeyringPassword);
        daemon.closeWriteChannel();
        // The daemon forks; the parent prints its environment and leaves.
        if (!QTest::qWaitFor([&] { return daemon.state() == QProcess::NotRunning; }, 15000))
            return false;
        return QTest::qWaitFor(secretServiceOwned, 10000);
    }

    /// How many entries of the console sit in the keyring, locked or not.
    static int keyringEntries()
    {
        qDBusRegisterMetaType<Attributes>();
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
        call << QVariant::fromValue(
            Attributes{{QStringLiteral("server"), QString::fromLatin1(AppInfo::KeychainService)}});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 20000);
        if (reply.type() != QDBusMessage::ReplyMessage)
            qFatal("SearchItems: %s", qPrintable(reply.errorMessage()));
        int n = 0;
        for (const QVariant &list : reply.arguments())
            n += int(qdbus_cast<QList<QDBusObjectPath>>(list).size());
        return n;
    }

    // --- webhookctl and the database ---------------------------------------------------------

    Run ctl(const QStringList &args, const QByteArray &input = {},
            const QByteArray &fault = QByteArray())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!fault.isEmpty())
            env.insert(QStringLiteral("WEBHOOK_CONSOLE_FAULT"), QString::fromLatin1(fault));
        p.setProcessEnvironment(env);
        p.start(m_ctl, QStringList{QStringLiteral("--database"), m_db} + args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.killed = p.exitStatus() == QProcess::CrashExit;
        r.code = r.killed ? -1 : p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    /// A webhook with a secret, made through webhookctl; returns its REF.
    QString makeSigned()
    {
        const QString name = QStringLiteral("signed-%1").arg(++m_counter);
        const Run r =
            ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--name"), name,
                 QStringLiteral("--display-name"), QStringLiteral("Signed ") + name,
                 QStringLiteral("--payload-url"), QStringLiteral("http://127.0.0.1:9/x"),
                 QStringLiteral("--secret-stdin")},
                "the-secret\n");
        if (r.code != 0)
            qFatal("webhook new: %s", r.err.constData());
        return QStringLiteral("acme/") + name;
    }

    QJsonObject get(const QString &ref)
    {
        const Run r =
            ctl({QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("get"), ref});
        return QJsonDocument::fromJson(r.out).object();
    }

    /// has_secret as stored, read without opening the backend (which would settle the journal).
    bool storedHasSecret(const QString &ref)
    {
        test::SeedDatabase seed(m_db);
        const auto w = seed.webhooks.byRef(*WebhookRef::parse(ref));
        return w && w->hasSecret;
    }

    int journalRows()
    {
        test::SeedDatabase seed(m_db);
        QSqlQuery q(seed.db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM secret_journal"));
        q.next();
        return q.value(0).toInt();
    }

    static QString oneLine(const QByteArray &err)
    {
        // gnome-keyring's own prompter writes to the session's stderr too; ours is the line
        // that starts with the program's name.
        for (const QByteArray &line : err.split('\n')) {
            if (line.startsWith("webhookctl: "))
                return QString::fromUtf8(line);
        }
        return QString::fromUtf8(err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QVERIFY2(test::haveSessionBus(), "run through tests/support/private-keyring-session.sh");
        m_ctl = qEnvironmentVariable("WEBHOOKCTL");
        QVERIFY2(QFileInfo(m_ctl).isExecutable(), "set WEBHOOKCTL (ctest does)");
        m_db = test::databasePath(m_dir);
        QVERIFY(startUnlockedKeyring());
    }

    void init() { QVERIFY(startUnlockedKeyring()); }

    // --- a keyring locked under the console's feet -------------------------------------------

    void lockedKeyringRefusesDeleteAndChangesNothing()
    {
        const QString ref = makeSigned();
        const int entries = keyringEntries();
        QVERIFY(killKeyringDaemon()); // D-Bus starts it again on demand: locked

        const Run rm = ctl({QStringLiteral("webhook"), QStringLiteral("rm"), ref});
        QCOMPARE(rm.code, 5);
        QVERIFY2(oneLine(rm.err).contains(QStringLiteral("locked")), rm.err.constData());
        QVERIFY(rm.out.isEmpty());
        QVERIFY(get(ref).value(u"hasSecret").toBool()); // still there, still signed

        QVERIFY(startUnlockedKeyring());
        QCOMPARE(keyringEntries(), entries); // the secret is still in the keyring
        QCOMPARE(journalRows(), 0);
    }

    void lockedKeyringRefusesSecretRemoval()
    {
        const QString ref = makeSigned();
        QVERIFY(killKeyringDaemon());
        const Run edit = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), ref,
                              QStringLiteral("--remove-secret")});
        QCOMPARE(edit.code, 5);
        QVERIFY2(oneLine(edit.err).contains(QStringLiteral("locked")), edit.err.constData());
        QVERIFY(get(ref).value(u"hasSecret").toBool());
        QVERIFY(startUnlockedKeyring());
        QCOMPARE(journalRows(), 0);
        // Unlocked, the removal goes through and takes the entry.
        const int entries = keyringEntries();
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("edit"), ref,
                      QStringLiteral("--remove-secret")})
                     .code,
                 0);
        QVERIFY(!get(ref).value(u"hasSecret").toBool());
        QCOMPARE(keyringEntries(), entries - 1);
    }

    void lockedKeyringIsNotAMissingSecret()
    {
        const QString ref = makeSigned();
        QVERIFY(killKeyringDaemon());
        const Run ping = ctl({QStringLiteral("webhook"), QStringLiteral("ping"), ref});
        QCOMPARE(ping.code, 5);
        const QString said = oneLine(ping.err);
        QVERIFY2(said.contains(QStringLiteral("locked")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("set its secret again")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("not in this computer")), qPrintable(said));

        // A new secret cannot be kept either: nothing is saved.
        const Run made =
            ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("never-made"),
                 QStringLiteral("--display-name"), QStringLiteral("Never"),
                 QStringLiteral("--payload-url"), QStringLiteral("http://127.0.0.1:9/x"),
                 QStringLiteral("--secret-stdin")},
                "s\n");
        QCOMPARE(made.code, 5);
        QVERIFY2(oneLine(made.err).contains(QStringLiteral("locked")), made.err.constData());
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("get"),
                      QStringLiteral("acme/never-made")})
                     .code,
                 3);
        QCOMPARE(journalRows(), 0);
    }

    void lockedKeyringRefusesANewSecretForAnExistingWebhook()
    {
        const Run made =
            ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("unsigned-yet"),
                 QStringLiteral("--display-name"), QStringLiteral("Unsigned yet"),
                 QStringLiteral("--payload-url"), QStringLiteral("http://127.0.0.1:9/x")});
        QCOMPARE(made.code, 0);
        QVERIFY(killKeyringDaemon());
        const Run edit =
            ctl({QStringLiteral("webhook"), QStringLiteral("edit"),
                 QStringLiteral("acme/unsigned-yet"), QStringLiteral("--secret-stdin")},
                "new-secret\n");
        QCOMPARE(edit.code, 5);
        QVERIFY2(oneLine(edit.err).contains(QStringLiteral("locked")), edit.err.constData());
        QVERIFY(!storedHasSecret(QStringLiteral("acme/unsigned-yet")));
        QCOMPARE(journalRows(), 0);
    }

    void windowSaysLockedForCreateEditAndPing()
    {
        const QString ref = makeSigned();
        QVERIFY(killKeyringDaemon());
        LocalBackend backend(m_db);
        QVERIFY(!test::await(backend.open()));
        const WebhookRef signedRef = *WebhookRef::parse(ref);

        // A ping: the result under the list says the keychain is locked, not that the secret
        // is missing.
        MainWindow window(backend);
        window.reloadNavigation(QStringLiteral("acme"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WebhooksPage *page = window.webhooksPage();
        QTRY_VERIFY(page->model()->rowCount() > 0);
        page->selectWebhook(signedRef);
        QTRY_VERIFY(page->selectedWebhook() && page->selectedWebhook()->ref() == signedRef);
        QSignalSpy pinged(page, &WebhooksPage::pingFinished);
        page->pingWebhook();
        QVERIFY(pinged.wait(20000));
        auto *result = window.findChild<QLabel *>(QStringLiteral("resultLabel"));
        QVERIFY(result);
        QVERIFY2(result->text().contains(QStringLiteral("locked")), qPrintable(result->text()));
        QVERIFY2(!result->text().contains(QStringLiteral("set its secret again")),
                 qPrintable(result->text()));
        // The whole sentence shows, wrapped, once the layout has caught up.
        QTRY_VERIFY(result->height() >= result->heightForWidth(result->width()));
        window.grab().save(test::screenshotPath(QStringLiteral("locked-keyring-ping.png")));

        // Create with a secret: the form says why and keeps what was typed.
        WebhookDialog create(backend, Scope::organizationScope(QStringLiteral("acme")), &window);
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        QTest::keyClicks(create.findChild<QLineEdit *>(QStringLiteral("displayNameEdit")),
                         QStringLiteral("Locked out"));
        QTest::keyClicks(create.findChild<QLineEdit *>(QStringLiteral("payloadUrlEdit")),
                         QStringLiteral("https://example.com/locked"));
        QTest::keyClicks(create.findChild<QLineEdit *>(QStringLiteral("secretEdit")),
                         QStringLiteral("typed-secret"));
        QTest::keyClick(create.findChild<QLineEdit *>(QStringLiteral("secretEdit")),
                        Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!create.isSaving(), 20000);
        auto *banner = create.findChild<QLabel *>(QStringLiteral("bannerLabel"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("locked")), qPrintable(banner->text()));
        QVERIFY(banner->text().endsWith(QStringLiteral("Nothing was saved.")));
        QVERIFY(create.isVisible());
        create.grab().save(test::screenshotPath(QStringLiteral("locked-keyring-create.png")));
        create.reject();
        QCOMPARE(test::await(backend.webhook({Scope::organizationScope(QStringLiteral("acme")),
                                              QStringLiteral("locked-out")}))
                     .error.code,
                 Error::Code::NotFound);

        // Edit: removing the secret is refused the same way, and the webhook keeps it.
        const Webhook existing = test::await(backend.webhook(signedRef)).value;
        WebhookDialog edit(backend, existing, &window);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.findChild<QCheckBox *>(QStringLiteral("removeSecretCheck"))->setChecked(true);
        QTest::keyClick(edit.findChild<QLineEdit *>(QStringLiteral("displayNameEdit")),
                        Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!edit.isSaving(), 20000);
        auto *editBanner = edit.findChild<QLabel *>(QStringLiteral("bannerLabel"));
        QVERIFY2(editBanner->text().contains(QStringLiteral("locked")),
                 qPrintable(editBanner->text()));
        edit.reject();
        QVERIFY(test::await(backend.webhook(signedRef)).value.hasSecret);
        QCOMPARE(journalRows(), 0);
    }

    void missingSecretIsSaidSo()
    {
        // The other case, told apart: the keyring is open and simply lacks the entry.
        const QString ref = makeSigned();
        test::SeedDatabase seed(m_db);
        const auto stored =
            seed.webhooks.byRef(*WebhookRef::parse(ref)); // its keychain key, to take it out
        QVERIFY(stored);
        KeychainSecretStore keychain(QString::fromLatin1(AppInfo::KeychainService));
        QVERIFY(!test::await(keychain.remove(stored->uid), 20000));
        const Run ping = ctl({QStringLiteral("webhook"), QStringLiteral("ping"), ref});
        QCOMPARE(ping.code, 5);
        QVERIFY2(oneLine(ping.err).contains(QStringLiteral("is not in your keychain")),
                 ping.err.constData());
    }

    void windowDeleteOnALockedKeyringKeepsTheWebhook()
    {
        const QString ref = makeSigned();
        QVERIFY(killKeyringDaemon());
        LocalBackend backend(m_db);
        QVERIFY(!test::await(backend.open()));
        MainWindow window(backend);
        window.reloadNavigation(QStringLiteral("acme"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WebhooksPage *page = window.webhooksPage();
        const WebhookRef wanted = *WebhookRef::parse(ref);
        QTRY_VERIFY(page->model()->rowCount() > 0);
        page->selectWebhook(wanted);
        QTRY_VERIFY(page->selectedWebhook() && page->selectedWebhook()->ref() == wanted);
        const int rows = page->table()->model()->rowCount();

        Prompt::setNextAnswer(QMessageBox::Yes); // "Delete the webhook …?"
        page->deleteWebhook();
        Prompt::setNextAnswer(QMessageBox::Ok); // the warning that follows
        QTRY_VERIFY_WITH_TIMEOUT(Prompt::lastText().contains(QStringLiteral("was not deleted")),
                                 20000);
        QVERIFY2(Prompt::lastText().contains(QStringLiteral("locked")),
                 qPrintable(Prompt::lastText()));
        QCOMPARE(page->table()->model()->rowCount(), rows);
        QVERIFY(!test::await(backend.webhook(wanted)).error);
        window.grab().save(test::screenshotPath(QStringLiteral("locked-keyring-delete.png")));
    }

    // --- kill -9 between a keychain step and its database step -------------------------------

    void killedAfterWritingANewSecretLeavesNoOrphan()
    {
        const int entries = keyringEntries();
        const Run made =
            ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("cut-short"),
                 QStringLiteral("--display-name"), QStringLiteral("Cut short"),
                 QStringLiteral("--payload-url"), QStringLiteral("http://127.0.0.1:9/x"),
                 QStringLiteral("--secret-stdin")},
                "orphan?\n", "create:after-keychain");
        QVERIFY2(made.killed, made.err.constData());
        QCOMPARE(keyringEntries(), entries + 1); // the secret made it, the webhook did not
        QCOMPARE(journalRows(), 1);
        // The next start undoes it.
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("list")}).code, 0);
        QCOMPARE(keyringEntries(), entries);
        QCOMPARE(journalRows(), 0);
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("get"),
                      QStringLiteral("acme/cut-short")})
                     .code,
                 3);
    }

    void killedAfterRemovingTheSecretFinishesTheDelete()
    {
        const QString ref = makeSigned();
        const int entries = keyringEntries();
        const Run rm = ctl({QStringLiteral("webhook"), QStringLiteral("rm"), ref}, {},
                           "delete:after-keychain");
        QVERIFY2(rm.killed, rm.err.constData());
        QCOMPARE(keyringEntries(), entries - 1);
        QCOMPARE(journalRows(), 1);
        // The webhook still says it is signed, with no secret anywhere: the next start
        // finishes what the user asked for.
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("list")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("get"), ref}).code, 3);
        QCOMPARE(journalRows(), 0);
    }

    void killedAfterSettingASecretKeepsItKnown()
    {
        const Run made =
            ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("to-sign"),
                 QStringLiteral("--display-name"), QStringLiteral("To sign"),
                 QStringLiteral("--payload-url"), QStringLiteral("http://127.0.0.1:9/x")});
        QCOMPARE(made.code, 0);
        const int entries = keyringEntries();
        const Run edit = ctl({QStringLiteral("webhook"), QStringLiteral("edit"),
                              QStringLiteral("acme/to-sign"), QStringLiteral("--secret-stdin")},
                             "fresh\n", "set:after-keychain");
        QVERIFY2(edit.killed, edit.err.constData());
        QCOMPARE(keyringEntries(), entries + 1);
        QVERIFY(!storedHasSecret(QStringLiteral("acme/to-sign")));
        QCOMPARE(journalRows(), 1);
        // The next start records what the keychain holds: no secret the webhook ignores.
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("list")}).code, 0);
        QVERIFY(get(QStringLiteral("acme/to-sign")).value(u"hasSecret").toBool());
        QCOMPARE(journalRows(), 0);
    }

    void killedBeforeRemovingASecretRemovesItLater()
    {
        const QString ref = makeSigned();
        const int entries = keyringEntries();
        const Run edit = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), ref,
                              QStringLiteral("--remove-secret")},
                             {}, "remove:after-database");
        QVERIFY2(edit.killed, edit.err.constData());
        QVERIFY(!storedHasSecret(ref));
        QCOMPARE(keyringEntries(), entries); // the secret outlived its removal
        QCOMPARE(journalRows(), 1);
        // The next start removes it.
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("list")}).code, 0);
        QCOMPARE(keyringEntries(), entries - 1);
        QCOMPARE(journalRows(), 0);
    }

    // --- the undo paths, against gnome-keyring -----------------------------------------------

    void refusedSaveTakesTheNewSecretBackOut()
    {
        const int entries = keyringEntries();
        {
            test::SeedDatabase seed(m_db);
            QVERIFY(!seed.db.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON webhooks"
                                                 " BEGIN SELECT RAISE(ABORT, 'disk full'); END"),
                                  QStringLiteral("add a trigger")));
        }
        const Run made =
            ctl({QStringLiteral("webhook"), QStringLiteral("new"), QStringLiteral("--org"),
                 QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("refused"),
                 QStringLiteral("--display-name"), QStringLiteral("Refused"),
                 QStringLiteral("--payload-url"), QStringLiteral("http://127.0.0.1:9/x"),
                 QStringLiteral("--secret-stdin")},
                "s\n");
        QCOMPARE(made.code, 6);
        QVERIFY2(oneLine(made.err).contains(QStringLiteral("disk full")), made.err.constData());
        QCOMPARE(keyringEntries(), entries);
        QCOMPARE(journalRows(), 0);
        {
            test::SeedDatabase seed(m_db);
            QVERIFY(!seed.db.exec(QStringLiteral("DROP TRIGGER refuse"),
                                  QStringLiteral("drop the trigger")));
        }
    }

    void refusedDeletePutsTheSecretBack()
    {
        const QString ref = makeSigned();
        const int entries = keyringEntries();
        {
            test::SeedDatabase seed(m_db);
            QVERIFY(!seed.db.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON webhooks"
                                                 " BEGIN SELECT RAISE(ABORT, 'read-only'); END"),
                                  QStringLiteral("add a trigger")));
        }
        const Run rm = ctl({QStringLiteral("webhook"), QStringLiteral("rm"), ref});
        QCOMPARE(rm.code, 6);
        QCOMPARE(keyringEntries(), entries); // the secret is back
        QVERIFY(get(ref).value(u"hasSecret").toBool());
        QCOMPARE(journalRows(), 0);
        {
            test::SeedDatabase seed(m_db);
            QVERIFY(!seed.db.exec(QStringLiteral("DROP TRIGGER refuse"),
                                  QStringLiteral("drop the trigger")));
        }
        // And a ping still signs with it.
        const Run ping = ctl({QStringLiteral("webhook"), QStringLiteral("ping"), ref});
        QCOMPARE(ping.code, 1); // nothing listens on port 9: sent, and failed
    }
};

QTEST_MAIN(TestKeychainFaults)
#include "tst_keychain_faults.moc"
