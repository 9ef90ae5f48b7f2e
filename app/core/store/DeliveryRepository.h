#pragma once

#include "Error.h"
#include "model/Delivery.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace wc {

class Database;

/// Which deliveries of one webhook to show.
struct DeliveryFilter
{
    enum class Outcome { All, Succeeded, Failed };

    qint64 webhookId = 0;
    Outcome outcome = Outcome::All;
    QString kind;    ///< empty: every kind
    QDateTime since; ///< invalid: unbounded
    QDateTime until; ///< invalid: unbounded
    QString search;  ///< words (last one a prefix) in payload or response; empty: none

    /// True when anything beyond the webhook narrows the list.
    [[nodiscard]] bool isNarrowed() const
    {
        return outcome != Outcome::All || !kind.isEmpty() || since.isValid() || until.isValid() ||
               !search.isEmpty();
    }
};

/// Deliveries, read in pages (keyset on id, newest first): never loads a whole history.
class DeliveryRepository
{
public:
    /// Values of the deliveries.status column.
    enum Status { Pending = 0, Succeeded = 1, Failed = 2 };

    explicit DeliveryRepository(Database &db);

    /// Writes the attempt as pending before the request leaves; sets `delivery.id`.
    [[nodiscard]] Error insertPending(Delivery &delivery);
    /// Records the outcome of a pending attempt.
    [[nodiscard]] Error complete(const Delivery &delivery);

    [[nodiscard]] std::optional<Delivery> byId(qint64 id, Error *error = nullptr) const;
    /// Up to `limit` deliveries older than `beforeId` (0: from the newest), newest first.
    /// Bodies and headers are left out unless `full`.
    [[nodiscard]] QList<Delivery> page(const DeliveryFilter &filter, qint64 beforeId, int limit,
                                       bool full = false, Error *error = nullptr) const;
    /// Up to `limit` deliveries newer than `afterId` (0: from the oldest), newest first.
    [[nodiscard]] QList<Delivery> pageNewer(const DeliveryFilter &filter, qint64 afterId, int limit,
                                            Error *error = nullptr) const;
    [[nodiscard]] qint64 count(const DeliveryFilter &filter, Error *error = nullptr) const;

    struct DayStats
    {
        QDate day; ///< UTC
        qint64 total = 0;
        qint64 succeeded = 0;
        qint64 failed = 0;
        double averageDurationMs = 0;
    };
    /// Per UTC day since `since`: attempts, successes, failures and mean duration.
    [[nodiscard]] QList<DayStats> dailyStats(qint64 webhookId, const QDateTime &since,
                                             Error *error = nullptr) const;

    /// Deletes deliveries older than `olderThan` that are not among the newest `keepNewest`
    /// (whichever rule keeps more wins), in batches. Returns how many went.
    qint64 prune(qint64 webhookId, const QDateTime &olderThan, int keepNewest, int batchSize = 2000,
                 Error *error = nullptr);
    /// Deletes a webhook's whole history, in batches.
    qint64 clear(qint64 webhookId, int batchSize = 2000, Error *error = nullptr);

    /// Marks pending attempts that started before `cutoff` as failed ("interrupted").
    [[nodiscard]] Error markInterrupted(const QDateTime &cutoff);

private:
    /// Up to `limit` rows older (or newer) than `cursor`, returned newest first.
    QList<Delivery> keysetPage(const DeliveryFilter &filter, qint64 cursor, bool older, int limit,
                               bool full, Error *error) const;
    qint64 deleteInBatches(const QString &where, const QVariantList &binds, int batchSize,
                           Error *error);
    Database &m_db;
};

} // namespace wc
