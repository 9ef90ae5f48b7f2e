#pragma once

#include "WebhookBackend.h"
#include "cloud/CloudClient.h"

#include <QDateTime>
#include <QHash>

namespace wc {

class LocalBackend;

/// One Pulumi Cloud organization, managed through Pulumi's REST API
/// (reference/pulumi-cloud-webhooks.openapi.json). Pulumi keeps the webhooks, their secrets
/// (write-only: only `hasSecret` comes back) and sends their pings and redeliveries; the
/// deliveries read from Pulumi are archived in the local database (`archive`, as mirrors of the
/// webhooks), so their history, search, filters and statistics are the local ones and outlive
/// Pulumi's own window.
///
/// Delivery ids are the archive's; a delivery's `uid` is Pulumi's delivery id. Lives on the
/// caller's thread, like its client and the archive.
class CloudBackend final : public WebhookBackend
{
    Q_OBJECT
public:
    CloudBackend(const CloudConnection &connection, LocalBackend &archive,
                 QObject *parent = nullptr);

    /// The history of a webhook is read from Pulumi again when it was last read longer ago.
    static constexpr std::chrono::seconds RefreshInterval{5};
    /// Stacks and environments are listed in pages of this size.
    static constexpr int PageSize = 500;

    [[nodiscard]] CloudConnection connection() const { return m_connection; }
    /// The access token (from the keychain, or just given). Without one, every operation
    /// fails with `missing`.
    void setToken(const QString &token);
    void setTokenMissing(const Error &missing) { m_tokenError = missing; }

    [[nodiscard]] QString displayLocation() const override;
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
    [[nodiscard]] QFuture<Result<Delivery>> delivery(const QString &deliveryId) override;
    [[nodiscard]] QFuture<Result<HistoryPage>> history(const DeliveryFilter &filter,
                                                       const PageRequest &request) override;
    [[nodiscard]] QFuture<Result<qint64>> countDeliveries(const DeliveryFilter &filter) override;
    [[nodiscard]] QFuture<Result<QList<DayStats>>> dailyStats(const WebhookRef &ref,
                                                              const QDateTime &since) override;
    [[nodiscard]] QFuture<Result<qint64>> clearHistory(const WebhookRef &ref) override;
    [[nodiscard]] QFuture<Result<qint64>> applyRetention(const RetentionPolicy &policy) override;
    void setDeliveryTimeout(std::chrono::milliseconds) override {}

    [[nodiscard]] QDateTime historyRefreshedAt(const WebhookRef &ref) const override;

    /// Reads the webhook's deliveries from Pulumi into the archive, unless that was done
    /// within RefreshInterval (or `force`); one read at a time per webhook.
    [[nodiscard]] QFuture<Error> refreshHistory(const WebhookRef &ref, bool force = false);

    /// Pulumi's JSON for a webhook, and back (fields of reference/pulumi-webhooks.md).
    [[nodiscard]] static Webhook webhookFromJson(const QJsonObject &json);
    [[nodiscard]] static QJsonObject draftToJson(const WebhookDraft &draft, bool patch);
    [[nodiscard]] static Delivery deliveryFromJson(const QJsonObject &json, const WebhookRef &ref);
    /// "/api/orgs/ORG", "/api/stacks/ORG/PROJECT/STACK" or "/api/esc/environments/ORG/P/ENV".
    [[nodiscard]] static QString scopePath(const Scope &scope);
    [[nodiscard]] static QString hookPath(const WebhookRef &ref);

private:
    /// Fails with the token's error when there is no token; else empty.
    [[nodiscard]] Error usable(const Scope &scope) const;
    [[nodiscard]] QFuture<Result<QList<Webhook>>> listHooks(const Scope &scope);
    /// Pages of a listing (`items` under `key`), following `tokenField` into
    /// `continuationToken`.
    void listPages(const QString &path, QUrlQuery query, const QString &key,
                   const QString &tokenField, QJsonArray soFar,
                   const Promise<Result<QJsonArray>> &reply);
    /// The webhook as last seen, or read from Pulumi.
    [[nodiscard]] QFuture<Result<Webhook>> known(const WebhookRef &ref);
    void removeFound(const WebhookRef &ref, const Promise<Error> &reply);
    /// Archives one delivery Pulumi answered with, tells the change signals, and answers.
    void record(const WebhookRef &ref, const QJsonObject &json,
                const Promise<Result<Delivery>> &reply);

    CloudConnection m_connection;
    LocalBackend &m_archive;
    CloudClient *m_client = nullptr;
    Error m_tokenError;
    bool m_unreachable = false;
    QHash<WebhookRef, Webhook> m_known;
    QHash<WebhookRef, QDateTime> m_refreshedAt;
    QHash<WebhookRef, QFuture<Error>> m_refreshing;
};

} // namespace wc
