#include "AppInfo.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "OrganizationDialog.h"
#include "Prompt.h"
#include "TestSupport.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace wc;
using namespace wc::gui;
using test::child;
using test::LocalReceiver;

// Real windows under Xvfb, driven from the keyboard, with the real keychain and receivers on
// 127.0.0.1.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    LocalReceiver m_receiver;

    WebhooksPage *page() { return m_window->webhooksPage(); }

    static QString cell(QTableView *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

    static int rowNamed(QTableView *table, const QString &displayName)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (cell(table, r, WebhookListModel::DisplayNameColumn) == displayName)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY(m_receiver.listen());
        m_backend = std::make_unique<LocalBackend>(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1100, 680);
    }

    void firstRunAsksForTheOrganization()
    {
        test::onNextDialog<OrganizationDialog>([](OrganizationDialog *dialog) {
            auto *edit = child<QLineEdit>(dialog, "organizationEdit");
            auto *error = child<QLabel>(dialog, "organizationError");
            auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
            QCOMPARE(edit->accessibleName(), QStringLiteral("Organization"));
            QTest::keyClicks(edit, QStringLiteral("acme corp"));
            QVERIFY(error->isVisible());
            QVERIFY(error->text().contains(QStringLiteral("letters")));
            QVERIFY(!ok->isEnabled());
            dialog->grab().save(test::screenshotPath(QStringLiteral("organization-dialog.png")));
            edit->clear();
            QTest::keyClicks(edit, QStringLiteral("acme-corp"));
            QVERIFY(!error->isVisible());
            QVERIFY(ok->isEnabled());
            QTest::keyClick(edit, Qt::Key_Return);
        });
        // What the console does when it starts on an empty database.
        QSignalSpy cancelled(m_window.get(), &MainWindow::firstRunCancelled);
        m_window->start();
        QTRY_VERIFY(m_window->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(cancelled.count(), 0);
        QCOMPARE(test::await(m_backend->organizations()).value,
                 QStringList{QStringLiteral("acme-corp")});
        QTRY_COMPARE(page()->scope(), Scope::organizationScope(QStringLiteral("acme-corp")));
        // The empty page tells what to do.
        auto *empty = child<QLabel>(page(), "emptyLabel");
        QVERIFY(empty->isVisible());
        QTRY_VERIFY(empty->text().contains(QStringLiteral("Create webhook")));
        new QAbstractItemModelTester(
            page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page());
        new QAbstractItemModelTester(page()->table()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     page());
    }

    void declinedFirstRunShowsNothing()
    {
        QTemporaryDir dir;
        LocalBackend empty(test::databasePath(dir));
        QVERIFY(!test::await(empty.open()));
        MainWindow window(empty);
        QSignalSpy cancelled(&window, &MainWindow::firstRunCancelled);
        test::onNextDialog<OrganizationDialog>(
            [](OrganizationDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        window.start();
        QTRY_COMPARE(cancelled.count(), 1);
        QVERIFY(!window.isVisible());
        QVERIFY(test::await(empty.organizations()).value.isEmpty());
    }

    // The application's icon (drawn from SVG) comes once the window has been painted, not
    // before it is exposed, and then it is there: for the window and every dialog.
    void theWindowGetsItsIconOnceShown()
    {
        QTemporaryDir dir;
        LocalBackend backend(test::databasePath(dir));
        QVERIFY(!test::await(backend.open()));
        QVERIFY(!test::await(backend.addOrganization(QStringLiteral("icons"))));
        const QIcon before = QApplication::windowIcon();
        QApplication::setWindowIcon(QIcon());
        const auto restore = qScopeGuard([&] { QApplication::setWindowIcon(before); });
        MainWindow window(backend);
        window.start();
        QTRY_VERIFY(window.isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!QApplication::windowIcon().isNull());
        QVERIFY(!window.windowIcon().pixmap(QSize(48, 48)).isNull());
    }

    void createsAWebhookFromTheKeyboard()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->table()->setFocus();
        test::onNextDialog<WebhookDialog>([this](WebhookDialog *dialog) {
            auto *displayName = child<QLineEdit>(dialog, "displayNameEdit");
            auto *name = child<QLineEdit>(dialog, "nameEdit");
            auto *url = child<QLineEdit>(dialog, "payloadUrlEdit");
            auto *urlError = child<QLabel>(dialog, "payloadUrlError");
            auto *secret = child<QLineEdit>(dialog, "secretEdit");
            auto *create =
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
            QCOMPARE(create->text(), QStringLiteral("C&reate"));
            QVERIFY(!create->isEnabled());
            QVERIFY(displayName->hasFocus());

            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Build notifications"));
            QCOMPARE(name->text(), QStringLiteral("build-notifications"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // → name
            QVERIFY(name->hasFocus());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // → payload URL
            QVERIFY(url->hasFocus());
            QTest::keyClicks(url, QStringLiteral("hooks.example.com/pulumi"));
            QVERIFY(urlError->isVisible());
            QVERIFY2(urlError->text().contains(QStringLiteral("http")),
                     qPrintable(urlError->text()));
            QCOMPARE(QAccessible::queryAccessibleInterface(url)->text(QAccessible::Description),
                     urlError->text());
            QVERIFY(!create->isEnabled());
            dialog->grab().save(test::screenshotPath(QStringLiteral("create-dialog-error.png")));
            url->selectAll();
            QTest::keyClicks(url, m_receiver.url());
            QVERIFY(!urlError->isVisible());
            QVERIFY(create->isEnabled());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // → signature
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // → secret
            QVERIFY(secret->hasFocus());
            QCOMPARE(secret->echoMode(), QLineEdit::Password);
            QTest::keyClicks(secret, QStringLiteral("s3cret-from-keyboard"));
            dialog->grab().save(test::screenshotPath(QStringLiteral("create-dialog.png")));
            QTest::keyClick(secret, Qt::Key_Return);
        });
        // Ctrl+N, as a user presses it, from the list.
        QTest::keyClick(page()->table(), Qt::Key_N, Qt::ControlModifier);
        QTableView *table = page()->table();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(table, 0, WebhookListModel::DisplayNameColumn),
                 QStringLiteral("Build notifications"));
        QCOMPARE(cell(table, 0, WebhookListModel::PayloadUrlColumn), m_receiver.url());
        QCOMPARE(cell(table, 0, WebhookListModel::ActiveColumn), QStringLiteral("Active"));
        QCOMPARE(cell(table, 0, WebhookListModel::SecretColumn), QStringLiteral("Yes"));
        QCOMPARE(cell(table, 0, WebhookListModel::LastDeliveryColumn),
                 QStringLiteral("Never delivered"));
        QVERIFY(table->isVisible());
        QCOMPARE(page()->selectedWebhook()->name, QStringLiteral("build-notifications"));
    }

    void dialogFieldsAreNamedAndReachableWithTab()
    {
        test::onNextDialog<WebhookDialog>([](WebhookDialog *dialog) {
            const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
            int named = 0;
            for (QLabel *label : labels) {
                // Fields of other formats (a Deployment's target stack) are hidden here.
                if (!label->buddy() || !label->isVisibleTo(dialog))
                    continue;
                QString visible = label->text();
                visible.remove(u'&');
                QCOMPARE(label->buddy()->accessibleName(), visible);
                // On Linux a combo box's accessible name is its current text, by Qt's design
                // (QAccessibleComboBox): its accessibleName, checked above, is the label's.
                if (!qobject_cast<QComboBox *>(label->buddy())) {
                    QCOMPARE(QAccessible::queryAccessibleInterface(label->buddy())
                                 ->text(QAccessible::Name),
                             visible);
                }
                ++named;
            }
            QCOMPARE(named, 7); // display name, name, payload URL, signature, secret, active,
                                // events
            // Tab from the first field visits every control before coming back.
            QSet<QString> visited;
            QWidget *start = QApplication::focusWidget();
            for (int i = 0; i < 20; ++i) {
                visited << QApplication::focusWidget()->objectName();
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                if (QApplication::focusWidget() == start)
                    break;
            }
            for (const char *name :
                 {"displayNameEdit", "nameEdit", "payloadUrlEdit", "signatureCombo", "secretEdit",
                  "showSecretButton", "generateSecretButton", "activeCheck", "eventsTree"})
                QVERIFY2(visited.contains(QString::fromLatin1(name)), name);
            // Generate fills a strong secret and shows it so it can be copied.
            child<QToolButton>(dialog, "generateSecretButton")->click();
            QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->text().size(), 43);
            QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->echoMode(), QLineEdit::Normal);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        page()->createWebhook();
        QCOMPARE(page()->table()->model()->rowCount(), 1); // cancelled: nothing added
    }

    void duplicateNameIsRefusedNextToTheField()
    {
        test::onNextDialog<WebhookDialog>([](WebhookDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "displayNameEdit"),
                             QStringLiteral("Build notifications"));
            // The name derived from it is taken: a free one is offered instead.
            auto *name = child<QLineEdit>(dialog, "nameEdit");
            QTRY_COMPARE(name->text(), QStringLiteral("build-notifications-2"));
            // A taken name typed by hand is refused next to the field.
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("build-notifications"));
            auto *nameError = child<QLabel>(dialog, "nameError");
            QTRY_VERIFY(nameError->isVisible());
            QVERIFY2(nameError->text().contains(QStringLiteral("already exists")),
                     qPrintable(nameError->text()));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        page()->createWebhook();
    }

    void pingShowsTheReceiversAnswer()
    {
        QSignalSpy finished(page(), &WebhooksPage::pingFinished);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->table()->setFocus();
        QTest::keyClick(page()->table(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(finished.wait(15000));
        auto *result = child<QLabel>(page(), "resultLabel");
        QVERIFY2(result->text().contains(QStringLiteral("answered 200")),
                 qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral(" ms")));
        QVERIFY(child<QPlainTextEdit>(page(), "responseView")
                    ->toPlainText()
                    .contains(QStringLiteral("\"ok\": true")));
        // The outcome, then when ("just now"; the exact time is in the tooltip).
        QTRY_VERIFY2(cell(page()->table(), 0, WebhookListModel::LastDeliveryColumn)
                         .startsWith(QStringLiteral("✔ 200 · ")),
                     qPrintable(cell(page()->table(), 0, WebhookListModel::LastDeliveryColumn)));
        QCOMPARE(m_receiver.requests().size(), 1);
        QVERIFY(m_receiver.requests().first().headers.contains("pulumi-webhook-signature"));
    }

    void failedPingIsExplainedInWords()
    {
        const quint16 closed = LocalReceiver::closedPort();
        test::onNextDialog<WebhookDialog>([closed](WebhookDialog *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "displayNameEdit"),
                             QStringLiteral("Audit log (staging)"));
            QTest::keyClicks(child<QLineEdit>(dialog, "payloadUrlEdit"),
                             QStringLiteral("http://127.0.0.1:%1/audit").arg(closed));
            QTest::keyClick(child<QLineEdit>(dialog, "payloadUrlEdit"), Qt::Key_Return);
        });
        page()->createWebhook();
        QTableView *table = page()->table();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        const int row = rowNamed(table, QStringLiteral("Audit log (staging)"));
        QVERIFY(row >= 0);
        QCOMPARE(cell(table, row, WebhookListModel::SecretColumn), QStringLiteral("No"));
        QCOMPARE(page()->selectedWebhook()->name, QStringLiteral("audit-log-staging"));
        QSignalSpy finished(page(), &WebhooksPage::pingFinished);
        child<QPushButton>(page(), "pingButton")->click();
        QVERIFY(finished.wait(15000));
        auto *result = child<QLabel>(page(), "resultLabel");
        QVERIFY2(result->text().contains(QStringLiteral("Connection refused")),
                 qPrintable(result->text()));
        QTRY_COMPARE(table->model()
                         ->index(row, WebhookListModel::LastDeliveryColumn)
                         .data(WebhookListModel::OutcomeRole)
                         .toString(),
                     QStringLiteral("✘ Connection refused by 127.0.0.1:%1").arg(closed));
        m_window->grab().save(test::screenshotPath(QStringLiteral("webhooks-page-failed.png")));

        // Back to the working one for the picture in the README.
        page()->selectWebhook(WebhookRef{page()->scope(), QStringLiteral("build-notifications")});
        child<QPushButton>(page(), "pingButton")->click();
        QVERIFY(finished.wait(15000));
        QVERIFY(result->text().contains(QStringLiteral("answered 200")));
        m_window->grab().save(test::screenshotPath(QStringLiteral("webhooks-page.png")));
    }

    void editPausesAndDeleteRemoves()
    {
        const Scope scope = page()->scope();
        page()->selectWebhook(WebhookRef{scope, QStringLiteral("build-notifications")});
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->table()->setFocus();
        test::onNextDialog<WebhookDialog>([](WebhookDialog *dialog) {
            auto *active = child<QCheckBox>(dialog, "activeCheck");
            QVERIFY(active->isChecked());
            active->setChecked(false);
            QCOMPARE(
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->text(),
                QStringLiteral("&Save"));
            QVERIFY(child<QCheckBox>(dialog, "removeSecretCheck")->isVisible());
            QTest::keyClick(child<QLineEdit>(dialog, "displayNameEdit"), Qt::Key_Return);
        });
        QTest::keyClick(page()->table(), Qt::Key_E, Qt::ControlModifier); // Edit, as pressed
        QTableView *table = page()->table();
        const int row = rowNamed(table, QStringLiteral("Build notifications"));
        QTRY_COMPARE(cell(table, row, WebhookListModel::ActiveColumn), QStringLiteral("Paused"));

        // Delete, confirmed through the prompt seam; the secret leaves the keychain too.
        const Webhook doomed = *page()->selectedWebhook();
        QVERIFY(doomed.hasSecret);
        Prompt::setNextAnswer(QMessageBox::Yes);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->table()->setFocus();
        QTest::keyClick(page()->table(), Qt::Key_Delete);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(Prompt::lastText().contains(QStringLiteral("Build notifications")));
        QCOMPARE(test::await(m_backend->webhook(doomed.ref())).error.code, Error::Code::NotFound);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
