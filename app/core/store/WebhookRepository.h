#pragma once

#include "Error.h"
#include "model/Webhook.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace wc {

class Database;

/// A webhook with the outcome of its most recent delivery, for lists.
struct WebhookSummary
{
    Webhook webhook;
    qint64 lastDeliveryId = 0;
    int lastResponseCode = 0;
    QString lastError;
    int lastStatus = -1; ///< -1 never delivered, else the deliveries.status value
    QDateTime lastDeliveryAt;
};

/// Organizations, stacks and webhooks. Never sees a secret.
class WebhookRepository
{
public:
    explicit WebhookRepository(Database &db);

    [[nodiscard]] QStringList organizations(Error *error = nullptr) const;
    /// Returns the organization's id, adding it when new.
    [[nodiscard]] qint64 ensureOrganization(const QString &name, Error *error);
    /// Returns the stack's id, adding it (and its organization) when new.
    [[nodiscard]] qint64 ensureStack(const Scope &scope, Error *error);
    /// Stacks of an organization as "project/stack".
    [[nodiscard]] QStringList stacks(const QString &organization, Error *error = nullptr) const;

    /// Inserts and sets `webhook.id`; Conflict when the name is taken in its scope.
    [[nodiscard]] Error insert(Webhook &webhook);
    /// Saves and sets `webhook.updatedAt`.
    [[nodiscard]] Error update(Webhook &webhook);
    [[nodiscard]] Error remove(qint64 id);

    [[nodiscard]] std::optional<Webhook> byId(qint64 id, Error *error = nullptr) const;
    [[nodiscard]] std::optional<Webhook> byRef(const Scope &scope, const QString &name,
                                               Error *error = nullptr) const;
    [[nodiscard]] bool nameTaken(const Scope &scope, const QString &name,
                                 qint64 exceptId = 0) const;

    /// Webhooks of exactly this scope, by display name, with their last delivery.
    [[nodiscard]] QList<WebhookSummary> list(const Scope &scope, Error *error = nullptr) const;
    /// Every webhook of an organization, both scopes.
    [[nodiscard]] QList<WebhookSummary> listAll(const QString &organization,
                                                Error *error = nullptr) const;

private:
    Error insertRow(Webhook &webhook);
    QList<WebhookSummary> query(const QString &where, const QVariantList &binds,
                                Error *error) const;
    Database &m_db;
};

} // namespace wc
