#include "WebhookListModel.h"

#include "Formatting.h"
#include "Theme.h"

#include "Async.h"
#include "EventLabels.h"
#include "Validation.h"
#include "WebhookBackend.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace wc::gui {

namespace {
/// What the list keeps of a delivery: no bodies or headers.
Delivery listed(const Delivery &d)
{
    Delivery out;
    out.id = d.id;
    out.webhook = d.webhook;
    out.kind = d.kind;
    out.timestamp = d.timestamp;
    out.durationMs = d.durationMs;
    out.responseCode = d.responseCode;
    out.error = d.error;
    out.state = d.state;
    return out;
}

/// Whether a secret rotation of `w` still overlaps (the backend ends it on time; the list
/// does not claim one whose end has passed meanwhile).
bool rotating(const Webhook &w)
{
    return w.hasSecret && w.previousSecretUntil.isValid() &&
           w.previousSecretUntil > QDateTime::currentDateTimeUtc();
}
} // namespace

QString WebhookListModel::rotationText(const Webhook &webhook)
{
    if (!rotating(webhook))
        return {};
    const QString until =
        QLocale().toString(webhook.previousSecretUntil.toLocalTime(), QLocale::ShortFormat);
    // Standard Webhooks and Stripe-style deliveries carry both signatures; Pulumi's and
    // GitHub's carry the new one only, and the receiver has to accept both secrets.
    if (SignatureScheme::get(webhook.signature).signsWithEverySecret())
        return tr("Secret rotating: the previous secret signs until %1.").arg(until);
    return tr("Secret rotating: the previous secret is kept until %1; deliveries carry the new "
              "secret's signature.")
        .arg(until);
}

QString WebhookListModel::signingText(const Webhook &webhook)
{
    if (!webhook.hasSecret)
        return tr("No secret: deliveries are not signed.");
    const SignatureScheme &scheme = SignatureScheme::get(webhook.signature);
    QStringList headers;
    for (const QByteArray &h : scheme.headerNames())
        headers << QString::fromLatin1(h);
    return tr("Signed with the %1 scheme (%2).")
        .arg(scheme.displayName(), headers.join(QStringLiteral(", ")));
}

WebhookListModel::WebhookListModel(WebhookBackend &backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
{
    connect(&m_backend, &WebhookBackend::webhookAdded, this, &WebhookListModel::webhookAdded);
    connect(&m_backend, &WebhookBackend::webhookChanged, this, &WebhookListModel::webhookChanged);
    connect(&m_backend, &WebhookBackend::webhookRemoved, this, &WebhookListModel::webhookRemoved);
    connect(&m_backend, &WebhookBackend::deliveryRecorded, this,
            &WebhookListModel::deliveryRecorded);
    connect(&m_backend, &WebhookBackend::deliveryCompleted, this,
            &WebhookListModel::deliveryCompleted);
    connect(&m_backend, &WebhookBackend::historyCleared, this, &WebhookListModel::historyCleared);
    connect(&m_backend, &WebhookBackend::scopeRenamed, this, &WebhookListModel::scopeRenamed);
    connect(&m_backend, &WebhookBackend::scopeRemoved, this, &WebhookListModel::scopeRemoved);
    // "just now" becomes "1 min ago": the column is read again twice a minute.
    m_clock.setInterval(30'000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, LastDeliveryColumn),
                               index(int(m_rows.size()) - 1, LastDeliveryColumn));
    });
    m_clock.start();
}

void WebhookListModel::setSending(const WebhookRef &ref, bool sending)
{
    if (sending == m_sending.contains(ref))
        return;
    if (sending)
        m_sending.insert(ref);
    else
        m_sending.remove(ref);
    if (const int row = rowOf(ref); row >= 0)
        lastDeliveryChanged(row);
}

int WebhookListModel::countOfFormat(const QString &format) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&](const WebhookSummary &s) { return s.webhook.format == format; }));
}

void WebhookListModel::scopeRenamed(const Scope &from, const Scope &to)
{
    if (from != m_scope)
        return;
    // Same webhooks under new references: read them again, row for row (the selection stays).
    m_scope = to;
    for (WebhookSummary &s : m_rows)
        s.webhook.scope = to;
    Q_EMIT scopeChanged(to);
    reload();
}

void WebhookListModel::scopeRemoved(const Scope &scope)
{
    if (scope != m_scope)
        return;
    ++m_generation; // a load under way would bring back rows that are gone
    setLoading(false);
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
}

void WebhookListModel::setScope(const Scope &scope)
{
    if (scope != m_scope && !m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    const bool changed = scope != m_scope;
    m_scope = scope;
    if (changed)
        Q_EMIT scopeChanged(scope);
    reload();
}

void WebhookListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void WebhookListModel::reload()
{
    if (m_scope.organization.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    setLoading(true);
    whenReady(m_backend.webhooks(m_scope), this,
              [this, generation](const Result<QList<WebhookSummary>> &result) {
                  if (generation != m_generation)
                      return; // another scope (or reload) was asked for meanwhile
                  m_lastError = result.error.message;
                  if (!result.error)
                      merge(result.value);
                  setLoading(false);
              });
}

void WebhookListModel::merge(const QList<WebhookSummary> &rows)
{
    if (m_rows.isEmpty()) {
        if (rows.isEmpty())
            return;
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    // Read again (F5, a renamed scope): row by row, so the selection and the scroll position
    // of the views stay where they were; what went is removed, what came is added.
    QHash<WebhookRef, qsizetype> wanted;
    for (qsizetype i = 0; i < rows.size(); ++i)
        wanted.insert(rows.at(i).webhook.ref(), i);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).webhook.ref()))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const WebhookSummary &fresh = rows.at(wanted.take(m_rows.at(row).webhook.ref()));
        m_rows[row] = fresh;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (wanted.isEmpty())
        return;
    QList<qsizetype> added = wanted.values();
    std::sort(added.begin(), added.end());
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const qsizetype i : std::as_const(added))
        m_rows.append(rows.at(i));
    endInsertRows();
}

void WebhookListModel::webhookAdded(const Webhook &webhook)
{
    if (webhook.scope != m_scope || rowOf(webhook.ref()) >= 0)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(WebhookSummary{webhook, std::nullopt});
    endInsertRows();
}

void WebhookListModel::webhookChanged(const WebhookRef &before, const Webhook &after)
{
    const int row = rowOf(before);
    if (row < 0)
        return;
    m_rows[row].webhook = after;
    if (m_sending.remove(before))
        m_sending.insert(after.ref());
    // Deliveries recorded from now on carry the new reference.
    if (m_rows[row].lastDelivery)
        m_rows[row].lastDelivery->webhook = after.ref();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void WebhookListModel::webhookRemoved(const WebhookRef &ref)
{
    m_sending.remove(ref);
    const int row = rowOf(ref);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void WebhookListModel::deliveryRecorded(const Delivery &delivery)
{
    const int row = rowOf(delivery.webhook);
    if (row < 0)
        return;
    // Recorded just now: the newest attempt of its webhook.
    m_rows[row].lastDelivery = listed(delivery);
    lastDeliveryChanged(row);
}

void WebhookListModel::deliveryCompleted(const Delivery &delivery)
{
    const int row = rowOf(delivery.webhook);
    if (row < 0)
        return;
    // Only while it is still the newest: attempts of a bulk run end in any order.
    const auto &last = m_rows[row].lastDelivery;
    if (last && last->id != delivery.id)
        return;
    m_rows[row].lastDelivery = listed(delivery);
    lastDeliveryChanged(row);
}

void WebhookListModel::historyCleared(const WebhookRef &ref)
{
    const int row = rowOf(ref);
    if (row < 0 || !m_rows[row].lastDelivery)
        return;
    m_rows[row].lastDelivery.reset();
    lastDeliveryChanged(row);
}

void WebhookListModel::lastDeliveryChanged(int row)
{
    const QModelIndex cell = index(row, LastDeliveryColumn);
    Q_EMIT dataChanged(cell, cell);
}

const WebhookSummary *WebhookListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WebhookListModel::rowOf(const WebhookRef &ref) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).webhook.ref() == ref)
            return int(i);
    }
    return -1;
}

int WebhookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhookListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookSummary &s = m_rows.at(index.row());
    const Webhook &w = s.webhook;
    if (role == WebhookRefRole)
        return QVariant::fromValue(w.ref());

    const std::optional<Delivery> &last = s.lastDelivery;
    const bool sending = m_sending.contains(w.ref());
    const bool pending = sending || (last && last->outcome() == DeliveryOutcome::Pending);
    const bool never = !last && !pending;
    const bool ok = !pending && last && last->outcome() == DeliveryOutcome::Succeeded;
    const QString lastText = outcome(s);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DisplayNameColumn:
            return w.displayName;
        case PayloadUrlColumn:
            return validation::redactedUrl(w.payloadUrl);
        case ActiveColumn:
            return w.active ? tr("Active") : tr("Paused");
        case SecretColumn: {
            if (!w.hasSecret)
                return tr("No");
            // Pulumi's own scheme is the default: only another one is named in the cell.
            const bool pulumi =
                SignatureScheme::get(w.signature).id() == QLatin1String(SignatureSchemeId::Pulumi);
            const QString state = rotating(w) ? tr("Rotating") : tr("Yes");
            return pulumi
                       ? state
                       : tr("%1 · %2").arg(state, SignatureScheme::get(w.signature).displayName());
        }
        case LastDeliveryColumn:
            if (never || pending)
                return lastText;
            return tr("%1 · %2").arg(lastText, formatting::relativeTime(last->timestamp));
        case FormatColumn:
            return labels::format(w.format);
        }
        break;
    case OutcomeRole:
        return index.column() == LastDeliveryColumn ? QVariant(lastText) : QVariant();
    case SortRole:
        switch (index.column()) {
        case DisplayNameColumn:
            return w.displayName.toLower();
        case PayloadUrlColumn:
            return validation::redactedUrl(w.payloadUrl);
        case ActiveColumn:
            return w.active;
        case SecretColumn:
            return w.hasSecret;
        case LastDeliveryColumn:
            return last ? last->timestamp : QDateTime();
        case FormatColumn:
            return labels::format(w.format).toLower();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DisplayNameColumn: {
            QString tip = tr("%1 — reference %2").arg(w.displayName, w.ref().toString());
            if (w.hasSecret)
                tip += u'\n' + signingText(w);
            if (const QString rotation = rotationText(w); !rotation.isEmpty())
                tip += u'\n' + rotation;
            return tip;
        }
        case SecretColumn: {
            const QString rotation = rotationText(w);
            return rotation.isEmpty() ? signingText(w) : signingText(w) + u'\n' + rotation;
        }
        case LastDeliveryColumn:
            if (never)
                return tr("Nothing has been sent to this webhook yet.");
            if (pending && last && last->outcome() == DeliveryOutcome::Pending)
                return tr("Sending since %1").arg(formatting::exactTime(last->timestamp));
            if (pending)
                return tr("A test delivery is on its way.");
            return tr("%1 in %2\n%3")
                .arg(
                    last->error.isEmpty() ? tr("Answered %1").arg(last->responseCode) : last->error,
                    formatting::duration(last->durationMs), formatting::exactTime(last->timestamp));
        case FormatColumn:
            return tr("%1 (format %2)").arg(labels::format(w.format), w.format);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == LastDeliveryColumn && !never && !pending)
            return QBrush(theme::color(ok ? theme::Tone::Success : theme::Tone::Failure));
        if (index.column() == ActiveColumn && !w.active)
            return QBrush(theme::color(theme::Tone::Warning));
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == LastDeliveryColumn && !never)
            return pending ? tr("Sending")
                   : ok    ? tr("Succeeded, %1, %2")
                              .arg(last->responseCode)
                              .arg(formatting::relativeTime(last->timestamp))
                        : tr("Failed: %1, %2")
                              .arg(last->error, formatting::relativeTime(last->timestamp));
        if (index.column() == SecretColumn)
            return data(index, Qt::ToolTipRole);
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QString WebhookListModel::outcome(const WebhookSummary &s) const
{
    const std::optional<Delivery> &last = s.lastDelivery;
    if (m_sending.contains(s.webhook.ref()) ||
        (last && last->outcome() == DeliveryOutcome::Pending))
        return tr("Sending…");
    if (!last)
        return tr("Never delivered");
    if (last->outcome() == DeliveryOutcome::Succeeded)
        return tr("✔ %1").arg(last->responseCode);
    if (last->responseCode > 0)
        return tr("✘ %1").arg(last->responseCode);
    return tr("✘ %1").arg(Delivery::briefError(last->error));
}

QVariant WebhookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayNameColumn:
        return tr("Display name");
    case PayloadUrlColumn:
        return tr("Payload URL");
    case ActiveColumn:
        return tr("Active");
    case SecretColumn:
        return tr("Secret");
    case LastDeliveryColumn:
        return tr("Last delivery");
    case FormatColumn:
        return tr("Format");
    }
    return {};
}

} // namespace wc::gui
