#pragma once

#include "WebhookBackend.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <memory>

namespace wc {

class CloudBackend;
class LocalBackend;
class SecretStore;

/// What WebhookBackend::create() gives: the console's own database (LocalBackend) and, for
/// each organization connected to Pulumi Cloud, a CloudBackend. Every call goes to the backend
/// of the organization it names (a delivery id: the organization of its webhook); the change
/// signals of all of them come out of this one.
///
/// Access tokens are kept in the keychain only, one per organization (key
/// "pulumi-token:URL#ORG"): two organizations of one Pulumi Cloud may use different tokens.
class ConsoleBackend final : public WebhookBackend
{
    Q_OBJECT
public:
    /// `secrets` replaces the OS keychain in tests; null means the keychain.
    explicit ConsoleBackend(const QString &location, std::unique_ptr<SecretStore> secrets = {},
                            QObject *parent = nullptr);
    ~ConsoleBackend() override;

    /// The keychain key of the access token for `organization` of Pulumi Cloud at `apiUrl`.
    [[nodiscard]] static QString tokenKey(const QString &apiUrl, const QString &organization);

    [[nodiscard]] LocalBackend &local() { return *m_local; }

    [[nodiscard]] QString displayLocation() const override;
    [[nodiscard]] bool locationHoldsPassword() const override;
    [[nodiscard]] QFuture<Error> keepPasswordInKeychain() override;
    [[nodiscard]] QFuture<Error> open() override;

    [[nodiscard]] QFuture<Result<QStringList>> organizations() override;
    [[nodiscard]] QFuture<Error> addOrganization(const QString &organization) override;
    [[nodiscard]] QFuture<Result<QList<Scope>>> scopes(const QString &organization) override;
    [[nodiscard]] QFuture<Error> addScope(const Scope &scope) override;
    [[nodiscard]] QFuture<Error> renameScope(const Scope &from, const Scope &to) override;
    [[nodiscard]] QFuture<Result<int>> removeScope(const Scope &scope) override;

    [[nodiscard]] QFuture<Result<QList<WebhookSummary>>>
    webhooks(const Scope &scope, Depth depth = Depth::ScopeOnly) override;
    [[nodiscard]] QFuture<Result<Webhook>> webhook(const WebhookRef &ref) override;
    [[nodiscard]] QFuture<Result<Webhook>> create(const WebhookDraft &draft) override;
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
    void setFollowing(Following following) override;
    /// The bulk redelivery of the backend that keeps the webhook (the local one's is batched).
    [[nodiscard]] BulkRedelivery *redeliverFailed(const DeliveryFilter &filter, int maxInFlight,
                                                  QObject *parent) override;
    [[nodiscard]] QFuture<Result<Delivery>> delivery(const QString &deliveryId) override;
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

    [[nodiscard]] QList<CloudConnection> cloudConnections() const override;
    [[nodiscard]] QFuture<Result<CloudAccount>>
    connectCloud(const QString &organization, const QString &apiUrl, const QString &token) override;
    [[nodiscard]] QFuture<Error> disconnectCloud(const QString &organization) override;
    [[nodiscard]] QDateTime historyRefreshedAt(const WebhookRef &ref) const override;
    [[nodiscard]] QFuture<Result<QList<CopyOutcome>>> copyWebhooks(const QList<WebhookRef> &refs,
                                                                   const QString &organization,
                                                                   bool withSecrets) override;

private:
    /// The backend of `organization`: its CloudBackend, or the local one.
    [[nodiscard]] WebhookBackend &route(const QString &organization) const;
    [[nodiscard]] CloudBackend *cloud(const QString &organization) const;
    /// Runs `call` on the backend of the delivery's webhook.
    template <typename T, typename Call>
    QFuture<Result<T>> byDelivery(const QString &deliveryId, Call call);
    /// Takes up the Pulumi Cloud organizations another console connected on a shared database.
    void followConnections();
    /// Makes a CloudBackend (with its token from the keychain) for each connection recorded in
    /// the database that has none yet; true when there were any.
    [[nodiscard]] QFuture<Result<bool>> adoptConnections();
    /// The first of these keychain entries that exists.
    QFuture<SecretStore::ReadResult> readToken(QStringList keys);
    CloudBackend *addCloud(const CloudConnection &connection, const QString &token);
    void copyNext(QList<WebhookRef> refs, QString organization, bool withSecrets,
                  QList<CopyOutcome> done, Promise<Result<QList<CopyOutcome>>> reply);

    std::unique_ptr<SecretStore> m_tokens;
    LocalBackend *m_local = nullptr;
    QHash<QString, CloudBackend *> m_clouds;
};

} // namespace wc
