#include "Runner.h"

#include "Async.h"
#include "BulkRedelivery.h"
#include "EventCatalog.h"
#include "HistoryExchange.h"
#include "Json.h"
#include "Output.h"
#include "PulumiProgram.h"
#include "Settings.h"
#include "StackImport.h"
#include "Validation.h"
#include "VerifySnippet.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <limits>
#include <sys/socket.h>
#include <unistd.h>

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

// --- SIGINT and SIGTERM, for `receive` ------------------------------------------------------
// The handler only writes a byte to a socket pair; the event loop reads it (QSocketNotifier)
// and stops there, where anything may be done.

int stopSignalFd = -1;

extern "C" void onStopSignal(int)
{
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(stopSignalFd, &byte, 1);
    errno = saved;
}

void setStopSignalHandler(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

/// Calls `onStop` from the event loop of `context` at the first SIGINT or SIGTERM; a second one
/// ends the process as it would without this. False when the socket pair cannot be made.
bool watchStopSignals(QObject *context, std::function<void()> onStop)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, fds) != 0)
        return false;
    stopSignalFd = fds[0];
    auto *notifier = new QSocketNotifier(fds[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context,
                     [notifier, fd = fds[1], onStop = std::move(onStop)] {
                         char buffer[16];
                         while (::read(fd, buffer, sizeof buffer) > 0) {
                         }
                         notifier->setEnabled(false);
                         setStopSignalHandler(SIG_DFL);
                         onStop();
                     });
    setStopSignalHandler(onStopSignal);
    return true;
}

bool isTerminal(FILE *stream)
{
    return ::isatty(::fileno(stream)) == 1;
}

/// Whether `bytes` read as UTF-8 text, exactly.
bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

/// `n` for tr()'s plural forms (%n), which take an int.
int pluralCount(qint64 n)
{
    return int(
        std::clamp<qint64>(n, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

/// "1 byte", "312 bytes".
QString byteCount(qint64 size)
{
    return Runner::tr("%n byte(s)", nullptr, pluralCount(size));
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

Runner::~Runner() = default;

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
    case Command::WebhookSnippet:
        return webhookSnippet();
    case Command::DeliverySend:
        return deliverySend();
    case Command::DeliveryExport:
        return deliveryExport();
    case Command::DeliveryImport:
        return deliveryImport();
    case Command::Receive:
        return receive();
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

void Runner::findDelivery(std::function<void(const Delivery &)> then, const QString &field)
{
    whenReady(m_backend.delivery(m_invocation.deliveryId), this,
              [this, field, then = std::move(then)](const Result<Delivery> &found) {
                  if (found.error.code == Error::Code::NotFound) {
                      fail(Error{Error::Code::NotFound,
                                 tr("There is no delivery %1.").arg(m_invocation.deliveryId),
                                 field});
                      return;
                  }
                  if (found.error) {
                      Error why = found.error;
                      if (why.field == u"deliveryId")
                          why.field = field;
                      fail(why);
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
    if (!d.editedFrom.isEmpty())
        fields.insert(1, {tr("Edited from"), d.editedFrom});
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
                    last = tr("%1 (failed)").arg(last);
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
                        m_out.write((o.secretCopied ? tr("Created %1 with its secret.\n")
                                                    : tr("Created %1.\n"))
                                        .arg(o.to.toString()));
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
            m_out.write(
                (scope.isEnvironment() ? tr("Added environment %1.\n") : tr("Added stack %1.\n"))
                    .arg(scope.displayPath()));
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
                m_out.note(
                    tr("%n of its webhooks were removed before it stopped.", nullptr, r.value));
            fail(why);
            return;
        }
        if (m_out.json()) {
            QJsonObject o = scopeJson(scope);
            o.insert(QStringLiteral("webhooksRemoved"), r.value);
            m_out.writeJson(o);
        } else {
            // No webhooks is said differently, not only in another form.
            const bool env = scope.isEnvironment();
            const QString text =
                r.value == 0 ? (env ? tr("Removed environment %1; it had no webhooks.\n")
                                    : tr("Removed stack %1; it had no webhooks.\n"))
                : env ? tr("Removed environment %1 and its %n webhook(s).\n", nullptr, r.value)
                      : tr("Removed stack %1 and its %n webhook(s).\n", nullptr, r.value);
            m_out.write(text.arg(scope.displayPath()));
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
                    m_out.note(tr("redelivered %n event(s): %1 succeeded, %2 failed.", nullptr,
                                  pluralCount(done))
                                   .arg(succeeded)
                                   .arg(done - succeeded));
                    finish(succeeded == done ? Success : DeliveryFailed);
                });
        bulk->start();
    });
}

// --- webhook snippet -------------------------------------------------------------------------

void Runner::webhookSnippet()
{
    findWebhook([this](const Webhook &w) {
        const SnippetLanguage language = m_invocation.language;
        QString fileName;
        QString code = verifySnippet(w.signature, language, &fileName);
        if (!code.endsWith(u'\n'))
            code += u'\n';
        if (m_out.json()) {
            m_out.writeJson(
                QJsonObject{{QStringLiteral("webhook"), w.ref().toString()},
                            {QStringLiteral("signature"), SignatureScheme::get(w.signature).id()},
                            {QStringLiteral("language"), snippetLanguageKey(language)},
                            {QStringLiteral("fileName"), fileName},
                            {QStringLiteral("code"), code}});
        } else {
            m_out.write(code);
        }
        finish(Success);
    });
}

// --- delivery send ----------------------------------------------------------------------------

void Runner::deliverySend()
{
    const Invocation &inv = m_invocation;
    // The payload first: a file that cannot be read sends nothing.
    std::optional<QByteArray> payload;
    if (!inv.payloadFile.isEmpty()) {
        QFile in;
        bool opened = false;
        if (inv.payloadFile == u"-") {
            opened = in.open(stdin, QIODevice::ReadOnly);
        } else {
            in.setFileName(inv.payloadFile);
            opened = in.open(QIODevice::ReadOnly);
        }
        const QString shown = inv.payloadFile == u"-" ? tr("standard input") : inv.payloadFile;
        if (!opened) {
            fail(Error::invalid(QStringLiteral("--payload-file"),
                                tr("Cannot read %1: %2").arg(shown, in.errorString())));
            return;
        }
        payload = in.readAll();
        if (in.error() != QFileDevice::NoError) {
            fail(Error::invalid(QStringLiteral("--payload-file"),
                                tr("Cannot read %1: %2").arg(shown, in.errorString())));
            return;
        }
    }
    findWebhook([this, payload](const Webhook &w) {
        findDelivery(
            [this, payload, w](const Delivery &original) {
                const Invocation &inv = m_invocation;
                if (original.webhook != w.ref()) {
                    fail(Error::invalid(
                        QStringLiteral("--from"),
                        tr("Delivery %1 is not one of %2's: it was sent to webhook %3. Give "
                           "a delivery of %2 (“webhookctl delivery list %2”).")
                            .arg(original.id, w.ref().toString(), original.webhook.toString())));
                    return;
                }
                EditedDelivery edit;
                edit.fromDeliveryId = original.id;
                edit.payload = payload.value_or(original.payload);
                edit.headers = editHeaders(original.requestHeaders, inv.headerEdits);
                edit.url = inv.toUrl;
                edit.signing = inv.signing;
                withProvidedSecret(w, [this, edit] {
                    whenReady(m_backend.sendEdited(edit), this, [this](const Result<Delivery> &r) {
                        Result<Delivery> result = r;
                        Error &e = result.error;
                        if (e.field == u"url")
                            e.field = QStringLiteral("--to");
                        else if (e.field == u"webhook")
                            e.field = QStringLiteral("REF");
                        else if (e.field == u"deliveryId")
                            e.field = QStringLiteral("--from");
                        deliveryDone(result);
                    });
                });
            },
            QStringLiteral("--from"));
    });
}

// --- delivery export --------------------------------------------------------------------------

void Runner::deliveryExport()
{
    findWebhook([this](const Webhook &w) {
        const Invocation &inv = m_invocation;
        const bool toStdout = inv.output.isEmpty();
        QString path = inv.output;
        if (toStdout) {
            // HistoryExport writes a whole file or none: write it aside, then copy it out.
            m_exportDir = std::make_unique<QTemporaryDir>();
            if (!m_exportDir->isValid()) {
                fail(Error::make(Error::Code::Storage,
                                 tr("Cannot make a temporary folder to export into: %1")
                                     .arg(m_exportDir->errorString())));
                return;
            }
            path = m_exportDir->filePath(QStringLiteral("export.") +
                                         historyFormatSuffix(inv.exportFormat));
        }
        if (inv.includeSignatures)
            m_out.note(historySignatureWarning());
        HistoryExportOptions options;
        options.includeSignatures = inv.includeSignatures;
        auto *job =
            new HistoryExport(&m_backend, inv.filter, inv.exportFormat, options, path, this);
        const bool progress = isTerminal(stderr);
        if (progress) {
            connect(job, &HistoryExport::progress, this, [](qint64 done, qint64 total) {
                const QByteArray line = "\r" + tr("webhookctl: exported %1 of %n delivery(s)…",
                                                  nullptr, pluralCount(total))
                                                   .arg(done)
                                                   .toUtf8();
                std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
                std::fflush(stderr);
            });
        }
        connect(job, &HistoryExport::finished, this,
                [this, job, w, path, toStdout, progress](const Error &error) {
                    if (progress) {
                        std::fputc('\n', stderr);
                        std::fflush(stderr);
                    }
                    if (error) {
                        Error why = error;
                        if (why.field == u"path")
                            why.field = toStdout ? QString() : QStringLiteral("--output");
                        fail(why);
                        return;
                    }
                    const qint64 count = job->done();
                    if (toStdout) {
                        QFile file(path);
                        if (!file.open(QIODevice::ReadOnly)) {
                            fail(Error::make(
                                Error::Code::Storage,
                                tr("Cannot read the export back: %1").arg(file.errorString())));
                            return;
                        }
                        while (!file.atEnd()) {
                            const QByteArray chunk = file.read(64 * 1024);
                            if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
                                fail(Error::make(
                                    Error::Code::Storage,
                                    tr("Cannot read the export back: %1").arg(file.errorString())));
                                return;
                            }
                            m_out.writeRaw(chunk);
                        }
                        file.close();
                        m_exportDir.reset();
                        finish(Success);
                        return;
                    }
                    const QString ref = w.ref().toString();
                    if (m_out.json()) {
                        m_out.writeJson(QJsonObject{
                            {QStringLiteral("webhook"), ref},
                            {QStringLiteral("format"), historyFormatSuffix(job->format())},
                            {QStringLiteral("output"), path},
                            {QStringLiteral("exported"), count}});
                    } else {
                        m_out.write(tr("Exported %n delivery(s) of %1 to %2.\n", nullptr,
                                       pluralCount(count))
                                        .arg(ref, path));
                    }
                    finish(Success);
                });
        job->start();
    });
}

// --- delivery import --------------------------------------------------------------------------

void Runner::deliveryImport()
{
    findWebhook([this](const Webhook &w) {
        const QString file = m_invocation.file;
        auto imported = [this, w, file](const Result<QList<Delivery>> &read) {
            if (read.error) {
                Error why = read.error;
                // "Cannot read FILE: …" names the file already; the reader's own message names
                // the line or entry.
                if (why.field != u"path")
                    why.message = tr("%1: %2 Nothing was imported.")
                                      .arg(file == u"-" ? tr("standard input") : file, why.message);
                why.field = QStringLiteral("FILE");
                fail(why);
                return;
            }
            whenReady(m_backend.importDeliveries(w.ref(), read.value), this,
                      [this, w](const Result<qint64> &r) {
                          if (r.error) {
                              Error why = r.error;
                              if (why.field == u"webhook")
                                  why.field = QStringLiteral("REF");
                              fail(why);
                              return;
                          }
                          const QString ref = w.ref().toString();
                          if (m_out.json())
                              m_out.writeJson(QJsonObject{{QStringLiteral("imported"), r.value}});
                          else
                              m_out.write(tr("Imported %n delivery(s) into %1.\n", nullptr,
                                             pluralCount(r.value))
                                              .arg(ref));
                          finish(Success);
                      });
        };
        if (file == u"-") {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                fail(Error::invalid(QStringLiteral("FILE"), tr("Cannot read standard input.")));
                return;
            }
            imported(readHistory(in.readAll()));
            return;
        }
        whenReady(readHistoryFile(file), this, imported);
    });
}

// --- receive ----------------------------------------------------------------------------------

void Runner::receive()
{
    const Invocation &inv = m_invocation;
    m_receiver = new Receiver(this);
    m_receiver->setResponse(inv.status, inv.delayMs);
    connect(m_receiver, &Receiver::received, this, &Runner::received);
    if (!watchStopSignals(this, [this] { stopReceiving(); }))
        m_out.note(tr("Ctrl+C will end the receiver abruptly: %1.")
                       .arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (!inv.verify) {
        startListening(QString());
        return;
    }
    findWebhook([this](const Webhook &w) {
        if (m_stopping)
            return;
        whenReady(m_backend.signingKeys(w.ref()), this, [this, w](const Result<SigningKeys> &keys) {
            if (m_stopping)
                return;
            if (keys.error) {
                fail(keys.error);
                return;
            }
            m_receiver->setVerification(keys.value);
            // A secret rotated, a rotation ended, the scheme changed (here or elsewhere): check
            // with the keys as they are now.
            connect(&m_backend, &WebhookBackend::webhookChanged, this,
                    [this, target = w.ref()](const WebhookRef &, const Webhook &after) {
                        if (after.ref() != target)
                            return;
                        whenReady(m_backend.signingKeys(target), this,
                                  [this](const Result<SigningKeys> &now) {
                                      if (!now.error && m_receiver)
                                          m_receiver->setVerification(now.value);
                                  });
                    });
            const QString ref = w.ref().toString();
            if (keys.value.secrets.isEmpty()) {
                m_out.note(w.hasSecret
                               ? tr("The secret of %1 is not in your keychain: signed requests "
                                    "are shown but cannot be checked.")
                                     .arg(ref)
                               : tr("%1 has no secret: signed requests are shown but cannot be "
                                    "checked.")
                                     .arg(ref));
            } else if (keys.value.secrets.size() > 1) {
                m_out.note(tr("%1 is rotating its secret: requests signed with the current or "
                              "the previous one are valid.")
                               .arg(ref));
            }
            startListening(tr("verifying against %1 with %2")
                               .arg(ref, SignatureScheme::get(keys.value.scheme).displayName()));
        });
    });
}

void Runner::startListening(const QString &verifying)
{
    const Invocation &inv = m_invocation;
    if (Error e = m_receiver->listen(quint16(inv.port))) {
        if (e.field == u"port")
            e.field = QStringLiteral("--port");
        fail(e);
        return;
    }
    const QString how = verifying.isEmpty()
                            ? tr("not verifying: give --webhook REF to check signatures")
                            : verifying;
    const QString answering = inv.delayMs > 0
                                  ? tr("answering %1 after %2 ms").arg(inv.status).arg(inv.delayMs)
                                  : tr("answering %1").arg(inv.status);
    m_out.note(tr("Listening on %1 (%2; %3). Press Ctrl+C to stop.")
                   .arg(m_receiver->url(), how, answering));
}

QString Runner::verdictWords(const ReceivedRequest &r) const
{
    using Outcome = SignatureVerdict::Outcome;
    using Reason = SignatureVerdict::Reason;
    if (!r.verified)
        return tr("not checked");
    switch (r.verdict.outcome) {
    case Outcome::Valid:
        // The secrets come current first (SigningKeys).
        return r.verdict.secretIndex > 0 ? tr("valid: previous secret")
                                         : tr("valid: current secret");
    case Outcome::Unsigned:
        return tr("unsigned");
    case Outcome::Invalid:
        break;
    }
    switch (r.verdict.reason) {
    case Reason::WrongSecret:
        return tr("invalid: wrong secret");
    case Reason::BodyChanged:
        return tr("invalid: body changed");
    case Reason::TimestampTooOld:
        return tr("invalid: timestamp too old");
    case Reason::TimestampTooNew:
        return tr("invalid: timestamp too new");
    case Reason::HeaderMissing:
        return tr("invalid: header missing");
    case Reason::HeaderMalformed:
        return tr("invalid: header malformed");
    case Reason::NoSecret:
        return tr("invalid: no secret to check with");
    case Reason::None:
        break;
    }
    return tr("invalid");
}

void Runner::received(const ReceivedRequest &r)
{
    ++m_receivedCount;
    // Kept for the window's Receiver page; the process ends only once every one is.
    ++m_keeping;
    const WebhookRef ref = m_invocation.verify ? m_invocation.ref : WebhookRef();
    whenReady(m_backend.keepReceived(r, ref), this,
              [this, id = r.id](const Result<ReceivedRequest> &kept) {
                  --m_keeping;
                  if (kept.error)
                      m_out.note(tr("request %1 was not kept in the database: %2")
                                     .arg(id)
                                     .arg(kept.error.message));
                  if (m_stopping && m_keeping == 0)
                      finish(Success);
              });

    const QString status = r.delayMs > 0
                               ? tr("%1 after %2 ms").arg(r.respondedStatus).arg(r.delayMs)
                               : QString::number(r.respondedStatus);
    if (!m_out.json()) {
        m_out.write(escapeControls(QStringLiteral("%1  %2 %3  %4  %5  %6")
                                       .arg(r.receivedAt.toUTC().toString(Qt::ISODateWithMs),
                                            QString::fromLatin1(r.method), r.path,
                                            byteCount(r.bodySize), verdictWords(r), status)) +
                    u'\n');
        return;
    }
    QJsonArray headers;
    for (const auto &[name, value] : r.headers)
        headers.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                   {QStringLiteral("value"), QString::fromUtf8(value)}});
    QJsonObject verdict{
        {QStringLiteral("outcome"),
         r.verified ? r.verdict.outcomeKey() : QStringLiteral("not-checked")},
        {QStringLiteral("reason"), r.verdict.reasonKey().isEmpty()
                                       ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(r.verdict.reasonKey())},
        {QStringLiteral("text"), r.verdict.text},
        {QStringLiteral("secretIndex"), r.verdict.secretIndex >= 0
                                            ? QJsonValue(r.verdict.secretIndex)
                                            : QJsonValue(QJsonValue::Null)},
    };
    QJsonObject line{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("receivedAt"), r.receivedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromLatin1(r.method)},
        {QStringLiteral("path"), r.path},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("bodySize"), r.bodySize},
        {QStringLiteral("bodyTruncated"), r.bodyTruncated()},
        {QStringLiteral("messageId"), r.messageId.isEmpty()
                                          ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(QString::fromUtf8(r.messageId))},
        {QStringLiteral("scheme"),
         r.verified ? QJsonValue(r.scheme) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("verdict"), verdict},
        {QStringLiteral("status"), r.respondedStatus},
        {QStringLiteral("delayMs"), r.delayMs},
    };
    if (isUtf8(r.body))
        line.insert(QStringLiteral("body"), QString::fromUtf8(r.body));
    else
        line.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(r.body.toBase64()));
    m_out.writeJsonLine(line);
}

void Runner::stopReceiving()
{
    if (m_stopping || m_finished)
        return;
    m_stopping = true;
    if (m_receiver)
        m_receiver->stop();
    // None is said differently, not only in another form.
    m_out.note(m_receivedCount == 0
                   ? tr("Stopped; no requests came in.")
                   : tr("Stopped after %n request(s).", nullptr, pluralCount(m_receivedCount)));
    if (m_keeping == 0) {
        finish(Success);
        return;
    }
    // The database should answer in far less; if it does not, say so rather than hang.
    QTimer::singleShot(10000, this, [this] {
        if (m_finished)
            return;
        m_out.note(tr("%n request(s) could not be kept in the database in time.", nullptr,
                      pluralCount(m_keeping)));
        finish(StorageError);
    });
}

} // namespace wc::cli
