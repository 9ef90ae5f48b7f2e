#include "VerifySnippet.h"

#include "AppInfo.h"
#include "Signature.h"

#include <QCoreApplication>

// Receiver-side verification snippets (issue 13). One template per scheme family and
// language, as raw string literals; @@NAME@@ markers are filled from the scheme itself
// (SignatureScheme::headerNames), so a snippet names exactly the headers the console sends.
// Go templates are written with four-space indents here and get gofmt's tabs when filled.
// tests/unit/tst_verifysnippets.cpp runs every snippet on real deliveries.

namespace wc {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VerifySnippet)
};

// --- Pulumi and GitHub: HMAC-SHA256 of the body in hex, optionally prefixed ---------------

constexpr auto PythonHex = R"(@@COMMENT@@
import hashlib
import hmac
from typing import Mapping, Optional


def _header(headers: Mapping[str, str], name: str) -> Optional[str]:
    """The value of header `name`, looked up in any case, or None."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value.strip()
    return None


def verify_webhook(body: bytes, headers: Mapping[str, str], secret: str) -> bool:
    """True when `headers` carry a valid @@HEADER@@ for `body`.

    `body` is the raw request body and `secret` the webhook's secret.
    """
    signature = _header(headers, "@@HEADER@@")
    if signature is None:
        return False
    mac = hmac.new(secret.encode("utf-8"), body, hashlib.sha256)
    expected = @@PREFIX@@mac.hexdigest()
    return hmac.compare_digest(signature.encode("utf-8"), expected.encode("utf-8"))
)";

constexpr auto NodeHex = R"(@@COMMENT@@
'use strict';

const crypto = require('node:crypto');

/** Compares two strings in time independent of where they differ. */
function safeEqual(a, b) {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/**
 * Whether `headers` carry a valid @@HEADER@@ for `body`.
 * @param {Buffer} body the raw request body, exactly as received
 * @param {Object<string, string>} headers lowercase names, as Node gives them
 * @param {string} secret the webhook's secret
 * @returns {boolean}
 */
function verifyWebhook(body, headers, secret) {
  const signature = headers['@@LOWER_HEADER@@'];
  if (typeof signature !== 'string') {
    return false;
  }
  const mac = crypto.createHmac('sha256', secret).update(body);
  const expected = @@PREFIX@@mac.digest('hex');
  return safeEqual(signature, expected);
}

module.exports = { verifyWebhook };
)";

constexpr auto GoHex = R"(@@COMMENT@@

package webhook

import (
    "crypto/hmac"
    "crypto/sha256"
    "encoding/hex"
    "net/http"
)

// VerifyWebhook reports whether header carries a valid @@HEADER@@
// for body, the raw request body exactly as received.
func VerifyWebhook(body []byte, header http.Header, secret string) bool {
    signature := header.Get("@@HEADER@@")
    if signature == "" {
        return false
    }
    mac := hmac.New(sha256.New, []byte(secret))
    mac.Write(body)
    expected := @@PREFIX@@hex.EncodeToString(mac.Sum(nil))
    return hmac.Equal([]byte(signature), []byte(expected))
}
)";

// --- Standard Webhooks: base64 HMAC of "id.timestamp.body", keyed by the decoded secret -----

constexpr auto PythonStandard = R"(@@COMMENT@@
import base64
import hashlib
import hmac
import time
from typing import Mapping, Optional


def _header(headers: Mapping[str, str], name: str) -> Optional[str]:
    """The value of header `name`, looked up in any case, or None."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value.strip()
    return None


def verify_webhook(
    body: bytes, headers: Mapping[str, str], secret: str, tolerance: int = @@TOLERANCE@@
) -> bool:
    """True when `headers` carry a valid Standard Webhooks signature for `body`.

    `body` is the raw request body, `secret` the webhook's "whsec_..." secret, and
    `tolerance` how many seconds the timestamp may be from this machine's clock.
    """
    msg_id = _header(headers, "@@ID_HEADER@@")
    timestamp = _header(headers, "@@TIMESTAMP_HEADER@@")
    signatures = _header(headers, "@@HEADER@@")
    if not msg_id or not timestamp or not signatures:
        return False
    if not (timestamp.isascii() and timestamp.isdigit()):
        return False
    if abs(time.time() - int(timestamp)) > tolerance:
        return False
    if secret.startswith("whsec_"):
        secret = secret[len("whsec_") :]
    key = base64.b64decode(secret)
    signed = f"{msg_id}.{timestamp}.".encode("utf-8") + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
    # During a secret rotation a delivery carries several signatures: any one will do.
    for entry in signatures.split(" "):
        version, _, signature = entry.partition(",")
        if version == "v1" and hmac.compare_digest(signature.encode("utf-8"), expected):
            return True
    return False
)";

constexpr auto NodeStandard = R"(@@COMMENT@@
'use strict';

const crypto = require('node:crypto');

/** Compares two strings in time independent of where they differ. */
function safeEqual(a, b) {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/**
 * Whether `headers` carry a valid Standard Webhooks signature for `body`.
 * @param {Buffer} body the raw request body, exactly as received
 * @param {Object<string, string>} headers lowercase names, as Node gives them
 * @param {string} secret the webhook's secret, "whsec_" and base64
 * @param {number} [tolerance] seconds the timestamp may be from our clock
 * @returns {boolean}
 */
function verifyWebhook(body, headers, secret, tolerance = @@TOLERANCE@@) {
  const id = headers['@@LOWER_ID_HEADER@@'];
  const timestamp = headers['@@LOWER_TIMESTAMP_HEADER@@'];
  const signatures = headers['@@LOWER_HEADER@@'];
  if (typeof id !== 'string' || typeof signatures !== 'string') {
    return false;
  }
  if (typeof timestamp !== 'string' || !/^[0-9]+$/.test(timestamp)) {
    return false;
  }
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > tolerance) {
    return false;
  }
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signed = Buffer.concat([Buffer.from(`${id}.${timestamp}.`, 'utf8'), body]);
  const expected = crypto.createHmac('sha256', key).update(signed).digest('base64');
  // During a secret rotation a delivery carries several signatures: any one will do.
  return signatures
    .split(' ')
    .some((entry) => entry.startsWith('v1,') && safeEqual(entry.slice(3), expected));
}

module.exports = { verifyWebhook };
)";

constexpr auto GoStandard = R"(@@COMMENT@@

package webhook

import (
    "crypto/hmac"
    "crypto/sha256"
    "encoding/base64"
    "net/http"
    "strconv"
    "strings"
    "time"
)

// VerifyWebhook reports whether header carries a valid Standard Webhooks
// signature for body, the raw request body exactly as received, made with
// secret ("whsec_" and base64).
func VerifyWebhook(body []byte, header http.Header, secret string) bool {
    const tolerance = @@TOLERANCE@@ * time.Second
    id := header.Get("@@ID_HEADER@@")
    timestamp := header.Get("@@TIMESTAMP_HEADER@@")
    signatures := header.Get("@@HEADER@@")
    if id == "" || timestamp == "" || signatures == "" {
        return false
    }
    seconds, err := strconv.ParseUint(timestamp, 10, 63)
    if err != nil {
        return false
    }
    age := time.Since(time.Unix(int64(seconds), 0))
    if age > tolerance || age < -tolerance {
        return false
    }
    key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(secret, "whsec_"))
    if err != nil {
        return false
    }
    mac := hmac.New(sha256.New, key)
    mac.Write([]byte(id + "." + timestamp + "."))
    mac.Write(body)
    expected := []byte(base64.StdEncoding.EncodeToString(mac.Sum(nil)))
    // During a secret rotation a delivery carries several signatures: any one will do.
    for _, entry := range strings.Split(signatures, " ") {
        if strings.HasPrefix(entry, "v1,") && hmac.Equal([]byte(entry[3:]), expected) {
            return true
        }
    }
    return false
}
)";

// --- Stripe-style: "t=<unix>,v1=<hex>[,v1=<hex>]" over "timestamp.body", whole secret -----

constexpr auto PythonStripe = R"(@@COMMENT@@
import hashlib
import hmac
import time
from typing import Mapping, Optional


def _header(headers: Mapping[str, str], name: str) -> Optional[str]:
    """The value of header `name`, looked up in any case, or None."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value.strip()
    return None


def verify_webhook(
    body: bytes, headers: Mapping[str, str], secret: str, tolerance: int = @@TOLERANCE@@
) -> bool:
    """True when `headers` carry a valid @@HEADER@@ for `body`.

    `body` is the raw request body, `secret` the webhook's whole secret string, and
    `tolerance` how many seconds the signature's time may be from this machine's clock.
    """
    header = _header(headers, "@@HEADER@@")
    if header is None:
        return False
    timestamp = ""
    signatures = []
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t":
            timestamp = value
        elif key == "v1":
            signatures.append(value.encode("utf-8"))
    if not (timestamp.isascii() and timestamp.isdigit()) or not signatures:
        return False
    if abs(time.time() - int(timestamp)) > tolerance:
        return False
    signed = timestamp.encode("ascii") + b"." + body
    expected = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()
    # During a secret rotation a delivery carries several signatures: any one will do.
    for signature in signatures:
        if hmac.compare_digest(signature, expected.encode("ascii")):
            return True
    return False
)";

constexpr auto NodeStripe = R"(@@COMMENT@@
'use strict';

const crypto = require('node:crypto');

/** Compares two strings in time independent of where they differ. */
function safeEqual(a, b) {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/**
 * Whether `headers` carry a valid @@HEADER@@ for `body`.
 * @param {Buffer} body the raw request body, exactly as received
 * @param {Object<string, string>} headers lowercase names, as Node gives them
 * @param {string} secret the webhook's whole secret string
 * @param {number} [tolerance] seconds its time may be from our clock
 * @returns {boolean}
 */
function verifyWebhook(body, headers, secret, tolerance = @@TOLERANCE@@) {
  const header = headers['@@LOWER_HEADER@@'];
  if (typeof header !== 'string') {
    return false;
  }
  let timestamp = '';
  const signatures = [];
  for (const item of header.split(',')) {
    const part = item.trim();
    if (part.startsWith('t=')) {
      timestamp = part.slice(2);
    } else if (part.startsWith('v1=')) {
      signatures.push(part.slice(3));
    }
  }
  if (!/^[0-9]+$/.test(timestamp) || signatures.length === 0) {
    return false;
  }
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > tolerance) {
    return false;
  }
  const signed = Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), body]);
  const expected = crypto.createHmac('sha256', secret).update(signed).digest('hex');
  // During a secret rotation a delivery carries several signatures: any one will do.
  return signatures.some((signature) => safeEqual(signature, expected));
}

module.exports = { verifyWebhook };
)";

constexpr auto GoStripe = R"(@@COMMENT@@

package webhook

import (
    "crypto/hmac"
    "crypto/sha256"
    "encoding/hex"
    "net/http"
    "strconv"
    "strings"
    "time"
)

// VerifyWebhook reports whether header carries a valid @@HEADER@@
// for body, the raw request body exactly as received, made with secret (the
// whole secret string).
func VerifyWebhook(body []byte, header http.Header, secret string) bool {
    const tolerance = @@TOLERANCE@@ * time.Second
    value := header.Get("@@HEADER@@")
    if value == "" {
        return false
    }
    timestamp := ""
    var signatures []string
    for _, item := range strings.Split(value, ",") {
        part := strings.TrimSpace(item)
        if strings.HasPrefix(part, "t=") {
            timestamp = part[2:]
        } else if strings.HasPrefix(part, "v1=") {
            signatures = append(signatures, part[3:])
        }
    }
    seconds, err := strconv.ParseUint(timestamp, 10, 63)
    if err != nil || len(signatures) == 0 {
        return false
    }
    age := time.Since(time.Unix(int64(seconds), 0))
    if age > tolerance || age < -tolerance {
        return false
    }
    mac := hmac.New(sha256.New, []byte(secret))
    mac.Write([]byte(timestamp + "."))
    mac.Write(body)
    expected := []byte(hex.EncodeToString(mac.Sum(nil)))
    // During a secret rotation a delivery carries several signatures: any one will do.
    for _, signature := range signatures {
        if hmac.Equal([]byte(signature), expected) {
            return true
        }
    }
    return false
}
)";

enum class Family { Hex, StandardWebhooks, Stripe };

const char *templateFor(Family family, SnippetLanguage language)
{
    static constexpr const char *table[3][3] = {
        {PythonHex, NodeHex, GoHex},
        {PythonStandard, NodeStandard, GoStandard},
        {PythonStripe, NodeStripe, GoStripe},
    };
    return table[static_cast<int>(family)][static_cast<int>(language)];
}

/// `paragraphs` as line comments of at most 80 columns. Each paragraph is made one
/// line of words first, so no translation can end the comment early (a line break, or the
/// line separators JavaScript also ends comments at).
QString comment(const QStringList &paragraphs, const QString &marker)
{
    constexpr int Width = 80;
    QStringList lines;
    for (const QString &paragraph : paragraphs) {
        QString line;
        for (const QString &word : paragraph.simplified().split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > Width - marker.size() - 1) {
                lines << line;
                line.clear();
            }
            if (!line.isEmpty())
                line += u' ';
            line += word;
        }
        if (!line.isEmpty())
            lines << line;
    }
    for (QString &line : lines)
        line.prepend(marker + u' ');
    return lines.join(u'\n');
}

/// Leading groups of four spaces as tabs, as gofmt writes Go.
QString goIndent(const QString &code)
{
    QStringList lines = code.split(u'\n');
    for (QString &line : lines) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == u' ')
            ++spaces;
        line = QString(spaces / 4, u'\t') + line.mid(spaces / 4 * 4);
    }
    return lines.join(u'\n');
}
} // namespace

QList<SnippetLanguage> snippetLanguages()
{
    return {SnippetLanguage::Python, SnippetLanguage::Node, SnippetLanguage::Go};
}

QString snippetLanguageName(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Python:
        return QStringLiteral("Python");
    case SnippetLanguage::Node:
        return QStringLiteral("Node.js");
    case SnippetLanguage::Go:
        return QStringLiteral("Go");
    }
    return {};
}

QString snippetLanguageKey(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Python:
        return QStringLiteral("python");
    case SnippetLanguage::Node:
        return QStringLiteral("node");
    case SnippetLanguage::Go:
        return QStringLiteral("go");
    }
    return {};
}

std::optional<SnippetLanguage> snippetLanguageFromKey(const QString &key)
{
    for (const SnippetLanguage language : snippetLanguages()) {
        if (key.compare(snippetLanguageKey(language), Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

QString verifySnippet(const QString &schemeId, SnippetLanguage language, QString *fileName)
{
    const SignatureScheme &scheme = SignatureScheme::get(schemeId);
    const QString id = scheme.id();
    const QList<QByteArray> names = scheme.headerNames();
    Family family = Family::Hex;
    QString header = QString::fromLatin1(names.constLast());
    QString idHeader;
    QString timestampHeader;
    if (id == QLatin1String(SignatureSchemeId::StandardWebhooks)) {
        family = Family::StandardWebhooks;
        // webhook-id, webhook-timestamp, webhook-signature
        idHeader = QString::fromLatin1(names.value(0));
        timestampHeader = QString::fromLatin1(names.value(1));
    } else if (id == QLatin1String(SignatureSchemeId::Stripe)) {
        family = Family::Stripe;
    }
    // GitHub's value is "sha256=" and the hex; Pulumi's the hex alone.
    QString prefix;
    if (id == QLatin1String(SignatureSchemeId::GitHub))
        prefix = language == SnippetLanguage::Node ? QStringLiteral("'sha256=' + ")
                                                   : QStringLiteral("\"sha256=\" + ");

    QStringList headerList;
    for (const QByteArray &name : names)
        headerList << QString::fromLatin1(name);
    QStringList paragraphs{
        Tr::tr("Verifies a webhook delivery signed with the %1 signature scheme.")
            .arg(scheme.displayName()),
        Tr::tr("Headers: %1.").arg(headerList.join(QStringLiteral(", "))),
        Tr::tr("Pass the raw request body, the exact bytes received: JSON parsed and serialized "
               "again differs by a byte or more, and its signature no longer matches."),
    };
    if (family != Family::Hex) {
        paragraphs << Tr::tr("Refuses a timestamp more than %1 seconds away from this machine's "
                             "clock (a replay), and accepts any one of several signatures (sent "
                             "during a secret rotation).")
                          .arg(SignatureScheme::ToleranceSeconds);
    }
    paragraphs << Tr::tr("Standard library only; signatures are compared in constant time. Made by "
                         "%1.")
                      .arg(QLatin1String(AppInfo::DisplayName));

    QString code = QString::fromUtf8(templateFor(family, language));
    if (language == SnippetLanguage::Go)
        code = goIndent(code);
    const QString marker =
        language == SnippetLanguage::Python ? QStringLiteral("#") : QStringLiteral("//");
    // The comment last: no translation can bring in a marker.
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("@@LOWER_HEADER@@"), header.toLower()},
        {QStringLiteral("@@LOWER_ID_HEADER@@"), idHeader.toLower()},
        {QStringLiteral("@@LOWER_TIMESTAMP_HEADER@@"), timestampHeader.toLower()},
        {QStringLiteral("@@HEADER@@"), header},
        {QStringLiteral("@@ID_HEADER@@"), idHeader},
        {QStringLiteral("@@TIMESTAMP_HEADER@@"), timestampHeader},
        {QStringLiteral("@@PREFIX@@"), prefix},
        {QStringLiteral("@@TOLERANCE@@"), QString::number(SignatureScheme::ToleranceSeconds)},
        {QStringLiteral("@@COMMENT@@"), comment(paragraphs, marker)},
    };
    for (const auto &[key, value] : values)
        code.replace(key, value);

    if (fileName) {
        switch (language) {
        case SnippetLanguage::Python:
            *fileName = QStringLiteral("verify_webhook.py");
            break;
        case SnippetLanguage::Node:
            *fileName = QStringLiteral("verifyWebhook.js");
            break;
        case SnippetLanguage::Go:
            *fileName = QStringLiteral("verify_webhook.go");
            break;
        }
    }
    return code;
}

} // namespace wc
