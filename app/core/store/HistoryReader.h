#pragma once

#include "Error.h"
#include "store/DeliveryRepository.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace wc {

class Database;

/// Runs history queries and clean-ups on a worker thread with its own database connection, so
/// a million-row history never blocks the window. Results come back on the caller's thread.
class HistoryReader : public QObject
{
    Q_OBJECT
public:
    enum class Anchor {
        Newest, ///< the newest page
        Oldest, ///< the oldest page
        Older,  ///< the page before `cursor` (older)
        Newer,  ///< the page after `cursor` (newer)
    };
    struct Page
    {
        QList<Delivery> rows; ///< newest first
        bool hasOlder = false;
        bool hasNewer = false;
        Error error;
    };

    /// Opens a second connection to the database at `location` on the worker thread.
    explicit HistoryReader(const QString &location, QObject *parent = nullptr);
    ~HistoryReader() override;

    /// Empty once the worker's connection is open; otherwise why it is not.
    [[nodiscard]] Error openError() const;

    void page(const DeliveryFilter &filter, Anchor anchor, qint64 cursor, int limit,
              std::function<void(const Page &)> done);
    void count(const DeliveryFilter &filter, std::function<void(qint64, const Error &)> done);
    void dailyStats(
        qint64 webhookId, const QDateTime &since,
        std::function<void(const QList<DeliveryRepository::DayStats> &, const Error &)> done);
    /// Deletes a webhook's whole history.
    void clear(qint64 webhookId, std::function<void(qint64 removed, const Error &)> done);
    /// Applies the retention rule to every webhook.
    void prune(int keepDays, int keepCount,
               std::function<void(qint64 removed, const Error &)> done);

    /// Runs `work` on the worker thread, then `done` with its result on this object's thread.
    template <typename Result>
    void run(std::function<Result(DeliveryRepository &, Database &)> work,
             std::function<void(const Result &)> done)
    {
        QMetaObject::invokeMethod(m_worker, [this, work, done] {
            Result result = work(workerRepository(), workerDatabase());
            // Queued back to our thread. The destructor waits for the worker, so `this` lives.
            QMetaObject::invokeMethod(
                this, [done, result] { done(result); }, Qt::QueuedConnection);
        });
    }

private:
    DeliveryRepository &workerRepository();
    Database &workerDatabase();

    struct Worker;
    QThread m_thread;
    QObject *m_worker = nullptr;
    std::shared_ptr<Worker> m_state;
};

} // namespace wc
