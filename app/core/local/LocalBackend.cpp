#include "local/LocalBackend.h"
#include "local/LocalBulkRedelivery.h"

#include "AppInfo.h"
#include "EventCatalog.h"
#include "Settings.h"
#include "Validation.h"
#include "delivery/Dispatcher.h"
#include "delivery/PayloadBuilder.h"
#include "local/FaultPoint.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretFingerprint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcLocal, "webhookconsole.local.backend")

namespace wc {

namespace {
/// Retention's batches (see applyRetention): rows per transaction, and the pause after each.
constexpr int RetentionBatchSize = 1000;
constexpr std::chrono::milliseconds RetentionPause{5};
int retentionBatchSize = RetentionBatchSize; // setRetentionBatching(), for tests
std::function<void(qint64)> retentionHook;   // likewise

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalBackend)
};

/// `original`, telling also what went wrong while undoing its first half.
Error withUndoFailure(Error original, const Error &undo, const QString &what)
{
    if (!undo)
        return original;
    qCWarning(lcLocal) << "undo failed:" << what << undo.message;
    original.message += u' ' + Tr::tr("Also, %1: %2").arg(what, undo.message);
    return original;
}

Error conflict(const WebhookRef &ref)
{
    return Error{
        Error::Code::Conflict,
        Tr::tr("A webhook named “%1” already exists in %2.").arg(ref.name, ref.scope.path()),
        QStringLiteral("name")};
}

Error webhookGone()
{
    return Error::make(Error::Code::NotFound, Tr::tr("The webhook no longer exists."));
}

Error noSuchWebhook(const WebhookRef &ref)
{
    return Error::make(Error::Code::NotFound,
                       Tr::tr("There is no webhook “%1”.").arg(ref.toString()));
}

/// When the webhook's secret was last set, in the user's words ("29/11/2026 21:03").
QString secretSetAt(const Webhook &webhook)
{
    return QLocale().toString(webhook.secretChangedAt.toLocalTime(), QLocale::ShortFormat);
}

/// This computer's keychain lacks the webhook's secret, or holds an older one.
Error secretNeeded(const Webhook &webhook, bool outOfDate)
{
    QString message;
    if (!outOfDate && webhook.secretChangedBy.isEmpty())
        message = Tr::tr("The secret of “%1” is not in your keychain. Enter it to send deliveries "
                         "from this computer.")
                      .arg(webhook.displayName);
    else if (!outOfDate)
        message = Tr::tr("The secret of “%1” is not in your keychain (%2 set it on %3). Enter it "
                         "to send deliveries from this computer.")
                      .arg(webhook.displayName, webhook.secretChangedBy, secretSetAt(webhook));
    else if (!webhook.secretChangedBy.isEmpty())
        message = Tr::tr("The secret of “%1” was changed by %2 on %3; the one in your keychain is "
                         "out of date. Enter the new one.")
                      .arg(webhook.displayName, webhook.secretChangedBy,
                           QLocale().toString(webhook.secretChangedAt.toLocalTime(),
                                              QLocale::ShortFormat));
    else
        message = Tr::tr("The secret of “%1” has changed; the one in your keychain is out of date. "
                         "Enter the new one.")
                      .arg(webhook.displayName);
    return Error{Error::Code::Keychain, message, QStringLiteral("secret")};
}

/// What the verified-secrets cache keeps of a secret: enough to recognise it, not to sign.
QByteArray digestOf(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

Error noSuchDelivery(const QString &id)
{
    return Error::make(Error::Code::NotFound, Tr::tr("There is no delivery %1.").arg(id));
}

/// Local delivery ids are row ids: anything else cannot name one.
Error notADeliveryId(const QString &id)
{
    return Error::invalid(QStringLiteral("deliveryId"),
                          Tr::tr("“%1” is not a delivery ID (a positive whole number).").arg(id));
}

StoredWebhook applyDraft(StoredWebhook webhook, const WebhookDraft &draft)
{
    const QString who = Settings::identity();
    webhook.updatedBy = who;
    webhook.scope = draft.scope;
    webhook.name = draft.name;
    webhook.displayName = draft.displayName.trimmed();
    webhook.payloadUrl = draft.payloadUrl.trimmed();
    webhook.format = draft.format;
    webhook.filters = draft.filters;
    webhook.groups = draft.groups;
    webhook.active = draft.active;
    webhook.signature = draft.signature;
    switch (draft.secretChange) {
    case WebhookDraft::SecretChange::Keep:
        break;
    case WebhookDraft::SecretChange::Set:
        webhook.previousSecretUntil = {}; // a secret set outright ends a rotation
        webhook.hasSecret = true;
        webhook.secretFingerprint.clear(); // computed off the caller's thread: withFingerprint
        webhook.secretChangedBy = who;
        webhook.secretChangedAt = QDateTime::currentDateTimeUtc();
        break;
    case WebhookDraft::SecretChange::Remove:
        webhook.previousSecretUntil = {};
        webhook.hasSecret = false;
        webhook.secretFingerprint.clear();
        webhook.secretChangedBy = who;
        webhook.secretChangedAt = QDateTime::currentDateTimeUtc();
        break;
    }
    return webhook;
}

template <typename T> QFuture<Result<T>> failed(const Error &error)
{
    return readyFuture(Result<T>::failure(error));
}
} // namespace

template <typename Work>
auto LocalBackend::query(StorageThread &thread, Work work)
    -> QFuture<Result<std::invoke_result_t<Work &, Store &, Error *>>>
{
    using T = std::invoke_result_t<Work &, Store &, Error *>;
    return thread.run([work = std::move(work)](Store &store) mutable -> Result<T> {
        if (Error e = store.usable())
            return Result<T>::failure(e);
        Result<T> result;
        result.value = work(store, &result.error);
        return result;
    });
}

LocalBackend::LocalBackend(const QString &location, std::unique_ptr<SecretStore> secrets,
                           QObject *parent)
    : WebhookBackend(parent)
    , m_location(location)
    , m_connectLocation(location)
    , m_secrets(secrets ? std::move(secrets) : KeychainSecretStore::application())
    , m_dispatcher(new Dispatcher(this))
    , m_store(new StorageThread(QStringLiteral("storage"), QThread::InheritPriority, this))
    , m_origin(newUid())
{
    connect(&m_changeTimer, &QTimer::timeout, this, &LocalBackend::tick);
    connect(m_store, &StorageThread::notified, this, &LocalBackend::pollChanges);
    m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    m_rotationTimer.setSingleShot(true);
    connect(&m_rotationTimer, &QTimer::timeout, this, [this] { (void)expireRotations(); });
}

LocalBackend::~LocalBackend()
{
    // The storage threads finish what was asked of them before they stop; a prune under way
    // stops after the batch it is deleting.
    m_closing->store(true);
    delete m_retention;
    delete m_history;
    delete m_store;
}

QString LocalBackend::displayLocation() const
{
    return Database::displayLocation(m_location);
}

StorageThread &LocalBackend::historyThread()
{
    if (!m_history) {
        m_history = new StorageThread(QStringLiteral("history"), QThread::LowPriority, this);
        // Queued ahead of any work: the connection is open (or says why not) when work runs.
        (void)m_history->run([origin = m_origin](Store &s) {
            s.db.setOrigin(origin);
            return 0;
        });
        (void)m_history->open(m_connectLocation, false, BusyTimeout);
    }
    return *m_history;
}

StorageThread &LocalBackend::retentionThread()
{
    if (!m_retention) {
        m_retention = new StorageThread(QStringLiteral("retention"), QThread::LowPriority, this);
        (void)m_retention->run([origin = m_origin](Store &s) {
            s.db.setOrigin(origin);
            return 0;
        });
        (void)m_retention->open(m_connectLocation, false, BusyTimeout);
    }
    return *m_retention;
}

QString LocalBackend::passwordKey(const QString &location)
{
    // One password per server, user and database, whatever the connection parameters.
    return QStringLiteral("database:") + QUrl(location).toDisplayString(QUrl::RemovePassword |
                                                                        QUrl::RemoveQuery |
                                                                        QUrl::RemoveFragment);
}

QFuture<Error> LocalBackend::keepPassword(const QString &location, const QString &password)
{
    if (!location.startsWith(u"postgres"))
        return readyFuture(Error::invalid(QStringLiteral("database"),
                                          Tr::tr("Only a PostgreSQL database has a password.")));
    // The store lives until its answer has come, and goes once that is handled.
    std::shared_ptr<KeychainSecretStore> keychain(KeychainSecretStore::application().release(),
                                                  [](QObject *store) { store->deleteLater(); });
    Promise<Error> done;
    whenReady(keychain->write(passwordKey(location), password), QCoreApplication::instance(),
              [done, keychain](const Error &e) { done.finish(e); });
    return done.future();
}

bool LocalBackend::locationHoldsPassword() const
{
    return isPostgres() && !QUrl(m_location).password().isEmpty();
}

QFuture<Error> LocalBackend::keepPasswordInKeychain()
{
    if (!locationHoldsPassword())
        return WebhookBackend::keepPasswordInKeychain();
    return keepPassword(m_location, QUrl(m_location).password());
}

QFuture<Error> LocalBackend::open()
{
    // A PostgreSQL URL without a password: libpq looks in PGPASSWORD and ~/.pgpass, and
    // before that this computer's keychain is asked (keepPassword()). The password is added to
    // the URL in memory only.
    const QUrl url(m_location);
    if (!isPostgres() || !url.password().isEmpty() || qEnvironmentVariableIsSet("PGPASSWORD"))
        return openStorage();
    Promise<Error> done;
    whenReady(m_secrets->read(passwordKey(m_location)), this,
              [this, done, url](const SecretStore::ReadResult &r) {
                  if (!r.error && !r.secret.isEmpty()) {
                      QUrl withPassword = url;
                      withPassword.setPassword(r.secret);
                      m_connectLocation = withPassword.toString();
                  } else if (r.error.code != Error::Code::NotFound) {
                      qCWarning(lcLocal)
                          << "no database password from the keychain:" << r.error.message;
                  }
                  whenReady(openStorage(), this, [done](const Error &e) { done.finish(e); });
              });
    return done.future();
}

QFuture<Error> LocalBackend::openStorage()
{
    m_dispatcher->setTimeout(std::chrono::seconds(Settings::timeoutSeconds()));
    // Pending attempts older than any request could last were cut off by a crash.
    const auto margin = m_dispatcher->timeout() + std::chrono::minutes(1);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMSecs(-qint64(margin.count()));
    const QString location = m_connectLocation;
    auto opened = m_store->run([location, cutoff, origin = m_origin](Store &store) {
        // Not query(): that asks for an open connection, and this is what opens it.
        Result<QList<JournalEntry>> r;
        store.db.setBusyTimeout(BusyTimeout);
        store.db.setOrigin(origin);
        store.openError = store.db.open(location);
        r.error = store.openError ? store.openError : store.deliveries.markInterrupted(cutoff);
        if (!r.error)
            r.value = store.webhooks.journalEntries(&r.error);
        return r;
    });
    Promise<Error> done;
    whenReady(opened, this, [this, done](const Result<QList<JournalEntry>> &r) {
        if (r.error) {
            done.finish(r.error);
            return;
        }
        startWatching();
        // Keychain steps a crash cut short: complete or undo them before anything else; then
        // previous secrets whose overlap ended while the console was closed leave the keychain.
        Promise<Error> recovered;
        whenReady(recovered.future(), this, [this, done](const Error &e) {
            if (e) {
                done.finish(e);
                return;
            }
            whenReady(expireRotations(), this, [done](const Error &expired) {
                // Not fatal: the next opening tries again; sending never uses an ended one.
                if (expired)
                    qCWarning(lcLocal) << "secret rotations not ended:" << expired.message;
                done.finish({});
            });
        });
        recoverJournal(r.value, recovered);
    });
    return done.future();
}

// Changes made elsewhere.

/// What the storage thread found in the change journal, with what the signals carry.
struct ChangeBatch
{
    struct Item
    {
        Change change;
        std::optional<StoredWebhook> webhook;
        std::optional<Delivery> delivery;
    };
    bool looked = false;   ///< false: nothing changed since the last look (SQLite)
    bool overflow = false; ///< more changed than is told one by one: reload instead
    qint64 dataVersion = -1;
    QList<Item> items;
    QList<qint64> ids; ///< every change id read, own ones included
    Error error;
};

void LocalBackend::startWatching()
{
    const bool postgres = isPostgres();
    if (postgres) {
        whenReady(m_store->listen(QString::fromLatin1(Database::ChangeChannel)), this,
                  [](const Error &e) {
                      if (e)
                          qCWarning(lcLocal) << "not notified of changes:" << e.message;
                  });
    }
    m_changeTimer.start(postgres ? PostgresPollInterval : SQLitePollInterval);
    if (!postgres && m_following == Following::Promptly) {
        // A write by another process changes the WAL (or, rarely, the file): look at once.
        // Our own writes fire it too; PRAGMA data_version then says nothing changed.
        m_files = new QFileSystemWatcher(this);
        const auto watch = [this] {
            for (const QString &path : {m_location, m_location + QStringLiteral("-wal")}) {
                if (!m_files->files().contains(path) && QFileInfo::exists(path))
                    m_files->addPath(path);
            }
        };
        watch();
        // The commit becomes visible to other connections when the writer updates the WAL
        // index (shared memory, no file event) just after its last write to the WAL: look at
        // once, and once more a moment later. Events during that moment (a stream of writes,
        // ours among them: a bulk redelivery writes hundreds a second) wait for that look.
        m_settle.setSingleShot(true);
        m_settle.setInterval(std::chrono::milliseconds(40));
        connect(&m_settle, &QTimer::timeout, this, &LocalBackend::pollChanges);
        connect(m_files, &QFileSystemWatcher::fileChanged, this, [this, watch] {
            watch(); // a WAL removed and made again is watched again
            if (m_settle.isActive())
                return;
            pollChanges();
            m_settle.start();
        });
        connect(&m_changeTimer, &QTimer::timeout, this, watch);
    }
    // Where the journal stands now: what came before is already in what the window reads.
    auto last = m_store->run([](Store &s) {
        Error e;
        (void)s.db.pruneChanges(std::chrono::duration_cast<std::chrono::seconds>(ChangeRetention));
        const qint64 last = s.db.lastChange(&e);
        return std::pair{last, s.db.dataVersion()};
    });
    m_polling = true;
    whenReady(last, this, [this](const std::pair<qint64, qint64> &r) {
        m_lastChange = r.first;
        m_dataVersion = r.second;
        m_polling = false;
        if (std::exchange(m_pollAgain, false))
            pollChanges();
    });
}

void LocalBackend::tick()
{
    if (!isPostgres()) {
        pollChanges();
        return;
    }
    // A server that went away (restarted, a network cut): found here, and connected to again.
    if (m_checking)
        return;
    m_checking = true;
    QList<QFuture<StorageThread::Health>> checks{m_store->checkConnection()};
    if (m_history)
        checks << m_history->checkConnection();
    whenReady(checks.first(), this, [this, checks](const StorageThread::Health &main) {
        const auto settle = [this](const StorageThread::Health &main,
                                   const StorageThread::Health &history) {
            m_checking = false;
            const Error e = main.error ? main.error : history.error;
            if (e) {
                if (!std::exchange(m_connectionLost, true)) {
                    qCWarning(lcLocal) << "lost the database:" << e.message;
                    m_changeTimer.setInterval(ReconnectInterval);
                    Q_EMIT connectionLost(e.message);
                }
                return;
            }
            if (std::exchange(m_connectionLost, false) || main.reconnected || history.reconnected) {
                qCInfo(lcLocal) << "connected to the database again";
                m_changeTimer.setInterval(PostgresPollInterval);
                Q_EMIT connectionRestored();
                Q_EMIT refreshNeeded();
            }
            pollChanges();
        };
        if (checks.size() < 2) {
            settle(main, {});
            return;
        }
        whenReady(checks.at(1), this,
                  [main, settle](const StorageThread::Health &history) { settle(main, history); });
    });
}

bool LocalBackend::isPostgres() const
{
    return m_location.startsWith(u"postgres");
}

void LocalBackend::pollChanges()
{
    if (m_connectionLost)
        return; // tick() connects again first
    if (m_polling) {
        m_pollAgain = true; // a notification during a look: look once more after it
        return;
    }
    m_polling = true;
    // Ids are handed out before the transactions that use them commit, and on PostgreSQL
    // they may commit out of order: look back a little, and skip what was already seen.
    constexpr qint64 LookBack = 256;
    const qint64 after = qMax<qint64>(0, m_lastChange - LookBack);
    const bool prune = ++m_pollsSincePrune >= 1000;
    if (prune)
        m_pollsSincePrune = 0;
    auto batch = m_store->run(
        [after, seen = m_seenChanges, origin = m_origin, version = m_dataVersion, prune](Store &s) {
            ChangeBatch b;
            if (s.usable())
                return b;
            b.dataVersion = s.db.dataVersion();
            if (s.db.backend() == Database::Backend::SQLite && b.dataVersion == version)
                return b; // no other connection has committed since the last look
            b.looked = true;
            if (prune)
                (void)s.db.pruneChanges(
                    std::chrono::duration_cast<std::chrono::seconds>(ChangeRetention));
            constexpr int Most = 2000;
            const QList<Change> changes = s.db.changesSince(after, Most, &b.error);
            b.overflow = changes.size() == Most;
            for (const Change &c : changes) {
                b.ids << c.id;
                if (b.overflow)
                    continue;
                if (seen.contains(c.id) || c.origin == origin)
                    continue;
                ChangeBatch::Item item{c, {}, {}};
                Error e;
                if (c.subject == u"webhook" && c.action != u"removed") {
                    item.webhook = s.webhooks.byUid(c.uid, &e);
                    if (!item.webhook)
                        continue; // removed since: its own change says so
                } else if (c.subject == u"history") {
                    item.webhook = s.webhooks.byUid(c.uid, &e);
                    if (!item.webhook)
                        continue;
                } else if (c.subject == u"delivery") {
                    auto found = s.deliveries.byId(c.deliveryId, &e);
                    std::optional<StoredWebhook> webhook;
                    if (found)
                        webhook = s.webhooks.byId(found->second, &e);
                    if (!found || !webhook)
                        continue;
                    // Lists carry deliveries without their bodies; the detail reads them again.
                    Delivery d = found->first;
                    d.webhook = webhook->ref();
                    d.payload.clear();
                    d.requestHeaders.clear();
                    d.responseHeaders.clear();
                    d.responseBody.clear();
                    item.delivery = d;
                }
                b.items << item;
            }
            return b;
        });
    whenReady(batch, this, [this](const ChangeBatch &b) {
        m_polling = false;
        applyChanges(b);
        if (std::exchange(m_pollAgain, false))
            pollChanges();
    });
}

void LocalBackend::applyChanges(const ChangeBatch &b)
{
    m_dataVersion = b.dataVersion;
    if (!b.looked)
        return;
    if (b.error)
        qCWarning(lcLocal) << "cannot read other consoles' changes:" << b.error.message;
    for (qint64 id : b.ids) {
        m_seenChanges.insert(id);
        m_lastChange = qMax(m_lastChange, id);
    }
    // Forget ids too old to be read again.
    for (auto it = m_seenChanges.begin(); it != m_seenChanges.end();) {
        if (*it <= m_lastChange - 512)
            it = m_seenChanges.erase(it);
        else
            ++it;
    }
    if (b.overflow) {
        qCInfo(lcLocal) << "many changes from elsewhere: reloading";
        Q_EMIT refreshNeeded();
        m_pollAgain = true; // the rest of them
        return;
    }
    for (const ChangeBatch::Item &item : b.items) {
        const Change &c = item.change;
        qCDebug(lcLocal) << "change from elsewhere:" << c.subject << c.action << c.ref;
        if (c.subject == u"organization") {
            Q_EMIT organizationAdded(c.ref);
        } else if (c.subject == u"scope") {
            const auto scope = Scope::parse(c.ref);
            if (!scope)
                continue;
            if (c.action == u"added") {
                Q_EMIT scopeAdded(*scope);
            } else if (c.action == u"removed") {
                Q_EMIT scopeRemoved(*scope);
            } else if (c.action == u"renamed") {
                if (const auto from = Scope::parse(c.refBefore))
                    Q_EMIT scopeRenamed(*from, *scope);
            }
        } else if (c.subject == u"webhook") {
            if (c.action == u"added" && item.webhook) {
                Q_EMIT webhookAdded(*item.webhook);
            } else if (c.action == u"changed" && item.webhook) {
                const auto before = WebhookRef::parse(c.refBefore);
                // A rotation started elsewhere ends on this console's clock too.
                if (item.webhook->previousSecretUntil.isValid())
                    scheduleRotationExpiry();
                Q_EMIT webhookChanged(before ? *before : item.webhook->ref(), *item.webhook);
            } else if (c.action == u"removed") {
                if (const auto ref = WebhookRef::parse(c.ref))
                    Q_EMIT webhookRemoved(*ref);
            }
        } else if (c.subject == u"delivery" && item.delivery) {
            if (c.action == u"recorded")
                Q_EMIT deliveryRecorded(*item.delivery);
            else if (item.delivery->state != Delivery::State::Pending)
                Q_EMIT deliveryCompleted(*item.delivery);
        } else if (c.subject == u"history" && item.webhook) {
            if (c.action == u"cleared")
                Q_EMIT historyCleared(item.webhook->ref());
            else
                Q_EMIT historyPruned(c.ref.toLongLong());
        }
    }
}

QFuture<StoredWebhook> LocalBackend::withFingerprint(StoredWebhook after, const QString &secret)
{
    Promise<StoredWebhook> promise;
    whenReady(
        SecretFingerprint::compute(secret, after.uid), this,
        [this, promise, after, digest = digestOf(secret)](const QString &fingerprint) mutable {
            after.secretFingerprint = fingerprint;
            m_verifiedSecrets.insert(after.uid, {fingerprint, digest});
            promise.finish(after);
        });
    return promise.future();
}

QFuture<Error> LocalBackend::journal(const QString &uid, const QString &action, qint64 webhookId)
{
    return m_store->run([uid, action, webhookId](Store &s) {
        if (Error e = s.usable())
            return e;
        return s.webhooks.journal(uid, action, webhookId);
    });
}

QFuture<Error> LocalBackend::unjournal(const QString &uid)
{
    return m_store->run([uid](Store &s) {
        if (Error e = s.usable())
            return e;
        return s.webhooks.unjournal(uid);
    });
}

void LocalBackend::recoverJournal(QList<JournalEntry> entries, const Promise<Error> &done)
{
    if (entries.isEmpty()) {
        done.finish({});
        return;
    }
    const JournalEntry entry = entries.takeFirst();
    // Whatever happens to this one, go on with the rest; opening never fails for it. An
    // entry the keychain cannot settle now (locked, unreachable) waits for the next start.
    auto next = [this, entries, done, entry](const Error &e) {
        if (e)
            qCWarning(lcLocal) << "keychain step" << entry.action << entry.uid
                               << "left for later:" << e.message;
        else
            qCInfo(lcLocal) << "settled the interrupted keychain step" << entry.action << entry.uid;
        recoverJournal(entries, done);
    };
    auto settle = [this, next, uid = entry.uid](const Error &keychain) {
        if (keychain) {
            next(keychain);
            return;
        }
        whenReady(unjournal(uid), this, next);
    };
    if (entry.action == u"create" || entry.action == u"remove") {
        // A secret written for a webhook that was never saved, or one whose removal the
        // database had recorded: take it out. (A saved webhook clears its entry as it saves.)
        auto row = query(
            *m_store, [uid = entry.uid](Store &s, Error *e) { return s.webhooks.byUid(uid, e); });
        whenReady(row, this, [this, settle, entry](const Result<std::optional<StoredWebhook>> &r) {
            if (entry.action == u"create" && r.value && !r.error) {
                settle({}); // it was saved after all
                return;
            }
            whenReady(removeSecret(entry.uid), this, settle);
        });
        return;
    }
    if (entry.action == u"delete") {
        // The user asked for the webhook to go: finish it.
        whenReady(removeSecret(entry.uid), this, [this, next, settle, entry](const Error &e) {
            if (e) {
                next(e);
                return;
            }
            auto gone = query(historyThread(), [id = entry.webhookId](Store &s, Error *err) {
                return s.deliveries.clear(id, 2000, err);
            });
            whenReady(gone, this, [this, settle, next, entry](const Result<qint64> &history) {
                if (history.error) {
                    next(history.error);
                    return;
                }
                auto removed = m_store->run([id = entry.webhookId](Store &s) {
                    if (Error err = s.usable())
                        return err;
                    const Error err = s.webhooks.remove(id); // clears the entry with the row
                    return err.code == Error::Code::NotFound ? Error{} : err;
                });
                whenReady(removed, this, settle);
            });
        });
        return;
    }
    if (entry.action == u"set") {
        // A new secret may have reached the keychain before the row was saved: the row says
        // so if the keychain holds one.
        whenReady(m_secrets->read(entry.uid), this,
                  [this, next, settle, entry](const SecretStore::ReadResult &r) {
                      if (r.error && r.error.code != Error::Code::NotFound) {
                          next(r.error);
                          return;
                      }
                      auto marked = m_store->run([uid = entry.uid, has = !r.error](Store &s) {
                          if (Error e = s.usable())
                              return e;
                          Error e;
                          auto w = s.webhooks.byUid(uid, &e);
                          if (e || !w)
                              return e ? e : s.webhooks.unjournal(uid);
                          w->hasSecret = w->hasSecret || has;
                          return s.webhooks.update(*w); // clears the entry
                      });
                      whenReady(marked, this, next);
                  });
        return;
    }
    settle({}); // an action this version does not know: forget it
}

void LocalBackend::setDeliveryTimeout(std::chrono::milliseconds timeout)
{
    m_dispatcher->setTimeout(timeout);
}

// Organizations and scopes.

namespace {
/// The error of a storage step that gives nothing else.
QFuture<Error> errorOf(QFuture<Result<bool>> done)
{
    return done.then([](const Result<bool> &r) { return r.error; });
}
} // namespace

QFuture<Result<QList<CloudConnection>>> LocalBackend::readCloudConnections()
{
    return query(*m_store, [](Store &s, Error *e) {
        QList<CloudConnection> out;
        for (const auto &[organization, apiUrl] : s.webhooks.cloudOrganizations(e))
            out.append(CloudConnection{organization, apiUrl});
        return out;
    });
}

QFuture<Error> LocalBackend::recordCloudConnection(const CloudConnection &connection)
{
    auto done = query(*m_store, [connection](Store &s, Error *e) {
        *e = s.webhooks.setCloudOrganization(connection.organization, connection.apiUrl);
        return true;
    });
    return errorOf(done);
}

QFuture<Error> LocalBackend::forgetOrganization(const QString &organization)
{
    auto done = query(*m_store, [organization](Store &s, Error *e) {
        *e = s.webhooks.removeOrganization(organization);
        return true;
    });
    return errorOf(done);
}

namespace {
/// The mirror of a Pulumi Cloud webhook, made or brought up to date.
Error upsertMirror(StorageThread::Store &s, const Webhook &webhook, qint64 *id)
{
    Error e;
    std::optional<StoredWebhook> stored = s.webhooks.byRef(webhook.ref(), &e);
    if (e)
        return e;
    if (!stored) {
        StoredWebhook made;
        static_cast<Webhook &>(made) = webhook;
        made.uid = QLatin1String(LocalBackend::MirrorPrefix) + newUid();
        made.createdAt = made.updatedAt = QDateTime::currentDateTimeUtc();
        e = s.webhooks.insert(made);
        *id = made.id;
        return e;
    }
    *id = stored->id;
    const Webhook &was = *stored;
    if (was.displayName == webhook.displayName && was.payloadUrl == webhook.payloadUrl &&
        was.format == webhook.format && was.filters == webhook.filters &&
        was.groups == webhook.groups && was.active == webhook.active &&
        was.hasSecret == webhook.hasSecret)
        return {};
    StoredWebhook changed = *stored;
    changed.displayName = webhook.displayName;
    changed.payloadUrl = webhook.payloadUrl;
    changed.format = webhook.format;
    changed.filters = webhook.filters;
    changed.groups = webhook.groups;
    changed.active = webhook.active;
    changed.hasSecret = webhook.hasSecret;
    return s.webhooks.update(changed);
}
} // namespace

QFuture<Result<QHash<WebhookRef, Delivery>>> LocalBackend::mirror(const QList<Webhook> &webhooks)
{
    return query(*m_store, [webhooks](Store &s, Error *e) {
        QHash<WebhookRef, Delivery> newest;
        QSet<QString> organizations;
        for (const Webhook &w : webhooks) {
            qint64 id = 0;
            if ((*e = upsertMirror(s, w, &id)))
                return newest;
            organizations.insert(w.scope.organization);
        }
        for (const QString &organization : std::as_const(organizations)) {
            for (const WebhookSummary &summary : s.webhooks.listAll(organization, e)) {
                if (summary.lastDelivery)
                    newest.insert(summary.webhook.ref(), *summary.lastDelivery);
            }
        }
        return newest;
    });
}

QFuture<Result<LocalBackend::Archived>>
LocalBackend::archive(const Webhook &webhook, const QList<Delivery> &attempts, bool made)
{
    return query(*m_store, [webhook, attempts, made](Store &s, Error *e) {
        Archived out;
        if ((*e = s.db.begin()))
            return out;
        qint64 webhookId = 0;
        *e = upsertMirror(s, webhook, &webhookId);
        QList<Delivery> stored(attempts.size());
        // Pulumi lists one entry per delivery id, its latest attempt: an entry like the newest
        // attempt of its id archived before is that attempt; any other is a new one. Attempts
        // are remembered also once their delivery was pruned or cleared. Both statements are
        // prepared once for the whole list.
        QSqlQuery known(s.db.connection());
        known.prepare(QStringLiteral(
            "SELECT delivery_id, started_at, duration_ms, response_code, response_headers"
            " FROM cloud_attempts WHERE webhook_id = ? AND uid = ? ORDER BY id"));
        QSqlQuery remember(s.db.connection());
        remember.prepare(QStringLiteral(
            "INSERT INTO cloud_attempts (webhook_id, uid, started_at, duration_ms,"
            " response_code, response_headers, delivery_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        const auto idAt = [](const QSqlQuery &q) {
            return q.value(0).isNull() ? QString() : q.value(0).toString();
        };
        // Oldest first, so that row ids (the history's order) follow time.
        for (qsizetype i = attempts.size() - 1; i >= 0 && !*e; --i) {
            Delivery d = attempts.at(i);
            d.webhook = webhook.ref();
            known.bindValue(0, webhookId);
            known.bindValue(1, Database::text(d.uid));
            if ((*e = Database::exec(known, Tr::tr("read the archive"))))
                break;
            std::optional<QString> first; // the id's first attempt (empty when pruned)
            QString newest;
            bool alike = false;
            while (known.next()) {
                if (!first)
                    first = idAt(known);
                newest = idAt(known);
                alike = known.value(1).toLongLong() == d.timestamp.toMSecsSinceEpoch() &&
                        known.value(2).toLongLong() == d.durationMs &&
                        known.value(3).toInt() == d.responseCode &&
                        known.value(4).toString() == d.responseHeaders;
            }
            known.finish();
            if (alike && !made) {
                d.id = newest; // empty when it was pruned meanwhile
                d.redeliveryOf = newest == first ? QString() : first.value_or(QString());
            } else {
                d.redeliveryOf = first.value_or(QString());
                if ((*e = s.deliveries.insertPending(d, webhookId)))
                    break;
                d.state = Delivery::State::Completed;
                if ((*e = s.deliveries.complete(d)))
                    break;
                const QVariantList values{
                    webhookId,        Database::text(d.uid), d.timestamp.toMSecsSinceEpoch(),
                    d.durationMs,     d.responseCode,        Database::text(d.responseHeaders),
                    d.id.toLongLong()};
                for (int v = 0; v < values.size(); ++v)
                    remember.bindValue(v, values.at(v));
                if ((*e = Database::exec(remember, Tr::tr("archive the delivery"))))
                    break;
                ++out.added;
            }
            d.state = Delivery::State::Completed;
            stored[i] = d;
        }
        known.finish();
        remember.finish();
        if (!*e)
            *e = s.db.commit();
        else
            s.db.rollback();
        if (!*e)
            out.attempts = stored;
        return out;
    });
}

QFuture<Result<QString>> LocalBackend::secretOf(const WebhookRef &ref)
{
    Promise<Result<QString>> reply;
    auto found = query(*m_store, [ref](Store &s, Error *e) { return s.webhooks.byRef(ref, e); });
    whenReady(found, this, [this, ref, reply](const Result<std::optional<StoredWebhook>> &r) {
        if (r.error || !r.value) {
            reply.finish(Result<QString>::failure(r.error ? r.error : noSuchWebhook(ref)));
            return;
        }
        whenReady(secretFor(*r.value), this,
                  [reply](const Result<QString> &secret) { reply.finish(secret); });
    });
    return reply.future();
}

QFuture<Error> LocalBackend::removeMirror(const WebhookRef &ref)
{
    auto done = query(*m_store, [ref](Store &s, Error *e) {
        const qint64 id = s.webhooks.idOf(ref, e);
        if (id && !*e)
            *e = s.webhooks.remove(id);
        return true;
    });
    return errorOf(done);
}

QFuture<Result<QStringList>> LocalBackend::organizations()
{
    return query(*m_store, [](Store &s, Error *e) { return s.webhooks.organizations(e); });
}

QFuture<Error> LocalBackend::addOrganization(const QString &organization)
{
    if (QString e = validation::scopeSegment(organization, validation::ScopePart::Organization);
        !e.isEmpty())
        return readyFuture(Error::invalid(QStringLiteral("organization"), e));
    Promise<Error> reply;
    auto added = query(*m_store, [organization](Store &s, Error *e) {
        const bool known = s.webhooks.organizations(e).contains(organization);
        if (!*e && !known)
            (void)s.webhooks.ensureOrganization(organization, e);
        return !known;
    });
    whenReady(added, this, [this, reply, organization](const Result<bool> &r) {
        if (!r.error && r.value)
            Q_EMIT organizationAdded(organization);
        reply.finish(r.error);
    });
    return reply.future();
}

QFuture<Result<QList<Scope>>> LocalBackend::scopes(const QString &organization)
{
    return query(*m_store, [organization](Store &s, Error *e) {
        QList<Scope> out = s.webhooks.stacks(organization, e);
        if (!*e)
            out += s.webhooks.environments(organization, e);
        return out;
    });
}

namespace {
/// Empty when the stack or environment's names follow Pulumi's rules; otherwise why not.
Error checkScope(const Scope &scope)
{
    const auto invalid = [](const QString &why) {
        return Error::invalid(QStringLiteral("scope"), why);
    };
    if (scope.isOrganization() || !scope.isValid())
        return invalid(Tr::tr("Give a project and a stack, or a project and an environment."));
    for (const auto &[value, what] :
         {std::pair{scope.organization, validation::ScopePart::Organization},
          {scope.project, validation::ScopePart::Project},
          {scope.isEnvironment() ? scope.environment : scope.stack,
           scope.isEnvironment() ? validation::ScopePart::Environment
                                 : validation::ScopePart::Stack}}) {
        if (QString e = validation::scopeSegment(value, what); !e.isEmpty())
            return invalid(e);
    }
    return {};
}
} // namespace

QFuture<Error> LocalBackend::addScope(const Scope &scope)
{
    if (Error e = checkScope(scope))
        return readyFuture(e);
    Promise<Error> reply;
    auto added =
        query(*m_store, [scope](Store &s, Error *e) { return s.webhooks.addScope(scope, e); });
    whenReady(added, this, [this, reply, scope](const Result<bool> &r) {
        if (!r.error && r.value)
            Q_EMIT scopeAdded(scope);
        reply.finish(r.error);
    });
    return reply.future();
}

QFuture<Error> LocalBackend::renameScope(const Scope &from, const Scope &to)
{
    if (Error e = checkScope(to))
        return readyFuture(e);
    if (from.kind() != to.kind() || from.organization != to.organization)
        return readyFuture(Error::invalid(
            QStringLiteral("scope"),
            Tr::tr("A stack stays a stack, an environment an environment, in its organization.")));
    if (from == to)
        return readyFuture(Error{});
    Promise<Error> reply;
    auto renamed = m_store->run([from, to](Store &s) {
        if (Error e = s.usable())
            return e;
        return s.webhooks.renameScope(from, to);
    });
    whenReady(renamed, this, [this, reply, from, to](const Error &e) {
        if (!e) {
            qCInfo(lcLocal) << "renamed" << from.path() << "to" << to.path();
            Q_EMIT scopeRenamed(from, to);
        }
        reply.finish(e);
    });
    return reply.future();
}

QFuture<Result<int>> LocalBackend::removeScope(const Scope &scope)
{
    if (scope.isOrganization() || !scope.isValid())
        return readyFuture(Result<int>::failure(checkScope(scope)));
    Promise<Result<int>> reply;
    // Its webhooks first, each with its secret and history, as a delete of each would; the
    // scope only once they are all gone.
    whenReady(webhooks(scope), this, [this, reply, scope](const Result<QList<WebhookSummary>> &r) {
        if (r.error) {
            reply.finish(Result<int>::failure(r.error));
            return;
        }
        QList<WebhookRef> refs;
        for (const WebhookSummary &w : r.value)
            refs << w.webhook.ref();
        removeScopeWebhooks(scope, refs, 0, reply);
    });
    return reply.future();
}

void LocalBackend::removeScopeWebhooks(const Scope &scope, QList<WebhookRef> refs, int removed,
                                       const Promise<Result<int>> &reply)
{
    if (refs.isEmpty()) {
        auto gone = m_store->run([scope](Store &s) {
            if (Error e = s.usable())
                return e;
            return s.webhooks.removeScope(scope);
        });
        whenReady(gone, this, [this, reply, scope, removed](const Error &e) {
            if (!e) {
                qCInfo(lcLocal) << "removed" << scope.path() << "and" << removed << "webhooks";
                Q_EMIT scopeRemoved(scope);
            }
            reply.finish(Result<int>{e, removed});
        });
        return;
    }
    const WebhookRef next = refs.takeFirst();
    whenReady(remove(next), this, [this, reply, scope, refs, removed, next](const Error &e) {
        if (e) {
            Error why = e;
            why.message = Tr::tr("“%1” was not removed: its webhook %2 could not be deleted. %3")
                              .arg(scope.displayPath(), next.toString(), e.message);
            reply.finish(Result<int>{why, removed});
            return;
        }
        removeScopeWebhooks(scope, refs, removed + 1, reply);
    });
}

// Webhooks.

QFuture<Result<QList<WebhookSummary>>> LocalBackend::webhooks(const Scope &scope, Depth depth)
{
    return query(*m_store, [scope, depth](Store &s, Error *e) {
        if (depth == Depth::WithStacks && !scope.isStack())
            return s.webhooks.listAll(scope.organization, e);
        return s.webhooks.list(scope, e);
    });
}

QFuture<Result<Webhook>> LocalBackend::webhook(const WebhookRef &ref)
{
    return m_store->run([ref](Store &s) {
        if (Error e = s.usable())
            return Result<Webhook>::failure(e);
        Error e;
        const auto found = s.webhooks.byRef(ref, &e);
        if (e)
            return Result<Webhook>::failure(e);
        if (!found)
            return Result<Webhook>::failure(noSuchWebhook(ref));
        return Result<Webhook>{{}, *found};
    });
}

QFuture<Result<Webhook>> LocalBackend::create(const WebhookDraft &given)
{
    WebhookDraft draft = given;
    if (draft.name.trimmed().isEmpty())
        draft.name = validation::generateName(); // as Pulumi Cloud does
    if (draft.filters.isEmpty() && draft.groups.isEmpty())
        draft.groups = EventCatalog::defaultGroups(draft.scope); // as Pulumi Cloud does
    if (Error e = validation::checkDraft(draft))
        return failed<Webhook>(e);
    StoredWebhook made = applyDraft(StoredWebhook{}, draft);
    made.uid = newUid();
    made.hasSecret = draft.secretChange == WebhookDraft::SecretChange::Set;
    made.createdBy = made.updatedBy;
    const WebhookRef ref = made.ref();
    WebhookReply reply;
    // The name first, so that a taken one never reaches the keychain; meanwhile the secret's
    // fingerprint is computed on a worker thread.
    auto taken =
        query(*m_store, [ref](Store &s, Error *e) { return s.webhooks.nameTaken(ref, 0, e); });
    const QFuture<StoredWebhook> fingerprinted =
        made.hasSecret ? withFingerprint(made, draft.secret) : readyFuture(made);
    whenReady(
        fingerprinted, this,
        [this, taken, reply, ref, secret = draft.secret](const StoredWebhook &webhook) {
            whenReady(taken, this, [this, reply, webhook, ref, secret](const Result<bool> &r) {
                if (r.error || r.value) {
                    reply.finish(Result<Webhook>::failure(r.error ? r.error : conflict(ref)));
                    return;
                }
                if (!webhook.hasSecret) {
                    insertWebhook(webhook, reply);
                    return;
                }
                // Journalled first: a crash after the keychain step leaves a note to undo it.
                whenReady(journal(webhook.uid, QStringLiteral("create"), 0), this,
                          [this, reply, webhook, secret](const Error &journalled) {
                              if (journalled) {
                                  reply.finish(Result<Webhook>::failure(journalled));
                                  return;
                              }
                              whenReady(m_secrets->write(webhook.uid, secret), this,
                                        [this, reply, webhook](const Error &e) {
                                            if (e) {
                                                (void)unjournal(webhook.uid);
                                                reply.finish(Result<Webhook>::failure(e));
                                                return;
                                            }
                                            faultPoint("create:after-keychain");
                                            insertWebhook(webhook, reply);
                                        });
                          });
            });
        });
    return reply.future();
}

void LocalBackend::insertWebhook(const StoredWebhook &webhook, const WebhookReply &reply)
{
    auto inserted = m_store->run([webhook = webhook](Store &s) mutable {
        Error e = s.usable();
        if (!e)
            e = s.webhooks.insert(webhook);
        return Result<StoredWebhook>{e, webhook};
    });
    whenReady(inserted, this, [this, reply](const Result<StoredWebhook> &r) {
        if (!r.error) {
            qCInfo(lcLocal) << "created webhook" << r.value.ref().toString();
            Q_EMIT webhookAdded(r.value);
            reply.finish({{}, r.value});
            return;
        }
        if (!r.value.hasSecret) {
            reply.finish(Result<Webhook>::failure(r.error));
            return;
        }
        // The database refused after the keychain took the secret: take it back out.
        whenReady(
            removeSecret(r.value.uid), this,
            [this, reply, e = r.error, uid = r.value.uid](const Error &undo) {
                if (!undo)
                    (void)unjournal(uid);
                reply.finish(Result<Webhook>::failure(withUndoFailure(
                    e, undo, Tr::tr("the new secret could not be removed from the keychain"))));
            });
    });
}

QFuture<Result<Webhook>> LocalBackend::update(const WebhookRef &ref, const WebhookDraft &draft)
{
    WebhookReply reply;
    struct Found
    {
        std::optional<StoredWebhook> before;
        bool nameTaken = false;
    };
    // A webhook never moves between scopes: its name may change within its own.
    auto found = query(*m_store, [ref, name = draft.name](Store &s, Error *e) {
        Found f;
        f.before = s.webhooks.byRef(ref, e);
        if (f.before && !*e && name != ref.name)
            f.nameTaken = s.webhooks.nameTaken(WebhookRef{ref.scope, name}, f.before->id, e);
        return f;
    });
    whenReady(found, this, [this, reply, draft](const Result<Found> &r) {
        if (r.error || !r.value.before) {
            // An edit of a webhook read earlier: someone removed it since.
            reply.finish(Result<Webhook>::failure(
                r.error ? r.error
                : draft.baseVersion > 0
                    ? Error::make(Error::Code::NotFound,
                                  Tr::tr("This webhook no longer exists: someone "
                                         "else deleted it; nothing was saved."))
                    : webhookGone()));
            return;
        }
        const StoredWebhook &before = *r.value.before;
        if (draft.baseVersion && before.version && draft.baseVersion != before.version) {
            reply.finish(Result<Webhook>::failure(WebhookRepository::staleError(before)));
            return;
        }
        WebhookDraft checked = draft;
        checked.scope = before.scope;
        if (Error e = validation::checkDraft(checked)) {
            reply.finish(Result<Webhook>::failure(e));
            return;
        }
        if (r.value.nameTaken) {
            reply.finish(Result<Webhook>::failure(conflict(WebhookRef{before.scope, draft.name})));
            return;
        }
        // Another scheme with the secret kept: the secret must suit the new scheme too.
        if (checked.signature != before.signature && before.hasSecret &&
            checked.secretChange == WebhookDraft::SecretChange::Keep) {
            whenReady(secretFor(before), this,
                      [this, reply, before, checked](const Result<QString> &secret) {
                          if (secret.error) { // cannot tell whether it suits: refuse
                              reply.finish(Result<Webhook>::failure(secret.error));
                              return;
                          }
                          const SignatureScheme &scheme = SignatureScheme::get(checked.signature);
                          const QString problem = scheme.secretProblem(secret.value);
                          if (!problem.isEmpty()) {
                              reply.finish(Result<Webhook>::failure(
                                  Error::invalid(QStringLiteral("secret"),
                                                 Tr::tr("The current secret does not suit %1. %2")
                                                     .arg(scheme.displayName(), problem))));
                              return;
                          }
                          saveEdit(before, applyDraft(before, checked), checked, reply);
                      });
            return;
        }
        saveEdit(before, applyDraft(before, checked), checked, reply);
    });
    return reply.future();
}

void LocalBackend::saveEdit(const StoredWebhook &before, const StoredWebhook &after,
                            const WebhookDraft &draft, const WebhookReply &reply)
{
    // Wraps the reply: announces a successful edit before answering.
    const WebhookReply finished;
    whenReady(finished.future(), this, [this, reply, before](const Result<Webhook> &r) {
        if (!r.error) {
            // A secret set or removed outright ends a rotation: its previous secret goes.
            if (before.previousSecretUntil.isValid() && !r.value.previousSecretUntil.isValid())
                (void)m_secrets->remove(previousSecretKey(before.uid));
            qCInfo(lcLocal) << "updated webhook" << r.value.ref().toString();
            Q_EMIT webhookChanged(before.ref(), r.value);
        }
        reply.finish(r);
    });
    // Saves `webhook` if the stored version is still the one the edit started from; undoing
    // puts back `before` exactly, whatever the version.
    auto save = [this](const StoredWebhook &webhook, bool undo = false) {
        return m_store->run([webhook = webhook, undo](Store &s) mutable {
            Error e = s.usable();
            if (!e)
                e = undo ? s.webhooks.restore(webhook)
                         : s.webhooks.update(webhook, {}, webhook.version);
            return Result<Webhook>{e, webhook};
        });
    };

    switch (draft.secretChange) {
    case WebhookDraft::SecretChange::Keep:
        whenReady(save(after), this, [finished](const Result<Webhook> &r) { finished.finish(r); });
        return;
    case WebhookDraft::SecretChange::Remove: {
        if (!before.hasSecret) {
            whenReady(save(after), this,
                      [finished](const Result<Webhook> &r) { finished.finish(r); });
            return;
        }
        // Database first, with a note in the same transaction that the secret is to go; if
        // the keychain then refuses, put the row back as it was. A crash in between leaves the
        // note, and the next start removes the secret.
        auto saveNoted = m_store->run([after = after](Store &s) mutable {
            Error e = s.usable();
            if (!e)
                e = s.webhooks.update(after, QStringLiteral("remove"), after.version);
            return Result<Webhook>{e, after};
        });
        whenReady(saveNoted, this, [this, finished, before, save](const Result<Webhook> &saved) {
            if (saved.error) {
                finished.finish(saved);
                return;
            }
            faultPoint("remove:after-database");
            whenReady(
                removeSecret(before.uid), this,
                [this, finished, before, saved, save](const Error &e) {
                    if (!e) {
                        whenReady(unjournal(before.uid), this,
                                  [finished, saved](const Error &) { finished.finish(saved); });
                        return;
                    }
                    whenReady(save(before, true), this, [finished, e](const Result<Webhook> &undo) {
                        finished.finish(
                            Result<Webhook>::failure(withUndoFailure(e, undo.error,
                                                                     Tr::tr("the webhook could not "
                                                                            "be marked as signed "
                                                                            "again"))));
                    });
                });
        });
        return;
    }
    case WebhookDraft::SecretChange::Set:
        break;
    }
    // Setting a secret: its fingerprint computed on a worker thread, then journalled first (a
    // crash after the keychain step leaves a note for the next start), and the old one kept
    // so a refused database write can restore it.
    whenReady(withFingerprint(after, draft.secret), this,
              [this, before, finished, secret = draft.secret](const StoredWebhook &after) {
                  whenReady(journal(before.uid, QStringLiteral("set"), before.id), this,
                            [this, before, after, finished, secret](const Error &journalled) {
                                if (journalled) {
                                    finished.finish(Result<Webhook>::failure(journalled));
                                    return;
                                }
                                if (!before.hasSecret) {
                                    writeSecretAndSave(before, after, secret, false, {}, finished);
                                    return;
                                }
                                whenReady(
                                    m_secrets->read(before.uid), this,
                                    [this, before, after, finished,
                                     secret](const SecretStore::ReadResult &old) {
                                        if (old.error && old.error.code != Error::Code::NotFound) {
                                            (void)unjournal(before.uid);
                                            finished.finish(Result<Webhook>::failure(old.error));
                                            return;
                                        }
                                        writeSecretAndSave(before, after, secret, !old.error,
                                                           old.secret, finished);
                                    });
                            });
              });
}

void LocalBackend::writeSecretAndSave(const StoredWebhook &before, const StoredWebhook &after,
                                      const QString &secret, bool hadOld, const QString &oldSecret,
                                      const WebhookReply &reply)
{
    whenReady(
        m_secrets->write(after.uid, secret), this,
        [this, before, after, hadOld, oldSecret, reply](const Error &e) {
            if (e) {
                (void)unjournal(before.uid);
                reply.finish(Result<Webhook>::failure(e));
                return;
            }
            faultPoint("set:after-keychain");
            auto saved = m_store->run([after = after](Store &s) mutable {
                Error error = s.usable();
                if (!error)
                    error = s.webhooks.update(after, {}, after.version);
                return Result<Webhook>{error, after};
            });
            whenReady(
                saved, this, [this, before, hadOld, oldSecret, reply](const Result<Webhook> &r) {
                    if (!r.error) {
                        reply.finish(r);
                        return;
                    }
                    // Put back exactly what was there: the old secret, or no entry.
                    const QFuture<Error> undo =
                        hadOld ? m_secrets->write(before.uid, oldSecret) : removeSecret(before.uid);
                    whenReady(undo, this,
                              [this, reply, e = r.error, uid = before.uid](const Error &u) {
                                  if (!u)
                                      (void)unjournal(uid);
                                  reply.finish(Result<Webhook>::failure(
                                      withUndoFailure(e, u,
                                                      Tr::tr("the previous secret could not be "
                                                             "restored"))));
                              });
                });
        });
}

QFuture<Error> LocalBackend::remove(const WebhookRef &ref)
{
    Promise<Error> reply;
    auto found = query(*m_store, [ref](Store &s, Error *e) { return s.webhooks.byRef(ref, e); });
    whenReady(found, this, [this, reply](const Result<std::optional<StoredWebhook>> &r) {
        if (r.error || !r.value) {
            reply.finish(r.error ? r.error : webhookGone());
            return;
        }
        const StoredWebhook webhook = *r.value;
        if (!webhook.hasSecret) {
            deleteRow(webhook, false, {}, reply);
            return;
        }
        // Journalled first: a crash after the keychain step leaves a note, and the next start
        // finishes the deletion. The secret is kept in memory until the row is gone, to put it
        // back if the database refuses.
        whenReady(journal(webhook.uid, QStringLiteral("delete"), webhook.id), this,
                  [this, reply, webhook](const Error &journalled) {
                      if (journalled) {
                          reply.finish(journalled);
                          return;
                      }
                      whenReady(m_secrets->read(webhook.uid), this,
                                [this, reply, webhook](const SecretStore::ReadResult &old) {
                                    if (old.error && old.error.code != Error::Code::NotFound) {
                                        (void)unjournal(webhook.uid);
                                        reply.finish(old.error);
                                        return;
                                    }
                                    whenReady(removeSecret(webhook.uid), this,
                                              [this, reply, webhook, old](const Error &e) {
                                                  if (e) {
                                                      (void)unjournal(webhook.uid);
                                                      reply.finish(e);
                                                      return;
                                                  }
                                                  faultPoint("delete:after-keychain");
                                                  deleteRow(webhook, !old.error, old.secret, reply);
                                              });
                                });
                  });
    });
    return reply.future();
}

void LocalBackend::deleteRow(const StoredWebhook &webhook, bool hadSecret, const QString &oldSecret,
                             const Promise<Error> &reply)
{
    // A long history goes first, in batches on the history thread, so deleting the row (and
    // what little is left to cascade) never holds the database for long.
    auto cleared = query(historyThread(), [id = webhook.id](Store &s, Error *e) {
        return s.deliveries.clear(id, 2000, e);
    });
    whenReady(
        cleared, this, [this, webhook, hadSecret, oldSecret, reply](const Result<qint64> &history) {
            auto removed = m_store->run([id = webhook.id, historyError = history.error](Store &s) {
                if (historyError)
                    return historyError;
                if (Error e = s.usable())
                    return e;
                return s.webhooks.remove(id);
            });
            whenReady(removed, this,
                      [this, webhook, hadSecret, oldSecret, reply,
                       historyError = history.error](Error e) {
                          if (!e) {
                              if (webhook.previousSecretUntil.isValid())
                                  (void)m_secrets->remove(previousSecretKey(webhook.uid));
                              qCInfo(lcLocal) << "deleted webhook" << webhook.ref().toString();
                              Q_EMIT webhookRemoved(webhook.ref());
                              reply.finish({});
                              return;
                          }
                          if (historyError)
                              e.message += u' ' + Tr::tr("Part of its delivery history may "
                                                         "already be gone.");
                          if (!hadSecret) {
                              reply.finish(e);
                              return;
                          }
                          whenReady(m_secrets->write(webhook.uid, oldSecret), this,
                                    [this, reply, e, uid = webhook.uid](const Error &undo) {
                                        if (!undo)
                                            (void)unjournal(uid);
                                        reply.finish(withUndoFailure(
                                            e, undo,
                                            Tr::tr("the secret could not be put back into the "
                                                   "keychain")));
                                    });
                      });
        });
}

// Deliveries.

bool LocalBackend::isVerified(const StoredWebhook &webhook, const QString &secret) const
{
    const auto it = m_verifiedSecrets.constFind(webhook.uid);
    return it != m_verifiedSecrets.cend() && it->first == webhook.secretFingerprint &&
           it->second == digestOf(secret);
}

void LocalBackend::rememberVerified(const StoredWebhook &webhook, const QString &secret)
{
    m_verifiedSecrets.insert(webhook.uid, {webhook.secretFingerprint, digestOf(secret)});
}

QFuture<bool> LocalBackend::markVerified(const StoredWebhook &webhook, const QString &secret)
{
    rememberVerified(webhook, secret);
    Promise<bool> done;
    whenReady(m_secrets->write(verifiedMarkKey(webhook.uid),
                               verifiedMark(webhook.secretFingerprint, secret)),
              this, [done](const Error &e) {
                  // Without the mark the next process checks again: no more than that.
                  if (e)
                      qCInfo(lcLocal) << "cannot mark the secret as checked:" << e.message;
                  done.finish(true);
              });
    return done.future();
}

QString LocalBackend::verifiedMarkKey(const QString &uid)
{
    return uid + QStringLiteral("#verified");
}

QString LocalBackend::verifiedMark(const QString &fingerprint, const QString &secret)
{
    // Keyed with the secret: nothing but the secret itself makes the mark of a fingerprint.
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(QByteArrayLiteral("webhook-console verified ") +
                                             fingerprint.toUtf8(),
                                         secret.toUtf8(), QCryptographicHash::Sha256)
            .toBase64());
}

QFuture<Error> LocalBackend::removeSecret(const QString &uid)
{
    Promise<Error> reply;
    // The mark first: a crash in between leaves the secret, which the journal removes later.
    whenReady(m_secrets->remove(verifiedMarkKey(uid)), this, [this, reply, uid](const Error &e) {
        if (e) {
            reply.finish(e);
            return;
        }
        whenReady(m_secrets->remove(uid), this, [reply](const Error &e) { reply.finish(e); });
    });
    return reply.future();
}

QFuture<bool> LocalBackend::checkSecret(const StoredWebhook &webhook, const QString &secret,
                                        const QFuture<SecretStore::ReadResult> &markRead)
{
    Promise<bool> reply;
    whenReady(markRead, this, [this, reply, webhook, secret](const SecretStore::ReadResult &m) {
        if (!m.error && m.secret == verifiedMark(webhook.secretFingerprint, secret)) {
            rememberVerified(webhook, secret); // checked by an earlier process
            reply.finish(true);
            return;
        }
        // The check takes a tenth of a second: done once, then marked.
        whenReady(SecretFingerprint::check(webhook.secretFingerprint, secret, webhook.uid), this,
                  [this, reply, webhook, secret](bool matches) {
                      if (!matches) {
                          reply.finish(false);
                          return;
                      }
                      whenReady(markVerified(webhook, secret), this,
                                [reply](bool) { reply.finish(true); });
                  });
    });
    return reply.future();
}

QFuture<Result<QString>> LocalBackend::secretFor(const StoredWebhook &webhook)
{
    if (!webhook.hasSecret)
        return readyFuture(Result<QString>{});
    // Unless this process checked it already, the mark of an earlier check is read at once,
    // beside the secret.
    const bool checkedHere =
        m_verifiedSecrets.value(webhook.uid).first == webhook.secretFingerprint;
    const QFuture<SecretStore::ReadResult> markRead =
        webhook.secretFingerprint.isEmpty() || checkedHere
            ? readyFuture(SecretStore::ReadResult{Error::make(Error::Code::NotFound, {}), {}})
            : m_secrets->read(verifiedMarkKey(webhook.uid));
    Promise<Result<QString>> reply;
    whenReady(
        m_secrets->read(webhook.uid), this,
        [this, reply, webhook, markRead](const SecretStore::ReadResult &r) {
            if (r.error.code == Error::Code::NotFound) {
                reply.finish(Result<QString>::failure(secretNeeded(webhook, false)));
                return;
            }
            // A database from before fingerprints cannot tell; a secret checked once
            // against this fingerprint is not checked again.
            if (r.error || webhook.secretFingerprint.isEmpty() || isVerified(webhook, r.secret)) {
                reply.finish(Result<QString>{r.error, r.secret});
                return;
            }
            whenReady(checkSecret(webhook, r.secret, markRead), this,
                      [this, reply, webhook, secret = r.secret](bool matches) {
                          reply.finish(matches
                                           ? Result<QString>{{}, secret}
                                           : Result<QString>::failure(secretNeeded(webhook, true)));
                      });
        });
    return reply.future();
}

// Secret rotation.

QString LocalBackend::previousSecretKey(const QString &uid)
{
    return uid + QStringLiteral("#previous");
}

void LocalBackend::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QFuture<Result<QStringList>> LocalBackend::signingSecretsFor(const StoredWebhook &webhook)
{
    Promise<Result<QStringList>> reply;
    whenReady(secretFor(webhook), this, [this, reply, webhook](const Result<QString> &current) {
        if (current.error || current.value.isEmpty()) {
            reply.finish(Result<QStringList>{current.error, {}});
            return;
        }
        const QStringList secrets{current.value};
        if (!webhook.previousSecretUntil.isValid()) {
            reply.finish({{}, secrets});
            return;
        }
        if (webhook.previousSecretUntil <= m_clock()) {
            (void)expireRotations(); // ended while nobody looked
            reply.finish({{}, secrets});
            return;
        }
        // Another teammate's keychain may lack it: signed with the current secret alone then.
        whenReady(m_secrets->read(previousSecretKey(webhook.uid)), this,
                  [reply, secrets](const SecretStore::ReadResult &previous) {
                      if (previous.error && previous.error.code != Error::Code::NotFound) {
                          reply.finish(Result<QStringList>::failure(previous.error));
                          return;
                      }
                      reply.finish(
                          {{}, previous.error ? secrets : secrets + QStringList{previous.secret}});
                  });
    });
    return reply.future();
}

QFuture<Result<SigningKeys>> LocalBackend::signingKeys(const WebhookRef &ref)
{
    Promise<Result<SigningKeys>> reply;
    auto found = query(*m_store, [ref](Store &s, Error *e) { return s.webhooks.byRef(ref, e); });
    whenReady(found, this, [this, reply, ref](const Result<std::optional<StoredWebhook>> &r) {
        if (r.error || !r.value) {
            reply.finish(Result<SigningKeys>::failure(r.error ? r.error : noSuchWebhook(ref)));
            return;
        }
        const QString scheme = r.value->signature;
        whenReady(signingSecretsFor(*r.value), this,
                  [reply, scheme](const Result<QStringList> &secrets) {
                      SigningKeys keys{scheme, {}};
                      for (int i = 0; i < secrets.value.size(); ++i) {
                          keys.secrets << SigningSecret{secrets.value[i],
                                                        i == 0 ? Tr::tr("current secret")
                                                               : Tr::tr("previous secret")};
                      }
                      reply.finish({secrets.error, keys});
                  });
    });
    return reply.future();
}

QFuture<Result<Webhook>> LocalBackend::rotateSecret(const WebhookRef &ref, const QString &secret,
                                                    std::chrono::seconds overlap)
{
    if (overlap.count() < 0 || overlap > MaxRotationOverlap) {
        return failed<Webhook>(Error::invalid(
            QStringLiteral("overlap"),
            Tr::tr("Choose an overlap between none and %n days.", nullptr,
                   int(std::chrono::duration_cast<std::chrono::hours>(MaxRotationOverlap).count() /
                       24))));
    }
    WebhookReply reply;
    auto found = query(*m_store, [ref](Store &s, Error *e) { return s.webhooks.byRef(ref, e); });
    whenReady(
        found, this,
        [this, reply, ref, secret, overlap](const Result<std::optional<StoredWebhook>> &r) {
            if (r.error || !r.value) {
                reply.finish(Result<Webhook>::failure(r.error ? r.error : noSuchWebhook(ref)));
                return;
            }
            const StoredWebhook before = *r.value;
            WebhookDraft draft = WebhookDraft::from(before);
            draft.secretChange = WebhookDraft::SecretChange::Set;
            draft.secret = secret;
            if (Error e = validation::checkDraft(draft)) {
                reply.finish(Result<Webhook>::failure(e));
                return;
            }
            StoredWebhook after = applyDraft(before, draft);
            if (!before.hasSecret || overlap.count() == 0) {
                saveEdit(before, after, draft, reply);
                return;
            }
            // The current secret, checked against its fingerprint, becomes the previous one.
            whenReady(
                secretFor(before), this,
                [this, reply, before, after, draft,
                 overlap](const Result<QString> &current) mutable {
                    if (current.error) {
                        reply.finish(Result<Webhook>::failure(current.error));
                        return;
                    }
                    if (current.value == draft.secret) {
                        reply.finish(Result<Webhook>::failure(Error::invalid(
                            QStringLiteral("secret"),
                            Tr::tr("This is the current secret: a rotation needs a new one."))));
                        return;
                    }
                    after.previousSecretUntil = m_clock().addSecs(overlap.count());
                    const QString key = previousSecretKey(before.uid);
                    whenReady(m_secrets->write(key, current.value), this,
                              [this, reply, before, after, draft, key](const Error &kept) {
                                  if (kept) {
                                      reply.finish(Result<Webhook>::failure(kept));
                                      return;
                                  }
                                  WebhookReply saved;
                                  whenReady(saved.future(), this,
                                            [this, reply, before, key](const Result<Webhook> &s) {
                                                if (s.error &&
                                                    !before.previousSecretUntil.isValid())
                                                    (void)m_secrets->remove(key);
                                                if (!s.error)
                                                    scheduleRotationExpiry();
                                                reply.finish(s);
                                            });
                                  saveEdit(before, after, draft, saved);
                              });
                });
        });
    return reply.future();
}

QFuture<Error> LocalBackend::expireRotations()
{
    Promise<Error> done;
    auto ended = query(*m_store, [now = m_clock()](Store &s, Error *e) {
        return s.webhooks.rotationsEnded(now, e);
    });
    whenReady(ended, this, [this, done](const Result<QList<StoredWebhook>> &r) {
        if (r.error || r.value.isEmpty()) {
            if (!r.error)
                scheduleRotationExpiry();
            done.finish(r.error);
            return;
        }
        // Keychain first, then the database: a crash in between finds the rotation still
        // recorded, and removing a missing entry again is a success.
        auto remaining = std::make_shared<int>(int(r.value.size()));
        auto firstError = std::make_shared<Error>();
        for (const StoredWebhook &webhook : r.value) {
            whenReady(m_secrets->remove(previousSecretKey(webhook.uid)), this,
                      [this, done, webhook, remaining, firstError](const Error &removed) {
                          auto recorded =
                              removed
                                  ? readyFuture(Result<std::optional<StoredWebhook>>{removed, {}})
                                  : query(*m_store, [webhook](Store &s, Error *e) {
                                        *e = s.webhooks.endRotation(webhook.id,
                                                                    webhook.previousSecretUntil);
                                        return *e ? std::nullopt : s.webhooks.byId(webhook.id, e);
                                    });
                          whenReady(recorded, this,
                                    [this, done, webhook, remaining,
                                     firstError](const Result<std::optional<StoredWebhook>> &r) {
                                        if (r.error && !*firstError)
                                            *firstError = r.error;
                                        if (!r.error && r.value) {
                                            qCInfo(lcLocal)
                                                << "rotation ended for" << webhook.ref().toString();
                                            Q_EMIT webhookChanged(webhook.ref(), *r.value);
                                        }
                                        if (--*remaining == 0) {
                                            scheduleRotationExpiry();
                                            done.finish(*firstError);
                                        }
                                    });
                      });
        }
    });
    return done.future();
}

void LocalBackend::scheduleRotationExpiry()
{
    auto next = query(*m_store, [](Store &s, Error *e) { return s.webhooks.nextRotationEnd(e); });
    whenReady(next, this, [this](const Result<QDateTime> &r) {
        m_rotationTimer.stop();
        if (r.error || !r.value.isValid())
            return;
        // Woken at least hourly: a clock changed meanwhile is caught up with.
        const qint64 ms = std::clamp<qint64>(m_clock().msecsTo(r.value), 0, 3600 * 1000);
        m_rotationTimer.start(std::chrono::milliseconds(ms + 50));
    });
}

QFuture<Error> LocalBackend::provideSecret(const WebhookRef &ref, const QString &secret)
{
    if (secret.isEmpty())
        return readyFuture(Error::invalid(QStringLiteral("secret"), Tr::tr("Enter a secret.")));
    if (QString e = validation::secret(secret); !e.isEmpty())
        return readyFuture(Error::invalid(QStringLiteral("secret"), e));
    Promise<Error> reply;
    auto found = query(*m_store, [ref](Store &s, Error *e) { return s.webhooks.byRef(ref, e); });
    whenReady(
        found, this, [this, reply, ref, secret](const Result<std::optional<StoredWebhook>> &r) {
            if (r.error || !r.value) {
                reply.finish(r.error ? r.error : noSuchWebhook(ref));
                return;
            }
            const StoredWebhook webhook = *r.value;
            if (!webhook.hasSecret) {
                reply.finish(Error::invalid(QStringLiteral("secret"),
                                            Tr::tr("“%1” has no secret: there is nothing to enter.")
                                                .arg(webhook.displayName)));
                return;
            }
            const QFuture<bool> checked =
                webhook.secretFingerprint.isEmpty()
                    ? readyFuture(true)
                    : SecretFingerprint::check(webhook.secretFingerprint, secret, webhook.uid);
            whenReady(checked, this, [this, reply, webhook, secret](bool matches) {
                if (!matches) {
                    reply.finish(Error::invalid(
                        QStringLiteral("secret"),
                        webhook.secretChangedBy.isEmpty()
                            ? Tr::tr("This is not the secret of “%1”: nothing was kept.")
                                  .arg(webhook.displayName)
                            : Tr::tr("This is not the secret of “%1” (%2 set it on %3): nothing "
                                     "was kept.")
                                  .arg(webhook.displayName, webhook.secretChangedBy,
                                       secretSetAt(webhook))));
                    return;
                }
                whenReady(m_secrets->write(webhook.uid, secret), this,
                          [this, reply, webhook, secret](const Error &e) {
                              if (e || webhook.secretFingerprint.isEmpty()) {
                                  reply.finish(e);
                                  return;
                              }
                              whenReady(markVerified(webhook, secret), this,
                                        [reply](bool) { reply.finish({}); });
                          });
            });
        });
    return reply.future();
}

QFuture<Result<Delivery>> LocalBackend::ping(const WebhookRef &ref)
{
    return sendPayload(ref, QStringLiteral("ping"));
}

QFuture<Result<Delivery>> LocalBackend::sendSample(const WebhookRef &ref, const QString &event)
{
    return sendPayload(ref, event);
}

QFuture<Result<Delivery>> LocalBackend::sendPayload(const WebhookRef &ref, const QString &event)
{
    DeliveryReply reply;
    auto found = query(*m_store, [ref](Store &s, Error *e) { return s.webhooks.byRef(ref, e); });
    whenReady(found, this, [this, reply, event](const Result<std::optional<StoredWebhook>> &r) {
        if (r.error || !r.value) {
            reply.finish(Result<Delivery>::failure(r.error ? r.error : webhookGone()));
            return;
        }
        const StoredWebhook &w = *r.value;
        Delivery d;
        d.uid = newUid();
        d.timestamp = QDateTime::currentDateTimeUtc();
        if (event != u"ping") {
            if (const QString why = EventCatalog::excludedBy(w.scope, w.filters, w.groups, event);
                !why.isEmpty()) {
                reply.finish(
                    Result<Delivery>::failure(Error::invalid(QStringLiteral("event"), why)));
                return;
            }
        }
        const Payload payload = event == u"ping" ? PayloadBuilder::ping(w, d.timestamp)
                                                 : PayloadBuilder::sample(w, event, d.timestamp);
        if (payload.kind.isEmpty()) {
            reply.finish(Result<Delivery>::failure(Error::invalid(
                QStringLiteral("event"), Tr::tr("No sample of “%1” can be made.").arg(event))));
            return;
        }
        d.kind = payload.kind;
        d.payload = payload.body;
        send(w, d, reply);
    });
    return reply.future();
}

QFuture<Result<LocalBackend::DeliveryWithWebhook>> LocalBackend::deliveryWithWebhook(qint64 rowId)
{
    return query(*m_store, [rowId](Store &s, Error *e) {
        DeliveryWithWebhook f;
        if (const auto d = s.deliveries.byId(rowId, e)) {
            f.original = d->first;
            f.webhook = s.webhooks.byId(d->second, e);
        }
        return f;
    });
}

QFuture<Result<Delivery>> LocalBackend::redeliver(const QString &deliveryId)
{
    const qint64 rowId = DeliveryRepository::rowIdOf(deliveryId);
    if (!rowId)
        return failed<Delivery>(notADeliveryId(deliveryId));
    auto found = deliveryWithWebhook(rowId);
    DeliveryReply reply;
    whenReady(found, this, [this, reply, deliveryId](const Result<DeliveryWithWebhook> &r) {
        if (r.error || !r.value.original || !r.value.webhook) {
            reply.finish(Result<Delivery>::failure(
                r.error ? r.error
                        : Error::make(Error::Code::NotFound, Tr::tr("The delivery no longer "
                                                                    "exists."))));
            return;
        }
        const Delivery &original = *r.value.original;
        Delivery d;
        // Same Pulumi-Webhook-ID as the original, so receivers can de-duplicate.
        d.uid = original.uid;
        d.kind = original.kind;
        d.payload = original.payload;
        d.timestamp = QDateTime::currentDateTimeUtc();
        d.redeliveryOf = original.redeliveryOf.isEmpty() ? original.id : original.redeliveryOf;
        send(*r.value.webhook, d, reply);
    });
    return reply.future();
}

Error LocalBackend::sentByPulumi(const StoredWebhook &webhook)
{
    // A mirror of Pulumi Cloud's webhook (an archive) is never sent from here: Pulumi sends.
    if (!webhook.uid.startsWith(QLatin1String(MirrorPrefix)))
        return {};
    return Error::invalid(
        QStringLiteral("webhook"),
        Tr::tr("%1 is kept in Pulumi Cloud, which sends its deliveries: connect its organization "
               "to Pulumi Cloud on this computer.")
            .arg(webhook.ref().toString()));
}

Error LocalBackend::unsuitableSecrets(const SignatureScheme &signer, const QStringList &secrets,
                                      const Delivery &delivery)
{
    // A secret the scheme cannot key (kept from before a change of scheme) would send the
    // delivery unsigned without a word: refuse instead.
    if (secrets.isEmpty() ||
        !signer.sign(delivery.uid.toUtf8(), 0, delivery.payload, secrets).isEmpty())
        return {};
    return Error::invalid(
        QStringLiteral("secret"),
        Tr::tr("The secret does not suit %1, so nothing was sent: %2")
            .arg(signer.displayName(), signer.secretProblem(secrets.constFirst())));
}

Error LocalBackend::missingWebhook(const WebhookRef &ref)
{
    return noSuchWebhook(ref);
}

BulkRedelivery *LocalBackend::redeliverFailed(const DeliveryFilter &filter, int maxInFlight,
                                              QObject *parent)
{
    return new LocalBulkRedelivery(*this, filter, maxInFlight, parent);
}

void LocalBackend::send(const StoredWebhook &webhook, Delivery delivery, const DeliveryReply &reply)
{
    if (Error e = sentByPulumi(webhook)) {
        reply.finish(Result<Delivery>::failure(e));
        return;
    }
    delivery.webhook = webhook.ref();
    delivery.requestUrl = webhook.payloadUrl;
    whenReady(signingSecretsFor(webhook), this,
              [this, reply, delivery, webhookId = webhook.id,
               scheme = webhook.signature](const Result<QStringList> &secrets) mutable {
                  if (secrets.error) {
                      reply.finish(Result<Delivery>::failure(secrets.error));
                      return;
                  }
                  // Signed once: the headers recorded are the very headers sent.
                  delivery.timestamp = QDateTime::currentDateTimeUtc();
                  const SignatureScheme &signer = SignatureScheme::get(scheme);
                  if (Error e = unsuitableSecrets(signer, secrets.value, delivery)) {
                      reply.finish(Result<Delivery>::failure(e));
                      return;
                  }
                  const Dispatcher::Headers headers =
                      Dispatcher::headersFor(delivery, signer, secrets.value);
                  sendWithHeaders(webhookId, delivery, headers, reply);
              });
}

void LocalBackend::sendWithHeaders(qint64 webhookId, Delivery delivery, const HttpHeaders &headers,
                                   const DeliveryReply &reply)
{
    delivery.requestHeaders = Dispatcher::formatHeaders(headers);
    auto pending = m_store->run([delivery, webhookId](Store &s) mutable {
        Error e = s.usable();
        if (!e)
            e = s.deliveries.insertPending(delivery, webhookId);
        return Result<Delivery>{e, delivery};
    });
    whenReady(pending, this, [this, reply, headers](const Result<Delivery> &p) {
        if (p.error) {
            reply.finish(Result<Delivery>::failure(p.error));
            return;
        }
        Q_EMIT deliveryRecorded(p.value);
        whenReady(m_dispatcher->send(p.value, headers), this,
                  [this, reply](const Delivery &result) {
                      auto recorded = m_store->run([result](Store &s) {
                          if (Error e = s.usable())
                              return e;
                          return s.deliveries.complete(result);
                      });
                      whenReady(recorded, this, [this, reply, result](const Error &e) {
                          Q_EMIT deliveryCompleted(result);
                          reply.finish(Result<Delivery>{e, result});
                      });
                  });
    });
}

QFuture<Result<Delivery>> LocalBackend::sendEdited(const EditedDelivery &edit)
{
    const qint64 rowId = DeliveryRepository::rowIdOf(edit.fromDeliveryId);
    if (!rowId)
        return failed<Delivery>(notADeliveryId(edit.fromDeliveryId));
    if (!edit.url.isEmpty()) {
        if (QString e = validation::payloadUrl(edit.url); !e.isEmpty())
            return failed<Delivery>(Error::invalid(QStringLiteral("url"), e));
    }
    auto found = deliveryWithWebhook(rowId);
    DeliveryReply reply;
    whenReady(found, this, [this, reply, edit](const Result<DeliveryWithWebhook> &r) {
        if (r.error || !r.value.original || !r.value.webhook) {
            reply.finish(
                Result<Delivery>::failure(r.error ? r.error : noSuchDelivery(edit.fromDeliveryId)));
            return;
        }
        const StoredWebhook webhook = *r.value.webhook;
        if (webhook.uid.startsWith(QLatin1String(MirrorPrefix))) {
            reply.finish(Result<Delivery>::failure(
                Error::invalid(QStringLiteral("webhook"),
                               Tr::tr("Pulumi Cloud sends this webhook's deliveries: edit and send "
                                      "works on the console's own webhooks."))));
            return;
        }
        Delivery d;
        d.webhook = webhook.ref();
        d.uid = newUid(); // a new message: receivers must not take it for the original
        d.kind = r.value.original->kind;
        d.payload = edit.payload;
        d.requestUrl = edit.url.isEmpty() ? webhook.payloadUrl : edit.url;
        d.editedFrom = r.value.original->id;
        const QFuture<Result<QStringList>> secrets = edit.signing == EditedDelivery::Signing::Signed
                                                         ? signingSecretsFor(webhook)
                                                         : readyFuture(Result<QStringList>{});
        whenReady(
            secrets, this, [this, reply, edit, d, webhook](const Result<QStringList> &s) mutable {
                if (s.error) {
                    reply.finish(Result<Delivery>::failure(s.error));
                    return;
                }
                const SignatureScheme &scheme = SignatureScheme::get(webhook.signature);
                d.timestamp = QDateTime::currentDateTimeUtc();
                // The edited headers, less what is made afresh: every scheme's signature headers,
                // and the framing Qt writes itself.
                const QList<QByteArray> signatureHeaders = SignatureScheme::allSignatureHeaders();
                Dispatcher::Headers headers;
                bool hasId = false;
                for (const QString &line :
                     edit.headers.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
                    const qsizetype colon = line.indexOf(u':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = line.left(colon).trimmed().toLatin1();
                    const QByteArray lower = name.toLower();
                    if (signatureHeaders.contains(lower) || lower == "content-length" ||
                        lower == "host")
                        continue;
                    // The new message's own id where the original's stood.
                    const bool id = lower == "pulumi-webhook-id";
                    hasId = hasId || id;
                    headers.append(
                        {name, id ? d.uid.toUtf8() : line.mid(colon + 1).trimmed().toUtf8()});
                }
                if (!hasId)
                    headers.append({"Pulumi-Webhook-ID", d.uid.toUtf8()});
                QStringList keys = s.value;
                if (edit.signing == EditedDelivery::Signing::WrongSecret)
                    keys = {scheme.generateSecret()}; // made up here, kept nowhere
                headers +=
                    scheme.sign(d.uid.toUtf8(), d.timestamp.toSecsSinceEpoch(), d.payload, keys);
                sendWithHeaders(webhook.id, d, headers, reply);
            });
    });
    return reply.future();
}

QFuture<Result<qint64>> LocalBackend::importDeliveries(const WebhookRef &ref,
                                                       QList<Delivery> deliveries)
{
    // Oldest first, so the history reads in order; bodies capped like the dispatcher's.
    std::stable_sort(
        deliveries.begin(), deliveries.end(),
        [](const Delivery &a, const Delivery &b) { return a.timestamp < b.timestamp; });
    const qint64 cap = m_dispatcher->maxResponseBytes();
    for (Delivery &d : deliveries) {
        if (d.responseBody.size() > cap) {
            d.responseBody.truncate(cap);
            d.responseTruncated = true;
        }
    }
    Promise<Result<qint64>> reply;
    auto imported = query(*m_store, [ref, deliveries](Store &s, Error *e) mutable -> qint64 {
        const auto webhook = s.webhooks.byRef(ref, e);
        if (*e)
            return 0;
        if (!webhook) {
            *e = noSuchWebhook(ref);
            return 0;
        }
        if (webhook->uid.startsWith(QLatin1String(MirrorPrefix))) {
            *e = Error::invalid(
                QStringLiteral("webhook"),
                Tr::tr("The history of a Pulumi Cloud webhook is Pulumi's: import into "
                       "one of the console's own webhooks."));
            return 0;
        }
        *e = s.deliveries.insertImported(deliveries, webhook->id);
        return *e ? 0 : qint64(deliveries.size());
    });
    whenReady(imported, this, [this, reply](const Result<qint64> &r) {
        if (!r.error && r.value > 0)
            Q_EMIT refreshNeeded();
        reply.finish(r);
    });
    return reply.future();
}

QFuture<Result<ReceivedRequest>> LocalBackend::keepReceived(const ReceivedRequest &request,
                                                            const WebhookRef &ref)
{
    return query(historyThread(), [request, ref](Store &s, Error *e) {
        ReceivedRequest kept = request;
        QString uid;
        if (ref.scope.isValid()) {
            if (const auto w = s.webhooks.byRef(ref, e))
                uid = w->uid;
        }
        if (!*e)
            *e = s.received.insert(kept, uid);
        return kept;
    });
}

QFuture<Result<QList<ReceivedRequest>>> LocalBackend::receivedRequests(const QString &search,
                                                                       int limit)
{
    return query(historyThread(),
                 [search, limit](Store &s, Error *e) { return s.received.list(search, limit, e); });
}

QFuture<Result<qint64>> LocalBackend::clearReceived()
{
    return query(historyThread(), [](Store &s, Error *e) { return s.received.clear(e); });
}

QFuture<Result<Delivery>> LocalBackend::delivery(const QString &deliveryId)
{
    const qint64 rowId = DeliveryRepository::rowIdOf(deliveryId);
    if (!rowId)
        return failed<Delivery>(notADeliveryId(deliveryId));
    return m_store->run([rowId, deliveryId](Store &s) {
        if (Error e = s.usable())
            return Result<Delivery>::failure(e);
        Error e;
        auto found = s.deliveries.byId(rowId, &e);
        std::optional<StoredWebhook> webhook;
        if (found && !e)
            webhook = s.webhooks.byId(found->second, &e);
        if (e)
            return Result<Delivery>::failure(e);
        if (!found || !webhook)
            return Result<Delivery>::failure(noSuchDelivery(deliveryId));
        found->first.webhook = webhook->ref();
        return Result<Delivery>{{}, found->first};
    });
}

QFuture<Result<HistoryPage>> LocalBackend::history(const DeliveryFilter &filter,
                                                   const PageRequest &request)
{
    return historyThread().run([filter, request](Store &s) {
        if (Error e = s.usable())
            return Result<HistoryPage>::failure(e);
        Result<HistoryPage> r;
        const qint64 id = s.webhooks.idOf(filter.webhook, &r.error);
        if (!r.error && !id)
            r.error = noSuchWebhook(filter.webhook);
        if (r.error)
            return r;
        r.value = s.deliveries.historyPage(id, filter, request, &r.error);
        for (Delivery &d : r.value.rows)
            d.webhook = filter.webhook;
        return r;
    });
}

QFuture<Result<qint64>> LocalBackend::countDeliveries(const DeliveryFilter &filter)
{
    return query(historyThread(), [filter](Store &s, Error *e) -> qint64 {
        const qint64 id = s.webhooks.idOf(filter.webhook, e);
        if (*e)
            return 0;
        if (!id) {
            *e = noSuchWebhook(filter.webhook);
            return 0;
        }
        return s.deliveries.count(id, filter, e);
    });
}

QFuture<Result<QList<DayStats>>> LocalBackend::dailyStats(const WebhookRef &ref,
                                                          const QDateTime &since)
{
    return query(historyThread(), [ref, since](Store &s, Error *e) -> QList<DayStats> {
        const qint64 id = s.webhooks.idOf(ref, e);
        if (*e)
            return {};
        if (!id) {
            *e = noSuchWebhook(ref);
            return {};
        }
        return s.deliveries.dailyStats(id, since, e);
    });
}

QFuture<Result<qint64>> LocalBackend::clearHistory(const WebhookRef &ref)
{
    Promise<Result<qint64>> reply;
    auto cleared = query(historyThread(), [ref](Store &s, Error *e) -> qint64 {
        const qint64 id = s.webhooks.idOf(ref, e);
        if (*e)
            return 0;
        if (!id) {
            *e = noSuchWebhook(ref);
            return 0;
        }
        return s.deliveries.clear(id, 2000, e);
    });
    whenReady(cleared, this, [this, reply, ref](const Result<qint64> &r) {
        // Even a partial clear changed the history: let every view catch up.
        if (!r.error || r.value > 0)
            Q_EMIT historyCleared(ref);
        reply.finish(r);
    });
    return reply.future();
}

QFuture<Result<qint64>> LocalBackend::applyRetention(const RetentionPolicy &policy)
{
    Promise<Result<qint64>> reply;
    // On a connection of its own, in short transactions with a pause between them: history
    // pages (the history thread) never queue behind a prune, readers are never blocked by it
    // (SQLite's WAL, PostgreSQL's MVCC), and a writer elsewhere (a ping) gets the lock between
    // two batches. The full-text index follows each batch through its triggers (SQLite) or
    // its column (PostgreSQL), in the same transaction.
    const int batchSize = retentionBatchSize;
    auto pruned = query(retentionThread(), [policy, batchSize, closing = m_closing,
                                            hook = retentionHook](Store &s, Error *e) {
        if ((*e = s.db.ensureConnected()))
            return qint64(0);
        const QList<qint64> ids = s.webhooks.allIds(e);
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-policy.keepDays);
        qint64 removed = 0;
        const auto between = [&closing, &hook, &removed](qint64 soFar) {
            if (hook)
                hook(removed + soFar);
            if (closing->load())
                return false;
            QThread::msleep(RetentionPause.count());
            return !closing->load();
        };
        for (qint64 id : ids) {
            if (*e || closing->load())
                break;
            removed += s.deliveries.prune(id, cutoff, policy.keepCount, batchSize, e, between);
        }
        if (removed)
            qCInfo(lcLocal) << "retention removed" << removed << "deliveries";
        return removed;
    });
    whenReady(pruned, this, [this, reply](const Result<qint64> &r) {
        if (r.value > 0)
            Q_EMIT historyPruned(r.value);
        reply.finish(r);
    });
    return reply.future();
}

void LocalBackend::setRetentionBatching(int batchSize, std::function<void(qint64)> hook)
{
    retentionBatchSize = batchSize > 0 ? batchSize : RetentionBatchSize;
    retentionHook = std::move(hook);
}

} // namespace wc
