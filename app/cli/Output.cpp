#include "Output.h"

#include "CommandLine.h"
#include "Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>

namespace wc::cli {

namespace {
QString codeName(Error::Code code)
{
    switch (code) {
    case Error::Code::None:
        return QStringLiteral("none");
    case Error::Code::Invalid:
        return QStringLiteral("invalid");
    case Error::Code::NotFound:
        return QStringLiteral("notFound");
    case Error::Code::Conflict:
        return QStringLiteral("conflict");
    case Error::Code::Stale:
        return QStringLiteral("changedMeanwhile");
    case Error::Code::Keychain:
        return QStringLiteral("keychain");
    case Error::Code::Storage:
        return QStringLiteral("storage");
    case Error::Code::Network:
        return QStringLiteral("network");
    case Error::Code::Unauthorized:
        return QStringLiteral("unauthorized");
    case Error::Code::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

/// QJsonDocument escapes C0 control characters (`\u001b`) but writes DEL and C1 (U+0080–U+009F,
/// such as the one-byte CSI U+009B) as they are. In JSON text they can only stand inside
/// strings, where `\u00XX` means the same character: escape them too, so that printing a
/// document never sends a terminal a control sequence.
QByteArray escapeDelAndC1(const QByteArray &json)
{
    // UTF-8 for U+0080–U+009F is C2 80–C2 9F; C2 is never a continuation byte.
    const auto escapedAt = [&json](qsizetype i) {
        const auto c = uchar(json.at(i));
        return c == 0x7f || (c == 0xc2 && i + 1 < json.size() && uchar(json.at(i + 1)) >= 0x80 &&
                             uchar(json.at(i + 1)) <= 0x9f);
    };
    qsizetype first = 0;
    while (first < json.size() && !escapedAt(first))
        ++first;
    if (first == json.size())
        return json; // the usual case: nothing to escape, nothing copied
    QByteArray out = json.left(first);
    out.reserve(json.size() + 16);
    for (qsizetype i = first; i < json.size(); ++i) {
        const auto c = uchar(json.at(i));
        if (!escapedAt(i)) {
            out += char(c);
        } else if (c == 0x7f) {
            out += "\\u007f";
        } else {
            out += "\\u00" + QByteArray::number(uchar(json.at(i + 1)), 16);
            ++i;
        }
    }
    return out;
}

QByteArray document(const QJsonValue &value)
{
    if (value.isObject())
        return escapeDelAndC1(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return escapeDelAndC1(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    // A bare value is a valid JSON text too; QJsonDocument only holds objects and arrays.
    QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return escapeDelAndC1(wrapped.mid(1, wrapped.size() - 2) + '\n');
}
} // namespace

QString escapeControls(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(),
                     [](QChar c) { return validation::isControl(c.unicode()); }))
        return text; // nearly always: shared, not copied
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (validation::isControl(c.unicode()))
            out += QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

void Output::out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Output::write(const QString &text)
{
    out(text.toUtf8());
}

void Output::writeJson(const QJsonValue &value)
{
    out(document(value));
}

void Output::writeJsonLine(const QJsonObject &object)
{
    out(escapeDelAndC1(QJsonDocument(object).toJson(QJsonDocument::Compact)) + '\n');
}

void Output::writeRaw(const QByteArray &bytes)
{
    out(bytes);
}

void Output::beginArray()
{
    m_arrayEmpty = true;
    out("[");
}

void Output::arrayItem(const QJsonObject &item)
{
    // Indent the element one level, as QJsonDocument would inside an array.
    QByteArray text = escapeDelAndC1(QJsonDocument(item).toJson(QJsonDocument::Indented).trimmed());
    text.replace('\n', "\n    ");
    out((m_arrayEmpty ? "\n    " : ",\n    ") + text);
    m_arrayEmpty = false;
}

void Output::endArray()
{
    out(m_arrayEmpty ? "]\n" : "\n]\n");
}

void Output::table(const QStringList &headers, const QList<QStringList> &untrusted)
{
    QList<QStringList> rows;
    rows.reserve(untrusted.size());
    for (const QStringList &row : untrusted) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row)
            cells << escapeControls(cell);
        rows << cells;
    }
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    // Straight into one string: a table of thousands of rows (a bulk redelivery's) is printed
    // as the command ends.
    QString text;
    qsizetype lineSize = 1;
    for (const qsizetype w : std::as_const(widths))
        lineSize += w + 2;
    text.reserve(lineSize * (rows.size() + 1));
    auto line = [&](const QStringList &cells) {
        const qsizetype start = text.size();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text += cells.at(i);
            if (i + 1 < cells.size())
                text.resize(text.size() + qMax(0, widths.value(i) + 2 - cells.at(i).size()), u' ');
        }
        while (text.size() > start && text.endsWith(u' '))
            text.chop(1);
        text += u'\n';
    };
    line(headers);
    for (const QStringList &row : std::as_const(rows))
        line(row);
    write(text);
}

void Output::note(const QString &text)
{
    const QByteArray bytes = QStringLiteral("webhookctl: %1\n").arg(escapeControls(text)).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int Output::fail(const Error &error)
{
    const QString field = flagForField(error.field);
    note(field.isEmpty() ? error.message : field + QStringLiteral(": ") + error.message);
    const int code = exitCodeFor(error);
    if (m_json) {
        QJsonObject e{{QStringLiteral("code"), codeName(error.code)},
                      {QStringLiteral("exitCode"), code},
                      {QStringLiteral("message"), error.message}};
        if (!field.isEmpty())
            e.insert(QStringLiteral("field"), field);
        writeJson(QJsonObject{{QStringLiteral("error"), e}});
    }
    return code;
}

} // namespace wc::cli
