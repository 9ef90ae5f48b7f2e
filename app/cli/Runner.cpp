#include "Runner.h"

#include "Async.h"
#include "BulkRedelivery.h"
#include "EventCatalog.h"
#include "Json.h"
#include "Output.h"
#include "PulumiProgram.h"
#include "Settings.h"
#include "StackImport.h"
#include "Validation.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcCli, "webhookconsole.cli")

namespace wc::cli {

namespace {
/// Rows read from the database per query when listing deliveries.
constexpr int PageSize = 100;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString listText(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("-") : items.join(QStringLiteral(", "));
}

/// A multi-line block (headers, a payload, a response body) indented by four spaces. Its line
/// breaks ("\n" or "\r\n") stay line breaks; every other control character, a lone CR
/// included, is escaped: the text may come from a hostile receiver.
QString indented(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("    -\n");
    QString out;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("\r?\n"))))
        out += QStringLiteral("    ") + escapeControls(line) + u'\n';
    return out;
}

/// `Name  value` lines; control characters in the values are escaped.
QString keyValues(const QList<QPair<QString, QString>> &pairs)
{
    qsizetype width = 0;
    for (const auto &pair : pairs)
        width = std::max(width, pair.first.size());
    QString out;
    for (const auto &[key, value] : pairs)
        out += key.leftJustified(width + 2) + escapeControls(value) + u'\n';
    return out;
}

/// `text` with every occurrence of `url` shown redacted (a network error may quote the URL).
QString redactedIn(const QString &text, const QString &url)
{
    const QString shown = validation::redactedUrl(url);
    if (url.isEmpty() || shown == url)
        return text;
    return QString(text).replace(url, shown);
}

// A payload URL with a user name or password (refused now; webhooks saved earlier may hold
// one) is shown, in tables and in JSON alike, with the credentials masked.
Webhook forDisplay(Webhook w)
{
    w.payloadUrl = validation::redactedUrl(w.payloadUrl);
    return w;
}

Delivery forDisplay(Delivery d)
{
    d.error = redactedIn(d.error, d.requestUrl);
    d.requestUrl = validation::redactedUrl(d.requestUrl);
    return d;
}
} // namespace

Runner::Runner(WebhookBackend &backend, const Invocation &invocation, const QString &secret,
               Output &output, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_invocation(invocation)
    , m_secret(secret)
    , m_out(output)
{}

void Runner::start()
{
    qCDebug(lcCli) << "running" << commandName(m_invocation.command);
    switch (m_invocation.command) {
    case Command::WebhookNew:
        return webhookNew();
    case Command::WebhookList:
        return webhookList();
    case Command::WebhookGet:
        return webhookGet();
    case Command::WebhookEdit:
        return webhookEdit();
    case Command::WebhookRm:
        return webhookRm();
    case Command::WebhookPing:
        return webhookPing();
    case Command::WebhookSend:
        return webhookSend();
    case Command::StackAdd:
    case Command::EnvAdd:
        return scopeAdd();
    case Command::StackList:
        return scopeList(Scope::Kind::Stack);
    case Command::EnvList:
        return scopeList(Scope::Kind::Environment);
    case Command::StackRm:
    case Command::EnvRm:
        return scopeRm();
    case Command::StackImport:
        return stackImport();
    case Command::DeliveryList:
        return deliveryList();
    case Command::DeliveryGet:
        return deliveryGet();
    case Command::DeliveryRedeliver:
        return deliveryRedeliver();
    case Command::DatabaseKeepPassword:
        return databaseKeepPassword();
    case Command::OrgConnect:
        return orgConnect();
    case Command::OrgDisconnect:
        return orgDisconnect();
    case Command::OrgList:
        return orgList();
    case Command::WebhookPublish:
        return webhookPublish();
    case Command::WebhookExport:
        return webhookExport();
    case Command::WebhookRotateSecret:
        return webhookRotateSecret();
    case Command::None:
        break;
    }
    finish(Usage);
}

void Runner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcCli) << "finished with" << exitCode;
    Q_EMIT finished(exitCode);
}

void Runner::fail(const Error &error)
{
    finish(m_out.fail(error));
}

void Runner::findWebhook(std::function<void(const Webhook &)> then)
{
    whenReady(m_backend.webhook(m_invocation.ref), this,
              [this, then = std::move(then)](const Result<Webhook> &found) {
                  if (found.error.code == Error::Code::NotFound) {
                      fail(Error{Error::Code::NotFound,
                                 tr("There is no webhook “%1”.").arg(m_invocation.ref.toString()),
                                 QStringLiteral("REF")});
                      return;
                  }
                  if (found.error) {
                      fail(found.error);
                      return;
                  }
                  then(found.value);
              });
}

void Runner::findDelivery(std::function<void(const Delivery &)> then)
{
    whenReady(m_backend.delivery(m_invocation.deliveryId), this,
              [this, then = std::move(then)](const Result<Delivery> &found) {
                  if (found.error.code == Error::Code::NotFound) {
                      fail(Error{Error::Code::NotFound,
                                 tr("There is no delivery %1.").arg(m_invocation.deliveryId),
                                 QStringLiteral("ID")});
                      return;
                  }
                  if (found.error) {
                      fail(found.error);
                      return;
                  }
                  then(found.value);
              });
}

namespace {
/// "2026-11-29 21:03 by ana@build-01", or the time alone when nobody is recorded.
QString byText(const QDateTime &when, const QString &who)
{
    return who.isEmpty() ? timeText(when) : Runner::tr("%1 by %2").arg(timeText(when), who);
}
} // namespace

void Runner::printWebhook(const Webhook &webhook)
{
    const Webhook w = forDisplay(webhook);
    if (m_out.json()) {
        m_out.writeJson(toJson(w));
        return;
    }
    m_out.write(keyValues({
        {tr("Ref"), w.ref().toString()},
        {tr("Display name"), w.displayName},
        {tr("Payload URL"), w.payloadUrl},
        {tr("Format"), w.format},
        {tr("Active"), w.active ? tr("yes") : tr("no")},
        {tr("Secret"),
         !w.hasSecret ? tr("none")
         : w.previousSecretUntil.isValid()
             ? tr("set (in the OS keychain); rotating: the previous secret signs too until %1")
                   .arg(timeText(w.previousSecretUntil))
             : tr("set (in the OS keychain)")},
        {tr("Signature"), SignatureScheme::get(w.signature).displayName()},
        {tr("Groups"), listText(w.groups)},
        {tr("Filters"), listText(w.filters)},
        {tr("Created"), byText(w.createdAt, w.createdBy)},
        {tr("Updated"), byText(w.updatedAt, w.updatedBy)},
    }));
}

void Runner::printDelivery(const Delivery &delivery)
{
    const Delivery d = forDisplay(delivery);
    if (m_out.json()) {
        m_out.writeJson(toJson(d));
        return;
    }
    QList<QPair<QString, QString>> fields{
        {tr("Delivery"), d.id},
        {tr("Webhook"), d.webhook.toString()},
        {tr("Kind"), d.kind},
        {tr("Sent"), d.timestamp.toUTC().toString(Qt::ISODateWithMs)},
        {tr("Result"), d.outcome() == DeliveryOutcome::Succeeded ? tr("succeeded")
                       : d.outcome() == DeliveryOutcome::Pending ? tr("pending")
                                                                 : tr("failed")},
        {tr("Outcome"), d.outcomeText()},
        {tr("Duration"), tr("%1 ms").arg(d.durationMs)},
        {tr("Request URL"), d.requestUrl},
    };
    if (!d.redeliveryOf.isEmpty())
        fields.insert(1, {tr("Redelivery of"), d.redeliveryOf});
    QString text = keyValues(fields);
    text += u'\n' + tr("Request headers:") + u'\n' + indented(d.requestHeaders);
    text += u'\n' + tr("Payload:") + u'\n' + indented(QString::fromUtf8(d.payload));
    text += u'\n' + tr("Response headers:") + u'\n' + indented(d.responseHeaders);
    text += u'\n' +
            (d.responseTruncated ? tr("Response body (truncated):") : tr("Response body:")) +
            u'\n' + indented(QString::fromUtf8(d.responseBody));
    m_out.write(text);
}

void Runner::deliveryDone(const Result<Delivery> &result)
{
    const Delivery &delivery = result.value;
    if (result.error && delivery.id.isEmpty()) {
        Error why = result.error; // nothing was sent
        if (why.needsSecret()) {
            why.message += u' ' + tr("Give it on standard input with --secret-stdin.");
            why.field = QStringLiteral("--secret-stdin");
        }
        fail(why);
        return;
    }
    printDelivery(delivery);
    if (result.error) {
        // Sent, but its outcome could not be recorded.
        m_out.note(result.error.message);
        finish(exitCodeFor(result.error));
        return;
    }
    if (!delivery.succeeded()) {
        m_out.note(
            tr("delivery %1 failed: %2").arg(delivery.id, forDisplay(delivery).outcomeText()));
        finish(DeliveryFailed);
        return;
    }
    finish(Success);
}

void Runner::webhookNew()
{
    const Invocation &inv = m_invocation;
    WebhookDraft d;
    d.scope = *inv.scope;
    d.displayName = *inv.displayName;
    d.payloadUrl = *inv.payloadUrl;
    if (inv.name) {
        d.name = *inv.name;
    } else {
        d.name = validation::deriveName(d.displayName);
        if (d.name.isEmpty() && validation::displayName(d.displayName).isEmpty()) {
            fail(Error::invalid(QStringLiteral("name"),
                                tr("No name can be made from the display name; give --name.")));
            return;
        }
    }
    if (inv.format)
        d.format = *inv.format;
    if (!inv.filters && !inv.groups) {
        d.groups = EventCatalog::defaultGroups(d.scope); // as Pulumi does
    } else {
        d.filters = inv.filters.value_or(QStringList());
        d.groups = inv.groups.value_or(QStringList());
    }
    d.active = inv.active.value_or(true);
    if (inv.signature)
        d.signature = *inv.signature;
    if (inv.secret == Invocation::Secret::FromStdin) {
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = m_secret;
    }
    whenReady(m_backend.create(d), this, [this](const Result<Webhook> &created) {
        if (created.error) {
            fail(created.error);
            return;
        }
        printWebhook(created.value);
        finish(Success);
    });
}

void Runner::webhookList()
{
    auto printAll = [this](const QList<WebhookSummary> &rows) {
        if (m_out.json()) {
            QJsonArray array;
            for (const WebhookSummary &s : rows)
                array.append(toJson(forDisplay(s.webhook)));
            m_out.writeJson(array);
            finish(Success);
            return;
        }
        if (rows.isEmpty()) {
            m_out.write(tr("No webhooks.\n"));
            finish(Success);
            return;
        }
        QList<QStringList> table;
        for (const WebhookSummary &s : rows) {
            const Webhook w = forDisplay(s.webhook);
            QString last = tr("never");
            if (const auto &d = s.lastDelivery) {
                last = redactedIn(d->shortOutcome(), s.webhook.payloadUrl);
                if (d->outcome() == DeliveryOutcome::Failed && d->responseCode > 0)
                    last += tr(" (failed)");
            }
            table << QStringList{w.ref().toString(),
                                 w.displayName,
                                 w.format,
                                 w.active ? tr("yes") : tr("no"),
                                 w.hasSecret ? tr("yes") : tr("no"),
                                 last,
                                 w.payloadUrl};
        }
        m_out.table({tr("REF"), tr("DISPLAY NAME"), tr("FORMAT"), tr("ACTIVE"), tr("SECRET"),
                     tr("LAST DELIVERY"), tr("PAYLOAD URL")},
                    table);
        finish(Success);
    };

    gatherWebhooks(printAll);
}

void Runner::gatherWebhooks(const std::function<void(const QList<WebhookSummary> &)> &then)
{
    if (const auto &scope = m_invocation.scope) {
        // The contract: an organization named by --org is added when the database lacks it.
        whenReady(m_backend.addOrganization(scope->organization), this,
                  [this, scope = *scope, then](const Error &added) {
                      if (added) {
                          fail(added);
                          return;
                      }
                      const auto depth = scope.isOrganization() ? WebhookBackend::Depth::WithStacks
                                                                : WebhookBackend::Depth::ScopeOnly;
                      whenReady(m_backend.webhooks(scope, depth), this,
                                [this, then](const Result<QList<WebhookSummary>> &rows) {
                                    if (rows.error)
                                        fail(rows.error);
                                    else
                                        then(rows.value);
                                });
                  });
        return;
    }
    // Every organization's: asked for all at once, printed in the organizations' order.
    whenReady(
        m_backend.organizations(), this, [this, then](const Result<QStringList> &organizations) {
            if (organizations.error) {
                fail(organizations.error);
                return;
            }
            if (organizations.value.isEmpty()) {
                then({});
                return;
            }
            struct Gathered
            {
                QList<QList<WebhookSummary>> parts;
                qsizetype pending = 0;
            };
            auto gathered = std::make_shared<Gathered>();
            gathered->parts.resize(organizations.value.size());
            gathered->pending = organizations.value.size();
            for (qsizetype i = 0; i < organizations.value.size(); ++i) {
                const Scope org = Scope::organizationScope(organizations.value.at(i));
                whenReady(m_backend.webhooks(org, WebhookBackend::Depth::WithStacks), this,
                          [this, gathered, i, then](const Result<QList<WebhookSummary>> &part) {
                              if (part.error) {
                                  fail(part.error); // the first failure ends the command
                                  return;
                              }
                              gathered->parts[i] = part.value;
                              if (--gathered->pending > 0 || m_finished)
                                  return;
                              QList<WebhookSummary> rows;
                              for (const auto &p : std::as_const(gathered->parts))
                                  rows += p;
                              then(rows);
                          });
            }
        });
}

void Runner::orgConnect()
{
    const Invocation &inv = m_invocation;
    // The token on standard input, else $PULUMI_ACCESS_TOKEN, else the one kept for the URL.
    QString token = m_secret;
    if (inv.secret != Invocation::Secret::FromStdin)
        token = qEnvironmentVariable("PULUMI_ACCESS_TOKEN").trimmed();
    whenReady(m_backend.connectCloud(inv.organization, inv.apiUrl, token), this,
              [this](const Result<CloudAccount> &r) {
                  if (r.error) {
                      Error e = r.error;
                      if (e.field == u"token")
                          e.field = QStringLiteral("--token-stdin");
                      else if (e.field == u"apiUrl")
                          e.field = QStringLiteral("--api-url");
                      else if (e.field == u"organization")
                          e.field = QStringLiteral("ORG");
                      fail(e);
                      return;
                  }
                  const QString url = m_backend.cloudApiUrl(m_invocation.organization);
                  if (m_out.json()) {
                      m_out.writeJson(
                          QJsonObject{{QStringLiteral("organization"), m_invocation.organization},
                                      {QStringLiteral("apiUrl"), url},
                                      {QStringLiteral("user"), r.value.login}});
                  } else {
                      m_out.write(tr("Connected %1 of Pulumi Cloud at %2 as %3; the token is in "
                                     "your keychain.\n")
                                      .arg(m_invocation.organization, url, r.value.login));
                  }
                  finish(Success);
              });
}

void Runner::orgDisconnect()
{
    whenReady(m_backend.disconnectCloud(m_invocation.organization), this, [this](const Error &e) {
        if (e) {
            fail(e);
            return;
        }
        if (m_out.json())
            m_out.writeJson(QJsonObject{{QStringLiteral("organization"), m_invocation.organization},
                                        {QStringLiteral("disconnected"), true}});
        else
            m_out.write(tr("Disconnected %1.\n").arg(m_invocation.organization));
        finish(Success);
    });
}

void Runner::orgList()
{
    whenReady(m_backend.organizations(), this, [this](const Result<QStringList> &orgs) {
        if (orgs.error) {
            fail(orgs.error);
            return;
        }
        QList<QStringList> table;
        QJsonArray array;
        for (const QString &org : orgs.value) {
            const QString url = m_backend.cloudApiUrl(org);
            table << QStringList{org, url.isEmpty() ? tr("local") : tr("Pulumi Cloud"),
                                 url.isEmpty() ? m_backend.displayLocation() : url};
            array.append(QJsonObject{
                {QStringLiteral("organization"), org},
                {QStringLiteral("backend"),
                 url.isEmpty() ? QStringLiteral("local") : QStringLiteral("pulumi-cloud")},
                {QStringLiteral("location"), url.isEmpty() ? m_backend.displayLocation() : url}});
        }
        if (m_out.json())
            m_out.writeJson(array);
        else if (table.isEmpty())
            m_out.write(tr("No organizations.\n"));
        else
            m_out.table({tr("ORG"), tr("BACKEND"), tr("WHERE")}, table);
        finish(Success);
    });
}

void Runner::webhookPublish()
{
    findWebhook([this](const Webhook &w) {
        whenReady(
            m_backend.copyWebhooks({w.ref()}, m_invocation.organization, m_invocation.withSecrets),
            this, [this](const Result<QList<CopyOutcome>> &r) {
                if (r.error || r.value.isEmpty()) {
                    fail(r.error);
                    return;
                }
                const CopyOutcome &o = r.value.constFirst();
                const QString status =
                    o.status == CopyOutcome::Status::Created  ? QStringLiteral("created")
                    : o.status == CopyOutcome::Status::Exists ? QStringLiteral("exists")
                                                              : QStringLiteral("failed");
                if (m_out.json()) {
                    m_out.writeJson(
                        QJsonObject{{QStringLiteral("from"), o.from.toString()},
                                    {QStringLiteral("to"), o.to.toString()},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("secretCopied"), o.secretCopied},
                                    {QStringLiteral("secretLeftBehind"), o.secretLeftBehind},
                                    {QStringLiteral("message"), o.message}});
                }
                switch (o.status) {
                case CopyOutcome::Status::Created:
                    if (!m_out.json()) {
                        m_out.write(tr("Created %1%2.\n")
                                        .arg(o.to.toString(),
                                             o.secretCopied ? tr(" with its secret") : QString()));
                    }
                    if (o.secretLeftBehind)
                        m_out.note(tr("%1 has no secret yet: set one with “webhookctl "
                                      "webhook edit %1 --secret-stdin”.")
                                       .arg(o.to.toString()));
                    finish(Success);
                    return;
                case CopyOutcome::Status::Exists:
                    fail(Error{Error::Code::Conflict,
                               tr("%1 already exists; it was left as it is.").arg(o.to.toString()),
                               QStringLiteral("--to")});
                    return;
                case CopyOutcome::Status::Failed:
                    break;
                }
                fail(Error{r.error.code == Error::Code::None ? Error::Code::Invalid : r.error.code,
                           o.message, QStringLiteral("--to")});
            });
    });
}

void Runner::webhookExport()
{
    gatherWebhooks([this](const QList<WebhookSummary> &rows) {
        QList<Webhook> webhooks;
        for (const WebhookSummary &s : rows)
            webhooks << s.webhook;
        const PulumiProgram program = exportPulumiProgram(webhooks, m_invocation.pulumiProject);
        for (const QString &warning : program.warnings)
            m_out.note(warning);
        if (m_invocation.output.isEmpty()) {
            m_out.write(program.yaml);
        } else {
            QSaveFile file(m_invocation.output);
            if (!file.open(QIODevice::WriteOnly) || file.write(program.yaml.toUtf8()) < 0 ||
                !file.commit()) {
                fail(Error::make(
                    Error::Code::Storage,
                    tr("Cannot write %1: %2.").arg(m_invocation.output, file.errorString())));
                return;
            }
        }
        if (!program.secretCommands.isEmpty()) {
            m_out.note(tr("Then give the program its secrets (Pulumi asks for each):"));
            for (const QString &command : program.secretCommands)
                m_out.note(QStringLiteral("  ") + command);
        }
        finish(Success);
    });
}

void Runner::webhookGet()
{
    findWebhook([this](const Webhook &w) {
        printWebhook(w);
        finish(Success);
    });
}

void Runner::webhookRotateSecret()
{
    findWebhook([this](const Webhook &w) {
        whenReady(m_backend.rotateSecret(w.ref(), m_secret, m_invocation.overlap), this,
                  [this](const Result<Webhook> &rotated) {
                      if (rotated.error) {
                          fail(rotated.error);
                          return;
                      }
                      const Webhook &w = rotated.value;
                      if (w.previousSecretUntil.isValid()) {
                          m_out.note(
                              tr("The previous secret keeps signing until %1.")
                                  .arg(QLocale().toString(w.previousSecretUntil.toLocalTime(),
                                                          QLocale::ShortFormat)));
                      }
                      printWebhook(w);
                      finish(Success);
                  });
    });
}

void Runner::webhookEdit()
{
    findWebhook([this](const Webhook &w) {
        const Invocation &inv = m_invocation;
        if (!inv.payloadUrl) {
            // Saved before today's rules (a URL with a password, port 0): an edit saves the whole
            // webhook, so say what to give instead of blaming an option that was not given.
            if (const QString why =
                    validation::payloadUrl(w.payloadUrl, inv.format.value_or(w.format));
                !why.isEmpty()) {
                fail(Error::invalid(QStringLiteral("payloadUrl"),
                                    tr("The stored payload URL %1 is no longer accepted. %2 Give "
                                       "a new one with --payload-url.")
                                        .arg(validation::redactedUrl(w.payloadUrl), why)));
                return;
            }
        }
        WebhookDraft d = WebhookDraft::from(w);
        if (inv.displayName)
            d.displayName = *inv.displayName;
        if (inv.payloadUrl)
            d.payloadUrl = *inv.payloadUrl;
        if (inv.format)
            d.format = *inv.format;
        if (inv.filters)
            d.filters = *inv.filters;
        if (inv.groups)
            d.groups = *inv.groups;
        if (inv.active)
            d.active = *inv.active;
        if (inv.signature)
            d.signature = *inv.signature;
        switch (inv.secret) {
        case Invocation::Secret::Keep:
            break;
        case Invocation::Secret::FromStdin:
            d.secretChange = WebhookDraft::SecretChange::Set;
            d.secret = m_secret;
            break;
        case Invocation::Secret::Remove:
            d.secretChange = WebhookDraft::SecretChange::Remove;
            break;
        }
        whenReady(m_backend.update(w.ref(), d), this, [this](const Result<Webhook> &updated) {
            if (updated.error) {
                fail(updated.error);
                return;
            }
            // Read it back: the stored webhook is what the window and the next command see.
            whenReady(m_backend.webhook(updated.value.ref()), this,
                      [this, updated](const Result<Webhook> &stored) {
                          printWebhook(stored.error ? updated.value : stored.value);
                          finish(Success);
                      });
        });
    });
}

void Runner::webhookRm()
{
    findWebhook([this](const Webhook &webhook) {
        whenReady(m_backend.remove(webhook.ref()), this, [this, webhook](const Error &e) {
            if (e) {
                fail(e);
                return;
            }
            if (m_out.json())
                m_out.writeJson(toJson(forDisplay(webhook)));
            else
                m_out.write(
                    tr("Deleted webhook %1.\n").arg(escapeControls(webhook.ref().toString())));
            finish(Success);
        });
    });
}

void Runner::withProvidedSecret(const Webhook &webhook, std::function<void()> then)
{
    if (m_invocation.secret != Invocation::Secret::FromStdin) {
        then();
        return;
    }
    whenReady(m_backend.provideSecret(webhook.ref(), m_secret), this,
              [this, then = std::move(then)](const Error &e) {
                  if (e) {
                      Error why = e;
                      if (why.field == u"secret")
                          why.field = QStringLiteral("--secret-stdin");
                      fail(why);
                      return;
                  }
                  then();
              });
}

void Runner::databaseKeepPassword()
{
    // The backend connected with it: it works.
    whenReady(WebhookBackend::keepDatabasePassword(m_backend.displayLocation(), m_secret), this,
              [this](const Error &e) {
                  if (e) {
                      fail(e);
                      return;
                  }
                  if (m_out.json())
                      m_out.writeJson(
                          QJsonObject{{QStringLiteral("database"), m_backend.displayLocation()},
                                      {QStringLiteral("passwordKept"), true}});
                  else
                      m_out.write(tr("Kept the password of %1 in your keychain.\n")
                                      .arg(m_backend.displayLocation()));
                  finish(Success);
              });
}

void Runner::webhookPing()
{
    findWebhook([this](const Webhook &w) {
        withProvidedSecret(w, [this, w] {
            whenReady(m_backend.ping(w.ref()), this,
                      [this](const Result<Delivery> &r) { deliveryDone(r); });
        });
    });
}

void Runner::webhookSend()
{
    findWebhook([this](const Webhook &w) {
        withProvidedSecret(w, [this, w] {
            whenReady(m_backend.sendSample(w.ref(), m_invocation.event), this,
                      [this](const Result<Delivery> &r) {
                          Result<Delivery> result = r;
                          if (result.error.field == u"event")
                              result.error.field = QStringLiteral("--event");
                          deliveryDone(result);
                      });
        });
    });
}

namespace {
QJsonObject scopeJson(const Scope &scope)
{
    QJsonObject o{{QStringLiteral("organizationName"), scope.organization},
                  {QStringLiteral("projectName"), scope.project}};
    if (scope.isEnvironment())
        o.insert(QStringLiteral("envName"), scope.environment);
    else
        o.insert(QStringLiteral("stackName"), scope.stack);
    return o;
}

QString kindWord(const Scope &scope)
{
    return scope.isEnvironment() ? Runner::tr("environment") : Runner::tr("stack");
}
} // namespace

void Runner::scopeAdd()
{
    const Scope scope = m_invocation.target;
    whenReady(m_backend.addScope(scope), this, [this, scope](const Error &e) {
        if (e) {
            Error why = e;
            why.field = scope.isEnvironment() ? QStringLiteral("ENV") : QStringLiteral("STACK");
            fail(why);
            return;
        }
        if (m_out.json())
            m_out.writeJson(scopeJson(scope));
        else
            m_out.write(tr("Added %1 %2.\n").arg(kindWord(scope), scope.displayPath()));
        finish(Success);
    });
}

void Runner::scopeList(Scope::Kind kind)
{
    auto print = [this, kind](const QList<Scope> &all) {
        QList<Scope> shown;
        for (const Scope &s : all) {
            if (s.kind() == kind)
                shown << s;
        }
        if (m_out.json()) {
            QJsonArray array;
            for (const Scope &s : std::as_const(shown))
                array.append(scopeJson(s));
            m_out.writeJson(array);
            finish(Success);
            return;
        }
        if (shown.isEmpty()) {
            m_out.write(kind == Scope::Kind::Stack ? tr("No stacks.\n") : tr("No environments.\n"));
            finish(Success);
            return;
        }
        QList<QStringList> table;
        for (const Scope &s : std::as_const(shown))
            table << QStringList{s.displayPath(), s.organization, s.project,
                                 kind == Scope::Kind::Stack ? s.stack : s.environment};
        m_out.table({kind == Scope::Kind::Stack ? tr("STACK") : tr("ENVIRONMENT"), tr("ORG"),
                     tr("PROJECT"), tr("NAME")},
                    table);
        finish(Success);
    };
    if (m_invocation.scope) {
        whenReady(m_backend.scopes(m_invocation.scope->organization), this,
                  [this, print](const Result<QList<Scope>> &r) {
                      if (r.error)
                          fail(r.error);
                      else
                          print(r.value);
                  });
        return;
    }
    // Every organization's, asked for at once, printed in the organizations' order.
    whenReady(m_backend.organizations(), this, [this, print](const Result<QStringList> &orgs) {
        if (orgs.error) {
            fail(orgs.error);
            return;
        }
        if (orgs.value.isEmpty()) {
            print({});
            return;
        }
        struct Gathered
        {
            QList<QList<Scope>> parts;
            qsizetype pending = 0;
        };
        auto gathered = std::make_shared<Gathered>();
        gathered->parts.resize(orgs.value.size());
        gathered->pending = orgs.value.size();
        for (qsizetype i = 0; i < orgs.value.size(); ++i) {
            whenReady(m_backend.scopes(orgs.value.at(i)), this,
                      [this, gathered, i, print](const Result<QList<Scope>> &part) {
                          if (part.error) {
                              fail(part.error);
                              return;
                          }
                          gathered->parts[i] = part.value;
                          if (--gathered->pending > 0 || m_finished)
                              return;
                          QList<Scope> all;
                          for (const auto &p : std::as_const(gathered->parts))
                              all += p;
                          print(all);
                      });
        }
    });
}

void Runner::scopeRm()
{
    const Scope scope = m_invocation.target;
    whenReady(m_backend.removeScope(scope), this, [this, scope](const Result<int> &r) {
        if (r.error) {
            Error why = r.error;
            if (why.code == Error::Code::NotFound || why.code == Error::Code::Invalid)
                why.field = scope.isEnvironment() ? QStringLiteral("ENV") : QStringLiteral("STACK");
            if (r.value > 0)
                m_out.note(tr("%1 of its webhooks were removed before it stopped.").arg(r.value));
            fail(why);
            return;
        }
        if (m_out.json()) {
            QJsonObject o = scopeJson(scope);
            o.insert(QStringLiteral("webhooksRemoved"), r.value);
            m_out.writeJson(o);
        } else {
            const QString text = r.value == 0   ? tr("Removed %1 %2; it had no webhooks.\n")
                                 : r.value == 1 ? tr("Removed %1 %2 and its webhook.\n")
                                                : tr("Removed %1 %2 and its %3 webhooks.\n");
            m_out.write(r.value > 1 ? text.arg(kindWord(scope), scope.displayPath(),
                                               QString::number(r.value))
                                    : text.arg(kindWord(scope), scope.displayPath()));
        }
        finish(Success);
    });
}

void Runner::stackImport()
{
    QByteArray json;
    const QString file = m_invocation.file;
    if (file == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            fail(Error::invalid(QStringLiteral("FILE"), tr("Cannot read standard input.")));
            return;
        }
        json = in.readAll();
    } else {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            fail(Error::invalid(QStringLiteral("FILE"),
                                tr("Cannot read %1: %2").arg(file, in.errorString())));
            return;
        }
        json = in.readAll();
    }
    const StackImport read =
        StackImport::parse(json, m_invocation.scope->organization, m_invocation.defaultProject);
    if (!read.problems.isEmpty()) {
        // All or nothing: a file with a mistake adds no stack at all.
        fail(Error::invalid(
            QStringLiteral("FILE"),
            tr("nothing was added: %1").arg(read.problems.join(QStringLiteral(" ")))));
        return;
    }
    auto added = std::make_shared<QList<Scope>>();
    auto pending = std::make_shared<qsizetype>(read.stacks.size());
    if (read.stacks.isEmpty()) {
        if (m_out.json())
            m_out.writeJson(QJsonArray());
        else
            m_out.write(tr("No stacks in %1.\n").arg(file));
        finish(Success);
        return;
    }
    for (const Scope &stack : read.stacks) {
        whenReady(m_backend.addScope(stack), this,
                  [this, stack, added, pending, all = read.stacks](const Error &e) {
                      if (e) {
                          fail(e);
                          return;
                      }
                      *added << stack;
                      if (--*pending > 0 || m_finished)
                          return;
                      if (m_out.json()) {
                          QJsonArray array;
                          for (const Scope &s : all)
                              array.append(scopeJson(s));
                          m_out.writeJson(array);
                      } else {
                          for (const Scope &s : all)
                              m_out.write(tr("Added stack %1.\n").arg(s.displayPath()));
                      }
                      finish(Success);
                  });
    }
}

void Runner::deliveryList()
{
    findWebhook([this](const Webhook &) {
        // Keyset pages, newest first: memory stays bounded by one page whatever --limit is.
        if (m_out.json())
            m_out.beginArray();
        listPage({}, 0, std::make_shared<QList<QStringList>>());
    });
}

void Runner::listPage(const QString &cursor, int shown, std::shared_ptr<QList<QStringList>> table)
{
    const Invocation &inv = m_invocation;
    const bool json = m_out.json();
    PageRequest request;
    request.anchor = cursor.isEmpty() ? PageAnchor::Newest : PageAnchor::Older;
    request.cursor = cursor;
    request.limit = std::min(PageSize, inv.limit - shown);
    request.withBodies = json;
    whenReady(
        m_backend.history(inv.filter, request), this,
        [this, json, shown, table](const Result<HistoryPage> &page) {
            const Invocation &inv = m_invocation;
            if (page.error) {
                if (json) {
                    // The array is closed and is the one document; the reason goes to stderr.
                    m_out.endArray();
                    m_out.setJson(false);
                }
                fail(page.error);
                return;
            }
            for (const Delivery &row : page.value.rows) {
                const Delivery d = forDisplay(row);
                if (json) {
                    m_out.arrayItem(toJson(d));
                } else {
                    *table << QStringList{d.id,
                                          timeText(d.timestamp),
                                          d.kind,
                                          d.outcome() == DeliveryOutcome::Succeeded ? tr("ok")
                                          : d.outcome() == DeliveryOutcome::Pending ? tr("pending")
                                                                                    : tr("failed"),
                                          d.shortOutcome(),
                                          tr("%1 ms").arg(d.durationMs),
                                          d.redeliveryOf};
                }
            }
            const int now = shown + int(page.value.rows.size());
            if (page.value.hasOlder && now < inv.limit) {
                listPage(page.value.rows.last().id, now, table);
                return;
            }
            if (json) {
                m_out.endArray();
                finish(Success);
                return;
            }
            if (table->isEmpty()) {
                m_out.write(tr("No deliveries.\n"));
                finish(Success);
                return;
            }
            m_out.table({tr("ID"), tr("SENT"), tr("KIND"), tr("RESULT"), tr("OUTCOME"),
                         tr("DURATION"), tr("REDELIVERY OF")},
                        *table);
            if (now == inv.limit && page.value.hasOlder)
                m_out.note(tr("showing the newest %1; older deliveries match too (raise --limit).")
                               .arg(now));
            finish(Success);
        });
}

void Runner::deliveryGet()
{
    findDelivery([this](const Delivery &d) {
        printDelivery(d);
        finish(Success);
    });
}

void Runner::deliveryRedeliver()
{
    if (m_invocation.allFailed) {
        deliveryRedeliverAllFailed();
        return;
    }
    findDelivery([this](const Delivery &d) {
        whenReady(m_backend.redeliver(d.id), this,
                  [this](const Result<Delivery> &r) { deliveryDone(r); });
    });
}

void Runner::deliveryRedeliverAllFailed()
{
    findWebhook([this](const Webhook &) {
        BulkRedelivery *bulk =
            m_backend.redeliverFailed(m_invocation.filter, Settings::redeliveryConcurrency(), this);
        const bool json = m_out.json();
        if (json)
            m_out.beginArray();
        auto rows = std::make_shared<QList<QStringList>>();
        connect(bulk, &BulkRedelivery::redelivered, this, [this, json, rows](const Delivery &done) {
            const Delivery d = forDisplay(done);
            // Written as each one ends, so a long run shows its progress.
            if (json)
                m_out.arrayItem(toJson(d));
            else
                *rows << QStringList{d.id,
                                     d.redeliveryOf,
                                     d.kind,
                                     d.succeeded() ? tr("ok") : tr("failed"),
                                     d.shortOutcome(),
                                     tr("%1 ms").arg(d.durationMs)};
        });
        connect(bulk, &BulkRedelivery::finished, this,
                [this, bulk, json, rows](const Error &error) {
                    const qint64 done = bulk->done();
                    const qint64 succeeded = bulk->succeeded();
                    if (json)
                        m_out.endArray();
                    else if (!rows->isEmpty())
                        m_out.table({tr("ID"), tr("REDELIVERY OF"), tr("KIND"), tr("RESULT"),
                                     tr("OUTCOME"), tr("DURATION")},
                                    *rows);
                    if (error) {
                        // The array is the one document; the reason goes to stderr.
                        m_out.setJson(false);
                        fail(error);
                        return;
                    }
                    if (done == 0) {
                        if (!json)
                            m_out.write(tr("No undelivered events match.\n"));
                        finish(Success);
                        return;
                    }
                    m_out.note(tr("redelivered %1 events: %2 succeeded, %3 failed.")
                                   .arg(done)
                                   .arg(succeeded)
                                   .arg(done - succeeded));
                    finish(succeeded == done ? Success : DeliveryFailed);
                });
        bulk->start();
    });
}

} // namespace wc::cli
