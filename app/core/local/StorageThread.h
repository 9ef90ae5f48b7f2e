#pragma once

#include "Async.h"
#include "Error.h"
#include "local/Database.h"
#include "local/DeliveryRepository.h"
#include "local/ReceivedRepository.h"
#include "local/WebhookRepository.h"

#include <QFuture>
#include <QObject>
#include <QThread>
#include <chrono>
#include <memory>
#include <type_traits>

namespace wc {

/// A database connection of its own on a thread of its own. The local backend runs every read
/// and write through one of these, so no caller ever waits on storage, even while another
/// process holds the database's lock. Work runs in the order it was queued.
class StorageThread : public QObject
{
    Q_OBJECT
public:
    /// What work gets on the worker thread: the connection and its repositories.
    struct Store
    {
        Database db;
        WebhookRepository webhooks{db};
        DeliveryRepository deliveries{db};
        ReceivedRepository received{db};
        /// Why the connection is not open, when it is not.
        Error openError;
        /// openError while the connection is not open; nothing once it is.
        [[nodiscard]] Error usable() const;
    };

    explicit StorageThread(const QString &name,
                           QThread::Priority priority = QThread::InheritPriority,
                           QObject *parent = nullptr);
    /// Runs what is queued, closes the connection on its own thread, then stops.
    ~StorageThread() override;

    /// Opens the connection on the worker thread, migrating the schema when `migrate`.
    [[nodiscard]] QFuture<Error> open(const QString &location, bool migrate,
                                      std::chrono::milliseconds busyTimeout);

    /// PostgreSQL: listens for notifications on `channel` on this connection; notified() is
    /// emitted for each (from the worker thread: connect with a queued connection).
    [[nodiscard]] QFuture<Error> listen(const QString &channel);

    /// PostgreSQL: checks that the server still answers and, when it does not, connects again
    /// (listening again where it listened). The error says why it cannot, while it cannot.
    struct Health
    {
        bool reconnected = false;
        Error error;
    };
    [[nodiscard]] QFuture<Health> checkConnection();

    /// Runs `work(store)` on the worker thread; the future holds what it returns.
    template <typename Work>
    [[nodiscard]] auto run(Work work) -> QFuture<std::invoke_result_t<Work &, Store &>>
    {
        using R = std::invoke_result_t<Work &, Store &>;
        Promise<R> promise;
        QMetaObject::invokeMethod(
            m_worker,
            [store = m_store, promise, work = std::move(work)]() mutable {
                promise.finish(work(*store));
            },
            Qt::QueuedConnection);
        return promise.future();
    }

Q_SIGNALS:
    void notified();

private:
    /// On the worker thread: LISTEN on `channel` on the connection as it is now.
    [[nodiscard]] Error subscribe(Store &store, const QString &channel);

    QThread m_thread;
    QString m_channel; ///< listened on; used on the worker thread only
    QObject *m_worker = nullptr;
    std::shared_ptr<Store> m_store;
};

} // namespace wc
