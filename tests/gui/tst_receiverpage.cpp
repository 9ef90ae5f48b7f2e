#include "AppInfo.h"
#include "Formatting.h"
#include "MainWindow.h"
#include "ReceiverPage.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace wc;
using namespace wc::gui;

namespace {

/// The Pulumi-Webhook-Signature @octokit/webhooks-methods makes (tests/js/signatures.js
/// sign), never the console's code.
QByteArray signWithLibrary(const QString &secret, const QByteArray &body)
{
    const QString node = qEnvironmentVariable("WEBHOOK_CONSOLE_NODE");
    if (node.isEmpty())
        qFatal("WEBHOOK_CONSOLE_NODE is not set: run through CTest (tests/CMakeLists.txt)");
    QProcess run;
    run.start(node, {qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR") +
                         QStringLiteral("/tests/js/signatures.js"),
                     QStringLiteral("sign")});
    if (!run.waitForStarted(10000))
        qFatal("cannot run node (%s): %s", qPrintable(node), qPrintable(run.errorString()));
    run.write(
        QJsonDocument(QJsonObject{{QStringLiteral("scheme"), QStringLiteral("pulumi")},
                                  {QStringLiteral("secret"), secret},
                                  {QStringLiteral("id"), QStringLiteral("msg")},
                                  {QStringLiteral("timestamp"), 0},
                                  {QStringLiteral("body"), QString::fromLatin1(body.toBase64())}})
            .toJson(QJsonDocument::Compact));
    run.closeWriteChannel();
    if (!run.waitForFinished(30000) || run.exitCode() != 0)
        qFatal("signatures.js sign failed: %s", run.readAllStandardError().constData());
    const QByteArray signature = QJsonDocument::fromJson(run.readAllStandardOutput())
                                     .object()
                                     .value("headers")
                                     .toObject()
                                     .value("Pulumi-Webhook-Signature")
                                     .toString()
                                     .toLatin1();
    if (signature.isEmpty())
        qFatal("signatures.js sign gave no Pulumi-Webhook-Signature");
    return signature;
}

const QByteArray DeployBody =
    R"({"kind":"stack_update","organization":{"githubLogin":"acme-corp"},"stackName":"web/production","updateKind":"update","result":"succeeded","resources":{"create":2,"update":5,"same":118}})";

} // namespace

// The Receiver page in a real window under Xvfb, on a real backend (an SQLite file, secrets in
// the private keyring): requests over real HTTP, signed by Pulumi's scheme's reference library
// and by the console itself, as the user sees them.
class TestReceiverPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<ReceiverPage> m_page;
    QNetworkAccessManager m_nam;
    Webhook m_webhook; ///< Pulumi's scheme, with a secret
    Webhook m_plain;   ///< no secret

    template <typename T> T *child(const char *name) { return test::child<T>(m_page.get(), name); }

    struct Answer
    {
        int status = 0;
        qint64 elapsedMs = 0;
        /// The page showed the request while the client still waited.
        bool shownBeforeAnswer = false;
    };

    Answer send(const HttpHeaders &headers, const QByteArray &body,
                const QString &path = QStringLiteral("/pulumi/events"))
    {
        Answer a;
        QNetworkRequest request(QUrl(m_page->url()).resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        const int before = m_page->requestModel()->rowCount();
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = m_nam.post(request, body);
        const auto c = connect(
            m_page.get(), &ReceiverPage::requestReceived, this,
            [&a, reply](const ReceivedRequest &) { a.shownBeforeAnswer = !reply->isFinished(); });
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            qFatal("the receiver never answered");
        disconnect(c);
        a.elapsedMs = clock.elapsed();
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (m_page->requestModel()->rowCount() != before + 1)
            qFatal("the request is not in the list");
        return a;
    }

    QString cell(int row, int column)
    {
        return m_page->table()->model()->index(row, column).data().toString();
    }

    void chooseWebhook(const Webhook &webhook)
    {
        auto *combo = child<QComboBox>("webhookCombo");
        QSignalSpy ready(m_page.get(), &ReceiverPage::verificationReady);
        const int index = combo->findText(webhook.ref().toString(), Qt::MatchEndsWith);
        QVERIFY(index > 0);
        if (combo->currentIndex() != index) {
            combo->setCurrentIndex(index);
            QTRY_VERIFY(ready.count() > 0);
        }
        QCOMPARE(m_page->verifyingWebhook(), std::optional<WebhookRef>(webhook.ref()));
    }

    void search(const QString &text)
    {
        auto *edit = child<QLineEdit>("searchEdit");
        edit->clear();
        if (!text.isEmpty())
            QTest::keyClicks(edit, text);
        QTest::qWait(300); // the search waits for typing to pause
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY2(!qEnvironmentVariableIsEmpty("WEBHOOK_CONSOLE_NODE"),
                 "node is needed (the schemes' reference libraries): run through CTest");
        m_backend = std::make_unique<LocalBackend>(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        QVERIFY(!test::await(m_backend->addOrganization(QStringLiteral("acme-corp"))));
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme-corp"));
        d.name = QStringLiteral("deploy-notifier");
        d.displayName = QStringLiteral("Deploy notifier");
        d.payloadUrl = QStringLiteral("https://hooks.example.com/pulumi");
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("receiver-page-secret");
        const Result<Webhook> created = test::await(m_backend->create(d), 15000);
        QVERIFY2(!created.error, qPrintable(created.error.message));
        m_webhook = created.value;
        d.name = QStringLiteral("audit-log");
        d.displayName = QStringLiteral("Audit log");
        d.secretChange = WebhookDraft::SecretChange::Keep;
        d.secret.clear();
        const Result<Webhook> plain = test::await(m_backend->create(d), 15000);
        QVERIFY2(!plain.error, qPrintable(plain.error.message));
        m_plain = plain.value;

        m_page = std::make_unique<ReceiverPage>(*m_backend);
        new QAbstractItemModelTester(m_page->requestModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_page.get());
        new QAbstractItemModelTester(m_page->table()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_page.get());
        m_page->resize(1180, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_backend.reset();
    }

    void offersEveryWebhookAndNoneFirst()
    {
        auto *combo = child<QComboBox>("webhookCombo");
        QTRY_COMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(0), QStringLiteral("(none: show requests only)"));
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(combo->findText(QStringLiteral("Deploy notifier — acme-corp/deploy-notifier")) > 0);
        QVERIFY(!child<QPushButton>("pointButton")->isEnabled());
        QCOMPARE(child<QSpinBox>("portSpin")->text(), QStringLiteral("Automatic"));
        QVERIFY(child<QLabel>("emptyLabel")->isVisible());
        QVERIFY(child<QLabel>("emptyLabel")->text().startsWith(QStringLiteral("No requests yet.")));
        // Every mnemonic reaches one control.
        const QStringList clashes = test::mnemonicClashes(m_page.get());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void aPortInUseIsSaidNextToThePort()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        auto *port = child<QSpinBox>("portSpin");
        port->setValue(taken.serverPort());
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        auto *error = child<QLabel>("portError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("Port %1 is in use: choose another or let the console pick one.")
                     .arg(taken.serverPort()));
        QVERIFY(!m_page->isListening());
        QCOMPARE(child<QPushButton>("startButton")->text(), QStringLiteral("&Start"));
        m_page->grab().save(test::screenshotPath(QStringLiteral("receiver-port-in-use.png")));
        // Another port clears it.
        port->setValue(0);
        QVERIFY(!error->isVisible());
    }

    void startsOnAnAutomaticPort()
    {
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        QVERIFY(m_page->isListening());
        QVERIFY(m_page->url().startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(child<QLabel>("urlLabel")->text(), m_page->url());
        QCOMPARE(child<QPushButton>("startButton")->text(), QStringLiteral("&Stop"));
        QVERIFY(!child<QSpinBox>("portSpin")->isEnabled());
        QTest::mouseClick(child<QPushButton>("copyUrlButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), m_page->url());
    }

    void showsRequestsUncheckedWithoutAWebhook()
    {
        const Answer a =
            send({{"Pulumi-Webhook-Signature", signWithLibrary(QStringLiteral("whatever"), "{}")}},
                 "{}");
        QCOMPARE(a.status, 200);
        QCOMPARE(cell(0, ReceivedRequestModel::VerdictColumn), QStringLiteral("– Not checked"));
        QCOMPARE(cell(0, ReceivedRequestModel::MethodColumn), QStringLiteral("POST"));
        QCOMPARE(cell(0, ReceivedRequestModel::PathColumn), QStringLiteral("/pulumi/events"));
        // The first request is shown at once, and the verdict says what it seems signed with.
        QTRY_VERIFY(m_page->selectedRequest());
        QVERIFY2(child<QLabel>("verdictLabel")->text().contains(QStringLiteral("Pulumi signature")),
                 qPrintable(child<QLabel>("verdictLabel")->text()));
    }

    void verifiesWithTheChosenWebhooksSecret()
    {
        chooseWebhook(m_webhook);
        QCOMPARE(child<QLabel>("keysLabel")->text(),
                 QStringLiteral("Checks Pulumi signatures with its current secret."));
        QVERIFY(child<QPushButton>("pointButton")->isEnabled());

        // Signed by @octokit/webhooks-methods with the webhook's secret: valid.
        Answer a = send({{"Pulumi-Webhook-ID", "ab12cd34-valid"},
                         {"Pulumi-Webhook-Kind", "stack_update"},
                         {"Pulumi-Webhook-Signature",
                          signWithLibrary(QStringLiteral("receiver-page-secret"), DeployBody)}},
                        DeployBody);
        QCOMPARE(a.status, 200);
        QCOMPARE(cell(0, ReceivedRequestModel::VerdictColumn), QStringLiteral("✔ Valid"));
        QCOMPARE(cell(0, ReceivedRequestModel::StatusColumn), QStringLiteral("200"));
        m_page->table()->selectRow(0);
        QCOMPARE(child<QLabel>("verdictLabel")->text(),
                 QStringLiteral("✔ Valid: signed with the current secret."));
        // Headers as received, the body pretty-printed.
        auto *headers = child<QPlainTextEdit>("headersView");
        QVERIFY2(
            headers->toPlainText().contains(QStringLiteral("Pulumi-Webhook-Kind: stack_update")),
            qPrintable(headers->toPlainText()));
        auto *body = child<QPlainTextEdit>("bodyView");
        QVERIFY2(body->toPlainText().contains(QStringLiteral("\n    \"kind\": \"stack_update\"")),
                 qPrintable(body->toPlainText()));
        QTest::mouseClick(child<QCheckBox>("rawCheck"), Qt::LeftButton);
        QCOMPARE(body->toPlainText(), QString::fromUtf8(DeployBody));
        QTest::mouseClick(child<QCheckBox>("rawCheck"), Qt::LeftButton);

        // Another secret: invalid, and why.
        a = send({{"Pulumi-Webhook-ID", "ab12cd34-wrong"},
                  {"Pulumi-Webhook-Signature",
                   signWithLibrary(QStringLiteral("an old secret"), DeployBody)}},
                 DeployBody);
        QCOMPARE(cell(0, ReceivedRequestModel::VerdictColumn), QStringLiteral("✘ Wrong secret"));
        m_page->table()->selectRow(0);
        QCOMPARE(child<QLabel>("verdictLabel")->text(),
                 QStringLiteral("✘ Invalid: the signature was not made with the current secret."));

        // Unsigned.
        a = send({}, R"({"hello":"world"})", QStringLiteral("/other?x=1"));
        QCOMPARE(cell(0, ReceivedRequestModel::VerdictColumn), QStringLiteral("○ Unsigned"));
        QCOMPARE(cell(0, ReceivedRequestModel::PathColumn), QStringLiteral("/other?x=1"));
    }

    void theConsolesOwnPingIsValidAndAChangedBodyIsTold()
    {
        chooseWebhook(m_webhook);
        WebhookDraft draft = WebhookDraft::from(m_webhook);
        draft.payloadUrl = m_page->url() + QStringLiteral("pulumi/events");
        const Result<Webhook> pointed = test::await(m_backend->update(m_webhook.ref(), draft));
        QVERIFY2(!pointed.error, qPrintable(pointed.error.message));
        m_webhook = pointed.value;
        QSignalSpy shown(m_page.get(), &ReceiverPage::requestReceived);
        const Result<Delivery> ping = test::await(m_backend->ping(m_webhook.ref()), 15000);
        QVERIFY2(!ping.error, qPrintable(ping.error.message));
        QVERIFY2(ping.value.succeeded(), qPrintable(ping.value.outcomeText()));
        QTRY_COMPARE(shown.count(), 1);
        const auto received = shown.first().first().value<ReceivedRequest>();
        QVERIFY2(received.verdict.valid(), qPrintable(received.verdict.text));
        QCOMPARE(cell(0, ReceivedRequestModel::VerdictColumn), QStringLiteral("✔ Valid"));
        // The sender's history reads the receiver's answer.
        QCOMPARE(
            QJsonDocument::fromJson(ping.value.responseBody).object().value("signature").toString(),
            QStringLiteral("valid"));

        // The same delivery with a body changed on the way: the console knows what it sent.
        const QByteArray changed = received.body + "\n";
        send({{"Pulumi-Webhook-ID", received.header("Pulumi-Webhook-ID")},
              {"Pulumi-Webhook-Signature", received.header("Pulumi-Webhook-Signature")}},
             changed);
        QCOMPARE(cell(0, ReceivedRequestModel::VerdictColumn), QStringLiteral("✘ Body changed"));
    }

    void answersTheChosenStatusAfterTheDelay()
    {
        auto *status = child<QComboBox>("statusCombo");
        status->setCurrentIndex(status->findData(500));
        child<QSpinBox>("delaySpin")->setValue(300);
        const Answer a = send({}, "{}");
        QCOMPARE(a.status, 500);
        QVERIFY2(a.elapsedMs >= 300, qPrintable(QString::number(a.elapsedMs)));
        QVERIFY(a.shownBeforeAnswer);
        QTRY_COMPARE(cell(0, ReceivedRequestModel::StatusColumn), QStringLiteral("500"));

        // Any status can be typed; one out of range is said and not used.
        child<QSpinBox>("delaySpin")->setValue(0);
        status->setFocus();
        status->lineEdit()->selectAll();
        QTest::keyClicks(status->lineEdit(), QStringLiteral("418"));
        QCOMPARE(send({}, "{}").status, 418);
        status->lineEdit()->selectAll();
        QTest::keyClicks(status->lineEdit(), QStringLiteral("99"));
        QVERIFY(child<QLabel>("statusError")->isVisible());
        QCOMPARE(send({}, "{}").status, 418);
        status->setCurrentIndex(status->findData(200));
        QVERIFY(!child<QLabel>("statusError")->isVisible());
        QCOMPARE(send({}, "{}").status, 200);
    }

    void searchFiltersTheList()
    {
        const int all = m_page->requestModel()->rowCount();
        QVERIFY(all >= 8);
        search(QStringLiteral("wrong secret")); // the verdict
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        search(QStringLiteral("ab12cd34")); // a header's value
        QCOMPARE(m_page->table()->model()->rowCount(), 2);
        search(QStringLiteral("HELLO")); // the body, in any case
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        search(QStringLiteral("/other")); // the path
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("1 of %1").arg(all));
        search(QStringLiteral("no such thing anywhere"));
        QCOMPARE(m_page->table()->model()->rowCount(), 0);
        QVERIFY(child<QLabel>("emptyLabel")->isVisible());
        QCOMPARE(child<QLabel>("emptyLabel")->text(),
                 QStringLiteral("No request matches “no such thing anywhere”."));
        search({});
        QCOMPARE(m_page->table()->model()->rowCount(), all);
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("%1 requests").arg(all));
    }

    void screenshot()
    {
        // The wrong-secret request selected: its verdict in words.
        search(QStringLiteral("wrong"));
        m_page->table()->selectRow(0);
        search({});
        QVERIFY(m_page->selectedRequest());
        QCOMPARE(m_page->selectedRequest()->verdict.reason, SignatureVerdict::Reason::WrongSecret);
        QTest::qWait(100);
        QVERIFY(m_page->grab().save(test::screenshotPath(QStringLiteral("receiver-page.png"))));
        search(QStringLiteral("ab12cd34-valid"));
        m_page->table()->selectRow(0);
        search({});
        QTest::qWait(100);
        QVERIFY(m_page->grab().save(test::screenshotPath(QStringLiteral("receiver-valid.png"))));
        // A small window: everything still there, nothing cut.
        const QSize size = m_page->size();
        m_page->resize(m_page->minimumSizeHint().expandedTo(QSize(860, 560)));
        QTest::qWait(100);
        QVERIFY(m_page->grab().save(test::screenshotPath(QStringLiteral("receiver-small.png"))));
        m_page->resize(size);
    }

    void pointsAWebhookHere()
    {
        chooseWebhook(m_plain);
        QCOMPARE(child<QLabel>("keysLabel")->text(),
                 QStringLiteral("It has no secret: signed requests are shown but cannot be "
                                "checked."));
        m_page->stop();
        QVERIFY(!m_page->isListening());
        QSignalSpy point(m_page.get(), &ReceiverPage::pointWebhookHere);
        QTest::mouseClick(child<QPushButton>("pointButton"), Qt::LeftButton);
        // One click: it listens, and asks for the webhook to send here.
        QVERIFY(m_page->isListening());
        QCOMPARE(point.count(), 1);
        QCOMPARE(point.first().at(0).value<WebhookRef>(), m_plain.ref());
        QCOMPARE(point.first().at(1).toString(), m_page->url());
    }

    void clearEmptiesTheList()
    {
        QVERIFY(m_page->requestModel()->rowCount() > 0);
        QSignalSpy cleared(m_page.get(), &ReceiverPage::cleared);
        QTest::mouseClick(child<QPushButton>("clearButton"), Qt::LeftButton);
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(m_page->requestModel()->rowCount(), 0);
        QCOMPARE(m_page->table()->model()->rowCount(), 0);
        QVERIFY(child<QLabel>("emptyLabel")->isVisible());
        QVERIFY(!m_page->selectedRequest());
        QVERIFY(!child<QPushButton>("clearButton")->isEnabled());
        // And it goes on receiving.
        QCOMPARE(send({}, "{}").status, 200);
        QCOMPARE(m_page->requestModel()->rowCount(), 1);
    }

    void theWindowKeepsRequestsAndPointsWebhooksHere()
    {
        // In the main window: File → Receiver; what it receives is kept in the database, and
        // a console opened later shows it; Point a webhook here changes the webhook's URL.
        QVERIFY(!test::await(m_backend->clearReceived()).error);
        qint64 keptBefore = 0;
        {
            MainWindow window(*m_backend);
            window.resize(1100, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            test::action(&window, "actionShowReceiver")->trigger();
            ReceiverPage *page = window.receiverPage();
            QTRY_VERIFY(page->isVisible());
            page->start();
            QTRY_VERIFY(page->isListening());
            QNetworkRequest request(QUrl(page->url() + QStringLiteral("kept")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            QNetworkReply *reply = m_nam.post(request, R"({"kept":"in the database"})");
            QTRY_VERIFY(reply->isFinished());
            reply->deleteLater();
            QTRY_COMPARE(
                test::await(m_backend->receivedRequests(QStringLiteral("in the database"), 10))
                    .value.size(),
                1);
            keptBefore = test::await(m_backend->receivedRequests({}, 100)).value.size();
            QVERIFY(
                window.grab().save(test::screenshotPath(QStringLiteral("receiver-window.png"))));

            // One click points the chosen webhook at this receiver.
            auto *combo = test::child<QComboBox>(page, "webhookCombo");
            QTRY_VERIFY(combo->findText(m_plain.ref().toString(), Qt::MatchEndsWith) > 0);
            combo->setCurrentIndex(combo->findText(m_plain.ref().toString(), Qt::MatchEndsWith));
            QTest::mouseClick(test::child<QPushButton>(page, "pointButton"), Qt::LeftButton);
            QTRY_COMPARE(test::await(m_backend->webhook(m_plain.ref())).value.payloadUrl,
                         page->url());
            QTRY_VERIFY(window.statusBar()->currentMessage().contains(page->url()));
        }
        MainWindow later(*m_backend);
        // Read when the Receiver is first opened, not at start-up.
        QCOMPARE(later.receiverPage()->requestModel()->rowCount(), 0);
        later.show();
        test::action(&later, "actionShowReceiver")->trigger();
        QTRY_COMPARE(later.receiverPage()->requestModel()->rowCount(), int(keptBefore));
        QVERIFY(later.grab().save(test::screenshotPath(QStringLiteral("receiver-later.png"))));
        // Clear forgets them in the database too.
        QTest::mouseClick(test::child<QPushButton>(later.receiverPage(), "clearButton"),
                          Qt::LeftButton);
        QTRY_VERIFY(test::await(m_backend->receivedRequests({}, 10)).value.isEmpty());
    }
};

QTEST_MAIN(TestReceiverPage)
#include "tst_receiverpage.moc"
