#include "DeliveryHistoryPage.h"

#include "Theme.h"

#include "BulkRedelivery.h"
#include "DeliveryHistoryModel.h"
#include "EventCatalog.h"
#include "HealthChart.h"
#include "JsonHighlighter.h"
#include "Prompt.h"
#include "Settings.h"
#include "Validation.h"
#include "WebhookBackend.h"
#include "ui_DeliveryHistoryPage.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>

namespace wc::gui {

namespace {
enum TimeRange { AnyTime, LastHour, LastDay, LastWeek, LastMonth, CustomRange };

QString prettyJson(const QByteArray &body, bool *isJson)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    *isJson = error.error == QJsonParseError::NoError && !json.isNull();
    return *isJson ? QString::fromUtf8(json.toJson(QJsonDocument::Indented))
                   : QString::fromUtf8(body);
}
} // namespace

DeliveryHistoryPage::DeliveryHistoryPage(WebhookBackend &backend, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeliveryHistoryPage>())
    , m_backend(backend)
    , m_model(new DeliveryHistoryModel(backend, this))
    , m_chart(new HealthChart(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    // Long display names and stack references must not widen the window past 1024 pixels:
    // the title takes the room there is and wraps when it needs more; the reference and URL
    // are cut short rather than push the buttons off (all of it in its tooltip).
    m_ui->titleLabel->setWordWrap(true);
    m_ui->titleLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->urlLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->urlLabel->setMinimumWidth(120);
    for (const auto &[combo, length] :
         {std::pair{m_ui->outcomeCombo, 7}, std::pair{m_ui->kindCombo, 12},
          std::pair{m_ui->timeCombo, 9}}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(length);
        combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    // The page's range takes the pager's room but never widens the list (and the window).
    m_ui->pageLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->pageLabel->setAlignment(Qt::AlignCenter);
    m_ui->pageLabel->setMinimumWidth(80);
    // The search takes what the filters leave.
    m_ui->searchEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->searchEdit->setMinimumWidth(100);
    m_ui->chartArea->layout()->addWidget(m_chart);
    m_ui->bulkBar->hide();

    // Filters.
    m_ui->outcomeCombo->addItem(tr("All"), int(DeliveryFilter::Outcome::All));
    m_ui->outcomeCombo->addItem(tr("Succeeded"), int(DeliveryFilter::Outcome::Succeeded));
    m_ui->outcomeCombo->addItem(tr("Failed"), int(DeliveryFilter::Outcome::Failed));
    m_ui->kindCombo->addItem(tr("All events"), QString());
    for (const QString &kind : EventCatalog::kinds())
        m_ui->kindCombo->addItem(kind, kind);
    m_ui->timeCombo->addItem(tr("Any time"), AnyTime);
    m_ui->timeCombo->addItem(tr("Last hour"), LastHour);
    m_ui->timeCombo->addItem(tr("Last 24 hours"), LastDay);
    m_ui->timeCombo->addItem(tr("Last 7 days"), LastWeek);
    m_ui->timeCombo->addItem(tr("Last 30 days"), LastMonth);
    m_ui->timeCombo->addItem(tr("Custom range"), CustomRange);
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->sinceEdit->setDateTime(now.addDays(-1));
    m_ui->untilEdit->setDateTime(now.addSecs(3600));
    for (QDateTimeEdit *edit : {m_ui->sinceEdit, m_ui->untilEdit})
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_ui->sinceEdit->setVisible(false);
    m_ui->untilEdit->setVisible(false);
    m_ui->sinceLabel->setVisible(false);
    m_ui->untilLabel->setVisible(false);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(300);
    m_refreshDebounce.setSingleShot(true);
    m_refreshDebounce.setInterval(250);

    // Table.
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setTabKeyNavigation(false);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeliveryHistoryModel::ResultColumn, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({620, 420});
    m_ui->detailSummary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    // Detail.
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view : {m_ui->requestHeadersView, m_ui->requestBodyView,
                                 m_ui->responseHeadersView, m_ui->responseBodyView})
        view->setFont(mono);
    m_requestHighlighter = new JsonHighlighter(m_ui->requestBodyView->document());
    m_responseHighlighter = new JsonHighlighter(m_ui->responseBodyView->document());
    theme::setTone(m_ui->truncatedLabel, theme::Tone::Warning);
    m_ui->copyRequestHeadersButton->setAccessibleName(tr("Copy request headers"));
    m_ui->copyRequestBodyButton->setAccessibleName(tr("Copy request body"));
    m_ui->copyResponseHeadersButton->setAccessibleName(tr("Copy response headers"));
    m_ui->copyResponseBodyButton->setAccessibleName(tr("Copy response body"));
    m_ui->rawCheck->setToolTip(tr("Show bodies exactly as sent and received"));

    connect(m_ui->backButton, &QToolButton::clicked, this, &DeliveryHistoryPage::backRequested);
    connect(m_ui->pingButton, &QPushButton::clicked, this, &DeliveryHistoryPage::sendPing);
    connect(m_ui->redeliverButton, &QPushButton::clicked, this,
            &DeliveryHistoryPage::redeliverSelected);
    connect(m_ui->redeliverFailedButton, &QPushButton::clicked, this,
            &DeliveryHistoryPage::redeliverFailed);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &DeliveryHistoryPage::clearHistory);
    connect(m_ui->bulkCancelButton, &QPushButton::clicked, this, [this] {
        if (m_bulk)
            m_bulk->cancel();
    });
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this,
            &DeliveryHistoryPage::applyFilter);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            &DeliveryHistoryPage::applyFilter);
    connect(m_ui->timeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_ui->timeCombo->currentData().toInt() == CustomRange;
        for (QWidget *w :
             {static_cast<QWidget *>(m_ui->sinceEdit), static_cast<QWidget *>(m_ui->untilEdit),
              static_cast<QWidget *>(m_ui->sinceLabel), static_cast<QWidget *>(m_ui->untilLabel)})
            w->setVisible(custom);
        applyFilter();
    });
    connect(m_ui->sinceEdit, &QDateTimeEdit::dateTimeChanged, this,
            &DeliveryHistoryPage::applyFilter);
    connect(m_ui->untilEdit, &QDateTimeEdit::dateTimeChanged, this,
            &DeliveryHistoryPage::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDebounce,
            qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, &DeliveryHistoryPage::applyFilter);
    connect(&m_refreshDebounce, &QTimer::timeout, this, [this] {
        m_model->refresh();
        reloadStats();
    });

    connect(m_ui->newestButton, &QToolButton::clicked, m_model, &DeliveryHistoryModel::newest);
    connect(m_ui->newerButton, &QToolButton::clicked, m_model, &DeliveryHistoryModel::newer);
    connect(m_ui->olderButton, &QToolButton::clicked, m_model, &DeliveryHistoryModel::older);
    connect(m_ui->oldestButton, &QToolButton::clicked, m_model, &DeliveryHistoryModel::oldest);
    connect(m_model, &DeliveryHistoryModel::loadingStarted, this, [this] {
        if (m_model->rowCount() == 0)
            m_ui->pageLabel->setText(tr("Loading…"));
    });
    connect(m_model, &DeliveryHistoryModel::pageLoaded, this, [this] {
        updatePager();
        const QString wanted = !m_pendingSelection.isEmpty() ? m_pendingSelection
                               : m_selected                  ? m_selected->id
                                                             : QString();
        m_pendingSelection.clear();
        const int row = wanted.isEmpty() ? -1 : m_model->rowOf(wanted);
        if (row >= 0)
            m_ui->table->selectRow(row);
        else
            showSelected();
    });
    connect(m_model, &DeliveryHistoryModel::countChanged, this, &DeliveryHistoryPage::updateCount);
    connect(m_model, &DeliveryHistoryModel::loadFailed, this,
            [this](const QString &message) { m_ui->countLabel->setText(message); });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveryHistoryPage::showSelected);

    connect(m_ui->rawCheck, &QCheckBox::toggled, this, [this] {
        if (m_selected)
            showDetail(*m_selected);
    });
    auto copy = [](QPlainTextEdit *view) {
        return [view] {
            QGuiApplication::clipboard()->setText(view->toPlainText());
        };
    };
    connect(m_ui->copyRequestHeadersButton, &QPushButton::clicked, this,
            copy(m_ui->requestHeadersView));
    connect(m_ui->copyRequestBodyButton, &QPushButton::clicked, this, copy(m_ui->requestBodyView));
    connect(m_ui->copyResponseHeadersButton, &QPushButton::clicked, this,
            copy(m_ui->responseHeadersView));
    connect(m_ui->copyResponseBodyButton, &QPushButton::clicked, this,
            copy(m_ui->responseBodyView));

    // New attempts of the webhook on show appear by themselves.
    auto ofShown = [this](const Delivery &d) {
        if (m_webhook && d.webhook == m_webhook->ref())
            scheduleRefresh();
    };
    connect(&m_backend, &WebhookBackend::deliveryRecorded, this, ofShown);
    connect(&m_backend, &WebhookBackend::deliveryCompleted, this, ofShown);
    connect(&m_backend, &WebhookBackend::historyPruned, this, [this] {
        if (m_webhook)
            scheduleRefresh();
    });
    updateActions();
}

DeliveryHistoryPage::~DeliveryHistoryPage()
{
    if (m_bulk)
        m_bulk->cancel();
}

QTableView *DeliveryHistoryPage::table() const
{
    return m_ui->table;
}

void DeliveryHistoryPage::setWebhook(const Webhook &webhook)
{
    const bool same = m_webhook && m_webhook->ref() == webhook.ref();
    m_webhook = webhook;
    m_ui->titleLabel->setText(tr("Deliveries of “%1”").arg(webhook.displayName));
    m_ui->titleLabel->setToolTip(m_ui->titleLabel->text());
    m_ui->urlLabel->setText(tr("%1 · %2%3")
                                .arg(webhook.ref().toString(),
                                     validation::redactedUrl(webhook.payloadUrl),
                                     webhook.active ? QString() : tr(" · paused")));
    m_ui->urlLabel->setToolTip(m_ui->urlLabel->text());
    if (!same) {
        m_selected.reset();
        m_ui->searchEdit->blockSignals(true);
        m_ui->searchEdit->clear();
        m_ui->searchEdit->blockSignals(false);
    }
    applyFilter();
    reloadStats();
}

DeliveryFilter DeliveryHistoryPage::currentFilter() const
{
    DeliveryFilter f;
    if (m_webhook)
        f.webhook = m_webhook->ref();
    f.outcome = DeliveryFilter::Outcome(m_ui->outcomeCombo->currentData().toInt());
    f.kind = m_ui->kindCombo->currentData().toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_ui->timeCombo->currentData().toInt()) {
    case LastHour:
        f.since = now.addSecs(-3600);
        break;
    case LastDay:
        f.since = now.addDays(-1);
        break;
    case LastWeek:
        f.since = now.addDays(-7);
        break;
    case LastMonth:
        f.since = now.addDays(-30);
        break;
    case CustomRange:
        f.since = m_ui->sinceEdit->dateTime().toUTC();
        f.until = m_ui->untilEdit->dateTime().toUTC();
        break;
    default:
        break;
    }
    f.search = m_ui->searchEdit->text().trimmed();
    return f;
}

void DeliveryHistoryPage::applyFilter()
{
    m_searchDebounce.stop();
    if (!m_webhook)
        return;
    m_model->setFilter(currentFilter());
    updateActions();
}

void DeliveryHistoryPage::scheduleRefresh()
{
    m_refreshDebounce.start();
}

void DeliveryHistoryPage::reloadStats()
{
    if (!m_webhook)
        return;
    const WebhookRef ref = m_webhook->ref();
    whenReady(
        m_backend.dailyStats(ref, QDateTime::currentDateTimeUtc().addDays(-HealthChart::Days)),
        this, [this, ref](const Result<QList<DayStats>> &stats) {
            if (!stats.error && m_webhook && m_webhook->ref() == ref)
                m_chart->setStats(stats.value);
        });
}

void DeliveryHistoryPage::updateCount(qint64 count)
{
    const QString number = QLocale().toString(count);
    if (count < 0)
        m_ui->countLabel->setText(tr("Counting…"));
    else if (m_model->filter().isNarrowed())
        m_ui->countLabel->setText(count == 1 ? tr("1 matching delivery")
                                             : tr("%1 matching deliveries").arg(number));
    else
        m_ui->countLabel->setText(count == 1 ? tr("1 delivery") : tr("%1 deliveries").arg(number));
    updatePager();
    updateActions();
}

void DeliveryHistoryPage::updatePager()
{
    m_ui->newestButton->setEnabled(m_model->hasNewer());
    m_ui->newerButton->setEnabled(m_model->hasNewer());
    m_ui->olderButton->setEnabled(m_model->hasOlder());
    m_ui->oldestButton->setEnabled(m_model->hasOlder());
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_ui->pageLabel->setText(m_model->filter().isNarrowed()
                                     ? tr("No deliveries match the filter.")
                                     : tr("Nothing has been sent to this webhook yet."));
        return;
    }
    const QLocale locale;
    const QDateTime first = m_model->deliveryAt(rows - 1)->timestamp.toLocalTime();
    const QDateTime last = m_model->deliveryAt(0)->timestamp.toLocalTime();
    const QString day = QStringLiteral("MMM d, HH:mm:ss");
    // One day's range says the day once: "Nov 29, 09:12:03 – 17:40:55".
    m_ui->pageLabel->setText(tr("%1 – %2").arg(
        locale.toString(first, day),
        locale.toString(last, first.date() == last.date() ? QStringLiteral("HH:mm:ss") : day)));
    m_ui->pageLabel->setToolTip(m_ui->pageLabel->text());
}

void DeliveryHistoryPage::selectDelivery(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_ui->table->selectRow(row);
        return;
    }
    m_pendingSelection = id;
    m_model->newest();
}

void DeliveryHistoryPage::showSelected()
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    const Delivery *row = rows.isEmpty() ? nullptr : m_model->deliveryAt(rows.first().row());
    const quint64 generation = ++m_detailGeneration;
    if (!row) {
        m_selected.reset();
        m_ui->emptyDetailLabel->setText(tr("Select a delivery to see its request and response."));
        m_ui->detailStack->setCurrentWidget(m_ui->emptyDetailLabel);
        updateActions();
        return;
    }
    // The list holds no bodies: read the whole record. The same delivery again (a refresh)
    // keeps its detail on show meanwhile; another one says it is on its way.
    const QString id = row->id;
    if (!m_selected || m_selected->id != id) {
        m_selected.reset();
        m_ui->emptyDetailLabel->setText(tr("Loading delivery #%1…").arg(id));
        m_ui->detailStack->setCurrentWidget(m_ui->emptyDetailLabel);
    }
    updateActions();
    whenReady(m_backend.delivery(id), this, [this, generation](const Result<Delivery> &full) {
        if (generation != m_detailGeneration)
            return; // another row was selected meanwhile
        if (full.error) {
            m_selected.reset();
            m_ui->emptyDetailLabel->setText(full.error.code == Error::Code::NotFound
                                                ? tr("This delivery was removed.")
                                                : full.error.message);
            m_ui->detailStack->setCurrentWidget(m_ui->emptyDetailLabel);
            updateActions();
            return;
        }
        m_selected = full.value;
        showDetail(full.value);
        updateActions();
        Q_EMIT detailShown(full.value);
    });
}

void DeliveryHistoryPage::setBody(QPlainTextEdit *view, JsonHighlighter *highlighter,
                                  const QByteArray &body)
{
    bool isJson = false;
    const bool raw = m_ui->rawCheck->isChecked();
    const QString text = raw ? QString::fromUtf8(body) : prettyJson(body, &isJson);
    highlighter->setEnabled(!raw && isJson);
    view->setPlainText(text);
}

void DeliveryHistoryPage::showDetail(const Delivery &d)
{
    const QLocale locale;
    QString summary =
        tr("<b>#%1</b> · %2 · %3 · %4 ms")
            .arg(d.id)
            .arg(d.kind.toHtmlEscaped(),
                 locale.toString(d.timestamp.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            .arg(d.durationMs);
    if (!d.redeliveryOf.isEmpty())
        summary += tr(" · redelivery of #%1").arg(d.redeliveryOf);
    const QString outcome = d.state == Delivery::State::Pending ? tr("… Pending")
                            : d.succeeded()                     ? tr("✔ Succeeded")
                                                                : tr("✘ Failed");
    summary += QStringLiteral("<br/><span style=\"color:%1\">%2</span>")
                   .arg(theme::css(d.succeeded() ? theme::Tone::Success : theme::Tone::Failure),
                        (outcome + QStringLiteral(" — ") + d.outcomeText()).toHtmlEscaped());
    m_ui->detailSummary->setText(summary);

    m_ui->requestUrlLabel->setText(tr("POST %1").arg(validation::redactedUrl(d.requestUrl)));
    m_ui->requestHeadersView->setPlainText(d.requestHeaders);
    setBody(m_ui->requestBodyView, m_requestHighlighter, d.payload);

    if (d.state == Delivery::State::Pending)
        m_ui->responseStatusLabel->setText(tr("Waiting for the receiver…"));
    else if (d.responseCode > 0)
        m_ui->responseStatusLabel->setText(
            tr("HTTP %1").arg(d.responseCode) +
            (d.error.isEmpty() ? QString() : QStringLiteral(" — ") + d.error));
    else
        m_ui->responseStatusLabel->setText(tr("No response: %1").arg(d.error));
    m_ui->responseHeadersView->setPlainText(d.responseHeaders);
    setBody(m_ui->responseBodyView, m_responseHighlighter, d.responseBody);
    m_ui->truncatedLabel->setVisible(d.responseTruncated);
    m_ui->detailStack->setCurrentWidget(m_ui->detailPage);
}

void DeliveryHistoryPage::updateActions()
{
    const bool running = m_bulk;
    m_ui->pingButton->setEnabled(m_webhook.has_value());
    m_ui->redeliverButton->setEnabled(m_selected.has_value() &&
                                      m_selected->state == Delivery::State::Completed);
    m_ui->redeliverFailedButton->setEnabled(m_webhook.has_value() && !running &&
                                            m_model->matchCount() != 0);
    m_ui->clearButton->setEnabled(m_webhook.has_value() && !running);
}

void DeliveryHistoryPage::sendPing()
{
    if (!m_webhook)
        return;
    whenReady(m_backend.ping(m_webhook->ref()), this, [this](const Result<Delivery> &sent) {
        if (sent.error) {
            Q_EMIT statusMessage(sent.error.message);
            return;
        }
        m_pendingSelection = sent.value.id;
        Q_EMIT statusMessage(tr("Ping: %1").arg(sent.value.outcomeText()));
        Q_EMIT redeliveryFinished(sent.value);
    });
}

void DeliveryHistoryPage::redeliverSelected()
{
    if (!m_selected)
        return;
    const QString originalId = m_selected->id;
    m_ui->redeliverButton->setEnabled(false);
    whenReady(
        m_backend.redeliver(originalId), this, [this, originalId](const Result<Delivery> &sent) {
            updateActions();
            if (sent.error) {
                Prompt::warning(
                    this, tr("Redeliver"),
                    tr("Delivery #%1 was not redelivered. %2").arg(originalId, sent.error.message));
                return;
            }
            m_pendingSelection = sent.value.id;
            Q_EMIT statusMessage(tr("Redelivered #%1 as #%2: %3")
                                     .arg(originalId, sent.value.id, sent.value.outcomeText()));
            Q_EMIT redeliveryFinished(sent.value);
        });
}

void DeliveryHistoryPage::redeliverFailed()
{
    if (!m_webhook || m_bulk)
        return;
    // Every event of the filter that no attempt delivered, each once, from its original.
    DeliveryFilter filter = currentFilter();
    filter.outcome = DeliveryFilter::Outcome::Undelivered;
    // Counted on the history thread: with a search or a time range over a long history this
    // can take a moment, and the window stays usable meanwhile.
    m_ui->redeliverFailedButton->setEnabled(false);
    whenReady(
        m_backend.countDeliveries(filter), this,
        [this, filter](const Result<qint64> &events) { confirmRedeliverFailed(filter, events); });
}

void DeliveryHistoryPage::confirmRedeliverFailed(const DeliveryFilter &filter,
                                                 const Result<qint64> &counted)
{
    updateActions();
    if (!m_webhook || m_webhook->ref() != filter.webhook || m_bulk)
        return;
    if (counted.error) {
        Prompt::warning(this, tr("Redeliver failed events"), counted.error.message);
        return;
    }
    const qint64 events = counted.value;
    if (events == 0) {
        Prompt::warning(this, tr("Redeliver failed events"),
                        tr("No undelivered events match the current filter: every event in it "
                           "was delivered by at least one attempt."));
        return;
    }
    const int concurrency = Settings::redeliveryConcurrency();
    const auto answer = Prompt::question(
        this, tr("Redeliver failed events"),
        tr("Redeliver %n failed events that match the current filter to %1? Each is sent once "
           "more, from its original delivery; at most %2 are sent at once.",
           nullptr, int(qMin<qint64>(events, INT_MAX)))
            .arg(validation::redactedUrl(m_webhook->payloadUrl))
            .arg(concurrency),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;

    m_bulk = m_backend.redeliverFailed(filter, concurrency, this);
    m_ui->bulkProgress->setRange(0, int(qMin<qint64>(events, INT_MAX)));
    m_ui->bulkProgress->setValue(0);
    m_ui->bulkLabel->setText(tr("Redelivering…"));
    m_ui->bulkCancelButton->setEnabled(true);
    m_ui->bulkBar->show();
    connect(m_bulk, &BulkRedelivery::progress, this, [this](qint64 done, qint64 total) {
        m_ui->bulkProgress->setValue(int(done));
        m_ui->bulkLabel->setText(tr("Redelivered %1 of %2 events").arg(done).arg(total));
    });
    connect(m_bulk, &BulkRedelivery::finished, this, [this](const Error &error) {
        BulkRedelivery *bulk = m_bulk;
        const qint64 done = bulk->done();
        const qint64 succeeded = bulk->succeeded();
        QString text = bulk->isCancelled()
                           ? tr("Cancelled after %1 events: %2 succeeded.").arg(done).arg(succeeded)
                           : tr("Redelivered %1 events: %2 succeeded, %3 failed.")
                                 .arg(done)
                                 .arg(succeeded)
                                 .arg(done - succeeded);
        if (error)
            text += QLatin1Char(' ') + error.message;
        m_ui->bulkLabel->setText(text);
        m_ui->bulkCancelButton->setEnabled(false);
        bulk->deleteLater();
        m_bulk = nullptr;
        updateActions();
        scheduleRefresh();
        Q_EMIT statusMessage(text);
        Q_EMIT bulkFinished(done, succeeded);
    });
    m_bulk->start();
    updateActions();
}

void DeliveryHistoryPage::clearHistory()
{
    if (!m_webhook)
        return;
    const auto answer =
        Prompt::question(this, tr("Clear history"),
                         tr("Delete every recorded delivery of “%1”? This cannot be undone.")
                             .arg(m_webhook->displayName),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_ui->clearButton->setEnabled(false);
    m_ui->countLabel->setText(tr("Clearing…"));
    whenReady(m_backend.clearHistory(m_webhook->ref()), this, [this](const Result<qint64> &r) {
        Q_EMIT statusMessage(r.error ? r.error.message
                                     : tr("Removed %n deliveries.", nullptr, int(r.value)));
        m_selected.reset();
        m_model->refresh();
        reloadStats();
        updateActions();
        Q_EMIT historyCleared();
    });
}

} // namespace wc::gui
