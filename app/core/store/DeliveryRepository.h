#pragma once

#include "Error.h"
#include "model/Delivery.h"

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
    QString kind;      ///< empty: every kind
    QDateTime since;   ///< invalid: unbounded
    QDateTime until;   ///< invalid: unbounded
    QString search;    ///< substring of payload or response body; empty: none
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
    [[nodiscard]] qint64 count(const DeliveryFilter &filter, Error *error = nullptr) const;

    /// Marks pending attempts that started before `cutoff` as failed ("interrupted").
    [[nodiscard]] Error markInterrupted(const QDateTime &cutoff);

private:
    Database &m_db;
};

} // namespace wc
