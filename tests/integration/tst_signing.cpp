#include "HistoryExchange.h"
#include "LocalReceiver.h"
#include "Receiver.h"
#include "Signature.h"
#include "TestSupport.h"
#include "local/LocalBackend.h"
#include "secrets/KeychainSecretStore.h"

#include "AppInfo.h"

#include <QSignalSpy>
#include <QTest>

using namespace wc;
using test::LocalReceiver;

// Signature schemes per webhook and secret rotation (issue 13), end to end: webhooks in a real
// database, secrets in the real keychain, deliveries over HTTP to a receiver on 127.0.0.1,
// each judged by the scheme's own library (tests/js/signatures.js) and by the console's own
// verification. The rotation's timeline runs on a clock the test moves.
class TestSigning : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LocalBackend> m_backend;
    LocalReceiver m_receiver;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    int m_counter = 0;

    void openBackend()
    {
        m_backend = std::make_unique<LocalBackend>(m_path);
        m_backend->setClock([this] { return m_now; });
        const Error e = test::await(m_backend->open());
        QVERIFY2(!e, qPrintable(e.message));
    }

    Webhook create(const QString &scheme, const QString &secret)
    {
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme"));
        d.name = QStringLiteral("hook-%1").arg(++m_counter);
        d.displayName = QStringLiteral("Hook %1").arg(m_counter);
        d.payloadUrl = m_receiver.url();
        d.signature = scheme;
        if (!secret.isEmpty()) {
            d.secretChange = WebhookDraft::SecretChange::Set;
            d.secret = secret;
        }
        const Result<Webhook> r = test::await(m_backend->create(d));
        if (r.error)
            qFatal("create failed: %s", qPrintable(r.error.message));
        return r.value;
    }

    /// Pings the webhook; gives the request as the receiver got it.
    LocalReceiver::Request ping(const WebhookRef &ref)
    {
        const qsizetype before = m_receiver.requests().size();
        const Result<Delivery> r = test::await(m_backend->ping(ref));
        if (r.error || !r.value.succeeded())
            qFatal("ping failed: %s %s", qPrintable(r.error.message), qPrintable(r.value.error));
        if (m_receiver.requests().size() != before + 1)
            qFatal("the receiver did not get the ping");
        return m_receiver.requests().constLast();
    }

    static HttpHeaders headersOf(const LocalReceiver::Request &request)
    {
        HttpHeaders headers;
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
            headers.append({it.key(), it.value()});
        return headers;
    }

    static SecretStore::ReadResult readKeychain(const QString &key)
    {
        KeychainSecretStore store(QString::fromLatin1(AppInfo::KeychainService));
        return test::await(store.read(key));
    }

    QString uidOf(const WebhookRef &ref)
    {
        test::SeedDatabase seed(m_path);
        Error e;
        const auto stored = seed.webhooks.byRef(ref, &e);
        return stored ? stored->uid : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_receiver.listen());
        m_path = m_dir.filePath(QStringLiteral("signing.sqlite"));
        openBackend();
    }

    void everySchemeIsVerifiedByItsOwnLibrary_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QByteArray>("header");
        for (const SignatureScheme *s : SignatureScheme::all())
            QTest::newRow(qPrintable(s->id())) << s->id() << s->headerNames().constLast().toLower();
    }
    void everySchemeIsVerifiedByItsOwnLibrary()
    {
        QFETCH(QString, scheme);
        QFETCH(QByteArray, header);
        const SignatureScheme &s = SignatureScheme::get(scheme);
        const QString secret = s.generateSecret();
        QVERIFY2(s.secretProblem(secret).isEmpty(), qPrintable(s.secretProblem(secret)));
        const Webhook w = create(scheme, secret);
        QCOMPARE(w.signature, scheme);
        const LocalReceiver::Request request = ping(w.ref());
        QVERIFY2(request.headers.contains(header), request.headers.keys().join(' ').constData());
        // Pulumi's own headers ride along whatever the scheme.
        QVERIFY(request.headers.contains("pulumi-webhook-id"));
        QVERIFY(request.headers.contains("pulumi-webhook-kind"));

        const test::LibraryVerdict library =
            test::librariesVerify(scheme, secret, headersOf(request), request.body);
        QVERIFY2(library.valid, qPrintable(library.error));
        const SignatureVerdict own =
            s.verify(headersOf(request), request.body, {{secret, QStringLiteral("current secret")}},
                     QDateTime::currentSecsSinceEpoch());
        QVERIFY2(own.valid(), qPrintable(own.text));

        // And neither accepts another secret.
        const QString other = s.generateSecret();
        QVERIFY(!test::librariesVerify(scheme, other, headersOf(request), request.body).valid);
        QCOMPARE(s.verify(headersOf(request), request.body, {{other, QStringLiteral("x")}},
                          QDateTime::currentSecsSinceEpoch())
                     .reason,
                 SignatureVerdict::Reason::WrongSecret);
    }

    void theBuiltInReceiverAgreesWithEveryLibrary_data()
    {
        QTest::addColumn<QString>("scheme");
        for (const SignatureScheme *s : SignatureScheme::all())
            QTest::newRow(qPrintable(s->id())) << s->id();
    }
    void theBuiltInReceiverAgreesWithEveryLibrary()
    {
        // A console delivery of each scheme, to the console's own receiver: valid there, and
        // valid for the scheme's library on the very bytes the receiver took in.
        QFETCH(QString, scheme);
        const SignatureScheme &s = SignatureScheme::get(scheme);
        const QString secret = s.generateSecret();
        const Webhook w = create(scheme, secret);
        Receiver receiver;
        QVERIFY(!receiver.listen(0));
        const SigningKeys keys = test::await(m_backend->signingKeys(w.ref())).value;
        QCOMPARE(keys.secrets.size(), 1);
        receiver.setVerification(keys);
        QSignalSpy received(&receiver, &Receiver::received);
        WebhookDraft edit = WebhookDraft::from(w);
        edit.payloadUrl = receiver.url() + QStringLiteral("hook");
        QVERIFY(!test::await(m_backend->update(w.ref(), edit)).error);
        const Result<Delivery> sent = test::await(m_backend->ping(w.ref()));
        QVERIFY2(sent.value.succeeded(), qPrintable(sent.value.error + sent.error.message));
        QTRY_COMPARE(received.count(), 1);
        const auto request = received.at(0).at(0).value<ReceivedRequest>();
        QVERIFY2(request.verdict.valid(), qPrintable(request.verdict.text));
        QCOMPARE(request.verdict.secretIndex, 0);
        QVERIFY2(request.verdict.text.contains(u"current secret"),
                 qPrintable(request.verdict.text));
        const test::LibraryVerdict library =
            test::librariesVerify(scheme, secret, request.headers, request.body);
        QVERIFY2(library.valid, qPrintable(library.error));

        // The receiver's log keeps it, searchable, until cleared.
        const Result<ReceivedRequest> kept = test::await(m_backend->keepReceived(request, w.ref()));
        QVERIFY2(!kept.error, qPrintable(kept.error.message));
        QVERIFY(kept.value.id > 0);
        const auto found =
            test::await(m_backend->receivedRequests(QStringLiteral("ping from"), 10));
        QVERIFY2(!found.error, qPrintable(found.error.message));
        QVERIFY(!found.value.isEmpty());
        QCOMPARE(found.value.first().body, request.body);
        QCOMPARE(found.value.first().verdict.outcome, SignatureVerdict::Outcome::Valid);
        QCOMPARE(found.value.first().verdict.text, request.verdict.text);
        QCOMPARE(found.value.first().headers, request.headers);
        QVERIFY(test::await(m_backend->receivedRequests(QStringLiteral("no-such-needle"), 10))
                    .value.isEmpty());
        // Search takes % and _ as themselves, and a body of any bytes is searched.
        ReceivedRequest odd = request;
        static const char raw[] = "\xff\xfe 100% done\0";
        odd.body = QByteArray(raw, sizeof raw); // ending in a NUL of its own
        QVERIFY(!test::await(m_backend->keepReceived(odd, {})).error);
        QCOMPARE(test::await(m_backend->receivedRequests(QStringLiteral("100%"), 10)).value.size(),
                 1);
        QVERIFY(
            test::await(m_backend->receivedRequests(QStringLiteral("1_0%"), 10)).value.isEmpty());
        QVERIFY(test::await(m_backend->clearReceived()).value >= 1);
        QVERIFY(test::await(m_backend->receivedRequests({}, 10)).value.isEmpty());
    }

    void editAndSendSignsAfreshAndLinksTheOriginal()
    {
        const SignatureScheme &s = SignatureScheme::get(QStringLiteral("standard-webhooks"));
        const QString secret = s.generateSecret();
        const Webhook w = create(s.id(), secret);
        const Result<Delivery> original = test::await(m_backend->ping(w.ref()));
        QVERIFY(original.value.succeeded());
        LocalReceiver elsewhere; // a receiver under development on the user's machine
        QVERIFY(elsewhere.listen());

        EditedDelivery edit;
        edit.fromDeliveryId = original.value.id;
        edit.payload = R"({"edited":true})";
        edit.headers = original.value.requestHeaders + QStringLiteral("\r\nX-Trial: 1");
        edit.url = elsewhere.url();
        const Result<Delivery> sent = test::await(m_backend->sendEdited(edit));
        QVERIFY2(!sent.error && sent.value.succeeded(), qPrintable(sent.error.message));
        QCOMPARE(sent.value.editedFrom, original.value.id);
        QVERIFY(sent.value.redeliveryOf.isEmpty());
        QVERIFY(sent.value.uid != original.value.uid); // a new message
        QCOMPARE(elsewhere.requests().size(), 1);
        const LocalReceiver::Request got = elsewhere.requests().constFirst();
        QCOMPARE(got.body, edit.payload);
        QCOMPARE(got.headers.value("x-trial"), QByteArray("1"));
        QCOMPARE(got.headers.value("webhook-id"), sent.value.uid.toUtf8());
        QCOMPARE(got.headers.value("pulumi-webhook-id"), sent.value.uid.toUtf8());
        // Signed afresh, over the edited body, once (the original's signature left out).
        QVERIFY(!got.headers.value("webhook-signature").contains(' '));
        QVERIFY(test::librariesVerify(s.id(), secret, headersOf(got), got.body).valid);
        // Recorded, linked, and in the webhook's history.
        const Result<Delivery> stored = test::await(m_backend->delivery(sent.value.id));
        QCOMPARE(stored.value.editedFrom, original.value.id);
        QCOMPARE(stored.value.payload, edit.payload);

        // Deliberately unsigned, and deliberately wrongly signed.
        edit.signing = EditedDelivery::Signing::Unsigned;
        QVERIFY(test::await(m_backend->sendEdited(edit)).value.succeeded());
        QVERIFY(!elsewhere.requests().constLast().headers.contains("webhook-signature"));
        QCOMPARE(s.verify(headersOf(elsewhere.requests().constLast()),
                          elsewhere.requests().constLast().body, {{secret, QStringLiteral("x")}},
                          QDateTime::currentSecsSinceEpoch())
                     .outcome,
                 SignatureVerdict::Outcome::Unsigned);
        edit.signing = EditedDelivery::Signing::WrongSecret;
        QVERIFY(test::await(m_backend->sendEdited(edit)).value.succeeded());
        const LocalReceiver::Request wrong = elsewhere.requests().constLast();
        QVERIFY(wrong.headers.contains("webhook-signature"));
        QVERIFY(!test::librariesVerify(s.id(), secret, headersOf(wrong), wrong.body).valid);
        QCOMPARE(s.verify(headersOf(wrong), wrong.body, {{secret, QStringLiteral("x")}},
                          QDateTime::currentSecsSinceEpoch())
                     .reason,
                 SignatureVerdict::Reason::WrongSecret);

        // Bad input: another URL that is not one.
        edit.url = QStringLiteral("ftp://example.com/");
        QCOMPARE(test::await(m_backend->sendEdited(edit)).error.field, QStringLiteral("url"));
    }

    void anExportedHistoryReimportsByteForByte()
    {
        const Webhook from = create(QStringLiteral("github"), QStringLiteral("s3cret"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(test::await(m_backend->ping(from.ref())).value.succeeded());
        const Result<Delivery> first = test::await(m_backend->ping(from.ref()));
        QVERIFY(!test::await(m_backend->redeliver(first.value.id)).error);
        DeliveryFilter all;
        all.webhook = from.ref();
        PageRequest everything;
        everything.limit = 100;
        everything.withBodies = true;
        const QList<Delivery> before = test::await(m_backend->history(all, everything)).value.rows;
        QCOMPARE(before.size(), 5);

        const QByteArray har = writeHistory(before, HistoryFormat::Har, HistoryExportOptions{true});
        const Result<QList<Delivery>> read = readHistory(har);
        QVERIFY2(!read.error, qPrintable(read.error.message));
        const Webhook into = create(QStringLiteral("github"), {});
        const Result<qint64> imported =
            test::await(m_backend->importDeliveries(into.ref(), read.value));
        QVERIFY2(!imported.error, qPrintable(imported.error.message));
        QCOMPARE(imported.value, qint64(5));
        all.webhook = into.ref();
        const QList<Delivery> after = test::await(m_backend->history(all, everything)).value.rows;
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].uid, before[i].uid);
            QCOMPARE(after[i].payload, before[i].payload);
            QCOMPARE(after[i].requestHeaders, before[i].requestHeaders);
            QCOMPARE(after[i].responseHeaders, before[i].responseHeaders);
            QCOMPARE(after[i].responseBody, before[i].responseBody);
            QCOMPARE(after[i].timestamp, before[i].timestamp);
            QCOMPARE(after[i].responseCode, before[i].responseCode);
            QCOMPARE(after[i].redeliveryOf.isEmpty(), before[i].redeliveryOf.isEmpty());
        }
        // The redelivery still points at its original, under its new id.
        const auto redelivery = std::find_if(after.cbegin(), after.cend(), [](const Delivery &d) {
            return !d.redeliveryOf.isEmpty();
        });
        QVERIFY(redelivery != after.cend());
        QCOMPARE(test::await(m_backend->delivery(redelivery->redeliveryOf)).value.uid,
                 redelivery->uid);
        // A password in a URL is a secret: left out of exports unless asked, as signatures are.
        Delivery withPassword = before.first();
        withPassword.requestUrl = QStringLiteral("https://user:hunter2@example.com/hook");
        for (const HistoryFormat format :
             {HistoryFormat::Har, HistoryFormat::JsonLines, HistoryFormat::Csv}) {
            QVERIFY(!writeHistory({withPassword}, format).contains("hunter2"));
            QVERIFY(!writeHistory({withPassword}, format).contains("s3cret"));
        }
        QVERIFY(writeHistory({withPassword}, HistoryFormat::Har, HistoryExportOptions{true})
                    .contains("hunter2"));
        // Exported again, the same bytes apart from the ids and the webhook.
        QList<Delivery> again = after;
        QList<Delivery> original = before;
        for (QList<Delivery> *list : {&again, &original}) {
            for (Delivery &d : *list) {
                d.id.clear();
                d.redeliveryOf.clear();
                d.webhook = {};
            }
        }
        QCOMPARE(writeHistory(again, HistoryFormat::JsonLines, HistoryExportOptions{true}),
                 writeHistory(original, HistoryFormat::JsonLines, HistoryExportOptions{true}));
    }

    void aSecretOfTheWrongShapeIsRefused()
    {
        WebhookDraft d;
        d.scope = Scope::organizationScope(QStringLiteral("acme"));
        d.name = QStringLiteral("shape");
        d.displayName = QStringLiteral("Shape");
        d.payloadUrl = m_receiver.url();
        d.signature = QString::fromLatin1(SignatureSchemeId::StandardWebhooks);
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = QStringLiteral("not-a-whsec-secret");
        const Result<Webhook> refused = test::await(m_backend->create(d));
        QCOMPARE(refused.error.code, Error::Code::Invalid);
        QCOMPARE(refused.error.field, QStringLiteral("secret"));
        QVERIFY2(refused.error.message.contains(u"whsec_"), qPrintable(refused.error.message));
        QCOMPARE(test::await(m_backend->webhook(WebhookRef{d.scope, d.name})).error.code,
                 Error::Code::NotFound);

        // Too short a key (fewer than 24 bytes) is refused too.
        d.secret = QStringLiteral("whsec_") + QString::fromLatin1(QByteArray(16, 'k').toBase64());
        QCOMPARE(test::await(m_backend->create(d)).error.field, QStringLiteral("secret"));

        // A webhook switched to Standard Webhooks while keeping a secret of another shape.
        const Webhook plain =
            create(QString::fromLatin1(SignatureSchemeId::GitHub), QStringLiteral("plain secret"));
        WebhookDraft edit = WebhookDraft::from(plain);
        edit.signature = QString::fromLatin1(SignatureSchemeId::StandardWebhooks);
        const Result<Webhook> kept = test::await(m_backend->update(plain.ref(), edit));
        QCOMPARE(kept.error.field, QStringLiteral("secret"));
        QVERIFY2(kept.error.message.contains(u"Standard Webhooks"), qPrintable(kept.error.message));
        QCOMPARE(test::await(m_backend->webhook(plain.ref())).value.signature,
                 QString::fromLatin1(SignatureSchemeId::GitHub));
        // With a new secret of the right shape it is saved.
        edit.secretChange = WebhookDraft::SecretChange::Set;
        edit.secret = SignatureScheme::get(edit.signature).generateSecret();
        QVERIFY(!test::await(m_backend->update(plain.ref(), edit)).error);
    }

    void rotationSignsWithBothSecretsDuringTheOverlapOnly_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<bool>("both");
        QTest::newRow("standard-webhooks") << QStringLiteral("standard-webhooks") << true;
        QTest::newRow("stripe") << QStringLiteral("stripe") << true;
        QTest::newRow("pulumi") << QStringLiteral("pulumi") << false;
        QTest::newRow("github") << QStringLiteral("github") << false;
    }
    void rotationSignsWithBothSecretsDuringTheOverlapOnly()
    {
        QFETCH(QString, scheme);
        QFETCH(bool, both);
        const SignatureScheme &s = SignatureScheme::get(scheme);
        const QString oldSecret = s.generateSecret();
        const QString newSecret = s.generateSecret();
        const Webhook w = create(scheme, oldSecret);
        const QString uid = uidOf(w.ref());

        const Result<Webhook> rotated =
            test::await(m_backend->rotateSecret(w.ref(), newSecret, std::chrono::hours(24)));
        QVERIFY2(!rotated.error, qPrintable(rotated.error.message));
        QCOMPARE(rotated.value.previousSecretUntil, m_now.addSecs(24 * 3600));
        QCOMPARE(test::await(m_backend->webhook(w.ref())).value.previousSecretUntil,
                 m_now.addSecs(24 * 3600));
        QCOMPARE(readKeychain(LocalBackend::previousSecretKey(uid)).secret, oldSecret);
        QCOMPARE(readKeychain(uid).secret, newSecret);

        // During the overlap: the new secret always verifies; the old one too where the scheme
        // carries a signature per secret.
        m_now = m_now.addSecs(23 * 3600);
        LocalReceiver::Request during = ping(w.ref());
        QVERIFY2(test::librariesVerify(scheme, newSecret, headersOf(during), during.body).valid,
                 "the new secret must verify during the overlap");
        const test::LibraryVerdict old =
            test::librariesVerify(scheme, oldSecret, headersOf(during), during.body);
        QVERIFY2(old.valid == both, qPrintable(old.error));
        const SignatureVerdict own = s.verify(headersOf(during), during.body,
                                              {{newSecret, QStringLiteral("current secret")},
                                               {oldSecret, QStringLiteral("previous secret")}},
                                              QDateTime::currentSecsSinceEpoch());
        QVERIFY(own.valid());
        // A receiver still on the old secret accepts it.
        QCOMPARE(s.verify(headersOf(during), during.body,
                          {{oldSecret, QStringLiteral("previous secret")}},
                          QDateTime::currentSecsSinceEpoch())
                     .valid(),
                 both);
        const SigningKeys keys = test::await(m_backend->signingKeys(w.ref())).value;
        QCOMPARE(keys.scheme, scheme);
        QCOMPARE(keys.secrets.size(), 2);
        QCOMPARE(keys.secrets[1].secret, oldSecret);

        // After it: one signature, the new secret's; the old one has left the keychain.
        m_now = m_now.addSecs(2 * 3600);
        LocalReceiver::Request after = ping(w.ref());
        QVERIFY(test::librariesVerify(scheme, newSecret, headersOf(after), after.body).valid);
        QVERIFY(!test::librariesVerify(scheme, oldSecret, headersOf(after), after.body).valid);
        QTRY_COMPARE(readKeychain(LocalBackend::previousSecretKey(uid)).error.code,
                     Error::Code::NotFound);
        QTRY_VERIFY(!test::await(m_backend->webhook(w.ref())).value.previousSecretUntil.isValid());
        QCOMPARE(test::await(m_backend->signingKeys(w.ref())).value.secrets.size(), 1);
    }

    void anOverlapThatEndedWhileClosedEndsOnOpening()
    {
        const SignatureScheme &s = SignatureScheme::get(QStringLiteral("standard-webhooks"));
        const Webhook w = create(s.id(), s.generateSecret());
        const QString uid = uidOf(w.ref());
        QVERIFY(!test::await(
                     m_backend->rotateSecret(w.ref(), s.generateSecret(), std::chrono::minutes(30)))
                     .error);
        QCOMPARE(readKeychain(LocalBackend::previousSecretKey(uid)).error.code, Error::Code::None);

        m_backend.reset(); // the console closes
        m_now = m_now.addSecs(3600);
        openBackend(); // and opens an hour later
        QCOMPARE(readKeychain(LocalBackend::previousSecretKey(uid)).error.code,
                 Error::Code::NotFound);
        QVERIFY(!test::await(m_backend->webhook(w.ref())).value.previousSecretUntil.isValid());
    }

    void anOverlapEndsWhileOpenWithoutAnyDelivery()
    {
        const SignatureScheme &s = SignatureScheme::get(QStringLiteral("stripe"));
        const Webhook w = create(s.id(), s.generateSecret());
        const QString uid = uidOf(w.ref());
        QSignalSpy changed(m_backend.get(), &WebhookBackend::webhookChanged);
        // An overlap of one second on the real clock: the backend's own timer ends it.
        m_backend->setClock([] { return QDateTime::currentDateTimeUtc(); });
        QVERIFY(!test::await(
                     m_backend->rotateSecret(w.ref(), s.generateSecret(), std::chrono::seconds(1)))
                     .error);
        QTRY_COMPARE_WITH_TIMEOUT(readKeychain(LocalBackend::previousSecretKey(uid)).error.code,
                                  Error::Code::NotFound, 10000);
        QTRY_VERIFY(!test::await(m_backend->webhook(w.ref())).value.previousSecretUntil.isValid());
        // The window hears of it (the rotation line disappears).
        QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &a) {
            return a.at(1).value<Webhook>().ref() == w.ref() &&
                   !a.at(1).value<Webhook>().previousSecretUntil.isValid();
        }));
        m_backend->setClock([this] { return m_now; });
    }

    void rotationRules()
    {
        const SignatureScheme &s = SignatureScheme::get(QStringLiteral("standard-webhooks"));
        const QString secret = s.generateSecret();
        const Webhook w = create(s.id(), secret);
        // The same secret again is no rotation.
        const Result<Webhook> same =
            test::await(m_backend->rotateSecret(w.ref(), secret, std::chrono::hours(1)));
        QCOMPARE(same.error.field, QStringLiteral("secret"));
        // Of the scheme's shape.
        QCOMPARE(test::await(m_backend->rotateSecret(w.ref(), QStringLiteral("plain"),
                                                     std::chrono::hours(1)))
                     .error.field,
                 QStringLiteral("secret"));
        // An overlap beyond 30 days is refused.
        QCOMPARE(test::await(m_backend->rotateSecret(w.ref(), s.generateSecret(),
                                                     std::chrono::hours(24 * 31)))
                     .error.field,
                 QStringLiteral("overlap"));
        // No overlap: replaced outright, nothing kept.
        const QString uid = uidOf(w.ref());
        const QString next = s.generateSecret();
        const Result<Webhook> outright =
            test::await(m_backend->rotateSecret(w.ref(), next, std::chrono::seconds(0)));
        QVERIFY2(!outright.error, qPrintable(outright.error.message));
        QVERIFY(!outright.value.previousSecretUntil.isValid());
        QCOMPARE(readKeychain(uid).secret, next);
        QCOMPARE(readKeychain(LocalBackend::previousSecretKey(uid)).error.code,
                 Error::Code::NotFound);
        // Deleting a webhook during an overlap takes both secrets out of the keychain.
        QVERIFY(!test::await(
                     m_backend->rotateSecret(w.ref(), s.generateSecret(), std::chrono::hours(2)))
                     .error);
        QVERIFY(!test::await(m_backend->remove(w.ref())));
        QCOMPARE(readKeychain(uid).error.code, Error::Code::NotFound);
        QTRY_COMPARE(readKeychain(LocalBackend::previousSecretKey(uid)).error.code,
                     Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
