#pragma once

#include "Async.h"
#include "Cloud.h"
#include "Delivery.h"
#include "Error.h"
#include "History.h"
#include "Receiver.h"
#include "Scope.h"
#include "Signature.h"
#include "Webhook.h"

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <chrono>
#include <memory>

namespace wc {

class BulkRedelivery;

/// The one way the window and webhookctl reach webhooks, wherever they live: the console's own
/// database (the local backend) today; Pulumi Cloud and shared databases behind the same calls.
///
/// Every operation returns at once with a QFuture; take its result with `whenReady(future,
/// context, …)`, which calls back on the context's thread and never after the context is gone.
/// Errors come back in the result, in words for the user, never as exceptions. Webhooks are
/// addressed by WebhookRef (scope and name), deliveries by their opaque id.
///
/// A backend lives on the thread that created it and emits its change signals there, for
/// changes made through it; item models update the rows concerned from them.
class WebhookBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~WebhookBackend() override;

    /// The backend for `location` (see resolveLocation): an SQLite file, or a
    /// `postgresql://user:password@host:port/dbname` URL. Call open() before anything else.
    [[nodiscard]] static std::unique_ptr<WebhookBackend> create(const QString &location);

    /// How soon what another console or webhookctl changes is seen: at once (a window; on
    /// SQLite a file watcher on the database), or at the next poll, every few seconds (a
    /// command: it is gone before the next poll, and a file watcher costs up to 15 ms to take
    /// down on Linux). Set before open().
    enum class Following { Promptly, Polled };
    virtual void setFollowing(Following following) { Q_UNUSED(following) }
    /// The embedded default: webhooks.sqlite under QStandardPaths::AppDataLocation.
    [[nodiscard]] static QString defaultLocation();
    /// `explicitLocation` if given, else $WEBHOOK_CONSOLE_DATABASE, else the default.
    [[nodiscard]] static QString resolveLocation(const QString &explicitLocation);

    /// Keeps the password of the PostgreSQL server at `location` in this computer's keychain
    /// (never in a file): opening its URL without a password then uses it. PGPASSWORD and
    /// ~/.pgpass work too, as for every libpq program.
    [[nodiscard]] static QFuture<Error> keepDatabasePassword(const QString &location,
                                                             const QString &password);

    /// The database's password is written in its location (a postgresql:// URL with one): the
    /// window offers to keep it in the keychain instead (keepPasswordInKeychain()).
    [[nodiscard]] virtual bool locationHoldsPassword() const { return false; }
    /// Keeps the password of the location in this computer's keychain, so that the location can
    /// be given without it from now on.
    [[nodiscard]] virtual QFuture<Error> keepPasswordInKeychain();

    /// Where the webhooks live, for people (a URL without its password).
    [[nodiscard]] virtual QString displayLocation() const = 0;

    /// Connects and prepares the store (creating and migrating a database), and marks attempts
    /// a previous run left pending as interrupted.
    [[nodiscard]] virtual QFuture<Error> open() = 0;

    // Organizations and scopes.
    [[nodiscard]] virtual QFuture<Result<QStringList>> organizations() = 0;
    /// Adds an organization; adding one that exists is a success.
    [[nodiscard]] virtual QFuture<Error> addOrganization(const QString &organization) = 0;
    /// The stacks and environments of an organization that the backend knows: stacks first,
    /// each kind by project, then name.
    [[nodiscard]] virtual QFuture<Result<QList<Scope>>> scopes(const QString &organization) = 0;
    /// Adds a stack or an environment (and its organization); adding one that exists is a
    /// success. Invalid names are refused on the field "scope".
    [[nodiscard]] virtual QFuture<Error> addScope(const Scope &scope) = 0;
    /// Renames a stack or an environment within its organization (project and name); its
    /// webhooks, their secrets and history go with it. Conflict when the new one exists.
    [[nodiscard]] virtual QFuture<Error> renameScope(const Scope &from, const Scope &to) = 0;
    /// Removes a stack or an environment with its webhooks, their secrets and their history;
    /// gives how many webhooks went. Stops at the first webhook that cannot go (its secret in a
    /// locked keychain, say), keeping the scope.
    [[nodiscard]] virtual QFuture<Result<int>> removeScope(const Scope &scope) = 0;

    // Webhooks.
    enum class Depth {
        ScopeOnly,  ///< the webhooks of exactly this scope
        WithStacks, ///< for an organization: also those of its stacks
    };
    /// Webhooks with their last delivery, ordered by scope, then display name.
    [[nodiscard]] virtual QFuture<Result<QList<WebhookSummary>>>
    webhooks(const Scope &scope, Depth depth = Depth::ScopeOnly) = 0;
    /// One webhook; NotFound when there is none.
    [[nodiscard]] virtual QFuture<Result<Webhook>> webhook(const WebhookRef &ref) = 0;
    /// Creates a webhook, its secret (if any) in the keychain: all or nothing. Invalid input
    /// names its field (`displayName`, `name`, `payloadUrl`, `secret`, `format`, `events`);
    /// a taken name is a Conflict on `name`.
    [[nodiscard]] virtual QFuture<Result<Webhook>> create(const WebhookDraft &draft) = 0;
    /// Saves `draft` over the webhook `ref` names (it never moves between scopes).
    [[nodiscard]] virtual QFuture<Result<Webhook>> update(const WebhookRef &ref,
                                                          const WebhookDraft &draft) = 0;
    /// Deletes the webhook, its secret and its delivery history: all or nothing.
    [[nodiscard]] virtual QFuture<Error> remove(const WebhookRef &ref) = 0;
    /// Keeps `secret` in this computer's keychain as the secret of `ref`, after checking that
    /// it is the webhook's current one (a teammate set it: a shared database keeps only its
    /// fingerprint). A wrong one is refused (Invalid on "secret") and nothing is kept.
    [[nodiscard]] virtual QFuture<Error> provideSecret(const WebhookRef &ref,
                                                       const QString &secret) = 0;

    /// Replaces the secret of `ref` with `secret` (of the webhook's scheme's shape). For
    /// `overlap` the previous secret stays in the keychain and keeps signing beside the new
    /// one where the scheme carries several signatures (Standard Webhooks, Stripe-style);
    /// then it leaves the keychain, at once or when the backend is next opened. A zero overlap
    /// replaces the secret outright. A rotation during another's overlap ends the first.
    [[nodiscard]] virtual QFuture<Result<Webhook>>
    rotateSecret(const WebhookRef &ref, const QString &secret, std::chrono::seconds overlap) = 0;
    /// The longest overlap a rotation takes.
    static constexpr std::chrono::hours MaxRotationOverlap{24 * 30};
    /// The scheme and secrets to check a request of `ref` with (a receiver's verdict): the
    /// current secret, then the previous one during a rotation. Read from the keychain; no
    /// secrets for a webhook without one.
    [[nodiscard]] virtual QFuture<Result<SigningKeys>> signingKeys(const WebhookRef &ref) = 0;

    // Deliveries. A result with an error and no delivery id means nothing was sent; with an
    // id, the delivery was sent and its outcome is in the value. A webhook whose secret this
    // computer's keychain lacks, or holds in an out-of-date version, is not sent: the error
    // says so and Error::needsSecret() is true; provideSecret() then lets it be sent.
    /// Sends Pulumi's ping to the webhook, in its format, recording the attempt.
    [[nodiscard]] virtual QFuture<Result<Delivery>> ping(const WebhookRef &ref) = 0;
    /// Sends a realistic sample of `event` (one of Pulumi's event names, e.g. "update_failed")
    /// in the webhook's format, signed and recorded like a ping. An event the scope does not
    /// have, or the webhook's groups and filters exclude, is refused (Invalid, field "event",
    /// saying which setting excludes it).
    [[nodiscard]] virtual QFuture<Result<Delivery>> sendSample(const WebhookRef &ref,
                                                               const QString &event) = 0;
    /// Resends a delivery's exact payload, signed with the webhook's current secret, as a new
    /// delivery linked to the original.
    [[nodiscard]] virtual QFuture<Result<Delivery>> redeliver(const QString &deliveryId) = 0;
    /// One delivery in full: request and response, headers and bodies.
    [[nodiscard]] virtual QFuture<Result<Delivery>> delivery(const QString &deliveryId) = 0;
    /// A page of a webhook's history that matches `filter`, newest first.
    [[nodiscard]] virtual QFuture<Result<HistoryPage>> history(const DeliveryFilter &filter,
                                                               const PageRequest &request) = 0;
    [[nodiscard]] virtual QFuture<Result<qint64>> countDeliveries(const DeliveryFilter &filter) = 0;
    /// Attempts, successes, failures and mean duration per UTC day since `since`.
    [[nodiscard]] virtual QFuture<Result<QList<DayStats>>> dailyStats(const WebhookRef &ref,
                                                                      const QDateTime &since) = 0;
    /// Redelivers every event that matches `filter` and that no attempt has delivered, each
    /// once from its original, at most `maxInFlight` at once. The job is started with
    /// BulkRedelivery::start() and owned by `parent`.
    [[nodiscard]] virtual BulkRedelivery *redeliverFailed(const DeliveryFilter &filter,
                                                          int maxInFlight, QObject *parent);
    /// Sends an edited copy of delivery `edit.fromDeliveryId` as a new delivery of its webhook
    /// (a new message id), to the webhook's URL or `edit.url`, with `edit.payload` and
    /// `edit.headers`; signature headers among them are made afresh as `edit.signing` says.
    /// Recorded like any delivery, linked to the original (Delivery::editedFrom); it never
    /// counts as a redelivery of the original's event.
    [[nodiscard]] virtual QFuture<Result<Delivery>> sendEdited(const EditedDelivery &edit);
    /// Adds deliveries read from a file (readHistory) to the history of `ref`, in one
    /// transaction; gives how many. Pulumi Cloud's webhooks refuse: their history is Pulumi's.
    [[nodiscard]] virtual QFuture<Result<qint64>> importDeliveries(const WebhookRef &ref,
                                                                   QList<Delivery> deliveries);

    // The built-in receiver's log: the requests it took, kept in the console's own database
    // whatever the organization (not shared with Pulumi Cloud).
    /// Keeps `request`, checked against webhook `ref` (none: empty); gives it with its id.
    [[nodiscard]] virtual QFuture<Result<ReceivedRequest>>
    keepReceived(const ReceivedRequest &request, const WebhookRef &ref);
    /// Up to `limit` received requests, newest first, that hold `search` (empty: all).
    [[nodiscard]] virtual QFuture<Result<QList<ReceivedRequest>>>
    receivedRequests(const QString &search, int limit);
    /// Deletes every received request; gives how many went.
    [[nodiscard]] virtual QFuture<Result<qint64>> clearReceived();

    /// Deletes a webhook's whole history; gives how many deliveries went.
    [[nodiscard]] virtual QFuture<Result<qint64>> clearHistory(const WebhookRef &ref) = 0;
    /// Applies the retention rule to every webhook; gives how many deliveries went.
    [[nodiscard]] virtual QFuture<Result<qint64>> applyRetention(const RetentionPolicy &policy) = 0;

    /// How long a receiver may take to answer a delivery this backend sends.
    virtual void setDeliveryTimeout(std::chrono::milliseconds timeout) = 0;

    // Pulumi Cloud. An organization is either the console's own (its webhooks in the
    // database, deliveries sent by the console) or one of Pulumi Cloud's, managed through
    // Pulumi's REST API with an access token kept in the keychain only. Every call above works
    // on both; Pulumi Cloud sends a cloud organization's pings and redeliveries and keeps its
    // secrets, and the deliveries read from it are archived in the database.
    /// The Pulumi Cloud organizations, known once open() has finished.
    [[nodiscard]] virtual QList<CloudConnection> cloudConnections() const { return {}; }
    /// The API URL of a Pulumi Cloud organization; empty for one of the console's own.
    [[nodiscard]] QString cloudApiUrl(const QString &organization) const;
    /// Connects `organization` of Pulumi Cloud at `apiUrl`: checks the token (GET /api/user)
    /// and that its user is a member, keeps the token in the keychain (per organization) and
    /// the organization in the database. An empty token uses the one kept for it, else one
    /// kept for another organization at `apiUrl`.
    [[nodiscard]] virtual QFuture<Result<CloudAccount>>
    connectCloud(const QString &organization, const QString &apiUrl, const QString &token);
    /// Forgets a Pulumi Cloud organization here: its archived deliveries and its token. Nothing
    /// changes in Pulumi Cloud.
    [[nodiscard]] virtual QFuture<Error> disconnectCloud(const QString &organization);
    /// When the history of a Pulumi Cloud webhook was last read from Pulumi; invalid for the
    /// console's own webhooks, or before the first read.
    [[nodiscard]] virtual QDateTime historyRefreshedAt(const WebhookRef &ref) const;
    /// Copies webhooks to `organization` (from the console's own to Pulumi Cloud or back),
    /// each to the same scope and name there. With `withSecrets`, secrets of the console's own
    /// webhooks go along (read from the keychain); Pulumi Cloud never gives its secrets out.
    /// One outcome per webhook, in order: created, already there, or failed and why.
    [[nodiscard]] virtual QFuture<Result<QList<CopyOutcome>>>
    copyWebhooks(const QList<WebhookRef> &refs, const QString &organization, bool withSecrets);

Q_SIGNALS:
    void organizationAdded(const QString &organization);
    void scopeAdded(const wc::Scope &scope);
    /// Its webhooks were renamed with it: lists showing them reload.
    void scopeRenamed(const wc::Scope &from, const wc::Scope &to);
    void scopeRemoved(const wc::Scope &scope);
    void webhookAdded(const wc::Webhook &webhook);
    /// `before` is the reference it had (an edit may rename it).
    void webhookChanged(const wc::WebhookRef &before, const wc::Webhook &after);
    void webhookRemoved(const wc::WebhookRef &ref);
    /// An attempt was written down as pending, before its request left.
    void deliveryRecorded(const wc::Delivery &delivery);
    /// An attempt ended and its outcome was recorded.
    void deliveryCompleted(const wc::Delivery &delivery);
    void historyCleared(const wc::WebhookRef &ref);
    /// Retention removed deliveries of some webhooks (never any webhook's newest).
    void historyPruned(qint64 removed);

    /// The database server stopped answering (`why`, in words for people). The backend keeps
    /// trying to connect again; operations meanwhile fail with an error that says so.
    void connectionLost(const QString &why);
    /// Connected again after connectionLost().
    void connectionRestored();
    /// Pulumi Cloud did not answer, or failed (5xx), for `organization`: `why` in words. What
    /// the window shows stays usable; a refresh tries again.
    void cloudUnreachable(const QString &organization, const QString &why);
    /// Pulumi Cloud answered again for `organization` after cloudUnreachable().
    void cloudReachable(const QString &organization);
    /// A Pulumi Cloud organization was connected or disconnected.
    void cloudConnectionsChanged();
    /// Pulumi Cloud at `apiUrl` refused the access token of `organization`: ask for a new one
    /// (connectCloud).
    void cloudTokenRefused(const QString &organization, const QString &apiUrl);
    /// What is shown may have missed changes (after a lost connection, or when more changed
    /// elsewhere than can be told one by one): read it again.
    void refreshNeeded();
};

} // namespace wc
