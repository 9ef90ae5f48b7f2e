#include "AppInfo.h"
#include "HistoryExchange.h"
#include "Signature.h"
#include "TestSupport.h"
#include "local/LocalBackend.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wc;

namespace {

const WebhookRef Hook{
    Scope::stackScope(QStringLiteral("acme"), QStringLiteral("web"), QStringLiteral("prod")),
    QStringLiteral("deploys")};

QDateTime at(int minute)
{
    return QDateTime(QDate(2024, 3, 1), QTime(10, 0, 0, 123), Qt::UTC).addSecs(minute * 60);
}

/// Every signature header any scheme sends, in odd letter case, with a value to look for.
QString signatureLines()
{
    QStringList lines;
    int n = 0;
    for (const QByteArray &name : SignatureScheme::allSignatureHeaders()) {
        QString odd = QString::fromLatin1(name);
        for (qsizetype i = 0; i < odd.size(); i += 2)
            odd[i] = odd[i].toUpper();
        lines << QStringLiteral("%1: sig-secret-%2").arg(odd).arg(++n);
    }
    return lines.join(QStringLiteral("\r\n"));
}

QByteArray allBytes()
{
    QByteArray b;
    for (int i = 0; i < 256; ++i)
        b.append(char(i));
    return b;
}

/// Deliveries that exercise every field and every awkward byte.
QList<Delivery> variedDeliveries()
{
    QList<Delivery> list;
    auto base = [](int i) {
        Delivery d;
        d.id = QString::number(100 + i);
        d.webhook = Hook;
        d.uid = QStringLiteral("6f1c%1-uid").arg(i);
        d.kind = QStringLiteral("stack_update");
        d.timestamp = at(i);
        d.durationMs = 10 + i;
        d.requestUrl = QStringLiteral("https://hooks.example.com/in?a=1&b=x%20y");
        d.requestHeaders = QStringLiteral("Content-Type: application/json\r\n"
                                          "User-Agent: WebhookConsole/0.1.0\r\n"
                                          "Pulumi-Webhook-ID: %1\r\n"
                                          "Pulumi-Webhook-Kind: stack_update\r\n")
                               .arg(d.uid) +
                           signatureLines();
        d.payload = R"({"kind":"update","stackName":"prod"})";
        d.state = Delivery::State::Completed;
        d.responseCode = 200;
        d.responseHeaders = QStringLiteral("Content-Type: application/json\r\nContent-Length: 11");
        d.responseBody = R"({"ok":true})";
        return d;
    };
    // 1. Unicode in payload, response and headers; a header line without a space or a colon.
    Delivery unicode = base(1);
    unicode.payload = QStringLiteral(R"({"message":"héllo ✓ 🚀 \"quoted\""})").toUtf8();
    unicode.responseBody = QStringLiteral("Grüße, 世界\n").toUtf8();
    unicode.responseHeaders = QStringLiteral(
        "Content-Type: text/plain; charset=utf-8\r\nX-Note: naïve ☃\r\nX-Raw:tight\r\n"
        "odd line without colon\r\n");
    list << unicode;
    // 2. A binary response body, refused.
    Delivery binary = base(2);
    binary.responseCode = 502;
    binary.responseHeaders = QStringLiteral("Content-Type: application/octet-stream\r\nX-Empty:");
    binary.responseBody = allBytes();
    binary.error = QStringLiteral("The receiver answered 502 Bad Gateway.");
    list << binary;
    // 3. Payload bytes that are not UTF-8, and a response cut at the console's cap.
    Delivery raw = base(3);
    raw.payload = QByteArray("\xff\xfe{\"bad\":\x80}", 11);
    raw.responseBody = QByteArray(64 * 1024, 'x');
    raw.responseTruncated = true;
    list << raw;
    // 4. An empty answer.
    Delivery empty = base(4);
    empty.responseCode = 204;
    empty.responseHeaders.clear();
    empty.responseBody.clear();
    list << empty;
    // 5. No answer at all.
    Delivery refused = base(5);
    refused.responseCode = 0;
    refused.responseHeaders.clear();
    refused.responseBody.clear();
    refused.durationMs = 3;
    refused.error = QStringLiteral("Connection refused by hooks.example.com:443: nothing is "
                                   "listening there.");
    list << refused;
    // 6. A redelivery of 5, whose error has a comma, quotes and a line break.
    Delivery again = base(6);
    again.redeliveryOf = refused.id;
    again.responseCode = 500;
    again.responseBody = "oops, \"no\"\r\nsecond line";
    again.error = QStringLiteral("The receiver answered 500, \"Internal\"\nServer Error.");
    list << again;
    // 7. Still pending.
    Delivery pending = base(7);
    pending.state = Delivery::State::Pending;
    pending.durationMs = 0;
    pending.responseCode = 0;
    pending.responseHeaders.clear();
    pending.responseBody.clear();
    list << pending;
    // 8. A NUL inside text, a byte order mark, an id that is not a number, LF-only headers.
    Delivery odd = base(8);
    odd.id = QStringLiteral("cloud-7f3a");
    odd.payload = QByteArray("\xEF\xBB\xBF{\"a\":\"x\0y\"}", 15);
    odd.responseBody = QByteArray("nul\0inside", 10);
    odd.requestHeaders = QStringLiteral("Content-Type: application/json\nX-Lf-Only: yes\n");
    odd.webhook =
        WebhookRef{Scope::organizationScope(QStringLiteral("acme")), QStringLiteral("org-hook")};
    list << odd;
    // 9. An environment's webhook, an empty payload, no URL query, a ping.
    Delivery ping = base(9);
    ping.kind = QStringLiteral("ping");
    ping.webhook =
        WebhookRef{Scope::environmentScope(QStringLiteral("acme"), QStringLiteral("platform"),
                                           QStringLiteral("dev")),
                   QStringLiteral("env-hook")};
    ping.payload.clear();
    ping.requestUrl = QStringLiteral("http://127.0.0.1:8080/");
    list << ping;
    return list;
}

void compareDelivery(const Delivery &actual, const Delivery &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.webhook.toString(), expected.webhook.toString());
    QCOMPARE(actual.uid, expected.uid);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.payload, expected.payload);
    QCOMPARE(actual.timestamp, expected.timestamp);
    QCOMPARE(actual.timestamp.toMSecsSinceEpoch(), expected.timestamp.toMSecsSinceEpoch());
    QCOMPARE(actual.durationMs, expected.durationMs);
    QCOMPARE(actual.requestUrl, expected.requestUrl);
    QCOMPARE(actual.requestHeaders, expected.requestHeaders);
    QCOMPARE(actual.responseCode, expected.responseCode);
    QCOMPARE(actual.responseHeaders, expected.responseHeaders);
    QCOMPARE(actual.responseBody, expected.responseBody);
    QCOMPARE(actual.responseTruncated, expected.responseTruncated);
    QCOMPARE(actual.error, expected.error);
    QCOMPARE(actual.redeliveryOf, expected.redeliveryOf);
    QCOMPARE(int(actual.state), int(expected.state));
}

#define COMPARE_DELIVERIES(actual, expected)                                                       \
    do {                                                                                           \
        const QList<Delivery> a_ = (actual);                                                       \
        const QList<Delivery> e_ = (expected);                                                     \
        QCOMPARE(a_.size(), e_.size());                                                            \
        for (qsizetype i_ = 0; i_ < a_.size(); ++i_) {                                             \
            compareDelivery(a_.at(i_), e_.at(i_));                                                 \
            if (QTest::currentTestFailed())                                                        \
                QFAIL(qPrintable(                                                                  \
                    QStringLiteral("delivery %1 (id %2) differs").arg(i_ + 1).arg(e_.at(i_).id))); \
        }                                                                                          \
    } while (false)

/// RFC 4180, as a spreadsheet reads it.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

/// A browser's HAR, as Chromium's dev tools save one: pages, HTTP/2 pseudo-headers, custom
/// fields, a body in base64, an offset in the start time, fractional milliseconds, a request
/// that never got an answer.
const QByteArray BrowserHar =
    "{\n"
    "  \"log\": {\n"
    "    \"version\": \"1.2\",\n"
    "    \"creator\": {\"name\": \"WebInspector\", \"version\": \"537.36\"},\n"
    "    \"pages\": [{\"startedDateTime\": \"2024-05-01T08:00:00.000Z\", \"id\": \"page_1\", "
    "\"title\": \"hooks\",\n"
    "               \"pageTimings\": {\"onContentLoad\": 12.5, \"onLoad\": 20.1}}],\n"
    "    \"entries\": [\n"
    "      {\n"
    "        \"_initiator\": {\"type\": \"other\"}, \"_priority\": \"High\", \"_resourceType\": "
    "\"fetch\",\n"
    "        \"cache\": {}, \"connection\": \"443\", \"pageref\": \"page_1\",\n"
    "        \"request\": {\n"
    "          \"method\": \"POST\", \"url\": \"https://hooks.example.com/in?x=1\", "
    "\"httpVersion\": \"http/2.0\",\n"
    "          \"headers\": [\n"
    "            {\"name\": \":authority\", \"value\": \"hooks.example.com\"},\n"
    "            {\"name\": \":method\", \"value\": \"POST\"},\n"
    "            {\"name\": \"content-type\", \"value\": \"application/json\"},\n"
    "            {\"name\": \"pulumi-webhook-id\", \"value\": \"abc-123\"},\n"
    "            {\"name\": \"pulumi-webhook-kind\", \"value\": \"stack_update\"}\n"
    "          ],\n"
    "          \"queryString\": [{\"name\": \"x\", \"value\": \"1\"}], \"cookies\": [],\n"
    "          \"headersSize\": -1, \"bodySize\": 17,\n"
    "          \"postData\": {\"mimeType\": \"application/json\", \"text\": "
    "\"{\\\"kind\\\":\\\"update\\\"}\"}\n"
    "        },\n"
    "        \"response\": {\n"
    "          \"status\": 201, \"statusText\": \"\", \"httpVersion\": \"http/2.0\",\n"
    "          \"headers\": [{\"name\": \"content-type\", \"value\": \"text/plain\"}], "
    "\"cookies\": [],\n"
    "          \"content\": {\"size\": 5, \"mimeType\": \"text/plain\", \"text\": \"aGVsbG8=\",\n"
    "                      \"encoding\": \"base64\"},\n"
    "          \"redirectURL\": \"\", \"headersSize\": -1, \"bodySize\": 5, \"_transferSize\": "
    "100,\n"
    "          \"_error\": null\n"
    "        },\n"
    "        \"serverIPAddress\": \"93.184.216.34\",\n"
    "        \"startedDateTime\": \"2024-05-01T10:00:00.250+02:00\",\n"
    "        \"time\": 41.6,\n"
    "        \"timings\": {\"blocked\": 1.2, \"dns\": -1, \"ssl\": -1, \"connect\": -1, \"send\": "
    "0.4,\n"
    "                    \"wait\": 40, \"receive\": 0}\n"
    "      },\n"
    "      {\n"
    "        \"cache\": {},\n"
    "        \"request\": {\"method\": \"GET\", \"url\": \"http://127.0.0.1:9/down\", "
    "\"httpVersion\": \"HTTP/1.1\",\n"
    "                    \"headers\": [{\"name\": \"Accept\", \"value\": \"*/*\"}], "
    "\"queryString\": [],\n"
    "                    \"cookies\": [], \"headersSize\": -1, \"bodySize\": 0},\n"
    "        \"response\": {\"status\": 0, \"statusText\": \"\", \"httpVersion\": \"\", "
    "\"headers\": [],\n"
    "                     \"cookies\": [], \"content\": {\"size\": 0, \"mimeType\": "
    "\"x-unknown\"},\n"
    "                     \"redirectURL\": \"\", \"headersSize\": -1, \"bodySize\": -1,\n"
    "                     \"_error\": \"net::ERR_CONNECTION_REFUSED\"},\n"
    "        \"startedDateTime\": \"2024-05-01T08:00:01.000Z\",\n"
    "        \"time\": 2,\n"
    "        \"timings\": {\"blocked\": 2, \"dns\": -1, \"ssl\": -1, \"connect\": -1, \"send\": 0, "
    "\"wait\": 0,\n"
    "                    \"receive\": 0}\n"
    "      },\n"
    "      {\n"
    "        \"cache\": {},\n"
    "        \"request\": {\"method\": \"POST\", \"url\": \"https://hooks.example.com/in\",\n"
    "                    \"httpVersion\": \"HTTP/1.1\",\n"
    "                    \"headers\": [{\"name\": \"Content-Type\", \"value\": "
    "\"application/json\"}],\n"
    "                    \"queryString\": [], \"cookies\": [], \"headersSize\": -1, \"bodySize\": "
    "2,\n"
    "                    \"postData\": {\"mimeType\": \"application/json\", \"text\": \"{}\"}},\n"
    "        \"response\": {\"status\": 500, \"statusText\": \"Internal Server Error\",\n"
    "                     \"httpVersion\": \"HTTP/1.1\",\n"
    "                     \"headers\": [{\"name\": \"Content-Type\", \"value\": \"text/plain\"}], "
    "\"cookies\": [],\n"
    "                     \"content\": {\"size\": 4, \"mimeType\": \"text/plain\", \"text\": "
    "\"boom\"},\n"
    "                     \"redirectURL\": \"\", \"headersSize\": -1, \"bodySize\": 4},\n"
    "        \"startedDateTime\": \"2024-05-01T08:00:02.5Z\",\n"
    "        \"time\": 7,\n"
    "        \"timings\": {\"send\": 1, \"wait\": 5, \"receive\": 1}\n"
    "      }\n"
    "    ]\n"
    "  }\n"
    "}\n";

} // namespace

class TestHistoryExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Runs tests/js/check-har.js (har-validator) on `har`; gives its exit code and output.
    /// A missing node fails the test (the caller checks QTest::currentTestFailed()).
    int judge(const QByteArray &har, QString *output)
    {
        const QString node = qEnvironmentVariable("WEBHOOK_CONSOLE_NODE");
        const QString source = qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR");
        if (node.isEmpty() || source.isEmpty()) {
            QTest::qFail("WEBHOOK_CONSOLE_NODE and WEBHOOK_CONSOLE_SOURCE_DIR must be set: run "
                         "the test through CTest",
                         __FILE__, __LINE__);
            return -1;
        }
        static int n = 0;
        const QString file = m_dir.filePath(QStringLiteral("judged-%1.har").arg(++n));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(har) != har.size()) {
            QTest::qFail("cannot write the HAR to judge", __FILE__, __LINE__);
            return -1;
        }
        out.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(node, {source + QStringLiteral("/tests/js/check-har.js"), file});
        if (!p.waitForStarted(10000)) {
            QTest::qFail(
                qPrintable(QStringLiteral("cannot run node (%1): %2").arg(node, p.errorString())),
                __FILE__, __LINE__);
            return -1;
        }
        if (!p.waitForFinished(60000)) {
            QTest::qFail("check-har.js did not finish", __FILE__, __LINE__);
            return -1;
        }
        *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static std::unique_ptr<LocalBackend> openBackend(const QString &path)
    {
        auto backend = std::make_unique<LocalBackend>(path, std::make_unique<MemorySecretStore>());
        if (const Error e = test::await(backend->open()))
            qFatal("cannot open the backend: %s", qPrintable(e.message));
        return backend;
    }

    /// Records `d` in the database as the console would (pending, then completed unless
    /// pending); gives it with its new id.
    static Delivery record(DeliveryRepository &repo, qint64 webhookId, Delivery d)
    {
        const Delivery wanted = d;
        if (Error e = repo.insertPending(d, webhookId))
            qFatal("insertPending: %s", qPrintable(e.message));
        if (wanted.state == Delivery::State::Completed) {
            d.state = Delivery::State::Completed;
            d.durationMs = wanted.durationMs;
            d.requestHeaders = wanted.requestHeaders;
            d.responseCode = wanted.responseCode;
            d.responseHeaders = wanted.responseHeaders;
            d.responseBody = wanted.responseBody;
            d.responseTruncated = wanted.responseTruncated;
            d.error = wanted.error;
            if (Error e = repo.complete(d))
                qFatal("complete: %s", qPrintable(e.message));
        }
        return d;
    }

    /// 250 deliveries (more than two pages) made from the varied ones, with redelivery links
    /// to earlier rows; the webhook's reference set as the backend gives it.
    static QList<Delivery> seedHistory(test::SeedDatabase &seed, const StoredWebhook &hook)
    {
        const QList<Delivery> kinds = variedDeliveries();
        QList<Delivery> stored;
        for (int i = 0; i < 250; ++i) {
            Delivery d = kinds.at(i % kinds.size());
            if (d.state == Delivery::State::Pending) // open() would call it interrupted
                d = kinds.first();
            d.timestamp = at(i);
            d.uid = QStringLiteral("uid-%1").arg(i);
            d.kind = i % 3 == 0 ? QStringLiteral("ping") : QStringLiteral("stack_update");
            d.redeliveryOf = i % 10 == 9 ? stored.at(i - 5).id : QString();
            d = record(seed.deliveries, hook.id, d);
            d.webhook = hook.ref();
            stored << d;
        }
        return stored;
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppInfo::apply();
        QVERIFY(m_dir.isValid());
    }

    void roundTripIsExact_data()
    {
        QTest::addColumn<HistoryFormat>("format");
        QTest::newRow("HAR") << HistoryFormat::Har;
        QTest::newRow("JSON Lines") << HistoryFormat::JsonLines;
    }
    void roundTripIsExact()
    {
        QFETCH(HistoryFormat, format);
        const QList<Delivery> deliveries = variedDeliveries();
        const HistoryExportOptions withSignatures{true};
        const QByteArray bytes = writeHistory(deliveries, format, withSignatures);
        const Result<QList<Delivery>> read = readHistory(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error.message));
        COMPARE_DELIVERIES(read.value, deliveries);
        // Exported again, byte for byte the same file.
        QCOMPARE(writeHistory(read.value, format, withSignatures), bytes);

        // Without the signature headers (the default), everything else is still exact.
        const QByteArray stripped = writeHistory(deliveries, format);
        const Result<QList<Delivery>> readStripped = readHistory(stripped);
        QVERIFY2(readStripped.ok(), qPrintable(readStripped.error.message));
        QList<Delivery> expected = deliveries;
        for (Delivery &d : expected)
            d.requestHeaders = withoutSignatureHeaders(d.requestHeaders);
        COMPARE_DELIVERIES(readStripped.value, expected);
        QCOMPARE(writeHistory(readStripped.value, format), stripped);

        // An empty history is a file too, and reads back empty.
        const Result<QList<Delivery>> none = readHistory(writeHistory({}, format));
        QVERIFY2(none.ok(), qPrintable(none.error.message));
        QVERIFY(none.value.isEmpty());
    }

    void signatureHeadersAreLeftOutUnlessAsked_data()
    {
        QTest::addColumn<HistoryFormat>("format");
        QTest::newRow("HAR") << HistoryFormat::Har;
        QTest::newRow("JSON Lines") << HistoryFormat::JsonLines;
        QTest::newRow("CSV") << HistoryFormat::Csv;
    }
    void signatureHeadersAreLeftOutUnlessAsked()
    {
        QFETCH(HistoryFormat, format);
        const QList<Delivery> deliveries = variedDeliveries();
        const QList<QByteArray> names = SignatureScheme::allSignatureHeaders();
        QVERIFY(names.size() >= 6); // Pulumi, GitHub, Standard Webhooks (3), Stripe
        const QByteArray stripped = writeHistory(deliveries, format);
        QVERIFY(!stripped.contains("sig-secret-"));
        if (format != HistoryFormat::Csv) {
            const Result<QList<Delivery>> read = readHistory(stripped);
            QVERIFY2(read.ok(), qPrintable(read.error.message));
            for (const Delivery &d : read.value) {
                for (const QString &line : d.requestHeaders.split(u'\n')) {
                    const QByteArray name = line.section(u':', 0, 0).trimmed().toLower().toLatin1();
                    QVERIFY2(!names.contains(name), qPrintable(line));
                }
            }
        }
        // Pulumi's other headers stay: they are not signatures.
        if (format != HistoryFormat::Csv) {
            QVERIFY(stripped.contains("Pulumi-Webhook-ID: 6f1c1-uid"));
            QVERIFY(stripped.contains("Pulumi-Webhook-Kind: stack_update"));
        }
        const QByteArray kept = writeHistory(deliveries, format, HistoryExportOptions{true});
        if (format != HistoryFormat::Csv) {
            for (int i = 1; i <= names.size(); ++i)
                QVERIFY(kept.contains(QStringLiteral("sig-secret-%1").arg(i).toUtf8()));
        }

        // Every other line exactly as it was, CR and all.
        QCOMPARE(
            withoutSignatureHeaders(QStringLiteral("A: 1\r\nStripe-Signature: t=1\r\nB: 2\r\n")),
            QStringLiteral("A: 1\r\nB: 2\r\n"));
        QCOMPARE(withoutSignatureHeaders(QStringLiteral("X-HUB-SIGNATURE-256 : sha256=ab\nC: 3")),
                 QStringLiteral("C: 3"));
        QCOMPARE(withoutSignatureHeaders(QStringLiteral("Webhook-Signature-Note: kept")),
                 QStringLiteral("Webhook-Signature-Note: kept"));
        QVERIFY(!historySignatureWarning().isEmpty());
    }

    void harSaysWhatWasLeftOut()
    {
        for (const bool include : {false, true}) {
            const QJsonObject log =
                QJsonDocument::fromJson(
                    writeHistory(variedDeliveries(), HistoryFormat::Har, {include}))
                    .object()
                    .value(QStringLiteral("log"))
                    .toObject();
            const QString comment = log.value(QStringLiteral("comment")).toString();
            QVERIFY2(include != comment.contains(QStringLiteral("left out")), qPrintable(comment));
            QCOMPARE(log.value(QStringLiteral("_webhookConsole"))
                         .toObject()
                         .value(QStringLiteral("signaturesIncluded"))
                         .toBool(),
                     include);
        }
    }

    void harHasTheStandardFields()
    {
        const QList<Delivery> deliveries = variedDeliveries();
        const QByteArray bytes = writeHistory(deliveries, HistoryFormat::Har);
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
        QCOMPARE(parse.error, QJsonParseError::NoError);
        const QJsonObject log = doc.object().value(QStringLiteral("log")).toObject();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        const QJsonObject creator = log.value(QStringLiteral("creator")).toObject();
        QCOMPARE(creator.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Webhook Console"));
        QCOMPARE(creator.value(QStringLiteral("version")).toString(),
                 QString::fromLatin1(AppInfo::Version));
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), deliveries.size());

        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("startedDateTime")).toString(),
                 QStringLiteral("2024-03-01T10:01:00.123Z"));
        QCOMPARE(first.value(QStringLiteral("time")).toInteger(), qint64(11));
        const QJsonObject timings = first.value(QStringLiteral("timings")).toObject();
        QCOMPARE(timings.value(QStringLiteral("send")).toInteger(), qint64(0));
        QCOMPARE(timings.value(QStringLiteral("wait")).toInteger(), qint64(11));
        QCOMPARE(timings.value(QStringLiteral("receive")).toInteger(), qint64(0));
        QVERIFY(first.value(QStringLiteral("cache")).isObject());
        const QJsonObject request = first.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(QStringLiteral("url")).toString(), deliveries.at(0).requestUrl);
        QCOMPARE(request.value(QStringLiteral("httpVersion")).toString(),
                 QStringLiteral("HTTP/1.1"));
        QCOMPARE(request.value(QStringLiteral("headersSize")).toInteger(), qint64(-1));
        QCOMPARE(request.value(QStringLiteral("bodySize")).toInteger(),
                 deliveries.at(0).payload.size());
        QVERIFY(request.value(QStringLiteral("cookies")).toArray().isEmpty());
        const QJsonArray query = request.value(QStringLiteral("queryString")).toArray();
        QCOMPARE(query.size(), 2);
        QCOMPARE(query.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("b"));
        QCOMPARE(query.at(1).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("x y"));
        const QJsonArray headers = request.value(QStringLiteral("headers")).toArray();
        QCOMPARE(headers.size(), 4); // the signature headers left out
        QCOMPARE(headers.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Content-Type"));
        QCOMPARE(headers.at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("application/json"));
        const QJsonObject postData = request.value(QStringLiteral("postData")).toObject();
        QCOMPARE(postData.value(QStringLiteral("mimeType")).toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(postData.value(QStringLiteral("text")).toString().toUtf8(),
                 deliveries.at(0).payload);
        const QJsonObject response = first.value(QStringLiteral("response")).toObject();
        QCOMPARE(response.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(response.value(QStringLiteral("statusText")).toString(), QStringLiteral("OK"));
        QCOMPARE(response.value(QStringLiteral("redirectURL")).toString(), QString());
        const QJsonObject content = response.value(QStringLiteral("content")).toObject();
        QCOMPARE(content.value(QStringLiteral("mimeType")).toString(),
                 QStringLiteral("text/plain; charset=utf-8"));
        QCOMPARE(content.value(QStringLiteral("text")).toString().toUtf8(),
                 deliveries.at(0).responseBody);
        QVERIFY(!content.contains(QStringLiteral("encoding")));

        // The binary body in base64; no answer: status 0 and the error.
        const QJsonObject binary = entries.at(1)
                                       .toObject()
                                       .value(QStringLiteral("response"))
                                       .toObject()
                                       .value(QStringLiteral("content"))
                                       .toObject();
        QCOMPARE(binary.value(QStringLiteral("encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(binary.value(QStringLiteral("text")).toString().toLatin1()),
                 allBytes());
        QCOMPARE(binary.value(QStringLiteral("size")).toInt(), 256);
        const QJsonObject refused = entries.at(4).toObject();
        QCOMPARE(
            refused.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")),
            QJsonValue(0));
        QCOMPARE(refused.value(QStringLiteral("comment")).toString(), deliveries.at(4).error);
        // The console's own fields, for an exact import.
        const QJsonObject own =
            entries.at(5).toObject().value(QStringLiteral("_webhookConsole")).toObject();
        QCOMPARE(own.value(QStringLiteral("redeliveryOf")).toString(), QStringLiteral("105"));
        QCOMPARE(own.value(QStringLiteral("id")).toString(), QStringLiteral("106"));
        QCOMPARE(own.value(QStringLiteral("webhook")).toString(),
                 QStringLiteral("acme/web/prod/deploys"));
        QVERIFY(entries.at(2)
                    .toObject()
                    .value(QStringLiteral("_webhookConsole"))
                    .toObject()
                    .contains(QStringLiteral("payloadBase64")));
        QCOMPARE(entries.at(6)
                     .toObject()
                     .value(QStringLiteral("_webhookConsole"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("pending"));
    }

    void harPassesHarValidator()
    {
        QString output;
        for (const bool include : {false, true}) {
            const int code =
                judge(writeHistory(variedDeliveries(), HistoryFormat::Har, {include}), &output);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(code == 0, qPrintable(output));
            QVERIFY2(output.contains(QStringLiteral("PASS")), qPrintable(output));
        }
        // An empty history, and the browser's HAR the import test reads.
        QCOMPARE(judge(writeHistory({}, HistoryFormat::Har), &output), 0);
        QVERIFY2(judge(BrowserHar, &output) == 0, qPrintable(output));

        // The judge can fail: a status that is no number, a property that is not HAR's.
        QJsonObject broken =
            QJsonDocument::fromJson(writeHistory(variedDeliveries().mid(0, 1), HistoryFormat::Har))
                .object();
        QJsonObject log = broken.value(QStringLiteral("log")).toObject();
        QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QJsonObject entry = entries.at(0).toObject();
        QJsonObject response = entry.value(QStringLiteral("response")).toObject();
        response.insert(QStringLiteral("status"), QStringLiteral("200"));
        entry.insert(QStringLiteral("response"), response);
        entry.insert(QStringLiteral("webhookConsole"), true);
        entries.replace(0, entry);
        log.insert(QStringLiteral("entries"), entries);
        broken.insert(QStringLiteral("log"), log);
        QCOMPARE(judge(QJsonDocument(broken).toJson(), &output), 1);
        QVERIFY2(output.contains(QStringLiteral("har-validator")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("\"webhookConsole\" is not a HAR 1.2 property")),
                 qPrintable(output));
    }

    void browserHarImports()
    {
        const Result<QList<Delivery>> read = readHistory(BrowserHar);
        QVERIFY2(read.ok(), qPrintable(read.error.message));
        QCOMPARE(read.value.size(), 3);

        const Delivery &ok = read.value.at(0);
        QCOMPARE(ok.id, QString());
        QCOMPARE(ok.uid, QStringLiteral("abc-123"));
        QCOMPARE(ok.kind, QStringLiteral("stack_update"));
        QCOMPARE(ok.requestUrl, QStringLiteral("https://hooks.example.com/in?x=1"));
        QCOMPARE(ok.requestHeaders, QStringLiteral("content-type: application/json\r\n"
                                                   "pulumi-webhook-id: abc-123\r\n"
                                                   "pulumi-webhook-kind: stack_update"));
        QCOMPARE(ok.payload, QByteArray(R"({"kind":"update"})"));
        QCOMPARE(ok.timestamp, QDateTime(QDate(2024, 5, 1), QTime(8, 0, 0, 250), Qt::UTC));
        QCOMPARE(ok.durationMs, qint64(42)); // 41.6 ms, rounded
        QCOMPARE(ok.responseCode, 201);
        QCOMPARE(ok.responseHeaders, QStringLiteral("content-type: text/plain"));
        QCOMPARE(ok.responseBody, QByteArray("hello"));
        QCOMPARE(ok.error, QString());
        QCOMPARE(int(ok.state), int(Delivery::State::Completed));
        QVERIFY(ok.succeeded());

        const Delivery &refused = read.value.at(1);
        QCOMPARE(refused.responseCode, 0);
        QCOMPARE(refused.error, QStringLiteral("net::ERR_CONNECTION_REFUSED"));
        QVERIFY(refused.payload.isEmpty());
        QVERIFY(refused.uid.isEmpty());
        QVERIFY(refused.outcome() == DeliveryOutcome::Failed);

        const Delivery &failed = read.value.at(2);
        QCOMPARE(failed.responseCode, 500);
        QCOMPARE(failed.responseBody, QByteArray("boom"));
        QVERIFY(!failed.error.isEmpty());
        QCOMPARE(failed.timestamp, QDateTime(QDate(2024, 5, 1), QTime(8, 0, 2, 500), Qt::UTC));

        // What was imported exports as the console's own HAR and reads back the same.
        const Result<QList<Delivery>> again =
            readHistory(writeHistory(read.value, HistoryFormat::Har, {true}));
        QVERIFY2(again.ok(), qPrintable(again.error.message));
        COMPARE_DELIVERIES(again.value, read.value);
    }

    void csvQuotesAsRfc4180()
    {
        const QList<Delivery> deliveries = variedDeliveries();
        const QByteArray bytes = writeHistory(deliveries, HistoryFormat::Csv);
        QVERIFY(bytes.startsWith("id,time,kind,uid,status,outcome,duration_ms,error,"
                                 "redelivery_of,url,request_bytes,response_bytes,payload\r\n"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(bytes);
        QCOMPARE(rows.size(), deliveries.size() + 1);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 13);
        for (qsizetype i = 0; i < deliveries.size(); ++i) {
            const Delivery &d = deliveries.at(i);
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.at(0), d.id);
            QCOMPARE(row.at(1), d.timestamp.toString(Qt::ISODateWithMs));
            QCOMPARE(row.at(2), d.kind);
            QCOMPARE(row.at(3), d.uid);
            QCOMPARE(row.at(4), d.responseCode ? QString::number(d.responseCode) : QString());
            QCOMPARE(row.at(6), QString::number(d.durationMs));
            QCOMPARE(row.at(7), d.error);
            QCOMPARE(row.at(8), d.redeliveryOf);
            QCOMPARE(row.at(9), d.requestUrl);
            QCOMPARE(row.at(10), QString::number(d.payload.size()));
            QCOMPARE(row.at(11), QString::number(d.responseBody.size()));
        }
        QCOMPARE(rows.at(1).at(5), QStringLiteral("succeeded"));
        QCOMPARE(rows.at(2).at(5), QStringLiteral("failed"));
        QCOMPARE(rows.at(7).at(5), QStringLiteral("pending"));
        // Unicode, quotes and a comma in the payload; a comma, quotes and a line break in the
        // error; a payload that is not UTF-8 marked as base64.
        QCOMPARE(rows.at(1).at(12).toUtf8(), deliveries.at(0).payload);
        QCOMPARE(rows.at(6).at(7),
                 QStringLiteral("The receiver answered 500, \"Internal\"\nServer Error."));
        QVERIFY(bytes.contains("\"The receiver answered 500, \"\"Internal\"\"\nServer Error.\""));
        QCOMPARE(rows.at(3).at(12), QStringLiteral("base64:") +
                                        QString::fromLatin1(deliveries.at(2).payload.toBase64()));
        QVERIFY(!historyFormatImports(HistoryFormat::Csv));
    }

    void malformedInputSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        const QByteArray good = R"({"timestamp":"2024-01-01T00:00:00.000Z","payload":"{}"})";
        QTest::newRow("JSON Lines: an array") << good + "\n[1,2]\n"
                                              << "Line 2: not a JSON object.";
        QTest::newRow("JSON Lines: blank lines count") << "\n" + good + "\r\n\r\n\n[]\n"
                                                       << "Line 5: not a JSON object.";
        QTest::newRow("JSON Lines: broken JSON") << good + "\n" + good + "\n{\"timestamp\": \n"
                                                 << "Line 3: not valid JSON";
        QTest::newRow("JSON Lines: bad base64")
            << QByteArray(R"({"timestamp":"2024-01-01T00:00:00Z","payloadBase64":"%%%"})")
            << R"(Line 1: "payloadBase64" is not base64.)";
        QTest::newRow("JSON Lines: bad time")
            << good + "\n" + R"({"timestamp":"yesterday"})"
            << R"(Line 2: "timestamp" is not a date and time (ISO 8601): yesterday.)";
        QTest::newRow("JSON Lines: no time")
            << QByteArray(R"({"payload":"{}"})") << R"(Line 1: no "timestamp".)";
        QTest::newRow("JSON Lines: wrong type")
            << good + "\n" + good + "\n" +
                   R"({"timestamp":"2024-01-01T00:00:00Z","responseCode":"200"})"
            << R"(Line 3: "responseCode" is not a number.)";
        QTest::newRow("JSON Lines: unknown state")
            << QByteArray(R"({"timestamp":"2024-01-01T00:00:00Z","state":"done"})")
            << R"(Line 1: "state" is neither "pending" nor "completed".)";
        const QByteArray entry = writeHistory(variedDeliveries().mid(0, 1), HistoryFormat::Har);
        QByteArray secondNotObject = entry;
        secondNotObject.replace("\n]}}", ",\n5\n]}}");
        QTest::newRow("HAR: entry not an object")
            << secondNotObject << "Entry 2: not a JSON object.";
        QTest::newRow("HAR: no request")
            << QByteArray(
                   R"({"log":{"version":"1.2","entries":[{"startedDateTime":"2024-01-01T00:00:00Z"}]}})")
            << R"(Entry 1: no "request".)";
        QTest::newRow("HAR: bad date")
            << QByteArray(
                   R"({"log":{"entries":[{"request":{"url":"x"},"startedDateTime":"May 1"}]}})")
            << R"(Entry 1: "startedDateTime" is not a date and time (ISO 8601): May 1.)";
        QTest::newRow("HAR: bad base64 body")
            << QByteArray(
                   R"({"log":{"entries":[{"request":{"url":"x"},"startedDateTime":"2024-01-01T00:00:00Z",)"
                   R"("response":{"status":200,"content":{"text":"@@","encoding":"base64"}}}]}})")
            << R"(Entry 1, response content: "text" is not base64.)";
        QTest::newRow("HAR: status not a number")
            << QByteArray(
                   R"({"log":{"entries":[{"request":{"url":"x"},"startedDateTime":"2024-01-01T00:00:00Z",)"
                   R"("response":{"status":"200"}}]}})")
            << R"(Entry 1, response: "status" is not a number.)";
        QTest::newRow("HAR: no entries") << QByteArray("{\n\"log\": {\"version\": \"1.2\"}\n}")
                                         << R"(HAR log: no list of "entries".)";
        QTest::newRow("HAR: broken JSON")
            << QByteArray("{\n  \"log\": {\n    \"entries\": [\n      {,}\n    ]\n  }\n}\n")
            << "Line 4: not valid JSON";
        QTest::newRow("neither") << QByteArray("[1, 2]") << "Line 1: neither a HAR file";
    }
    void malformedInputSaysWhere()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const Result<QList<Delivery>> read = readHistory(data);
        QVERIFY(!read.ok());
        QCOMPARE(int(read.error.code), int(Error::Code::Invalid));
        QCOMPARE(read.error.field, QStringLiteral("file"));
        QVERIFY2(read.error.message.startsWith(message), qPrintable(read.error.message));
        QVERIFY(read.value.isEmpty());
    }

    void emptyFilesHoldNothing()
    {
        for (const QByteArray &data :
             {QByteArray(), QByteArray("\n\r\n  \n"), QByteArray("\xEF\xBB\xBF"),
              QByteArray(R"({"log":{"version":"1.2","entries":[]}})")}) {
            const Result<QList<Delivery>> read = readHistory(data);
            QVERIFY2(read.ok(), qPrintable(read.error.message));
            QVERIFY(read.value.isEmpty());
        }
        // One delivery on one line is JSON Lines of one.
        const Result<QList<Delivery>> one =
            readHistory("{\"timestamp\": \"2024-01-01T00:00:00Z\"}");
        QVERIFY2(one.ok(), qPrintable(one.error.message));
        QCOMPARE(one.value.size(), 1);
    }

    void formatsByFileName()
    {
        QVERIFY(historyFormatForFileName(QStringLiteral("/tmp/a.HAR")) == HistoryFormat::Har);
        QVERIFY(historyFormatForFileName(QStringLiteral("a.ndjson")) == HistoryFormat::JsonLines);
        QVERIFY(historyFormatForFileName(QStringLiteral("a.jsonl")) == HistoryFormat::JsonLines);
        QVERIFY(historyFormatForFileName(QStringLiteral("a.csv")) == HistoryFormat::Csv);
        QVERIFY(!historyFormatForFileName(QStringLiteral("a.json")));
        for (const HistoryFormat f :
             {HistoryFormat::Har, HistoryFormat::JsonLines, HistoryFormat::Csv}) {
            QVERIFY(historyFormatForFileName(QStringLiteral("x.") + historyFormatSuffix(f)) == f);
            QVERIFY(!historyFormatName(f).isEmpty());
        }
    }

    void writerReportsAFailedDevice()
    {
        QFile readOnly(m_dir.filePath(QStringLiteral("read-only.har")));
        QVERIFY(readOnly.open(QIODevice::WriteOnly));
        readOnly.close();
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        HistoryWriter writer(readOnly, HistoryFormat::Har);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
        QVERIFY(!writer.begin());
        QVERIFY(!writer.add(variedDeliveries().first()));
        QVERIFY(!writer.finish());
        QVERIFY(!writer.errorString().isEmpty());
    }

    void readsAFileWithoutBlocking()
    {
        const QString path = m_dir.filePath(QStringLiteral("read.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(writeHistory(variedDeliveries(), HistoryFormat::JsonLines, {true}));
        file.close();
        const Result<QList<Delivery>> read = test::await(readHistoryFile(path));
        QVERIFY2(read.ok(), qPrintable(read.error.message));
        COMPARE_DELIVERIES(read.value, variedDeliveries());
        const Result<QList<Delivery>> missing =
            test::await(readHistoryFile(m_dir.filePath(QStringLiteral("none.har"))));
        QCOMPARE(missing.error.field, QStringLiteral("path"));
        QVERIFY(missing.error.message.contains(QStringLiteral("none.har")));
    }

    // --- HistoryExport over a real backend ---------------------------------------------------

    void exportWritesTheWholeHistoryOldestFirst_data()
    {
        QTest::addColumn<HistoryFormat>("format");
        QTest::newRow("HAR") << HistoryFormat::Har;
        QTest::newRow("JSON Lines") << HistoryFormat::JsonLines;
    }
    void exportWritesTheWholeHistoryOldestFirst()
    {
        QFETCH(HistoryFormat, format);
        QTemporaryDir dir;
        const QString db = test::databasePath(dir);
        test::SeedDatabase seed(db);
        const StoredWebhook hook = test::insertWebhook(seed.webhooks, QStringLiteral("deploys"));
        QList<Delivery> stored = seedHistory(seed, hook);
        const auto backend = openBackend(db);
        // One still pending, recorded after open() (which calls earlier ones interrupted).
        Delivery pending = variedDeliveries().at(6);
        pending.timestamp = at(300);
        pending = record(seed.deliveries, hook.id, pending);
        pending.webhook = hook.ref();
        stored << pending;

        DeliveryFilter filter;
        filter.webhook = hook.ref();
        const QString path = dir.filePath(QStringLiteral("history.") + historyFormatSuffix(format));
        HistoryExport job(backend.get(), filter, format, HistoryExportOptions{true}, path);
        QSignalSpy progress(&job, &HistoryExport::progress);
        QSignalSpy finished(&job, &HistoryExport::finished);
        job.start();
        QCOMPARE(finished.count(), 0); // never inside start()
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        const Error error = finished.at(0).at(0).value<Error>();
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(job.succeeded());
        QCOMPARE(job.total(), stored.size());
        QCOMPARE(job.done(), stored.size());
        // Progress after the count and after each of the three pages.
        QCOMPARE(progress.count(), 4);
        QCOMPARE(progress.first().at(0).toLongLong(), qint64(0));
        QCOMPARE(progress.first().at(1).toLongLong(), stored.size());
        QCOMPARE(progress.at(1).at(0).toLongLong(), qint64(HistoryExport::PageSize));
        QCOMPARE(progress.last().at(0).toLongLong(), stored.size());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const Result<QList<Delivery>> read = readHistory(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error.message));
        // Every delivery once, oldest first, every field as the database holds it.
        COMPARE_DELIVERIES(read.value, stored);
        // The file is what the writer makes of those deliveries, byte for byte.
        QCOMPARE(bytes, writeHistory(stored, format, HistoryExportOptions{true}));
        // Nothing else was left in the folder (QSaveFile's temporary file is gone).
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        for (const QString &name : files)
            QVERIFY2(name.startsWith(QStringLiteral("webhooks.sqlite")) ||
                         name == QFileInfo(path).fileName(),
                     qPrintable(name));
        if (format == HistoryFormat::Har) {
            QString output;
            const int code = judge(bytes, &output);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(code == 0, qPrintable(output));
        }
    }

    void exportFollowsTheFilter()
    {
        QTemporaryDir dir;
        const QString db = test::databasePath(dir);
        test::SeedDatabase seed(db);
        const StoredWebhook hook = test::insertWebhook(seed.webhooks, QStringLiteral("deploys"));
        const QList<Delivery> stored = seedHistory(seed, hook);
        const auto backend = openBackend(db);

        DeliveryFilter filter;
        filter.webhook = hook.ref();
        filter.kind = QStringLiteral("stack_update");
        filter.outcome = DeliveryFilter::Outcome::Failed;
        QList<Delivery> expected;
        for (const Delivery &d : stored) {
            if (d.kind == filter.kind && d.outcome() == DeliveryOutcome::Failed)
                expected << d;
        }
        QVERIFY(expected.size() > 10);
        const QString path = dir.filePath(QStringLiteral("failed-pings.csv"));
        HistoryExport job(backend.get(), filter, HistoryFormat::Csv, {}, path);
        QSignalSpy finished(&job, &HistoryExport::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(job.succeeded());
        QCOMPARE(job.total(), expected.size());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes, writeHistory(expected, HistoryFormat::Csv));
        QCOMPARE(parseCsv(bytes).size(), expected.size() + 1);
    }

    void cancelledExportLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString db = test::databasePath(dir);
        test::SeedDatabase seed(db);
        const StoredWebhook hook = test::insertWebhook(seed.webhooks, QStringLiteral("deploys"));
        seedHistory(seed, hook);
        const auto backend = openBackend(db);
        DeliveryFilter filter;
        filter.webhook = hook.ref();

        for (const bool existing : {false, true}) {
            const QString path = dir.filePath(QStringLiteral("cancelled-%1.har").arg(existing));
            if (existing) {
                QFile before(path);
                QVERIFY(before.open(QIODevice::WriteOnly));
                before.write("what was there");
            }
            HistoryExport job(backend.get(), filter, HistoryFormat::Har, {}, path);
            QSignalSpy finished(&job, &HistoryExport::finished);
            connect(&job, &HistoryExport::progress, &job, [&job](qint64 done, qint64) {
                if (done > 0) // after the first page was written
                    job.cancel();
            });
            job.start();
            QVERIFY(finished.wait(30000));
            QCOMPARE(finished.count(), 1);
            QVERIFY(!finished.at(0).at(0).value<Error>());
            QVERIFY(job.isCancelled());
            QVERIFY(!job.succeeded());
            QCOMPARE(job.done(), qint64(HistoryExport::PageSize));
            // A late page changes nothing.
            QTest::qWait(200);
            QCOMPARE(finished.count(), 1);
            if (existing) {
                QFile after(path);
                QVERIFY(after.open(QIODevice::ReadOnly));
                QCOMPARE(after.readAll(), QByteArray("what was there"));
            } else {
                QVERIFY(!QFile::exists(path));
            }
        }
        // No temporary file stays behind.
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
            QVERIFY2(name.startsWith(QStringLiteral("webhooks.sqlite")) ||
                         name == QStringLiteral("cancelled-1.har"),
                     qPrintable(name));

        // Cancelled before anything was read.
        const QString early = dir.filePath(QStringLiteral("early.jsonl"));
        HistoryExport job(backend.get(), filter, HistoryFormat::JsonLines, {}, early);
        QSignalSpy finished(&job, &HistoryExport::finished);
        job.start();
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!QFile::exists(early));
    }

    void failedExportSaysWhyAndLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString db = test::databasePath(dir);
        test::SeedDatabase seed(db);
        const StoredWebhook hook = test::insertWebhook(seed.webhooks, QStringLiteral("deploys"));
        const auto backend = openBackend(db);

        // A folder that is not there.
        DeliveryFilter filter;
        filter.webhook = hook.ref();
        const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/h.har"));
        HistoryExport job(backend.get(), filter, HistoryFormat::Har, {}, nowhere);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("export failed")));
        QSignalSpy finished(&job, &HistoryExport::finished);
        job.start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(10000));
        const Error e = finished.at(0).at(0).value<Error>();
        QVERIFY(e);
        QCOMPARE(e.field, QStringLiteral("path"));
        QVERIFY2(e.message.contains(QDir::toNativeSeparators(nowhere)), qPrintable(e.message));

        // A webhook that is not there: the backend's error, and no file.
        DeliveryFilter missing;
        missing.webhook = WebhookRef{hook.scope, QStringLiteral("gone")};
        const QString path = dir.filePath(QStringLiteral("gone.har"));
        HistoryExport job2(backend.get(), missing, HistoryFormat::Har, {}, path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("export failed")));
        QSignalSpy finished2(&job2, &HistoryExport::finished);
        job2.start();
        QVERIFY(finished2.wait(10000));
        const Error e2 = finished2.at(0).at(0).value<Error>();
        QCOMPARE(int(e2.code), int(Error::Code::NotFound));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!job2.succeeded());

        // An empty history is a valid, empty file.
        const QString empty = dir.filePath(QStringLiteral("empty.har"));
        HistoryExport job3(backend.get(), filter, HistoryFormat::Har, {}, empty);
        QSignalSpy finished3(&job3, &HistoryExport::finished);
        job3.start();
        QVERIFY(finished3.wait(10000));
        QVERIFY(job3.succeeded());
        QFile file(empty);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<QList<Delivery>> read = readHistory(file.readAll());
        QVERIFY2(read.ok(), qPrintable(read.error.message));
        QVERIFY(read.value.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryExchange)
#include "tst_historyexchange.moc"
