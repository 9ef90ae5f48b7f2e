#include "local/DeliveryRepository.h"

#include "local/Database.h"
#include "local/DeliveryStatus.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace wc {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRepository)
};

void setError(Error *target, const Error &value)
{
    if (target)
        *target = value;
}

struct Where
{
    QString sql;
    QVariantList binds;
};

/// "deploy fail" → "deploy"* "fail"* : every word, each as a prefix, anywhere in the text.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << u'"' + word + QStringLiteral("\"*");
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

/// "Deploy fail" → "deploy:* & fail:*" for PostgreSQL, from the words as
/// Database::searchWords splits and folds them (only letters and digits: nothing to escape).
QString tsQuery(const QString &text)
{
    QStringList terms = Database::searchWords(text).split(u' ', Qt::SkipEmptyParts);
    for (QString &term : terms)
        term += QStringLiteral(":*");
    return terms.join(QStringLiteral(" & "));
}

std::atomic<DeliveryRepository::SearchStrategy> searchStrategy{
    DeliveryRepository::SearchStrategy::Auto};

/// PostgreSQL: whether taking the matches of `terms` from the GIN index first is cheaper than
/// walking the history newest first. The first visits each match once; the walk reads about
/// 101 / density rows. They cost the same at about sqrt(101 × rows) matches. The planner knows
/// common words from its statistics and guesses 0.5 % for the rest (a rare prefix among them).
bool fewMatchesExpected(const Database &db, const QString &terms)
{
    switch (searchStrategy.load()) {
    case DeliveryRepository::SearchStrategy::IndexFirst:
        return true;
    case DeliveryRepository::SearchStrategy::Walk:
        return false;
    case DeliveryRepository::SearchStrategy::Auto:
        break;
    }
    // EXPLAIN cannot be prepared: the terms are inlined (letters, digits, ":*" and "&" only,
    // quotes doubled all the same).
    QString literal = terms;
    literal.replace(u'\'', QStringLiteral("''"));
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM deliveries WHERE"
                               " search_vector @@ to_tsquery('simple', '%1')")
                    .arg(literal)) ||
        !q.next())
        return true;
    const QJsonArray plan = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    const double expected =
        plan.at(0).toObject().value(u"Plan").toObject().value(u"Plan Rows").toDouble();
    QSqlQuery rows(db.connection());
    if (!rows.exec(
            QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'deliveries'::regclass")) ||
        !rows.next())
        return true;
    const double total = rows.value(0).toDouble(); // -1: never analysed
    return total <= 0 || expected * expected < 101.0 * total;
}

Where whereFor(const Database &db, qint64 webhookId, const DeliveryFilter &f)
{
    Where w{QStringLiteral(" WHERE webhook_id = ?"), {webhookId}};
    switch (f.outcome) {
    case DeliveryFilter::Outcome::All:
        break;
    case DeliveryFilter::Outcome::Succeeded:
        w.sql += QStringLiteral(" AND status = ?");
        w.binds << int(DeliveryStatus::Succeeded);
        break;
    case DeliveryFilter::Outcome::Failed:
        w.sql += QStringLiteral(" AND status = ?");
        w.binds << int(DeliveryStatus::Failed);
        break;
    case DeliveryFilter::Outcome::Undelivered:
        // Failed originals none of whose redeliveries succeeded or is still on its way. A
        // delivery made with Edit and send is a trial of the user's, no event to deliver.
        w.sql += QStringLiteral(" AND status = ? AND redelivery_of IS NULL AND edited_from IS NULL"
                                " AND NOT EXISTS"
                                " (SELECT 1 FROM deliveries r WHERE r.redelivery_of = deliveries.id"
                                " AND r.status <> ?)");
        w.binds << int(DeliveryStatus::Failed) << int(DeliveryStatus::Failed);
        break;
    }
    if (!f.kind.isEmpty()) {
        w.sql += QStringLiteral(" AND kind = ?");
        w.binds << f.kind;
    }
    if (f.since.isValid()) {
        w.sql += QStringLiteral(" AND started_at >= ?");
        w.binds << f.since.toMSecsSinceEpoch();
    }
    if (f.until.isValid()) {
        w.sql += QStringLiteral(" AND started_at <= ?");
        w.binds << f.until.toMSecsSinceEpoch();
    }
    if (!f.search.trimmed().isEmpty()) {
        const QString fts = ftsQuery(f.search);
        if (db.backend() == Database::Backend::SQLite && !fts.isEmpty()) {
            // The full-text index: words and word prefixes, over a million rows in milliseconds.
            w.sql += QStringLiteral(
                " AND id IN (SELECT rowid FROM deliveries_fts WHERE deliveries_fts MATCH ?)");
            w.binds << fts;
        } else if (db.backend() == Database::Backend::SQLite) {
            w.sql += QStringLiteral(" AND (INSTR(payload, ?) > 0 OR INSTR(response_body, ?) > 0)");
            w.binds << f.search.toUtf8() << f.search.toUtf8();
        } else if (const QString terms = tsQuery(f.search); !terms.isEmpty()) {
            // The same words as FTS5 finds: each a prefix, all of them, in any order. A rare
            // word's matches are taken from the GIN index first (an InitPlan, as SQLite's FTS
            // subquery): left to itself PostgreSQL guesses 0.5 % for a prefix it has no
            // statistics of and walks the whole history newest first looking for a page of
            // them (over a minute at a million deliveries; 3 ms this way). A common word is
            // found at once by that walk, and would cost a visit of each match the other way.
            if (fewMatchesExpected(db, terms))
                w.sql += QStringLiteral(" AND id = ANY (ARRAY(SELECT id FROM deliveries"
                                        " WHERE search_vector @@ to_tsquery('simple', ?)))");
            else
                w.sql += QStringLiteral(" AND search_vector @@ to_tsquery('simple', ?)");
            w.binds << terms;
        } else {
            // Only punctuation: the bytes as they are, as SQLite does.
            w.sql += QStringLiteral(" AND (POSITION(CAST(? AS BYTEA) IN payload) > 0"
                                    " OR POSITION(CAST(? AS BYTEA) IN response_body) > 0)");
            w.binds << f.search.toUtf8() << f.search.toUtf8();
        }
    }
    return w;
}

const QString ListColumns =
    QStringLiteral("id, webhook_id, uid, kind, started_at, duration_ms, request_url, response_code,"
                   " response_truncated, error, redelivery_of, status, edited_from");
const QString FullColumns =
    ListColumns + QStringLiteral(", payload, request_headers, response_headers, response_body");

/// What a redelivery repeats of its original: read in bulk, nothing more (issue 15).
const QString OriginalColumns = QStringLiteral("id, uid, kind, redelivery_of, payload");

QString idText(const QVariant &value)
{
    return value.isNull() ? QString() : QString::number(value.toLongLong());
}

Delivery read(const QSqlQuery &q, bool full)
{
    Delivery d;
    d.id = idText(q.value(0));
    d.uid = q.value(2).toString();
    d.kind = q.value(3).toString();
    d.timestamp = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    d.durationMs = q.value(5).toLongLong();
    d.requestUrl = q.value(6).toString();
    d.responseCode = q.value(7).toInt();
    d.responseTruncated = q.value(8).toInt() != 0;
    d.error = q.value(9).toString();
    d.redeliveryOf = idText(q.value(10));
    d.state = DeliveryStatus::stateOf(q.value(11).toInt());
    d.editedFrom = idText(q.value(12));
    if (full) {
        d.payload = q.value(13).toByteArray();
        d.requestHeaders = q.value(14).toString();
        d.responseHeaders = q.value(15).toString();
        d.responseBody = q.value(16).toByteArray();
    }
    return d;
}

Delivery readOriginal(const QSqlQuery &q)
{
    Delivery d;
    d.id = idText(q.value(0));
    d.uid = q.value(1).toString();
    d.kind = q.value(2).toString();
    d.redeliveryOf = idText(q.value(3));
    d.payload = q.value(4).toByteArray();
    d.state = Delivery::State::Completed;
    return d;
}
} // namespace

void DeliveryRepository::setSearchStrategy(SearchStrategy strategy)
{
    searchStrategy = strategy;
}

DeliveryRepository::DeliveryRepository(Database &db)
    : m_db(db)
{}

bool DeliveryRepository::postgres() const
{
    return m_db.backend() == Database::Backend::PostgreSQL;
}

qint64 DeliveryRepository::rowIdOf(const QString &deliveryId)
{
    bool ok = false;
    const qint64 id = deliveryId.toLongLong(&ok);
    return ok && id > 0 && QString::number(id) == deliveryId ? id : 0;
}

Error DeliveryRepository::insertPending(Delivery &delivery, qint64 webhookId)
{
    QList<Delivery> one{std::move(delivery)};
    const Error e = insertPending(one, webhookId);
    delivery = std::move(one.first());
    return e;
}

Error DeliveryRepository::insertPending(QList<Delivery> &deliveries, qint64 webhookId)
{
    if (deliveries.isEmpty())
        return {};
    if (Error e = m_db.begin())
        return e;
    QList<qint64> ids;
    ids.reserve(deliveries.size());
    // Each attempt a row of one statement's VALUES (SQLite's full-text triggers cost far more
    // per statement than per row); the journal notes them in the same transaction.
    Error e = m_db.execRows(
        QStringLiteral("INSERT INTO deliveries (webhook_id, uid, kind, payload, started_at,"
                       " request_url, request_headers, redelivery_of, status, edited_from") +
            (postgres() ? QStringLiteral(", search_vector") : QString()) +
            QStringLiteral(") VALUES %1 RETURNING id"),
        postgres() ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, to_tsvector('simple', ?))")
                   : QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        deliveries.size(),
        [&](QSqlQuery &q, int &i, qsizetype k) {
            const Delivery &d = deliveries.at(k);
            q.bindValue(i++, webhookId);
            q.bindValue(i++, Database::text(d.uid));
            q.bindValue(i++, Database::text(d.kind));
            q.bindValue(i++, Database::bytes(d.payload));
            q.bindValue(i++, d.timestamp.toMSecsSinceEpoch());
            q.bindValue(i++, Database::text(d.requestUrl));
            q.bindValue(i++, Database::text(d.requestHeaders));
            const qint64 original = rowIdOf(d.redeliveryOf);
            q.bindValue(i++,
                        original ? QVariant(original) : QVariant(QMetaType::fromType<qint64>()));
            q.bindValue(i++, int(DeliveryStatus::Pending));
            const qint64 editedFrom = rowIdOf(d.editedFrom);
            q.bindValue(i++, editedFrom ? QVariant(editedFrom)
                                        : QVariant(QMetaType::fromType<qint64>()));
            if (postgres())
                q.bindValue(i++, Database::searchText(d.payload, {}));
        },
        Tr::tr("record the delivery"),
        [&ids](QSqlQuery &q, qsizetype, qsizetype count) {
            QList<qint64> inserted;
            while (q.next())
                inserted << q.value(0).toLongLong();
            if (inserted.size() != count)
                return Error::make(Error::Code::Storage, Tr::tr("Cannot record the delivery."));
            // RETURNING promises no order; rows are inserted, and numbered, in the order given.
            std::sort(inserted.begin(), inserted.end());
            ids += inserted;
            return Error{};
        });
    if (!e)
        e = m_db.recordDeliveryChanges(QStringLiteral("recorded"), ids);
    if (!e)
        e = m_db.commit();
    else
        m_db.rollback();
    if (e)
        return e;
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        deliveries[i].id = QString::number(ids.at(i));
        deliveries[i].state = Delivery::State::Pending;
    }
    return {};
}

Error DeliveryRepository::discardPending(const QList<Delivery> &deliveries, qint64 webhookId)
{
    if (deliveries.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM deliveries WHERE id = ? AND status = ?"));
    if (Error e = m_db.begin())
        return e;
    qint64 removed = 0;
    for (const Delivery &d : deliveries) {
        q.bindValue(0, rowIdOf(d.id));
        q.bindValue(1, int(DeliveryStatus::Pending));
        if (Error e = Database::exec(q, Tr::tr("delete deliveries"))) {
            m_db.rollback();
            return e;
        }
        removed += q.numRowsAffected();
    }
    // Other consoles showed them as pending: they read the history again.
    if (removed)
        noteHistoryChange(webhookId, QStringLiteral("pruned"), removed);
    return m_db.commit();
}

Error DeliveryRepository::insertImported(QList<Delivery> &deliveries, qint64 webhookId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  "INSERT INTO deliveries (webhook_id, uid, kind, payload, started_at, duration_ms,"
                  " request_url, request_headers, response_code, response_headers, response_body,"
                  " response_truncated, error, redelivery_of, edited_from, status%1)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%2) RETURNING id")
                  .arg(postgres() ? QStringLiteral(", search_vector") : QString(),
                       postgres() ? QStringLiteral(", to_tsvector('simple', ?)") : QString()));
    // Ids in the file name deliveries of the file: links to others are dropped.
    QHash<QString, qint64> newIds;
    const auto link = [&newIds](const QString &id) {
        const qint64 row = newIds.value(id);
        return row ? QVariant(row) : QVariant(QMetaType::fromType<qint64>());
    };
    if (Error e = m_db.begin())
        return e;
    qint64 last = 0;
    for (Delivery &d : deliveries) {
        if (d.state == Delivery::State::Pending) {
            d.state = Delivery::State::Completed;
            if (d.error.isEmpty())
                d.error = Tr::tr("Interrupted: no answer was recorded for it.");
        }
        q.addBindValue(webhookId);
        q.addBindValue(Database::text(d.uid));
        q.addBindValue(Database::text(d.kind));
        q.addBindValue(Database::bytes(d.payload));
        q.addBindValue(d.timestamp.toMSecsSinceEpoch());
        q.addBindValue(d.durationMs);
        q.addBindValue(Database::text(d.requestUrl));
        q.addBindValue(Database::text(d.requestHeaders));
        q.addBindValue(d.responseCode);
        q.addBindValue(Database::text(d.responseHeaders));
        q.addBindValue(Database::bytes(d.responseBody));
        q.addBindValue(d.responseTruncated ? 1 : 0);
        q.addBindValue(Database::text(d.error));
        q.addBindValue(link(d.redeliveryOf));
        q.addBindValue(link(d.editedFrom));
        q.addBindValue(DeliveryStatus::of(d));
        if (postgres())
            q.addBindValue(Database::searchText(d.payload, d.responseBody));
        Error e = Database::exec(q, Tr::tr("import the delivery"));
        if (!e && !q.next())
            e = Error::make(Error::Code::Storage, Tr::tr("Cannot import the delivery."));
        if (e) {
            m_db.rollback();
            return e;
        }
        last = q.value(0).toLongLong();
        q.finish();
        const QString given = d.id;
        d.id = QString::number(last);
        d.redeliveryOf = newIds.contains(d.redeliveryOf)
                             ? QString::number(newIds.value(d.redeliveryOf))
                             : QString();
        d.editedFrom =
            newIds.contains(d.editedFrom) ? QString::number(newIds.value(d.editedFrom)) : QString();
        if (!given.isEmpty())
            newIds.insert(given, last);
    }
    Error e = last ? m_db.recordChange(QStringLiteral("delivery"), QStringLiteral("recorded"), {},
                                       {}, {}, last)
                   : Error{};
    if (!e)
        return m_db.commit();
    m_db.rollback();
    return e;
}

Error DeliveryRepository::complete(const Delivery &delivery)
{
    return complete(QList<Delivery>{delivery});
}

Error DeliveryRepository::complete(const QList<Delivery> &deliveries)
{
    if (deliveries.isEmpty())
        return {};
    const auto bindOutcome = [](QSqlQuery &q, int &i, const Delivery &d) {
        q.bindValue(i++, d.durationMs);
        q.bindValue(i++, Database::text(d.requestHeaders));
        q.bindValue(i++, d.responseCode);
        q.bindValue(i++, Database::text(d.responseHeaders));
        q.bindValue(i++, Database::bytes(d.responseBody));
        q.bindValue(i++, d.responseTruncated ? 1 : 0);
        q.bindValue(i++, Database::text(d.error));
        q.bindValue(i++, DeliveryStatus::of(d));
    };
    if (Error e = m_db.begin())
        return e;
    QList<qint64> ids;
    ids.reserve(deliveries.size());
    for (const Delivery &d : deliveries)
        ids << rowIdOf(d.id);
    if (postgres()) {
        // A statement per outcome: PostgreSQL indexes each as it is written, without triggers.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "UPDATE deliveries SET duration_ms = ?, request_headers = ?, response_code = ?,"
            " response_headers = ?, response_body = ?, response_truncated = ?, error = ?,"
            " status = ?, search_vector = to_tsvector('simple', ?) WHERE id = ?"));
        for (const Delivery &d : deliveries) {
            int i = 0;
            bindOutcome(q, i, d);
            q.bindValue(i++, Database::searchText(d.payload, d.responseBody));
            q.bindValue(i++, rowIdOf(d.id));
            if (Error e = Database::exec(q, Tr::tr("record the delivery's result"))) {
                m_db.rollback();
                return e;
            }
        }
        q.finish();
    } else {
        // Each outcome a row of one statement's VALUES: SQLite's full-text trigger costs far
        // more per statement than per row.
        Error e = m_db.execRows(
            QStringLiteral("UPDATE deliveries SET duration_ms = v.column2,"
                           " request_headers = v.column3, response_code = v.column4,"
                           " response_headers = v.column5, response_body = v.column6,"
                           " response_truncated = v.column7, error = v.column8, status = v.column9"
                           " FROM (VALUES %1) AS v WHERE deliveries.id = v.column1"),
            QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)"), deliveries.size(),
            [&](QSqlQuery &query, int &i, qsizetype k) {
                query.bindValue(i++, ids.at(k));
                bindOutcome(query, i, deliveries.at(k));
            },
            Tr::tr("record the delivery's result"));
        if (e) {
            m_db.rollback();
            return e;
        }
    }
    Error e = m_db.recordDeliveryChanges(QStringLiteral("completed"), ids);
    if (!e)
        return m_db.commit();
    m_db.rollback();
    return e;
}

std::optional<std::pair<Delivery, qint64>> DeliveryRepository::byId(qint64 id, Error *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + FullColumns +
              QStringLiteral(" FROM deliveries WHERE id = ?"));
    q.addBindValue(id);
    if (Error e = Database::exec(q, Tr::tr("read the delivery"))) {
        setError(error, e);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return std::pair{read(q, true), q.value(1).toLongLong()};
}

QList<Delivery> DeliveryRepository::page(qint64 webhookId, const DeliveryFilter &filter,
                                         qint64 beforeId, int limit, bool full, Error *error) const
{
    return keysetPage(webhookId, filter, beforeId, true, limit,
                      full ? Columns::Full : Columns::List, error);
}

QList<Delivery> DeliveryRepository::originals(qint64 webhookId, const DeliveryFilter &filter,
                                              qint64 beforeId, int limit, Error *error) const
{
    return keysetPage(webhookId, filter, beforeId, true, limit, Columns::Originals, error);
}

HistoryPage DeliveryRepository::historyPage(qint64 webhookId, const DeliveryFilter &filter,
                                            const PageRequest &request, Error *error) const
{
    const int limit = qMax(1, request.limit);
    const bool full = request.withBodies;
    const qint64 cursor = rowIdOf(request.cursor);
    HistoryPage p;
    auto fromNewest = [&](qint64 before) {
        p.rows = page(webhookId, filter, before, limit + 1, full, error);
        p.hasOlder = p.rows.size() > limit;
        if (p.hasOlder)
            p.rows.removeLast();
        // Older than a row on show: that row is newer.
        p.hasNewer = before > 0;
    };
    switch (request.anchor) {
    case PageAnchor::Newest:
        fromNewest(0);
        break;
    case PageAnchor::Older:
        fromNewest(cursor);
        break;
    case PageAnchor::At:
        fromNewest(cursor > 0 ? cursor + 1 : 0);
        // Reloading what is shown: is anything newer than its newest row?
        p.hasNewer = cursor > 0 && !pageNewer(webhookId, filter, cursor, 1, false, error).isEmpty();
        break;
    case PageAnchor::Oldest:
    case PageAnchor::Newer: {
        const qint64 after = request.anchor == PageAnchor::Oldest ? 0 : cursor;
        p.rows = pageNewer(webhookId, filter, after, limit + 1, full, error);
        p.hasNewer = p.rows.size() > limit;
        if (p.hasNewer)
            p.rows.removeFirst();
        p.hasOlder = after > 0;
        if (!p.hasNewer && request.anchor == PageAnchor::Newer && p.rows.size() < limit) {
            // Reached the newest end: show a full newest page instead of a short one.
            fromNewest(0);
        }
        break;
    }
    }
    return p;
}

QList<Delivery> DeliveryRepository::keysetPage(qint64 webhookId, const DeliveryFilter &filter,
                                               qint64 cursor, bool older, int limit,
                                               Columns columns, Error *error) const
{
    Where w = whereFor(m_db, webhookId, filter);
    if (cursor > 0) {
        w.sql += older ? QStringLiteral(" AND id < ?") : QStringLiteral(" AND id > ?");
        w.binds << cursor;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString &names = columns == Columns::Full        ? FullColumns
                           : columns == Columns::Originals ? OriginalColumns
                                                           : ListColumns;
    const auto readRow = [&q, columns] {
        return columns == Columns::Originals ? readOriginal(q) : read(q, columns == Columns::Full);
    };
    q.prepare(QStringLiteral("SELECT ") + names + QStringLiteral(" FROM deliveries") + w.sql +
              (older ? QStringLiteral(" ORDER BY id DESC LIMIT ?")
                     : QStringLiteral(" ORDER BY id ASC LIMIT ?")));
    for (const QVariant &v : std::as_const(w.binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    QList<Delivery> out;
    if (Error e = Database::exec(q, Tr::tr("read deliveries"))) {
        setError(error, e);
        return out;
    }
    while (q.next()) {
        if (older)
            out.append(readRow());
        else
            out.prepend(readRow()); // newest first either way
    }
    return out;
}

qint64 DeliveryRepository::count(qint64 webhookId, const DeliveryFilter &filter, Error *error) const
{
    const Where w = whereFor(m_db, webhookId, filter);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM deliveries") + w.sql);
    for (const QVariant &v : w.binds)
        q.addBindValue(v);
    if (Error e = Database::exec(q, Tr::tr("count deliveries"))) {
        setError(error, e);
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Delivery> DeliveryRepository::pageNewer(qint64 webhookId, const DeliveryFilter &filter,
                                              qint64 afterId, int limit, bool full,
                                              Error *error) const
{
    return keysetPage(webhookId, filter, afterId, false, limit,
                      full ? Columns::Full : Columns::List, error);
}

QList<DayStats> DeliveryRepository::dailyStats(qint64 webhookId, const QDateTime &since,
                                               Error *error) const
{
    // Whole UTC days; the covering index deliveries_by_time answers without touching rows.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT started_at / 86400000, COUNT(*), SUM(CASE WHEN status = 1 THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN status = 2 THEN 1 ELSE 0 END), AVG(duration_ms) FROM deliveries"
        " WHERE webhook_id = ? AND started_at >= ? GROUP BY 1 ORDER BY 1"));
    q.addBindValue(webhookId);
    q.addBindValue(since.toMSecsSinceEpoch());
    QList<DayStats> out;
    if (Error e = Database::exec(q, Tr::tr("summarize deliveries"))) {
        setError(error, e);
        return out;
    }
    while (q.next()) {
        DayStats d;
        d.day = QDate(1970, 1, 1).addDays(q.value(0).toLongLong());
        d.total = q.value(1).toLongLong();
        d.succeeded = q.value(2).toLongLong();
        d.failed = q.value(3).toLongLong();
        d.averageDurationMs = q.value(4).toDouble();
        out << d;
    }
    return out;
}

qint64 DeliveryRepository::prune(qint64 webhookId, const QDateTime &olderThan, int keepNewest,
                                 int batchSize, Error *error, const BetweenBatches &betweenBatches)
{
    // Keep whatever either rule keeps: newer than the cut-off, or among the newest N.
    QSqlQuery boundary(m_db.connection());
    boundary.prepare(QStringLiteral("SELECT id FROM deliveries WHERE webhook_id = ?"
                                    " ORDER BY id DESC LIMIT 1 OFFSET ?"));
    boundary.addBindValue(webhookId);
    boundary.addBindValue(qMax(0, keepNewest - 1));
    if (Error e = Database::exec(boundary, Tr::tr("prune deliveries"))) {
        setError(error, e);
        return 0;
    }
    if (!boundary.next())
        return 0; // fewer than N deliveries: nothing to prune
    const qint64 oldestKeptById = boundary.value(0).toLongLong();
    const qint64 removed =
        deleteInBatches(QStringLiteral("webhook_id = ? AND id < ? AND started_at < ?"),
                        {webhookId, oldestKeptById, olderThan.toMSecsSinceEpoch()}, batchSize,
                        error, betweenBatches);
    if (removed > 0)
        noteHistoryChange(webhookId, QStringLiteral("pruned"), removed);
    return removed;
}

qint64 DeliveryRepository::clear(qint64 webhookId, int batchSize, Error *error)
{
    const qint64 removed =
        deleteInBatches(QStringLiteral("webhook_id = ?"), {webhookId}, batchSize, error);
    noteHistoryChange(webhookId, QStringLiteral("cleared"), removed);
    return removed;
}

void DeliveryRepository::noteHistoryChange(qint64 webhookId, const QString &action, qint64 removed)
{
    // Best effort: the deliveries are gone whatever happens here; another console that misses
    // the note shows them until it next reads the history.
    QSqlQuery uid(m_db.connection());
    uid.prepare(QStringLiteral("SELECT uid FROM webhooks WHERE id = ?"));
    uid.addBindValue(webhookId);
    if (Database::exec(uid, Tr::tr("note the change")) || !uid.next())
        return;
    (void)m_db.recordChange(QStringLiteral("history"), action, QString::number(removed), {},
                            uid.value(0).toString());
}

qint64 DeliveryRepository::deleteInBatches(const QString &where, const QVariantList &binds,
                                           int batchSize, Error *error,
                                           const BetweenBatches &betweenBatches)
{
    // Small transactions so a writer elsewhere (a ping) never waits long for the lock.
    qint64 total = 0;
    for (;;) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM deliveries WHERE id IN (SELECT id FROM deliveries"
                                 " WHERE ") +
                  where + QStringLiteral(" ORDER BY id LIMIT ?)"));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        q.addBindValue(batchSize);
        if (Error e = Database::exec(q, Tr::tr("delete deliveries"))) {
            setError(error, e);
            return total;
        }
        const int removed = q.numRowsAffected();
        total += removed;
        if (removed < batchSize)
            return total;
        if (betweenBatches && !betweenBatches(total))
            return total;
    }
}

QString DeliveryRepository::interruptedUpdate()
{
    // The partial index of pending rows answers this (schema 9): its predicate is repeated as
    // it is, so each opening reads the few pending rows, never the whole history.
    static_assert(DeliveryStatus::Pending == 0, "Database::PendingPredicate");
    return QStringLiteral("UPDATE deliveries SET status = ?, error = ? WHERE ") +
           QLatin1String(Database::PendingPredicate) + QStringLiteral(" AND started_at < ?");
}

Error DeliveryRepository::markInterrupted(const QDateTime &cutoff)
{
    QSqlQuery q(m_db.connection());
    q.prepare(interruptedUpdate());
    q.addBindValue(int(DeliveryStatus::Failed));
    q.addBindValue(Tr::tr("Interrupted: the console stopped before the receiver answered."));
    q.addBindValue(cutoff.toMSecsSinceEpoch());
    return Database::exec(q, Tr::tr("mark interrupted deliveries"));
}

} // namespace wc
