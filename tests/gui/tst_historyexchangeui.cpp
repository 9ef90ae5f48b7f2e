#include "AppInfo.h"
#include "DeliveryHistoryModel.h"
#include "DeliveryHistoryPage.h"
#include "EditAndSendDialog.h"
#include "HistoryExchange.h"
#include "HistoryExportDialog.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "Settings.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageAuthenticationCode>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace wc;
using namespace wc::gui;
using test::LocalReceiver;

// Edit and Send, Export… and Import… on the history page, in a real window under Xvfb: the
// real backend on an SQLite file, the real keychain, real HTTP to receivers on 127.0.0.1, and
// har-validator (tests/js/check-har.js) judging the exported file.
class TestHistoryExchangeUi : public QObject
{
    Q_OBJECT

    static constexpr int BulkCount = 450; ///< deliveries of the webhook exported

    QTemporaryDir m_dir;
    QTemporaryDir m_files; ///< where exports are written
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    LocalReceiver m_receiver; ///< the webhook's payload URL
    LocalReceiver m_dev;      ///< a receiver under development, elsewhere
    const QString m_secret = QStringLiteral("exchange-ui-secret");
    Webhook m_webhook;  ///< pinged for real: Edit and Send starts from its deliveries
    Webhook m_bulk;     ///< a long history, exported
    Webhook m_imported; ///< empty, imported into
    QString m_originalUid;

    DeliveryHistoryPage *page() { return m_window->historyPage(); }

    /// Saves a picture of `widget` once pending layouts and resizes have run, as a user sees it.
    static void shot(QWidget *widget, const QString &name)
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        widget->grab().save(test::screenshotPath(name));
    }
    template <typename T> T *child(const char *name) { return test::child<T>(page(), name); }

    QString cell(int row, int column)
    {
        return page()->table()->model()->index(row, column).data().toString();
    }

    void show(const Webhook &webhook)
    {
        m_window->showHistory(webhook);
        QTRY_VERIFY(page()->isVisible());
        QTRY_VERIFY(page()->webhook() && page()->webhook()->ref() == webhook.ref());
        QTRY_VERIFY(page()->model()->matchCount() >= 0);
    }

    void selectRowOf(const QString &id)
    {
        QTRY_VERIFY(page()->model()->rowOf(id) >= 0);
        page()->table()->selectRow(page()->model()->rowOf(id));
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == id);
    }

    Delivery ping()
    {
        const Result<Delivery> done = test::await(m_backend->ping(m_webhook.ref()), 15000);
        if (done.error)
            qFatal("%s", qPrintable(done.error.message));
        return done.value;
    }

    QByteArray signatureOf(const QByteArray &body) const
    {
        return QMessageAuthenticationCode::hash(body, m_secret.toUtf8(), QCryptographicHash::Sha256)
            .toHex();
    }

    /// Every payload of `ref`'s history, sorted: what two histories share whatever their ids.
    QList<QByteArray> payloadsOf(const WebhookRef &ref)
    {
        DeliveryFilter filter;
        filter.webhook = ref;
        PageRequest request;
        request.limit = 1000;
        request.withBodies = true;
        const Result<HistoryPage> page = test::await(m_backend->history(filter, request));
        if (page.error)
            qFatal("%s", qPrintable(page.error.message));
        QList<QByteArray> out;
        for (const Delivery &d : page.value.rows)
            out << d.payload;
        std::sort(out.begin(), out.end());
        return out;
    }

    /// Runs `script` on the next Edit and Send dialog, opened with the page's button.
    void editAndSend(const std::function<void(EditAndSendDialog *)> &script)
    {
        bool ran = false;
        test::onNextDialog<EditAndSendDialog>([&](EditAndSendDialog *dialog) {
            script(dialog);
            ran = true;
        });
        auto *button = child<QPushButton>("editAndSendButton");
        QVERIFY(button->isEnabled());
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(ran, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QSettings(Settings::fileName(), QSettings::IniFormat).remove(QStringLiteral("historyPage"));
        QVERIFY(m_receiver.listen());
        QVERIFY(m_dev.listen());
        LocalReceiver::Response accepted;
        accepted.status = 202;
        accepted.reason = "Accepted";
        accepted.body = R"({"queued":true})";
        m_dev.setResponse(accepted);

        // A long history, written straight to the database: oldest first, one a minute.
        {
            test::SeedDatabase db(test::databasePath(m_dir));
            QVERIFY(db.opened);
            const StoredWebhook bulk =
                test::insertWebhook(db.webhooks, QStringLiteral("bulk-history"),
                                    m_receiver.url(QStringLiteral("/bulk")));
            const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-BulkCount * 60);
            for (int i = 0; i < BulkCount; ++i) {
                const int code = i % 7 == 3 ? 502 : 200;
                test::insertDelivery(
                    db.deliveries, bulk.id, start.addSecs(i * 60), code,
                    i % 2 ? QStringLiteral("stack_update") : QStringLiteral("ping"),
                    QStringLiteral(R"({"n":%1,"message":"delivery %1 of the long history"})")
                        .arg(i)
                        .toUtf8());
            }
        }
        m_backend = std::make_unique<LocalBackend>(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        QVERIFY(!test::await(m_backend->addOrganization(QStringLiteral("acme"))));
        const Scope acme = Scope::organizationScope(QStringLiteral("acme"));
        const Result<Webhook> bulk =
            test::await(m_backend->webhook(WebhookRef{acme, QStringLiteral("bulk-history")}));
        QVERIFY2(!bulk.error, qPrintable(bulk.error.message));
        m_bulk = bulk.value;

        WebhookDraft d;
        d.scope = acme;
        d.name = QStringLiteral("deploy-notifier");
        d.displayName = QStringLiteral("Deploy notifier");
        d.payloadUrl = m_receiver.url(QStringLiteral("/pulumi/events"));
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = m_secret;
        const Result<Webhook> created = test::await(m_backend->create(d), 15000);
        QVERIFY2(!created.error, qPrintable(created.error.message));
        m_webhook = created.value;
        d.name = QStringLiteral("archive");
        d.displayName = QStringLiteral("Archive");
        d.secretChange = WebhookDraft::SecretChange::Keep;
        d.secret.clear();
        const Result<Webhook> archive = test::await(m_backend->create(d), 15000);
        QVERIFY2(!archive.error, qPrintable(archive.error.message));
        m_imported = archive.value;

        QVERIFY(ping().succeeded());
        QVERIFY(ping().succeeded());

        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1280, 860);
        m_window->reloadNavigation(QStringLiteral("acme"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        show(m_webhook);
        QTRY_COMPARE(page()->model()->matchCount(), qint64(2));
    }

    void actionsFollowTheSelection()
    {
        show(m_webhook);
        page()->table()->clearSelection();
        QTRY_VERIFY(!page()->selectedDelivery());
        auto *edit = child<QPushButton>("editAndSendButton");
        QVERIFY(!edit->isEnabled());
        QVERIFY(!page()->editAndSendAction()->isEnabled());
        QVERIFY(child<QPushButton>("exportButton")->isEnabled());
        QVERIFY(child<QPushButton>("importButton")->isEnabled());
        selectRowOf(page()->model()->deliveryAt(0)->id);
        QTRY_VERIFY(edit->isEnabled());
        QVERIFY(edit->isVisible());
        QVERIFY(!edit->toolTip().isEmpty());

        // The list's context menu has them too, with Redeliver.
        const QRect row = page()->table()->visualRect(page()->model()->index(0, 0));
        Q_EMIT page()->table()->customContextMenuRequested(row.center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = page()->findChild<QMenu *>(QStringLiteral("historyContextMenu"))) &&
                    menu->isVisible());
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts << action->text();
        }
        QCOMPARE(texts, QStringList({QStringLiteral("&Redeliver"), QStringLiteral("Edit and Send…"),
                                     QStringLiteral("E&xport…"), QStringLiteral("Import…")}));
        QVERIFY(menu->actions().at(1)->isEnabled());
        menu->close();

        // From the keyboard: Tab reaches the buttons, and they have keys.
        QVERIFY(edit->focusPolicy() & Qt::TabFocus);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->table()->setFocus();
        bool opened = false;
        test::onNextDialog<EditAndSendDialog>([&](EditAndSendDialog *dialog) {
            opened = true;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(page()->table(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(opened);
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    void editedPayloadAndHeaderReachAnotherReceiver()
    {
        show(m_webhook);
        const Delivery *newest = page()->model()->deliveryAt(0);
        QVERIFY(newest);
        const QString original = newest->id;
        selectRowOf(original);
        m_originalUid = page()->selectedDelivery()->uid;
        const QByteArray edited = R"({"message":"edited by hand","attempt":2})";
        const QString target = m_dev.url(QStringLiteral("/dev/hook"));
        QSignalSpy sent(page(), &DeliveryHistoryPage::editedSent);
        const qsizetype before = m_receiver.requests().size();

        editAndSend([&](EditAndSendDialog *dialog) {
            auto *url = test::child<QLineEdit>(dialog, "urlEdit");
            QCOMPARE(url->text(), m_webhook.payloadUrl);
            QVERIFY(test::child<QRadioButton>(dialog, "signedRadio")->isChecked());
            QVERIFY(test::child<QRadioButton>(dialog, "signedRadio")->text().contains(u"Pulumi"));
            auto *payload = test::child<QPlainTextEdit>(dialog, "payloadEdit");
            QCOMPARE(payload->toPlainText().toUtf8(), page()->selectedDelivery()->payload);
            auto *headers = test::child<QPlainTextEdit>(dialog, "headersEdit");
            QVERIFY2(headers->toPlainText().contains(u"Pulumi-Webhook-Signature: "),
                     qPrintable(headers->toPlainText()));
            QVERIFY(!headers->toPlainText().contains(u'\r'));
            QVERIFY(test::child<QLabel>(dialog, "headersNote")
                        ->text()
                        .contains(QStringLiteral("made afresh when sent")));

            // Broken JSON is said, and does not stop Send.
            payload->setPlainText(QStringLiteral(R"({"message": "edited by hand",})"));
            auto *warning = test::child<QLabel>(dialog, "jsonWarning");
            QTRY_VERIFY(warning->isVisible());
            QVERIFY2(warning->text().startsWith(QStringLiteral("Not valid JSON:")),
                     qPrintable(warning->text()));
            QVERIFY(warning->text().contains(QStringLiteral("line 1")));
            auto *send = test::child<QPushButton>(dialog, "sendButton");
            QVERIFY(send->isEnabled());
            QVERIFY(!test::child<QPushButton>(dialog, "formatJsonButton")->isEnabled());

            // Format JSON indents what parses.
            payload->setPlainText(QString::fromUtf8(edited));
            QTRY_VERIFY(!warning->isVisible());
            test::child<QPushButton>(dialog, "formatJsonButton")->click();
            QVERIFY(payload->toPlainText().contains(u'\n'));
            payload->setPlainText(QString::fromUtf8(edited));

            headers->appendPlainText(QStringLiteral("X-Debug-Run: 42"));
            url->setText(target);
            QTRY_VERIFY(!test::child<QLabel>(dialog, "urlError")->isVisible());
            shot(dialog, QStringLiteral("edit-and-send.png"));
            send->click();
            QVERIFY(dialog->isBusy());
            QCOMPARE(send->text(), QStringLiteral("Sending…"));
        });
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000); // it may end before the script returns
        const Delivery copy = sent.first().first().value<Delivery>();
        QCOMPARE(copy.editedFrom, original);
        QVERIFY2(copy.succeeded(), qPrintable(copy.outcomeText()));
        QCOMPARE(copy.responseCode, 202);

        // The receiver under development got the edited body and header, signed afresh over
        // the edited body; the webhook's own receiver got nothing.
        QCOMPARE(m_dev.requests().size(), 1);
        const LocalReceiver::Request got = m_dev.requests().first();
        QCOMPARE(got.path, QByteArray("/dev/hook"));
        QCOMPARE(got.body, edited);
        QCOMPARE(got.headers.value("x-debug-run"), QByteArray("42"));
        QCOMPARE(got.headers.value("pulumi-webhook-signature"), signatureOf(edited));
        // A new message: its own id, not the original's.
        QCOMPARE(got.headers.value("pulumi-webhook-id"), copy.uid.toUtf8());
        QVERIFY(copy.uid != m_originalUid);
        QCOMPARE(m_receiver.requests().size(), before);

        // The page shows the new delivery, edited from the original, and links back.
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == copy.id);
        auto *link = child<QLabel>("editedFromLink");
        QTRY_VERIFY(link->isVisible());
        QCOMPARE(link->text(),
                 QStringLiteral("✎ Edited from delivery <a href=\"%1\">#%1</a>").arg(original));
        QVERIFY(!child<QLabel>("originalLink")->isVisible());
        QTRY_COMPARE(page()->model()->matchCount(), qint64(3));
        QTRY_VERIFY(page()->model()->rowOf(copy.id) >= 0);
        QCOMPARE(cell(page()->model()->rowOf(copy.id), DeliveryHistoryModel::RedeliveryColumn),
                 QStringLiteral("✎ from #%1").arg(original));
        QTRY_COMPARE(page()->table()->selectionModel()->selectedRows().value(0).row(),
                     page()->model()->rowOf(copy.id));
        QVERIFY(child<QPlainTextEdit>("requestHeadersView")
                    ->toPlainText()
                    .contains(QStringLiteral("X-Debug-Run: 42")));
        shot(m_window.get(), QStringLiteral("edit-and-send-result.png"));

        Q_EMIT link->linkActivated(original);
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == original);
    }

    void unsignedAndWrongSecretChoices()
    {
        show(m_webhook);
        // The newest of the webhook's own pings (not the edited copy).
        QString original;
        for (int row = 0; row < page()->model()->rowCount(); ++row) {
            const Delivery *d = page()->model()->deliveryAt(row);
            if (d->editedFrom.isEmpty()) {
                original = d->id;
                break;
            }
        }
        QVERIFY(!original.isEmpty());
        selectRowOf(original);
        const QByteArray payload = page()->selectedDelivery()->payload;
        QSignalSpy sent(page(), &DeliveryHistoryPage::editedSent);
        const qsizetype before = m_dev.requests().size();

        editAndSend([&](EditAndSendDialog *dialog) {
            test::child<QLineEdit>(dialog, "urlEdit")->setText(m_dev.url(QStringLiteral("/u")));
            test::child<QRadioButton>(dialog, "unsignedRadio")->click();
            QVERIFY(test::child<QLabel>(dialog, "headersNote")
                        ->text()
                        .contains(QStringLiteral("no signature headers")));
            QCOMPARE(dialog->edited().signing, EditedDelivery::Signing::Unsigned);
            test::child<QPushButton>(dialog, "sendButton")->click();
        });
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000);
        QCOMPARE(m_dev.requests().size(), before + 1);
        LocalReceiver::Request got = m_dev.requests().last();
        QCOMPARE(got.body, payload);
        QVERIFY2(!got.headers.contains("pulumi-webhook-signature"),
                 qPrintable(QString::fromUtf8(got.headers.value("pulumi-webhook-signature"))));

        // A wrong secret: signed, but not with the webhook's secret.
        selectRowOf(original);
        editAndSend([&](EditAndSendDialog *dialog) {
            test::child<QLineEdit>(dialog, "urlEdit")->setText(m_dev.url(QStringLiteral("/w")));
            test::child<QRadioButton>(dialog, "wrongSecretRadio")->click();
            test::child<QPushButton>(dialog, "sendButton")->click();
        });
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, 15000);
        QCOMPARE(m_dev.requests().size(), before + 2);
        got = m_dev.requests().last();
        QCOMPARE(got.body, payload);
        const QByteArray signature = got.headers.value("pulumi-webhook-signature");
        QVERIFY(!signature.isEmpty());
        QVERIFY(signature != signatureOf(payload));
    }

    void anInvalidUrlIsSaidNextToItsFieldAndNothingIsSent()
    {
        show(m_webhook);
        selectRowOf(page()->model()->deliveryAt(page()->model()->rowCount() - 1)->id);
        const qsizetype dev = m_dev.requests().size();
        const qsizetype own = m_receiver.requests().size();
        QSignalSpy sent(page(), &DeliveryHistoryPage::editedSent);
        editAndSend([&](EditAndSendDialog *dialog) {
            auto *url = test::child<QLineEdit>(dialog, "urlEdit");
            auto *error = test::child<QLabel>(dialog, "urlError");
            auto *send = test::child<QPushButton>(dialog, "sendButton");
            url->setText(QStringLiteral("ftp://127.0.0.1/hook"));
            QTRY_VERIFY(error->isVisible());
            QCOMPARE(error->text(), QStringLiteral("Use an absolute http:// or https:// URL."));
            QVERIFY(url->property("invalid").toBool());
            QVERIFY(!send->isEnabled());
            // Right under its field.
            const QPoint below = error->mapTo(dialog, QPoint(0, 0));
            const QPoint field = url->mapTo(dialog, QPoint(0, url->height()));
            QVERIFY2(below.y() >= field.y() && below.y() - field.y() < 20,
                     qPrintable(QStringLiteral("%1 %2").arg(below.y()).arg(field.y())));
            QCOMPARE(below.x(), url->mapTo(dialog, QPoint(0, 0)).x());
            url->setText(QStringLiteral("http://127.0.0.1:0/hook"));
            QTRY_VERIFY(error->text().startsWith(QStringLiteral("Port 0")));
            // A header line that is not one is said next to the headers.
            auto *headers = test::child<QPlainTextEdit>(dialog, "headersEdit");
            headers->appendPlainText(QStringLiteral("not a header line"));
            auto *headersError = test::child<QLabel>(dialog, "headersError");
            QTRY_VERIFY(headersError->isVisible());
            QVERIFY2(headersError->text().contains(QStringLiteral("is not a header")),
                     qPrintable(headersError->text()));
            test::child<QPlainTextEdit>(dialog, "payloadEdit")->setPlainText(QStringLiteral("{"));
            QTRY_VERIFY(test::child<QLabel>(dialog, "jsonWarning")->isVisible());
            shot(dialog, QStringLiteral("edit-and-send-errors.png"));
            // Send (by its key, too) sends nothing.
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->isBusy());
            QTest::qWait(300);
            dialog->reject();
        });
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(sent.size(), 0);
        QCOMPARE(m_dev.requests().size(), dev);
        QCOMPARE(m_receiver.requests().size(), own);
    }

    void exportsHarWithProgressAndStaysResponsive()
    {
        show(m_bulk);
        QTRY_COMPARE(page()->model()->matchCount(), qint64(BulkCount));
        const QString path = m_files.filePath(QStringLiteral("bulk.har"));
        QSignalSpy exported(page(), &DeliveryHistoryPage::exported);
        QSignalSpy status(page(), &DeliveryHistoryPage::statusMessage);
        // The event loop's longest pause while the export runs.
        QElapsedTimer tick;
        qint64 longestPause = 0;
        QTimer beat;
        beat.setInterval(10);
        connect(&beat, &QTimer::timeout, this,
                [&] { longestPause = qMax(longestPause, tick.restart()); });
        int progressSteps = 0;
        bool shotTaken = false;
        test::onNextDialog<HistoryExportDialog>([&](HistoryExportDialog *dialog) {
            QCOMPARE(dialog->format(), HistoryFormat::Har);
            QVERIFY(!dialog->onlyCurrentFilter()); // no filter on the page
            QVERIFY(!test::child<QRadioButton>(dialog, "filterRadio")->isEnabled());
            QTRY_COMPARE(test::child<QRadioButton>(dialog, "allRadio")->text(),
                         QStringLiteral("&All deliveries of this webhook (450)"));
            // The suffix follows the format.
            auto *pathEdit = test::child<QLineEdit>(dialog, "pathEdit");
            QVERIFY(pathEdit->text().endsWith(QStringLiteral("bulk-history-deliveries.har")));
            dialog->setFormat(HistoryFormat::JsonLines);
            QVERIFY(pathEdit->text().endsWith(QStringLiteral(".jsonl")));
            dialog->setFormat(HistoryFormat::Har);
            // Signature headers: the warning is said when they are asked for.
            auto *signatures = test::child<QCheckBox>(dialog, "signaturesCheck");
            auto *warning = test::child<QLabel>(dialog, "signatureWarning");
            QVERIFY(!signatures->isChecked());
            QVERIFY(!warning->isVisible());
            const int height = dialog->height();
            signatures->setChecked(true);
            QVERIFY(warning->isVisible());
            QCOMPARE(warning->text(), historySignatureWarning());
            shot(dialog, QStringLiteral("history-export.png"));
            signatures->setChecked(false);
            QCOMPARE(dialog->height(), height); // no empty space where the warning was
            // A folder that is not there is said next to the field.
            dialog->setPath(m_files.filePath(QStringLiteral("nowhere/bulk.har")));
            QTRY_VERIFY(test::child<QLabel>(dialog, "pathError")->isVisible());
            QVERIFY(!test::child<QPushButton>(dialog, "exportButton")->isEnabled());
            dialog->setPath(path);
            QTRY_VERIFY(!test::child<QLabel>(dialog, "pathError")->isVisible());

            test::child<QPushButton>(dialog, "exportButton")->click();
            QVERIFY(dialog->isRunning());
            QVERIFY(dialog->job());
            QCOMPARE(test::child<QPushButton>(dialog, "closeButton")->text(),
                     QStringLiteral("&Cancel"));
            connect(dialog->job(), &HistoryExport::progress, dialog,
                    [&, dialog](qint64 done, qint64 total) {
                        ++progressSteps;
                        QCOMPARE(total, qint64(BulkCount));
                        if (!shotTaken && done >= 200 && done < total) {
                            shotTaken = true;
                            auto *bar = test::child<QProgressBar>(dialog, "progressBar");
                            QCOMPARE(bar->value(), int(done));
                            QCOMPARE(test::child<QLabel>(dialog, "progressLabel")->text(),
                                     QStringLiteral("Exported %1 of 450 deliveries…").arg(done));
                            shot(dialog, QStringLiteral("history-export-progress.png"));
                        }
                    });
            tick.start();
            beat.start();
        });
        child<QPushButton>("exportButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
        beat.stop();
        QCOMPARE(exported.first().at(0).toLongLong(), qint64(BulkCount));
        QCOMPARE(exported.first().at(1).toString(), path);
        QVERIFY2(progressSteps >= 4, qPrintable(QString::number(progressSteps)));
        QVERIFY(shotTaken);
        QVERIFY2(longestPause < 1000, qPrintable(QString::number(longestPause)));
        QVERIFY(!status.isEmpty());
        QCOMPARE(
            status.last().first().toString(),
            QStringLiteral("Exported 450 deliveries to %1.").arg(QDir::toNativeSeparators(path)));
        QTRY_VERIFY(!QApplication::activeModalWidget());

        // har-validator judges the file.
        QVERIFY(QFile::exists(path));
        const QString node = qEnvironmentVariable("WEBHOOK_CONSOLE_NODE");
        const QString source = qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR");
        QVERIFY2(!node.isEmpty() && !source.isEmpty(),
                 "WEBHOOK_CONSOLE_NODE and WEBHOOK_CONSOLE_SOURCE_DIR must be set: run through "
                 "CTest");
        QProcess judge;
        judge.setProcessChannelMode(QProcess::MergedChannels);
        judge.start(node, {source + QStringLiteral("/tests/js/check-har.js"), path});
        QVERIFY2(
            judge.waitForStarted(10000),
            qPrintable(QStringLiteral("cannot run node (%1): %2").arg(node, judge.errorString())));
        QVERIFY(judge.waitForFinished(60000));
        QVERIFY2(judge.exitStatus() == QProcess::NormalExit && judge.exitCode() == 0,
                 qPrintable(QString::fromUtf8(judge.readAll())));
    }

    void cancellingAnExportLeavesNoFile()
    {
        show(m_bulk);
        const QString path = m_files.filePath(QStringLiteral("cancelled.jsonl"));
        bool cancelled = false;
        test::onNextDialog<HistoryExportDialog>([&](HistoryExportDialog *dialog) {
            dialog->setFormat(HistoryFormat::JsonLines);
            dialog->setPath(path);
            test::child<QPushButton>(dialog, "exportButton")->click();
            QVERIFY(dialog->isRunning());
            HistoryExport *job = dialog->job();
            QSignalSpy progress(job, &HistoryExport::progress);
            QVERIFY(progress.wait(20000));
            QVERIFY(progress.last().at(0).toLongLong() < BulkCount);
            test::child<QPushButton>(dialog, "closeButton")->click();
            QVERIFY(job->isCancelled());
            QVERIFY(!dialog->isRunning());
            QVERIFY(dialog->isVisible()); // it stays, saying so
            QCOMPARE(test::child<QLabel>(dialog, "progressLabel")->text(),
                     QStringLiteral("Export cancelled: no file was written."));
            QCOMPARE(test::child<QPushButton>(dialog, "closeButton")->text(),
                     QStringLiteral("&Close"));
            QVERIFY(test::child<QPushButton>(dialog, "exportButton")->isEnabled());
            cancelled = true;
            dialog->reject();
        });
        page()->exportAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 30000);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(!QFile::exists(path));
        // Nothing half-written beside it either: only the finished export is there.
        QCOMPARE(QDir(m_files.path()).entryList(QDir::Files), QStringList{"bulk.har"});
    }

    void importsTheExportIntoAnotherWebhook()
    {
        const QString path = m_files.filePath(QStringLiteral("bulk.har"));
        QVERIFY(QFile::exists(path));
        show(m_imported);
        QTRY_COMPARE(page()->model()->matchCount(), qint64(0));
        QSignalSpy finished(page(), &DeliveryHistoryPage::importFinished);
        Prompt::setNextAnswer(QMessageBox::Yes);
        test::onNextDialog<QDialog>([&](QDialog *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY2(files, "Import… did not ask for a file");
            QCOMPARE(files->fileMode(), QFileDialog::ExistingFile);
            // Typed, as a user would: the name field has the focus, which selectFile() leaves
            // alone.
            files->setDirectory(QFileInfo(path).absolutePath());
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(QFileInfo(path).fileName());
            QCOMPARE(files->selectedFiles(), QStringList{path});
            dialog->accept(); // QFileDialog::accept() is protected; QDialog's is not
        });
        child<QPushButton>("importButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toLongLong(), qint64(BulkCount));
        QVERIFY2(Prompt::lastText().contains(QStringLiteral("“bulk.har” holds 450 deliveries")),
                 qPrintable(Prompt::lastText()));
        QCOMPARE(Prompt::lastAction(), QStringLiteral("Import 450 deliveries"));

        // The page shows as many rows, with the same payloads, as the exported webhook's.
        QTRY_COMPARE(page()->model()->matchCount(), qint64(BulkCount));
        QTRY_COMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("450 deliveries"));
        QTRY_COMPARE(page()->table()->model()->rowCount(), DeliveryHistoryModel::DefaultPageSize);
        QCOMPARE(payloadsOf(m_imported.ref()), payloadsOf(m_bulk.ref()));
        // The newest row reads as the exported webhook's newest did.
        QCOMPARE(cell(0, DeliveryHistoryModel::ResultColumn), QStringLiteral("✔ 200"));
        selectRowOf(page()->model()->deliveryAt(0)->id);
        QTRY_VERIFY(child<QPlainTextEdit>("requestBodyView")
                        ->toPlainText()
                        .contains(QStringLiteral("delivery 449 of the long history")));
        shot(m_window.get(), QStringLiteral("history-after-import.png"));
    }

    void importErrorsAreSaidInWords()
    {
        show(m_imported);
        const qint64 before = page()->model()->matchCount();
        const QString path = m_files.filePath(QStringLiteral("broken.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A good first line, as an export writes it, then one that is not JSON.
        Delivery good;
        good.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        good.kind = QStringLiteral("ping");
        good.payload = R"({"message":"hello"})";
        good.timestamp = QDateTime::currentDateTimeUtc();
        good.requestUrl = m_receiver.url();
        good.responseCode = 200;
        good.state = Delivery::State::Completed;
        const QByteArray first = writeHistory({good}, HistoryFormat::JsonLines);
        QCOMPARE(first.count('\n'), 1);
        file.write(first + "this is not JSON\n");
        file.close();
        QSignalSpy finished(page(), &DeliveryHistoryPage::importFinished);
        Prompt::setNextAnswer(QMessageBox::Ok); // the warning
        page()->importFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().toLongLong(), qint64(0));
        QVERIFY2(Prompt::lastText().startsWith(QStringLiteral("“broken.jsonl” could not be "
                                                              "imported. Line 2")),
                 qPrintable(Prompt::lastText()));
        QTest::qWait(300);
        QCOMPARE(page()->model()->matchCount(), before);
        QVERIFY(child<QPushButton>("importButton")->isEnabled());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_backend.reset();
    }
};

QTEST_MAIN(TestHistoryExchangeUi)
#include "tst_historyexchangeui.moc"
