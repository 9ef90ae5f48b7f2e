#pragma once

#include "Scope.h"
#include "Webhook.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

/// The webhooks of one scope with the outcome of each one's last delivery. Loads through the
/// backend without waiting, then follows its change signals row by row: a webhook added,
/// changed or removed inserts, updates or removes its row; a delivery recorded or completed
/// updates its webhook's Last delivery cell. Selection and scroll position survive all of it.
/// A scope renamed follows (its webhooks are read again under the new name); a scope removed
/// empties the list. The Last delivery column says when, relative to now ("3 min ago", the
/// exact time in its tooltip), kept current by a timer; a webhook marked as sending reads
/// "Sending…" from the moment a test delivery is asked for. The Secret column names the
/// signature scheme when it is not Pulumi's and says "Rotating" while a secret rotation
/// overlaps; its tooltip has the scheme's headers and when the previous secret goes.
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
        FormatColumn, ///< the destination: Webhook, Slack, Microsoft Teams or Deployment
        ColumnCount
    };
    enum Role {
        WebhookRefRole = Qt::UserRole + 1,
        SortRole,
        OutcomeRole, ///< Last delivery without its time: "✔ 200", "Sending…", "Never delivered"
    };

    explicit WebhookListModel(WebhookBackend &backend, QObject *parent = nullptr);

    /// Shows `scope`'s webhooks (emptied at once, filled when they arrive).
    void setScope(const Scope &scope);
    [[nodiscard]] Scope scope() const { return m_scope; }
    /// Reads the scope's webhooks again.
    void reload();
    /// How many of the scope's webhooks have `format` (Format::Raw, Slack …).
    [[nodiscard]] int countOfFormat(const QString &format) const;
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] const WebhookSummary *summaryAt(int row) const;
    [[nodiscard]] int rowOf(const WebhookRef &ref) const;
    /// Marks a webhook as having a test delivery on its way (a ping or a sample event asked for
    /// and not yet answered): its Last delivery reads "Sending…" until it is unmarked.
    void setSending(const WebhookRef &ref, bool sending);
    [[nodiscard]] bool isSending(const WebhookRef &ref) const { return m_sending.contains(ref); }

    /// "Secret rotating: the previous secret signs until <time>." while a rotation of
    /// `webhook` overlaps; empty otherwise. In the Secret and Display name tooltips.
    [[nodiscard]] static QString rotationText(const Webhook &webhook);
    /// How its deliveries are signed, in one sentence naming the scheme and its headers.
    [[nodiscard]] static QString signingText(const Webhook &webhook);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Loading started or ended (with or without an error).
    void loadingChanged(bool loading);
    /// The model shows another scope: set, or the one it showed was renamed.
    void scopeChanged(const wc::Scope &scope);

private:
    void setLoading(bool loading);
    void webhookAdded(const Webhook &webhook);
    void webhookChanged(const WebhookRef &before, const Webhook &after);
    void webhookRemoved(const WebhookRef &ref);
    void deliveryRecorded(const Delivery &delivery);
    void deliveryCompleted(const Delivery &delivery);
    void historyCleared(const WebhookRef &ref);
    void scopeRenamed(const Scope &from, const Scope &to);
    void scopeRemoved(const Scope &scope);
    void lastDeliveryChanged(int row);
    /// Takes `rows` as the list, changing only what differs (no reset once there are rows).
    void merge(const QList<WebhookSummary> &rows);
    [[nodiscard]] QString outcome(const WebhookSummary &summary) const;

    WebhookBackend &m_backend;
    Scope m_scope;
    QList<WebhookSummary> m_rows;
    QString m_lastError;
    bool m_loading = false;
    quint64 m_generation = 0;
    QSet<WebhookRef> m_sending;
    QTimer m_clock; ///< keeps the relative times current
};

} // namespace wc::gui
