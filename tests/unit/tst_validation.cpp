#include "EventCatalog.h"
#include "Validation.h"

#include <QTest>

using namespace wc;

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "my-hook" << true;
        QTest::newRow("all allowed characters") << "A-z_0.9" << true;
        QTest::newRow("one character") << "a" << true;
        QTest::newRow("32 characters") << QString(32, u'x') << true;
        QTest::newRow("33 characters") << QString(33, u'x') << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("space") << "my hook" << false;
        QTest::newRow("slash") << "org/hook" << false;
        QTest::newRow("non-ascii letter") << "café" << false;
        QTest::newRow("colon") << "a:b" << false;
        QTest::newRow("dot") << "." << false;
        QTest::newRow("dot dot") << ".." << false;
        QTest::newRow("three dots") << "..." << true;
        QTest::newRow("leading dot") << ".hook" << true;
        QTest::newRow("ESC") << "a\x1b[31m" << false;
        QTest::newRow("tab") << "a\tb" << false;
        QTest::newRow("NUL") << QString(QStringLiteral("ab") + QChar(0) + u'c') << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(validation::name(name).isEmpty(), valid);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error"); // a word the message must contain; empty: valid
        QTest::newRow("https") << "https://example.com/hook"
                               << "";
        QTest::newRow("http with port") << "http://127.0.0.1:8080/x?y=1"
                                        << "";
        QTest::newRow("surrounding spaces") << "  https://example.com  "
                                            << "";
        QTest::newRow("ipv6") << "http://[::1]:9000/"
                              << "";
        QTest::newRow("empty") << ""
                               << "Enter";
        QTest::newRow("relative") << "/hooks/pulumi"
                                  << "http";
        QTest::newRow("no scheme") << "example.com/hook"
                                   << "http";
        QTest::newRow("ftp") << "ftp://example.com/"
                             << "http";
        QTest::newRow("file") << "file:///etc/passwd"
                              << "http";
        QTest::newRow("no host") << "http:///path"
                                 << "host";
        QTest::newRow("space in host") << "http://exa mple.com/"
                                       << "valid";
        QTest::newRow("too long") << "https://example.com/" + QString(2100, u'a') << "2048";
        QTest::newRow("user and password") << "https://user:hunter2@example.com/hook"
                                           << "plain text";
        QTest::newRow("user name only (a token)") << "https://ghp_token@example.com/"
                                                  << "plain text";
        QTest::newRow("password only") << "http://:hunter2@example.com/"
                                       << "plain text";
        QTest::newRow("empty user info") << "http://@example.com/"
                                         << "";
        QTest::newRow("@ in the path") << "https://example.com/@team/hook"
                                       << "";
        QTest::newRow("port 0") << "http://example.com:0/hook"
                                << "Port 0";
        QTest::newRow("port 1") << "http://example.com:1/hook"
                                << "";
        QTest::newRow("port 65535") << "http://example.com:65535/"
                                    << "";
        QTest::newRow("ESC in the path") << "http://example.com/\x1b[2J"
                                         << "valid";
    }
    void urls()
    {
        QFETCH(QString, url);
        QFETCH(QString, error);
        const QString message = validation::payloadUrl(url);
        if (error.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(error), qPrintable(message));
    }

    void displayNames_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("normal") << "Deployments to Slack" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("blank") << "   " << false;
        QTest::newRow("100") << QString(100, u'd') << true;
        QTest::newRow("101") << QString(101, u'd') << false;
        QTest::newRow("accents, symbols, emoji") << "Déploiements → Slack ✓ 🚀" << true;
        QTest::newRow("ESC sequence") << "Deploys\x1b[2J\x1b[31mred" << false;
        QTest::newRow("newline") << "first\nsecond" << false;
        QTest::newRow("carriage return") << "shown\rhidden" << false;
        QTest::newRow("tab") << "a\tb" << false;
        QTest::newRow("NUL") << QString(QStringLiteral("ab") + QChar(0) + u'c') << false;
        QTest::newRow("BEL") << "ding\a" << false;
        QTest::newRow("DEL") << "a\x7f" << false;
        QTest::newRow("C1 CSI") << QString(QStringLiteral("a") + QChar(0x9b) + QStringLiteral("2J"))
                                << false;
        QTest::newRow("C1 NEL") << QString(QStringLiteral("a") + QChar(0x85)) << false;
        QTest::newRow("first after C1")
            << QString(QStringLiteral("a") + QChar(0xa0) + u'b') << true; // no-break space
    }
    void displayNames()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QString message = validation::displayName(value);
        QVERIFY2(message.isEmpty() == valid, qPrintable(message));
        if (!valid && !value.trimmed().isEmpty() && value.size() <= 100)
            QVERIFY2(message.startsWith(QStringLiteral("The display name cannot contain control "
                                                       "characters")),
                     qPrintable(message));
    }

    void controlCharacterIsNamed()
    {
        QCOMPARE(validation::displayName(QStringLiteral("a\x1b[31m")),
                 QStringLiteral("The display name cannot contain control characters such as "
                                "tabs, line breaks or escape sequences (found U+001B)."));
        QVERIFY(validation::displayName(QString(QStringLiteral("a") + QChar(0x9b)))
                    .contains(QStringLiteral("(found U+009B)")));
        QVERIFY(validation::secret(QString(QStringLiteral("ab") + QChar(0) + QStringLiteral("cd")))
                    .contains(QStringLiteral("(found U+0000)")));
    }

    void secrets_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "s3cr3t" << true;
        QTest::newRow("spaces inside and around") << "  correct horse  " << true;
        QTest::newRow("unicode") << "s3cr3t ✓ ü" << true;
        QTest::newRow("1024") << QString(1024, u's') << true;
        QTest::newRow("1025") << QString(1025, u's') << false;
        QTest::newRow("NUL inside")
            << QString(QStringLiteral("ab") + QChar(0) + QStringLiteral("cd")) << false;
        QTest::newRow("NUL at the end") << QString(QStringLiteral("ab") + QChar(0)) << false;
        QTest::newRow("newline") << "two\nlines" << false;
        QTest::newRow("trailing newline") << "secret\n" << false;
        QTest::newRow("carriage return") << "secret\r" << false;
        QTest::newRow("tab") << "a\tb" << false;
        QTest::newRow("ESC") << "a\x1b" << false;
        QTest::newRow("DEL") << "a\x7f" << false;
        QTest::newRow("C1") << QString(QStringLiteral("a") + QChar(0x90)) << false;
    }
    void secrets()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QString message = validation::secret(value);
        QVERIFY2(message.isEmpty() == valid, qPrintable(message));
        if (!valid && value.size() <= 1024)
            QVERIFY2(message.startsWith(QStringLiteral("The secret cannot contain control")),
                     qPrintable(message));
    }

    void scopeSegments_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // a word the message must contain; empty: valid
        QTest::newRow("plain") << "acme"
                               << "";
        QTest::newRow("dots inside") << "acme.corp"
                                     << "";
        QTest::newRow("dot") << "."
                             << "cannot be the organization name";
        QTest::newRow("dot dot") << ".."
                                 << "cannot be the organization name";
        QTest::newRow("ESC") << "acme\x1b[31m"
                             << "in the organization name";
        QTest::newRow("newline") << "ac\nme"
                                 << "in the organization name";
        QTest::newRow("DEL") << "acme\x7f"
                             << "in the organization name";
    }
    void scopeSegments()
    {
        QFETCH(QString, value);
        QFETCH(QString, error);
        const QString message =
            validation::scopeSegment(value, validation::ScopePart::Organization);
        if (error.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(error), qPrintable(message));
    }

    void redactedUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::newRow("none") << "https://example.com/hook?a=b#c"
                              << "https://example.com/hook?a=b#c";
        QTest::newRow("user and password") << "http://user:hunter2@example.com:8080/hook"
                                           << "http://user:•••@example.com:8080/hook";
        QTest::newRow("password with @ and :") << "https://bot:p@ss:w0rd@example.com/x?y=@z"
                                               << "https://bot:•••@example.com/x?y=@z";
        QTest::newRow("user only") << "https://ghp_token@example.com/"
                                   << "https://•••@example.com/";
        QTest::newRow("password only") << "http://:hunter2@example.com/"
                                       << "http://:•••@example.com/";
        QTest::newRow("no path") << "http://u:p@example.com"
                                 << "http://u:•••@example.com";
        QTest::newRow("@ only after the host") << "https://example.com/@team?to=a@b.c"
                                               << "https://example.com/@team?to=a@b.c";
        QTest::newRow("not a URL") << "no scheme@all"
                                   << "no scheme@all";
    }
    void redactedUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QCOMPARE(validation::redactedUrl(url), shown);
    }

    void deriveName_data()
    {
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("name");
        QTest::newRow("words") << "Deployments to Slack"
                               << "deployments-to-slack";
        QTest::newRow("punctuation") << "  CI / CD  hook!! "
                                     << "ci-cd-hook";
        QTest::newRow("keeps dots") << "v1.2 Receiver"
                                    << "v1.2-receiver";
        QTest::newRow("long") << QString(40, u'a') << QString(32, u'a');
        QTest::newRow("nothing usable") << "—!!—"
                                        << "";
        QTest::newRow("only dots") << ".."
                                   << "";
        QTest::newRow("one dot") << " . "
                                 << "";
        QTest::newRow("control characters dropped") << "Deploys\x1b[2J"
                                                    << "deploys-2j";
    }
    void deriveName()
    {
        QFETCH(QString, displayName);
        QFETCH(QString, name);
        QCOMPARE(validation::deriveName(displayName), name);
        if (!name.isEmpty())
            QVERIFY(validation::name(name).isEmpty());
    }

    void generatedSecretsAreStrongAndDistinct()
    {
        const QString a = validation::generateSecret();
        const QString b = validation::generateSecret();
        QCOMPARE(a.size(), 43); // 32 bytes, base64url without padding
        QVERIFY(a != b);
        QVERIFY(validation::secret(a).isEmpty());
    }

    void formatsPerScope()
    {
        const Scope org = Scope::organizationScope(QStringLiteral("acme"));
        const Scope stack = Scope::stackScope(QStringLiteral("acme"), QStringLiteral("web"),
                                              QStringLiteral("prod"));
        QVERIFY(validation::format(QStringLiteral("raw"), org).isEmpty());
        QVERIFY(!validation::format(QStringLiteral("pulumi_deployments"), org).isEmpty());
        QVERIFY(validation::format(QStringLiteral("pulumi_deployments"), stack).isEmpty());
        QVERIFY(!validation::format(QStringLiteral("xml"), org).isEmpty());
    }

    void eventsPerScope()
    {
        const Scope org = Scope::organizationScope(QStringLiteral("acme"));
        const Scope stack = Scope::stackScope(QStringLiteral("acme"), QStringLiteral("web"),
                                              QStringLiteral("prod"));
        QVERIFY(EventCatalog::validate(org, {QStringLiteral("stack_created")}, {}).isEmpty());
        QVERIFY(!EventCatalog::validate(stack, {QStringLiteral("stack_created")}, {}).isEmpty());
        QVERIFY(!EventCatalog::validate(stack, {}, {QStringLiteral("environments")}).isEmpty());
        QVERIFY(EventCatalog::validate(org, {}, {QStringLiteral("environments")}).isEmpty());
        // A filter already covered by a chosen group is rejected, as Pulumi's CLI does.
        QVERIFY(EventCatalog::validate(org, {QStringLiteral("update_failed")},
                                       {QStringLiteral("stacks")})
                    .contains(QStringLiteral("covered")));
        QCOMPARE(EventCatalog::defaultGroups(stack),
                 QStringList({QStringLiteral("deployments"), QStringLiteral("stacks")}));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
