#include "DeliveryHistoryModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPointer>

namespace wc::gui {

DeliveryHistoryModel::DeliveryHistoryModel(HistoryReader &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{}

void DeliveryHistoryModel::setFilter(const DeliveryFilter &filter)
{
    m_filter = filter;
    newest();
    recount();
}

void DeliveryHistoryModel::newest()
{
    load(HistoryReader::Anchor::Newest, 0);
}

void DeliveryHistoryModel::oldest()
{
    load(HistoryReader::Anchor::Oldest, 0);
}

void DeliveryHistoryModel::older()
{
    if (!m_rows.isEmpty())
        load(HistoryReader::Anchor::Older, m_rows.last().id);
}

void DeliveryHistoryModel::newer()
{
    if (!m_rows.isEmpty())
        load(HistoryReader::Anchor::Newer, m_rows.first().id);
}

void DeliveryHistoryModel::refresh()
{
    if (m_atNewest || m_rows.isEmpty())
        load(HistoryReader::Anchor::Newest, 0);
    else
        load(HistoryReader::Anchor::Older, m_rows.first().id + 1);
    recount();
}

void DeliveryHistoryModel::load(HistoryReader::Anchor anchor, qint64 cursor)
{
    if (m_filter.webhookId == 0)
        return;
    const quint64 generation = ++m_pageGeneration;
    // The reader may outlive this model: answer only while the model exists.
    QPointer<DeliveryHistoryModel> self(this);
    m_reader.page(m_filter, anchor, cursor, m_pageSize,
                  [self, generation](const HistoryReader::Page &page) {
                      if (self)
                          self->pageArrived(generation, page);
                  });
}

void DeliveryHistoryModel::pageArrived(quint64 generation, const HistoryReader::Page &page)
{
    if (generation != m_pageGeneration)
        return; // a newer request superseded this one
    if (page.error) {
        Q_EMIT loadFailed(page.error.message);
        return;
    }
    beginResetModel();
    m_rows = page.rows;
    m_hasNewer = page.hasNewer;
    m_hasOlder = page.hasOlder;
    m_atNewest = !page.hasNewer;
    endResetModel();
    Q_EMIT pageLoaded();
}

void DeliveryHistoryModel::recount()
{
    if (m_filter.webhookId == 0)
        return;
    const quint64 generation = ++m_countGeneration;
    m_count = -1;
    Q_EMIT countChanged(m_count);
    QPointer<DeliveryHistoryModel> self(this);
    m_reader.count(m_filter, [self, generation](qint64 count, const Error &error) {
        if (!self || generation != self->m_countGeneration)
            return;
        if (error) {
            Q_EMIT self->loadFailed(error.message);
            return;
        }
        self->m_count = count;
        Q_EMIT self->countChanged(count);
    });
}

const Delivery *DeliveryHistoryModel::deliveryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeliveryHistoryModel::rowOf(qint64 deliveryId) const
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
            return d.redeliveryOf ? tr("↻ of #%1").arg(d.redeliveryOf) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn)
            return d.outcomeText();
        if (index.column() == TimeColumn)
            return QLocale().toString(d.timestamp.toLocalTime(), QLocale::LongFormat);
        if (index.column() == RedeliveryColumn && d.redeliveryOf)
            return tr("A redelivery of delivery #%1").arg(d.redeliveryOf);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && !pending)
            return QBrush(d.succeeded() ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb0, 0x1c, 0x1c));
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
