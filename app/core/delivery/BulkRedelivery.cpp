#include "delivery/BulkRedelivery.h"

#include "WebhookService.h"
#include "store/HistoryReader.h"

#include <QPointer>

namespace wc {

namespace {
constexpr int PageSize = 200;
}

BulkRedelivery::BulkRedelivery(WebhookService &service, DeliveryFilter filter, int maxInFlight,
                               HistoryReader *reader, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_reader(reader)
    , m_filter(std::move(filter))
    , m_maxInFlight(qMax(1, maxInFlight))
{
    m_filter.outcome = DeliveryFilter::Outcome::Failed;
}

void BulkRedelivery::start()
{
    QPointer<BulkRedelivery> self(this);
    auto counted = [self](qint64 total, const Error &error) {
        if (!self)
            return;
        if (error) {
            self->finish(error);
            return;
        }
        self->m_total = total;
        Q_EMIT self->progress(0, total);
        self->pump();
    };
    if (m_reader) {
        m_reader->count(m_filter, counted);
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, counted] {
            Error error;
            const qint64 total = m_service.deliveries().count(m_filter, &error);
            counted(total, error);
        },
        Qt::QueuedConnection);
}

void BulkRedelivery::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    m_exhausted = true;
    if (m_inFlight == 0 && !m_fetching)
        finish({});
}

void BulkRedelivery::fetch()
{
    if (m_fetching || m_exhausted)
        return;
    m_fetching = true;
    // Newest first, strictly below what was read before: redeliveries made by this run have
    // higher ids and are never picked up.
    const DeliveryFilter filter = m_filter;
    const qint64 cursor = m_cursor;
    using Result = std::pair<QList<Delivery>, Error>;
    auto read = [filter, cursor](DeliveryRepository &repo) {
        Error error;
        QList<Delivery> page = repo.page(filter, cursor, PageSize, false, &error);
        return Result{page, error};
    };
    QPointer<BulkRedelivery> self(this);
    auto arrived = [self](const Result &result) {
        if (!self)
            return;
        self->m_fetching = false;
        const auto &[page, error] = result;
        if (error) {
            if (!self->m_firstError)
                self->m_firstError = error;
            self->m_exhausted = true;
        } else if (!self->m_cancelled) {
            for (const Delivery &d : page)
                self->m_queue << d.id;
            if (!page.isEmpty())
                self->m_cursor = page.last().id;
            if (page.size() < PageSize)
                self->m_exhausted = true;
        }
        self->pump();
    };
    if (m_reader)
        m_reader->run<Result>([read](DeliveryRepository &repo, Database &) { return read(repo); },
                              arrived);
    else
        arrived(read(m_service.deliveries()));
}

void BulkRedelivery::pump()
{
    while (!m_cancelled && m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
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
    if (!m_cancelled && m_queue.isEmpty() && !m_exhausted) {
        fetch(); // pumps again when the page arrives
        return;
    }
    if (m_inFlight == 0 && !m_fetching && (m_cancelled || m_queue.isEmpty()))
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
