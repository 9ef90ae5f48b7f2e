#pragma once

#include "History.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

/// One page of a webhook's deliveries, newest first, read through the backend so the window
/// never waits on the database. Moves by pages (newest, newer, older, oldest) and
/// reports how many deliveries match the filter and where the page lies among them
/// ("101–131 of 131"). Times read "3 min ago" (exact in the tooltip) and stay current.
class DeliveryHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        TimeColumn,
        KindColumn,
        ResultColumn,
        DurationColumn,
        RedeliveryColumn,
        ColumnCount
    };
    enum Role { DeliveryIdRole = Qt::UserRole + 1, SucceededRole };
    static constexpr int DefaultPageSize = 100;

    explicit DeliveryHistoryModel(WebhookBackend &backend, QObject *parent = nullptr);

    void setFilter(const DeliveryFilter &filter);
    [[nodiscard]] const DeliveryFilter &filter() const { return m_filter; }
    void setPageSize(int size) { m_pageSize = size; }
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    void newest();
    void newer();
    void older();
    void oldest();
    /// Reloads the current page (or the newest, when showing it) and the count.
    void refresh();

    [[nodiscard]] bool hasNewer() const { return m_hasNewer; }
    [[nodiscard]] bool hasOlder() const { return m_hasOlder; }
    /// -1 while counting.
    [[nodiscard]] qint64 matchCount() const { return m_count; }
    /// How many matching deliveries are newer than the first row shown (0 on the newest page);
    /// -1 while that is not known yet (the oldest page before the count arrives).
    [[nodiscard]] qint64 offset() const;
    /// True from a request for a page until it arrives.
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] const Delivery *deliveryAt(int row) const;
    [[nodiscard]] int rowOf(const QString &deliveryId) const;

    /// How long `delivery` took, as the list and the detail show it: "9.7 s"; empty while
    /// pending; "timed out" for an attempt the timeout ended, whose measured time (a little
    /// under or over the limit) would contradict its "no complete answer within 10 s".
    [[nodiscard]] static QString durationText(const Delivery &delivery);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A page was asked for; pageLoaded or loadFailed follows.
    void loadingStarted();
    /// A page arrived and is about to replace the rows on show (which are still there).
    void pageAboutToChange();
    void pageLoaded();
    void countChanged(qint64 count);
    void loadFailed(const QString &message);

private:
    void load(PageAnchor anchor, const QString &cursor = {});
    void recount();
    void refreshTimes();

    WebhookBackend &m_backend;
    DeliveryFilter m_filter;
    QList<Delivery> m_rows;
    int m_pageSize = DefaultPageSize;
    bool m_hasNewer = false;
    bool m_hasOlder = false;
    bool m_atNewest = true;
    bool m_loading = false;
    qint64 m_count = -1;
    /// See offset(); kept across pages: older pages add the rows left behind, newer ones
    /// subtract the rows they show.
    qint64 m_offset = 0;
    /// The count before a refresh of a page other than the newest: new deliveries are always
    /// the newest, so as many as the count grew by now lie above the page.
    qint64 m_countBeforeRefresh = -1;
    QTimer m_clock;
    quint64 m_pageGeneration = 0;
    quint64 m_countGeneration = 0;
};

} // namespace wc::gui
