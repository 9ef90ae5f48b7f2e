#include "DeliveryHistoryModel.h"

#include "Theme.h"

#include "Async.h"
#include "WebhookBackend.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace wc::gui {

DeliveryHistoryModel::DeliveryHistoryModel(WebhookBackend &backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
{}

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
    if (m_atNewest || m_rows.isEmpty())
        load(PageAnchor::Newest);
    else
        load(PageAnchor::At, m_rows.first().id);
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
    whenReady(m_backend.history(m_filter, request), this,
              [this, generation](const Result<HistoryPage> &page) {
                  if (generation != m_pageGeneration)
                      return; // a newer request superseded this one
                  m_loading = false;
                  if (page.error) {
                      Q_EMIT loadFailed(page.error.message);
                      return;
                  }
                  beginResetModel();
                  m_rows = page.value.rows;
                  m_hasNewer = page.value.hasNewer;
                  m_hasOlder = page.value.hasOlder;
                  m_atNewest = !page.value.hasNewer;
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
    switch (role) {
    case DeliveryIdRole:
        return d.id;
    case SucceededRole:
        return d.succeeded();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(d.timestamp.toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
            return pending ? QString() : tr("%1 ms").arg(QLocale().toString(d.durationMs));
        case RedeliveryColumn:
            return d.redeliveryOf.isEmpty() ? QString() : tr("↻ of #%1").arg(d.redeliveryOf);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn)
            return d.outcomeText();
        if (index.column() == TimeColumn)
            return QLocale().toString(d.timestamp.toLocalTime(), QLocale::LongFormat);
        if (index.column() == RedeliveryColumn && !d.redeliveryOf.isEmpty())
            return tr("A redelivery of delivery #%1").arg(d.redeliveryOf);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && !pending)
            return QBrush(
                theme::color(d.succeeded() ? theme::Tone::Success : theme::Tone::Failure));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == ResultColumn)
            return d.succeeded() ? tr("Succeeded, %1").arg(d.responseCode)
                                 : tr("Failed: %1").arg(d.outcomeText());
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
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Event");
    case ResultColumn:
        return tr("Result");
    case DurationColumn:
        return tr("Duration");
    case RedeliveryColumn:
        return tr("Redelivery");
    }
    return {};
}

} // namespace wc::gui
