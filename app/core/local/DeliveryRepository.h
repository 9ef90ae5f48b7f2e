#pragma once

#include "Error.h"
#include "History.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace wc {

class Database;

/// Deliveries of the local database, read in pages (keyset on the row id, newest first):
/// never loads a whole history. Delivery ids are the row ids written in decimal; the
/// webhook is addressed by its row id, and `DeliveryFilter::webhook` is not read here.
/// Runs on the thread that opened its Database.
class DeliveryRepository
{
public:
    explicit DeliveryRepository(Database &db);

    /// The row id a delivery id stands for; 0 when it is not one of ours.
    [[nodiscard]] static qint64 rowIdOf(const QString &deliveryId);

    /// PostgreSQL: how a search finds its first page. IndexFirst takes every match from the
    /// GIN index, then the newest of them (cost grows with the matches); Walk reads the history
    /// newest first until a page of matches is found (cost grows with how rare they are). Auto
    /// asks the planner how many matches to expect and takes the cheaper one. The others are
    /// for tests, which hold both to the same results.
    enum class SearchStrategy { Auto, IndexFirst, Walk };
    static void setSearchStrategy(SearchStrategy strategy);

    /// Writes the attempt as pending before the request leaves; sets `delivery.id`.
    [[nodiscard]] Error insertPending(Delivery &delivery, qint64 webhookId);
    /// Writes the attempts as pending in one transaction, before any of their requests leaves;
    /// sets each one's id.
    [[nodiscard]] Error insertPending(QList<Delivery> &deliveries, qint64 webhookId);
    /// Deletes attempts written as pending whose requests never left (a bulk redelivery
    /// cancelled or stopped before sending them), in one transaction.
    [[nodiscard]] Error discardPending(const QList<Delivery> &deliveries, qint64 webhookId);
    /// Adds completed deliveries read from a file, oldest first, in one transaction; sets each
    /// one's new id. Their links (redelivery, edited from) to others of the list are kept, to
    /// deliveries outside it dropped; pending ones are recorded as interrupted.
    [[nodiscard]] Error insertImported(QList<Delivery> &deliveries, qint64 webhookId);
    /// Records the outcome of a pending attempt.
    [[nodiscard]] Error complete(const Delivery &delivery);
    /// Records the outcomes of pending attempts in one transaction.
    [[nodiscard]] Error complete(const QList<Delivery> &deliveries);

    /// A delivery in full and the row id of its webhook; nullopt when there is none.
    [[nodiscard]] std::optional<std::pair<Delivery, qint64>> byId(qint64 id,
                                                                  Error *error = nullptr) const;
    /// The page `request` asks for, newest first.
    [[nodiscard]] HistoryPage historyPage(qint64 webhookId, const DeliveryFilter &filter,
                                          const PageRequest &request, Error *error = nullptr) const;
    /// Up to `limit` deliveries older than `beforeId` (0: from the newest), newest first.
    /// Bodies and headers are left out unless `full`.
    [[nodiscard]] QList<Delivery> page(qint64 webhookId, const DeliveryFilter &filter,
                                       qint64 beforeId, int limit, bool full = false,
                                       Error *error = nullptr) const;
    /// Up to `limit` deliveries newer than `afterId` (0: from the oldest), newest first.
    [[nodiscard]] QList<Delivery> pageNewer(qint64 webhookId, const DeliveryFilter &filter,
                                            qint64 afterId, int limit, bool full = false,
                                            Error *error = nullptr) const;
    /// For redelivery: up to `limit` deliveries older than `beforeId` (0: from the newest),
    /// newest first, with only what a redelivery repeats (id, uid, kind, payload, original).
    [[nodiscard]] QList<Delivery> originals(qint64 webhookId, const DeliveryFilter &filter,
                                            qint64 beforeId, int limit,
                                            Error *error = nullptr) const;
    [[nodiscard]] qint64 count(qint64 webhookId, const DeliveryFilter &filter,
                               Error *error = nullptr) const;

    /// Per UTC day since `since`: attempts, successes, failures and mean duration.
    [[nodiscard]] QList<DayStats> dailyStats(qint64 webhookId, const QDateTime &since,
                                             Error *error = nullptr) const;

    /// Called between two batches of a deletion with how many rows went so far; returns false
    /// to stop there (what went stays gone).
    using BetweenBatches = std::function<bool(qint64 removed)>;
    /// Deletes deliveries older than `olderThan` that are not among the newest `keepNewest`
    /// (whichever rule keeps more wins), in batches, each its own transaction. Returns how
    /// many went.
    qint64 prune(qint64 webhookId, const QDateTime &olderThan, int keepNewest, int batchSize = 2000,
                 Error *error = nullptr, const BetweenBatches &betweenBatches = {});
    /// Deletes a webhook's whole history, in batches.
    qint64 clear(qint64 webhookId, int batchSize = 2000, Error *error = nullptr);

    /// Marks pending attempts that started before `cutoff` as failed ("interrupted").
    [[nodiscard]] Error markInterrupted(const QDateTime &cutoff);
    /// The statement markInterrupted() runs, binding the status, the error and the cut-off (in
    /// ms since the epoch): for tests that ask the planner how it runs.
    [[nodiscard]] static QString interruptedUpdate();

private:
    /// Which columns a page reads.
    enum class Columns { List, Full, Originals };
    /// Up to `limit` rows older (or newer) than `cursor`, returned newest first.
    QList<Delivery> keysetPage(qint64 webhookId, const DeliveryFilter &filter, qint64 cursor,
                               bool older, int limit, Columns columns, Error *error) const;
    qint64 deleteInBatches(const QString &where, const QVariantList &binds, int batchSize,
                           Error *error, const BetweenBatches &betweenBatches = {});
    [[nodiscard]] bool postgres() const;
    /// Notes in the change journal that a webhook's history was cleared or pruned.
    void noteHistoryChange(qint64 webhookId, const QString &action, qint64 removed);
    Database &m_db;
};

} // namespace wc
