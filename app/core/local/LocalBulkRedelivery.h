#pragma once

#include "BulkRedelivery.h"
#include "delivery/Dispatcher.h"
#include "local/WebhookRepository.h"

#include <QList>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <optional>

namespace wc {

class LocalBackend;

/// The local backend's bulk redelivery: the same events, the same requests and the same
/// records as BulkRedelivery's one redeliver() at a time, in far fewer steps.
///   - The webhook's secrets are read from the keychain once, when the run starts, and kept in
///     this object (memory only) until it ends.
///   - On the storage thread, one job per batch reads the next originals (older than the last
///     read: redeliveries made by this run are newer and never picked up), signs a redelivery
///     of each and writes them all as pending in one transaction. Only once that transaction has
///     committed does any of their requests leave.
///   - Outcomes are recorded in batches too (BatchSize, or what came within RecordDelay);
///     while one batch is being written the next gathers; redelivered() and progress() follow
///     each batch's commit.
///   - A batch whose requests never left (cancelled, or stopped by an error) is deleted again.
/// Requests in flight never exceed the limit given; the next batch is prepared a whole batch
/// ahead, so the network never waits for the database.
class LocalBulkRedelivery final : public BulkRedelivery
{
    Q_OBJECT
public:
    /// Originals read, signed and written as pending per storage job.
    static constexpr int BatchSize = 64;
    /// The first batch's size: small, so that the first requests leave at once.
    static constexpr int FirstBatchSize = 8;
    /// The longest an outcome waits to be recorded with others (BatchSize of them are recorded
    /// at once).
    static constexpr std::chrono::milliseconds RecordDelay{20};

    LocalBulkRedelivery(LocalBackend &backend, DeliveryFilter filter, int maxInFlight,
                        QObject *parent = nullptr);
    ~LocalBulkRedelivery() override;

    void start() override;
    void cancel() override;

private:
    struct Prepared
    {
        Delivery delivery;
        Dispatcher::Headers headers;
    };
    struct Found
    {
        Error error;
        std::optional<StoredWebhook> webhook;
        qint64 total = 0;
    };
    struct Batch
    {
        Error error;
        QList<Prepared> items;
        qint64 cursor = 0;
        bool last = false;
    };

    /// Reads the webhook's secrets, then starts sending.
    void begin(const StoredWebhook &webhook);
    /// Queues the storage job that prepares the next batch, unless one is under way.
    void prepare();
    void prepared(const Batch &batch);
    /// Sends what is prepared, up to the limit in flight; prepares more when it runs low.
    void pump();
    void sent(const Delivery &result);
    /// Records the outcomes gathered so far, unless a batch of them is being recorded.
    void record();
    /// Deletes what was prepared and will not be sent.
    void discard();
    /// Stops sending: the rest would fail as this did.
    void stop(const Error &error);
    void finishWhenIdle();

    LocalBackend &m_local;
    qint64 m_webhookId = 0;
    QString m_scheme;
    QStringList m_secrets; ///< for this run only
    QList<Prepared> m_ready;
    QList<Delivery> m_outcomes; ///< sent, not yet recorded
    QTimer m_recordTimer;       ///< records m_outcomes at the latest RecordDelay after the first
    qint64 m_cursor = 0;        ///< the oldest original read so far (0: none yet)
    bool m_began = false;
    bool m_exhausted = false;
    bool m_preparing = false;
    bool m_recording = false;
    bool m_discarding = false;
};

} // namespace wc
