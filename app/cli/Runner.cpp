#include "Runner.h"

#include "AppContext.h"
#include "Output.h"
#include "Settings.h"
#include "WebhookService.h"
#include "delivery/BulkRedelivery.h"
#include "model/EventCatalog.h"
#include "model/Json.h"
#include "model/Validation.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

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

QString indented(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("    -\n");
    QString out;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("\r?\n"))))
        out += QStringLiteral("    ") + line + u'\n';
    return out;
}

QString keyValues(const QList<QPair<QString, QString>> &pairs)
{
    qsizetype width = 0;
    for (const auto &pair : pairs)
        width = std::max(width, pair.first.size());
    QString out;
    for (const auto &[key, value] : pairs)
        out += key.leftJustified(width + 2) + value + u'\n';
    return out;
}
} // namespace

Runner::Runner(AppContext &context, const Invocation &invocation, const QString &secret,
               Output &output, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_invocation(invocation)
    , m_secret(secret)
    , m_out(output)
{}

WebhookService &Runner::service()
{
    return m_context.service();
}

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
    case Command::DeliveryList:
        return deliveryList();
    case Command::DeliveryGet:
        return deliveryGet();
    case Command::DeliveryRedeliver:
        return deliveryRedeliver();
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

std::optional<Webhook> Runner::findWebhook()
{
    Error e;
    auto webhook = service().webhooks().byRef(m_invocation.refScope, m_invocation.refName, &e);
    if (e) {
        fail(e);
        return std::nullopt;
    }
    if (!webhook) {
        fail(Error{Error::Code::NotFound, tr("There is no webhook “%1”.").arg(m_invocation.ref()),
                   QStringLiteral("REF")});
        return std::nullopt;
    }
    return webhook;
}

void Runner::printWebhook(const Webhook &w)
{
    if (m_out.json()) {
        m_out.writeJson(toJson(w));
        return;
    }
    m_out.write(keyValues({
        {tr("Ref"), w.ref()},
        {tr("Display name"), w.displayName},
        {tr("Payload URL"), w.payloadUrl},
        {tr("Format"), w.format},
        {tr("Active"), w.active ? tr("yes") : tr("no")},
        {tr("Secret"), w.hasSecret ? tr("set (in the OS keychain)") : tr("none")},
        {tr("Groups"), listText(w.groups)},
        {tr("Filters"), listText(w.filters)},
        {tr("Created"), timeText(w.createdAt)},
        {tr("Updated"), timeText(w.updatedAt)},
    }));
}

void Runner::printDelivery(const Delivery &d, const QString &ref)
{
    if (m_out.json()) {
        m_out.writeJson(toJson(d, ref));
        return;
    }
    QList<QPair<QString, QString>> fields{
        {tr("Delivery"), QString::number(d.id)},
        {tr("Webhook"), ref},
        {tr("Kind"), d.kind},
        {tr("Sent"), d.timestamp.toUTC().toString(Qt::ISODateWithMs)},
        {tr("Result"), d.succeeded()                         ? tr("succeeded")
                       : d.state == Delivery::State::Pending ? tr("pending")
                                                             : tr("failed")},
        {tr("Outcome"), d.outcomeText()},
        {tr("Duration"), tr("%1 ms").arg(d.durationMs)},
        {tr("Request URL"), d.requestUrl},
    };
    if (d.redeliveryOf)
        fields.insert(1, {tr("Redelivery of"), QString::number(d.redeliveryOf)});
    QString text = keyValues(fields);
    text += u'\n' + tr("Request headers:") + u'\n' + indented(d.requestHeaders);
    text += u'\n' + tr("Payload:") + u'\n' + indented(QString::fromUtf8(d.payload));
    text += u'\n' + tr("Response headers:") + u'\n' + indented(d.responseHeaders);
    text += u'\n' +
            (d.responseTruncated ? tr("Response body (truncated):") : tr("Response body:")) +
            u'\n' + indented(QString::fromUtf8(d.responseBody));
    m_out.write(text);
}

void Runner::deliveryDone(const Error &error, const Delivery &delivery, const QString &ref)
{
    if (error && delivery.id == 0) {
        fail(error); // nothing was sent
        return;
    }
    printDelivery(delivery, ref);
    if (error) {
        // Sent, but its outcome could not be recorded.
        m_out.note(error.message);
        finish(exitCodeFor(error));
        return;
    }
    if (!delivery.succeeded()) {
        m_out.note(tr("delivery %1 failed: %2").arg(delivery.id).arg(delivery.outcomeText()));
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
    if (inv.secret == Invocation::Secret::FromStdin) {
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = m_secret;
    }
    service().create(d, [this](const Error &e, const Webhook &w) {
        if (e) {
            fail(e);
            return;
        }
        printWebhook(w);
        finish(Success);
    });
}

void Runner::webhookList()
{
    auto &repo = service().webhooks();
    QList<WebhookSummary> rows;
    Error e;
    if (const auto &scope = m_invocation.scope) {
        // The contract: an organization named by --org is added when the database lacks it.
        (void)repo.ensureOrganization(scope->organization, &e);
        if (!e)
            rows = scope->isStack() ? repo.list(*scope, &e) : repo.listAll(scope->organization, &e);
    } else {
        const QStringList organizations = repo.organizations(&e);
        for (const QString &org : organizations) {
            if (e)
                break;
            rows += repo.listAll(org, &e);
        }
    }
    if (e) {
        fail(e);
        return;
    }
    if (m_out.json()) {
        QJsonArray array;
        for (const WebhookSummary &s : std::as_const(rows))
            array.append(toJson(s.webhook));
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
    for (const WebhookSummary &s : std::as_const(rows)) {
        const Webhook &w = s.webhook;
        QString last = tr("never");
        if (s.lastStatus >= 0) {
            Delivery d;
            d.state = s.lastStatus == 0 ? Delivery::State::Pending : Delivery::State::Completed;
            d.responseCode = s.lastResponseCode;
            d.error = s.lastError;
            last = d.shortOutcome();
            if (s.lastStatus == 2 && s.lastResponseCode > 0)
                last += tr(" (failed)");
        }
        table << QStringList{w.ref(),
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
}

void Runner::webhookGet()
{
    if (const auto w = findWebhook()) {
        printWebhook(*w);
        finish(Success);
    }
}

void Runner::webhookEdit()
{
    const auto w = findWebhook();
    if (!w)
        return;
    const Invocation &inv = m_invocation;
    WebhookDraft d = WebhookDraft::from(*w);
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
    service().update(w->id, d, [this](const Error &e, const Webhook &updated) {
        if (e) {
            fail(e);
            return;
        }
        // Read it back: the stored row is what the window and the next command will see.
        const auto stored = service().webhooks().byId(updated.id);
        printWebhook(stored ? *stored : updated);
        finish(Success);
    });
}

void Runner::webhookRm()
{
    const auto w = findWebhook();
    if (!w)
        return;
    service().remove(w->id, [this, webhook = *w](const Error &e) {
        if (e) {
            fail(e);
            return;
        }
        if (m_out.json())
            m_out.writeJson(toJson(webhook));
        else
            m_out.write(tr("Deleted webhook %1.\n").arg(webhook.ref()));
        finish(Success);
    });
}

void Runner::webhookPing()
{
    const auto w = findWebhook();
    if (!w)
        return;
    service().ping(w->id, [this, ref = w->ref()](const Error &e, const Delivery &d) {
        deliveryDone(e, d, ref);
    });
}

void Runner::deliveryList()
{
    const auto w = findWebhook();
    if (!w)
        return;
    const Invocation &inv = m_invocation;
    const DeliveryRepository &repo = service().deliveries();
    DeliveryFilter filter = inv.filter;
    filter.webhookId = w->id;
    const QString ref = w->ref();
    const bool json = m_out.json();

    // Keyset pages, newest first: memory stays bounded by one page whatever --limit is.
    if (json)
        m_out.beginArray();
    QList<QStringList> table;
    qint64 before = 0;
    int shown = 0;
    Error e;
    while (shown < inv.limit) {
        const int want = std::min(PageSize, inv.limit - shown);
        const QList<Delivery> page = repo.page(filter, before, want, json, &e);
        if (e)
            break;
        for (const Delivery &d : page) {
            if (json) {
                m_out.arrayItem(toJson(d, ref));
            } else {
                table << QStringList{QString::number(d.id),
                                     timeText(d.timestamp),
                                     d.kind,
                                     d.succeeded()                         ? tr("ok")
                                     : d.state == Delivery::State::Pending ? tr("pending")
                                                                           : tr("failed"),
                                     d.shortOutcome(),
                                     tr("%1 ms").arg(d.durationMs),
                                     d.redeliveryOf ? QString::number(d.redeliveryOf) : QString()};
            }
        }
        shown += int(page.size());
        if (page.size() < want)
            break;
        before = page.last().id;
    }
    if (json) {
        m_out.endArray();
        if (e) {
            // The array is closed and is the one document; the reason goes to stderr only.
            m_out.setJson(false);
            fail(e);
            return;
        }
        finish(Success);
        return;
    }
    if (e) {
        fail(e);
        return;
    }
    if (table.isEmpty()) {
        m_out.write(tr("No deliveries.\n"));
        finish(Success);
        return;
    }
    m_out.table({tr("ID"), tr("SENT"), tr("KIND"), tr("RESULT"), tr("OUTCOME"), tr("DURATION"),
                 tr("REDELIVERY OF")},
                table);
    if (shown == inv.limit && !repo.page(filter, before, 1).isEmpty())
        m_out.note(
            tr("showing the newest %1; older deliveries match too (raise --limit).").arg(shown));
    finish(Success);
}

std::optional<std::pair<Delivery, Webhook>> Runner::findDelivery()
{
    Error e;
    const auto d = service().deliveries().byId(m_invocation.deliveryId, &e);
    std::optional<Webhook> w;
    if (d && !e)
        w = service().webhooks().byId(d->webhookId, &e);
    if (e) {
        fail(e);
        return std::nullopt;
    }
    if (!d || !w) {
        fail(Error{Error::Code::NotFound,
                   tr("There is no delivery %1.").arg(m_invocation.deliveryId),
                   QStringLiteral("ID")});
        return std::nullopt;
    }
    return std::pair{*d, *w};
}

void Runner::deliveryGet()
{
    const auto found = findDelivery();
    if (!found)
        return;
    const auto &[d, w] = *found;
    printDelivery(d, w.ref());
    finish(Success);
}

void Runner::deliveryRedeliver()
{
    if (m_invocation.allFailed) {
        deliveryRedeliverAllFailed();
        return;
    }
    const auto found = findDelivery();
    if (!found)
        return;
    const auto &[d, w] = *found;
    service().redeliver(d.id, [this, ref = w.ref()](const Error &error, const Delivery &again) {
        deliveryDone(error, again, ref);
    });
}

void Runner::deliveryRedeliverAllFailed()
{
    const auto w = findWebhook();
    if (!w)
        return;
    DeliveryFilter filter = m_invocation.filter;
    filter.webhookId = w->id;
    auto *bulk =
        new BulkRedelivery(service(), filter, Settings::redeliveryConcurrency(), nullptr, this);
    const QString ref = w->ref();
    const bool json = m_out.json();
    if (json)
        m_out.beginArray();
    auto rows = std::make_shared<QList<QStringList>>();
    connect(bulk, &BulkRedelivery::redelivered, this, [this, json, ref, rows](const Delivery &d) {
        // Written as each one ends, so a long run shows its progress.
        if (json)
            m_out.arrayItem(toJson(d, ref));
        else
            *rows << QStringList{QString::number(d.id),
                                 QString::number(d.redeliveryOf),
                                 d.kind,
                                 d.succeeded() ? tr("ok") : tr("failed"),
                                 d.shortOutcome(),
                                 tr("%1 ms").arg(d.durationMs)};
    });
    connect(bulk, &BulkRedelivery::finished, this, [this, bulk, json, rows](const Error &error) {
        const qint64 done = bulk->done();
        const qint64 succeeded = bulk->succeeded();
        if (json)
            m_out.endArray();
        else if (!rows->isEmpty())
            m_out.table({tr("ID"), tr("REDELIVERY OF"), tr("KIND"), tr("RESULT"), tr("OUTCOME"),
                         tr("DURATION")},
                        *rows);
        if (error) {
            m_out.setJson(false); // the array is the one document; the reason goes to stderr
            fail(error);
            return;
        }
        if (done == 0) {
            if (!json)
                m_out.write(tr("No failed deliveries match.\n"));
            finish(Success);
            return;
        }
        m_out.note(tr("redelivered %1: %2 succeeded, %3 failed.")
                       .arg(done)
                       .arg(succeeded)
                       .arg(done - succeeded));
        finish(succeeded == done ? Success : DeliveryFailed);
    });
    bulk->start();
}

} // namespace wc::cli
