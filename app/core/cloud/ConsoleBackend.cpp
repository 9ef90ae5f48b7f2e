#include "cloud/ConsoleBackend.h"

#include "AppInfo.h"
#include "Validation.h"
#include "cloud/CloudBackend.h"
#include "local/LocalBackend.h"
#include "secrets/KeychainSecretStore.h"

#include <QLoggingCategory>
#include <memory>

Q_LOGGING_CATEGORY(lcConsole, "webhookconsole.cloud.console")

namespace wc {

namespace {
template <typename T> QFuture<Result<T>> failed(const Error &error)
{
    return readyFuture(Result<T>::failure(error));
}
} // namespace

ConsoleBackend::ConsoleBackend(const QString &location, std::unique_ptr<SecretStore> secrets,
                               QObject *parent)
    : WebhookBackend(parent)
    , m_tokens(KeychainSecretStore::application())
    , m_local(new LocalBackend(location, std::move(secrets), this))
{
    // The local backend's signals, except about the mirrors of Pulumi Cloud's webhooks (their
    // CloudBackend tells those).
    const auto local = [this](const QString &organization) {
        return !cloud(organization);
    };
    connect(m_local, &WebhookBackend::organizationAdded, this, [this](const QString &org) {
        Q_EMIT organizationAdded(org);
        // Connected to Pulumi Cloud by another console on a shared database, perhaps.
        if (!cloud(org))
            followConnections();
    });
    connect(m_local, &WebhookBackend::scopeAdded, this, [this, local](const Scope &s) {
        if (local(s.organization))
            Q_EMIT scopeAdded(s);
    });
    connect(m_local, &WebhookBackend::scopeRenamed, this,
            [this, local](const Scope &a, const Scope &b) {
                if (local(a.organization))
                    Q_EMIT scopeRenamed(a, b);
            });
    connect(m_local, &WebhookBackend::scopeRemoved, this, [this, local](const Scope &s) {
        if (local(s.organization))
            Q_EMIT scopeRemoved(s);
    });
    connect(m_local, &WebhookBackend::webhookAdded, this, [this, local](const Webhook &w) {
        if (local(w.scope.organization))
            Q_EMIT webhookAdded(w);
    });
    connect(m_local, &WebhookBackend::webhookChanged, this,
            [this, local](const WebhookRef &before, const Webhook &after) {
                if (local(before.scope.organization))
                    Q_EMIT webhookChanged(before, after);
            });
    connect(m_local, &WebhookBackend::webhookRemoved, this, [this, local](const WebhookRef &r) {
        if (local(r.scope.organization))
            Q_EMIT webhookRemoved(r);
    });
    connect(m_local, &WebhookBackend::deliveryRecorded, this, &WebhookBackend::deliveryRecorded);
    connect(m_local, &WebhookBackend::deliveryCompleted, this, &WebhookBackend::deliveryCompleted);
    connect(m_local, &WebhookBackend::historyCleared, this, [this, local](const WebhookRef &r) {
        if (local(r.scope.organization))
            Q_EMIT historyCleared(r);
    });
    connect(m_local, &WebhookBackend::historyPruned, this, &WebhookBackend::historyPruned);
    connect(m_local, &WebhookBackend::connectionLost, this, &WebhookBackend::connectionLost);
    connect(m_local, &WebhookBackend::connectionRestored, this,
            &WebhookBackend::connectionRestored);
    connect(m_local, &WebhookBackend::refreshNeeded, this, &WebhookBackend::refreshNeeded);
}

ConsoleBackend::~ConsoleBackend()
{
    qDeleteAll(m_clouds);
    m_clouds.clear();
}

QString ConsoleBackend::tokenKey(const QString &apiUrl, const QString &organization)
{
    return QStringLiteral("pulumi-token:%1#%2").arg(apiUrl, organization);
}

QFuture<SecretStore::ReadResult> ConsoleBackend::readToken(QStringList keys)
{
    if (keys.isEmpty())
        return readyFuture(SecretStore::ReadResult{
            Error::make(Error::Code::NotFound, tr("No access token is kept.")), {}});
    Promise<SecretStore::ReadResult> reply;
    const QString key = keys.takeFirst();
    whenReady(m_tokens->read(key), this, [this, keys, reply](const SecretStore::ReadResult &r) {
        if (r.error.code != Error::Code::NotFound || keys.isEmpty()) {
            reply.finish(r);
            return;
        }
        whenReady(readToken(keys), this,
                  [reply](const SecretStore::ReadResult &next) { reply.finish(next); });
    });
    return reply.future();
}

QString ConsoleBackend::displayLocation() const
{
    return m_local->displayLocation();
}

bool ConsoleBackend::locationHoldsPassword() const
{
    return m_local->locationHoldsPassword();
}

QFuture<Error> ConsoleBackend::keepPasswordInKeychain()
{
    return m_local->keepPasswordInKeychain();
}

CloudBackend *ConsoleBackend::cloud(const QString &organization) const
{
    return m_clouds.value(organization);
}

WebhookBackend &ConsoleBackend::route(const QString &organization) const
{
    if (CloudBackend *c = cloud(organization))
        return *c;
    return *m_local;
}

CloudBackend *ConsoleBackend::addCloud(const CloudConnection &connection, const QString &token)
{
    delete m_clouds.take(connection.organization);
    auto *c = new CloudBackend(connection, *m_local);
    if (!token.isEmpty())
        c->setToken(token);
    m_clouds.insert(connection.organization, c);
    connect(c, &WebhookBackend::webhookAdded, this, &WebhookBackend::webhookAdded);
    connect(c, &WebhookBackend::webhookChanged, this, &WebhookBackend::webhookChanged);
    connect(c, &WebhookBackend::webhookRemoved, this, &WebhookBackend::webhookRemoved);
    connect(c, &WebhookBackend::deliveryRecorded, this, &WebhookBackend::deliveryRecorded);
    connect(c, &WebhookBackend::deliveryCompleted, this, &WebhookBackend::deliveryCompleted);
    connect(c, &WebhookBackend::historyCleared, this, &WebhookBackend::historyCleared);
    connect(c, &WebhookBackend::cloudUnreachable, this, &WebhookBackend::cloudUnreachable);
    connect(c, &WebhookBackend::cloudReachable, this, &WebhookBackend::cloudReachable);
    connect(c, &WebhookBackend::cloudTokenRefused, this, &WebhookBackend::cloudTokenRefused);
    return c;
}

QFuture<Error> ConsoleBackend::open()
{
    Promise<Error> reply;
    whenReady(m_local->open(), this, [this, reply](const Error &opened) {
        if (opened)
            reply.finish(opened);
        else
            whenReady(adoptConnections(), this,
                      [reply](const Result<bool> &r) { reply.finish(r.error); });
    });
    return reply.future();
}

void ConsoleBackend::followConnections()
{
    whenReady(adoptConnections(), this, [this](const Result<bool> &added) {
        if (!added.value)
            return;
        Q_EMIT cloudConnectionsChanged();
        Q_EMIT refreshNeeded();
    });
}

QFuture<Result<bool>> ConsoleBackend::adoptConnections()
{
    Promise<Result<bool>> reply;
    whenReady(m_local->readCloudConnections(), this,
              [this, reply](const Result<QList<CloudConnection>> &r) {
                  QList<CloudConnection> fresh;
                  for (const CloudConnection &c : r.value) {
                      if (!cloud(c.organization))
                          fresh << c;
                  }
                  if (r.error || fresh.isEmpty()) {
                      reply.finish({r.error, false});
                      return;
                  }
                  // One token read per organization; a missing token is told on use. Done
                  // when every read has answered.
                  auto remaining = std::make_shared<qsizetype>(fresh.size());
                  for (const CloudConnection &c : std::as_const(fresh)) {
                      addCloud(c, {});
                      whenReady(m_tokens->read(tokenKey(c.apiUrl, c.organization)), this,
                                [this, org = c.organization, remaining,
                                 reply](const SecretStore::ReadResult &token) {
                                    if (CloudBackend *b = cloud(org)) {
                                        if (!token.error)
                                            b->setToken(token.secret);
                                        else if (token.error.code != Error::Code::NotFound)
                                            b->setTokenMissing(token.error);
                                    }
                                    if (--*remaining == 0)
                                        reply.finish({{}, true});
                                });
                  }
              });
    return reply.future();
}

QFuture<Result<QStringList>> ConsoleBackend::organizations()
{
    return m_local->organizations();
}

QFuture<Error> ConsoleBackend::addOrganization(const QString &organization)
{
    return route(organization).addOrganization(organization);
}

QFuture<Result<QList<Scope>>> ConsoleBackend::scopes(const QString &organization)
{
    return route(organization).scopes(organization);
}

QFuture<Error> ConsoleBackend::addScope(const Scope &scope)
{
    return route(scope.organization).addScope(scope);
}

QFuture<Error> ConsoleBackend::renameScope(const Scope &from, const Scope &to)
{
    return route(from.organization).renameScope(from, to);
}

QFuture<Result<int>> ConsoleBackend::removeScope(const Scope &scope)
{
    return route(scope.organization).removeScope(scope);
}

QFuture<Result<QList<WebhookSummary>>> ConsoleBackend::webhooks(const Scope &scope, Depth depth)
{
    return route(scope.organization).webhooks(scope, depth);
}

QFuture<Result<Webhook>> ConsoleBackend::webhook(const WebhookRef &ref)
{
    return route(ref.scope.organization).webhook(ref);
}

QFuture<Result<Webhook>> ConsoleBackend::create(const WebhookDraft &draft)
{
    return route(draft.scope.organization).create(draft);
}

QFuture<Result<Webhook>> ConsoleBackend::update(const WebhookRef &ref, const WebhookDraft &draft)
{
    return route(ref.scope.organization).update(ref, draft);
}

QFuture<Error> ConsoleBackend::remove(const WebhookRef &ref)
{
    return route(ref.scope.organization).remove(ref);
}

QFuture<Error> ConsoleBackend::provideSecret(const WebhookRef &ref, const QString &secret)
{
    return route(ref.scope.organization).provideSecret(ref, secret);
}

QFuture<Result<Webhook>> ConsoleBackend::rotateSecret(const WebhookRef &ref, const QString &secret,
                                                      std::chrono::seconds overlap)
{
    return route(ref.scope.organization).rotateSecret(ref, secret, overlap);
}

QFuture<Result<SigningKeys>> ConsoleBackend::signingKeys(const WebhookRef &ref)
{
    return route(ref.scope.organization).signingKeys(ref);
}

QFuture<Result<Delivery>> ConsoleBackend::ping(const WebhookRef &ref)
{
    return route(ref.scope.organization).ping(ref);
}

QFuture<Result<Delivery>> ConsoleBackend::sendSample(const WebhookRef &ref, const QString &event)
{
    return route(ref.scope.organization).sendSample(ref, event);
}

template <typename T, typename Call>
QFuture<Result<T>> ConsoleBackend::byDelivery(const QString &deliveryId, Call call)
{
    // Archived deliveries of Pulumi Cloud and the console's own share the database's ids.
    if (m_clouds.isEmpty())
        return call(static_cast<WebhookBackend &>(*m_local));
    Promise<Result<T>> reply;
    whenReady(m_local->delivery(deliveryId), this,
              [this, reply, call](const Result<Delivery> &found) mutable {
                  if (found.error) {
                      reply.finish(Result<T>::failure(found.error));
                      return;
                  }
                  whenReady(call(route(found.value.webhook.scope.organization)), this,
                            [reply](const Result<T> &r) { reply.finish(r); });
              });
    return reply.future();
}

QFuture<Result<Delivery>> ConsoleBackend::redeliver(const QString &deliveryId)
{
    return byDelivery<Delivery>(
        deliveryId, [deliveryId](WebhookBackend &b) { return b.redeliver(deliveryId); });
}

void ConsoleBackend::setFollowing(Following following)
{
    m_local->setFollowing(following);
}

BulkRedelivery *ConsoleBackend::redeliverFailed(const DeliveryFilter &filter, int maxInFlight,
                                                QObject *parent)
{
    return route(filter.webhook.scope.organization).redeliverFailed(filter, maxInFlight, parent);
}

QFuture<Result<Delivery>> ConsoleBackend::sendEdited(const EditedDelivery &edit)
{
    return byDelivery<Delivery>(edit.fromDeliveryId,
                                [edit](WebhookBackend &b) { return b.sendEdited(edit); });
}

QFuture<Result<qint64>> ConsoleBackend::importDeliveries(const WebhookRef &ref,
                                                         QList<Delivery> deliveries)
{
    return route(ref.scope.organization).importDeliveries(ref, std::move(deliveries));
}

QFuture<Result<ReceivedRequest>> ConsoleBackend::keepReceived(const ReceivedRequest &request,
                                                              const WebhookRef &ref)
{
    return m_local->keepReceived(request, ref);
}

QFuture<Result<QList<ReceivedRequest>>> ConsoleBackend::receivedRequests(const QString &search,
                                                                         int limit)
{
    return m_local->receivedRequests(search, limit);
}

QFuture<Result<qint64>> ConsoleBackend::clearReceived()
{
    return m_local->clearReceived();
}

QFuture<Result<Delivery>> ConsoleBackend::delivery(const QString &deliveryId)
{
    return m_local->delivery(deliveryId);
}

QFuture<Result<HistoryPage>> ConsoleBackend::history(const DeliveryFilter &filter,
                                                     const PageRequest &request)
{
    return route(filter.webhook.scope.organization).history(filter, request);
}

QFuture<Result<qint64>> ConsoleBackend::countDeliveries(const DeliveryFilter &filter)
{
    return route(filter.webhook.scope.organization).countDeliveries(filter);
}

QFuture<Result<QList<DayStats>>> ConsoleBackend::dailyStats(const WebhookRef &ref,
                                                            const QDateTime &since)
{
    return route(ref.scope.organization).dailyStats(ref, since);
}

QFuture<Result<qint64>> ConsoleBackend::clearHistory(const WebhookRef &ref)
{
    return route(ref.scope.organization).clearHistory(ref);
}

QFuture<Result<qint64>> ConsoleBackend::applyRetention(const RetentionPolicy &policy)
{
    return m_local->applyRetention(policy); // the archives of Pulumi Cloud's webhooks too
}

void ConsoleBackend::setDeliveryTimeout(std::chrono::milliseconds timeout)
{
    m_local->setDeliveryTimeout(timeout);
}

QList<CloudConnection> ConsoleBackend::cloudConnections() const
{
    QList<CloudConnection> out;
    for (const CloudBackend *c : m_clouds)
        out << c->connection();
    std::sort(out.begin(), out.end(), [](const CloudConnection &a, const CloudConnection &b) {
        return a.organization < b.organization;
    });
    return out;
}

QFuture<Result<CloudAccount>> ConsoleBackend::connectCloud(const QString &organization,
                                                           const QString &apiUrlText,
                                                           const QString &givenToken)
{
    QString why;
    const QString apiUrl = cloud::normalizeApiUrl(apiUrlText, &why);
    if (apiUrl.isEmpty())
        return failed<CloudAccount>(Error::invalid(QStringLiteral("apiUrl"), why));
    if (QString e = validation::scopeSegment(organization, validation::ScopePart::Organization);
        !e.isEmpty())
        return failed<CloudAccount>(Error::invalid(QStringLiteral("organization"), e));
    Promise<Result<CloudAccount>> reply;
    // The token given, or the one kept for this organization, or for another one of the same
    // Pulumi Cloud.
    QStringList keys{tokenKey(apiUrl, organization)};
    for (const CloudBackend *other : std::as_const(m_clouds)) {
        if (other->connection().apiUrl == apiUrl)
            keys << tokenKey(apiUrl, other->connection().organization);
    }
    const QFuture<SecretStore::ReadResult> token =
        givenToken.isEmpty() ? readToken(keys)
                             : readyFuture(SecretStore::ReadResult{{}, givenToken});
    whenReady(
        token, this,
        [this, organization, apiUrl, reply,
         given = !givenToken.isEmpty()](const SecretStore::ReadResult &t) {
            if (t.error) {
                reply.finish(Result<CloudAccount>::failure(
                    t.error.code == Error::Code::NotFound
                        ? Error::invalid(QStringLiteral("token"),
                                         tr("Give an access token for Pulumi Cloud at %1 (none is "
                                            "kept on this computer yet).")
                                             .arg(apiUrl))
                        : t.error));
                return;
            }
            whenReady(cloud::fetchAccount(apiUrl, t.secret), this,
                      [this, organization, apiUrl, reply, given,
                       token = t.secret](const Result<CloudAccount> &account) {
                          if (account.error) {
                              Error e = account.error;
                              if (e.code == Error::Code::Unauthorized)
                                  e.field = QStringLiteral("token");
                              reply.finish(Result<CloudAccount>::failure(e));
                              return;
                          }
                          if (!account.value.organizations.contains(organization)) {
                              const QString member =
                                  account.value.organizations.isEmpty()
                                      ? tr("none")
                                      : account.value.organizations.join(QStringLiteral(", "));
                              reply.finish(Result<CloudAccount>::failure(Error::invalid(
                                  QStringLiteral("organization"),
                                  tr("%1 is not a member of “%2” in Pulumi Cloud (member of: %3).")
                                      .arg(account.value.login, organization, member))));
                              return;
                          }
                          // The organization first (refused when it holds webhooks of the
                          // console's own), then the token: nothing half-done.
                          whenReady(
                              m_local->recordCloudConnection({organization, apiUrl}), this,
                              [this, organization, apiUrl, reply, given, token,
                               account](const Error &recorded) {
                                  if (recorded) {
                                      reply.finish(Result<CloudAccount>::failure(recorded));
                                      return;
                                  }
                                  const QFuture<Error> kept =
                                      given ? m_tokens->write(tokenKey(apiUrl, organization), token)
                                            : readyFuture(Error{});
                                  whenReady(kept, this,
                                            [this, organization, apiUrl, reply, token,
                                             account](const Error &e) {
                                                if (e) {
                                                    (void)m_local->forgetOrganization(organization);
                                                    reply.finish(Result<CloudAccount>::failure(e));
                                                    return;
                                                }
                                                addCloud({organization, apiUrl}, token);
                                                qCInfo(lcConsole)
                                                    << "connected" << organization << apiUrl;
                                                Q_EMIT organizationAdded(organization);
                                                Q_EMIT cloudConnectionsChanged();
                                                reply.finish(account);
                                            });
                              });
                      });
        });
    return reply.future();
}

QFuture<Error> ConsoleBackend::disconnectCloud(const QString &organization)
{
    CloudBackend *c = cloud(organization);
    if (!c)
        return WebhookBackend::disconnectCloud(organization);
    const QString apiUrl = c->connection().apiUrl;
    Promise<Error> reply;
    whenReady(m_local->forgetOrganization(organization), this,
              [this, organization, apiUrl, reply](const Error &e) {
                  if (e) {
                      reply.finish(e);
                      return;
                  }
                  delete m_clouds.take(organization);
                  const QFuture<Error> forgotten = m_tokens->remove(tokenKey(apiUrl, organization));
                  whenReady(forgotten, this, [this, reply](const Error &removed) {
                      Q_EMIT cloudConnectionsChanged();
                      Q_EMIT refreshNeeded();
                      reply.finish(removed);
                  });
              });
    return reply.future();
}

QDateTime ConsoleBackend::historyRefreshedAt(const WebhookRef &ref) const
{
    const CloudBackend *c = cloud(ref.scope.organization);
    return c ? c->historyRefreshedAt(ref) : QDateTime();
}

QFuture<Result<QList<CopyOutcome>>> ConsoleBackend::copyWebhooks(const QList<WebhookRef> &refs,
                                                                 const QString &organization,
                                                                 bool withSecrets)
{
    if (QString e = validation::scopeSegment(organization, validation::ScopePart::Organization);
        !e.isEmpty())
        return failed<QList<CopyOutcome>>(Error::invalid(QStringLiteral("organization"), e));
    Promise<Result<QList<CopyOutcome>>> reply;
    copyNext(refs, organization, withSecrets, {}, reply);
    return reply.future();
}

void ConsoleBackend::copyNext(QList<WebhookRef> refs, QString organization, bool withSecrets,
                              QList<CopyOutcome> done, Promise<Result<QList<CopyOutcome>>> reply)
{
    if (refs.isEmpty()) {
        reply.finish({{}, done});
        return;
    }
    const WebhookRef from = refs.takeFirst();
    CopyOutcome outcome;
    outcome.from = from;
    outcome.to = from;
    outcome.to.scope.organization = organization;
    const auto next = [this, refs, organization, withSecrets, done, reply](const CopyOutcome &o) {
        copyNext(refs, organization, withSecrets, done + QList<CopyOutcome>{o}, reply);
    };
    whenReady(
        webhook(from), this, [this, outcome, next, withSecrets](const Result<Webhook> &w) mutable {
            if (w.error) {
                outcome.message = w.error.message;
                next(outcome);
                return;
            }
            const bool fromLocal = !cloud(w.value.scope.organization);
            const bool secretGoes = w.value.hasSecret && fromLocal && withSecrets;
            outcome.secretLeftBehind = w.value.hasSecret && !secretGoes;
            const QFuture<Result<QString>> secret =
                secretGoes ? m_local->secretOf(w.value.ref()) : readyFuture(Result<QString>{});
            whenReady(secret, this,
                      [this, outcome, next, webhook = w.value,
                       secretGoes](const Result<QString> &s) mutable {
                          if (s.error) {
                              outcome.message = s.error.message;
                              next(outcome);
                              return;
                          }
                          WebhookDraft draft = WebhookDraft::from(webhook);
                          draft.baseVersion = 0;
                          draft.scope = outcome.to.scope;
                          draft.secretChange = secretGoes ? WebhookDraft::SecretChange::Set
                                                          : WebhookDraft::SecretChange::Keep;
                          draft.secret = s.value;
                          whenReady(
                              create(draft), this,
                              [outcome, next, secretGoes](const Result<Webhook> &made) mutable {
                                  if (made.error.code == Error::Code::Conflict) {
                                      outcome.status = CopyOutcome::Status::Exists;
                                  } else if (made.error) {
                                      outcome.message = made.error.message;
                                  } else {
                                      outcome.status = CopyOutcome::Status::Created;
                                      outcome.to = made.value.ref();
                                      outcome.secretCopied = secretGoes;
                                  }
                                  next(outcome);
                              });
                      });
        });
}

} // namespace wc
