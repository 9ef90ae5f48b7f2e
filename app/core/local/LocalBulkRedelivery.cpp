#include "local/LocalBulkRedelivery.h"

#include "Async.h"
#include "local/LocalBackend.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBulk, "webhookconsole.local.bulk")

namespace wc {

LocalBulkRedelivery::LocalBulkRedelivery(LocalBackend &backend, DeliveryFilter filter,
                                         int maxInFlight, QObject *parent)
    : BulkRedelivery(backend, std::move(filter), maxInFlight, parent)
    , m_local(backend)
{
    m_recordTimer.setSingleShot(true);
    m_recordTimer.setInterval(RecordDelay);
    connect(&m_recordTimer, &QTimer::timeout, this, &LocalBulkRedelivery::record);
}

LocalBulkRedelivery::~LocalBulkRedelivery() = default;

void LocalBulkRedelivery::start()
{
    // The webhook and how many events go, in one job on the storage thread (whose connection
    // is open already: the history thread's would be opened for it).
    using Store = StorageThread::Store;
    auto found = m_local.m_store->run([filter = m_filter](Store &s) {
        Found f;
        if ((f.error = s.usable()))
            return f;
        f.webhook = s.webhooks.byRef(filter.webhook, &f.error);
        if (!f.error && !f.webhook)
            f.error = LocalBackend::missingWebhook(filter.webhook);
        if (!f.error)
            f.total = s.deliveries.count(f.webhook->id, filter, &f.error);
        return f;
    });
    whenReady(found, this, [this](const Found &found) {
        if (found.error) {
            finish(found.error);
            return;
        }
        m_total = found.total;
        qCDebug(lcBulk) << "events to redeliver:" << m_total;
        Q_EMIT progress(0, m_total);
        if (m_total == 0 || m_cancelled) {
            finish({}); // nothing to send: the keychain is not even asked
            return;
        }
        begin(*found.webhook);
    });
}

void LocalBulkRedelivery::cancel()
{
    qCDebug(lcBulk) << "cancelled:" << m_inFlight << "in flight";
    m_cancelled = true;
    finishWhenIdle();
}

void LocalBulkRedelivery::begin(const StoredWebhook &webhook)
{
    if (Error e = LocalBackend::sentByPulumi(webhook)) {
        finish(e);
        return;
    }
    qCDebug(lcBulk) << "reading the secrets of" << webhook.ref().toString();
    // Once for the whole run, not once per delivery.
    whenReady(m_local.signingSecretsFor(webhook), this,
              [this, webhook](const Result<QStringList> &secrets) {
                  Error e = secrets.error;
                  if (!e) {
                      Delivery sample;
                      sample.payload = "{}";
                      e = LocalBackend::unsuitableSecrets(SignatureScheme::get(webhook.signature),
                                                          secrets.value, sample);
                  }
                  if (e) {
                      finish(e);
                      return;
                  }
                  qCDebug(lcBulk) << "secrets read:" << secrets.value.size();
                  m_webhookId = webhook.id;
                  m_scheme = webhook.signature;
                  m_secrets = secrets.value;
                  m_began = true;
                  if (m_cancelled)
                      finishWhenIdle();
                  else
                      prepare();
              });
}

void LocalBulkRedelivery::prepare()
{
    if (m_preparing || m_exhausted || m_cancelled || m_firstError)
        return;
    m_preparing = true;
    using Store = StorageThread::Store;
    // The first batch is small, so that requests leave at once; the rest go BatchSize at a time.
    const int size = m_cursor ? BatchSize : FirstBatchSize;
    auto job = [filter = m_filter, webhookId = m_webhookId, cursor = m_cursor, scheme = m_scheme,
                secrets = m_secrets, size](Store &s) {
        Batch b;
        if ((b.error = s.usable()))
            return b;
        // The webhook as it is now: an address changed since the run began is used from here.
        const std::optional<StoredWebhook> webhook = s.webhooks.byId(webhookId, &b.error);
        if (!b.error && !webhook)
            b.error = LocalBackend::missingWebhook(filter.webhook);
        if (b.error)
            return b;
        // Newest first, strictly older than what was read before.
        const QList<Delivery> originals =
            s.deliveries.originals(webhookId, filter, cursor, size, &b.error);
        if (b.error)
            return b;
        b.last = originals.size() < size;
        if (!originals.isEmpty())
            b.cursor = DeliveryRepository::rowIdOf(originals.constLast().id);
        const SignatureScheme &signer = SignatureScheme::get(scheme);
        const WebhookRef ref = webhook->ref();
        QList<Delivery> attempts;
        attempts.reserve(originals.size());
        b.items.reserve(originals.size());
        for (const Delivery &original : originals) {
            Delivery d;
            // Same Pulumi-Webhook-ID as the original, so receivers can de-duplicate.
            d.uid = original.uid;
            d.kind = original.kind;
            d.payload = original.payload;
            d.webhook = ref;
            d.requestUrl = webhook->payloadUrl;
            d.redeliveryOf = original.redeliveryOf.isEmpty() ? original.id : original.redeliveryOf;
            // Signed once: the headers recorded are the very headers sent.
            d.timestamp = QDateTime::currentDateTimeUtc();
            Dispatcher::Headers headers = Dispatcher::headersFor(d, signer, secrets);
            d.requestHeaders = Dispatcher::formatHeaders(headers);
            attempts << d;
            b.items << Prepared{{}, std::move(headers)};
        }
        // Written as pending, and committed, before any of them leaves.
        if ((b.error = s.deliveries.insertPending(attempts, webhookId)))
            return b;
        for (qsizetype i = 0; i < attempts.size(); ++i)
            b.items[i].delivery = std::move(attempts[i]);
        return b;
    };
    whenReady(m_local.m_store->run(std::move(job)), this,
              [this](const Batch &batch) { prepared(batch); });
}

void LocalBulkRedelivery::prepared(const Batch &batch)
{
    m_preparing = false;
    if (batch.error) {
        stop(batch.error);
        return;
    }
    m_ready += batch.items;
    if (batch.cursor)
        m_cursor = batch.cursor;
    if (batch.last)
        m_exhausted = true;
    qCDebug(lcBulk) << "prepared" << batch.items.size() << "redeliveries";
    pump();
}

void LocalBulkRedelivery::pump()
{
    while (!m_cancelled && !m_firstError && m_inFlight < m_maxInFlight && !m_ready.isEmpty()) {
        Prepared next = m_ready.takeFirst();
        ++m_inFlight;
        m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
        Q_EMIT m_local.deliveryRecorded(next.delivery);
        m_local.m_dispatcher->send(std::move(next.delivery), next.headers, this,
                                   [this](const Delivery &result) { sent(result); });
    }
    // The next batch is written while this one goes, a whole batch ahead: the network never
    // waits for it, even while the storage thread records outcomes or checkpoints its log.
    if (m_ready.size() < BatchSize)
        prepare();
    finishWhenIdle();
}

void LocalBulkRedelivery::sent(const Delivery &result)
{
    --m_inFlight;
    m_outcomes << result;
    // A transaction per few outcomes would cost more than the requests: gather a batch, or
    // what came within RecordDelay, or the last of them (finishWhenIdle).
    if (m_outcomes.size() >= BatchSize)
        record();
    else if (!m_recordTimer.isActive())
        m_recordTimer.start();
    pump();
}

void LocalBulkRedelivery::record()
{
    if (m_recording || m_outcomes.isEmpty())
        return;
    m_recordTimer.stop();
    m_recording = true;
    const QList<Delivery> outcomes = std::exchange(m_outcomes, {});
    auto recorded = m_local.m_store->run([outcomes](StorageThread::Store &s) {
        if (Error e = s.usable())
            return e;
        return s.deliveries.complete(outcomes);
    });
    whenReady(recorded, this, [this, outcomes](const Error &e) {
        m_recording = false;
        for (const Delivery &d : outcomes) {
            Q_EMIT m_local.deliveryCompleted(d);
            if (!ended(Result<Delivery>{e, d}))
                stop(e);
        }
        // What came in meanwhile joins the next batch.
        if (m_outcomes.size() >= BatchSize)
            record();
        else if (!m_outcomes.isEmpty() && !m_recordTimer.isActive())
            m_recordTimer.start();
        pump();
    });
}

void LocalBulkRedelivery::stop(const Error &error)
{
    if (!m_firstError)
        m_firstError = error;
    finishWhenIdle();
}

void LocalBulkRedelivery::discard()
{
    if (m_discarding || m_ready.isEmpty())
        return;
    m_discarding = true;
    QList<Delivery> unsent;
    for (const Prepared &p : std::as_const(m_ready))
        unsent << p.delivery;
    m_ready.clear();
    auto discarded =
        m_local.m_store->run([unsent, webhookId = m_webhookId](StorageThread::Store &s) {
            if (Error e = s.usable())
                return e;
            return s.deliveries.discardPending(unsent, webhookId);
        });
    whenReady(discarded, this, [this](const Error &e) {
        m_discarding = false;
        if (e) // left pending, they are marked interrupted when the database is next opened
            qCWarning(lcBulk) << "cannot delete redeliveries that were not sent:" << e.message;
        finishWhenIdle();
    });
}

void LocalBulkRedelivery::finishWhenIdle()
{
    if (m_finished)
        return;
    const bool stopping = m_cancelled || m_firstError;
    if (stopping)
        discard();
    if (m_inFlight == 0 && (stopping || (m_exhausted && m_ready.isEmpty())))
        record(); // the last outcomes: nothing more is coming to join them
    if (m_inFlight > 0 || m_preparing || m_recording || m_discarding || !m_outcomes.isEmpty())
        return;
    if (!stopping && !(m_began && m_exhausted && m_ready.isEmpty()))
        return;
    m_secrets.clear(); // held for the run only
    qCDebug(lcBulk) << "finished:" << m_done << "of" << m_total << m_firstError.message;
    finish(m_firstError);
}

} // namespace wc
