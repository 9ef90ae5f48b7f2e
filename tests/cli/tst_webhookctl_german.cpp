// webhookctl in German: with LANG=de_DE.UTF-8 its help, its usage errors (on standard error,
// with the documented exit codes) and Qt's own parser errors are German, its --json output is
// the same as in English; with LANG=C it stays English. The expected German comes from the
// committed catalogue (resources/translations/webhook-console_de.ts), so the test follows the
// translators' words; the real webhookctl ($WEBHOOKCTL) runs as a child process.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    [[nodiscard]] QByteArray describe() const
    {
        return "exit " + QByteArray::number(code) + "\n--- stdout:\n" + out + "\n--- stderr:\n" +
               err;
    }
};

/// The catalogue's finished messages without plural forms: "context\x1fsource" → German.
QHash<QString, QString> readGerman(const QString &path, QString *error)
{
    QHash<QString, QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message" &&
                   xml.attributes().value(QLatin1String("numerus")) != u"yes") {
            QString source;
            QString translation;
            bool finished = false;
            while (!(xml.isEndElement() && xml.name() == u"message") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"source") {
                    source = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == u"translation") {
                    finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                    translation = xml.readElementText();
                }
            }
            if (finished && !translation.isEmpty())
                out.insert(context + u'\x1f' + source, translation);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

} // namespace

class TestWebhookctlGerman : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_program;
    QString m_database;
    QHash<QString, QString> m_german;

    /// webhookctl with `lang` as LANG and no other locale variable.
    Run run(const QString &lang, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "WEBHOOK_CONSOLE_DATABASE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), lang);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(m_program, QStringList{QStringLiteral("--database"), m_database} + args);
        Run r;
        if (!process.waitForStarted(10000)) {
            r.err = "could not start " + m_program.toUtf8();
            return r;
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            r.err = "timed out";
            return r;
        }
        r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    Run german(const QStringList &args) { return run(QStringLiteral("de_DE.UTF-8"), args); }
    Run english(const QStringList &args) { return run(QStringLiteral("C"), args); }

    /// The German of a message (of webhookctl's help and parser by default); the test fails
    /// without one.
    QString de(const char *source, const char *context = "webhookctl")
    {
        const QString text =
            m_german.value(QString::fromUtf8(context) + u'\x1f' + QString::fromUtf8(source));
        if (text.isEmpty())
            qWarning("no German for [%s] \"%s\"", context, source);
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_program = qEnvironmentVariable("WEBHOOKCTL");
        QVERIFY2(!m_program.isEmpty(), "CTest sets WEBHOOKCTL");
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("webhooks.sqlite"));
        QString error;
        m_german = readGerman(qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR") +
                                  QStringLiteral("/resources/translations/webhook-console_de.ts"),
                              &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void helpIsGerman()
    {
        const Run r = german({QStringLiteral("--help")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QString global = de("Global options (before or after the command):\n");
        QVERIFY2(!global.isEmpty() && r.outText().contains(global), r.describe().constData());
        QVERIFY2(!r.outText().contains(QStringLiteral("Global options (before or after")),
                 r.describe().constData());
        // Each option's description, as the table of options gives it.
        const QString help = de("Print this help and exit.");
        QVERIFY2(!help.isEmpty() && r.outText().contains(help), r.describe().constData());
        // A command's help too.
        const Run list =
            german({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("--help")});
        QVERIFY2(list.code == 0, list.describe().constData());
        const QString summary = de("List a webhook's deliveries, newest first.");
        QVERIFY2(!summary.isEmpty() && list.outText().contains(summary),
                 list.describe().constData());
    }

    void usageErrorsAreGermanWithTheirExitCode()
    {
        // A REF missing: exit 2, the reason on standard error, nothing on standard output.
        const Run r = german({QStringLiteral("webhook"), QStringLiteral("get")});
        QVERIFY2(r.code == 2, r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        const QString expected = de("Required: give the %1.").arg(QStringLiteral("REF"));
        QVERIFY2(!expected.isEmpty() && r.errText().contains(expected), r.describe().constData());
        QVERIFY2(!r.errText().contains(QStringLiteral("Required: give")), r.describe().constData());
        // The same in English under LANG=C.
        const Run c = english({QStringLiteral("webhook"), QStringLiteral("get")});
        QVERIFY2(c.code == 2, c.describe().constData());
        QVERIFY2(c.errText().contains(QStringLiteral("Required: give the REF.")),
                 c.describe().constData());

        // Qt's own parser speaks German too (qtbase_de.qm).
        const Run bogus = german({QStringLiteral("--bogus")});
        QVERIFY2(bogus.code == 2, bogus.describe().constData());
        QVERIFY2(bogus.errText().contains(QStringLiteral("bogus")), bogus.describe().constData());
        QVERIFY2(!bogus.errText().contains(QStringLiteral("Unknown option")),
                 bogus.describe().constData());
    }

    void outputForPeopleIsGerman()
    {
        const Run added = german(
            {QStringLiteral("stack"), QStringLiteral("add"), QStringLiteral("acme/web/prod")});
        QVERIFY2(added.code == 0, added.describe().constData());
        const QString expected =
            de("Added stack %1.\n", "wc::cli::Runner").arg(QStringLiteral("acme/web/prod"));
        QVERIFY2(!expected.isEmpty(), "no German for “Added stack %1.”");
        QCOMPARE(added.outText(), expected);
        // A table: its headers in German, its data as it is.
        const Run list = german({QStringLiteral("stack"), QStringLiteral("list")});
        QVERIFY2(list.code == 0, list.describe().constData());
        QVERIFY2(list.outText().contains(de("PROJECT", "wc::cli::Runner")),
                 list.describe().constData());
        QVERIFY2(list.outText().contains(QStringLiteral("acme/web/prod")),
                 list.describe().constData());
        QVERIFY2(!list.outText().contains(QStringLiteral("PROJECT")), list.describe().constData());
    }

    void jsonIsTheSameInEveryLanguage()
    {
        // Data: the same document, with the same (English) keys.
        const QStringList list{QStringLiteral("--json"), QStringLiteral("stack"),
                               QStringLiteral("list")};
        const Run de = german(list);
        const Run en = english(list);
        QVERIFY2(de.code == 0, de.describe().constData());
        QCOMPARE(de.out, en.out);
        QVERIFY(QJsonDocument::fromJson(de.out).isArray());
        // An error: the same keys and codes; only the sentence for people is German.
        const QStringList bad{QStringLiteral("--json"), QStringLiteral("webhook"),
                              QStringLiteral("get")};
        const Run deBad = german(bad);
        const Run enBad = english(bad);
        QCOMPARE(deBad.code, 2);
        QCOMPARE(enBad.code, 2);
        const QJsonObject deError = QJsonDocument::fromJson(deBad.out).object();
        const QJsonObject enError = QJsonDocument::fromJson(enBad.out).object();
        QVERIFY2(!deError.isEmpty(), deBad.describe().constData());
        QCOMPARE(deError.keys(), enError.keys());
        const QJsonObject deInner = deError.value(u"error").toObject();
        const QJsonObject enInner = enError.value(u"error").toObject();
        QCOMPARE(deInner.keys(), enInner.keys());
        QCOMPARE(deInner.value(u"code"), enInner.value(u"code"));
        QCOMPARE(deInner.value(u"exitCode"), enInner.value(u"exitCode"));
        QCOMPARE(deInner.value(u"field"), enInner.value(u"field"));
        QVERIFY(deInner.value(u"message") != enInner.value(u"message"));
    }

    void staysEnglishInTheCLocale()
    {
        const Run r = english({QStringLiteral("--help")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("Global options (before or after the "
                                                     "command):\n")),
                 r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("Print this help and exit.")),
                 r.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestWebhookctlGerman)
#include "tst_webhookctl_german.moc"
