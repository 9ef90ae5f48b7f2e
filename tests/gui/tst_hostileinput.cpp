// The forms refuse what would be dangerous to keep or to show: control characters in a display
// name, a name or a secret, the names "." and "..", a user name or password in the payload URL
// (it would sit in the database in plain text) and port 0. A password saved before such URLs
// were refused is never shown: the edit form masks it and asks for a URL without it.

#include "AppInfo.h"
#include "OrganizationDialog.h"
#include "TestSupport.h"
#include "WebhookDialog.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace wc;
using namespace wc::gui;
using test::child;

class TestHostileInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LocalBackend> m_backend;
    const Scope m_scope = Scope::organizationScope(QStringLiteral("acme"));

    static QPushButton *okButton(QDialog *dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    /// Pastes `text` into `edit` from the clipboard, as a user would.
    static void paste(QLineEdit *edit, const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        edit->setFocus();
        edit->selectAll();
        edit->paste();
    }

    /// A filled, valid create form.
    void fill(WebhookDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "displayNameEdit"), QStringLiteral("Deploys"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "payloadUrlEdit"),
                         QStringLiteral("https://hooks.example.com/pulumi"));
        QVERIFY(okButton(&dialog)->isEnabled());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        m_path = test::databasePath(m_dir);
        m_backend = std::make_unique<LocalBackend>(m_path);
        QVERIFY(!test::await(m_backend->open()));
    }

    void controlCharactersInTheDisplayName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found");
        QTest::newRow("escape sequence")
            << QStringLiteral("Deploys\x1b[2J\x1b[31m") << QStringLiteral("U+001B");
        QTest::newRow("tab") << QStringLiteral("Deploys\tto Slack") << QStringLiteral("U+0009");
        QTest::newRow("C1 CSI") << QStringLiteral("Deploys") + QChar(0x9b) + QStringLiteral("2J")
                                << QStringLiteral("U+009B");
        QTest::newRow("DEL") << QStringLiteral("Deploys\x7f") << QStringLiteral("U+007F");
    }
    void controlCharactersInTheDisplayName()
    {
        QFETCH(QString, text);
        QFETCH(QString, found);
        WebhookDialog dialog(*m_backend, m_scope);
        fill(dialog);
        auto *displayName = child<QLineEdit>(&dialog, "displayNameEdit");
        paste(displayName, text);
        QCOMPARE(displayName->text(), text); // it did reach the form
        auto *error = child<QLabel>(&dialog, "displayNameError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("The display name cannot contain control characters such as "
                                "tabs, line breaks or escape sequences (found %1).")
                     .arg(found));
        QVERIFY(!okButton(&dialog)->isEnabled());
        // Pressing Enter saves nothing either.
        QTest::keyClick(displayName, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(test::await(m_backend->webhooks(m_scope)).value.isEmpty());
    }

    void controlCharactersInTheSecret_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("found");
        QTest::newRow("NUL") << QStringLiteral("ab") + QChar(0) + QStringLiteral("cd")
                             << QStringLiteral("U+0000");
        QTest::newRow("tab") << QStringLiteral("ab\tcd") << QStringLiteral("U+0009");
        QTest::newRow("ESC") << QStringLiteral("ab\x1b[31m") << QStringLiteral("U+001B");
    }
    void controlCharactersInTheSecret()
    {
        QFETCH(QString, secret);
        QFETCH(QString, found);
        WebhookDialog dialog(*m_backend, m_scope);
        fill(dialog);
        auto *secretEdit = child<QLineEdit>(&dialog, "secretEdit");
        // As a password manager or an input method sets it: the whole text at once.
        secretEdit->setText(secret);
        QCOMPARE(secretEdit->text(), secret);
        auto *error = child<QLabel>(&dialog, "secretError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The secret cannot contain control characters such "
                                               "as a NUL byte, a tab or a line break (found %1).")
                                    .arg(found));
        QVERIFY(!okButton(&dialog)->isEnabled());
        secretEdit->setText(QStringLiteral("abcd"));
        QVERIFY(!error->isVisible());
        QVERIFY(okButton(&dialog)->isEnabled());
    }

    void payloadUrlsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        const QString credentials = QStringLiteral(
            "A user name or password in the URL would be stored in plain text, outside the "
            "keychain. Remove it, and use the webhook's secret instead (the receiver checks the "
            "signature), or put the credentials in the receiver.");
        QTest::newRow("user and password")
            << QStringLiteral("https://deploy:hunter2@hooks.example.com/x") << credentials;
        QTest::newRow("token as user name")
            << QStringLiteral("https://ghp_token@hooks.example.com/x") << credentials;
        QTest::newRow("port 0") << QStringLiteral("http://hooks.example.com:0/x")
                                << QStringLiteral("Port 0 is not a port a receiver can listen on; "
                                                  "use 1–65535, or leave the port out.");
    }
    void payloadUrlsRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        WebhookDialog dialog(*m_backend, m_scope);
        fill(dialog);
        auto *urlEdit = child<QLineEdit>(&dialog, "payloadUrlEdit");
        urlEdit->selectAll();
        QTest::keyClicks(urlEdit, url);
        auto *error = child<QLabel>(&dialog, "payloadUrlError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), message);
        QVERIFY(!okButton(&dialog)->isEnabled());
    }

    void dotNamesRefused()
    {
        WebhookDialog dialog(*m_backend, m_scope);
        fill(dialog);
        auto *name = child<QLineEdit>(&dialog, "nameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral(".."));
        auto *error = child<QLabel>(&dialog, "nameError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("“..” cannot be a name; add a letter or digit."));
        QVERIFY(!okButton(&dialog)->isEnabled());

        OrganizationDialog organization({});
        organization.show();
        QVERIFY(QTest::qWaitForWindowExposed(&organization));
        QTest::keyClicks(child<QLineEdit>(&organization, "organizationEdit"), QStringLiteral("."));
        auto *orgError = child<QLabel>(&organization, "organizationError");
        QVERIFY(orgError->isVisible());
        QCOMPARE(orgError->text(),
                 QStringLiteral("“.” cannot be the organization name; add a letter or digit."));
        QVERIFY(!okButton(&organization)->isEnabled());
    }

    void storedPasswordIsMaskedAndMustGo()
    {
        const QString password = QStringLiteral("hunter2-in-the-url");
        {
            // Saved by an older webhookctl, which accepted it.
            test::SeedDatabase seed(m_path);
            (void)test::insertWebhook(
                seed.webhooks, QStringLiteral("legacy"),
                QStringLiteral("http://deploy:%1@hooks.example.com:8080/x").arg(password));
        }
        const WebhookRef ref{m_scope, QStringLiteral("legacy")};
        const Webhook existing = test::await(m_backend->webhook(ref)).value;
        QVERIFY(existing.payloadUrl.contains(password));

        WebhookDialog dialog(*m_backend, existing);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *urlEdit = child<QLineEdit>(&dialog, "payloadUrlEdit");
        QCOMPARE(urlEdit->text(), QStringLiteral("http://deploy:•••@hooks.example.com:8080/x"));
        // Said at once, before anything is typed; nothing shows the password.
        auto *error = child<QLabel>(&dialog, "payloadUrlError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("A user name or password in the URL")),
                 qPrintable(error->text()));
        QVERIFY(!okButton(&dialog)->isEnabled());
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY2(!edit->text().contains(password), qPrintable(edit->objectName()));
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(password), qPrintable(label->objectName()));
        QVERIFY(!dialog.windowTitle().contains(password));
        dialog.grab().save(test::screenshotPath(QStringLiteral("edit-masked-password.png")));

        // The way out: the URL without the credentials.
        urlEdit->selectAll();
        QTest::keyClicks(urlEdit, QStringLiteral("http://hooks.example.com:8080/x"));
        QVERIFY(!error->isVisible());
        QVERIFY(okButton(&dialog)->isEnabled());
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(test::await(m_backend->webhook(ref)).value.payloadUrl,
                 QStringLiteral("http://hooks.example.com:8080/x"));
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
