#include "BulkRedelivery.h"

#include "Async.h"
#include "WebhookBackend.h"

namespace wc {

namespace {
constexpr int PageSize = 200;
}

BulkRedelivery::BulkRedelivery(WebhookBackend &backend, DeliveryFilter filter, int maxInFlight,
                               QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_filter(std::move(filter))
    , m_maxInFlight(qMax(1, maxInFlight))
{
    m_filter.outcome = DeliveryFilter::Outcome::Undelivered;
}

void BulkRedelivery::start()
{
    whenReady(m_backend.countDeliveries(m_filter), this, [this](const Result<qint64> &counted) {
        if (counted.error) {
            finish(counted.error);
            return;
        }
        m_total = counted.value;
        Q_EMIT progress(0, m_total);
        pump();
    });
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
    // Newest first, strictly older than what was read before: redeliveries made by this run
    // are newer and never picked up.
    PageRequest request;
    request.anchor = m_cursor.isEmpty() ? PageAnchor::Newest : PageAnchor::Older;
    request.cursor = m_cursor;
    request.limit = PageSize;
    whenReady(m_backend.history(m_filter, request), this, [this](const Result<HistoryPage> &page) {
        m_fetching = false;
        if (page.error) {
            if (!m_firstError)
                m_firstError = page.error;
            m_exhausted = true;
        } else if (!m_cancelled) {
            for (const Delivery &d : page.value.rows)
                m_queue << d.id;
            if (!page.value.rows.isEmpty())
                m_cursor = page.value.rows.last().id;
            if (!page.value.hasOlder)
                m_exhausted = true;
        }
        pump();
    });
}

void BulkRedelivery::pump()
{
    while (!m_cancelled && m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        ++m_inFlight;
        m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
        whenReady(m_backend.redeliver(id), this, [this](const Result<Delivery> &result) {
            --m_inFlight;
            if (!ended(result)) {
                m_queue.clear();
                m_exhausted = true;
            }
            pump();
        });
    }
    if (!m_cancelled && m_queue.isEmpty() && !m_exhausted) {
        fetch(); // pumps again when the page arrives
        return;
    }
    if (m_inFlight == 0 && !m_fetching && (m_cancelled || m_queue.isEmpty()))
        finish(m_firstError);
}

bool BulkRedelivery::ended(const Result<Delivery> &result)
{
    ++m_done;
    if (result.error) {
        // Not a receiver's answer but a reason nothing can be sent or recorded (keychain,
        // storage).
        if (!m_firstError)
            m_firstError = result.error;
    } else {
        if (result.value.succeeded())
            ++m_succeeded;
        Q_EMIT redelivered(result.value);
    }
    Q_EMIT progress(m_done, m_total);
    return !result.error;
}

void BulkRedelivery::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    // From the event loop, never inside the call that ended the run (cancel() with nothing
    // left to wait for): whoever called it finishes what it was doing first.
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT finished(error); }, Qt::QueuedConnection);
}

} // namespace wc
