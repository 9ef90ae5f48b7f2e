#pragma once

#include "Async.h"
#include "Delivery.h"
#include "Error.h"
#include "History.h"
#include "Webhook.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class DeliveryHistoryPage;
}
class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace wc {
class BulkRedelivery;
class WebhookBackend;
} // namespace wc

namespace wc::gui {

class DeliveryHistoryModel;
class HealthChartApi;
class JsonHighlighter;

/// One webhook's delivery history: a health chart, filters, a paged table and the selected
/// delivery's request and response in full, with single and bulk redelivery, Edit and Send (an
/// edited copy of a delivery as a new one), and export to and import from files.
///
/// Keys: Escape, Alt+Left and Backspace (outside text fields) go back to the webhooks; Ctrl+F
/// goes to Search. Everything on show belongs to the webhook on show: a bulk redelivery's
/// progress shows on its own webhook's page only and goes when the run ends.
class DeliveryHistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveryHistoryPage(WebhookBackend &backend, QWidget *parent = nullptr);
    ~DeliveryHistoryPage() override;

    void setWebhook(const Webhook &webhook);
    [[nodiscard]] std::optional<Webhook> webhook() const { return m_webhook; }
    [[nodiscard]] DeliveryFilter currentFilter() const;
    [[nodiscard]] DeliveryHistoryModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const;
    /// The daily chart; null when its plug-in could not be loaded.
    [[nodiscard]] HealthChartApi *chart() const { return m_chart; }
    [[nodiscard]] std::optional<Delivery> selectedDelivery() const { return m_selected; }
    /// Selects delivery `id` in the table, or (not on the page on show) shows it in the detail
    /// read from the backend.
    void selectDelivery(const QString &id);
    /// Whether a bulk redelivery is running (of any webhook).
    [[nodiscard]] bool isBulkRunning() const;
    /// The page's actions, also on its buttons and the list's context menu (for a menu bar).
    [[nodiscard]] QAction *editAndSendAction() const { return m_editAndSendAction; }
    [[nodiscard]] QAction *exportAction() const { return m_exportAction; }
    [[nodiscard]] QAction *importAction() const { return m_importAction; }

public Q_SLOTS:
    /// Reloads the page of history on show, its count and the chart (F5).
    void refresh();
    void redeliverSelected();
    void redeliverFailed();
    void clearHistory();
    void sendPing();
    /// Back to every delivery: no outcome, event, time or search narrowing the list.
    void clearFilters();
    /// Opens Edit and Send on the selected delivery.
    void editAndSendSelected();
    /// Opens Export… for the webhook on show, its current filter offered.
    void exportHistory();
    /// Asks for a HAR or JSON Lines file, then importFile().
    void importHistory();
    /// Reads `path`, says how many deliveries it holds, and on confirmation adds them to the
    /// history of the webhook on show.
    void importFile(const QString &path);

Q_SIGNALS:
    void backRequested();
    void statusMessage(const QString &text);
    /// A single or test delivery ended, or a bulk run finished; for tests.
    void redeliveryFinished(const wc::Delivery &delivery);
    void bulkFinished(qint64 done, qint64 succeeded);
    void historyCleared();
    /// The selected delivery's request and response are on show.
    void detailShown(const wc::Delivery &delivery);
    /// Edit and Send sent `delivery` (an edited copy); for tests.
    void editedSent(const wc::Delivery &delivery);
    /// Export… wrote `count` deliveries to `path`.
    void exported(qint64 count, const QString &path);
    /// An import ended: `count` deliveries were added (0 when none: refused, cancelled, failed).
    void importFinished(qint64 count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void confirmRedeliverFailed(const DeliveryFilter &filter, const Result<qint64> &failed);
    void updateCount(qint64 count);
    void updatePager();
    void updateEmptyState();
    void showSelected();
    void showDelivery(const QString &id);
    void showDetail(const Delivery &d);
    void showRedeliveryNote();
    void setBody(QPlainTextEdit *view, JsonHighlighter *highlighter, const QByteArray &body);
    void reloadStats();
    void scheduleRefresh();
    void updateActions();
    void updateBulkBar();
    void goBack();
    void confirmCopy(QPushButton *button, const QString &what);
    void saveLayout();
    void restoreLayout();
    void applyPalette();
    void rememberPlace();
    void restorePlace();
    void setUpExchange();
    void showContextMenu(const QPoint &pos);
    void confirmImport(const Webhook &target, const QString &path,
                       const Result<QList<Delivery>> &read);
    /// Whether the webhook on show is one of Pulumi Cloud's (which sends its own deliveries).
    [[nodiscard]] bool isCloud() const;

    std::unique_ptr<Ui::DeliveryHistoryPage> m_ui;
    /// The line under the title: reference, URL, and for Pulumi Cloud when it was read.
    void updateSource();
    WebhookBackend &m_backend;
    DeliveryHistoryModel *m_model = nullptr;
    QString m_chartError; ///< why there is no chart (set before m_chart)
    HealthChartApi *m_chart = nullptr;
    JsonHighlighter *m_requestHighlighter = nullptr;
    JsonHighlighter *m_responseHighlighter = nullptr;
    std::optional<Webhook> m_webhook;
    std::optional<Delivery> m_selected;
    /// Where the user was in the list before the rows on show were replaced: a row (by its
    /// delivery's id) and its distance from the top of the view.
    struct Place
    {
        QString id;
        int y = 0;
    } m_place;
    /// Rows to select once the next page arrives, the first found wins.
    QStringList m_pendingSelection;
    quint64 m_detailGeneration = 0;
    QTimer m_searchDebounce;
    QTimer m_refreshDebounce;
    QPointer<BulkRedelivery> m_bulk;
    WebhookRef m_bulkWebhook;
    /// Webhooks whose history was cleared here: their empty list says so.
    QSet<QString> m_cleared;
    bool m_pinging = false;
    /// Deliveries being redelivered now (their ids).
    QSet<QString> m_redelivering;
    /// The latest redelivery of a delivery shown in its detail: original id → the new record.
    QHash<QString, Delivery> m_redelivered;
    QAction *m_redeliverAction = nullptr;
    QAction *m_editAndSendAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QPushButton *m_editAndSendButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_importButton = nullptr;
    /// "✎ Edited from delivery #N" in the detail, a link to the original.
    QLabel *m_editedFromLink = nullptr;
    bool m_importing = false;
};

} // namespace wc::gui
