// Pulumi Cloud in a real window under Xvfb (issue 12): File → Connect to Pulumi Cloud… with a
// token (tested first: who it belongs to, its organizations), the organization marked as Pulumi
// Cloud's in the navigation, a stack's webhooks listed from Pulumi, one created with a secret
// through the form, pinged through Pulumi, and its delivery read on the history page, which
// says Pulumi Cloud sent it and when it was read. Pulumi unreachable: a banner with a retry,
// and the page stays usable.
//
// Real parts: the tests' Pulumi Cloud stand-in behind Prism, a receiver on 127.0.0.1 that
// Pulumi's ping reaches, the keychain of the README's test command, a real database file.
#include "AppInfo.h"
#include "CloudConnectDialog.h"
#include "CopyWebhooksDialog.h"
#include "DeliveryHistoryModel.h"
#include "DeliveryHistoryPage.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "Settings.h"
#include "TestSupport.h"
#include "WebhookBackend.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "WidgetSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageAuthenticationCode>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace wc;
using namespace wc::gui;
using test::child;
using test::LocalReceiver;

class TestCloudWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<WebhookBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    LocalReceiver m_receiver;
    QString m_token;
    int m_prismMark = 0;
    const QString m_org = QStringLiteral("skyco");
    const Scope m_stack =
        Scope::stackScope(QStringLiteral("skyco"), QStringLiteral("web"), QStringLiteral("prod"));
    const QString m_secret = QStringLiteral("window-secret-7");

    WebhooksPage *page() { return m_window->webhooksPage(); }

    QAction *action(const char *name) { return test::action(m_window.get(), name); }

    /// The text of the organization's node in the navigation.
    QString organizationText(const QString &organization)
    {
        const QModelIndex index =
            m_window->nodeFor(Scope::organizationScope(organization), MainWindow::OrganizationNode);
        return index.isValid() ? index.data().toString() : QString();
    }

    void showWebhooks(const Scope &scope)
    {
        QTRY_VERIFY(m_window->nodeFor(scope, MainWindow::WebhooksNode).isValid());
        m_window->selectNode(m_window->nodeFor(scope, MainWindow::WebhooksNode));
        QTRY_VERIFY(!page()->model()->isLoading());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        Settings::clear();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY(m_receiver.listen());
        test::cloud::control(QStringLiteral("/_control/reset"));
        m_prismMark = test::cloud::mark();
        test::cloud::addStack(m_stack);
        m_token = test::cloud::addUser(QStringLiteral("sam"), {m_org, QStringLiteral("otherco")});

        m_backend = WebhookBackend::create(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        QVERIFY(!test::await(m_backend->addOrganization(QStringLiteral("lab"))));
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1024, 700);
        QSignalSpy reloaded(m_window.get(), &MainWindow::navigationReloaded);
        m_window->reloadNavigation(QStringLiteral("lab"));
        QVERIFY(reloaded.wait(10000));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_backend.reset();
        // The token went to the keychain only: not the database, the settings or any file.
        int files = 0;
        QStringList roots{m_dir.path()};
        QStandardPaths::setTestModeEnabled(false);
        roots << QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
              << QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QStandardPaths::setTestModeEnabled(true);
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.contains(QLatin1String("/keyrings/")) ||
                    path.endsWith(QLatin1String("credentials.json")))
                    continue; // the keychain itself; the Pulumi CLI's own login
                QFile f(path);
                if (f.open(QIODevice::ReadOnly)) {
                    ++files;
                    QVERIFY2(!f.readAll().contains(m_token.toUtf8()), qPrintable(path));
                }
            }
        }
        QVERIFY(files >= 2);
        const QString violations = test::cloud::violations(m_prismMark);
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
    }

    void offersThePulumiLoginOnlyWithConsent()
    {
        // The Pulumi CLI is logged in on this computer.
        const QString home = m_dir.filePath(QStringLiteral("pulumi-home"));
        QVERIFY(QDir().mkpath(home));
        QFile credentials(home + QStringLiteral("/credentials.json"));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        credentials.write(
            QJsonDocument(QJsonObject{{QStringLiteral("current"), test::cloud::apiUrl()},
                                      {QStringLiteral("accessTokens"),
                                       QJsonObject{{test::cloud::apiUrl(), m_token}}}})
                .toJson());
        credentials.close();
        qputenv("PULUMI_HOME", home.toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("PULUMI_HOME"); });
        bool scripted = false;
        test::onNextDialog<CloudConnectDialog>([&](CloudConnectDialog *dialog) {
            QPushButton *use = nullptr;
            for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->text() == u"Use the Pulumi CLI's login")
                    use = b;
            }
            QVERIFY2(use, "the Pulumi CLI's login is not offered");
            // Declined: nothing is read.
            Prompt::setNextAnswer(QMessageBox::No);
            use->click();
            QVERIFY(Prompt::lastText().contains(QStringLiteral("keychain only")));
            QVERIFY(dialog->tokenEdit()->text().isEmpty());
            QCOMPARE(dialog->apiUrlEdit()->text(), QStringLiteral("https://api.pulumi.com"));
            // Agreed: its URL and token, tested at once.
            Prompt::setNextAnswer(QMessageBox::Yes);
            use->click();
            QCOMPARE(dialog->apiUrlEdit()->text(), test::cloud::apiUrl());
            QCOMPARE(dialog->tokenEdit()->text(), m_token);
            QTRY_COMPARE(dialog->organizationList()->count(), 2);
            dialog->reject();
            scripted = true;
        });
        action("actionConnectCloud")->trigger();
        QVERIFY(scripted);
        QVERIFY(m_backend->cloudConnections().isEmpty()); // cancelled: nothing connected
    }

    void connectsWithATestedToken()
    {
        bool scripted = false;
        test::onNextDialog<CloudConnectDialog>([&](CloudConnectDialog *dialog) {
            QCOMPARE(dialog->apiUrlEdit()->text(), QStringLiteral("https://api.pulumi.com"));
            QVERIFY(!dialog->organizationList()->count());
            QPushButton *connect =
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
            QVERIFY(!connect->isEnabled()); // nothing tested yet

            // A wrong token first: said next to the field, nothing connected.
            dialog->apiUrlEdit()->clear();
            QTest::keyClicks(dialog->apiUrlEdit(), test::cloud::apiUrl());
            QTest::keyClicks(dialog->tokenEdit(), QStringLiteral("pul-wrong"));
            dialog->testButton()->click();
            QTRY_VERIFY(dialog->testButton()->isEnabled());
            const QList<QLabel *> errors =
                dialog->findChildren<QLabel *>(QStringLiteral("fieldError"));
            bool said = false;
            for (const QLabel *l : errors)
                said = said || (l->isVisible() && l->text().contains(QStringLiteral("refused")));
            QVERIFY2(said, "no message says the token was refused");
            QCOMPARE(dialog->organizationList()->count(), 0);

            // The right one: whose it is, and its organizations.
            dialog->tokenEdit()->clear();
            QTest::keyClicks(dialog->tokenEdit(), m_token);
            dialog->testButton()->click();
            QTRY_COMPARE(dialog->organizationList()->count(), 2);
            QVERIFY2(dialog->accountLabel()->text().contains(QStringLiteral("SAM (sam)")),
                     qPrintable(dialog->accountLabel()->text()));
            for (int i = 0; i < 2; ++i) {
                QListWidgetItem *item = dialog->organizationList()->item(i);
                item->setCheckState(item->data(Qt::UserRole).toString() == m_org ? Qt::Checked
                                                                                 : Qt::Unchecked);
            }
            QVERIFY(connect->isEnabled());
            dialog->grab().save(test::screenshotPath(QStringLiteral("cloud-connect.png")));
            connect->click();
            scripted = true;
        });
        action("actionConnectCloud")->trigger();
        QVERIFY(scripted);
        // The navigation tells Pulumi Cloud's organization from the console's own.
        QTRY_COMPARE(organizationText(m_org), QStringLiteral("skyco · Pulumi Cloud"));
        const QModelIndex node =
            m_window->nodeFor(Scope::organizationScope(m_org), MainWindow::OrganizationNode);
        QVERIFY(node.data(Qt::ToolTipRole).toString().contains(test::cloud::apiUrl()));
        QCOMPARE(organizationText(QStringLiteral("lab")), QStringLiteral("lab"));
        QVERIFY(!organizationText(QStringLiteral("otherco")).size());
        QCOMPARE(m_backend->cloudApiUrl(m_org), test::cloud::apiUrl());
    }

    void listsAStacksWebhooksFromPulumi()
    {
        // One made elsewhere (Pulumi Cloud's own pages, say).
        WebhookDraft d;
        d.scope = m_stack;
        d.name = QStringLiteral("existing");
        d.displayName = QStringLiteral("Existing hook");
        d.payloadUrl = m_receiver.url(QStringLiteral("/existing"));
        QVERIFY(!test::await(m_backend->create(d)).error);
        showWebhooks(m_stack);
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QCOMPARE(page()->model()->index(0, 0).data().toString(), QStringLiteral("Existing hook"));
        // The page says where they live.
        QVERIFY2(child<QLabel>(page(), "descriptionLabel")
                     ->text()
                     .contains(QStringLiteral("kept and sent by Pulumi Cloud")),
                 qPrintable(child<QLabel>(page(), "descriptionLabel")->text()));
        // Pulumi Cloud sends no sample events: only pings.
        page()->selectWebhook({m_stack, QStringLiteral("existing")});
        QTRY_VERIFY(child<QPushButton>(page(), "pingButton")->isEnabled());
        QVERIFY(!child<QPushButton>(page(), "sampleButton")->isEnabled());
    }

    void aSlowPulumiKeepsTheWindowResponsive()
    {
        showWebhooks(m_stack);
        QTest::qWait(300); // what the window asked for when it showed the page has arrived
        QVERIFY(!page()->model()->isLoading());
        const int rows = page()->model()->rowCount();
        test::cloud::fault(0, QStringLiteral("/web/prod/hooks"), 2000);
        QElapsedTimer waited;
        waited.start();
        m_window->refresh();
        QTRY_VERIFY(page()->model()->isLoading());
        // Meanwhile the window answers: events are handled within a frame or two.
        int longest = 0;
        while (page()->model()->isLoading() && waited.elapsed() < 10000) {
            QElapsedTimer tick;
            tick.start();
            QTest::qWait(20);
            longest = qMax(longest, int(tick.elapsed()));
        }
        QVERIFY2(waited.elapsed() >= 1500, "the slow answer was not slow");
        QVERIFY2(longest < 500,
                 qPrintable(QStringLiteral("the event loop stalled %1 ms").arg(longest)));
        QTRY_COMPARE(page()->model()->rowCount(), rows);
    }

    void createsOneWithASecretThroughTheForm()
    {
        bool scripted = false;
        test::onNextDialog<WebhookDialog>([&](WebhookDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "displayNameEdit"),
                             QStringLiteral("Window hook"));
            auto *url = child<QLineEdit>(dialog, "payloadUrlEdit");
            url->clear();
            QTest::keyClicks(url, m_receiver.url(QStringLiteral("/window")));
            QTest::keyClicks(child<QLineEdit>(dialog, "secretEdit"), m_secret);
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
            scripted = true;
        });
        child<QPushButton>(page(), "createButton")->click();
        QVERIFY(scripted);
        QTRY_COMPARE(page()->model()->rowCount(), 2);
        // Pulumi holds the secret; the console shows only that there is one.
        const QJsonArray hooks =
            test::cloud::control(QStringLiteral("/_control/hooks"), {}, "GET").toArray();
        QString stored;
        for (const QJsonValue &h : hooks) {
            if (h.toObject().value(u"displayName").toString() == u"Window hook")
                stored = h.toObject().value(u"secret").toString();
        }
        QCOMPARE(stored, m_secret);
    }

    void pingsItThroughPulumiAndReadsTheDelivery()
    {
        WebhookRef ref;
        for (int row = 0; row < page()->model()->rowCount(); ++row) {
            const WebhookSummary *s = page()->model()->summaryAt(row);
            if (s && s->webhook.displayName == u"Window hook")
                ref = s->webhook.ref();
        }
        QVERIFY(ref.isValid());
        page()->selectWebhook(ref);
        QTRY_VERIFY(page()->selectedWebhook() && page()->selectedWebhook()->ref() == ref);
        const int before = int(m_receiver.requests().size());
        QSignalSpy finished(page(), &WebhooksPage::pingFinished);
        child<QPushButton>(page(), "pingButton")->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(int(m_receiver.requests().size()), before + 1);
        const LocalReceiver::Request ping = m_receiver.requests().last();
        QCOMPARE(ping.headers.value("pulumi-webhook-signature"),
                 QMessageAuthenticationCode::hash(ping.body, m_secret.toUtf8(),
                                                  QCryptographicHash::Sha256)
                     .toHex());
        auto *result = child<QLabel>(page(), "resultLabel");
        QTRY_VERIFY2(result->text().contains(QStringLiteral("answered 200")),
                     qPrintable(result->text()));
        m_window->grab().save(test::screenshotPath(QStringLiteral("cloud-webhooks.png")));

        // Its history: the ping, request and response, from Pulumi Cloud.
        action("actionShowDeliveries")->trigger();
        DeliveryHistoryPage *history = m_window->historyPage();
        auto *table = child<QTableView>(history, "table");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        auto *source = child<QLabel>(history, "urlLabel");
        QTRY_VERIFY2(source->toolTip().contains(QStringLiteral("sent by Pulumi Cloud")) ||
                         source->text().contains(QStringLiteral("sent by Pulumi Cloud")),
                     qPrintable(source->text()));
        QTRY_VERIFY2(source->toolTip().contains(QStringLiteral("read at")) ||
                         source->text().contains(QStringLiteral("read at")),
                     qPrintable(source->text()));
        table->selectRow(0);
        auto *empty = child<QLabel>(history, "emptyDetailLabel");
        QTRY_VERIFY(!empty->isVisible()); // the request and response are on show
        m_window->grab().save(test::screenshotPath(QStringLiteral("cloud-history.png")));
    }

    void publishesALocalWebhookWithItsSecret()
    {
        const Scope lab =
            Scope::stackScope(QStringLiteral("lab"), QStringLiteral("web"), QStringLiteral("prod"));
        QVERIFY(!test::await(m_backend->addScope(lab)));
        WebhookDraft d;
        d.scope = lab;
        d.name = QStringLiteral("lab-hook");
        d.displayName = QStringLiteral("Lab hook");
        d.payloadUrl = m_receiver.url(QStringLiteral("/lab"));
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("lab-secret-3");
        QVERIFY(!test::await(m_backend->create(d)).error);
        showWebhooks(lab);
        page()->selectWebhook({lab, QStringLiteral("lab-hook")});
        QTRY_VERIFY(action("actionPublish")->isEnabled());
        QVERIFY(!action("actionCopyToLocal")->isEnabled()); // a local webhook
        bool scripted = false;
        test::onNextDialog<CopyWebhooksDialog>([&](CopyWebhooksDialog *dialog) {
            // It says the secrets go, and to which organization.
            QVERIFY(dialog->findChild<QLabel *>() != nullptr);
            QCOMPARE(dialog->targetBox()->currentText(), m_org);
            QCOMPARE(dialog->webhookList()->item(0)->checkState(), Qt::Checked);
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
            QTRY_VERIFY(dialog->reportLabel()->isVisible());
            QVERIFY2(dialog->reportLabel()->text().contains(
                         QStringLiteral("skyco/web/prod/lab-hook: created, with its secret")),
                     qPrintable(dialog->reportLabel()->text()));
            dialog->grab().save(test::screenshotPath(QStringLiteral("cloud-publish.png")));
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Close)->click();
            scripted = true;
        });
        action("actionPublish")->trigger();
        QTRY_VERIFY(scripted);
        QString stored;
        for (const QJsonValue &h :
             test::cloud::control(QStringLiteral("/_control/hooks"), {}, "GET").toArray()) {
            if (h.toObject().value(u"name").toString() == u"lab-hook")
                stored = h.toObject().value(u"secret").toString();
        }
        QCOMPARE(stored, QStringLiteral("lab-secret-3"));
    }

    void copiesToLocalAndAsksForTheSecret()
    {
        showWebhooks(m_stack);
        WebhookRef ref;
        for (int row = 0; row < page()->model()->rowCount(); ++row) {
            const WebhookSummary *s = page()->model()->summaryAt(row);
            if (s && s->webhook.displayName == u"Window hook")
                ref = s->webhook.ref();
        }
        page()->selectWebhook(ref);
        QTRY_VERIFY(action("actionCopyToLocal")->isEnabled());
        QVERIFY(!action("actionPublish")->isEnabled()); // already Pulumi Cloud's
        bool scripted = false;
        test::onNextDialog<CopyWebhooksDialog>([&](CopyWebhooksDialog *dialog) {
            QCOMPARE(dialog->targetBox()->currentText(), QStringLiteral("lab"));
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
            QTRY_VERIFY(dialog->reportLabel()->isVisible());
            QVERIFY2(dialog->reportLabel()->text().contains(QStringLiteral("without its secret")),
                     qPrintable(dialog->reportLabel()->text()));
            // Pulumi kept the secret: the user is asked for it.
            auto *box = child<QGroupBox>(dialog, "secretsBox");
            QTRY_VERIFY(box->isVisible());
            auto *edit = box->findChild<QLineEdit *>();
            QVERIFY(edit);
            QTest::keyClicks(edit, m_secret);
            dialog->grab().save(test::screenshotPath(QStringLiteral("cloud-copy-to-local.png")));
            child<QPushButton>(dialog, "saveSecretsButton")->click();
            QTRY_VERIFY2(dialog->reportLabel()->text().contains(QStringLiteral("Secrets saved")),
                         qPrintable(dialog->reportLabel()->text()));
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Close)->click();
            scripted = true;
        });
        action("actionCopyToLocal")->trigger();
        QTRY_VERIFY(scripted);
        const WebhookRef local{
            Scope::stackScope(QStringLiteral("lab"), QStringLiteral("web"), QStringLiteral("prod")),
            ref.name};
        const Result<Webhook> copied = test::await(m_backend->webhook(local));
        QVERIFY2(!copied.error, qPrintable(copied.error.message));
        QCOMPARE(copied.value.displayName, QStringLiteral("Window hook"));
        QVERIFY(copied.value.hasSecret);
        // The console signs its pings with the secret entered.
        const Result<Delivery> ping = test::await(m_backend->ping(local));
        QVERIFY2(!ping.error, qPrintable(ping.error.message));
        const LocalReceiver::Request sent = m_receiver.requests().last();
        QCOMPARE(sent.headers.value("pulumi-webhook-signature"),
                 QMessageAuthenticationCode::hash(sent.body, m_secret.toUtf8(),
                                                  QCryptographicHash::Sha256)
                     .toHex());
    }

    void exportsAPulumiProgram()
    {
        showWebhooks(m_stack);
        const QString path = m_dir.filePath(QStringLiteral("Pulumi.yaml"));
        bool shown = false;
        // The webhooks to export (the one selected, or all), then the file, then what to run
        // beside it.
        page()->selectWebhook({m_stack, QStringLiteral("existing")});
        QTRY_VERIFY(page()->selectedWebhook().has_value());
        test::onNextDialog<QDialog>([&](QDialog *chooser) {
            QCOMPARE(chooser->objectName(), QStringLiteral("exportChooser"));
            auto *list = child<QListWidget>(chooser, "exportList");
            QCOMPARE(list->count(), 3);
            int checked = 0;
            for (int i = 0; i < list->count(); ++i) {
                // Choose every one with a secret, and "existing" (selected) stays chosen.
                if (list->item(i)->text().contains(u"Window") ||
                    list->item(i)->text().contains(u"Lab"))
                    list->item(i)->setCheckState(Qt::Checked);
                checked += list->item(i)->checkState() == Qt::Checked;
            }
            QCOMPARE(checked, 3);
            test::onNextDialog<QDialog>([&](QDialog *dialog) {
                auto *files = qobject_cast<QFileDialog *>(dialog);
                QVERIFY2(files, "the file dialog did not open after the choice");
                files->selectFile(path);
                test::onNextDialog<QDialog>([&](QDialog *done) {
                    auto *commands =
                        done->findChild<QPlainTextEdit *>(QStringLiteral("secretCommands"));
                    QVERIFY(commands);
                    QVERIFY2(commands->toPlainText().startsWith(
                                 QStringLiteral("pulumi config set --secret")),
                             qPrintable(commands->toPlainText()));
                    done->grab().save(test::screenshotPath(QStringLiteral("cloud-export.png")));
                    shown = true;
                    done->accept();
                });
                dialog->accept();
            });
            chooser->accept();
        });
        action("actionExportProgram")->trigger();
        QTRY_VERIFY(shown);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray yaml = file.readAll();
        QVERIFY(yaml.contains("pulumiservice:index:Webhook"));
        QVERIFY(!yaml.contains(m_secret.toUtf8()));
    }

    void aRefusedTokenAsksForANewOne()
    {
        auto *banner = child<QLabel>(m_window.get(), "connectionBanner");
        test::cloud::fault(401, QStringLiteral("/web/prod/hooks"));
        showWebhooks(m_stack);
        m_window->refresh();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("refused the access token")),
                 qPrintable(banner->text()));
        bool asked = false;
        test::onNextDialog<CloudConnectDialog>([&](CloudConnectDialog *dialog) {
            // For this organization, at its URL: only the token is to give.
            QCOMPARE(dialog->apiUrlEdit()->text(), test::cloud::apiUrl());
            QVERIFY(dialog->tokenEdit()->hasFocus());
            QTest::keyClicks(dialog->tokenEdit(), m_token);
            dialog->testButton()->click();
            QTRY_COMPARE(dialog->organizationList()->count(), 2);
            QListWidgetItem *wanted = dialog->organizationList()->item(0);
            if (wanted->data(Qt::UserRole).toString() != m_org)
                wanted = dialog->organizationList()->item(1);
            QCOMPARE(wanted->checkState(), Qt::Checked);
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
            asked = true;
        });
        Q_EMIT banner->linkActivated(QStringLiteral("connect"));
        QVERIFY(asked);
        QTRY_VERIFY(!banner->isVisible());
    }

    void pulumiUnreachableShowsABannerWithARetry()
    {
        auto *banner = child<QLabel>(m_window.get(), "connectionBanner");
        QVERIFY(!banner->isVisible());
        test::cloud::fault(503, QStringLiteral("/web/prod/hooks"));
        showWebhooks(m_stack);
        m_window->refresh();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("HTTP 503")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("href=\"retry\"")));
        m_window->grab().save(test::screenshotPath(QStringLiteral("cloud-unreachable.png")));
        QTRY_VERIFY(!page()->model()->isLoading()); // the page is not left waiting
        // The retry reads again; Pulumi answers; the banner goes.
        Q_EMIT banner->linkActivated(QStringLiteral("retry"));
        QTRY_VERIFY(!banner->isVisible());
        QTRY_COMPARE(page()->model()->rowCount(), 3); // with the one published
    }
};

QTEST_MAIN(TestCloudWindow)
#include "tst_cloudwindow.moc"
