// The German catalogue against the sources: lupdate (Qt's own, $WEBHOOK_CONSOLE_LUPDATE) reads
// app/ and ui/ into a fresh catalogue, which must match the committed
// resources/translations/webhook-console_de.ts message for message, every one finished and
// faithful to its source (placeholders, mnemonics, rich-text tags, two German plural forms).
// The English plural forms (webhook-console_en.ts) are checked the same way. Every offending
// message is printed with its context and where it is, then the test fails.
//
// To fix: `cmake --build <build> --target update_translations`, then translate what is
// unfinished (Qt Linguist, or by hand in the .ts file).

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             ///< of the translation: "", "unfinished", "obsolete", "vanished"
    QStringList translations; ///< one, or the numerus forms
    QString location;         ///< "app/gui/X.cpp:42", the first one

    [[nodiscard]] QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    [[nodiscard]] QString describe() const
    {
        QString text = source;
        text.replace(u'\n', QStringLiteral("\\n"));
        if (text.size() > 90)
            text = text.left(87) + QStringLiteral("…");
        return QStringLiteral("[%1] \"%2\"%3%4")
            .arg(context, text,
                 comment.isEmpty() ? QString() : QStringLiteral(" (comment \"%1\")").arg(comment),
                 location.isEmpty() ? QString() : QStringLiteral(" at %1").arg(location));
    }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;

    [[nodiscard]] QHash<QString, Message> byKey() const
    {
        QHash<QString, Message> out;
        for (const Message &m : messages)
            out.insert(m.key(), m);
        return out;
    }
};

/// Reads a Qt Linguist .ts file; `baseDir` turns its relative locations into paths of the tree.
Catalogue readTs(const QString &path, const QDir &baseDir, const QDir &sourceDir)
{
    Catalogue out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString lastFile;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS") {
            out.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            while (!(xml.isEndElement() && xml.name() == u"message") && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"location") {
                    const QString filename =
                        xml.attributes().value(QLatin1String("filename")).toString();
                    if (!filename.isEmpty())
                        lastFile = filename;
                    if (m.location.isEmpty()) {
                        const QString where = sourceDir.relativeFilePath(
                            QDir::cleanPath(baseDir.absoluteFilePath(lastFile)));
                        const QString line =
                            xml.attributes().value(QLatin1String("line")).toString();
                        // Relative locations (+N) tell no line of their own.
                        m.location =
                            line.isEmpty() || line.startsWith(u'+') || line.startsWith(u'-')
                                ? where
                                : where + u':' + line;
                    }
                } else if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    m.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!m.numerus) {
                        m.translations << xml.readElementText();
                    }
                } else if (xml.name() == u"numerusform") {
                    m.translations << xml.readElementText();
                }
            }
            out.messages << m;
        }
    }
    if (xml.hasError())
        out.error =
            QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

/// The placeholders of a text, sorted: %1…%99, %L1…, %n, %Ln (each as often as it occurs).
QStringList placeholders(const QString &text, bool withN = true)
{
    static const QRegularExpression any(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList out;
    for (auto it = any.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (withN || !p.endsWith(u'n'))
            out << p;
    }
    out.sort();
    return out;
}

/// The mnemonic markers of a text: single `&` before a character (`&&` is a literal ampersand;
/// `&amp;`-style entities of rich text are no marker).
int mnemonics(const QString &text)
{
    static const QRegularExpression entity(
        QStringLiteral("^&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);"));
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (entity.match(QStringView(text).mid(i)).hasMatch())
            continue;
        if (i + 1 < text.size() && !text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

/// The rich-text tags of a text, sorted: names, with their href (`<a href="retry">`).
QStringList tags(const QString &text)
{
    static const QRegularExpression tag(
        QStringLiteral(R"(<(/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>)"));
    static const QRegularExpression href(QStringLiteral(R"(href\s*=\s*"([^"]*)\")"));
    QStringList out;
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString t = m.captured(1) + m.captured(2).toLower();
        if (const QRegularExpressionMatch h = href.match(m.captured(3)); h.hasMatch())
            t += QStringLiteral(" href=") + h.captured(1);
        out << t;
    }
    out.sort();
    return out;
}

/// What is wrong with `translation` of `source`; empty when nothing is.
QStringList faults(const QString &source, const QString &translation, bool nOptional)
{
    QStringList out;
    if (placeholders(source, !nOptional) != placeholders(translation, !nOptional))
        out << QStringLiteral("placeholders %1 in the source, %2 in the translation")
                   .arg(placeholders(source, !nOptional).join(u' '),
                        placeholders(translation, !nOptional).join(u' '));
    if (mnemonics(source) != mnemonics(translation))
        out << QStringLiteral("%1 mnemonic & in the source, %2 in the translation")
                   .arg(mnemonics(source))
                   .arg(mnemonics(translation));
    if (tags(source) != tags(translation))
        out << QStringLiteral("tags (%1) in the source, (%2) in the translation")
                   .arg(tags(source).join(QStringLiteral(", ")),
                        tags(translation).join(QStringLiteral(", ")));
    return out;
}

/// Prints each problem on a line of its own (QTest shortens a long failure message); true when
/// there is none.
bool reported(const QString &what, const QStringList &lines)
{
    if (!lines.isEmpty())
        qWarning().noquote() << QStringLiteral("%1 (%2):").arg(what).arg(lines.size());
    for (const QString &line : lines)
        qWarning().noquote() << QStringLiteral("  ") + line;
    return lines.isEmpty();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDir m_source;
    QString m_lupdateOutput;
    Catalogue m_fresh;   ///< what the sources hold now
    Catalogue m_german;  ///< committed
    Catalogue m_english; ///< committed, plural forms only

private Q_SLOTS:
    void initTestCase()
    {
        const QString sourceDir = qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR");
        const QString lupdate = qEnvironmentVariable("WEBHOOK_CONSOLE_LUPDATE");
        QVERIFY2(!sourceDir.isEmpty() && !lupdate.isEmpty(),
                 "CTest sets WEBHOOK_CONSOLE_SOURCE_DIR and WEBHOOK_CONSOLE_LUPDATE");
        m_source.setPath(sourceDir);
        QVERIFY(m_dir.isValid());
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.ts"));
        // As `lupdate app ui` reads the tree (the update_translations target reads the same
        // files), with absolute line numbers for the messages below.
        QProcess process;
        process.setWorkingDirectory(m_source.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate, {QStringLiteral("app"), QStringLiteral("ui"),
                                QStringLiteral("-locations"), QStringLiteral("absolute"),
                                QStringLiteral("-no-obsolete"), QStringLiteral("-ts"), fresh});
        QVERIFY2(process.waitForFinished(120000), qPrintable(lupdate));
        m_lupdateOutput = QString::fromUtf8(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(m_lupdateOutput));
        m_fresh = readTs(fresh, QDir(m_dir.path()), m_source);
        QVERIFY2(m_fresh.error.isEmpty(), qPrintable(m_fresh.error));
        QVERIFY2(m_fresh.messages.size() > 500, "lupdate found almost nothing");

        const QDir translations(m_source.filePath(QStringLiteral("resources/translations")));
        m_german = readTs(translations.filePath(QStringLiteral("webhook-console_de.ts")),
                          translations, m_source);
        QVERIFY2(m_german.error.isEmpty(), qPrintable(m_german.error));
        m_english = readTs(translations.filePath(QStringLiteral("webhook-console_en.ts")),
                           translations, m_source);
        QVERIFY2(m_english.error.isEmpty(), qPrintable(m_english.error));
    }

    void lupdateWarnsOfNothing()
    {
        // Its report is "Scanning directory…", "Updating…" and "Found N source text(s)…";
        // anything else is a warning (a tr() lupdate cannot place in a context, say).
        QStringList warnings;
        for (const QString &line : m_lupdateOutput.split(u'\n', Qt::SkipEmptyParts)) {
            const QString l = line.trimmed();
            if (l.startsWith(QStringLiteral("Scanning directory")) ||
                l.startsWith(QStringLiteral("Updating")) || l.startsWith(QStringLiteral("Found ")))
                continue;
            warnings << l;
        }
        QVERIFY2(reported(QStringLiteral("lupdate warned"), warnings), "listed above");
    }

    void germanCatalogueHasEveryMessage()
    {
        QCOMPARE(m_german.language, QStringLiteral("de"));
        const QHash<QString, Message> committed = m_german.byKey();
        QStringList missing;
        for (const Message &m : std::as_const(m_fresh.messages)) {
            if (!committed.contains(m.key()))
                missing << m.describe();
            else if (committed.value(m.key()).numerus != m.numerus)
                missing << m.describe() +
                               QStringLiteral(": plural forms or not, unlike the source");
        }
        QVERIFY2(reported(QStringLiteral("In the sources, not in webhook-console_de.ts "
                                         "(run the update_translations target)"),
                          missing),
                 "listed above");
    }

    void germanCatalogueHasNoObsoleteMessage()
    {
        const QHash<QString, Message> fresh = m_fresh.byKey();
        QStringList obsolete;
        for (const Message &m : std::as_const(m_german.messages)) {
            if (!fresh.contains(m.key()))
                obsolete << m.describe() + QStringLiteral(": no longer in the sources");
            else if (m.type == u"obsolete" || m.type == u"vanished")
                obsolete << m.describe() + QStringLiteral(": marked ") + m.type;
        }
        QVERIFY2(reported(QStringLiteral("Obsolete in webhook-console_de.ts (run the "
                                         "update_translations target)"),
                          obsolete),
                 "listed above");
    }

    void germanCatalogueIsFinished()
    {
        const QHash<QString, Message> fresh = m_fresh.byKey();
        QStringList unfinished;
        for (Message m : std::as_const(m_german.messages)) {
            if (!fresh.contains(m.key()))
                continue; // reported above
            m.location = fresh.value(m.key()).location;
            const bool empty = m.translations.isEmpty() ||
                               std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.isEmpty(); });
            if (m.type == u"unfinished")
                unfinished << m.describe() + (empty ? QStringLiteral(": not translated")
                                                    : QStringLiteral(": marked unfinished"));
            else if (empty)
                unfinished << m.describe() + QStringLiteral(": empty translation");
            else if (m.numerus && m.translations.size() != 2)
                unfinished << m.describe() + QStringLiteral(": %1 plural forms, German has 2")
                                                 .arg(m.translations.size());
        }
        QVERIFY2(reported(QStringLiteral("Unfinished in webhook-console_de.ts"), unfinished),
                 "listed above");
    }

    void germanTranslationsKeepTheirSource()
    {
        const QHash<QString, Message> fresh = m_fresh.byKey();
        QStringList wrong;
        for (Message m : std::as_const(m_german.messages)) {
            if (fresh.contains(m.key()))
                m.location = fresh.value(m.key()).location;
            for (qsizetype i = 0; i < m.translations.size(); ++i) {
                const QString &t = m.translations.at(i);
                if (t.isEmpty())
                    continue; // reported as unfinished
                for (const QString &fault : faults(m.source, t, false))
                    wrong << m.describe() +
                                 (m.numerus ? QStringLiteral(", form %1: ").arg(i + 1)
                                            : QStringLiteral(": ")) +
                                 fault;
            }
        }
        QVERIFY2(reported(QStringLiteral("Translations unlike their source"), wrong),
                 "listed above");
    }

    void englishPluralFormsAreComplete()
    {
        // Every message with plural forms, its two English ones ("1 delivery", "%n deliveries");
        // a singular may say the one without %n ("and its webhook").
        QCOMPARE(m_english.language, QStringLiteral("en"));
        const QHash<QString, Message> committed = m_english.byKey();
        QStringList problems;
        for (const Message &m : std::as_const(m_fresh.messages)) {
            if (!m.numerus)
                continue;
            if (!committed.contains(m.key())) {
                problems << m.describe() + QStringLiteral(": missing");
                continue;
            }
            const Message &e = committed.value(m.key());
            if (e.type == u"unfinished" || e.translations.size() != 2 ||
                e.translations.contains(QString())) {
                problems << m.describe() + QStringLiteral(": unfinished, or not 2 forms");
                continue;
            }
            for (qsizetype i = 0; i < 2; ++i) {
                for (const QString &fault : faults(m.source, e.translations.at(i), i == 0))
                    problems << m.describe() + QStringLiteral(", form %1: ").arg(i + 1) + fault;
            }
            if (!e.translations.at(1).contains(QStringLiteral("%n")) &&
                !e.translations.at(1).contains(QStringLiteral("%Ln")) &&
                (m.source.contains(QStringLiteral("%n")) ||
                 m.source.contains(QStringLiteral("%Ln"))))
                problems << m.describe() + QStringLiteral(": the plural form lacks its number");
        }
        const QHash<QString, Message> fresh = m_fresh.byKey();
        for (const Message &e : std::as_const(m_english.messages)) {
            if (!fresh.contains(e.key()))
                problems << e.describe() + QStringLiteral(": no longer in the sources");
        }
        QVERIFY2(reported(QStringLiteral("webhook-console_en.ts (the English plural "
                                         "forms; run the update_translations target)"),
                          problems),
                 "listed above");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
