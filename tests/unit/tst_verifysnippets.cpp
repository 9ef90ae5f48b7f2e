// Receiver-side verification snippets (issue 13): every scheme's snippet in every language
// verifies real deliveries.
//
// Per scheme: JSON bodies are signed with SignatureScheme::sign (secrets from
// generateSecret), sent over HTTP to a LocalReceiver on 127.0.0.1, and taken as received.
// Each snippet, saved next to a tiny harness (body file, headers JSON file, secret from the
// environment; prints VALID or INVALID), runs under python3, node and `go build`, and must
// accept the delivery and refuse it with one body byte changed or another secret; for the
// schemes that carry a timestamp and sign with every secret (Standard Webhooks, Stripe-style)
// it must accept a rotation's delivery with either secret and refuse a timestamp 10 minutes
// old or ahead. The schemes' own libraries (tests/js/signatures.js: @octokit/webhooks-methods,
// standardwebhooks and svix, stripe) judge the same deliveries, independently of our signer.
//
// The tools come from CMake ($WEBHOOK_CONSOLE_PYTHON, _NODE, _GO); a missing one, or a
// missing tests/js/node_modules (`npm ci --prefix tests/js`), fails the test. Go builds offline
// with a cache, GOPATH and HOME in a temporary folder. WEBHOOK_CONSOLE_KEEP_SNIPPETS=1 keeps
// that folder (its path is printed) to look at the snippets and requests.

#include "LocalReceiver.h"
#include "Signature.h"
#include "VerifySnippet.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace wc;

namespace {

struct Received
{
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased, as LocalReceiver records
};

/// One request a snippet is asked about, and what it must answer.
struct Case
{
    QString name;
    Received request;
    QString secret;
    bool valid = false;
    /// What the reference libraries must say; nothing where they differ by design (Stripe's
    /// library accepts a timestamp ahead of its clock; our snippets refuse it).
    std::optional<bool> judgeValid;
};

struct Finished
{
    bool ok = false; ///< started and exited normally
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString error; ///< why not ok
};

Finished runProcess(const QString &program, const QStringList &arguments, const QString &dir,
                    const QProcessEnvironment &environment, const QByteArray &input = {},
                    int timeoutMs = 120000)
{
    Finished f;
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        f.error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return f;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        f.error = QStringLiteral("%1 %2 did not finish").arg(program, arguments.join(u' '));
        return f;
    }
    f.exitCode = process.exitCode();
    f.out = process.readAllStandardOutput();
    f.err = process.readAllStandardError();
    f.ok = process.exitStatus() == QProcess::NormalExit;
    if (!f.ok)
        f.error = QStringLiteral("%1 crashed: %2").arg(program, QString::fromUtf8(f.err));
    return f;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray headersJson(const Received &r)
{
    QJsonObject o;
    for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
        o.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// A JSON body with non-ASCII text, so the snippets must take bytes, not re-encoded text.
QByteArray bodyFor(const QByteArray &messageId)
{
    // Plain literals: moc (Qt 6.4) loses its way in a raw string with an odd number of quotes.
    return "{\"kind\":\"ping\",\"message\":\"\xf0\x9f\x8e\x89 Ping from Webhook Console: "
           "\xc2\xa1hola!\",\"id\":\"" +
           messageId + "\",\"organization\":{\"name\":\"acme\"}}";
}

/// `body` with one byte changed ("hola" → "holA"): still JSON, no longer what was signed.
QByteArray tampered(QByteArray body)
{
    const qsizetype at = body.indexOf("hola");
    if (at >= 0)
        body[at + 3] = 'A';
    return body;
}

// --- the harnesses: read the body file and headers file, the secret from the environment ---

constexpr auto PythonHarness = R"(import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from verify_webhook import verify_webhook  # noqa: E402

with open(sys.argv[1], "rb") as f:
    body = f.read()
with open(sys.argv[2], encoding="utf-8") as f:
    received = json.load(f)
# As most frameworks show them: in the case sent ("X-Hub-Signature-256", "Webhook-Id").
headers = {name.title(): value for name, value in received.items()}
valid = verify_webhook(body, headers, os.environ["WC_SNIPPET_SECRET"])
print("VALID" if valid else "INVALID")
)";

constexpr auto NodeHarness = R"('use strict';
const fs = require('fs');
const path = require('path');
const { verifyWebhook } = require(path.join(__dirname, 'verifyWebhook.js'));

const body = fs.readFileSync(process.argv[2]);
// Lowercase names, as Node's http module gives them.
const headers = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const valid = verifyWebhook(body, headers, process.env.WC_SNIPPET_SECRET);
console.log(valid ? 'VALID' : 'INVALID');
)";

constexpr auto GoMod = "module harness\n\ngo 1.18\n";

constexpr auto GoHarness = R"(package main

import (
    "encoding/json"
    "fmt"
    "net/http"
    "os"

    "harness/webhook"
)

func main() {
    body, err := os.ReadFile(os.Args[1])
    if err != nil {
        panic(err)
    }
    raw, err := os.ReadFile(os.Args[2])
    if err != nil {
        panic(err)
    }
    var received map[string]string
    if err := json.Unmarshal(raw, &received); err != nil {
        panic(err)
    }
    header := http.Header{}
    for name, value := range received {
        header.Add(name, value)
    }
    if webhook.VerifyWebhook(body, header, os.Getenv("WC_SNIPPET_SECRET")) {
        fmt.Println("VALID")
    } else {
        fmt.Println("INVALID")
    }
}
)";

QString constantTimeCall(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Python:
        return QStringLiteral("hmac.compare_digest(");
    case SnippetLanguage::Node:
        return QStringLiteral("crypto.timingSafeEqual(");
    case SnippetLanguage::Go:
        return QStringLiteral("hmac.Equal(");
    }
    return {};
}

QString functionSignature(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Python:
        return QStringLiteral("def verify_webhook(");
    case SnippetLanguage::Node:
        return QStringLiteral("function verifyWebhook(body, headers, secret");
    case SnippetLanguage::Go:
        return QStringLiteral(
            "func VerifyWebhook(body []byte, header http.Header, secret string) bool {");
    }
    return {};
}

/// The interpreter or compiler CMake found, from $WEBHOOK_CONSOLE_<NAME>.
QString toolFor(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Python:
        return qEnvironmentVariable("WEBHOOK_CONSOLE_PYTHON");
    case SnippetLanguage::Node:
        return qEnvironmentVariable("WEBHOOK_CONSOLE_NODE");
    case SnippetLanguage::Go:
        return qEnvironmentVariable("WEBHOOK_CONSOLE_GO");
    }
    return {};
}

} // namespace

class TestVerifySnippets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languages();
    void snippetNamesTheSchemesHeaders_data();
    void snippetNamesTheSchemesHeaders();
    void snippetsAndLibrariesJudgeRealDeliveries_data();
    void snippetsAndLibrariesJudgeRealDeliveries();

private:
    /// Signs `body` as message `messageId` at `timestamp` with `secrets`, posts it to the
    /// receiver with the headers every delivery carries, and gives it as received.
    std::optional<Received> deliver(const SignatureScheme &scheme, const QByteArray &messageId,
                                    qint64 timestamp, const QByteArray &body,
                                    const QStringList &secrets, QString *error);
    /// Writes the snippet and its harness into a new folder and, for Go, builds it. Gives the
    /// program and arguments that judge a case (body file and headers file appended).
    bool prepare(const QString &schemeId, SnippetLanguage language, QString *program,
                 QStringList *arguments, QString *dir, QString *error);
    /// The snippet's verdict on `c`: "VALID", "INVALID" or what went wrong.
    QString snippetSays(const QString &program, const QStringList &arguments, const QString &dir,
                        const Case &c);
    /// tests/js/signatures.js verify on `c`: its JSON answer.
    QJsonObject librariesSay(const QString &schemeId, const Case &c, QString *error);

    test::LocalReceiver m_receiver;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QProcessEnvironment m_goEnvironment;
    int m_folders = 0;
};

void TestVerifySnippets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // WEBHOOK_CONSOLE_KEEP_SNIPPETS=1 keeps the snippets, harnesses and requests to look at.
    if (qEnvironmentVariableIntValue("WEBHOOK_CONSOLE_KEEP_SNIPPETS") == 1) {
        m_dir.setAutoRemove(false);
        qInfo("snippets in %s", qPrintable(m_dir.path()));
    }
    QVERIFY(m_receiver.listen());
    // Every tool must be there: a missing one is a failure, never a skip.
    for (const SnippetLanguage language : snippetLanguages()) {
        const QString tool = toolFor(language);
        QVERIFY2(!tool.isEmpty(), qPrintable(QStringLiteral("no %1 given by CMake: run from ctest")
                                                 .arg(snippetLanguageName(language))));
        const Finished version =
            runProcess(tool,
                       {language == SnippetLanguage::Go ? QStringLiteral("version")
                                                        : QStringLiteral("--version")},
                       m_dir.path(), QProcessEnvironment::systemEnvironment());
        QVERIFY2(version.ok && version.exitCode == 0,
                 qPrintable(QStringLiteral("%1 (%2) does not run: %3 %4")
                                .arg(snippetLanguageName(language), tool, version.error,
                                     QString::fromUtf8(version.err))));
    }
    const QString judge = qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR") +
                          QStringLiteral("/tests/js/node_modules/standardwebhooks");
    QVERIFY2(QFileInfo::exists(judge),
             qPrintable(judge + QStringLiteral(" is missing: run npm ci --prefix tests/js")));

    // Go: offline, and nothing read from or written to the user's own Go folders.
    m_goEnvironment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"GOCACHE", "GOPATH", "HOME", "GOMODCACHE"})
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("go-") + QLatin1String(name))));
    m_goEnvironment.insert(QStringLiteral("GOCACHE"), m_dir.filePath(QStringLiteral("go-GOCACHE")));
    m_goEnvironment.insert(QStringLiteral("GOPATH"), m_dir.filePath(QStringLiteral("go-GOPATH")));
    m_goEnvironment.insert(QStringLiteral("GOMODCACHE"),
                           m_dir.filePath(QStringLiteral("go-GOMODCACHE")));
    m_goEnvironment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("go-HOME")));
    m_goEnvironment.insert(QStringLiteral("GOFLAGS"), QString());
    m_goEnvironment.insert(QStringLiteral("GOENV"), QStringLiteral("off"));
    m_goEnvironment.insert(QStringLiteral("GOPROXY"), QStringLiteral("off"));
    m_goEnvironment.insert(QStringLiteral("GO111MODULE"), QStringLiteral("on"));
    m_goEnvironment.insert(QStringLiteral("GOTOOLCHAIN"), QStringLiteral("local"));
    m_goEnvironment.insert(QStringLiteral("CGO_ENABLED"), QStringLiteral("0"));
}

void TestVerifySnippets::languages()
{
    QCOMPARE(snippetLanguages().size(), 3);
    for (const SnippetLanguage language : snippetLanguages()) {
        QVERIFY(!snippetLanguageName(language).isEmpty());
        QCOMPARE(snippetLanguageFromKey(snippetLanguageKey(language)), language);
        QCOMPARE(snippetLanguageFromKey(snippetLanguageKey(language).toUpper()), language);
    }
    QCOMPARE(snippetLanguageName(SnippetLanguage::Node), QStringLiteral("Node.js"));
    QVERIFY(!snippetLanguageFromKey(QStringLiteral("ruby")));
    // An unknown scheme gets Pulumi's, as SignatureScheme::get.
    QCOMPARE(verifySnippet(QStringLiteral("nope"), SnippetLanguage::Go),
             verifySnippet(QLatin1String(SignatureSchemeId::Pulumi), SnippetLanguage::Go));
}

void TestVerifySnippets::snippetNamesTheSchemesHeaders_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("languageKey");
    for (const SignatureScheme *scheme : SignatureScheme::all()) {
        for (const SnippetLanguage language : snippetLanguages()) {
            QTest::addRow("%s/%s", qPrintable(scheme->id()),
                          qPrintable(snippetLanguageKey(language)))
                << scheme->id() << snippetLanguageKey(language);
        }
    }
}

void TestVerifySnippets::snippetNamesTheSchemesHeaders()
{
    QFETCH(QString, scheme);
    QFETCH(QString, languageKey);
    const SnippetLanguage language = *snippetLanguageFromKey(languageKey);
    QString fileName;
    const QString code = verifySnippet(scheme, language, &fileName);
    QVERIFY(!fileName.isEmpty());
    QVERIFY2(!code.contains(QStringLiteral("@@")), qPrintable(code)); // every marker filled
    QVERIFY2(code.contains(functionSignature(language)), qPrintable(code));
    QVERIFY2(code.contains(constantTimeCall(language)), qPrintable(code));
    QVERIFY2(code.contains(QStringLiteral("raw request body")), qPrintable(code));
    // Lines a reader sees whole (tabs as four columns; black's limit for Python).
    for (const QString &line : code.split(u'\n')) {
        QVERIFY2(QString(line).replace(u'\t', QStringLiteral("    ")).size() <= 88,
                 qPrintable(QStringLiteral("too long: ") + line));
    }
    const SignatureScheme &s = SignatureScheme::get(scheme);
    QVERIFY2(code.contains(s.displayName()), qPrintable(code));
    for (const QByteArray &name : s.headerNames()) {
        const QString header = QString::fromLatin1(name);
        // The code looks each one up: as sent (Python, Go), lowercase as Node gives it.
        const QString lookup = language == SnippetLanguage::Python ? u'"' + header + u'"'
                               : language == SnippetLanguage::Node
                                   ? u'\'' + header.toLower() + u'\''
                                   : u'"' + header + u'"';
        QVERIFY2(code.contains(lookup), qPrintable(lookup + QStringLiteral(" not in:\n") + code));
        // And the comment at the top names it as sent.
        QVERIFY2(code.section(u'\n', 0, 3).contains(header), qPrintable(code));
    }
    const bool timed = scheme == QLatin1String(SignatureSchemeId::StandardWebhooks) ||
                       scheme == QLatin1String(SignatureSchemeId::Stripe);
    QCOMPARE(code.contains(QStringLiteral("rotation")), timed);
    QCOMPARE(code.contains(QString::number(SignatureScheme::ToleranceSeconds)), timed);
    // No comparison of secrets with == / ===, only the constant-time call.
    if (language == SnippetLanguage::Go)
        QVERIFY(!code.contains(QStringLiteral("signature == expected")));
    else
        QVERIFY(!code.contains(QStringLiteral("== expected")));
}

void TestVerifySnippets::snippetsAndLibrariesJudgeRealDeliveries_data()
{
    QTest::addColumn<QString>("scheme");
    for (const SignatureScheme *scheme : SignatureScheme::all())
        QTest::addRow("%s", qPrintable(scheme->id())) << scheme->id();
}

void TestVerifySnippets::snippetsAndLibrariesJudgeRealDeliveries()
{
    QFETCH(QString, scheme);
    const SignatureScheme &s = SignatureScheme::get(scheme);
    QCOMPARE(s.id(), scheme);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString secret = s.generateSecret();
    const QString other = s.generateSecret();
    QVERIFY2(s.secretProblem(secret).isEmpty(), qPrintable(s.secretProblem(secret)));

    QList<Case> cases;
    QString error;
    auto add = [&](const QString &name, qint64 timestamp, const QStringList &signingSecrets,
                   const QString &verifyingSecret, bool valid, std::optional<bool> judgeValid,
                   bool tamper = false) {
        const QByteArray id = "msg_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray body = bodyFor(id);
        const auto received = deliver(s, id, timestamp, body, signingSecrets, &error);
        if (!received)
            return false;
        Case c{name, *received, verifyingSecret, valid, judgeValid};
        if (c.request.body != body) {
            error = name + QStringLiteral(": the receiver got other bytes than were sent");
            return false;
        }
        if (tamper)
            c.request.body = tampered(c.request.body);
        cases << c;
        return true;
    };
    QVERIFY2(add(QStringLiteral("signed"), now, {secret}, secret, true, true), qPrintable(error));
    QVERIFY2(
        add(QStringLiteral("one body byte changed"), now, {secret}, secret, false, false, true),
        qPrintable(error));
    QVERIFY2(add(QStringLiteral("another secret"), now, {secret}, other, false, false),
             qPrintable(error));
    if (s.signsWithEverySecret()) {
        // A rotation: the new secret first, the one receivers still have second.
        QVERIFY2(
            add(QStringLiteral("rotation, new secret"), now, {other, secret}, other, true, true),
            qPrintable(error));
        QVERIFY2(
            add(QStringLiteral("rotation, older secret"), now, {other, secret}, secret, true, true),
            qPrintable(error));
        QVERIFY2(add(QStringLiteral("rotation, one body byte changed"), now, {other, secret},
                     secret, false, false, true),
                 qPrintable(error));
        QVERIFY2(add(QStringLiteral("10 minutes old"), now - 600, {secret}, secret, false, false),
                 qPrintable(error));
        // Stripe's library accepts a time ahead of its clock; the snippets refuse it, as
        // Standard Webhooks does.
        QVERIFY2(
            add(QStringLiteral("10 minutes ahead"), now + 600, {secret}, secret, false,
                scheme == QLatin1String(SignatureSchemeId::Stripe) ? std::optional<bool>() : false),
            qPrintable(error));
        // What the rotation's request carries: a signature per secret ("v1," cannot occur in
        // base64, nor "v1=" in hex).
        const QByteArray carried =
            cases.at(3).request.headers.value(s.headerNames().constLast().toLower());
        const char *entry =
            scheme == QLatin1String(SignatureSchemeId::StandardWebhooks) ? "v1," : "v1=";
        QVERIFY2(carried.count(entry) == 2, carried.constData());
    }

    // The schemes' own libraries judge our signer.
    for (const Case &c : std::as_const(cases)) {
        if (!c.judgeValid)
            continue;
        const QJsonObject verdict = librariesSay(scheme, c, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(
            verdict.value(QLatin1String("valid")).toBool() == *c.judgeValid,
            qPrintable(
                QStringLiteral("%1: the reference libraries say %2, expected %3")
                    .arg(c.name,
                         QString::fromUtf8(QJsonDocument(verdict).toJson(QJsonDocument::Compact)),
                         *c.judgeValid ? QStringLiteral("valid") : QStringLiteral("invalid"))));
    }

    // Every language's snippet judges the same requests.
    for (const SnippetLanguage language : snippetLanguages()) {
        QString program;
        QStringList arguments;
        QString dir;
        QVERIFY2(prepare(scheme, language, &program, &arguments, &dir, &error),
                 qPrintable(snippetLanguageName(language) + QStringLiteral(": ") + error));
        for (const Case &c : std::as_const(cases)) {
            const QString says = snippetSays(program, arguments, dir, c);
            const QString expected = c.valid ? QStringLiteral("VALID") : QStringLiteral("INVALID");
            QVERIFY2(
                says == expected,
                qPrintable(QStringLiteral("%1 snippet, %2: says %3, expected %4 (in %5; "
                                          "WEBHOOK_CONSOLE_KEEP_SNIPPETS=1 keeps it)")
                               .arg(snippetLanguageName(language), c.name, says, expected, dir)));
        }
    }
}

std::optional<Received> TestVerifySnippets::deliver(const SignatureScheme &scheme,
                                                    const QByteArray &messageId, qint64 timestamp,
                                                    const QByteArray &body,
                                                    const QStringList &secrets, QString *error)
{
    const HttpHeaders signature = scheme.sign(messageId, timestamp, body, secrets);
    if (signature.isEmpty()) {
        *error = QStringLiteral("the scheme made no signature");
        return std::nullopt;
    }
    QNetworkRequest request(QUrl(m_receiver.url()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Pulumi-Webhook-ID", messageId);
    request.setRawHeader("Pulumi-Webhook-Kind", "ping");
    for (const auto &[name, value] : signature)
        request.setRawHeader(name, value);
    const qsizetype before = m_receiver.requests().size();
    QNetworkReply *reply = m_network.post(request, body);
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString replyError = reply->errorString();
    reply->deleteLater();
    if (!finished || networkError != QNetworkReply::NoError) {
        *error = QStringLiteral("the delivery failed: ") + replyError;
        return std::nullopt;
    }
    if (m_receiver.requests().size() != before + 1) {
        *error = QStringLiteral("the receiver did not record the delivery");
        return std::nullopt;
    }
    const test::LocalReceiver::Request &got = m_receiver.requests().constLast();
    return Received{got.body, got.headers};
}

bool TestVerifySnippets::prepare(const QString &schemeId, SnippetLanguage language,
                                 QString *program, QStringList *arguments, QString *dir,
                                 QString *error)
{
    *dir = m_dir.filePath(
        QStringLiteral("%1-%2-%3").arg(schemeId, snippetLanguageKey(language)).arg(++m_folders));
    if (!QDir().mkpath(*dir)) {
        *error = QStringLiteral("cannot make ") + *dir;
        return false;
    }
    QString fileName;
    const QByteArray snippet = verifySnippet(schemeId, language, &fileName).toUtf8();
    const QDir d(*dir);
    if (language != SnippetLanguage::Go) {
        const bool python = language == SnippetLanguage::Python;
        const QString harness =
            d.filePath(python ? QStringLiteral("harness.py") : QStringLiteral("harness.js"));
        if (!writeFile(d.filePath(fileName), snippet) ||
            !writeFile(harness, python ? PythonHarness : NodeHarness)) {
            *error = QStringLiteral("cannot write the files");
            return false;
        }
        *program = toolFor(language);
        *arguments = python ? QStringList{QStringLiteral("-B"), harness} : QStringList{harness};
        return true;
    }
    // Go: the snippet as package "webhook" of a module, the harness its main package.
    if (!d.mkpath(QStringLiteral("webhook")) ||
        !writeFile(d.filePath(QStringLiteral("webhook/")) + fileName, snippet) ||
        !writeFile(d.filePath(QStringLiteral("go.mod")), GoMod) ||
        !writeFile(d.filePath(QStringLiteral("main.go")), GoHarness)) {
        *error = QStringLiteral("cannot write the files");
        return false;
    }
    const QString go = toolFor(language);
    // The snippet as gofmt writes it: `go fmt` names every file it had to change.
    const Finished fmt =
        runProcess(go, {QStringLiteral("fmt"), QStringLiteral("./webhook")}, *dir, m_goEnvironment);
    if (!fmt.ok || fmt.exitCode != 0 || !fmt.out.trimmed().isEmpty()) {
        *error = QStringLiteral("go fmt: %1 %2 %3")
                     .arg(fmt.error, QString::fromUtf8(fmt.out), QString::fromUtf8(fmt.err));
        return false;
    }
    const Finished build = runProcess(go,
                                      {QStringLiteral("build"), QStringLiteral("-o"),
                                       QStringLiteral("harness"), QStringLiteral(".")},
                                      *dir, m_goEnvironment);
    if (!build.ok || build.exitCode != 0) {
        *error = QStringLiteral("go build: %1 %2").arg(build.error, QString::fromUtf8(build.err));
        return false;
    }
    const Finished vet =
        runProcess(go, {QStringLiteral("vet"), QStringLiteral("./...")}, *dir, m_goEnvironment);
    if (!vet.ok || vet.exitCode != 0) {
        *error = QStringLiteral("go vet: %1 %2").arg(vet.error, QString::fromUtf8(vet.err));
        return false;
    }
    *program = d.filePath(QStringLiteral("harness"));
    arguments->clear();
    return true;
}

QString TestVerifySnippets::snippetSays(const QString &program, const QStringList &arguments,
                                        const QString &dir, const Case &c)
{
    const int n = ++m_folders;
    const QString bodyFile = QDir(dir).filePath(QStringLiteral("body-%1.bin").arg(n));
    const QString headersFile = QDir(dir).filePath(QStringLiteral("headers-%1.json").arg(n));
    if (!writeFile(bodyFile, c.request.body) || !writeFile(headersFile, headersJson(c.request)))
        return QStringLiteral("(cannot write the request's files)");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WC_SNIPPET_SECRET"), c.secret);
    const Finished f = runProcess(program, arguments + QStringList{bodyFile, headersFile}, dir,
                                  environment, {}, 30000);
    if (!f.ok || f.exitCode != 0)
        return QStringLiteral("(failed: %1 exit %2: %3)")
            .arg(f.error)
            .arg(f.exitCode)
            .arg(QString::fromUtf8(f.err));
    return QString::fromUtf8(f.out).trimmed();
}

QJsonObject TestVerifySnippets::librariesSay(const QString &schemeId, const Case &c, QString *error)
{
    QJsonObject headers;
    for (auto it = c.request.headers.cbegin(); it != c.request.headers.cend(); ++it)
        headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    const QJsonObject input{
        {QStringLiteral("scheme"), schemeId},
        {QStringLiteral("secret"), c.secret},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromLatin1(c.request.body.toBase64())},
    };
    const QString script = qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR") +
                           QStringLiteral("/tests/js/signatures.js");
    const Finished f =
        runProcess(toolFor(SnippetLanguage::Node), {script, QStringLiteral("verify")}, m_dir.path(),
                   QProcessEnvironment::systemEnvironment(),
                   QJsonDocument(input).toJson(QJsonDocument::Compact), 30000);
    if (!f.ok || f.exitCode != 0) {
        *error = QStringLiteral("%1: signatures.js failed: %2 exit %3: %4")
                     .arg(c.name, f.error)
                     .arg(f.exitCode)
                     .arg(QString::fromUtf8(f.err));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.out, &parseError);
    if (!doc.isObject() || !doc.object().value(QLatin1String("valid")).isBool()) {
        *error =
            QStringLiteral("%1: signatures.js answered %2").arg(c.name, QString::fromUtf8(f.out));
        return {};
    }
    error->clear();
    return doc.object();
}

QTEST_GUILESS_MAIN(TestVerifySnippets)
#include "tst_verifysnippets.moc"
