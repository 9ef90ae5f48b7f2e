#include "WebhookListModel.h"

#include "WebhookService.h"
#include "model/Delivery.h"
#include "store/DeliveryRepository.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace wc::gui {

WebhookListModel::WebhookListModel(WebhookService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &WebhookService::webhooksChanged, this, &WebhookListModel::reload);
}

void WebhookListModel::setScope(const Scope &scope)
{
    m_scope = scope;
    reload();
}

void WebhookListModel::reload()
{
    if (m_scope.organization.isEmpty())
        return;
    Error error;
    auto rows = m_service.webhooks().list(m_scope, &error);
    m_lastError = error.message;
    if (rows.size() == m_rows.size()) {
        bool sameIds = true;
        for (qsizetype i = 0; i < rows.size() && sameIds; ++i)
            sameIds = rows[i].webhook.id == m_rows[i].webhook.id;
        if (sameIds) {
            // Same webhooks in the same order: keep selection and scroll position.
            m_rows = std::move(rows);
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
            return;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const WebhookSummary *WebhookListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WebhookListModel::rowOf(qint64 webhookId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).webhook.id == webhookId)
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
    if (role == WebhookIdRole)
        return w.id;

    const bool never = s.lastStatus < 0;
    const bool pending = s.lastStatus == DeliveryRepository::Pending;
    const bool ok = s.lastStatus == DeliveryRepository::Succeeded;
    QString lastText;
    if (never)
        lastText = tr("Never delivered");
    else if (pending)
        lastText = tr("Sending…");
    else if (ok)
        lastText = tr("✔ %1").arg(s.lastResponseCode);
    else if (s.lastResponseCode > 0)
        lastText = tr("✘ %1").arg(s.lastResponseCode);
    else
        lastText = tr("✘ %1").arg(Delivery::briefError(s.lastError));

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DisplayNameColumn:
            return w.displayName;
        case PayloadUrlColumn:
            return w.payloadUrl;
        case ActiveColumn:
            return w.active ? tr("Active") : tr("Paused");
        case SecretColumn:
            return w.hasSecret ? tr("Yes") : tr("No");
        case LastDeliveryColumn:
            return lastText;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case DisplayNameColumn:
            return w.displayName.toLower();
        case PayloadUrlColumn:
            return w.payloadUrl;
        case ActiveColumn:
            return w.active;
        case SecretColumn:
            return w.hasSecret;
        case LastDeliveryColumn:
            return s.lastDeliveryAt;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DisplayNameColumn:
            return tr("%1 — reference %2").arg(w.displayName, w.ref());
        case LastDeliveryColumn:
            if (never)
                return tr("Nothing has been sent to this webhook yet.");
            return tr("%1\n%2").arg(
                s.lastError.isEmpty() ? tr("Answered %1").arg(s.lastResponseCode) : s.lastError,
                QLocale().toString(s.lastDeliveryAt.toLocalTime(), QLocale::LongFormat));
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == LastDeliveryColumn && !never && !pending)
            return QBrush(ok ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == ActiveColumn && !w.active)
            return QBrush(QColor(0x8a, 0x6d, 0x00));
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == LastDeliveryColumn && !never)
            return ok ? tr("Succeeded, %1").arg(s.lastResponseCode)
                      : tr("Failed: %1").arg(s.lastError);
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
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
    }
    return {};
}

} // namespace wc::gui
