#pragma once

#include "Error.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <memory>
#include <type_traits>
#include <utility>

namespace wc {

/// What an operation gives back: a value, or an error that says why not. Some operations give
/// both (a delivery that was sent but whose outcome could not be recorded).
template <typename T> struct Result
{
    Error error;
    T value{};

    [[nodiscard]] bool ok() const { return !error; }
    static Result failure(const Error &error) { return Result{error, T{}}; }
};

/// The sending half of a QFuture that can be copied into callbacks (QPromise cannot). The
/// first `finish` wins; a Promise dropped unfinished leaves its future cancelled, and
/// `whenReady` then calls nobody.
template <typename T> class Promise
{
public:
    Promise()
        : m_promise(std::make_shared<QPromise<T>>())
    {
        m_promise->start();
    }
    [[nodiscard]] QFuture<T> future() const { return m_promise->future(); }
    void finish(T value) const
    {
        if (m_promise->future().isFinished())
            return;
        m_promise->addResult(std::move(value));
        m_promise->finish();
    }

private:
    std::shared_ptr<QPromise<T>> m_promise;
};

/// A future that already holds `value`.
template <typename T> [[nodiscard]] QFuture<std::decay_t<T>> readyFuture(T &&value)
{
    Promise<std::decay_t<T>> promise;
    promise.finish(std::forward<T>(value));
    return promise.future();
}

/// Calls `callback(result)` on `context`'s thread once `future` has a result, unless `context`
/// has been destroyed by then. Always later, from the event loop, never inside this call.
///
/// Qt 6.4's `QFuture::then(context, …)` would do the same, but it asserts when the context dies
/// first and calls back synchronously when the future finishes on the context's own thread;
/// a watcher owned by the context has neither problem. Call it from `context`'s thread.
template <typename T, typename Callback>
void whenReady(const QFuture<T> &future, QObject *context, Callback &&callback)
{
    Q_ASSERT(context && context->thread() == QThread::currentThread());
    auto *watcher = new QFutureWatcher<T>(context); // dies with the context
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, callback = std::forward<Callback>(callback)]() mutable {
                         watcher->deleteLater();
                         // Cancelled (its promise was dropped, e.g. at shutdown): no result.
                         if (watcher->future().resultCount() > 0)
                             callback(watcher->future().result());
                     });
    watcher->setFuture(future);
}

} // namespace wc
