#pragma once

#include "Async.h"
#include "Error.h"
#include "History.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace wc {

class WebhookBackend;

/// Redelivers every event that matches a filter and that no attempt has delivered, each once,
/// from its original delivery (DeliveryFilter::Outcome::Undelivered), a few at a time so one
/// receiver is never flooded. A failed redelivery does not make an event of its own: after a
/// failed run, the next covers the same events again, not twice as many. Works through the
/// backend interface only, so every backend gets it: counts the events, reads them page by
/// page (never all at once), older than what it read before. Cancel stops new sends; those in
/// flight finish and are recorded. Get one from WebhookBackend::redeliverFailed(): a backend
/// may give one that does the same work its own faster way (the local backend's records and
/// signs in batches).
class BulkRedelivery : public QObject
{
    Q_OBJECT
public:
    BulkRedelivery(WebhookBackend &backend, DeliveryFilter filter, int maxInFlight,
                   QObject *parent = nullptr);

    /// Counts the events and starts. Emits finished soon when there are none.
    virtual void start();
    virtual void cancel();

    /// Events to redeliver, and (below) how many were, and how many of those succeeded.
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] qint64 done() const { return m_done; }
    [[nodiscard]] qint64 succeeded() const { return m_succeeded; }
    [[nodiscard]] int peakInFlight() const { return m_peakInFlight; }
    [[nodiscard]] bool isCancelled() const { return m_cancelled; }
    [[nodiscard]] const DeliveryFilter &filter() const { return m_filter; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    /// A redelivery ended (the new record).
    void redelivered(const wc::Delivery &delivery);
    void finished(const wc::Error &error);

protected:
    /// Emits finished once, later from the event loop, with `error` (none: the run went
    /// through or was cancelled).
    void finish(const Error &error);
    /// Counts one redelivery that ended and says so (redelivered, progress); `error` is a
    /// reason it could not be sent or recorded, which stops the run (the rest would fail the
    /// same way). Returns false then.
    bool ended(const Result<Delivery> &result);

    WebhookBackend &m_backend;
    DeliveryFilter m_filter;
    int m_maxInFlight;
    bool m_cancelled = false;
    bool m_finished = false;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_succeeded = 0;
    Error m_firstError;

private:
    void pump();
    void fetch();

    QStringList m_queue;
    QString m_cursor; ///< the oldest delivery read so far; the next page starts below it
    bool m_exhausted = false;
    bool m_fetching = false;
};

} // namespace wc
