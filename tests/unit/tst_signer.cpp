#include "delivery/Signer.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace wc;

// Vectors from ../shared/reference/signing.md, checked there with Python's hmac.
class TestSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pulumiIsLowercaseHexOfBody()
    {
        QCOMPARE(PulumiSigner::sign(QStringLiteral("It's a Secret to Everybody"), "Hello, World!"),
                 QByteArray("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
    }
    void gitHubPrefixesSha256()
    {
        QCOMPARE(GitHubSigner::sign(QStringLiteral("It's a Secret to Everybody"), "Hello, World!"),
                 QByteArray("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b04"
                            "3e17"));
    }
    void standardWebhooksVector()
    {
        QCOMPARE(StandardWebhooksSigner::sign(
                     QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                     "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, R"({"test": 2432232314})"),
                 QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }
    void standardWebhooksRejectsSecretsWithoutPrefix()
    {
        QVERIFY(StandardWebhooksSigner::sign(QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                                             "id", 1, "body")
                    .isEmpty());
        QVERIFY(
            StandardWebhooksSigner::sign(QStringLiteral("whsec_!!!"), "id", 1, "body").isEmpty());
    }
    void stripeSignsTimestampDotBody()
    {
        // HMAC-SHA256("secret", "1700000000.{}") computed with Python's hmac.
        const QByteArray sig = StripeSigner::sign(QStringLiteral("secret"), 1700000000, "{}");
        QVERIFY(sig.startsWith("t=1700000000,v1="));
        QCOMPARE(sig.size(), qsizetype(16 + 64));
        QCOMPARE(sig.mid(16), PulumiSigner::sign(QStringLiteral("secret"), "1700000000.{}"));
    }
    void signsExactBytesAndUtf8Secrets()
    {
        // One byte of difference in the body changes the signature.
        QVERIFY(PulumiSigner::sign(QStringLiteral("k"), "{\"a\":1}") !=
                PulumiSigner::sign(QStringLiteral("k"), "{\"a\": 1}"));
        // Non-ASCII secrets are keyed by their UTF-8 bytes (Python: hmac.new("é".encode()...)).
        QCOMPARE(PulumiSigner::sign(QStringLiteral("é"), "x"),
                 QMessageAuthenticationCode::hash("x", QByteArray("\xc3\xa9"),
                                                  QCryptographicHash::Sha256)
                     .toHex());
    }
    void constantTimeCompare()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
