#include "DeliveryHistoryModel.h"

#include "Formatting.h"
#include "Theme.h"

#include "Async.h"
#include "WebhookBackend.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace wc::gui {

DeliveryHistoryModel::DeliveryHistoryModel(WebhookBackend &backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
{
    // "just now" becomes "1 min ago" without a reload.
    m_clock.setInterval(std::chrono::seconds(30));
    connect(&m_clock, &QTimer::timeout, this, &DeliveryHistoryModel::refreshTimes);
    m_clock.start();
}

void DeliveryHistoryModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn),
                           {Qt::DisplayRole, Qt::AccessibleTextRole});
}

qint64 DeliveryHistoryModel::offset() const
{
    if (!m_hasNewer)
        return 0;
    if (!m_hasOlder && m_count >= 0)
        return qMax<qint64>(0, m_count - m_rows.size());
    return m_offset;
}

void DeliveryHistoryModel::setFilter(const DeliveryFilter &filter)
{
    m_filter = filter;
    newest();
    recount();
}

void DeliveryHistoryModel::newest()
{
    load(PageAnchor::Newest);
}

void DeliveryHistoryModel::oldest()
{
    load(PageAnchor::Oldest);
}

void DeliveryHistoryModel::older()
{
    if (!m_rows.isEmpty())
        load(PageAnchor::Older, m_rows.last().id);
}

void DeliveryHistoryModel::newer()
{
    if (!m_rows.isEmpty())
        load(PageAnchor::Newer, m_rows.first().id);
}

void DeliveryHistoryModel::refresh()
{
    if (m_atNewest || m_rows.isEmpty()) {
        load(PageAnchor::Newest);
    } else {
        m_countBeforeRefresh = m_count;
        load(PageAnchor::At, m_rows.first().id);
    }
    recount();
}

void DeliveryHistoryModel::load(PageAnchor anchor, const QString &cursor)
{
    if (!m_filter.webhook.isValid())
        return;
    const quint64 generation = ++m_pageGeneration;
    m_loading = true;
    Q_EMIT loadingStarted();
    PageRequest request;
    request.anchor = anchor;
    request.cursor = cursor;
    request.limit = m_pageSize;
    // Where the page starts, as far as moving from the page on show tells.
    const qint64 before = offset();
    const qint64 shownRows = m_rows.size();
    whenReady(m_backend.history(m_filter, request), this,
              [this, generation, anchor, before, shownRows](const Result<HistoryPage> &page) {
                  if (generation != m_pageGeneration)
                      return; // a newer request superseded this one
                  m_loading = false;
                  if (page.error) {
                      Q_EMIT loadFailed(page.error.message);
                      return;
                  }
                  Q_EMIT pageAboutToChange();
                  beginResetModel();
                  m_rows = page.value.rows;
                  m_hasNewer = page.value.hasNewer;
                  m_hasOlder = page.value.hasOlder;
                  m_atNewest = !page.value.hasNewer;
                  switch (anchor) {
                  case PageAnchor::Newest:
                      m_offset = 0;
                      break;
                  case PageAnchor::Oldest:
                      m_offset = -1; // known from the count (offset())
                      break;
                  case PageAnchor::Older:
                      m_offset = before < 0 ? -1 : before + shownRows;
                      break;
                  case PageAnchor::Newer:
                      m_offset = before < 0 ? -1 : qMax<qint64>(0, before - m_rows.size());
                      break;
                  case PageAnchor::At:
                      m_offset = before;
                      break;
                  }
                  endResetModel();
                  Q_EMIT pageLoaded();
              });
}

void DeliveryHistoryModel::recount()
{
    if (!m_filter.webhook.isValid())
        return;
    const quint64 generation = ++m_countGeneration;
    m_count = -1;
    Q_EMIT countChanged(m_count);
    whenReady(m_backend.countDeliveries(m_filter), this,
              [this, generation](const Result<qint64> &count) {
                  if (generation != m_countGeneration)
                      return;
                  if (count.error) {
                      Q_EMIT loadFailed(count.error.message);
                      return;
                  }
                  if (m_countBeforeRefresh >= 0 && m_offset >= 0)
                      m_offset += qMax<qint64>(0, count.value - m_countBeforeRefresh);
                  m_countBeforeRefresh = -1;
                  m_count = count.value;
                  Q_EMIT countChanged(m_count);
              });
}

const Delivery *DeliveryHistoryModel::deliveryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeliveryHistoryModel::rowOf(const QString &deliveryId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == deliveryId)
            return int(i);
    }
    return -1;
}

QString DeliveryHistoryModel::durationText(const Delivery &delivery)
{
    if (delivery.state == Delivery::State::Pending)
        return {};
    if (delivery.timedOut())
        return tr("timed out");
    return formatting::duration(delivery.durationMs);
}

int DeliveryHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Delivery &d = m_rows.at(index.row());
    const bool pending = d.state == Delivery::State::Pending;
    // A redelivery names its original, an edited copy the delivery it was made from: a link.
    const bool linksBack = !d.redeliveryOf.isEmpty() || !d.editedFrom.isEmpty();
    switch (role) {
    case DeliveryIdRole:
        return d.id;
    case SucceededRole:
        return d.succeeded();
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return tr("#%1").arg(d.id);
        case TimeColumn:
            return formatting::relativeTime(d.timestamp);
        case KindColumn:
            return d.kind;
        case ResultColumn:
            if (pending)
                return tr("… Pending");
            if (d.succeeded())
                return tr("✔ %1").arg(d.responseCode);
            return d.responseCode > 0 ? tr("✘ %1").arg(d.responseCode)
                                      : tr("✘ %1").arg(Delivery::briefError(d.error));
        case DurationColumn:
            return durationText(d);
        case RedeliveryColumn:
            if (!d.redeliveryOf.isEmpty())
                return tr("↻ of #%1").arg(d.redeliveryOf);
            return d.editedFrom.isEmpty() ? QString() : tr("✎ from #%1").arg(d.editedFrom);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn)
            return d.outcomeText();
        if (index.column() == TimeColumn)
            return formatting::exactTime(d.timestamp);
        if (index.column() == IdColumn)
            return tr("Delivery #%1").arg(d.id);
        if (index.column() == RedeliveryColumn && !d.redeliveryOf.isEmpty())
            return tr("A redelivery of delivery #%1: click to show it").arg(d.redeliveryOf);
        if (index.column() == RedeliveryColumn && !d.editedFrom.isEmpty())
            return tr("Edited from delivery #%1: click to show it").arg(d.editedFrom);
        break;
    case Qt::FontRole:
        if (index.column() == RedeliveryColumn && linksBack) {
            QFont link;
            link.setUnderline(true);
            return link;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == RedeliveryColumn && linksBack)
            return QGuiApplication::palette().brush(QPalette::Link);
        if (index.column() == ResultColumn)
            return QBrush(theme::color(pending         ? theme::Tone::Muted
                                       : d.succeeded() ? theme::Tone::Success
                                                       : theme::Tone::Failure));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == IdColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == ResultColumn)
            return pending         ? tr("Pending")
                   : d.succeeded() ? tr("Succeeded, %1").arg(d.responseCode)
                                   : tr("Failed: %1").arg(d.outcomeText());
        if (index.column() == TimeColumn)
            return formatting::exactTime(d.timestamp);
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant DeliveryHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Event");
    case ResultColumn:
        return tr("Result");
    case DurationColumn:
        return tr("Duration");
    case RedeliveryColumn:
        return tr("Origin");
    }
    return {};
}

} // namespace wc::gui
