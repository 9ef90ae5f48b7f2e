#include "cloud/CloudBackend.h"

#include "EventCatalog.h"
#include "Validation.h"
#include "local/LocalBackend.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcCloud, "webhookconsole.cloud.backend")

namespace wc {

namespace {
/// Pulumi Cloud signs with its own scheme alone.
Error pulumiSignatureOnly(const QString &signature)
{
    if (signature.isEmpty() || signature == QLatin1String(SignatureSchemeId::Pulumi))
        return {};
    return Error::invalid(QStringLiteral("signature"),
                          QCoreApplication::translate("wc::CloudBackend",
                                                      "Pulumi Cloud signs deliveries with "
                                                      "Pulumi's scheme only."));
}

template <typename T> QFuture<Result<T>> failed(const Error &error)
{
    return readyFuture(Result<T>::failure(error));
}

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QJsonArray array(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

/// Pulumi's sentinel, on PATCH, for "remove the secret" ("" keeps it).
constexpr auto RemoveSecret = "__remove-secret";
} // namespace

CloudBackend::CloudBackend(const CloudConnection &connection, LocalBackend &archive,
                           QObject *parent)
    : WebhookBackend(parent)
    , m_connection(connection)
    , m_archive(archive)
    , m_client(new CloudClient(connection.apiUrl, this))
{
    m_tokenError = Error::make(
        Error::Code::Unauthorized,
        tr("No access token for Pulumi Cloud at %1 is kept on this computer. Connect “%2” "
           "again with a token.")
            .arg(connection.apiUrl, connection.organization));
    connect(m_client, &CloudClient::tokenRefused, this,
            [this] { Q_EMIT cloudTokenRefused(m_connection.organization, m_connection.apiUrl); });
    connect(m_client, &CloudClient::unreachable, this, [this](const QString &why) {
        m_unreachable = true;
        Q_EMIT cloudUnreachable(m_connection.organization, why);
    });
    connect(m_client, &CloudClient::reachable, this, [this] {
        if (std::exchange(m_unreachable, false))
            Q_EMIT cloudReachable(m_connection.organization);
    });
}

void CloudBackend::setToken(const QString &token)
{
    m_client->setToken(token);
}

QString CloudBackend::displayLocation() const
{
    return m_connection.apiUrl;
}

QFuture<Error> CloudBackend::open()
{
    return readyFuture(Error{});
}

Error CloudBackend::usable(const Scope &scope) const
{
    if (scope.organization != m_connection.organization) {
        return Error::make(Error::Code::NotFound,
                           tr("“%1” is not connected to Pulumi Cloud.").arg(scope.organization));
    }
    if (!m_client->hasToken())
        return m_tokenError;
    return {};
}

QString CloudBackend::scopePath(const Scope &scope)
{
    switch (scope.kind()) {
    case Scope::Kind::Organization:
        return QStringLiteral("/api/orgs/") + segment(scope.organization);
    case Scope::Kind::Stack:
        return QStringLiteral("/api/stacks/%1/%2/%3")
            .arg(segment(scope.organization), segment(scope.project), segment(scope.stack));
    case Scope::Kind::Environment:
        return QStringLiteral("/api/esc/environments/%1/%2/%3")
            .arg(segment(scope.organization), segment(scope.project), segment(scope.environment));
    }
    return {};
}

QString CloudBackend::hookPath(const WebhookRef &ref)
{
    return scopePath(ref.scope) + QStringLiteral("/hooks/") + segment(ref.name);
}

Webhook CloudBackend::webhookFromJson(const QJsonObject &json)
{
    Webhook w;
    const QString org = json.value(QLatin1String("organizationName")).toString();
    const QString project = json.value(QLatin1String("projectName")).toString();
    const QString stack = json.value(QLatin1String("stackName")).toString();
    const QString env = json.value(QLatin1String("envName")).toString();
    w.scope = !env.isEmpty()     ? Scope::environmentScope(org, project, env)
              : !stack.isEmpty() ? Scope::stackScope(org, project, stack)
                                 : Scope::organizationScope(org);
    w.name = json.value(QLatin1String("name")).toString();
    w.displayName = json.value(QLatin1String("displayName")).toString();
    w.payloadUrl = json.value(QLatin1String("payloadUrl")).toString();
    w.format = json.value(QLatin1String("format")).toString();
    if (w.format.isEmpty())
        w.format = QString::fromLatin1(Format::Raw);
    w.filters = strings(json.value(QLatin1String("filters")));
    w.groups = strings(json.value(QLatin1String("groups")));
    w.active = json.value(QLatin1String("active")).toBool();
    w.hasSecret = json.value(QLatin1String("hasSecret")).toBool();
    return w;
}

QJsonObject CloudBackend::draftToJson(const WebhookDraft &d, bool patch)
{
    QJsonObject json{{QStringLiteral("organizationName"), d.scope.organization},
                     {QStringLiteral("displayName"), d.displayName.trimmed()},
                     {QStringLiteral("payloadUrl"), d.payloadUrl.trimmed()},
                     {QStringLiteral("active"), d.active},
                     {QStringLiteral("format"), d.format},
                     {QStringLiteral("filters"), array(d.filters)},
                     {QStringLiteral("groups"), array(d.groups)}};
    if (d.scope.isStack()) {
        json.insert(QStringLiteral("projectName"), d.scope.project);
        json.insert(QStringLiteral("stackName"), d.scope.stack);
    } else if (d.scope.isEnvironment()) {
        json.insert(QStringLiteral("projectName"), d.scope.project);
        json.insert(QStringLiteral("envName"), d.scope.environment);
    }
    if (!d.name.isEmpty())
        json.insert(QStringLiteral("name"), d.name);
    // The secret is write-only. On PATCH, "" keeps it and "__remove-secret" removes it.
    switch (d.secretChange) {
    case WebhookDraft::SecretChange::Set:
        json.insert(QStringLiteral("secret"), d.secret);
        break;
    case WebhookDraft::SecretChange::Remove:
        if (patch)
            json.insert(QStringLiteral("secret"), QString::fromLatin1(RemoveSecret));
        break;
    case WebhookDraft::SecretChange::Keep:
        if (patch)
            json.insert(QStringLiteral("secret"), QString());
        break;
    }
    return json;
}

Delivery CloudBackend::deliveryFromJson(const QJsonObject &json, const WebhookRef &ref)
{
    Delivery d;
    d.webhook = ref;
    d.uid = json.value(QLatin1String("id")).toString();
    d.kind = json.value(QLatin1String("kind")).toString();
    d.payload = json.value(QLatin1String("payload")).toString().toUtf8();
    d.timestamp =
        QDateTime::fromSecsSinceEpoch(json.value(QLatin1String("timestamp")).toInteger(), Qt::UTC);
    d.durationMs = json.value(QLatin1String("duration")).toInteger();
    d.requestUrl = json.value(QLatin1String("requestUrl")).toString();
    d.requestHeaders = json.value(QLatin1String("requestHeaders")).toString();
    d.responseCode = int(json.value(QLatin1String("responseCode")).toInteger());
    d.responseHeaders = json.value(QLatin1String("responseHeaders")).toString();
    d.responseBody = json.value(QLatin1String("responseBody")).toString().toUtf8();
    d.state = Delivery::State::Completed;
    if (d.responseCode == 0)
        d.error = d.responseBody.trimmed().isEmpty()
                      ? tr("Pulumi Cloud got no answer from the receiver.")
                      : tr("Pulumi Cloud got no answer from the receiver: %1")
                            .arg(QString::fromUtf8(d.responseBody.trimmed().left(300)));
    else if (d.responseCode < 200 || d.responseCode >= 300)
        d.error = tr("The receiver answered %1.").arg(d.responseCode);
    return d;
}

QFuture<Result<QStringList>> CloudBackend::organizations()
{
    return readyFuture(Result<QStringList>{{}, {m_connection.organization}});
}

QFuture<Error> CloudBackend::addOrganization(const QString &organization)
{
    return readyFuture(usable(Scope::organizationScope(organization)));
}

void CloudBackend::listPages(const QString &path, QUrlQuery query, const QString &key,
                             const QString &tokenField, QJsonArray soFar,
                             const Promise<Result<QJsonArray>> &reply)
{
    whenReady(m_client->send("GET", path, query), this,
              [this, path, query, key, tokenField, soFar, reply](const CloudReply &r) mutable {
                  if (r.error) {
                      reply.finish(Result<QJsonArray>::failure(r.error));
                      return;
                  }
                  const QJsonObject page = r.json.toObject();
                  for (const QJsonValue &v : page.value(key).toArray())
                      soFar.append(v);
                  const QString next = page.value(tokenField).toString();
                  if (next.isEmpty()) {
                      reply.finish({{}, soFar});
                      return;
                  }
                  query.removeAllQueryItems(QStringLiteral("continuationToken"));
                  query.addQueryItem(QStringLiteral("continuationToken"), next);
                  listPages(path, query, key, tokenField, soFar, reply);
              });
}

QFuture<Result<QList<Scope>>> CloudBackend::scopes(const QString &organization)
{
    if (Error e = usable(Scope::organizationScope(organization)))
        return failed<QList<Scope>>(e);
    Promise<Result<QJsonArray>> stacks;
    Promise<Result<QJsonArray>> environments;
    QUrlQuery stackQuery;
    stackQuery.addQueryItem(QStringLiteral("organization"), organization);
    stackQuery.addQueryItem(QStringLiteral("maxResults"), QString::number(PageSize));
    listPages(QStringLiteral("/api/user/stacks"), stackQuery, QStringLiteral("stacks"),
              QStringLiteral("continuationToken"), {}, stacks);
    QUrlQuery envQuery;
    envQuery.addQueryItem(QStringLiteral("maxResults"), QString::number(PageSize));
    listPages(QStringLiteral("/api/esc/environments/") + segment(organization), envQuery,
              QStringLiteral("environments"), QStringLiteral("nextToken"), {}, environments);
    Promise<Result<QList<Scope>>> reply;
    whenReady(
        stacks.future(), this,
        [this, organization, environments, reply](const Result<QJsonArray> &s) {
            whenReady(
                environments.future(), this, [organization, s, reply](const Result<QJsonArray> &e) {
                    if (s.error || e.error) {
                        reply.finish(Result<QList<Scope>>::failure(s.error ? s.error : e.error));
                        return;
                    }
                    QList<Scope> stackScopes;
                    for (const QJsonValue &v : s.value) {
                        const QJsonObject o = v.toObject();
                        stackScopes << Scope::stackScope(
                            organization, o.value(QLatin1String("projectName")).toString(),
                            o.value(QLatin1String("stackName")).toString());
                    }
                    QList<Scope> envScopes;
                    for (const QJsonValue &v : e.value) {
                        const QJsonObject o = v.toObject();
                        if (!o.value(QLatin1String("deletedAt")).toString().isEmpty())
                            continue;
                        envScopes << Scope::environmentScope(
                            organization, o.value(QLatin1String("project")).toString(),
                            o.value(QLatin1String("name")).toString());
                    }
                    const auto byName = [](const Scope &a, const Scope &b) {
                        return a.name() < b.name();
                    };
                    std::sort(stackScopes.begin(), stackScopes.end(), byName);
                    std::sort(envScopes.begin(), envScopes.end(), byName);
                    reply.finish({{}, stackScopes + envScopes});
                });
        });
    return reply.future();
}

QFuture<Error> CloudBackend::addScope(const Scope &)
{
    return readyFuture(Error::invalid(
        QStringLiteral("scope"),
        tr("The stacks and environments of a Pulumi Cloud organization come from Pulumi Cloud: "
           "create them there (pulumi stack init, esc env init) and they appear here.")));
}

QFuture<Error> CloudBackend::renameScope(const Scope &, const Scope &)
{
    return readyFuture(Error::invalid(
        QStringLiteral("scope"),
        tr("Stacks and environments of a Pulumi Cloud organization are renamed in Pulumi Cloud "
           "(pulumi stack rename).")));
}

QFuture<Result<int>> CloudBackend::removeScope(const Scope &)
{
    return failed<int>(Error::invalid(
        QStringLiteral("scope"),
        tr("Stacks and environments of a Pulumi Cloud organization are removed in Pulumi Cloud "
           "(pulumi stack rm).")));
}

QFuture<Result<QList<Webhook>>> CloudBackend::listHooks(const Scope &scope)
{
    Promise<Result<QList<Webhook>>> reply;
    whenReady(m_client->send("GET", scopePath(scope) + QStringLiteral("/hooks")), this,
              [this, reply](const CloudReply &r) {
                  if (r.error) {
                      reply.finish(Result<QList<Webhook>>::failure(r.error));
                      return;
                  }
                  QList<Webhook> out;
                  for (const QJsonValue &v : r.json.toArray()) {
                      const Webhook w = webhookFromJson(v.toObject());
                      m_known.insert(w.ref(), w);
                      out << w;
                  }
                  reply.finish({{}, out});
              });
    return reply.future();
}

QFuture<Result<QList<WebhookSummary>>> CloudBackend::webhooks(const Scope &scope, Depth depth)
{
    if (Error e = usable(scope))
        return failed<QList<WebhookSummary>>(e);
    Promise<Result<QList<WebhookSummary>>> reply;
    // Every scope's list, then their mirrors' last deliveries from the archive.
    auto collect = [this, reply](const QList<Scope> &scopes) {
        auto lists = std::make_shared<QList<Result<QList<Webhook>>>>(scopes.size());
        auto remaining = std::make_shared<qsizetype>(scopes.size());
        for (qsizetype i = 0; i < scopes.size(); ++i) {
            whenReady(listHooks(scopes.at(i)), this,
                      [this, reply, lists, remaining, i](const Result<QList<Webhook>> &r) {
                          (*lists)[i] = r;
                          if (--*remaining > 0)
                              return;
                          QList<Webhook> all;
                          for (const auto &one : std::as_const(*lists)) {
                              if (one.error && one.error.code != Error::Code::NotFound) {
                                  reply.finish(Result<QList<WebhookSummary>>::failure(one.error));
                                  return;
                              }
                              all += one.value;
                          }
                          std::stable_sort(
                              all.begin(), all.end(), [](const Webhook &a, const Webhook &b) {
                                  const QString ka = a.scope.stackKey();
                                  const QString kb = b.scope.stackKey();
                                  if (ka != kb)
                                      return ka < kb;
                                  return a.displayName.toLower() < b.displayName.toLower();
                              });
                          whenReady(m_archive.mirror(all), this,
                                    [reply, all](const Result<QHash<WebhookRef, Delivery>> &m) {
                                        QList<WebhookSummary> out;
                                        for (const Webhook &w : all) {
                                            WebhookSummary s{w, {}};
                                            if (auto it = m.value.find(w.ref());
                                                it != m.value.end())
                                                s.lastDelivery = *it;
                                            out << s;
                                        }
                                        reply.finish({{}, out});
                                    });
                      });
        }
    };
    if (depth == Depth::WithStacks && scope.isOrganization()) {
        whenReady(scopes(scope.organization), this,
                  [reply, scope, collect](const Result<QList<Scope>> &r) {
                      if (r.error) {
                          reply.finish(Result<QList<WebhookSummary>>::failure(r.error));
                          return;
                      }
                      collect(QList<Scope>{scope} + r.value);
                  });
    } else {
        collect({scope});
    }
    return reply.future();
}

QFuture<Result<Webhook>> CloudBackend::webhook(const WebhookRef &ref)
{
    if (Error e = usable(ref.scope))
        return failed<Webhook>(e);
    Promise<Result<Webhook>> reply;
    whenReady(m_client->send("GET", hookPath(ref)), this, [this, ref, reply](const CloudReply &r) {
        if (r.error) {
            reply.finish(Result<Webhook>::failure(
                r.error.code == Error::Code::NotFound
                    ? Error::make(Error::Code::NotFound,
                                  tr("No webhook %1 in Pulumi Cloud.").arg(ref.toString()))
                    : r.error));
            return;
        }
        const Webhook w = webhookFromJson(r.json.toObject());
        m_known.insert(w.ref(), w);
        reply.finish({{}, w});
    });
    return reply.future();
}

QFuture<Result<Webhook>> CloudBackend::known(const WebhookRef &ref)
{
    if (auto it = m_known.constFind(ref); it != m_known.cend())
        return readyFuture(Result<Webhook>{{}, *it});
    return webhook(ref);
}

QFuture<Result<Webhook>> CloudBackend::create(const WebhookDraft &given)
{
    if (Error e = usable(given.scope))
        return failed<Webhook>(e);
    // Pulumi's rules checked here first, for a message next to the field at once. Pulumi makes
    // the name when none is given.
    WebhookDraft checked = given;
    if (checked.name.trimmed().isEmpty())
        checked.name = QStringLiteral("placeholder");
    if (Error e = validation::checkDraft(checked))
        return failed<Webhook>(e);
    if (Error e = pulumiSignatureOnly(checked.signature))
        return failed<Webhook>(e);
    Promise<Result<Webhook>> reply;
    const QJsonObject body = draftToJson(given, false);
    whenReady(m_client->send("POST", scopePath(given.scope) + QStringLiteral("/hooks"), {}, body),
              this, [this, reply](const CloudReply &r) {
                  if (r.error) {
                      reply.finish(Result<Webhook>::failure(r.error));
                      return;
                  }
                  const Webhook w = webhookFromJson(r.json.toObject());
                  m_known.insert(w.ref(), w);
                  qCInfo(lcCloud) << "created webhook" << w.ref().toString();
                  Q_EMIT webhookAdded(w);
                  reply.finish({{}, w});
              });
    return reply.future();
}

QFuture<Result<Webhook>> CloudBackend::update(const WebhookRef &ref, const WebhookDraft &draft)
{
    if (Error e = usable(ref.scope))
        return failed<Webhook>(e);
    if (!draft.name.isEmpty() && draft.name != ref.name) {
        return failed<Webhook>(Error::invalid(
            QStringLiteral("name"),
            tr("Pulumi Cloud does not rename webhooks: create one with the new name, then "
               "delete this one.")));
    }
    if (draft.scope != ref.scope) {
        return failed<Webhook>(Error::invalid(QStringLiteral("scope"),
                                              tr("A webhook stays in its stack or organization.")));
    }
    if (Error e = validation::checkDraft(draft))
        return failed<Webhook>(e);
    if (Error e = pulumiSignatureOnly(draft.signature))
        return failed<Webhook>(e);
    Promise<Result<Webhook>> reply;
    // As Pulumi's own CLI: read the webhook, merge the change into it, PATCH the whole object.
    whenReady(webhook(ref), this, [this, ref, draft, reply](const Result<Webhook> &current) {
        if (current.error) {
            reply.finish(current);
            return;
        }
        WebhookDraft merged = WebhookDraft::from(current.value);
        merged.displayName = draft.displayName;
        merged.payloadUrl = draft.payloadUrl;
        merged.format = draft.format;
        merged.filters = draft.filters;
        merged.groups = draft.groups;
        merged.active = draft.active;
        merged.secretChange = draft.secretChange;
        merged.secret = draft.secret;
        merged.name = ref.name;
        whenReady(m_client->send("PATCH", hookPath(ref), {}, draftToJson(merged, true)), this,
                  [this, ref, reply](const CloudReply &r) {
                      if (r.error) {
                          reply.finish(Result<Webhook>::failure(r.error));
                          return;
                      }
                      const Webhook w = webhookFromJson(r.json.toObject());
                      m_known.insert(w.ref(), w);
                      Q_EMIT webhookChanged(ref, w);
                      reply.finish({{}, w});
                  });
    });
    return reply.future();
}

QFuture<Error> CloudBackend::remove(const WebhookRef &ref)
{
    if (Error e = usable(ref.scope))
        return readyFuture(e);
    Promise<Error> reply;
    // Pulumi answers 204 for a webhook that is not there: asked first, so that a gone one is
    // NotFound as everywhere else.
    whenReady(webhook(ref), this, [this, ref, reply](const Result<Webhook> &found) {
        if (found.error) {
            reply.finish(found.error);
            return;
        }
        removeFound(ref, reply);
    });
    return reply.future();
}

void CloudBackend::removeFound(const WebhookRef &ref, const Promise<Error> &reply)
{
    whenReady(m_client->send("DELETE", hookPath(ref)), this,
              [this, ref, reply](const CloudReply &r) {
                  if (r.error) {
                      reply.finish(r.error);
                      return;
                  }
                  m_known.remove(ref);
                  m_refreshedAt.remove(ref);
                  // Its archive goes with it, as a local webhook's history does.
                  whenReady(m_archive.removeMirror(ref), this, [this, ref, reply](const Error &e) {
                      Q_EMIT webhookRemoved(ref);
                      reply.finish(e);
                  });
              });
}

QFuture<Result<Webhook>> CloudBackend::rotateSecret(const WebhookRef &ref, const QString &secret,
                                                    std::chrono::seconds overlap)
{
    if (overlap.count() != 0) {
        return failed<Webhook>(
            Error::invalid(QStringLiteral("overlap"),
                           tr("Pulumi Cloud keeps one secret per webhook and signs with it "
                              "alone: rotate without an overlap, and update the receiver at "
                              "the same time.")));
    }
    Promise<Result<Webhook>> reply;
    whenReady(webhook(ref), this, [this, ref, secret, reply](const Result<Webhook> &current) {
        if (current.error) {
            reply.finish(current);
            return;
        }
        WebhookDraft draft = WebhookDraft::from(current.value);
        draft.secretChange = WebhookDraft::SecretChange::Set;
        draft.secret = secret;
        whenReady(update(ref, draft), this, [reply](const Result<Webhook> &r) { reply.finish(r); });
    });
    return reply.future();
}

QFuture<Result<SigningKeys>> CloudBackend::signingKeys(const WebhookRef &ref)
{
    // Pulumi Cloud never gives a secret out: its requests can be shown, not checked.
    Promise<Result<SigningKeys>> reply;
    whenReady(webhook(ref), this, [reply](const Result<Webhook> &current) {
        reply.finish(Result<SigningKeys>{
            current.error, SigningKeys{QString::fromLatin1(SignatureSchemeId::Pulumi), {}}});
    });
    return reply.future();
}

QFuture<Error> CloudBackend::provideSecret(const WebhookRef &, const QString &)
{
    return readyFuture(Error::invalid(
        QStringLiteral("secret"),
        tr("Pulumi Cloud keeps this webhook's secret and signs its deliveries itself.")));
}

void CloudBackend::record(const WebhookRef &ref, const QJsonObject &json,
                          const Promise<Result<Delivery>> &reply)
{
    const Delivery sent = deliveryFromJson(json, ref);
    whenReady(known(ref), this, [this, ref, sent, reply](const Result<Webhook> &w) {
        if (w.error) {
            reply.finish(Result<Delivery>{w.error, sent});
            return;
        }
        whenReady(m_archive.archive(w.value, {sent}, true), this,
                  [this, sent, reply](const Result<LocalBackend::Archived> &a) {
                      if (a.error || a.value.attempts.isEmpty()) {
                          reply.finish(Result<Delivery>{a.error, sent});
                          return;
                      }
                      const Delivery d = a.value.attempts.constFirst();
                      // Pulumi sent it and answered once it had ended: pending, then done.
                      Delivery pending = d;
                      pending.state = Delivery::State::Pending;
                      Q_EMIT deliveryRecorded(pending);
                      Q_EMIT deliveryCompleted(d);
                      reply.finish({{}, d});
                  });
    });
}

QFuture<Result<Delivery>> CloudBackend::ping(const WebhookRef &ref)
{
    if (Error e = usable(ref.scope))
        return failed<Delivery>(e);
    Promise<Result<Delivery>> reply;
    whenReady(m_client->send("POST", hookPath(ref) + QStringLiteral("/ping")), this,
              [this, ref, reply](const CloudReply &r) {
                  if (r.error) {
                      reply.finish(Result<Delivery>::failure(r.error));
                      return;
                  }
                  record(ref, r.json.toObject(), reply);
              });
    return reply.future();
}

QFuture<Result<Delivery>> CloudBackend::sendSample(const WebhookRef &, const QString &)
{
    return failed<Delivery>(Error::invalid(
        QStringLiteral("event"),
        tr("Pulumi Cloud sends events only when they happen; it can send a test ping.")));
}

QFuture<Result<Delivery>> CloudBackend::redeliver(const QString &deliveryId)
{
    Promise<Result<Delivery>> reply;
    whenReady(m_archive.delivery(deliveryId), this, [this, reply](const Result<Delivery> &found) {
        if (found.error) {
            reply.finish(Result<Delivery>::failure(found.error));
            return;
        }
        const WebhookRef ref = found.value.webhook;
        if (Error e = usable(ref.scope)) {
            reply.finish(Result<Delivery>::failure(e));
            return;
        }
        // Pulumi keeps the id for the new attempt; the archive links it to the first.
        const QString path = hookPath(ref) + QStringLiteral("/deliveries/") +
                             segment(found.value.uid) + QStringLiteral("/redeliver");
        whenReady(m_client->send("POST", path), this, [this, ref, reply](const CloudReply &r) {
            if (r.error) {
                reply.finish(Result<Delivery>::failure(r.error));
                return;
            }
            record(ref, r.json.toObject(), reply);
        });
    });
    return reply.future();
}

QFuture<Result<Delivery>> CloudBackend::delivery(const QString &deliveryId)
{
    return m_archive.delivery(deliveryId);
}

QFuture<Error> CloudBackend::refreshHistory(const WebhookRef &ref, bool force)
{
    if (Error e = usable(ref.scope))
        return readyFuture(e);
    if (auto it = m_refreshing.constFind(ref); it != m_refreshing.cend())
        return *it;
    const QDateTime last = m_refreshedAt.value(ref);
    if (!force && last.isValid() &&
        last.secsTo(QDateTime::currentDateTimeUtc()) < RefreshInterval.count())
        return readyFuture(Error{});
    Promise<Error> reply;
    m_refreshing.insert(ref, reply.future());
    const auto done = [this, ref, reply](const Error &e) {
        m_refreshing.remove(ref);
        if (!e)
            m_refreshedAt.insert(ref, QDateTime::currentDateTimeUtc());
        reply.finish(e);
    };
    whenReady(known(ref), this, [this, ref, done](const Result<Webhook> &w) {
        if (w.error) {
            done(w.error);
            return;
        }
        whenReady(m_client->send("GET", hookPath(ref) + QStringLiteral("/deliveries")), this,
                  [this, ref, done, webhook = w.value](const CloudReply &r) {
                      if (r.error) {
                          done(r.error);
                          return;
                      }
                      QList<Delivery> attempts;
                      for (const QJsonValue &v : r.json.toArray())
                          attempts << deliveryFromJson(v.toObject(), ref);
                      // Even with none, the mirror is made: the archive's history answers.
                      whenReady(m_archive.archive(webhook, attempts), this,
                                [ref, done](const Result<LocalBackend::Archived> &a) {
                                    if (a.value.added > 0)
                                        qCInfo(lcCloud) << "archived" << a.value.added
                                                        << "deliveries of" << ref.toString();
                                    done(a.error);
                                });
                  });
    });
    return reply.future();
}

QDateTime CloudBackend::historyRefreshedAt(const WebhookRef &ref) const
{
    return m_refreshedAt.value(ref);
}

QFuture<Result<HistoryPage>> CloudBackend::history(const DeliveryFilter &filter,
                                                   const PageRequest &request)
{
    // The newest page reads Pulumi first; older pages are the archive's. When Pulumi cannot be
    // reached, the archive still answers (the banner says Pulumi is unreachable).
    const bool fresh = request.anchor == PageAnchor::Newest || request.anchor == PageAnchor::At;
    const QFuture<Error> refreshed = fresh ? refreshHistory(filter.webhook) : readyFuture(Error{});
    Promise<Result<HistoryPage>> reply;
    whenReady(refreshed, this, [this, filter, request, reply](const Error &e) {
        if (e && e.code != Error::Code::Unreachable) {
            reply.finish(Result<HistoryPage>::failure(e));
            return;
        }
        whenReady(m_archive.history(filter, request), this,
                  [reply](const Result<HistoryPage> &page) { reply.finish(page); });
    });
    return reply.future();
}

QFuture<Result<qint64>> CloudBackend::countDeliveries(const DeliveryFilter &filter)
{
    Promise<Result<qint64>> reply;
    whenReady(refreshHistory(filter.webhook), this, [this, filter, reply](const Error &) {
        whenReady(m_archive.countDeliveries(filter), this,
                  [reply](const Result<qint64> &count) { reply.finish(count); });
    });
    return reply.future();
}

QFuture<Result<QList<DayStats>>> CloudBackend::dailyStats(const WebhookRef &ref,
                                                          const QDateTime &since)
{
    Promise<Result<QList<DayStats>>> reply;
    whenReady(refreshHistory(ref), this, [this, ref, since, reply](const Error &) {
        whenReady(m_archive.dailyStats(ref, since), this,
                  [reply](const Result<QList<DayStats>> &stats) { reply.finish(stats); });
    });
    return reply.future();
}

QFuture<Result<qint64>> CloudBackend::clearHistory(const WebhookRef &ref)
{
    // The archive only: Pulumi Cloud keeps its own deliveries, and a later read brings back
    // those it still has.
    Promise<Result<qint64>> reply;
    whenReady(m_archive.clearHistory(ref), this, [this, ref, reply](const Result<qint64> &r) {
        m_refreshedAt.insert(ref, QDateTime::currentDateTimeUtc());
        if (!r.error)
            Q_EMIT historyCleared(ref);
        reply.finish(r);
    });
    return reply.future();
}

QFuture<Result<qint64>> CloudBackend::applyRetention(const RetentionPolicy &)
{
    // The archive is in the local database, where retention applies to every webhook.
    return readyFuture(Result<qint64>{{}, 0});
}

} // namespace wc
