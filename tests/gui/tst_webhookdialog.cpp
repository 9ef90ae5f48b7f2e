// The webhook form revalidates whatever changed a field: typing, paste, undo, or assistive
// technology setting the text through the accessibility interface. The names already taken in
// the scope come from the backend while the form opens. Every signature scheme is offered, and
// Generate makes a secret of the chosen one's shape.

#include "AppInfo.h"
#include "TestSupport.h"
#include "WebhookDialog.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QAccessible>
#include <QAccessibleEditableTextInterface>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace wc;
using namespace wc::gui;
using test::child;

class TestWebhookDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    const Scope m_scope = Scope::organizationScope(QStringLiteral("acme"));

    static QPushButton *okButton(QDialog *dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    /// Sets a field's text the way a screen reader or voice control does.
    static void setThroughAccessibility(QLineEdit *edit, const QString &text)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(edit);
        QVERIFY(iface);
        iface->setText(QAccessible::Value, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        m_backend = std::make_unique<LocalBackend>(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        WebhookDraft taken;
        taken.scope = m_scope;
        taken.name = QStringLiteral("taken");
        taken.displayName = QStringLiteral("Taken");
        taken.payloadUrl = QStringLiteral("https://example.com/taken");
        QVERIFY(!test::await(m_backend->create(taken)).error);
    }

    void assistiveTechnologyFillsTheForm()
    {
        WebhookDialog dialog(*m_backend, m_scope);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!okButton(&dialog)->isEnabled());

        setThroughAccessibility(child<QLineEdit>(&dialog, "displayNameEdit"),
                                QStringLiteral("Release notes"));
        // The name follows the display name, as when typing.
        QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("release-notes"));
        setThroughAccessibility(child<QLineEdit>(&dialog, "payloadUrlEdit"),
                                QStringLiteral("not a url"));
        auto *urlError = child<QLabel>(&dialog, "payloadUrlError");
        QVERIFY(urlError->isVisible());
        QVERIFY(!okButton(&dialog)->isEnabled());
        setThroughAccessibility(child<QLineEdit>(&dialog, "payloadUrlEdit"),
                                QStringLiteral("https://hooks.example.com/notes"));
        QVERIFY(!urlError->isVisible());
        QVERIFY(okButton(&dialog)->isEnabled());
    }

    void pasteAndUndoRevalidate()
    {
        WebhookDialog dialog(*m_backend, m_scope);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *displayName = child<QLineEdit>(&dialog, "displayNameEdit");
        auto *url = child<QLineEdit>(&dialog, "payloadUrlEdit");
        auto *urlError = child<QLabel>(&dialog, "payloadUrlError");
        QTest::keyClicks(displayName, QStringLiteral("Pasted"));

        QGuiApplication::clipboard()->setText(QStringLiteral("https://example.com/pasted"));
        url->setFocus();
        url->paste();
        QVERIFY(okButton(&dialog)->isEnabled());

        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("ftp://nope"));
        QVERIFY(urlError->isVisible());
        QVERIFY(!okButton(&dialog)->isEnabled());
        url->undo(); // back to the pasted URL
        QCOMPARE(url->text(), QStringLiteral("https://example.com/pasted"));
        QVERIFY(!urlError->isVisible());
        QVERIFY(okButton(&dialog)->isEnabled());
        url->redo();
        QVERIFY(urlError->isVisible());
        QVERIFY(!okButton(&dialog)->isEnabled());

        // A field set by the program (here: cleared) revalidates too.
        url->setText(QStringLiteral("https://example.com/again"));
        QVERIFY(okButton(&dialog)->isEnabled());
        displayName->clear();
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "displayNameError")->isVisible());
    }

    void takenNamesArriveFromTheBackend()
    {
        WebhookDialog dialog(*m_backend, m_scope);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        setThroughAccessibility(child<QLineEdit>(&dialog, "displayNameEdit"),
                                QStringLiteral("Taken"));
        setThroughAccessibility(child<QLineEdit>(&dialog, "payloadUrlEdit"),
                                QStringLiteral("https://example.com/x"));
        // "taken" is taken: the name derived from the display name becomes a free one, once
        // the scope's names have arrived.
        auto *name = child<QLineEdit>(&dialog, "nameEdit");
        QTRY_COMPARE(name->text(), QStringLiteral("taken-2"));
        auto *nameError = child<QLabel>(&dialog, "nameError");
        QVERIFY(!nameError->isVisible());
        QVERIFY(okButton(&dialog)->isEnabled());
        // Typed by hand, a taken name is refused next to the field.
        setThroughAccessibility(name, QStringLiteral("taken"));
        QVERIFY(nameError->isVisible());
        QVERIFY2(nameError->text().contains(QStringLiteral("already exists")),
                 qPrintable(nameError->text()));
        QVERIFY(!okButton(&dialog)->isEnabled());
    }

    void editingKeepsItsOwnName()
    {
        WebhookDraft other;
        other.scope = m_scope;
        other.name = QStringLiteral("other");
        other.displayName = QStringLiteral("Other");
        other.payloadUrl = QStringLiteral("https://example.com/other");
        QVERIFY(!test::await(m_backend->create(other)).error);
        const Webhook existing =
            test::await(m_backend->webhook({m_scope, QStringLiteral("taken")})).value;
        WebhookDialog edit(*m_backend, existing);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        auto *name = child<QLineEdit>(&edit, "nameEdit");
        auto *nameError = child<QLabel>(&edit, "nameError");
        setThroughAccessibility(name, QStringLiteral("other"));
        QTRY_VERIFY(nameError->isVisible()); // the scope's names have arrived
        setThroughAccessibility(name, QStringLiteral("taken"));
        QVERIFY(!nameError->isVisible());
        QVERIFY(okButton(&edit)->isEnabled());
    }

    void generateFollowsTheScheme_data()
    {
        QTest::addColumn<QString>("scheme");
        for (const SignatureScheme *s : SignatureScheme::all())
            QTest::newRow(qPrintable(s->id())) << s->id();
    }

    void generateFollowsTheScheme()
    {
        QFETCH(QString, scheme);
        WebhookDialog dialog(*m_backend, m_scope);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *combo = child<QComboBox>(&dialog, "signatureCombo");
        combo->setCurrentIndex(combo->findData(scheme));
        QCOMPARE(dialog.signature(), scheme);
        QCOMPARE(child<QLabel>(&dialog, "signatureDescription")->text(),
                 SignatureScheme::get(scheme).description());
        auto *secret = child<QLineEdit>(&dialog, "secretEdit");
        QTest::mouseClick(child<QToolButton>(&dialog, "generateSecretButton"), Qt::LeftButton);
        QVERIFY(!secret->text().isEmpty());
        QVERIFY2(SignatureScheme::get(scheme).secretProblem(secret->text()).isEmpty(),
                 qPrintable(secret->text()));
        QVERIFY(!child<QLabel>(&dialog, "secretError")->isVisible());
        // The secret's tooltip names the headers it signs.
        const QString tip = secret->toolTip();
        for (const QByteArray &h : SignatureScheme::get(scheme).headerNames())
            QVERIFY2(tip.contains(QString::fromLatin1(h)), qPrintable(tip));
    }

    void integrationsHaveNoSignatureField()
    {
        WebhookDialog dialog(*m_backend, m_scope, QString::fromLatin1(Format::Slack));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QComboBox>(&dialog, "signatureCombo")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "signatureDescription")->isVisible());
    }
};

QTEST_MAIN(TestWebhookDialog)
#include "tst_webhookdialog.moc"
