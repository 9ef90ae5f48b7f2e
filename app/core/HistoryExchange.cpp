#include "HistoryExchange.h"

#include "AppInfo.h"
#include "Signature.h"
#include "WebhookBackend.h"

#include "Validation.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRunnable>
#include <QSaveFile>
#include <QThreadPool>
#include <QUrl>
#include <QUrlQuery>
#include <cmath>

namespace wc {

namespace {

Q_LOGGING_CATEGORY(lcExchange, "webhookconsole.history.exchange")

/// The translation context of the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wc::HistoryExchange)
};

/// The console's own fields of a HAR entry (and, at log level, of the file).
const QString ConsoleKey = QStringLiteral("_webhookConsole");
constexpr int ConsoleFormatVersion = 1;

// --- bytes and text -----------------------------------------------------------------------------

/// True when `bytes` survive a trip through a JSON string: valid UTF-8, re-encoded the same.
bool isText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString stateKey(Delivery::State state)
{
    return state == Delivery::State::Pending ? QStringLiteral("pending")
                                             : QStringLiteral("completed");
}

QString outcomeKey(DeliveryOutcome outcome)
{
    switch (outcome) {
    case DeliveryOutcome::Pending:
        return QStringLiteral("pending");
    case DeliveryOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case DeliveryOutcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// --- headers ------------------------------------------------------------------------------------

struct Header
{
    QString name;
    QString value;
};

/// "Name: value" lines (CRLF or LF), blank lines skipped.
QList<Header> parseHeaders(const QString &headers)
{
    QList<Header> out;
    for (QStringView line : QStringView(headers).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            out.append({line.trimmed().toString(), QString()});
        else
            out.append(
                {line.left(colon).trimmed().toString(), line.mid(colon + 1).trimmed().toString()});
    }
    return out;
}

QString headerValue(const QList<Header> &headers, QStringView name)
{
    for (const Header &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QJsonArray headersJson(const QList<Header> &headers)
{
    QJsonArray out;
    for (const Header &h : headers)
        out.append(
            QJsonObject{{QStringLiteral("name"), h.name}, {QStringLiteral("value"), h.value}});
    return out;
}

bool isSignatureHeader(QStringView line)
{
    static const QList<QByteArray> names = SignatureScheme::allSignatureHeaders();
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return false;
    const QByteArray name = line.left(colon).trimmed().toLatin1().toLower();
    return names.contains(name);
}

/// Reason phrases of the codes receivers answer most, for HAR's statusText (the console keeps
/// the code; a reason phrase is optional in HTTP and absent from HTTP/2).
QString reasonPhrase(int code)
{
    switch (code) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 202:
        return QStringLiteral("Accepted");
    case 204:
        return QStringLiteral("No Content");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 303:
        return QStringLiteral("See Other");
    case 307:
        return QStringLiteral("Temporary Redirect");
    case 308:
        return QStringLiteral("Permanent Redirect");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 413:
        return QStringLiteral("Content Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QString();
    }
}

// --- HAR ----------------------------------------------------------------------------------------

QJsonObject harEntry(const Delivery &d, bool includeSignatures)
{
    const QString requestHeaders =
        includeSignatures ? d.requestHeaders : withoutSignatureHeaders(d.requestHeaders);
    const QList<Header> sent = parseHeaders(requestHeaders);
    const QList<Header> received = parseHeaders(d.responseHeaders);
    const bool answered = d.responseCode > 0;

    // A user name or password in the URL is a secret too: left out unless asked.
    const QString requestUrl =
        includeSignatures ? d.requestUrl : validation::redactedUrl(d.requestUrl);
    QJsonArray query;
    const QUrl url(requestUrl);
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        query.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});

    const bool payloadIsText = isText(d.payload);
    QJsonObject postData{
        {QStringLiteral("mimeType"), headerValue(sent, u"Content-Type")},
        {QStringLiteral("text"), QString::fromUtf8(d.payload)},
    };
    if (!payloadIsText)
        postData.insert(QStringLiteral("comment"),
                        QStringLiteral("Not UTF-8: the exact bytes are in "
                                       "_webhookConsole.payloadBase64."));
    const QJsonObject request{
        {QStringLiteral("method"), QStringLiteral("POST")},
        {QStringLiteral("url"), requestUrl},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headersJson(sent)},
        {QStringLiteral("queryString"), query},
        {QStringLiteral("postData"), postData},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), d.payload.size()},
    };

    QJsonObject content{
        {QStringLiteral("size"), d.responseBody.size()},
        {QStringLiteral("mimeType"), headerValue(received, u"Content-Type")},
    };
    if (isText(d.responseBody)) {
        content.insert(QStringLiteral("text"), QString::fromUtf8(d.responseBody));
    } else {
        content.insert(QStringLiteral("text"), QString::fromLatin1(d.responseBody.toBase64()));
        content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    }
    if (d.responseTruncated)
        content.insert(QStringLiteral("comment"),
                       QStringLiteral("Truncated: the console keeps the first %1 bytes only.")
                           .arg(d.responseBody.size()));
    QJsonObject response{
        {QStringLiteral("status"), d.responseCode},
        {QStringLiteral("statusText"), reasonPhrase(d.responseCode)},
        {QStringLiteral("httpVersion"), answered ? QStringLiteral("HTTP/1.1") : QString()},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headersJson(received)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), headerValue(received, u"Location")},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), answered ? d.responseBody.size() : qsizetype(-1)},
    };
    if (!answered && !d.error.isEmpty())
        response.insert(QStringLiteral("_error"), d.error); // as Chromium's dev tools write it

    QJsonObject console{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("webhook"), d.webhook.isValid() ? d.webhook.toString() : QString()},
        {QStringLiteral("uid"), d.uid},
        {QStringLiteral("kind"), d.kind},
        {QStringLiteral("state"), stateKey(d.state)},
        {QStringLiteral("error"), d.error},
        {QStringLiteral("redeliveryOf"), stringOrNull(d.redeliveryOf)},
        {QStringLiteral("responseTruncated"), d.responseTruncated},
        {QStringLiteral("requestHeaders"), requestHeaders},
        {QStringLiteral("responseHeaders"), d.responseHeaders},
    };
    if (!d.editedFrom.isEmpty())
        console.insert(QStringLiteral("editedFrom"), d.editedFrom);
    if (!payloadIsText)
        console.insert(QStringLiteral("payloadBase64"), QString::fromLatin1(d.payload.toBase64()));
    if (!d.timestamp.isValid())
        console.insert(QStringLiteral("noTimestamp"), true);

    QJsonObject entry{
        {QStringLiteral("startedDateTime"), d.timestamp.isValid()
                                                ? timeText(d.timestamp)
                                                : QStringLiteral("1970-01-01T00:00:00.000Z")},
        {QStringLiteral("time"), d.durationMs},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), d.durationMs},
                                                {QStringLiteral("receive"), 0}}},
        {ConsoleKey, console},
    };
    if (!d.error.isEmpty())
        entry.insert(QStringLiteral("comment"), d.error);
    return entry;
}

QByteArray harHead(const HistoryExportOptions &options)
{
    QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"),
         QJsonObject{{QStringLiteral("name"), QString::fromLatin1(AppInfo::DisplayName)},
                     {QStringLiteral("version"), QString::fromLatin1(AppInfo::Version)}}},
        {ConsoleKey,
         QJsonObject{{QStringLiteral("formatVersion"), ConsoleFormatVersion},
                     {QStringLiteral("signaturesIncluded"), options.includeSignatures}}},
    };
    log.insert(QStringLiteral("comment"),
               options.includeSignatures
                   ? QStringLiteral("Webhook deliveries exported by Webhook Console, with their "
                                    "signature headers.")
                   : QStringLiteral("Webhook deliveries exported by Webhook Console. Signature "
                                    "headers were left out of the requests."));
    // The log object without its closing brace, then the entries array, left open.
    QByteArray head = QJsonDocument(log).toJson(QJsonDocument::Compact);
    head.chop(1);
    return QByteArrayLiteral("{\"log\":") + head + QByteArrayLiteral(",\"entries\":[\n");
}

// --- JSON Lines ---------------------------------------------------------------------------------

QJsonObject jsonLine(const Delivery &d, bool includeSignatures)
{
    QJsonObject o{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("webhook"), d.webhook.isValid() ? d.webhook.toString() : QString()},
        {QStringLiteral("uid"), d.uid},
        {QStringLiteral("kind"), d.kind},
        {QStringLiteral("state"), stateKey(d.state)},
        {QStringLiteral("timestamp"), stringOrNull(timeText(d.timestamp))},
        {QStringLiteral("durationMs"), d.durationMs},
        {QStringLiteral("requestUrl"),
         includeSignatures ? d.requestUrl : validation::redactedUrl(d.requestUrl)},
        {QStringLiteral("requestHeaders"),
         includeSignatures ? d.requestHeaders : withoutSignatureHeaders(d.requestHeaders)},
        {QStringLiteral("responseCode"), d.responseCode},
        {QStringLiteral("responseHeaders"), d.responseHeaders},
        {QStringLiteral("responseTruncated"), d.responseTruncated},
        {QStringLiteral("error"), d.error},
        {QStringLiteral("redeliveryOf"), stringOrNull(d.redeliveryOf)},
    };
    if (!d.editedFrom.isEmpty())
        o.insert(QStringLiteral("editedFrom"), d.editedFrom);
    if (isText(d.payload))
        o.insert(QStringLiteral("payload"), QString::fromUtf8(d.payload));
    else
        o.insert(QStringLiteral("payloadBase64"), QString::fromLatin1(d.payload.toBase64()));
    if (isText(d.responseBody))
        o.insert(QStringLiteral("responseBody"), QString::fromUtf8(d.responseBody));
    else
        o.insert(QStringLiteral("responseBodyBase64"),
                 QString::fromLatin1(d.responseBody.toBase64()));
    return o;
}

// --- CSV ----------------------------------------------------------------------------------------

/// RFC 4180: quoted when it holds a comma, a quote, CR or LF; quotes doubled.
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\r') &&
        !bytes.contains('\n'))
        return bytes;
    bytes.replace('"', QByteArrayLiteral("\"\""));
    return '"' + bytes + '"';
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvField(fields.at(i));
    }
    return row + QByteArrayLiteral("\r\n");
}

/// Column names are a data format (like JSON field names), the same in every language.
const QStringList CsvColumns{
    QStringLiteral("id"),
    QStringLiteral("time"),
    QStringLiteral("kind"),
    QStringLiteral("uid"),
    QStringLiteral("status"),
    QStringLiteral("outcome"),
    QStringLiteral("duration_ms"),
    QStringLiteral("error"),
    QStringLiteral("redelivery_of"),
    QStringLiteral("url"),
    QStringLiteral("request_bytes"),
    QStringLiteral("response_bytes"),
    QStringLiteral("payload"),
};

QStringList csvValues(const Delivery &d)
{
    return {
        d.id,
        timeText(d.timestamp),
        d.kind,
        d.uid,
        d.responseCode > 0 ? QString::number(d.responseCode) : QString(),
        outcomeKey(d.outcome()),
        QString::number(d.durationMs),
        d.error,
        d.redeliveryOf,
        validation::redactedUrl(d.requestUrl), // CSV is for reading: never a password
        QString::number(d.payload.size()),
        QString::number(d.responseBody.size()),
        // Payloads are JSON; bytes that are not text are marked, never mangled.
        isText(d.payload) ? QString::fromUtf8(d.payload)
                          : QStringLiteral("base64:") + QString::fromLatin1(d.payload.toBase64()),
    };
}

// --- reading ------------------------------------------------------------------------------------

/// Typed access to a JSON object's fields; the first problem is kept, in words, prefixed with
/// where the object is ("Line 12", "Entry 3").
class Fields
{
public:
    Fields(const QJsonObject &object, QString where, QString *error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    {}

    [[nodiscard]] bool has(const QString &key) const
    {
        return m_object.contains(key) && !m_object.value(key).isNull();
    }
    QString string(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            problem(Text::tr("\"%1\" is not a string").arg(key));
        return v.toString();
    }
    qint64 integer(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        const double n = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(n)) {
            problem(Text::tr("\"%1\" is not a number").arg(key));
            return 0;
        }
        return qint64(std::llround(n));
    }
    bool boolean(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            problem(Text::tr("\"%1\" is not true or false").arg(key));
        return v.toBool();
    }
    QJsonObject object(const QString &key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject() && (required || !(v.isUndefined() || v.isNull())))
            problem(v.isUndefined() ? Text::tr("no \"%1\"").arg(key)
                                    : Text::tr("\"%1\" is not an object").arg(key));
        return v.toObject();
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isArray() && !(v.isUndefined() || v.isNull()))
            problem(Text::tr("\"%1\" is not a list").arg(key));
        return v.toArray();
    }
    QByteArray base64(const QString &key)
    {
        const QString text = string(key);
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            problem(Text::tr("\"%1\" is not base64").arg(key));
        return decoded.decoded;
    }
    QDateTime dateTime(const QString &key, bool required)
    {
        if (!has(key)) {
            if (required)
                problem(Text::tr("no \"%1\"").arg(key));
            return {};
        }
        const QString text = string(key);
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid()) {
            problem(Text::tr("\"%1\" is not a date and time (ISO 8601): %2").arg(key, text));
            return {};
        }
        return time.toUTC();
    }
    void problem(const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = Text::tr("%1: %2.").arg(m_where, what);
    }
    [[nodiscard]] bool failed() const { return !m_error->isEmpty(); }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

Result<QList<Delivery>> failure(const QString &message)
{
    return Result<QList<Delivery>>::failure(Error::invalid(QStringLiteral("file"), message));
}

Delivery::State stateFrom(Fields &f, const QString &key)
{
    const QString state = f.string(key);
    if (state.isEmpty() || state == QLatin1String("completed"))
        return Delivery::State::Completed;
    if (state == QLatin1String("pending"))
        return Delivery::State::Pending;
    f.problem(Text::tr("\"%1\" is neither \"pending\" nor \"completed\"").arg(key));
    return Delivery::State::Completed;
}

WebhookRef webhookFrom(Fields &f, const QString &key)
{
    const QString text = f.string(key);
    if (text.isEmpty())
        return {};
    const std::optional<WebhookRef> ref = WebhookRef::parse(text);
    if (!ref)
        f.problem(Text::tr("\"%1\" is not a webhook reference (ORG/NAME)").arg(key));
    return ref.value_or(WebhookRef{});
}

std::optional<Delivery> readJsonLine(const QJsonObject &o, const QString &where, QString *error)
{
    Fields f(o, where, error);
    Delivery d;
    d.id = f.string(QStringLiteral("id"));
    d.webhook = webhookFrom(f, QStringLiteral("webhook"));
    d.uid = f.string(QStringLiteral("uid"));
    d.kind = f.string(QStringLiteral("kind"));
    d.state = stateFrom(f, QStringLiteral("state"));
    if (!o.contains(QStringLiteral("timestamp")))
        f.problem(Text::tr("no \"timestamp\""));
    d.timestamp = f.dateTime(QStringLiteral("timestamp"), false);
    d.durationMs = f.integer(QStringLiteral("durationMs"));
    d.requestUrl = f.string(QStringLiteral("requestUrl"));
    d.requestHeaders = f.string(QStringLiteral("requestHeaders"));
    d.responseCode = int(f.integer(QStringLiteral("responseCode")));
    d.responseHeaders = f.string(QStringLiteral("responseHeaders"));
    d.responseTruncated = f.boolean(QStringLiteral("responseTruncated"));
    d.error = f.string(QStringLiteral("error"));
    d.redeliveryOf = f.string(QStringLiteral("redeliveryOf"));
    if (f.has(QStringLiteral("editedFrom")))
        d.editedFrom = f.string(QStringLiteral("editedFrom"));
    d.payload = f.has(QStringLiteral("payloadBase64"))
                    ? f.base64(QStringLiteral("payloadBase64"))
                    : f.string(QStringLiteral("payload")).toUtf8();
    d.responseBody = f.has(QStringLiteral("responseBodyBase64"))
                         ? f.base64(QStringLiteral("responseBodyBase64"))
                         : f.string(QStringLiteral("responseBody")).toUtf8();
    if (f.failed())
        return std::nullopt;
    return d;
}

QString joinHeaders(const QJsonArray &headers, Fields &f)
{
    QStringList lines;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QJsonObject h = headers.at(i).toObject();
        const QString name = h.value(QStringLiteral("name")).toString();
        if (!headers.at(i).isObject() || name.isEmpty()) {
            f.problem(Text::tr("header %1 has no name").arg(i + 1));
            return {};
        }
        if (name.startsWith(u':')) // HTTP/2 pseudo-headers (":authority"): not header fields
            continue;
        lines << name + QStringLiteral(": ") + h.value(QStringLiteral("value")).toString();
    }
    return lines.join(QStringLiteral("\r\n"));
}

std::optional<Delivery> readHarEntry(const QJsonValue &value, int number, QString *error)
{
    const QString where = Text::tr("Entry %1").arg(number);
    if (!value.isObject()) {
        *error = Text::tr("%1: not a JSON object.").arg(where);
        return std::nullopt;
    }
    const QJsonObject entry = value.toObject();
    Fields f(entry, where, error);
    const QJsonObject request = f.object(QStringLiteral("request"), true);
    const QJsonObject response = f.object(QStringLiteral("response"), false);
    if (f.failed())
        return std::nullopt;
    Fields req(request, where + Text::tr(", request"), error);
    Fields res(response, where + Text::tr(", response"), error);
    const QJsonObject content = res.object(QStringLiteral("content"), false);
    Fields body(content, where + Text::tr(", response content"), error);
    const QJsonObject postData = req.object(QStringLiteral("postData"), false);
    Fields posted(postData, where + Text::tr(", request postData"), error);

    Delivery d;
    d.timestamp = f.dateTime(QStringLiteral("startedDateTime"), true);
    d.durationMs = f.integer(QStringLiteral("time"));
    d.requestUrl = req.string(QStringLiteral("url"));
    d.responseCode = int(res.integer(QStringLiteral("status")));
    d.responseBody = body.string(QStringLiteral("encoding")) == QLatin1String("base64")
                         ? body.base64(QStringLiteral("text"))
                         : body.string(QStringLiteral("text")).toUtf8();
    d.state = Delivery::State::Completed;

    if (entry.contains(ConsoleKey)) {
        // The console's own export: its fields are exact.
        const QJsonObject own = f.object(ConsoleKey, true);
        Fields c(own, where + QStringLiteral(", ") + ConsoleKey, error);
        d.id = c.string(QStringLiteral("id"));
        d.webhook = webhookFrom(c, QStringLiteral("webhook"));
        d.uid = c.string(QStringLiteral("uid"));
        d.kind = c.string(QStringLiteral("kind"));
        d.state = stateFrom(c, QStringLiteral("state"));
        d.error = c.string(QStringLiteral("error"));
        d.redeliveryOf = c.string(QStringLiteral("redeliveryOf"));
        if (c.has(QStringLiteral("editedFrom")))
            d.editedFrom = c.string(QStringLiteral("editedFrom"));
        d.responseTruncated = c.boolean(QStringLiteral("responseTruncated"));
        d.requestHeaders = c.string(QStringLiteral("requestHeaders"));
        d.responseHeaders = c.string(QStringLiteral("responseHeaders"));
        d.payload = c.has(QStringLiteral("payloadBase64"))
                        ? c.base64(QStringLiteral("payloadBase64"))
                        : posted.string(QStringLiteral("text")).toUtf8();
        if (c.boolean(QStringLiteral("noTimestamp")))
            d.timestamp = {};
    } else {
        // Another tool's HAR: what a webhook delivery has in common with any HTTP exchange.
        d.requestHeaders = joinHeaders(req.array(QStringLiteral("headers")), req);
        d.responseHeaders = joinHeaders(res.array(QStringLiteral("headers")), res);
        d.payload = posted.string(QStringLiteral("text")).toUtf8();
        const QList<Header> sent = parseHeaders(d.requestHeaders);
        d.uid = headerValue(sent, u"Pulumi-Webhook-ID");
        d.kind = headerValue(sent, u"Pulumi-Webhook-Kind");
        if (d.responseCode <= 0) {
            d.responseCode = 0;
            d.error = res.string(QStringLiteral("_error"));
            if (d.error.isEmpty())
                d.error = Text::tr("No answer was recorded.");
        } else if (d.responseCode < 200 || d.responseCode >= 300) {
            d.error = Text::tr("The receiver answered %1.").arg(d.responseCode);
        }
    }
    if (f.failed())
        return std::nullopt;
    return d;
}

Result<QList<Delivery>> readHar(const QJsonObject &document)
{
    QString error;
    Fields top(document, QStringLiteral("HAR"), &error);
    const QJsonObject log = top.object(QStringLiteral("log"), true);
    Fields logFields(log, QStringLiteral("HAR log"), &error);
    if (!log.value(QStringLiteral("entries")).isArray())
        logFields.problem(Text::tr("no list of \"entries\""));
    if (!error.isEmpty())
        return failure(error);
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    QList<Delivery> out;
    out.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        std::optional<Delivery> d = readHarEntry(entries.at(i), int(i + 1), &error);
        if (!d)
            return failure(error);
        out.append(std::move(*d));
    }
    return {{}, out};
}

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(data.left(qBound<qsizetype>(0, offset, data.size())).count('\n')) + 1;
}

Result<QList<Delivery>> readJsonLines(const QByteArray &data)
{
    QList<Delivery> out;
    int number = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++number;
        QByteArray line = data.mid(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parse);
        const QString where = Text::tr("Line %1").arg(number);
        if (parse.error != QJsonParseError::NoError)
            return failure(Text::tr("%1: not valid JSON (%2).").arg(where, parse.errorString()));
        if (!doc.isObject())
            return failure(Text::tr("%1: not a JSON object.").arg(where));
        QString error;
        std::optional<Delivery> d = readJsonLine(doc.object(), where, &error);
        if (!d)
            return failure(error);
        out.append(std::move(*d));
    }
    return {{}, out};
}

} // namespace

// --- formats ------------------------------------------------------------------------------------

QString historyFormatSuffix(HistoryFormat format)
{
    switch (format) {
    case HistoryFormat::Har:
        return QStringLiteral("har");
    case HistoryFormat::JsonLines:
        return QStringLiteral("jsonl");
    case HistoryFormat::Csv:
        break;
    }
    return QStringLiteral("csv");
}

std::optional<HistoryFormat> historyFormatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("har"))
        return HistoryFormat::Har;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return HistoryFormat::JsonLines;
    if (suffix == QLatin1String("csv"))
        return HistoryFormat::Csv;
    return std::nullopt;
}

QString historyFormatName(HistoryFormat format)
{
    switch (format) {
    case HistoryFormat::Har:
        return Text::tr("HAR 1.2 (HTTP Archive)");
    case HistoryFormat::JsonLines:
        return Text::tr("JSON Lines");
    case HistoryFormat::Csv:
        break;
    }
    return Text::tr("CSV");
}

bool historyFormatImports(HistoryFormat format)
{
    return format != HistoryFormat::Csv;
}

QString historySignatureWarning()
{
    return Text::tr("The file will hold the signature headers of every request. Anyone who reads "
                    "it can send those deliveries again, and receivers that check signatures "
                    "will accept them until the webhook's secret changes. Keep the file as safe "
                    "as the secret.");
}

QString withoutSignatureHeaders(const QString &headers)
{
    // Split on LF only: each piece keeps its CR, so joining again restores every other byte.
    QStringList kept;
    bool dropped = false;
    for (QStringView line : QStringView(headers).split(u'\n')) {
        if (isSignatureHeader(line))
            dropped = true;
        else
            kept << line.toString();
    }
    if (!dropped)
        return headers;
    QString joined = kept.join(u'\n');
    // The last line dropped: the one before it ends the text now, without its line break.
    if (joined.endsWith(u'\r') && !headers.endsWith(u'\r'))
        joined.chop(1);
    return joined;
}

// --- HistoryWriter ------------------------------------------------------------------------------

HistoryWriter::HistoryWriter(QIODevice &device, HistoryFormat format, HistoryExportOptions options)
    : m_device(device)
    , m_format(format)
    , m_options(options)
{}

bool HistoryWriter::write(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (m_device.write(bytes) != bytes.size()) {
        m_error = m_device.errorString().isEmpty() ? tr("The file could not be written.")
                                                   : m_device.errorString();
        return false;
    }
    return true;
}

bool HistoryWriter::begin()
{
    if (m_begun)
        return m_error.isEmpty();
    m_begun = true;
    switch (m_format) {
    case HistoryFormat::Har:
        return write(harHead(m_options));
    case HistoryFormat::JsonLines:
        return m_error.isEmpty();
    case HistoryFormat::Csv:
        break;
    }
    return write(csvRow(CsvColumns));
}

bool HistoryWriter::add(const Delivery &delivery)
{
    if (!begin())
        return false;
    if (m_finished) {
        m_error = tr("A delivery was added after the end of the file.");
        return false;
    }
    QByteArray bytes;
    switch (m_format) {
    case HistoryFormat::Har:
        bytes = QJsonDocument(harEntry(delivery, m_options.includeSignatures))
                    .toJson(QJsonDocument::Compact);
        if (m_count > 0)
            bytes.prepend(",\n");
        break;
    case HistoryFormat::JsonLines:
        bytes = QJsonDocument(jsonLine(delivery, m_options.includeSignatures))
                    .toJson(QJsonDocument::Compact) +
                '\n';
        break;
    case HistoryFormat::Csv:
        bytes = csvRow(csvValues(delivery));
        break;
    }
    if (!write(bytes))
        return false;
    ++m_count;
    return true;
}

bool HistoryWriter::finish()
{
    if (!begin())
        return false;
    if (m_finished)
        return m_error.isEmpty();
    m_finished = true;
    if (m_format == HistoryFormat::Har)
        return write(m_count > 0 ? QByteArrayLiteral("\n]}}\n") : QByteArrayLiteral("]}}\n"));
    return m_error.isEmpty();
}

QByteArray writeHistory(const QList<Delivery> &deliveries, HistoryFormat format,
                        HistoryExportOptions options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    HistoryWriter writer(buffer, format, options);
    bool ok = writer.begin();
    for (const Delivery &d : deliveries)
        ok = ok && writer.add(d);
    ok = ok && writer.finish();
    Q_ASSERT(ok); // a buffer in memory does not fail
    return bytes;
}

// --- reading ------------------------------------------------------------------------------------

Result<QList<Delivery>> readHistory(const QByteArray &given)
{
    QByteArray data = given;
    if (data.startsWith("\xEF\xBB\xBF")) // a byte order mark some editors add
        data.remove(0, 3);
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty())
        return {{}, {}};

    // One object per line when the first line that is not blank is a whole object; a HAR spans
    // lines (the console's own at least), unless it is written on one line, which says "log".
    QByteArray firstLine;
    for (qsizetype start = 0; firstLine.isEmpty() && start < data.size();) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        firstLine = data.mid(start, end - start).trimmed();
        start = end + 1;
    }
    const QJsonDocument first = QJsonDocument::fromJson(firstLine);
    if (first.isObject() &&
        !(first.object().contains(QStringLiteral("log")) && firstLine.size() == trimmed.size()))
        return readJsonLines(data);

    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parse);
    if (parse.error != QJsonParseError::NoError)
        return failure(Text::tr("Line %1: not valid JSON (%2).")
                           .arg(lineOfOffset(data, parse.offset))
                           .arg(parse.errorString()));
    if (!document.isObject() || !document.object().contains(QStringLiteral("log")))
        return failure(Text::tr("Line 1: neither a HAR file (a JSON object with a \"log\") nor "
                                "JSON Lines (a JSON object on each line)."));
    return readHar(document.object());
}

QFuture<Result<QList<Delivery>>> readHistoryFile(const QString &path)
{
    Promise<Result<QList<Delivery>>> promise;
    QThreadPool::globalInstance()->start([promise, path] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            promise.finish(Result<QList<Delivery>>::failure(
                Error::invalid(QStringLiteral("path"),
                               Text::tr("Cannot read %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()))));
            return;
        }
        promise.finish(readHistory(file.readAll()));
    });
    return promise.future();
}

// --- HistoryExport ------------------------------------------------------------------------------

HistoryExport::HistoryExport(WebhookBackend *backend, DeliveryFilter filter, HistoryFormat format,
                             HistoryExportOptions options, QString path, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_filter(std::move(filter))
    , m_format(format)
    , m_options(options)
    , m_path(std::move(path))
{
    Q_ASSERT(m_backend);
}

HistoryExport::~HistoryExport() = default; // an unfinished QSaveFile discards what it wrote

void HistoryExport::start()
{
    if (m_started)
        return;
    m_started = true;
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const Error e = Error::invalid(
            QStringLiteral("path"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
        // Always later than start(), as every other outcome.
        QMetaObject::invokeMethod(
            this, [this, e] { fail(e); }, Qt::QueuedConnection);
        return;
    }
    m_writer = std::make_unique<HistoryWriter>(*m_file, m_format, m_options);
    if (!m_writer->begin()) {
        const Error e = Error::make(Error::Code::Storage, tr("Cannot write %1: %2")
                                                              .arg(QDir::toNativeSeparators(m_path),
                                                                   m_writer->errorString()));
        QMetaObject::invokeMethod(
            this, [this, e] { fail(e); }, Qt::QueuedConnection);
        return;
    }
    qCDebug(lcExchange) << "exporting the history of" << m_filter.webhook.toString() << "as"
                        << historyFormatSuffix(m_format);
    whenReady(m_backend->countDeliveries(m_filter), this, [this](const Result<qint64> &counted) {
        if (m_finished)
            return;
        if (counted.error) {
            fail(counted.error);
            return;
        }
        m_total = counted.value;
        Q_EMIT progress(0, m_total);
        fetch();
    });
}

void HistoryExport::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_file)
        m_file->cancelWriting();
    m_writer.reset();
    m_file.reset(); // removes the temporary file now
    qCDebug(lcExchange) << "export cancelled after" << m_done << "deliveries";
    finish({});
}

void HistoryExport::fetch()
{
    // Oldest first, as a log reads and as HAR prefers; each page newer than the last one
    // written. Pages come newest first.
    PageRequest request;
    request.anchor = m_cursor.isEmpty() ? PageAnchor::Oldest : PageAnchor::Newer;
    request.cursor = m_cursor;
    request.limit = PageSize;
    request.withBodies = true; // rows in full: payloads, headers and response bodies
    whenReady(m_backend->history(m_filter, request), this, [this](const Result<HistoryPage> &page) {
        if (m_finished)
            return;
        if (page.error) {
            fail(page.error);
            return;
        }
        const QList<Delivery> &rows = page.value.rows;
        // At the newest end a backend may answer a whole newest page rather than a short one:
        // rows already written (they were in the page before) are skipped.
        QSet<QString> written;
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            written.insert(it->id);
            if (m_previousPage.contains(it->id))
                continue;
            if (!m_writer->add(*it)) {
                fail(Error::make(Error::Code::Storage, tr("Cannot write %1: %2")
                                                           .arg(QDir::toNativeSeparators(m_path),
                                                                m_writer->errorString())));
                return;
            }
            ++m_done;
        }
        m_previousPage = written;
        m_total = qMax(m_total, m_done);
        Q_EMIT progress(m_done, m_total);
        if (!rows.isEmpty() && page.value.hasNewer) {
            m_cursor = rows.first().id;
            fetch();
            return;
        }
        complete();
    });
}

void HistoryExport::complete()
{
    if (!m_writer->finish()) {
        fail(Error::make(Error::Code::Storage,
                         tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(m_path), m_writer->errorString())));
        return;
    }
    m_writer.reset();
    if (!m_file->commit()) {
        const Error e = Error::make(
            Error::Code::Storage,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
        m_file.reset();
        fail(e);
        return;
    }
    m_file.reset();
    qCDebug(lcExchange) << "exported" << m_done << "deliveries";
    finish({});
}

void HistoryExport::fail(const Error &error)
{
    if (m_finished)
        return;
    qCWarning(lcExchange) << "export failed:" << error.message;
    m_writer.reset();
    m_file.reset(); // discards the temporary file; nothing appears at the path
    finish(error);
}

void HistoryExport::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished(error);
}

} // namespace wc
