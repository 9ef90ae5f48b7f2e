#pragma once

#include "model/Scope.h"
#include "store/WebhookRepository.h"

#include <QAbstractTableModel>

namespace wc {
class WebhookService;
}

namespace wc::gui {

/// The webhooks of one scope with the outcome of each one's last delivery. Reloads when the
/// service reports a change.
class WebhookListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DisplayNameColumn,
        PayloadUrlColumn,
        ActiveColumn,
        SecretColumn,
        LastDeliveryColumn,
        ColumnCount
    };
    enum Role { WebhookIdRole = Qt::UserRole + 1, SortRole };

    explicit WebhookListModel(WebhookService &service, QObject *parent = nullptr);

    void setScope(const Scope &scope);
    [[nodiscard]] Scope scope() const { return m_scope; }
    void reload();
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] const WebhookSummary *summaryAt(int row) const;
    [[nodiscard]] int rowOf(qint64 webhookId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    WebhookService &m_service;
    Scope m_scope;
    QList<WebhookSummary> m_rows;
    QString m_lastError;
};

} // namespace wc::gui
