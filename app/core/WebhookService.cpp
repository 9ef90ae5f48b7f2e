#include "WebhookService.h"

#include "delivery/Dispatcher.h"
#include "delivery/PayloadBuilder.h"
#include "model/EventCatalog.h"
#include "model/Validation.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/HistoryReader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcService, "webhookconsole.service")

namespace wc {

namespace {
QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// `original`, telling also what went wrong while undoing its first half.
Error withUndoFailure(Error original, const Error &undo, const QString &what)
{
    if (!undo)
        return original;
    qCWarning(lcService) << "undo failed:" << what << undo.message;
    original.message +=
        u' ' +
        QCoreApplication::translate("WebhookService", "Also, %1: %2").arg(what, undo.message);
    return original;
}

Webhook applyDraft(Webhook webhook, const WebhookDraft &draft)
{
    webhook.scope = draft.scope;
    webhook.name = draft.name;
    webhook.displayName = draft.displayName.trimmed();
    webhook.payloadUrl = draft.payloadUrl.trimmed();
    webhook.format = draft.format;
    webhook.filters = draft.filters;
    webhook.groups = draft.groups;
    webhook.active = draft.active;
    switch (draft.secretChange) {
    case WebhookDraft::SecretChange::Keep:
        break;
    case WebhookDraft::SecretChange::Set:
        webhook.hasSecret = true;
        break;
    case WebhookDraft::SecretChange::Remove:
        webhook.hasSecret = false;
        break;
    }
    return webhook;
}
} // namespace

WebhookDraft WebhookDraft::from(const Webhook &w)
{
    WebhookDraft d;
    d.scope = w.scope;
    d.name = w.name;
    d.displayName = w.displayName;
    d.payloadUrl = w.payloadUrl;
    d.format = w.format;
    d.filters = w.filters;
    d.groups = w.groups;
    d.active = w.active;
    return d;
}

WebhookService::WebhookService(Database &db, SecretStore &secrets, Dispatcher &dispatcher,
                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_dispatcher(dispatcher)
    , m_webhooks(db)
    , m_deliveries(db)
{}

Error WebhookService::validate(const WebhookDraft &d, qint64 exceptId) const
{
    if (!d.scope.isValid())
        return Error::invalid(QStringLiteral("scope"), tr("Choose an organization or a stack."));
    if (QString e = validation::displayName(d.displayName); !e.isEmpty())
        return Error::invalid(QStringLiteral("displayName"), e);
    if (QString e = validation::name(d.name); !e.isEmpty())
        return Error::invalid(QStringLiteral("name"), e);
    if (QString e = validation::payloadUrl(d.payloadUrl); !e.isEmpty())
        return Error::invalid(QStringLiteral("payloadUrl"), e);
    if (d.secretChange == WebhookDraft::SecretChange::Set) {
        if (d.secret.isEmpty())
            return Error::invalid(QStringLiteral("secret"), tr("Enter a secret."));
        if (QString e = validation::secret(d.secret); !e.isEmpty())
            return Error::invalid(QStringLiteral("secret"), e);
    }
    if (QString e = validation::format(d.format, d.scope); !e.isEmpty())
        return Error::invalid(QStringLiteral("format"), e);
    if (QString e = EventCatalog::validate(d.scope, d.filters, d.groups); !e.isEmpty())
        return Error::invalid(QStringLiteral("events"), e);
    if (m_webhooks.nameTaken(d.scope, d.name, exceptId))
        return Error{Error::Code::Conflict,
                     tr("A webhook named “%1” already exists in %2.").arg(d.name, d.scope.path()),
                     QStringLiteral("name")};
    return {};
}

void WebhookService::create(const WebhookDraft &draft, WebhookDone done)
{
    if (Error e = validate(draft)) {
        QMetaObject::invokeMethod(
            this, [done, e] { done(e, {}); }, Qt::QueuedConnection);
        return;
    }
    Webhook webhook = applyDraft(Webhook{}, draft);
    webhook.uid = newUid();
    webhook.hasSecret = draft.secretChange == WebhookDraft::SecretChange::Set;

    auto save = [this, done](Webhook w) {
        if (Error e = m_webhooks.insert(w)) {
            if (!w.hasSecret) {
                done(e, {});
                return;
            }
            // The database refused after the keychain took the secret: take it back out.
            m_secrets.remove(w.uid, [done, e](const Error &undo) {
                done(withUndoFailure(e, undo,
                                     tr("the new secret could not be removed from the keychain")),
                     {});
            });
            return;
        }
        qCInfo(lcService) << "created webhook" << w.ref();
        Q_EMIT webhooksChanged();
        done({}, w);
    };
    if (!webhook.hasSecret) {
        QMetaObject::invokeMethod(
            this, [save, webhook] { save(webhook); }, Qt::QueuedConnection);
        return;
    }
    QPointer<WebhookService> self(this);
    m_secrets.write(webhook.uid, draft.secret, [self, save, webhook, done](const Error &e) {
        if (!self)
            return;
        if (e) {
            done(e, {});
            return;
        }
        save(webhook);
    });
}

void WebhookService::update(qint64 id, const WebhookDraft &draft, WebhookDone done)
{
    Error readError;
    const auto existing = m_webhooks.byId(id, &readError);
    if (!existing || readError) {
        const Error e =
            readError ? readError
                      : Error::make(Error::Code::NotFound, tr("The webhook no longer exists."));
        QMetaObject::invokeMethod(
            this, [done, e] { done(e, {}); }, Qt::QueuedConnection);
        return;
    }
    WebhookDraft checked = draft;
    checked.scope = existing->scope; // a webhook never moves between scopes
    if (Error e = validate(checked, id)) {
        QMetaObject::invokeMethod(
            this, [done, e] { done(e, {}); }, Qt::QueuedConnection);
        return;
    }
    const Webhook before = *existing;
    const Webhook after = applyDraft(before, checked);
    QPointer<WebhookService> self(this);

    auto finished = [this, done](const Error &e, const Webhook &w) {
        if (!e) {
            qCInfo(lcService) << "updated webhook" << w.ref();
            Q_EMIT webhooksChanged();
        }
        done(e, w);
    };

    switch (checked.secretChange) {
    case WebhookDraft::SecretChange::Keep:
        QMetaObject::invokeMethod(
            this,
            [this, after, finished] {
                const auto [e, saved] = saveRow(after);
                finished(e, saved);
            },
            Qt::QueuedConnection);
        return;
    case WebhookDraft::SecretChange::Remove:
        // Database first; if the keychain then refuses, put the row back as it was.
        QMetaObject::invokeMethod(
            this,
            [this, self, before, after, finished] {
                const auto [e, saved] = saveRow(after);
                if (e) {
                    finished(e, {});
                    return;
                }
                if (!before.hasSecret) {
                    finished({}, saved);
                    return;
                }
                m_secrets.remove(before.uid, [this, self, before, saved, finished](const Error &e) {
                    if (!self)
                        return;
                    if (e) {
                        const Error undo = saveRow(before).first;
                        finished(withUndoFailure(e, undo,
                                                 tr("the webhook could not be marked as signed "
                                                    "again")),
                                 {});
                        return;
                    }
                    finished({}, saved);
                });
            },
            Qt::QueuedConnection);
        return;
    case WebhookDraft::SecretChange::Set:
        break;
    }
    // Setting a secret: keep the old one so a refused database write can restore it.
    auto writeNew = [this, self, before, after, finished,
                     secret = checked.secret](bool hadOld, const QString &oldSecret) {
        m_secrets.write(
            after.uid, secret,
            [this, self, before, after, finished, hadOld, oldSecret](const Error &e) {
                if (!self)
                    return;
                if (e) {
                    finished(e, {});
                    return;
                }
                const auto [dbError, saved] = saveRow(after);
                if (dbError) {
                    auto restored = [finished, dbError](const Error &undo) {
                        finished(withUndoFailure(dbError, undo,
                                                 tr("the previous secret could not be restored")),
                                 {});
                    };
                    // Put back exactly what was there: the old secret, or no entry at all.
                    if (hadOld)
                        m_secrets.write(before.uid, oldSecret, restored);
                    else
                        m_secrets.remove(before.uid, restored);
                    return;
                }
                finished({}, saved);
            });
    };
    if (!before.hasSecret) {
        QMetaObject::invokeMethod(
            this, [writeNew] { writeNew(false, {}); }, Qt::QueuedConnection);
        return;
    }
    m_secrets.read(before.uid, [self, writeNew, finished](const SecretStore::ReadResult &r) {
        if (!self)
            return;
        if (r.error && r.error.code != Error::Code::NotFound) {
            finished(r.error, {});
            return;
        }
        writeNew(!r.error, r.secret);
    });
}

void WebhookService::remove(qint64 id, Done done)
{
    Error readError;
    const auto existing = m_webhooks.byId(id, &readError);
    if (!existing || readError) {
        const Error e =
            readError ? readError
                      : Error::make(Error::Code::NotFound, tr("The webhook no longer exists."));
        QMetaObject::invokeMethod(
            this, [done, e] { done(e); }, Qt::QueuedConnection);
        return;
    }
    const Webhook webhook = *existing;
    auto deleteRow = [this, webhook, done](const QString &oldSecret, bool hadSecret) {
        auto removeRow = [this, webhook, done, oldSecret, hadSecret](const Error &historyError) {
            Error e = historyError ? historyError : m_webhooks.remove(webhook.id);
            if (e) {
                if (historyError)
                    e.message += u' ' + tr("Part of its delivery history may already be gone.");
                if (hadSecret)
                    m_secrets.write(webhook.uid, oldSecret, [done, e](const Error &undo) {
                        done(withUndoFailure(
                            e, undo, tr("the secret could not be put back into the keychain")));
                    });
                else
                    done(e);
                return;
            }
            qCInfo(lcService) << "deleted webhook" << webhook.ref();
            Q_EMIT webhooksChanged();
            done({});
        };
        if (!m_history) {
            removeRow({});
            return;
        }
        // A long history goes first, in batches on the history thread, so deleting the row
        // (and what little is left to cascade) never holds up the window.
        QPointer<WebhookService> self(this);
        m_history->clear(webhook.id, [self, removeRow](qint64, const Error &e) {
            if (self)
                removeRow(e);
        });
    };
    if (!webhook.hasSecret) {
        QMetaObject::invokeMethod(
            this, [deleteRow] { deleteRow({}, false); }, Qt::QueuedConnection);
        return;
    }
    QPointer<WebhookService> self(this);
    m_secrets.read(
        webhook.uid, [this, self, webhook, deleteRow, done](const SecretStore::ReadResult &r) {
            if (!self)
                return;
            if (r.error && r.error.code != Error::Code::NotFound) {
                done(r.error);
                return;
            }
            const bool had = !r.error;
            m_secrets.remove(webhook.uid,
                             [self, deleteRow, done, secret = r.secret, had](const Error &e) {
                                 if (!self)
                                     return;
                                 if (e) {
                                     done(e);
                                     return;
                                 }
                                 deleteRow(secret, had);
                             });
        });
}

void WebhookService::withSecret(const Webhook &webhook,
                                std::function<void(const Error &, const QString &)> then)
{
    if (!webhook.hasSecret) {
        QMetaObject::invokeMethod(
            this, [then] { then({}, {}); }, Qt::QueuedConnection);
        return;
    }
    QPointer<WebhookService> self(this);
    m_secrets.read(webhook.uid, [self, then, webhook](const SecretStore::ReadResult &r) {
        if (!self)
            return;
        if (r.error.code == Error::Code::NotFound) {
            then(Error::make(Error::Code::Keychain,
                             tr("The secret of “%1” is not in this computer's keychain. Edit the "
                                "webhook and set its secret again.")
                                 .arg(webhook.displayName)),
                 {});
            return;
        }
        then(r.error, r.secret);
    });
}

void WebhookService::ping(qint64 webhookId, DeliveryDone done)
{
    Error readError;
    const auto webhook = m_webhooks.byId(webhookId, &readError);
    if (!webhook || readError) {
        const Error e =
            readError ? readError
                      : Error::make(Error::Code::NotFound, tr("The webhook no longer exists."));
        QMetaObject::invokeMethod(
            this, [done, e] { done(e, {}); }, Qt::QueuedConnection);
        return;
    }
    Delivery d;
    d.webhookId = webhook->id;
    d.uid = newUid();
    d.kind = QStringLiteral("ping");
    d.timestamp = QDateTime::currentDateTimeUtc();
    d.payload = PayloadBuilder::ping(*webhook, d.timestamp);
    send(*webhook, d, std::move(done));
}

void WebhookService::redeliver(qint64 deliveryId, DeliveryDone done)
{
    Error readError;
    const auto original = m_deliveries.byId(deliveryId, &readError);
    std::optional<Webhook> webhook;
    if (original && !readError)
        webhook = m_webhooks.byId(original->webhookId, &readError);
    if (!original || !webhook || readError) {
        const Error e =
            readError ? readError
                      : Error::make(Error::Code::NotFound, tr("The delivery no longer exists."));
        QMetaObject::invokeMethod(
            this, [done, e] { done(e, {}); }, Qt::QueuedConnection);
        return;
    }
    Delivery d;
    d.webhookId = webhook->id;
    // Same Pulumi-Webhook-ID as the original, so receivers can de-duplicate.
    d.uid = original->uid;
    d.kind = original->kind;
    d.payload = original->payload;
    d.timestamp = QDateTime::currentDateTimeUtc();
    d.redeliveryOf = original->redeliveryOf ? original->redeliveryOf : original->id;
    send(*webhook, d, std::move(done));
}

void WebhookService::send(const Webhook &webhook, Delivery delivery, DeliveryDone done)
{
    delivery.requestUrl = webhook.payloadUrl;
    QPointer<WebhookService> self(this);
    withSecret(webhook,
               [this, self, delivery, done](const Error &e, const QString &secret) mutable {
                   if (!self)
                       return;
                   if (e) {
                       done(e, {});
                       return;
                   }
                   delivery.requestHeaders =
                       Dispatcher::formatHeaders(Dispatcher::headersFor(delivery, secret));
                   delivery.timestamp = QDateTime::currentDateTimeUtc();
                   if (Error dbError = m_deliveries.insertPending(delivery)) {
                       done(dbError, {});
                       return;
                   }
                   Q_EMIT deliveryStarted(delivery);
                   m_dispatcher.send(delivery, secret, [this, self, done](const Delivery &result) {
                       if (!self)
                           return;
                       const Error e = m_deliveries.complete(result);
                       Q_EMIT deliveryFinished(result);
                       Q_EMIT webhooksChanged();
                       done(e, result);
                   });
               });
}

std::pair<Error, Webhook> WebhookService::saveRow(Webhook webhook)
{
    const Error e = m_webhooks.update(webhook);
    return {e, webhook};
}

Error WebhookService::recoverInterrupted()
{
    const auto margin = m_dispatcher.timeout() + std::chrono::minutes(1);
    return m_deliveries.markInterrupted(
        QDateTime::currentDateTimeUtc().addMSecs(-qint64(margin.count())));
}

} // namespace wc
