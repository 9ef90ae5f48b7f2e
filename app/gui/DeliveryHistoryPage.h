#pragma once

#include "Async.h"
#include "Delivery.h"
#include "Error.h"
#include "History.h"
#include "Webhook.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class DeliveryHistoryPage;
}
class QPlainTextEdit;
class QTableView;

namespace wc {
class BulkRedelivery;
class WebhookBackend;
} // namespace wc

namespace wc::gui {

class DeliveryHistoryModel;
class HealthChart;
class JsonHighlighter;

/// One webhook's delivery history: a health chart, filters, a paged table and the selected
/// delivery's request and response in full, with single and bulk redelivery.
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
    [[nodiscard]] HealthChart *chart() const { return m_chart; }
    [[nodiscard]] std::optional<Delivery> selectedDelivery() const { return m_selected; }
    void selectDelivery(const QString &id);

public Q_SLOTS:
    void redeliverSelected();
    void redeliverFailed();
    void clearHistory();
    void sendPing();

Q_SIGNALS:
    void backRequested();
    void statusMessage(const QString &text);
    /// A single or test delivery ended, or a bulk run finished; for tests.
    void redeliveryFinished(const wc::Delivery &delivery);
    void bulkFinished(qint64 done, qint64 succeeded);
    void historyCleared();
    /// The selected delivery's request and response are on show.
    void detailShown(const wc::Delivery &delivery);

private:
    void applyFilter();
    void confirmRedeliverFailed(const DeliveryFilter &filter, const Result<qint64> &failed);
    void updateCount(qint64 count);
    void updatePager();
    void showSelected();
    void showDetail(const Delivery &d);
    void setBody(QPlainTextEdit *view, JsonHighlighter *highlighter, const QByteArray &body);
    void reloadStats();
    void scheduleRefresh();
    void updateActions();

    std::unique_ptr<Ui::DeliveryHistoryPage> m_ui;
    WebhookBackend &m_backend;
    DeliveryHistoryModel *m_model = nullptr;
    HealthChart *m_chart = nullptr;
    JsonHighlighter *m_requestHighlighter = nullptr;
    JsonHighlighter *m_responseHighlighter = nullptr;
    std::optional<Webhook> m_webhook;
    std::optional<Delivery> m_selected;
    QString m_pendingSelection;
    quint64 m_detailGeneration = 0;
    QTimer m_searchDebounce;
    QTimer m_refreshDebounce;
    QPointer<BulkRedelivery> m_bulk;
};

} // namespace wc::gui
