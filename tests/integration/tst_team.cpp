// A team on one database: a console's window and webhookctl (another process, another person)
// at once, on SQLite and on the tests' private PostgreSQL server. What one does shows up in the
// other's window within a second without losing the selection; two people taking one name, or
// editing one webhook, get a clear answer; a secret one of them set never travels through the
// database, and the other is asked for it and checked against its fingerprint.

#include "AppInfo.h"
#include "Async.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "SecretPromptDialog.h"
#include "Settings.h"
#include "TestSupport.h"
#include "WebhookBackend.h"
#include "WebhookDialog.h"
#include "WebhooksPage.h"
#include "local/LocalBackend.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretFingerprint.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace wc;
using wc::gui::MainWindow;
using wc::gui::PreferencesDialog;
using wc::gui::SecretPromptDialog;
using wc::gui::WebhookDialog;
using wc::gui::WebhooksPage;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
};

const Scope Acme = Scope::organizationScope(QStringLiteral("acme"));

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

    QString m_ctl;
    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresDatabase> m_postgres;
    QString m_location;
    int m_counter = 0;

    /// webhookctl as the teammate "bea", on the same database.
    QProcess *startCtl(const QStringList &args, const QByteArray &input = {},
                       const QString &location = {},
                       const QProcessEnvironment &extra = QProcessEnvironment())
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WEBHOOK_CONSOLE_USER"), QStringLiteral("bea"));
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(extra);
        p->setProcessEnvironment(env);
        p->start(m_ctl, QStringList{QStringLiteral("--database"),
                                    location.isEmpty() ? m_location : location} +
                            args);
        if (p->waitForStarted(10000)) {
            p->write(input);
            p->closeWriteChannel();
        }
        return p;
    }

    static Run finish(QProcess *p)
    {
        Run r;
        // With the event loop running: the window under test keeps working meanwhile.
        if (!QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 30000))
            p->kill();
        p->waitForFinished(1000);
        r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        p->deleteLater();
        return r;
    }

    Run ctl(const QStringList &args, const QByteArray &input = {})
    {
        return finish(startCtl(args, input));
    }

    Run newWebhook(const QString &name, const QString &url, const QByteArray &secret = {})
    {
        QStringList args{QStringLiteral("--json"),
                         QStringLiteral("webhook"),
                         QStringLiteral("new"),
                         QStringLiteral("--org"),
                         QStringLiteral("acme"),
                         QStringLiteral("--name"),
                         name,
                         QStringLiteral("--display-name"),
                         QStringLiteral("Hook ") + name,
                         QStringLiteral("--payload-url"),
                         url};
        if (!secret.isEmpty())
            args << QStringLiteral("--secret-stdin");
        return ctl(args, secret);
    }

    /// A backend of this process (the person "ana"), opened on the database under test.
    std::unique_ptr<LocalBackend> openBackend()
    {
        auto backend = std::make_unique<LocalBackend>(m_location);
        const Error e = test::await(backend->open());
        if (e)
            qFatal("cannot open %s: %s", qPrintable(m_location), qPrintable(e.message));
        return backend;
    }

    /// Rows of every test: the engine; init() makes a fresh database of it.
    static void engines_data()
    {
        QTest::addColumn<int>("unused");
        QTest::newRow("sqlite") << 0;
        QTest::newRow("postgresql") << 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::haveSessionBus());
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        qputenv("WEBHOOK_CONSOLE_USER", "ana");
        m_ctl = qEnvironmentVariable("WEBHOOKCTL");
        QVERIFY2(QFileInfo(m_ctl).isExecutable(), "WEBHOOKCTL must name the webhookctl binary");
    }

    void init()
    {
        // Every test on both engines: a fresh database of each.
        const QString engine = QString::fromLatin1(QTest::currentDataTag());
        if (engine == u"postgresql") {
            m_postgres = std::make_unique<test::PostgresDatabase>();
            QVERIFY2(!m_postgres->url().isEmpty(), qPrintable(m_postgres->error()));
            m_location = m_postgres->url();
        } else {
            m_postgres.reset();
            m_location =
                test::databasePath(m_dir, QStringLiteral("team-%1.sqlite").arg(++m_counter));
        }
        auto backend = openBackend();
        QVERIFY(!test::await(backend->addOrganization(QStringLiteral("acme"))));
    }

    void cleanup() { m_postgres.reset(); }

    void changesByAnotherProcessShowInTheWindowWithinASecond_data() { engines_data(); }
    void changesByAnotherProcessShowInTheWindowWithinASecond()
    {
        test::LocalReceiver receiver;
        QVERIFY(receiver.listen());
        auto backend = openBackend();
        WebhookDraft d;
        d.scope = Acme;
        d.name = QStringLiteral("alpha");
        d.displayName = QStringLiteral("Alpha");
        d.payloadUrl = receiver.url();
        QVERIFY(!test::await(backend->create(d)).error);
        for (const char *name : {"bravo", "charlie", "delta"}) {
            d.name = QLatin1String(name);
            d.displayName = QLatin1String(name).toString().toUpper();
            QVERIFY(!test::await(backend->create(d)).error);
        }

        MainWindow window(*backend);
        window.resize(1100, 700);
        window.reloadNavigation(QStringLiteral("acme"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WebhooksPage *page = window.webhooksPage();
        QTableView *table = page->table();
        QTRY_COMPARE(table->model()->rowCount(), 4);
        // Which database this window shows, in its status bar (a URL without its password).
        auto *where = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(where && where->isVisible());
        QVERIFY2(where->width() > 100, qPrintable(QString::number(where->width())));
        QVERIFY(where->accessibleName().contains(backend->displayLocation()));
        const WebhookRef charlie{Acme, QStringLiteral("charlie")};
        page->selectWebhook(charlie);
        QTRY_VERIFY(page->selectedWebhook().has_value());

        const auto rowText = [table](int row) {
            QStringList cells;
            for (int c = 0; c < table->model()->columnCount(); ++c)
                cells << table->model()->index(row, c).data().toString();
            return cells.join(u' ');
        };
        const auto rowTexts = [table, rowText] {
            QStringList texts;
            for (int r = 0; r < table->model()->rowCount(); ++r)
                texts << rowText(r);
            return texts;
        };
        const auto appearsWithinASecond = [&](const std::function<bool()> &seen, const char *what) {
            QElapsedTimer clock;
            clock.start();
            const bool ok = QTest::qWaitFor(seen, 1000);
            if (!ok)
                qWarning("%s: not shown after %lld ms; rows: %s", what, clock.elapsed(),
                         qPrintable(rowTexts().join(u", ")));
            return ok;
        };

        // Created elsewhere: a new row, the selection kept.
        Run r = newWebhook(QStringLiteral("echo"), receiver.url());
        QCOMPARE(r.code, 0);
        QVERIFY(appearsWithinASecond([&] { return table->model()->rowCount() == 5; }, "created"));
        QVERIFY(page->selectedWebhook().has_value());
        QCOMPARE(page->selectedWebhook()->ref(), charlie);

        // Edited elsewhere (renamed for people, and paused).
        r = ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/echo"),
                 QStringLiteral("--display-name"), QStringLiteral("Echo renamed"),
                 QStringLiteral("--inactive")});
        QCOMPARE(r.code, 0);
        QVERIFY(appearsWithinASecond(
            [&] { return rowTexts().join(u'|').contains(QStringLiteral("Echo renamed")); },
            "edited"));
        QCOMPARE(page->selectedWebhook()->ref(), charlie);

        // A delivery recorded elsewhere: the selected webhook's row says so.
        r = ctl(
            {QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/charlie")});
        QCOMPARE(r.code, 0);
        QVERIFY(appearsWithinASecond(
            [&] {
                const QModelIndex current = table->currentIndex();
                return page->selectedWebhook() && current.isValid() &&
                       rowText(current.row()).contains(QStringLiteral("200"));
            },
            "delivery"));
        QCOMPARE(page->selectedWebhook()->ref(), charlie);

        // Deleted elsewhere.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("rm"), QStringLiteral("acme/echo")});
        QCOMPARE(r.code, 0);
        QVERIFY(appearsWithinASecond([&] { return table->model()->rowCount() == 4; }, "deleted"));
        QCOMPARE(page->selectedWebhook()->ref(), charlie);
        window.grab().save(test::screenshotPath(QStringLiteral("team-live-refresh.png")));
    }

    void changePropagationSignalsForEveryKind_data() { engines_data(); }
    void changePropagationSignalsForEveryKind()
    {
        // Underneath the window: the backend's own signals, with what changed.
        auto backend = openBackend();
        QSignalSpy added(backend.get(), &WebhookBackend::webhookAdded);
        QSignalSpy changed(backend.get(), &WebhookBackend::webhookChanged);
        QSignalSpy removed(backend.get(), &WebhookBackend::webhookRemoved);
        QCOMPARE(newWebhook(QStringLiteral("one"), QStringLiteral("http://127.0.0.1:9/x")).code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 1000);
        const Webhook made = added.at(0).at(0).value<Webhook>();
        QCOMPARE(made.name, QStringLiteral("one"));
        QCOMPARE(made.createdBy, QStringLiteral("bea"));
        QCOMPARE(ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/one"),
                      QStringLiteral("--payload-url"), QStringLiteral("http://127.0.0.1:9/y")})
                     .code,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
        QCOMPARE(changed.at(0).at(1).value<Webhook>().payloadUrl,
                 QStringLiteral("http://127.0.0.1:9/y"));
        QCOMPARE(changed.at(0).at(1).value<Webhook>().updatedBy, QStringLiteral("bea"));
        QCOMPARE(
            ctl({QStringLiteral("webhook"), QStringLiteral("rm"), QStringLiteral("acme/one")}).code,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 1000);
        // Its own changes are not announced twice.
        QCOMPARE(added.count(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void twoPeopleTakingOneNameGetAClearAnswer_data() { engines_data(); }
    void twoPeopleTakingOneNameGetAClearAnswer()
    {
        for (int round = 0; round < 4; ++round) {
            const QString name = QStringLiteral("race-%1").arg(round);
            const QStringList args{
                QStringLiteral("webhook"),        QStringLiteral("new"),
                QStringLiteral("--org"),          QStringLiteral("acme"),
                QStringLiteral("--name"),         name,
                QStringLiteral("--display-name"), QStringLiteral("Race"),
                QStringLiteral("--payload-url"),  QStringLiteral("http://127.0.0.1:9/x")};
            QProcess *first = startCtl(args);
            QProcess *second = startCtl(args);
            const Run a = finish(first);
            const Run b = finish(second);
            const QList<int> codes{a.code, b.code};
            QVERIFY2(codes.count(0) == 1 && codes.count(4) == 1,
                     qPrintable(QStringLiteral("exit codes %1 and %2: %3 %4")
                                    .arg(a.code)
                                    .arg(b.code)
                                    .arg(QString::fromUtf8(a.err), QString::fromUtf8(b.err))));
            const Run &loser = a.code == 4 ? a : b;
            QVERIFY2(loser.err.contains("already exists"), loser.err.constData());
            QVERIFY2(!loser.err.contains("database") && !loser.err.contains("constraint") &&
                         !loser.err.contains("transaction"),
                     loser.err.constData());
            // One sentence on standard error, nothing of the driver's.
            QCOMPARE(loser.err.trimmed().count('\n'), 0);
        }
    }

    void anEditOnAnOldCopyIsRefused_data() { engines_data(); }
    void anEditOnAnOldCopyIsRefused()
    {
        QCOMPARE(newWebhook(QStringLiteral("shared"), QStringLiteral("http://127.0.0.1:9/x")).code,
                 0);
        auto backend = openBackend();
        const WebhookRef ref{Acme, QStringLiteral("shared")};
        const Result<Webhook> opened = test::await(backend->webhook(ref));
        QVERIFY(!opened.error);
        // ana opens the form; meanwhile bea saves a change.
        WebhookDraft draft = WebhookDraft::from(opened.value);
        QCOMPARE(
            ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/shared"),
                 QStringLiteral("--display-name"), QStringLiteral("Bea's name")})
                .code,
            0);
        draft.payloadUrl = QStringLiteral("http://127.0.0.1:9/ana");
        const Result<Webhook> saved = test::await(backend->update(ref, draft));
        QCOMPARE(saved.error.code, Error::Code::Stale);
        QVERIFY2(saved.error.message.contains(QStringLiteral("changed by bea since you opened it")),
                 qPrintable(saved.error.message));
        // Nothing of ana's was saved; bea's change stands.
        const Webhook now = test::await(backend->webhook(ref)).value;
        QCOMPARE(now.displayName, QStringLiteral("Bea's name"));
        QCOMPARE(now.payloadUrl, QStringLiteral("http://127.0.0.1:9/x"));
        QCOMPARE(now.updatedBy, QStringLiteral("bea"));
        QCOMPARE(now.createdBy, QStringLiteral("bea"));

        // One that bea deleted meanwhile.
        draft = WebhookDraft::from(now);
        QCOMPARE(
            ctl({QStringLiteral("webhook"), QStringLiteral("rm"), QStringLiteral("acme/shared")})
                .code,
            0);
        const Result<Webhook> gone = test::await(backend->update(ref, draft));
        QCOMPARE(gone.error.code, Error::Code::NotFound);
        QVERIFY2(gone.error.message.contains(QStringLiteral("someone else deleted it")),
                 qPrintable(gone.error.message));
    }

    void twoSavesOfOneVersionAtOnceOneWins_data() { engines_data(); }
    void twoSavesOfOneVersionAtOnceOneWins()
    {
        QCOMPARE(
            newWebhook(QStringLiteral("contested"), QStringLiteral("http://127.0.0.1:9/x")).code,
            0);
        const WebhookRef ref{Acme, QStringLiteral("contested")};
        for (int round = 0; round < 5; ++round) {
            auto ana = openBackend();
            auto bea = openBackend();
            const Webhook opened = test::await(ana->webhook(ref)).value;
            WebhookDraft fromAna = WebhookDraft::from(opened);
            WebhookDraft fromBea = WebhookDraft::from(opened);
            fromAna.displayName = QStringLiteral("Ana %1").arg(round);
            fromBea.displayName = QStringLiteral("Bea %1").arg(round);
            // Both asked before either is answered: their transactions overlap.
            const auto a = ana->update(ref, fromAna);
            const auto b = bea->update(ref, fromBea);
            const Result<Webhook> ra = test::await(a);
            const Result<Webhook> rb = test::await(b);
            QVERIFY2(bool(ra.error) != bool(rb.error),
                     qPrintable(QStringLiteral("round %1: %2 / %3")
                                    .arg(round)
                                    .arg(ra.error.message, rb.error.message)));
            const Result<Webhook> &lost = ra.error ? ra : rb;
            const Result<Webhook> &won = ra.error ? rb : ra;
            QCOMPARE(lost.error.code, Error::Code::Stale);
            const Webhook now = test::await(ana->webhook(ref)).value;
            QCOMPARE(now.displayName, won.value.displayName);
            QCOMPARE(now.version, opened.version + 1);
        }
    }

    void aServerGoneAwayIsSaidAndConnectedAgain_data()
    {
        QTest::addColumn<int>("unused");
        QTest::newRow("postgresql") << 0;
    }
    void aServerGoneAwayIsSaidAndConnectedAgain()
    {
        const QString dir = qEnvironmentVariable("WEBHOOK_CONSOLE_TEST_POSTGRES_DIR");
        QVERIFY2(!dir.isEmpty(), "run by the README's test command, which starts the server");
        const auto server = [dir](const char *command) {
            QProcess p;
            p.start(QStringLiteral("bash"),
                    {qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR") +
                         QStringLiteral("/tests/support/postgres-server.sh"),
                     QLatin1String(command), dir});
            return p.waitForFinished(60000) && p.exitCode() == 0;
        };
        auto backend = openBackend();
        WebhookDraft d;
        d.scope = Acme;
        d.name = QStringLiteral("kept");
        d.displayName = QStringLiteral("Kept");
        d.payloadUrl = QStringLiteral("http://127.0.0.1:9/x");
        QVERIFY(!test::await(backend->create(d)).error); // confirmed as saved
        QSignalSpy lost(backend.get(), &WebhookBackend::connectionLost);
        QSignalSpy restored(backend.get(), &WebhookBackend::connectionRestored);
        QSignalSpy refresh(backend.get(), &WebhookBackend::refreshNeeded);

        MainWindow window(*backend);
        window.resize(1100, 700);
        window.reloadNavigation(QStringLiteral("acme"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        QTRY_COMPARE(window.webhooksPage()->table()->model()->rowCount(), 1);

        QVERIFY(server("halt"));
        // Meanwhile: an error in words, at once, and the loss is told.
        QElapsedTimer clock;
        clock.start();
        const auto during = test::await(backend->webhooks(Acme));
        QCOMPARE(during.error.code, Error::Code::Storage);
        QVERIFY(!during.error.message.isEmpty());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 8000);
        QVERIFY2(!lost.at(0).at(0).toString().isEmpty(), "the loss says why");
        // The window says so above everything, and stays usable.
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("The database server does not answer")),
                 qPrintable(banner->text()));
        QCOMPARE(window.webhooksPage()->table()->model()->rowCount(), 1);
        window.grab().save(test::screenshotPath(QStringLiteral("team-server-gone.png")));

        QVERIFY(server("resume"));
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 8000);
        QVERIFY(refresh.count() >= 1);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(lost.count(), 1); // said once, not every second

        // Everything saved is there, and other consoles' changes arrive again at once.
        const auto after = test::await(backend->webhooks(Acme));
        QVERIFY2(!after.error, qPrintable(after.error.message));
        QCOMPARE(after.value.size(), 1);
        QCOMPARE(after.value.first().webhook.name, QStringLiteral("kept"));
        QSignalSpy added(backend.get(), &WebhookBackend::webhookAdded);
        QCOMPARE(newWebhook(QStringLiteral("later"), QStringLiteral("http://127.0.0.1:9/y")).code,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 1000);
    }

    void passwordsComeFromWhereLibpqLooksOrTheKeychain_data()
    {
        QTest::addColumn<int>("unused");
        QTest::newRow("postgresql") << 0;
    }
    void passwordsComeFromWhereLibpqLooksOrTheKeychain()
    {
        const QUrl withPassword(m_location);
        const QString password = withPassword.password();
        QUrl bare = withPassword;
        bare.setPassword(QString());
        const QString url = bare.toString();
        const QStringList list{QStringLiteral("webhook"), QStringLiteral("list")};

        // No password anywhere: the server's refusal, in its words.
        Run r = finish(startCtl(list, {}, url));
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains("password"), r.err.constData());
        // PGPASSWORD, as for every libpq program.
        QProcessEnvironment pgpassword;
        pgpassword.insert(QStringLiteral("PGPASSWORD"), password);
        QCOMPARE(finish(startCtl(list, {}, url, pgpassword)).code, 0);

        // Kept in the keychain, once it is known to work: a wrong one is not kept.
        const QStringList keep{QStringLiteral("database"), QStringLiteral("keep-password"),
                               QStringLiteral("--secret-stdin")};
        r = finish(startCtl(keep, "not-the-password\n", url));
        QCOMPARE(r.code, 6);
        QCOMPARE(finish(startCtl(list, {}, url)).code, 6);
        r = finish(startCtl(keep, password.toUtf8() + '\n', url));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Kept the password of postgresql://"), r.out.constData());
        QVERIFY2(!r.out.contains(password.toUtf8()), r.out.constData());
        QCOMPARE(finish(startCtl(list, {}, url)).code, 0);
        // ...and never in a file of ours (the keyring's own file is encrypted).
        QProcess grep;
        grep.start(QStringLiteral("grep"), {QStringLiteral("-rlF"), password, QDir::homePath()});
        QVERIFY(grep.waitForFinished(30000));
        QVERIFY2(grep.readAllStandardOutput().trimmed().isEmpty(),
                 "the database password was found in a file");

        // TLS and other libpq parameters pass through; unknown ones are refused in words.
        QUrl tls = bare;
        tls.setQuery(QStringLiteral("sslmode=require"));
        r = finish(startCtl(list, {}, tls.toString()));
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains("SSL"), r.err.constData()); // this server has no TLS
        tls.setQuery(QStringLiteral("sslmode=disable&application_name=webhook%20console"));
        QCOMPARE(finish(startCtl(list, {}, tls.toString())).code, 0);
        tls.setQuery(QStringLiteral("colour=blue"));
        r = finish(startCtl(list, {}, tls.toString()));
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains("“colour” is not a connection parameter"), r.err.constData());

        KeychainSecretStore keychain(QString::fromLatin1(AppInfo::KeychainService));
        QVERIFY(!test::await(keychain.remove(LocalBackend::passwordKey(url)), 20000));

        // The window, opened on a URL with its password, offers to keep it in the keychain.
        auto backend = openBackend();
        MainWindow window(*backend);
        window.reloadNavigation(QStringLiteral("acme"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *keepButton = window.findChild<QPushButton *>(QStringLiteral("keepPasswordButton"));
        QVERIFY(keepButton && keepButton->isVisible());
        window.grab().save(test::screenshotPath(QStringLiteral("team-keep-password.png")));
        QTest::mouseClick(keepButton, Qt::LeftButton);
        QTRY_VERIFY(!keepButton->isVisible());
        QCOMPARE(test::await(keychain.read(LocalBackend::passwordKey(url)), 20000).secret,
                 password);
        QCOMPARE(finish(startCtl(list, {}, url)).code, 0);
        QVERIFY(!test::await(keychain.remove(LocalBackend::passwordKey(url)), 20000));
        // Without a password in the URL, nothing is offered.
        LocalBackend bareBackend(url);
        MainWindow plain(bareBackend);
        QVERIFY(!plain.findChild<QPushButton *>(QStringLiteral("keepPasswordButton")));
    }

    void theWindowAsksForATeammatesSecret_data() { engines_data(); }
    void theWindowAsksForATeammatesSecret()
    {
        test::LocalReceiver receiver;
        QVERIFY(receiver.listen());
        QByteArray signature;
        QByteArray body;
        connect(&receiver, &test::LocalReceiver::requestReceived, this,
                [&](const test::LocalReceiver::Request &request) {
                    signature = request.headers.value("pulumi-webhook-signature");
                    body = request.body;
                });
        QCOMPARE(newWebhook(QStringLiteral("bea-signed"), receiver.url(), "bea-secret\n").code, 0);
        auto backend = openBackend();
        const WebhookRef ref{Acme, QStringLiteral("bea-signed")};
        // ana's keychain does not have bea's secret (one keyring serves both here).
        test::SeedDatabase seed(m_location);
        const auto stored = seed.webhooks.byRef(ref);
        QVERIFY(stored);
        KeychainSecretStore keychain(QString::fromLatin1(AppInfo::KeychainService));
        QVERIFY(!test::await(keychain.remove(stored->uid), 20000));

        MainWindow window(*backend);
        window.resize(1100, 700);
        window.reloadNavigation(QStringLiteral("acme"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WebhooksPage *page = window.webhooksPage();
        QTRY_COMPARE(page->table()->model()->rowCount(), 1);
        page->selectWebhook(ref);
        QTRY_VERIFY(page->selectedWebhook().has_value());
        page->pingWebhook();

        SecretPromptDialog *prompt = nullptr;
        QTRY_VERIFY((prompt = window.findChild<SecretPromptDialog *>()) && prompt->isVisible());
        const QString said =
            prompt->findChild<QLabel *>(QStringLiteral("explanationLabel"))->text();
        QVERIFY2(said.contains(QStringLiteral("is not in your keychain (bea set it on")),
                 qPrintable(said));
        QVERIFY(receiver.requests().isEmpty()); // nothing unsigned went out
        // The page says what happened, with no empty answer box (nothing was sent).
        QTRY_VERIFY(page->findChild<QLabel *>(QStringLiteral("resultLabel"))
                        ->text()
                        .contains(QStringLiteral("is not in your keychain")));
        QVERIFY(!page->findChild<QWidget *>(QStringLiteral("responseView"))->isVisible());
        auto *keep = prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

        // A wrong one: refused next to the field, the dialog stays.
        QTest::keyClicks(prompt->secretEdit(), QStringLiteral("a-guess"));
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY(prompt->errorLabel()->isVisible());
        QVERIFY2(prompt->errorLabel()->text().contains(QStringLiteral("This is not the secret")),
                 qPrintable(prompt->errorLabel()->text()));
        QVERIFY(prompt->isVisible());
        window.grab().save(test::screenshotPath(QStringLiteral("team-secret-prompt.png")));
        prompt->grab().save(test::screenshotPath(QStringLiteral("team-secret-prompt-dialog.png")));

        // The right one: kept, and the ping goes out signed with it.
        prompt->secretEdit()->clear();
        QTest::keyClicks(prompt->secretEdit(), QStringLiteral("bea-secret"));
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signature.isEmpty(), 15000);
        QCOMPARE(signature,
                 QMessageAuthenticationCode::hash(body, "bea-secret", QCryptographicHash::Sha256)
                     .toHex());
        QCOMPARE(test::await(keychain.read(stored->uid), 20000).secret,
                 QStringLiteral("bea-secret"));
    }

    void theFormShowsWhatSomeoneElseSaved_data() { engines_data(); }
    void theFormShowsWhatSomeoneElseSaved()
    {
        QCOMPARE(newWebhook(QStringLiteral("form"), QStringLiteral("http://127.0.0.1:9/x")).code,
                 0);
        auto backend = openBackend();
        const WebhookRef ref{Acme, QStringLiteral("form")};
        const Webhook opened = test::await(backend->webhook(ref)).value;
        QWidget parent;
        WebhookDialog dialog(*backend, opened, &parent);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *provenance = dialog.findChild<QLabel *>(QStringLiteral("provenanceLabel"));
        QVERIFY(provenance && provenance->isVisible());
        QVERIFY2(provenance->text().startsWith(QStringLiteral("Created by bea")),
                 qPrintable(provenance->text()));

        QCOMPARE(
            ctl({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("acme/form"),
                 QStringLiteral("--display-name"), QStringLiteral("Bea's name")})
                .code,
            0);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("payloadUrlEdit"));
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:9/ana"));
        dialog.accept();
        auto *banner = dialog.findChild<QLabel *>(QStringLiteral("bannerLabel"));
        QTRY_VERIFY(banner->isVisible() &&
                    banner->text().contains(QStringLiteral("changed by bea")));
        QVERIFY(dialog.isVisible());
        // Bea's values are in the form now; nothing of ana's was saved.
        QTRY_COMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"))->text(),
                     QStringLiteral("Bea's name"));
        QCOMPARE(test::await(backend->webhook(ref)).value.payloadUrl,
                 QStringLiteral("http://127.0.0.1:9/x"));
        dialog.grab().save(test::screenshotPath(QStringLiteral("team-edit-conflict.png")));
        // Saving again, on top of them, works.
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:9/ana"));
        dialog.accept();
        QTRY_VERIFY(!dialog.isVisible());
        const Webhook saved = test::await(backend->webhook(ref)).value;
        QCOMPARE(saved.displayName, QStringLiteral("Bea's name"));
        QCOMPARE(saved.payloadUrl, QStringLiteral("http://127.0.0.1:9/ana"));
        QCOMPARE(saved.updatedBy, QStringLiteral("ana"));
    }

    void theNameInPreferencesIsWhoDidIt()
    {
        PreferencesDialog preferences;
        auto *name = preferences.findChild<QLineEdit *>(QStringLiteral("identityEdit"));
        QVERIFY(name);
        QCOMPARE(name->placeholderText(), QStringLiteral("ana")); // $WEBHOOK_CONSOLE_USER
        name->setText(QStringLiteral("Ana Lima"));
        preferences.accept();
        QCOMPARE(Settings::identity(), QStringLiteral("Ana Lima"));
        Settings::setIdentityName({});
        QCOMPARE(Settings::identity(), QStringLiteral("ana"));
    }

    void aTeammatesSecretIsAskedForAndChecked_data() { engines_data(); }
    void aTeammatesSecretIsAskedForAndChecked()
    {
        test::LocalReceiver receiver;
        QVERIFY(receiver.listen());
        QByteArray signature;
        QByteArray body;
        connect(&receiver, &test::LocalReceiver::requestReceived, this,
                [&](const test::LocalReceiver::Request &request) {
                    signature = request.headers.value("pulumi-webhook-signature");
                    body = request.body;
                });
        const auto signedWith = [&](const QByteArray &secret) {
            return signature ==
                   QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256)
                       .toHex();
        };

        // ana sets the secret in her window.
        auto backend = openBackend();
        WebhookDraft d;
        d.scope = Acme;
        d.name = QStringLiteral("signed");
        d.displayName = QStringLiteral("Signed");
        d.payloadUrl = receiver.url();
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("ana-secret-1");
        const Result<Webhook> made = test::await(backend->create(d));
        QVERIFY(!made.error);
        QCOMPARE(made.value.secretChangedBy, QStringLiteral("ana"));

        // The database holds a fingerprint, never the secret.
        test::SeedDatabase seed(m_location);
        QVERIFY(seed.opened);
        const auto stored = seed.webhooks.byRef(made.value.ref());
        QVERIFY(stored);
        QVERIFY(stored->secretFingerprint.startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(!stored->secretFingerprint.contains(QStringLiteral("ana-secret-1")));

        // bea's keychain does not have it (one keyring serves both here: take the entry out).
        KeychainSecretStore keychain(QString::fromLatin1(AppInfo::KeychainService));
        QVERIFY(!test::await(keychain.remove(stored->uid), 20000));
        Run r =
            ctl({QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/signed")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("is not in your keychain (ana set it on"), r.err.constData());
        QVERIFY2(r.err.contains("--secret-stdin"), r.err.constData());

        // A wrong one is refused and not kept.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/signed"),
                 QStringLiteral("--secret-stdin")},
                "a-guess\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--secret-stdin: This is not the secret of “Signed”"),
                 r.err.constData());
        QCOMPARE(test::await(keychain.read(stored->uid), 20000).error.code, Error::Code::NotFound);

        // The right one: checked, kept in bea's keychain, and the ping signed with it.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/signed"),
                 QStringLiteral("--secret-stdin")},
                "ana-secret-1\n");
        QCOMPARE(r.code, 0);
        QVERIFY(signedWith("ana-secret-1"));
        QCOMPARE(test::await(keychain.read(stored->uid), 20000).secret,
                 QStringLiteral("ana-secret-1"));
        r = ctl({QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/signed")});
        QCOMPARE(r.code, 0);

        // ana rotates it; bea's keychain still holds the old one.
        WebhookDraft rotate =
            WebhookDraft::from(test::await(backend->webhook(made.value.ref())).value);
        rotate.secretChange = WebhookDraft::SecretChange::Set;
        rotate.secret = QStringLiteral("ana-secret-2");
        QVERIFY(!test::await(backend->update(made.value.ref(), rotate)).error);
        QVERIFY(!test::await(keychain.write(stored->uid, QStringLiteral("ana-secret-1")), 20000));
        r = ctl({QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/signed")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("was changed by ana on"), r.err.constData());
        QVERIFY2(r.err.contains("Enter the new one"), r.err.constData());
        r = ctl({QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/signed"),
                 QStringLiteral("--secret-stdin")},
                "ana-secret-2\n");
        QCOMPARE(r.code, 0);
        QVERIFY(signedWith("ana-secret-2"));

        // Who did what, for scripts.
        r = ctl({QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("get"),
                 QStringLiteral("acme/signed")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(u"createdBy").toString(), QStringLiteral("ana"));
        QCOMPARE(o.value(u"updatedBy").toString(), QStringLiteral("ana"));
        QCOMPARE(o.value(u"secretChangedBy").toString(), QStringLiteral("ana"));
        QVERIFY(o.value(u"version").toInteger() >= 2);
        QVERIFY(!QJsonDocument(o).toJson().contains("ana-secret"));

        // A check is marked in the keychain beside the secret (never the secret itself): later
        // commands read the mark instead of deriving the fingerprint again, a tenth of a second
        // each. Only the secret makes the mark of a fingerprint.
        const auto markOf = [](const QString &fingerprint, const QString &secret) {
            return QString::fromLatin1(
                QMessageAuthenticationCode::hash("webhook-console verified " + fingerprint.toUtf8(),
                                                 secret.toUtf8(), QCryptographicHash::Sha256)
                    .toBase64());
        };
        const QString markKey = stored->uid + QStringLiteral("#verified");
        const auto rotated = seed.webhooks.byRef(made.value.ref());
        QVERIFY(rotated);
        QCOMPARE(test::await(keychain.read(markKey), 20000).secret,
                 markOf(rotated->secretFingerprint, QStringLiteral("ana-secret-2")));
        // The mark is what later commands go by: with one for another fingerprint they check
        // again, and refuse a secret that fingerprint was not made of…
        const QString another =
            SecretFingerprint::make(QStringLiteral("someone-else"), stored->uid);
        QVERIFY(!seed.db.exec(QStringLiteral("UPDATE webhooks SET secret_fingerprint = '%1'"
                                             " WHERE uid = '%2'")
                                  .arg(another, stored->uid),
                              QStringLiteral("replace the fingerprint")));
        r = ctl({QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/signed")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("was changed by ana on"), r.err.constData());
        // … while the mark of this very secret and fingerprint stands for the check.
        QVERIFY(!test::await(
            keychain.write(markKey, markOf(another, QStringLiteral("ana-secret-2"))), 20000));
        r = ctl({QStringLiteral("webhook"), QStringLiteral("ping"), QStringLiteral("acme/signed")});
        QCOMPARE(r.code, 0);
        QVERIFY(signedWith("ana-secret-2"));

        // Removing the webhook takes the mark out of the keychain with the secret.
        r = ctl({QStringLiteral("webhook"), QStringLiteral("rm"), QStringLiteral("acme/signed")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(test::await(keychain.read(stored->uid), 20000).error.code, Error::Code::NotFound);
        QCOMPARE(test::await(keychain.read(markKey), 20000).error.code, Error::Code::NotFound);
    }
};

QTEST_MAIN(TestTeam)
#include "tst_team.moc"
