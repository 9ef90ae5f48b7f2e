#include "delivery/BulkRedelivery.h"

#include "WebhookService.h"

#include <QPointer>

namespace wc {

namespace {
constexpr int PageSize = 200;
}

BulkRedelivery::BulkRedelivery(WebhookService &service, DeliveryFilter filter, int maxInFlight,
                               QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_filter(std::move(filter))
    , m_maxInFlight(qMax(1, maxInFlight))
{
    m_filter.outcome = DeliveryFilter::Outcome::Failed;
}

void BulkRedelivery::start()
{
    Error error;
    m_total = m_service.deliveries().count(m_filter, &error);
    if (error) {
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    refill();
    Q_EMIT progress(0, m_total);
    QMetaObject::invokeMethod(this, &BulkRedelivery::pump, Qt::QueuedConnection);
}

void BulkRedelivery::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    m_exhausted = true;
    if (m_inFlight == 0)
        finish({});
}

void BulkRedelivery::refill()
{
    if (m_exhausted)
        return;
    Error error;
    // Newest first, strictly below what was read before: redeliveries made by this run have
    // higher ids and are never picked up.
    const QList<Delivery> page =
        m_service.deliveries().page(m_filter, m_cursor, PageSize, false, &error);
    if (error) {
        m_firstError = error;
        m_exhausted = true;
        return;
    }
    for (const Delivery &d : page)
        m_queue << d.id;
    if (!page.isEmpty())
        m_cursor = page.last().id;
    if (page.size() < PageSize)
        m_exhausted = true;
    if (m_cursor == 0)
        m_exhausted = true; // nothing failed at all
}

void BulkRedelivery::pump()
{
    while (!m_cancelled && m_inFlight < m_maxInFlight) {
        if (m_queue.isEmpty())
            refill();
        if (m_queue.isEmpty())
            break;
        const qint64 id = m_queue.takeFirst();
        ++m_inFlight;
        m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
        QPointer<BulkRedelivery> self(this);
        m_service.redeliver(id, [self](const Error &error, const Delivery &delivery) {
            if (!self)
                return;
            --self->m_inFlight;
            ++self->m_done;
            if (error && !self->m_firstError) {
                // Not a receiver's answer but a reason nothing can be sent (keychain, storage):
                // the rest would fail the same way, so stop.
                self->m_firstError = error;
                self->m_queue.clear();
                self->m_exhausted = true;
            }
            if (!error) {
                if (delivery.succeeded())
                    ++self->m_succeeded;
                Q_EMIT self->redelivered(delivery);
            }
            Q_EMIT self->progress(self->m_done, self->m_total);
            self->pump();
        });
    }
    if (m_inFlight == 0 && (m_cancelled || m_queue.isEmpty()))
        finish(m_firstError);
}

void BulkRedelivery::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(error);
}

} // namespace wc
