// Signing in the window (issue 13), in real windows under Xvfb with the real backend on an
// SQLite file and the real keychain: the webhook form's Signature field refuses a secret of the
// wrong shape next to the secret field and generates one of the right shape; a scheme changed
// over a kept secret that does not suit it is refused next to the secret field; Rotate Secret
// with a 24-hour overlap shows in the list; "How to verify…" names the scheme's headers and
// copies its snippet; a Pulumi Cloud organization (the tests' stand-in) keeps Pulumi's scheme
// and rotates without an overlap. Screenshots of the form, the rotate dialog and the snippet
// dialog.

#include "AppInfo.h"
#include "RotateSecretDialog.h"
#include "Settings.h"
#include "TestSupport.h"
#include "VerifySnippetDialog.h"
#include "WebhookBackend.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "WidgetSupport.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace wc;
using namespace wc::gui;
using test::child;

class TestSigningUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<WebhookBackend> m_backend;
    std::unique_ptr<WebhooksPage> m_page;
    const Scope m_acme = Scope::organizationScope(QStringLiteral("acme"));
    const QString m_standard = QString::fromLatin1(SignatureSchemeId::StandardWebhooks);

    static QPushButton *okButton(QWidget *dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    static void chooseScheme(QWidget *dialog, const QString &id)
    {
        auto *combo = child<QComboBox>(dialog, "signatureCombo");
        const int index = combo->findData(id);
        QVERIFY2(index >= 0, qPrintable(id));
        combo->setFocus();
        combo->setCurrentIndex(index);
    }

    Webhook create(const QString &name, const QString &signature, const QString &secret = {},
                   const QString &format = QString::fromLatin1(Format::Raw),
                   const QString &url = QStringLiteral("https://example.com/hooks"))
    {
        WebhookDraft d;
        d.scope = m_acme;
        d.name = name;
        d.displayName = name.at(0).toUpper() + name.mid(1);
        d.payloadUrl = url;
        d.format = format;
        d.signature = signature;
        if (!secret.isEmpty()) {
            d.secretChange = WebhookDraft::SecretChange::Set;
            d.secret = secret;
        }
        const Result<Webhook> made = test::await(m_backend->create(d));
        if (made.error)
            qFatal("%s", qPrintable(made.error.message));
        return made.value;
    }

    Webhook stored(const QString &name)
    {
        return test::await(m_backend->webhook({m_acme, name})).value;
    }

    int webhookCount() { return int(test::await(m_backend->webhooks(m_acme)).value.size()); }

    void select(const QString &name)
    {
        m_page->selectWebhook({m_acme, name});
        QTRY_VERIFY(m_page->selectedWebhook() && m_page->selectedWebhook()->name == name);
    }

    template <typename Dialog> Dialog *openedDialog()
    {
        Dialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = m_page->findChild<Dialog *>()) && dialog->isVisible());
        }();
        return dialog;
    }

    QString secretTooltip(const QString &name)
    {
        WebhookListModel *model = m_page->model();
        return model->index(model->rowOf({m_acme, name}), WebhookListModel::SecretColumn)
            .data(Qt::ToolTipRole)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        Settings::clear();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        // The window's backend: the console's own organizations, and Pulumi Cloud's.
        m_backend = WebhookBackend::create(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        QVERIFY(!test::await(m_backend->addOrganization(QStringLiteral("acme"))));
        m_page = std::make_unique<WebhooksPage>(*m_backend);
        m_page->resize(1000, 520);
        m_page->setScope(m_acme);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        // A failed check leaves no dialog behind for the next test to find.
        for (QDialog *dialog : m_page->findChildren<QDialog *>()) {
            if (dialog->isVisible() && !(qobject_cast<RotateSecretDialog *>(dialog) &&
                                         qobject_cast<RotateSecretDialog *>(dialog)->isBusy()))
                dialog->done(QDialog::Rejected);
        }
        QTRY_VERIFY(m_page->findChildren<QDialog *>().isEmpty());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_backend.reset();
    }

    void formRefusesASecretOfTheWrongShape()
    {
        const int before = webhookCount();
        WebhookDialog dialog(*m_backend, m_acme);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "displayNameEdit"),
                         QStringLiteral("Svix receiver"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "payloadUrlEdit"),
                         QStringLiteral("https://example.com/svix"));

        // Pulumi's scheme by default, its description under the combo.
        auto *combo = child<QComboBox>(&dialog, "signatureCombo");
        QVERIFY(combo->isVisible());
        QVERIFY(combo->isEnabled());
        QCOMPARE(combo->currentData().toString(), QString::fromLatin1(SignatureSchemeId::Pulumi));
        QCOMPARE(combo->count(), int(SignatureScheme::all().size()));
        auto *description = child<QLabel>(&dialog, "signatureDescription");
        QVERIFY(description->isVisible());
        QCOMPARE(description->text(), SignatureScheme::get({}).description());

        chooseScheme(&dialog, m_standard);
        QCOMPARE(description->text(), SignatureScheme::get(m_standard).description());
        QCOMPARE(dialog.signature(), m_standard);

        // A plain secret: refused next to the secret field, as the user types it.
        auto *secret = child<QLineEdit>(&dialog, "secretEdit");
        auto *secretError = child<QLabel>(&dialog, "secretError");
        QTest::keyClicks(secret, QStringLiteral("plain-secret"));
        QVERIFY(secretError->isVisible());
        QVERIFY2(secretError->text().contains(QStringLiteral("whsec_")),
                 qPrintable(secretError->text()));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(test::screenshotPath(QStringLiteral("signing-form-error.png"))));
        // Asked to save anyway (Enter): nothing is saved, the message stays.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isSaving());
        QCOMPARE(webhookCount(), before);
        QVERIFY(secretError->isVisible());

        // Generate: a whsec_ secret, shown for copying, accepted.
        QTest::mouseClick(child<QToolButton>(&dialog, "generateSecretButton"), Qt::LeftButton);
        const QString generated = secret->text();
        QVERIFY2(generated.startsWith(QStringLiteral("whsec_")), qPrintable(generated));
        QVERIFY(SignatureScheme::get(m_standard).secretProblem(generated).isEmpty());
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QVERIFY(!secretError->isVisible());
        QVERIFY(child<QWidget>(&dialog, "secretNote")->isVisible());
        QTest::mouseClick(child<QPushButton>(&dialog, "copySecretButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), generated);
        QVERIFY(okButton(&dialog)->isEnabled());
        QTest::qWait(50); // laid out, as the user sees it
        QVERIFY(dialog.grab().save(test::screenshotPath(QStringLiteral("signing-form.png"))));

        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedWebhook().signature, m_standard);

        // Stored with its scheme, the generated secret in the keychain.
        const Webhook saved = stored(dialog.savedWebhook().name);
        QCOMPARE(saved.signature, m_standard);
        QVERIFY(saved.hasSecret);
        const Result<SigningKeys> keys = test::await(m_backend->signingKeys(saved.ref()));
        QVERIFY2(!keys.error, qPrintable(keys.error.message));
        QCOMPARE(keys.value.scheme, m_standard);
        QCOMPARE(keys.value.secrets.size(), 1);
        QCOMPARE(keys.value.secrets.first().secret, generated);
    }

    void generatedSecretFollowsTheScheme()
    {
        WebhookDialog dialog(*m_backend, m_acme);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *secret = child<QLineEdit>(&dialog, "secretEdit");
        QTest::mouseClick(child<QToolButton>(&dialog, "generateSecretButton"), Qt::LeftButton);
        QVERIFY(!secret->text().startsWith(QStringLiteral("whsec_")));
        // Not yet changed by the user: it takes the shape of the scheme chosen next.
        chooseScheme(&dialog, m_standard);
        QVERIFY2(secret->text().startsWith(QStringLiteral("whsec_")), qPrintable(secret->text()));
        QVERIFY(!child<QLabel>(&dialog, "secretError")->isVisible());
        QVERIFY(child<QWidget>(&dialog, "secretNote")->isVisible());
    }

    void keptSecretThatDoesNotSuitTheNewScheme()
    {
        const Webhook plain =
            create(QStringLiteral("plain"), QString::fromLatin1(SignatureSchemeId::Pulumi),
                   QStringLiteral("plain-old-secret"));
        WebhookDialog dialog(*m_backend, plain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.signature(), QString::fromLatin1(SignatureSchemeId::Pulumi));
        chooseScheme(&dialog, m_standard);
        // The secret field is empty (kept): only the backend knows the kept one's shape.
        QVERIFY(okButton(&dialog)->isEnabled());
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        auto *secretError = child<QLabel>(&dialog, "secretError");
        QTRY_VERIFY(secretError->isVisible());
        QVERIFY(dialog.isVisible());
        QVERIFY2(secretError->text().contains(QStringLiteral("Standard Webhooks")),
                 qPrintable(secretError->text()));
        QVERIFY(!child<QLabel>(&dialog, "bannerLabel")->isVisible());
        QCOMPARE(stored(QStringLiteral("plain")).signature,
                 QString::fromLatin1(SignatureSchemeId::Pulumi));

        // Back to Pulumi's scheme: the refusal was about the other one.
        chooseScheme(&dialog, QString::fromLatin1(SignatureSchemeId::Pulumi));
        QVERIFY(!secretError->isVisible());
        chooseScheme(&dialog, m_standard);
        // A new secret of the right shape: saved.
        QTest::mouseClick(child<QToolButton>(&dialog, "generateSecretButton"), Qt::LeftButton);
        QVERIFY(!secretError->isVisible());
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(stored(QStringLiteral("plain")).signature, m_standard);
    }

    void signingActionsFollowTheSelection()
    {
        create(QStringLiteral("slack"), QString::fromLatin1(SignatureSchemeId::Pulumi), {},
               QString::fromLatin1(Format::Slack),
               QStringLiteral("https://hooks.slack.com/services/T0/B0/X"));
        create(QStringLiteral("unsigned"), QString::fromLatin1(SignatureSchemeId::GitHub));
        QTRY_VERIFY(m_page->model()->rowOf({m_acme, QStringLiteral("unsigned")}) >= 0);
        m_page->table()->clearSelection();
        QVERIFY(!m_page->rotateSecretAction()->isEnabled());
        QVERIFY(!m_page->verifySnippetAction()->isEnabled());
        auto *button = child<QPushButton>(m_page.get(), "signingButton");
        QVERIFY(!button->isEnabled());

        select(QStringLiteral("slack")); // a Slack message carries no signature
        QVERIFY(!m_page->rotateSecretAction()->isEnabled());
        QVERIFY(!button->isEnabled());

        select(QStringLiteral("unsigned")); // no secret yet: the action sets one
        QVERIFY(m_page->rotateSecretAction()->isEnabled());
        QVERIFY(m_page->verifySnippetAction()->isEnabled());
        QCOMPARE(m_page->rotateSecretAction()->text(), QStringLiteral("Set Sec&ret…"));
        QVERIFY(button->isEnabled());
        QCOMPARE(button->menu()->actions(),
                 (QList<QAction *>{m_page->rotateSecretAction(), m_page->verifySnippetAction()}));

        m_page->rotateSecretAction()->trigger();
        auto *dialog = openedDialog<RotateSecretDialog>();
        QVERIFY(!dialog->isRotation());
        QVERIFY(!child<QComboBox>(dialog, "overlapCombo")->isVisible());
        QTest::mouseClick(child<QToolButton>(dialog, "generateSecretButton"), Qt::LeftButton);
        const QString secret = child<QLineEdit>(dialog, "secretEdit")->text();
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<RotateSecretDialog *>());
        QVERIFY(stored(QStringLiteral("unsigned")).hasSecret);
        const Result<SigningKeys> keys =
            test::await(m_backend->signingKeys({m_acme, QStringLiteral("unsigned")}));
        QCOMPARE(keys.value.secrets.size(), 1);
        QCOMPARE(keys.value.secrets.first().secret, secret);
        QTRY_COMPARE(m_page->rotateSecretAction()->text(), QStringLiteral("&Rotate Secret…"));
    }

    void rotateWithADayOfOverlap()
    {
        // A Standard Webhooks webhook with a secret (the first test saved one).
        QString name;
        for (const WebhookSummary &s : test::await(m_backend->webhooks(m_acme)).value) {
            if (s.webhook.signature == m_standard && s.webhook.hasSecret &&
                s.webhook.name != u"plain")
                name = s.webhook.name;
        }
        QVERIFY(!name.isEmpty());
        QTRY_VERIFY(m_page->model()->rowOf({m_acme, name}) >= 0);
        select(name);
        QVERIFY(!secretTooltip(name).contains(QStringLiteral("rotating")));
        QVERIFY(m_page->rotateSecretAction()->isEnabled());
        m_page->rotateSecretAction()->trigger();
        auto *dialog = openedDialog<RotateSecretDialog>();
        QVERIFY(dialog->isRotation());

        auto *overlap = child<QComboBox>(dialog, "overlapCombo");
        QVERIFY(overlap->isVisible());
        QVERIFY(overlap->isEnabled());
        QCOMPARE(overlap->currentText(), QStringLiteral("24 hours")); // the default
        QCOMPARE(dialog->overlap(), std::chrono::seconds(std::chrono::hours(24)));
        auto *explanation = child<QLabel>(dialog, "explanationLabel");
        QVERIFY2(explanation->text().contains(QStringLiteral("two signatures")),
                 qPrintable(explanation->text()));
        // Custom: a number of hours.
        auto *hours = child<QSpinBox>(dialog, "overlapHoursSpin");
        QVERIFY(!hours->isVisible());
        overlap->setCurrentIndex(int(RotateSecretDialog::Overlap::Custom));
        QVERIFY(hours->isVisible());
        QCOMPARE(dialog->overlap(), std::chrono::seconds(std::chrono::hours(hours->value())));
        overlap->setCurrentIndex(int(RotateSecretDialog::Overlap::None));
        QVERIFY2(explanation->text().contains(QStringLiteral("at once")),
                 qPrintable(explanation->text()));
        overlap->setCurrentIndex(int(RotateSecretDialog::Overlap::OneDay));
        QVERIFY(!hours->isVisible());

        // A plain secret: refused next to the field.
        auto *secret = child<QLineEdit>(dialog, "secretEdit");
        auto *secretError = child<QLabel>(dialog, "secretError");
        QTest::keyClicks(secret, QStringLiteral("not-a-whsec"));
        QVERIFY(secretError->isVisible());
        QVERIFY(secretError->text().contains(QStringLiteral("whsec_")));
        QVERIFY(!okButton(dialog)->isEnabled());

        // The current secret again: the backend refuses it, next to the field.
        const QString current =
            test::await(m_backend->signingKeys({m_acme, name})).value.secrets.first().secret;
        secret->setText(current);
        QVERIFY(!secretError->isVisible());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(secretError->isVisible());
        QVERIFY2(secretError->text().contains(QStringLiteral("current secret")),
                 qPrintable(secretError->text()));
        QVERIFY(dialog->isVisible());

        QTest::mouseClick(child<QToolButton>(dialog, "generateSecretButton"), Qt::LeftButton);
        const QString fresh = secret->text();
        QVERIFY(fresh.startsWith(QStringLiteral("whsec_")));
        QVERIFY(!secretError->isVisible());
        QTest::mouseClick(child<QPushButton>(dialog, "copySecretButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), fresh);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("signing-rotate.png"))));

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        // Busy until the backend answers; the window goes on meanwhile.
        QVERIFY(dialog->isBusy() || !dialog->isVisible());
        QTRY_VERIFY(!m_page->findChild<RotateSecretDialog *>());

        const Webhook rotated = stored(name);
        QVERIFY(rotated.previousSecretUntil.isValid());
        const qint64 overlapSeconds =
            QDateTime::currentDateTimeUtc().secsTo(rotated.previousSecretUntil);
        QVERIFY2(overlapSeconds > 23 * 3600 && overlapSeconds <= 24 * 3600,
                 qPrintable(QString::number(overlapSeconds)));
        const Result<SigningKeys> keys = test::await(m_backend->signingKeys({m_acme, name}));
        QCOMPARE(keys.value.secrets.size(), 2);
        QCOMPARE(keys.value.secrets.at(0).secret, fresh);
        QCOMPARE(keys.value.secrets.at(1).secret, current);

        // The list says so: in the Secret column and its tooltip.
        QTRY_VERIFY2(secretTooltip(name).contains(
                         QStringLiteral("Secret rotating: the previous secret signs until")),
                     qPrintable(secretTooltip(name)));
        WebhookListModel *model = m_page->model();
        const QModelIndex cell =
            model->index(model->rowOf({m_acme, name}), WebhookListModel::SecretColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("Rotating · Standard Webhooks"));
        QVERIFY(secretTooltip(name).contains(QStringLiteral("webhook-signature")));
        QVERIFY(m_page->grab().save(test::screenshotPath(QStringLiteral("signing-page.png"))));
    }

    void rotationOfAOneSignatureScheme()
    {
        create(QStringLiteral("hub"), QString::fromLatin1(SignatureSchemeId::GitHub),
               QStringLiteral("It's a Secret to Everybody"));
        QTRY_VERIFY(m_page->model()->rowOf({m_acme, QStringLiteral("hub")}) >= 0);
        select(QStringLiteral("hub"));
        m_page->rotateSecretAction()->trigger();
        auto *dialog = openedDialog<RotateSecretDialog>();
        // GitHub's deliveries carry one signature: the receiver accepts both secrets.
        const QString text = child<QLabel>(dialog, "explanationLabel")->text();
        QVERIFY2(text.contains(QStringLiteral("accept both")), qPrintable(text));
        dialog->reject();
        QTRY_VERIFY(!m_page->findChild<RotateSecretDialog *>());
    }

    void verifySnippetNamesTheHeadersAndCopies()
    {
        QString name;
        for (const WebhookSummary &s : test::await(m_backend->webhooks(m_acme)).value) {
            if (s.webhook.signature == m_standard && s.webhook.previousSecretUntil.isValid())
                name = s.webhook.name;
        }
        QVERIFY(!name.isEmpty());
        select(name);
        QVERIFY(m_page->verifySnippetAction()->isEnabled());
        m_page->verifySnippetAction()->trigger();
        auto *dialog = openedDialog<VerifySnippetDialog>();
        const QString headers = child<QLabel>(dialog, "headersLabel")->text();
        for (const QByteArray &h : SignatureScheme::get(m_standard).headerNames())
            QVERIFY2(headers.contains(QString::fromLatin1(h)), qPrintable(headers));
        QVERIFY(!child<QLabel>(dialog, "noSecretLabel")->isVisible());

        auto *tabs = child<QTabWidget>(dialog, "snippetTabs");
        QCOMPARE(tabs->count(), int(snippetLanguages().size()));
        dialog->setLanguage(SnippetLanguage::Python);
        auto *python = child<QPlainTextEdit>(dialog, "snippet_python");
        QVERIFY(python->isVisible());
        QVERIFY(python->isReadOnly());
        QCOMPARE(python->toPlainText(), verifySnippet(m_standard, SnippetLanguage::Python));
        // Monospace: every character as wide as any other.
        const QFontMetrics metrics(python->font());
        QCOMPARE(metrics.horizontalAdvance(QStringLiteral("iiii")),
                 metrics.horizontalAdvance(QStringLiteral("MMMM")));
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("signing-verify.png"))));

        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 verifySnippet(m_standard, SnippetLanguage::Python));
        // Another tab copies its own language, and is remembered next time.
        dialog->setLanguage(SnippetLanguage::Go);
        QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 verifySnippet(m_standard, SnippetLanguage::Go));
        dialog->reject();
        QTRY_VERIFY(!m_page->findChild<VerifySnippetDialog *>());
        VerifySnippetDialog again(stored(name));
        QCOMPARE(again.language(), SnippetLanguage::Go);
    }

    void pulumiCloudSignsWithPulumisSchemeOnly()
    {
        // A Pulumi Cloud organization (the tests' stand-in, started by the test command).
        const QString org = QStringLiteral("signco");
        const QString token = test::cloud::addUser(QStringLiteral("signer"), {org});
        const Result<CloudAccount> connected =
            test::await(m_backend->connectCloud(org, test::cloud::apiUrl(), token));
        QVERIFY2(!connected.error, qPrintable(connected.error.message));
        QVERIFY(!m_backend->cloudApiUrl(org).isEmpty());
        const Scope scope = Scope::organizationScope(org);

        WebhookDialog form(*m_backend, scope);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *combo = child<QComboBox>(&form, "signatureCombo");
        QVERIFY(combo->isVisible());
        QVERIFY(!combo->isEnabled());
        QCOMPARE(form.signature(), QString::fromLatin1(SignatureSchemeId::Pulumi));
        QCOMPARE(combo->toolTip(), QStringLiteral("Pulumi Cloud signs with Pulumi's scheme only."));
        form.reject();

        WebhookDraft d;
        d.scope = scope;
        d.name = QStringLiteral("cloud-signed");
        d.displayName = QStringLiteral("Cloud signed");
        d.payloadUrl = QStringLiteral("https://example.com/cloud");
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("cloud-secret-1");
        const Result<Webhook> made = test::await(m_backend->create(d));
        QVERIFY2(!made.error, qPrintable(made.error.message));

        // Pulumi Cloud keeps one secret: no overlap, and the dialog says why.
        RotateSecretDialog rotate(*m_backend, made.value);
        rotate.show();
        QVERIFY(QTest::qWaitForWindowExposed(&rotate));
        auto *overlap = child<QComboBox>(&rotate, "overlapCombo");
        QVERIFY(overlap->isVisible());
        QVERIFY(!overlap->isEnabled());
        QCOMPARE(rotate.overlap(), std::chrono::seconds(0));
        const QString text = child<QLabel>(&rotate, "explanationLabel")->text();
        QVERIFY2(text.contains(QStringLiteral("Pulumi Cloud keeps one secret")), qPrintable(text));
        QTest::mouseClick(child<QToolButton>(&rotate, "generateSecretButton"), Qt::LeftButton);
        QTest::mouseClick(okButton(&rotate), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!rotate.isVisible(), 15000);
        QCOMPARE(rotate.result(), int(QDialog::Accepted));
        QVERIFY(rotate.rotatedWebhook().hasSecret);
        QVERIFY(!rotate.rotatedWebhook().previousSecretUntil.isValid());
    }
};

QTEST_MAIN(TestSigningUi)
#include "tst_signingui.moc"
