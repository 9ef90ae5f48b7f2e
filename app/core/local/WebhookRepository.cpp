#include "local/WebhookRepository.h"

#include "local/Database.h"
#include "local/DeliveryStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace wc {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebhookRepository)
};

QString toJson(const QStringList &items)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 msOrZero(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

void setError(Error *target, const Error &value)
{
    if (target)
        *target = value;
}

const QString SelectColumns = QStringLiteral(
    "SELECT w.id, w.uid, o.name, COALESCE(s.project, e.project, ''), COALESCE(s.stack, ''), w.name,"
    " w.display_name, w.payload_url, w.format, w.event_filters, w.event_groups, w.active,"
    " w.has_secret, w.created_at, w.updated_at,"
    " d.id, d.response_code, d.error, d.status, d.started_at, COALESCE(e.environment, ''),"
    " w.version, w.created_by, w.updated_by, w.secret_fingerprint, w.secret_changed_by,"
    " w.secret_changed_at, w.signature, w.previous_secret_until"
    " FROM webhooks w"
    " JOIN organizations o ON o.id = w.organization_id"
    " LEFT JOIN stacks s ON s.id = w.stack_id"
    " LEFT JOIN environments e ON e.id = w.environment_id"
    " LEFT JOIN deliveries d ON d.id = (SELECT MAX(id) FROM deliveries WHERE webhook_id = w.id)");
} // namespace

WebhookRepository::WebhookRepository(Database &db)
    : m_db(db)
{}

QStringList WebhookRepository::organizations(Error *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM organizations ORDER BY name"));
    QStringList out;
    if (Error e = Database::exec(q, Tr::tr("read organizations"))) {
        setError(error, e);
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<std::pair<QString, QString>> WebhookRepository::cloudOrganizations(Error *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT name, cloud_api_url FROM organizations WHERE cloud_api_url <> '' ORDER BY name"));
    QList<std::pair<QString, QString>> out;
    if (Error e = Database::exec(q, Tr::tr("read organizations"))) {
        setError(error, e);
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Error WebhookRepository::setCloudOrganization(const QString &organization, const QString &apiUrl)
{
    if (Error e = m_db.begin())
        return e;
    Error e;
    const qint64 id = ensureOrganization(organization, &e);
    if (!e) {
        // Webhooks of the console's own (not mirrors of Pulumi Cloud's) would be hidden.
        QSqlQuery own(m_db.connection());
        own.prepare(QStringLiteral("SELECT COUNT(*) FROM webhooks w JOIN organizations o"
                                   " ON o.id = w.organization_id WHERE w.organization_id = ?"
                                   " AND o.cloud_api_url = ''"));
        own.addBindValue(id);
        e = Database::exec(own, Tr::tr("read webhooks"));
        if (!e && own.next() && own.value(0).toLongLong() > 0) {
            e = Error{Error::Code::Conflict,
                      QCoreApplication::translate(
                          "WebhookRepository",
                          "The organization “%1” already holds webhooks of this console's own "
                          "(%2). Connect a Pulumi Cloud organization of another name, or delete "
                          "them first (Publish to Pulumi Cloud copies them there).")
                          .arg(organization)
                          .arg(own.value(0).toLongLong()),
                      QStringLiteral("organization")};
        }
    }
    if (!e) {
        QSqlQuery set(m_db.connection());
        set.prepare(QStringLiteral("UPDATE organizations SET cloud_api_url = ? WHERE id = ?"));
        set.addBindValue(apiUrl);
        set.addBindValue(id);
        e = Database::exec(set, Tr::tr("connect the organization"));
    }
    if (!e)
        e = m_db.recordChange(QStringLiteral("organization"), QStringLiteral("added"),
                              organization);
    if (!e)
        return m_db.commit();
    m_db.rollback();
    return e;
}

Error WebhookRepository::removeOrganization(const QString &organization)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM organizations WHERE name = ?"));
    q.addBindValue(organization);
    return Database::exec(q, Tr::tr("remove the organization"));
}

qint64 WebhookRepository::ensureOrganization(const QString &name, Error *error)
{
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id FROM organizations WHERE name = ?"));
    find.addBindValue(name);
    if (Error e = Database::exec(find, Tr::tr("read organizations"))) {
        setError(error, e);
        return 0;
    }
    if (find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO organizations (name, created_at) VALUES (?, ?) RETURNING id"));
    insert.addBindValue(name);
    insert.addBindValue(nowMs());
    Error e = Database::exec(insert, Tr::tr("add the organization"));
    if (!e)
        e = m_db.recordChange(QStringLiteral("organization"), QStringLiteral("added"), name);
    if (e) {
        setError(error, e);
        return 0;
    }
    return insert.next() ? insert.value(0).toLongLong() : 0;
}

qint64 WebhookRepository::ensureScope(const Scope &scope, Error *error)
{
    const qint64 orgId = ensureOrganization(scope.organization, error);
    if (!orgId)
        return 0;
    // Stacks and environments: one table each, the same shape.
    const bool stack = scope.isStack();
    const QString table = stack ? QStringLiteral("stacks") : QStringLiteral("environments");
    const QString column = stack ? QStringLiteral("stack") : QStringLiteral("environment");
    const QString name = stack ? scope.stack : scope.environment;
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id FROM %1 WHERE organization_id = ? AND project = ? AND"
                                " %2 = ?")
                     .arg(table, column));
    find.addBindValue(orgId);
    find.addBindValue(scope.project);
    find.addBindValue(name);
    if (Error e =
            Database::exec(find, stack ? Tr::tr("read stacks") : Tr::tr("read environments"))) {
        setError(error, e);
        return 0;
    }
    if (find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO %1 (organization_id, project, %2, created_at)"
                                  " VALUES (?, ?, ?, ?) RETURNING id")
                       .arg(table, column));
    insert.addBindValue(orgId);
    insert.addBindValue(scope.project);
    insert.addBindValue(name);
    insert.addBindValue(nowMs());
    Error e =
        Database::exec(insert, stack ? Tr::tr("add the stack") : Tr::tr("add the environment"));
    const qint64 id = !e && insert.next() ? insert.value(0).toLongLong() : 0;
    if (!e)
        e = m_db.recordChange(QStringLiteral("scope"), QStringLiteral("added"), scope.path());
    if (e) {
        setError(error, e);
        return 0;
    }
    return id;
}

QList<Scope> WebhookRepository::environments(const QString &organization, Error *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.project, e.environment FROM environments e JOIN"
                             " organizations o ON o.id = e.organization_id WHERE o.name = ?"
                             " ORDER BY 1, 2"));
    q.addBindValue(organization);
    QList<Scope> out;
    if (Error e = Database::exec(q, Tr::tr("read environments"))) {
        setError(error, e);
        return out;
    }
    while (q.next())
        out << Scope::environmentScope(organization, q.value(0).toString(), q.value(1).toString());
    return out;
}

bool WebhookRepository::addScope(const Scope &scope, Error *error)
{
    Error e;
    const QList<Scope> known = scope.isEnvironment() ? environments(scope.organization, &e)
                                                     : stacks(scope.organization, &e);
    if (e) {
        setError(error, e);
        return false;
    }
    if (known.contains(scope))
        return false;
    if (!scope.isOrganization())
        (void)ensureScope(scope, &e);
    else
        (void)ensureOrganization(scope.organization, &e);
    setError(error, e);
    return !e;
}

Error WebhookRepository::renameScope(const Scope &from, const Scope &to)
{
    const bool environment = from.isEnvironment();
    const QString table = environment ? QStringLiteral("environments") : QStringLiteral("stacks");
    const QString column = environment ? QStringLiteral("environment") : QStringLiteral("stack");
    const QString name = environment ? from.environment : from.stack;
    const QString newName = environment ? to.environment : to.stack;
    Error e;
    const QList<Scope> known =
        environment ? environments(from.organization, &e) : stacks(from.organization, &e);
    if (e)
        return e;
    if (!known.contains(from))
        return Error::make(Error::Code::NotFound,
                           (environment ? Tr::tr("There is no environment “%1”.")
                                        : Tr::tr("There is no stack “%1”."))
                               .arg(from.displayPath()));
    if (known.contains(to))
        return Error{Error::Code::Conflict, Tr::tr("“%1” already exists.").arg(to.displayPath()),
                     QStringLiteral("name")};
    if (Error b = m_db.begin())
        return b;
    QSqlQuery rename(m_db.connection());
    rename.prepare(QStringLiteral("UPDATE %1 SET project = ?, %2 = ? WHERE project = ? AND %2 = ?"
                                  " AND organization_id = (SELECT id FROM organizations WHERE"
                                  " name = ?)")
                       .arg(table, column));
    rename.addBindValue(to.project);
    rename.addBindValue(newName);
    rename.addBindValue(from.project);
    rename.addBindValue(name);
    rename.addBindValue(from.organization);
    // Webhooks find their scope by its key too: it moves with the rename.
    QSqlQuery keys(m_db.connection());
    keys.prepare(
        QStringLiteral("UPDATE webhooks SET scope_key = ? WHERE scope_key = ? AND"
                       " organization_id = (SELECT id FROM organizations WHERE name = ?)"));
    keys.addBindValue(to.stackKey());
    keys.addBindValue(from.stackKey());
    keys.addBindValue(from.organization);
    Error error = Database::exec(rename, Tr::tr("rename the scope"));
    if (!error)
        error = Database::exec(keys, Tr::tr("rename the scope"));
    if (!error)
        error = m_db.recordChange(QStringLiteral("scope"), QStringLiteral("renamed"), to.path(),
                                  from.path());
    if (error) {
        m_db.rollback();
        return error;
    }
    return m_db.commit();
}

Error WebhookRepository::removeScope(const Scope &scope)
{
    const bool environment = scope.isEnvironment();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE project = ? AND %2 = ? AND organization_id ="
                             " (SELECT id FROM organizations WHERE name = ?)")
                  .arg(environment ? QStringLiteral("environments") : QStringLiteral("stacks"),
                       environment ? QStringLiteral("environment") : QStringLiteral("stack")));
    q.addBindValue(scope.project);
    q.addBindValue(environment ? scope.environment : scope.stack);
    q.addBindValue(scope.organization);
    if (Error e = Database::exec(q, Tr::tr("remove the scope")))
        return e;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound,
                           (environment ? Tr::tr("There is no environment “%1”.")
                                        : Tr::tr("There is no stack “%1”."))
                               .arg(scope.displayPath()));
    return m_db.recordChange(QStringLiteral("scope"), QStringLiteral("removed"), scope.path());
}

QList<Scope> WebhookRepository::stacks(const QString &organization, Error *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.project, s.stack FROM stacks s JOIN organizations o ON "
                             "o.id = s.organization_id WHERE o.name = ? ORDER BY 1, 2"));
    q.addBindValue(organization);
    QList<Scope> out;
    if (Error e = Database::exec(q, Tr::tr("read stacks"))) {
        setError(error, e);
        return out;
    }
    while (q.next())
        out << Scope::stackScope(organization, q.value(0).toString(), q.value(1).toString());
    return out;
}

qint64 WebhookRepository::idOf(const WebhookRef &ref, Error *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT w.id FROM webhooks w JOIN organizations o ON"
                             " o.id = w.organization_id WHERE o.name = ? AND w.scope_key = ?"
                             " AND w.name = ?"));
    q.addBindValue(ref.scope.organization);
    q.addBindValue(ref.scope.stackKey());
    q.addBindValue(ref.name);
    if (Error e = Database::exec(q, Tr::tr("read webhooks"))) {
        setError(error, e);
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool WebhookRepository::nameTaken(const WebhookRef &ref, qint64 exceptId, Error *error) const
{
    const qint64 id = idOf(ref, error);
    return id != 0 && id != exceptId;
}

QList<qint64> WebhookRepository::allIds(Error *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<qint64> out;
    if (!q.exec(QStringLiteral("SELECT id FROM webhooks"))) {
        setError(error, Database::exec(q, Tr::tr("read webhooks")));
        return out;
    }
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Error WebhookRepository::insert(StoredWebhook &webhook)
{
    Error readError;
    const bool taken = nameTaken(webhook.ref(), 0, &readError);
    if (readError)
        return readError;
    if (taken)
        return takenError(webhook);
    // The organization, the stack and the webhook: all three or none.
    if (Error e = m_db.begin())
        return e;
    Error error = insertRow(webhook);
    if (!error)
        error = clearJournal(webhook.uid);
    if (!error)
        error = m_db.recordChange(QStringLiteral("webhook"), QStringLiteral("added"),
                                  webhook.ref().toString(), {}, webhook.uid);
    if (!error)
        error = m_db.commit();
    else
        m_db.rollback();
    // Someone else took the name between the check above and the insert (two consoles on
    // one database): the same answer as when it was taken before.
    if (error && error.code == Error::Code::Storage && nameTaken(webhook.ref(), 0))
        return takenError(webhook);
    return error;
}

Error WebhookRepository::clearJournal(const QString &uid)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM secret_journal WHERE uid = ?"));
    q.addBindValue(Database::text(uid));
    return Database::exec(q, Tr::tr("clear the keychain journal"));
}

Error WebhookRepository::journal(const QString &uid, const QString &action, qint64 webhookId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO secret_journal (uid, action, webhook_id, started_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (uid) DO UPDATE SET action = excluded.action,"
        " webhook_id = excluded.webhook_id, started_at = excluded.started_at"));
    q.addBindValue(Database::text(uid));
    q.addBindValue(Database::text(action));
    q.addBindValue(webhookId ? QVariant(webhookId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(nowMs());
    return Database::exec(q, Tr::tr("record the keychain step"));
}

Error WebhookRepository::unjournal(const QString &uid)
{
    return clearJournal(uid);
}

QList<JournalEntry> WebhookRepository::journalEntries(Error *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT uid, action, webhook_id FROM secret_journal ORDER BY started_at"));
    QList<JournalEntry> out;
    if (Error e = Database::exec(q, Tr::tr("read the keychain journal"))) {
        setError(error, e);
        return out;
    }
    while (q.next())
        out << JournalEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
    return out;
}

std::optional<StoredWebhook> WebhookRepository::byUid(const QString &uid, Error *error) const
{
    const auto rows = query(QStringLiteral("w.uid = ?"), {uid}, error);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().webhook;
}

Error WebhookRepository::insertRow(StoredWebhook &webhook)
{
    Error error;
    const qint64 orgId = ensureOrganization(webhook.scope.organization, &error);
    if (error)
        return error;
    QVariant stackId(QMetaType::fromType<qint64>());
    QVariant environmentId(QMetaType::fromType<qint64>());
    if (webhook.scope.isStack()) {
        stackId = ensureScope(webhook.scope, &error);
        if (error)
            return error;
    } else if (webhook.scope.isEnvironment()) {
        environmentId = ensureScope(webhook.scope, &error);
        if (error)
            return error;
    }
    const qint64 now = nowMs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO webhooks (uid, organization_id, stack_id, environment_id, scope_key, name,"
        " display_name, payload_url, format, event_filters, event_groups, active, has_secret,"
        " created_at, updated_at, version, created_by, updated_by, secret_fingerprint,"
        " secret_changed_by, secret_changed_at, signature, previous_secret_until)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"));
    q.addBindValue(Database::text(webhook.uid));
    q.addBindValue(orgId);
    q.addBindValue(stackId);
    q.addBindValue(environmentId);
    q.addBindValue(webhook.scope.stackKey());
    q.addBindValue(Database::text(webhook.name));
    q.addBindValue(Database::text(webhook.displayName));
    q.addBindValue(Database::text(webhook.payloadUrl));
    q.addBindValue(Database::text(webhook.format));
    q.addBindValue(toJson(webhook.filters));
    q.addBindValue(toJson(webhook.groups));
    q.addBindValue(webhook.active ? 1 : 0);
    q.addBindValue(webhook.hasSecret ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(Database::text(webhook.createdBy));
    q.addBindValue(Database::text(webhook.updatedBy));
    q.addBindValue(Database::text(webhook.secretFingerprint));
    q.addBindValue(Database::text(webhook.secretChangedBy));
    q.addBindValue(webhook.secretChangedAt.isValid() ? webhook.secretChangedAt.toMSecsSinceEpoch()
                                                     : qint64(0));
    q.addBindValue(Database::text(webhook.signature));
    q.addBindValue(msOrZero(webhook.previousSecretUntil));
    if (Error e = Database::exec(q, Tr::tr("save the webhook")))
        return e;
    if (!q.next())
        return Error::make(Error::Code::Storage, Tr::tr("Cannot save the webhook."));
    webhook.id = q.value(0).toLongLong();
    webhook.version = 1;
    webhook.createdAt = webhook.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return {};
}

Error WebhookRepository::update(StoredWebhook &webhook, const QString &journalAction,
                                qint64 baseVersion)
{
    Error readError;
    const bool taken = nameTaken(webhook.ref(), webhook.id, &readError);
    if (readError)
        return readError;
    if (taken)
        return takenError(webhook);
    if (Error e = m_db.begin())
        return e;
    Error error;
    const std::optional<StoredWebhook> stored = byId(webhook.id, &error);
    if (!error && !stored)
        error = deletedError();
    if (!error && baseVersion && stored->version != baseVersion)
        error = staleError(*stored);
    if (!error) {
        // The version checked again by the write itself: on PostgreSQL another transaction
        // may have saved between the read above and this (SQLite holds the write lock).
        error = updateRow(webhook, Stamp::New, baseVersion);
        if (error.code == Error::Code::NotFound) {
            Error reread;
            if (const auto now = byId(webhook.id, &reread); now && !reread)
                error = staleError(*now);
        }
    }
    if (!error)
        error = journalAction.isEmpty() ? clearJournal(webhook.uid)
                                        : journal(webhook.uid, journalAction, webhook.id);
    if (!error)
        error = m_db.recordChange(QStringLiteral("webhook"), QStringLiteral("changed"),
                                  webhook.ref().toString(), stored->ref().toString(), webhook.uid);
    if (!error)
        error = m_db.commit();
    else
        m_db.rollback();
    if (error && error.code == Error::Code::Storage && nameTaken(webhook.ref(), webhook.id))
        return takenError(webhook);
    return error;
}

Error WebhookRepository::restore(StoredWebhook before)
{
    if (Error e = m_db.begin())
        return e;
    Error error = updateRow(before, Stamp::AsBefore);
    if (!error)
        error = clearJournal(before.uid);
    if (!error)
        error = m_db.recordChange(QStringLiteral("webhook"), QStringLiteral("changed"),
                                  before.ref().toString(), before.ref().toString(), before.uid);
    if (!error)
        error = m_db.commit();
    else
        m_db.rollback();
    return error;
}

Error WebhookRepository::takenError(const StoredWebhook &webhook)
{
    return Error{Error::Code::Conflict,
                 Tr::tr("A webhook named “%1” already exists in %2.")
                     .arg(webhook.name, webhook.scope.path()),
                 QStringLiteral("name")};
}

Error WebhookRepository::deletedError()
{
    return Error::make(Error::Code::NotFound,
                       Tr::tr("This webhook no longer exists: someone else deleted it."));
}

Error WebhookRepository::staleError(const StoredWebhook &current)
{
    if (current.updatedBy.isEmpty())
        return Error::make(Error::Code::Stale,
                           Tr::tr("This webhook was changed by someone else since you opened it; "
                                  "nothing was saved. Its current values are shown: make your "
                                  "change again."));
    return Error::make(Error::Code::Stale,
                       Tr::tr("This webhook was changed by %1 since you opened it; nothing was "
                              "saved. Its current values are shown: make your change again.")
                           .arg(current.updatedBy));
}

Error WebhookRepository::updateRow(StoredWebhook &webhook, Stamp stamp, qint64 baseVersion)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral(
            "UPDATE webhooks SET name = ?, display_name = ?, payload_url = ?, format = ?,"
            " event_filters = ?, event_groups = ?, active = ?, has_secret = ?,"
            " updated_at = ?, updated_by = ?, secret_fingerprint = ?,"
            " secret_changed_by = ?, secret_changed_at = ?, signature = ?,"
            " previous_secret_until = ?, version = %1 WHERE id = ?%2"
            " RETURNING version")
            .arg(stamp == Stamp::New ? QStringLiteral("version + 1")
                                     : QString::number(webhook.version),
                 baseVersion ? QStringLiteral(" AND version = %1").arg(baseVersion) : QString()));
    q.addBindValue(Database::text(webhook.name));
    q.addBindValue(Database::text(webhook.displayName));
    q.addBindValue(Database::text(webhook.payloadUrl));
    q.addBindValue(Database::text(webhook.format));
    q.addBindValue(toJson(webhook.filters));
    q.addBindValue(toJson(webhook.groups));
    q.addBindValue(webhook.active ? 1 : 0);
    q.addBindValue(webhook.hasSecret ? 1 : 0);
    const qint64 now = stamp == Stamp::New ? nowMs() : webhook.updatedAt.toMSecsSinceEpoch();
    q.addBindValue(now);
    q.addBindValue(Database::text(webhook.updatedBy));
    q.addBindValue(Database::text(webhook.secretFingerprint));
    q.addBindValue(Database::text(webhook.secretChangedBy));
    q.addBindValue(webhook.secretChangedAt.isValid() ? webhook.secretChangedAt.toMSecsSinceEpoch()
                                                     : qint64(0));
    q.addBindValue(Database::text(webhook.signature));
    q.addBindValue(msOrZero(webhook.previousSecretUntil));
    q.addBindValue(webhook.id);
    if (Error e = Database::exec(q, Tr::tr("save the webhook")))
        return e;
    if (!q.next())
        return deletedError();
    webhook.version = q.value(0).toLongLong();
    q.finish();
    webhook.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return {};
}

Error WebhookRepository::remove(qint64 id)
{
    if (Error e = m_db.begin())
        return e;
    Error readError;
    const std::optional<StoredWebhook> stored = byId(id, &readError);
    if (readError || !stored) {
        m_db.rollback();
        return readError ? readError : deletedError();
    }
    QSqlQuery journal(m_db.connection());
    journal.prepare(QStringLiteral(
        "DELETE FROM secret_journal WHERE uid = (SELECT uid FROM webhooks WHERE id = ?)"));
    journal.addBindValue(id);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM webhooks WHERE id = ?"));
    q.addBindValue(id);
    Error error = Database::exec(journal, Tr::tr("clear the keychain journal"));
    if (!error)
        error = Database::exec(q, Tr::tr("delete the webhook"));
    if (!error && q.numRowsAffected() == 0)
        error = deletedError();
    if (!error)
        error = m_db.recordChange(QStringLiteral("webhook"), QStringLiteral("removed"),
                                  stored->ref().toString(), {}, stored->uid);
    if (error) {
        m_db.rollback();
        return error;
    }
    return m_db.commit();
}

std::optional<StoredWebhook> WebhookRepository::byId(qint64 id, Error *error) const
{
    const auto rows = query(QStringLiteral("w.id = ?"), {id}, error);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().webhook;
}

std::optional<StoredWebhook> WebhookRepository::byRef(const WebhookRef &ref, Error *error) const
{
    const auto rows = query(QStringLiteral("o.name = ? AND w.scope_key = ? AND w.name = ?"),
                            {ref.scope.organization, ref.scope.stackKey(), ref.name}, error);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().webhook;
}

namespace {
template <typename Rows> QList<WebhookSummary> summaries(const Rows &rows)
{
    QList<WebhookSummary> out;
    out.reserve(rows.size());
    for (const auto &row : rows)
        out << WebhookSummary{static_cast<const Webhook &>(row.webhook), row.lastDelivery};
    return out;
}
} // namespace

QList<WebhookSummary> WebhookRepository::list(const Scope &scope, Error *error) const
{
    return summaries(query(QStringLiteral("o.name = ? AND w.scope_key = ?"),
                           {scope.organization, scope.stackKey()}, error));
}

QList<WebhookSummary> WebhookRepository::listAll(const QString &organization, Error *error) const
{
    return summaries(query(QStringLiteral("o.name = ?"), {organization}, error));
}

QList<WebhookRepository::Row>
WebhookRepository::query(const QString &where, const QVariantList &binds, Error *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(SelectColumns + QStringLiteral(" WHERE ") + where +
              QStringLiteral(" ORDER BY w.scope_key, LOWER(w.display_name), w.id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<Row> out;
    if (Error e = Database::exec(q, Tr::tr("read webhooks"))) {
        setError(error, e);
        return out;
    }
    while (q.next()) {
        Row s;
        StoredWebhook &w = s.webhook;
        w.id = q.value(0).toLongLong();
        w.uid = q.value(1).toString();
        w.scope = Scope{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                        q.value(20).toString()};
        w.name = q.value(5).toString();
        w.displayName = q.value(6).toString();
        w.payloadUrl = q.value(7).toString();
        w.format = q.value(8).toString();
        w.filters = fromJson(q.value(9).toString());
        w.groups = fromJson(q.value(10).toString());
        w.active = q.value(11).toInt() != 0;
        w.hasSecret = q.value(12).toInt() != 0;
        w.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC);
        w.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(14).toLongLong(), Qt::UTC);
        w.version = q.value(21).toLongLong();
        w.createdBy = q.value(22).toString();
        w.updatedBy = q.value(23).toString();
        w.secretFingerprint = q.value(24).toString();
        w.secretChangedBy = q.value(25).toString();
        if (const qint64 at = q.value(26).toLongLong())
            w.secretChangedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        w.signature = q.value(27).toString();
        if (const qint64 until = q.value(28).toLongLong())
            w.previousSecretUntil = QDateTime::fromMSecsSinceEpoch(until, Qt::UTC);
        if (!q.isNull(15)) {
            Delivery last;
            last.id = q.value(15).toString();
            last.webhook = w.ref();
            last.responseCode = q.value(16).toInt();
            last.error = q.value(17).toString();
            last.state = DeliveryStatus::stateOf(q.value(18).toInt());
            last.timestamp = QDateTime::fromMSecsSinceEpoch(q.value(19).toLongLong(), Qt::UTC);
            s.lastDelivery = last;
        }
        out << s;
    }
    return out;
}

QList<StoredWebhook> WebhookRepository::rotationsEnded(const QDateTime &now, Error *error) const
{
    QList<StoredWebhook> out;
    for (Row &row : query(QStringLiteral("w.previous_secret_until > 0 AND"
                                         " w.previous_secret_until <= ?"),
                          {now.toMSecsSinceEpoch()}, error))
        out << std::move(row.webhook);
    return out;
}

QDateTime WebhookRepository::nextRotationEnd(Error *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT MIN(previous_secret_until) FROM webhooks WHERE previous_secret_until > 0"));
    if (Error e = Database::exec(q, Tr::tr("read secret rotations"))) {
        setError(error, e);
        return {};
    }
    if (!q.next() || q.isNull(0))
        return {};
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

Error WebhookRepository::endRotation(qint64 id, const QDateTime &until)
{
    if (Error e = m_db.begin())
        return e;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE webhooks SET previous_secret_until = 0"
                             " WHERE id = ? AND previous_secret_until = ?"));
    q.addBindValue(id);
    q.addBindValue(until.toMSecsSinceEpoch());
    Error error = Database::exec(q, Tr::tr("end the secret rotation"));
    // Other consoles on the database hear of it (their "rotating" line goes).
    std::optional<StoredWebhook> stored;
    if (!error)
        stored = byId(id, &error);
    if (!error && stored)
        error = m_db.recordChange(QStringLiteral("webhook"), QStringLiteral("changed"),
                                  stored->ref().toString(), stored->ref().toString(), stored->uid);
    if (!error)
        return m_db.commit();
    m_db.rollback();
    return error;
}

} // namespace wc
