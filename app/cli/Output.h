#pragma once

#include "Error.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace wc::cli {

/// `text` fit for a terminal: every control character (C0 such as NUL, tab, CR, line feed and
/// ESC; DEL; C1 such as U+009B) shown as `\xNN`, so that text from a receiver or the database
/// cannot move the cursor, recolour, retitle or clear the reader's terminal. Multi-line blocks
/// are split into lines first.
[[nodiscard]] QString escapeControls(const QString &text);

/// Standard output and standard error for webhookctl. With --json, standard output carries
/// exactly one JSON document (also when a command fails: an `error` object); the reason for a
/// failure is always written to standard error in words.
class Output
{
public:
    explicit Output(bool json = false)
        : m_json(json)
    {}

    void setJson(bool json) { m_json = json; }
    [[nodiscard]] bool json() const { return m_json; }

    /// Writes text to standard output as it is: escape untrusted parts with escapeControls().
    void write(const QString &text);
    /// Writes one JSON document (indented) to standard output. Every control character in it
    /// is escaped (`\u001b`), DEL and C1 too, which QJsonDocument leaves raw.
    void writeJson(const QJsonValue &value);

    /// Writes one JSON object on one line (JSON Lines), control characters escaped as by
    /// writeJson().
    void writeJsonLine(const QJsonObject &object);
    /// Writes bytes to standard output exactly as they are (a file being copied out).
    void writeRaw(const QByteArray &bytes);

    /// A JSON array written element by element, so long lists never sit in memory at once.
    void beginArray();
    void arrayItem(const QJsonObject &item);
    void endArray();

    /// Columns aligned with two spaces between them; headers in capitals. Control characters in
    /// cells are escaped.
    void table(const QStringList &headers, const QList<QStringList> &rows);

    /// "webhookctl: text" on standard error, one line: control characters in `text` (which may
    /// echo what the user typed) are escaped.
    void note(const QString &text);
    /// Reports `error` (standard error, and the JSON error document with --json) and returns
    /// its exit status. `field` names the flag or argument at fault, if any.
    int fail(const Error &error);

private:
    void out(const QByteArray &bytes);
    bool m_json = false;
    bool m_arrayEmpty = true;
};

} // namespace wc::cli
