#pragma once

#include "WebhookBackend.h"
#include "local/StorageThread.h"
#include "local/WebhookRepository.h"
#include "secrets/SecretStore.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

namespace wc {

class Dispatcher;
struct ChangeBatch;

/// Webhooks kept in the console's own database (SQLite by default, PostgreSQL for a team),
/// their secrets in the OS keychain, deliveries sent by the console itself.
///
/// Threads: this object, the keychain and the network live on the caller's thread; every
/// read and write of the database runs on a storage thread with a connection of its own, and
/// history pages, counts, statistics and clean-ups on a second, low-priority one, so a long
/// search never holds up recording a delivery. Create, edit and delete are all-or-nothing
/// across database and keychain.
class LocalBackend final : public WebhookBackend
{
    Q_OBJECT
public:
    /// `secrets` replaces the OS keychain in unit tests of this class; null means the keychain.
    explicit LocalBackend(const QString &location, std::unique_ptr<SecretStore> secrets = {},
                          QObject *parent = nullptr);
    ~LocalBackend() override;

    /// How long a storage thread waits for another process's lock before it gives up.
    static constexpr std::chrono::milliseconds BusyTimeout{10000};
    /// How often an SQLite database is looked at for other processes' changes (a PRAGMA
    /// that reads a counter in shared memory), and a PostgreSQL one in case a notification
    /// was lost.
    /// SQLite: another process's commit is seen through a file watcher on the database and its
    /// WAL (inotify: nothing to do while nothing changes); this poll is the safety net.
    static constexpr std::chrono::milliseconds SQLitePollInterval{2000};
    static constexpr std::chrono::milliseconds PostgresPollInterval{5000};
    /// How often a lost PostgreSQL server is tried again.
    static constexpr std::chrono::milliseconds ReconnectInterval{1000};
    /// How long the change journal keeps what it notes.
    static constexpr std::chrono::hours ChangeRetention{1};

    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] QString displayLocation() const override;
    [[nodiscard]] QFuture<Error> open() override;
    [[nodiscard]] bool locationHoldsPassword() const override;
    [[nodiscard]] QFuture<Error> keepPasswordInKeychain() override;
    /// Keeps the password of the PostgreSQL database at `location` in this computer's keychain:
    /// opening a URL without a password then uses it.
    [[nodiscard]] static QFuture<Error> keepPassword(const QString &location,
                                                     const QString &password);
    /// The keychain key of a database's password.
    [[nodiscard]] static QString passwordKey(const QString &location);

    [[nodiscard]] QFuture<Result<QStringList>> organizations() override;
    [[nodiscard]] QFuture<Error> addOrganization(const QString &organization) override;
    [[nodiscard]] QFuture<Result<QList<Scope>>> scopes(const QString &organization) override;
    [[nodiscard]] QFuture<Error> addScope(const Scope &scope) override;
    [[nodiscard]] QFuture<Error> renameScope(const Scope &from, const Scope &to) override;
    [[nodiscard]] QFuture<Result<int>> removeScope(const Scope &scope) override;

    [[nodiscard]] QFuture<Result<QList<WebhookSummary>>>
    webhooks(const Scope &scope, Depth depth = Depth::ScopeOnly) override;
    [[nodiscard]] QFuture<Result<Webhook>> webhook(const WebhookRef &ref) override;
    [[nodiscard]] QFuture<Result<Webhook>> create(const WebhookDraft &given) override;
    [[nodiscard]] QFuture<Result<Webhook>> update(const WebhookRef &ref,
                                                  const WebhookDraft &draft) override;
    [[nodiscard]] QFuture<Error> remove(const WebhookRef &ref) override;
    [[nodiscard]] QFuture<Error> provideSecret(const WebhookRef &ref,
                                               const QString &secret) override;
    [[nodiscard]] QFuture<Result<Webhook>> rotateSecret(const WebhookRef &ref,
                                                        const QString &secret,
                                                        std::chrono::seconds overlap) override;
    [[nodiscard]] QFuture<Result<SigningKeys>> signingKeys(const WebhookRef &ref) override;

    [[nodiscard]] QFuture<Result<Delivery>> ping(const WebhookRef &ref) override;
    [[nodiscard]] QFuture<Result<Delivery>> sendSample(const WebhookRef &ref,
                                                       const QString &event) override;
    [[nodiscard]] QFuture<Result<Delivery>> redeliver(const QString &deliveryId) override;
    [[nodiscard]] QFuture<Result<Delivery>> delivery(const QString &deliveryId) override;
    /// Records and signs in batches (LocalBulkRedelivery).
    [[nodiscard]] BulkRedelivery *redeliverFailed(const DeliveryFilter &filter, int maxInFlight,
                                                  QObject *parent) override;
    [[nodiscard]] QFuture<Result<Delivery>> sendEdited(const EditedDelivery &edit) override;
    [[nodiscard]] QFuture<Result<qint64>> importDeliveries(const WebhookRef &ref,
                                                           QList<Delivery> deliveries) override;
    [[nodiscard]] QFuture<Result<ReceivedRequest>> keepReceived(const ReceivedRequest &request,
                                                                const WebhookRef &ref) override;
    [[nodiscard]] QFuture<Result<QList<ReceivedRequest>>> receivedRequests(const QString &search,
                                                                           int limit) override;
    [[nodiscard]] QFuture<Result<qint64>> clearReceived() override;
    [[nodiscard]] QFuture<Result<HistoryPage>> history(const DeliveryFilter &filter,
                                                       const PageRequest &request) override;
    [[nodiscard]] QFuture<Result<qint64>> countDeliveries(const DeliveryFilter &filter) override;
    [[nodiscard]] QFuture<Result<QList<DayStats>>> dailyStats(const WebhookRef &ref,
                                                              const QDateTime &since) override;
    [[nodiscard]] QFuture<Result<qint64>> clearHistory(const WebhookRef &ref) override;
    [[nodiscard]] QFuture<Result<qint64>> applyRetention(const RetentionPolicy &policy) override;

    void setDeliveryTimeout(std::chrono::milliseconds timeout) override;
    void setFollowing(Following following) override { m_following = following; }

    // Pulumi Cloud's organizations, and the archive of what was read from Pulumi (the storage
    // of CloudBackend). A cloud organization's webhooks here are mirrors without secrets that
    // hold its archived deliveries; they are never sent from here.
    [[nodiscard]] QFuture<Result<QList<CloudConnection>>> readCloudConnections();
    /// The start of a mirror's internal id.
    static constexpr auto MirrorPrefix = "cloud:";
    /// Records `connection`; Conflict when the organization holds webhooks of the console's own.
    [[nodiscard]] QFuture<Error> recordCloudConnection(const CloudConnection &connection);
    /// Deletes an organization with its mirrors and archive.
    [[nodiscard]] QFuture<Error> forgetOrganization(const QString &organization);
    /// Makes the mirrors of these Pulumi Cloud webhooks current (fields; never a secret) and
    /// gives each one's newest archived delivery, by reference.
    [[nodiscard]] QFuture<Result<QHash<WebhookRef, Delivery>>>
    mirror(const QList<Webhook> &webhooks);
    struct Archived
    {
        QList<Delivery> attempts; ///< as given, each with its id in the archive
        int added = 0;            ///< how many were not archived before
    };
    /// Archives the attempts (newest first, as Pulumi lists them) not yet archived. Pulumi
    /// lists each delivery id once, with its latest attempt (a redelivery keeps the id): one
    /// like the newest archived attempt of its id is that one, any other a new attempt, linked
    /// to the id's first as a redelivery. `made`: the attempts were just made (a ping, a
    /// redelivery), and are new whatever they look like. The webhook's mirror is made when
    /// missing.
    [[nodiscard]] QFuture<Result<Archived>>
    archive(const Webhook &webhook, const QList<Delivery> &attempts, bool made = false);
    /// The secret of one of the console's own webhooks, from the keychain (empty when it has
    /// none): what Publish to Pulumi Cloud sends along, with the user's consent.
    [[nodiscard]] QFuture<Result<QString>> secretOf(const WebhookRef &ref);
    /// Deletes a webhook's mirror and archive.
    [[nodiscard]] QFuture<Error> removeMirror(const WebhookRef &ref);

    /// This backend's id in the change journal: its own changes are not read back.
    [[nodiscard]] QString origin() const { return m_origin; }

    /// The time rotations are measured by (tests move it); UTC.
    void setClock(std::function<QDateTime()> clock);
    /// Ends every rotation whose overlap is over: the previous secret leaves the keychain.
    /// Runs when the backend opens and when an overlap ends while it is open.
    QFuture<Error> expireRotations();
    /// The keychain key of a webhook's previous secret during a rotation.
    [[nodiscard]] static QString previousSecretKey(const QString &uid);

    /// Retention deletes in batches of `batchSize` rows, each its own short transaction, on a
    /// connection of its own. `hook`, when set, runs on that connection's thread between two
    /// batches with the rows removed so far: for tests that look at a prune under way. Set
    /// while no retention runs; the defaults come back with setRetentionBatching(0).
    static void setRetentionBatching(int batchSize, std::function<void(qint64 removed)> hook = {});

    /// The parts, for tests of this backend.
    [[nodiscard]] Dispatcher &dispatcher() { return *m_dispatcher; }
    [[nodiscard]] SecretStore &secrets() { return *m_secrets; }

private:
    friend class LocalBulkRedelivery;
    using Store = StorageThread::Store;
    using DeliveryReply = Promise<Result<Delivery>>;
    using WebhookReply = Promise<Result<Webhook>>;

    /// Runs `work(store, &error)` on `thread`; the result carries its value and error.
    template <typename Work>
    static auto query(StorageThread &thread, Work work)
        -> QFuture<Result<std::invoke_result_t<Work &, Store &, Error *>>>;
    /// The history thread, started (and connected) on first use.
    StorageThread &historyThread();
    /// The retention thread (applyRetention), started (and connected) on first use: a prune
    /// never queues ahead of a history page.
    StorageThread &retentionThread();

    void insertWebhook(const StoredWebhook &webhook, const WebhookReply &reply);
    void saveEdit(const StoredWebhook &before, const StoredWebhook &after,
                  const WebhookDraft &draft, const WebhookReply &reply);
    void writeSecretAndSave(const StoredWebhook &before, const StoredWebhook &after,
                            const QString &secret, bool hadOld, const QString &oldSecret,
                            const WebhookReply &reply);
    void deleteRow(const StoredWebhook &webhook, bool hadSecret, const QString &oldSecret,
                   const Promise<Error> &reply);
    /// Notes a keychain step before it is taken (see JournalEntry), and forgets the note.
    [[nodiscard]] QFuture<Error> journal(const QString &uid, const QString &action,
                                         qint64 webhookId);
    QFuture<Error> unjournal(const QString &uid);
    /// Removes the webhooks one after the other, then the scope; counts what went.
    void removeScopeWebhooks(const Scope &scope, QList<WebhookRef> refs, int removed,
                             const Promise<Result<int>> &reply);
    /// Sends `payload` to the webhook `ref` names (a ping or a sample event).
    QFuture<Result<Delivery>> sendPayload(const WebhookRef &ref, const QString &event);
    /// Completes or undoes, one after the other, the keychain steps a crash cut short.
    void recoverJournal(QList<JournalEntry> entries, const Promise<Error> &done);
    /// The secrets a delivery of `webhook` is signed with: the current one, then the previous
    /// one while a rotation overlaps (when this keychain holds it).
    QFuture<Result<QStringList>> signingSecretsFor(const StoredWebhook &webhook);
    /// Arms m_rotationTimer for the earliest overlap still running.
    void scheduleRotationExpiry();
    /// A delivery in full and its webhook (either empty when gone), read on the storage thread.
    struct DeliveryWithWebhook
    {
        std::optional<Delivery> original;
        std::optional<StoredWebhook> webhook;
    };
    QFuture<Result<DeliveryWithWebhook>> deliveryWithWebhook(qint64 rowId);
    /// Records `delivery` as pending, sends it with exactly `headers`, records the outcome.
    void sendWithHeaders(qint64 webhookId, Delivery delivery, const HttpHeaders &headers,
                         const DeliveryReply &reply);
    /// Why `webhook`, a mirror of Pulumi Cloud's, is not sent from here (nothing for the
    /// console's own).
    [[nodiscard]] static Error sentByPulumi(const StoredWebhook &webhook);
    /// Why `secrets` cannot sign with `signer` (a secret kept from before a change of scheme);
    /// nothing when they can, or when there are none.
    [[nodiscard]] static Error unsuitableSecrets(const SignatureScheme &signer,
                                                 const QStringList &secrets,
                                                 const Delivery &delivery);
    [[nodiscard]] static Error missingWebhook(const WebhookRef &ref);
    /// Signs `delivery` once, records it as pending, sends it and records the outcome.
    void send(const StoredWebhook &webhook, Delivery delivery, const DeliveryReply &reply);
    /// The webhook's secret from the keychain, checked against its fingerprint (see
    /// Error::needsSecret).
    [[nodiscard]] QFuture<Result<QString>> secretFor(const StoredWebhook &webhook);
    /// Whether `secret` is the one the webhook's fingerprint was made of: by the keychain's
    /// mark of an earlier check (`markRead`), else by the check itself, then marked.
    [[nodiscard]] QFuture<bool> checkSecret(const StoredWebhook &webhook, const QString &secret,
                                            const QFuture<SecretStore::ReadResult> &markRead);
    [[nodiscard]] bool isVerified(const StoredWebhook &webhook, const QString &secret) const;
    /// Notes in this process that `secret` matches the webhook's fingerprint.
    void rememberVerified(const StoredWebhook &webhook, const QString &secret);
    /// Notes it in this process and, for later ones, in the keychain (verifiedMarkKey()).
    /// Finishes (true) once the mark is written, or could not be (then the next process checks
    /// again).
    [[nodiscard]] QFuture<bool> markVerified(const StoredWebhook &webhook, const QString &secret);
    /// The keychain entry beside a webhook's secret that says the secret was checked against
    /// its fingerprint: each later process reads it instead of deriving the fingerprint again (a
    /// tenth of a second of key derivation for every webhookctl command that signs). It holds
    /// verifiedMark(), which only that secret and fingerprint give.
    [[nodiscard]] static QString verifiedMarkKey(const QString &uid);
    [[nodiscard]] static QString verifiedMark(const QString &fingerprint, const QString &secret);
    /// Removes a webhook's secret from the keychain, and the mark of its check before it.
    [[nodiscard]] QFuture<Error> removeSecret(const QString &uid);
    [[nodiscard]] QFuture<Error> openStorage();
    /// Follows what other consoles and webhookctl change in the database (see Change).
    void startWatching();
    /// Every poll interval: PostgreSQL's connections checked (and made again), then
    /// pollChanges().
    void tick();
    [[nodiscard]] bool isPostgres() const;
    void pollChanges();
    void applyChanges(const ChangeBatch &batch);
    /// `after` with the webhook's fingerprint computed (off this thread) when a secret is set.
    [[nodiscard]] QFuture<StoredWebhook> withFingerprint(StoredWebhook after,
                                                         const QString &secret);

    QString m_location;
    QString m_connectLocation; ///< m_location, with the keychain's password when it has one
    std::unique_ptr<SecretStore> m_secrets;
    Dispatcher *m_dispatcher = nullptr;
    StorageThread *m_store = nullptr;
    StorageThread *m_history = nullptr;
    StorageThread *m_retention = nullptr;
    /// Set when the backend goes: a prune under way stops after its current batch.
    std::shared_ptr<std::atomic_bool> m_closing = std::make_shared<std::atomic_bool>(false);
    QString m_origin;
    QTimer m_changeTimer;
    QTimer m_rotationTimer; ///< fires when the next rotation's overlap ends
    std::function<QDateTime()> m_clock;
    QFileSystemWatcher *m_files = nullptr; ///< SQLite: the database and its WAL
    QTimer m_settle;                       ///< SQLite: a second look after a file event
    qint64 m_lastChange = 0;
    qint64 m_dataVersion = -1;
    QSet<qint64> m_seenChanges;
    /// Secrets known to match a fingerprint, by webhook uid: (fingerprint, SHA-256 of the
    /// secret). Checking a fingerprint takes a tenth of a second; deliveries must not.
    QHash<QString, std::pair<QString, QByteArray>> m_verifiedSecrets;
    Following m_following = Following::Promptly;
    bool m_polling = false;
    bool m_pollAgain = false;
    bool m_checking = false;
    bool m_connectionLost = false;
    int m_pollsSincePrune = 0;
};

} // namespace wc
