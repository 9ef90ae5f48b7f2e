#pragma once

#include "Error.h"
#include "store/DeliveryRepository.h"

#include <QList>
#include <QObject>

namespace wc {

class HistoryReader;
class WebhookService;

/// Redelivers every failed delivery that matches a filter, a few at a time so one receiver is
/// never flooded. Reads the failures page by page (never all at once) and skips redeliveries
/// it creates itself. Cancel stops new sends; those in flight finish and are recorded.
class BulkRedelivery : public QObject
{
    Q_OBJECT
public:
    /// With a `reader`, failures are counted and read on its thread (the window); without,
    /// on this one (webhookctl, which has no window to keep responsive).
    BulkRedelivery(WebhookService &service, DeliveryFilter filter, int maxInFlight,
                   HistoryReader *reader = nullptr, QObject *parent = nullptr);

    /// Counts the failures and starts. Emits finished at once when there are none.
    void start();
    void cancel();

    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] qint64 done() const { return m_done; }
    [[nodiscard]] qint64 succeeded() const { return m_succeeded; }
    [[nodiscard]] int peakInFlight() const { return m_peakInFlight; }
    [[nodiscard]] bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    /// A redelivery ended (the new record).
    void redelivered(const wc::Delivery &delivery);
    void finished(const wc::Error &error);

private:
    void pump();
    void fetch();
    void finish(const Error &error);

    WebhookService &m_service;
    HistoryReader *m_reader = nullptr;
    DeliveryFilter m_filter;
    int m_maxInFlight;
    QList<qint64> m_queue;
    qint64 m_cursor = 0; ///< the oldest id read so far; the next page starts below it
    bool m_exhausted = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_fetching = false;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_succeeded = 0;
    Error m_firstError;
};

} // namespace wc
