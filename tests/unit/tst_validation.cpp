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
    }
    void displayNames()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(validation::displayName(value).isEmpty(), valid);
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
