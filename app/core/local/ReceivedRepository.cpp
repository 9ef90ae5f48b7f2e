#include "local/ReceivedRepository.h"

#include "delivery/Dispatcher.h"
#include "local/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace wc {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReceivedRepository)
};

SignatureVerdict::Outcome outcomeOf(const QString &key)
{
    if (key == u"valid")
        return SignatureVerdict::Outcome::Valid;
    if (key == u"invalid")
        return SignatureVerdict::Outcome::Invalid;
    return SignatureVerdict::Outcome::Unsigned;
}

SignatureVerdict::Reason reasonOf(const QString &key)
{
    using R = SignatureVerdict::Reason;
    for (R r : {R::WrongSecret, R::BodyChanged, R::TimestampTooOld, R::TimestampTooNew,
                R::HeaderMissing, R::HeaderMalformed, R::NoSecret}) {
        SignatureVerdict v;
        v.reason = r;
        if (v.reasonKey() == key)
            return r;
    }
    return R::None;
}
} // namespace

ReceivedRepository::ReceivedRepository(Database &db)
    : m_db(db)
{}

HttpHeaders ReceivedRepository::headersFrom(const QString &text)
{
    HttpHeaders headers;
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        if (colon > 0)
            headers.append({line.left(colon).toLatin1(), line.mid(colon + 2).toLatin1()});
    }
    return headers;
}

Error ReceivedRepository::insert(ReceivedRequest &r, const QString &webhookUid)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO received_requests (received_at, webhook_uid, method, path, headers, body,"
        " verdict, reason, verdict_text, response_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"));
    q.addBindValue(r.receivedAt.toMSecsSinceEpoch());
    q.addBindValue(Database::text(webhookUid));
    q.addBindValue(Database::text(QString::fromLatin1(r.method)));
    q.addBindValue(Database::text(r.path));
    q.addBindValue(Database::text(Dispatcher::formatHeaders(r.headers)));
    q.addBindValue(Database::bytes(r.body));
    q.addBindValue(r.verified ? r.verdict.outcomeKey() : QStringLiteral("unchecked"));
    q.addBindValue(Database::text(r.verdict.reasonKey()));
    q.addBindValue(Database::text(r.verdict.text));
    q.addBindValue(r.respondedStatus);
    if (Error e = Database::exec(q, Tr::tr("keep the received request")))
        return e;
    if (!q.next())
        return Error::make(Error::Code::Storage, Tr::tr("Cannot keep the received request."));
    r.id = q.value(0).toLongLong();
    return {};
}

QList<ReceivedRequest> ReceivedRepository::list(const QString &search, int limit,
                                                Error *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString where;
    if (!search.trimmed().isEmpty()) {
        // Few requests, read by a person: a plain scan, any case, over what the page shows.
        // A body that is not UTF-8 is searched as its escaped bytes on PostgreSQL (where a
        // conversion would fail); `%` and `_` in the search are themselves.
        const QString body = m_db.backend() == Database::Backend::PostgreSQL
                                 ? QStringLiteral("encode(body, 'escape')")
                                 : QStringLiteral("CAST(body AS TEXT)");
        where = QStringLiteral(" WHERE LOWER(method || ' ' || path || ' ' || headers || ' ' ||"
                               " verdict_text || ' ' || verdict) LIKE ? ESCAPE '!'"
                               " OR LOWER(%1) LIKE ? ESCAPE '!'")
                    .arg(body);
    }
    q.prepare(QStringLiteral("SELECT id, received_at, method, path, headers, body, verdict, reason,"
                             " verdict_text, response_status FROM received_requests") +
              where + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    if (!where.isEmpty()) {
        QString needle = search.trimmed().toLower();
        needle.replace(u'!', QStringLiteral("!!"))
            .replace(u'%', QStringLiteral("!%"))
            .replace(u'_', QStringLiteral("!_"));
        const QString pattern = u'%' + needle + u'%';
        q.addBindValue(pattern);
        q.addBindValue(pattern);
    }
    q.addBindValue(limit);
    QList<ReceivedRequest> out;
    if (Error e = Database::exec(q, Tr::tr("read the received requests"))) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next()) {
        ReceivedRequest r;
        r.id = q.value(0).toLongLong();
        r.receivedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        r.method = q.value(2).toString().toLatin1();
        r.path = q.value(3).toString();
        r.headers = headersFrom(q.value(4).toString());
        r.body = q.value(5).toByteArray();
        r.bodySize = r.body.size();
        const QString verdict = q.value(6).toString();
        r.verified = verdict != u"unchecked";
        r.verdict.outcome = outcomeOf(verdict);
        r.verdict.reason = reasonOf(q.value(7).toString());
        r.verdict.text = q.value(8).toString();
        r.respondedStatus = q.value(9).toInt();
        r.messageId = r.header("Pulumi-Webhook-ID");
        out << r;
    }
    return out;
}

qint64 ReceivedRepository::clear(Error *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM received_requests"));
    if (Error e = Database::exec(q, Tr::tr("clear the received requests"))) {
        if (error)
            *error = e;
        return 0;
    }
    return q.numRowsAffected();
}

} // namespace wc
