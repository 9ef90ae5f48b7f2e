#pragma once

#include "Error.h"
#include "Webhook.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace wc {

class Database;

/// A webhook as the local database keeps it: with its row id and its stable internal id, the
/// key of its secret in the keychain. Neither leaves the local backend.
struct StoredWebhook : Webhook
{
    qint64 id = 0; ///< database row id
    QString uid;   ///< stable internal id; the keychain key
    /// SecretFingerprint of the secret (empty when none): tells a teammate's keychain copy
    /// from the current one without the database ever holding the secret.
    QString secretFingerprint;
};

/// A keychain step in flight (table secret_journal): recorded before a secret is written or
/// removed, cleared in the transaction that records the outcome. One left behind was cut short
/// by a crash, and is completed or undone when the database is opened again.
struct JournalEntry
{
    QString uid;    ///< the keychain key
    QString action; ///< "create", "delete", "set" or "remove"
    qint64 webhookId = 0;
};

/// Organizations, stacks and webhooks. Never sees a secret. Runs on the thread that opened
/// its Database.
class WebhookRepository
{
public:
    explicit WebhookRepository(Database &db);

    [[nodiscard]] QStringList organizations(Error *error = nullptr) const;
    /// Organizations of Pulumi Cloud (an API URL each), by name.
    [[nodiscard]] QList<std::pair<QString, QString>> cloudOrganizations(Error *error) const;
    /// Makes `organization` one of Pulumi Cloud's, at `apiUrl` (adding it when new). Refused
    /// (Conflict) when it holds webhooks of this console's own.
    [[nodiscard]] Error setCloudOrganization(const QString &organization, const QString &apiUrl);
    /// Deletes an organization with everything under it (a Pulumi Cloud organization's
    /// mirrors and their archived deliveries when it is disconnected).
    [[nodiscard]] Error removeOrganization(const QString &organization);
    /// Returns the organization's id, adding it when new.
    [[nodiscard]] qint64 ensureOrganization(const QString &name, Error *error);
    /// Returns a stack's or an environment's id, adding it (and its organization) when new.
    [[nodiscard]] qint64 ensureScope(const Scope &scope, Error *error);
    /// Stacks of an organization, by project and stack.
    [[nodiscard]] QList<Scope> stacks(const QString &organization, Error *error = nullptr) const;
    /// Environments of an organization, by project and environment.
    [[nodiscard]] QList<Scope> environments(const QString &organization,
                                            Error *error = nullptr) const;
    /// Adds a stack or an environment (and its organization); true when it was new.
    [[nodiscard]] bool addScope(const Scope &scope, Error *error);
    /// Renames a stack or an environment, its webhooks going with it. Conflict when the new
    /// name is taken, NotFound when the old one is not there.
    [[nodiscard]] Error renameScope(const Scope &from, const Scope &to);
    /// Deletes a stack or an environment row (its webhooks cascade: remove them first).
    [[nodiscard]] Error removeScope(const Scope &scope);

    /// Inserts and sets `webhook.id`; Conflict when the name is taken in its scope. Clears the
    /// journal entry of its secret, in the same transaction.
    [[nodiscard]] Error insert(StoredWebhook &webhook);
    /// Saves and sets `webhook.updatedAt` and `version`. In the same transaction, records
    /// `journalAction` for its secret, or (when empty) clears the entry. With a `baseVersion`,
    /// refuses (Stale) when the stored version is another: someone else saved meanwhile.
    [[nodiscard]] Error update(StoredWebhook &webhook, const QString &journalAction = {},
                               qint64 baseVersion = 0);
    /// Puts back `before` exactly, its version and times included: undoing a change whose
    /// keychain step failed leaves the webhook as it was, not "changed".
    [[nodiscard]] Error restore(StoredWebhook before);
    /// Deletes the webhook and the journal entry of its secret, in one transaction.
    [[nodiscard]] Error remove(qint64 id);

    [[nodiscard]] Error journal(const QString &uid, const QString &action, qint64 webhookId);
    [[nodiscard]] Error unjournal(const QString &uid);
    [[nodiscard]] QList<JournalEntry> journalEntries(Error *error = nullptr) const;
    [[nodiscard]] std::optional<StoredWebhook> byUid(const QString &uid,
                                                     Error *error = nullptr) const;

    [[nodiscard]] std::optional<StoredWebhook> byId(qint64 id, Error *error = nullptr) const;
    [[nodiscard]] std::optional<StoredWebhook> byRef(const WebhookRef &ref,
                                                     Error *error = nullptr) const;
    /// The row id of the webhook `ref` names; 0 when there is none.
    [[nodiscard]] qint64 idOf(const WebhookRef &ref, Error *error = nullptr) const;
    [[nodiscard]] bool nameTaken(const WebhookRef &ref, qint64 exceptId = 0,
                                 Error *error = nullptr) const;

    /// Webhooks of exactly this scope, by display name, with their last delivery.
    [[nodiscard]] QList<WebhookSummary> list(const Scope &scope, Error *error = nullptr) const;
    /// Every webhook of an organization, both scopes.
    [[nodiscard]] QList<WebhookSummary> listAll(const QString &organization,
                                                Error *error = nullptr) const;
    /// Webhooks whose rotation overlap ended at or before `now`.
    [[nodiscard]] QList<StoredWebhook> rotationsEnded(const QDateTime &now, Error *error) const;
    /// When the next rotation overlap ends; invalid when none is running.
    [[nodiscard]] QDateTime nextRotationEnd(Error *error) const;
    /// Marks the rotation of webhook `id` ended, if it still ends at `until` (a new rotation
    /// meanwhile keeps its own). Not a change of the webhook's settings: its version stays.
    [[nodiscard]] Error endRotation(qint64 id, const QDateTime &until);
    /// Row ids of every webhook.
    [[nodiscard]] QList<qint64> allIds(Error *error = nullptr) const;

    /// "Changed by … since you opened it": an edit based on an older version than `current`.
    [[nodiscard]] static Error staleError(const StoredWebhook &current);

private:
    Error insertRow(StoredWebhook &webhook);
    enum class Stamp { New, AsBefore };
    /// With a `baseVersion`, only a row still at that version is written (NotFound otherwise).
    Error updateRow(StoredWebhook &webhook, Stamp stamp = Stamp::New, qint64 baseVersion = 0);
    Error clearJournal(const QString &uid);
    struct Row
    {
        StoredWebhook webhook;
        std::optional<Delivery> lastDelivery;
    };
    QList<Row> query(const QString &where, const QVariantList &binds, Error *error) const;
    [[nodiscard]] static Error takenError(const StoredWebhook &webhook);
    [[nodiscard]] static Error deletedError();
    Database &m_db;
};

} // namespace wc
