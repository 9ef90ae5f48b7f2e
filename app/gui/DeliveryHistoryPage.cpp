#include "DeliveryHistoryPage.h"

#include "FocusRing.h"
#include "Formatting.h"
#include "SecretPromptDialog.h"
#include "Theme.h"

#include "BulkRedelivery.h"
#include "DeliveryHistoryModel.h"
#include "EditAndSendDialog.h"
#include "EventCatalog.h"
#include "HealthChartApi.h"
#include "HistoryExchange.h"
#include "HistoryExportDialog.h"
#include "JsonHighlighter.h"
#include "Prompt.h"
#include "Settings.h"
#include "Validation.h"
#include "WebhookBackend.h"
#include "ui_DeliveryHistoryPage.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLayout>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QUrl>

Q_LOGGING_CATEGORY(lcHistoryPage, "webhookconsole.gui.history")

namespace wc::gui {

namespace {
enum TimeRange { AnyTime, LastHour, LastDay, LastWeek, LastMonth, CustomRange };

/// How long a Copy button says "Copied ✓".
constexpr auto CopyFeedback = std::chrono::milliseconds(1500);
/// Lines of headers the headers panes show before the body takes the rest.
constexpr int HeaderLines = 8;

QString prettyJson(const QByteArray &body, bool *isJson)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    *isJson = error.error == QJsonParseError::NoError && !json.isNull();
    return *isJson ? QString::fromUtf8(json.toJson(QJsonDocument::Indented))
                   : QString::fromUtf8(body);
}

QString settingsKey(const char *name)
{
    return QStringLiteral("historyPage/") + QLatin1String(name);
}

/// Lays its items out left to right and wraps them onto further lines when the width runs
/// out (after Qt's flow layout example), so the filter bar never makes the window wider than
/// its widest filter. Items that expand horizontally share what is left of their line.
class FlowLayout : public QLayout
{
public:
    FlowLayout(QWidget *parent, int horizontalSpacing)
        : QLayout(parent)
        , m_horizontal(horizontalSpacing)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), true); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, false);
    }
    QSize sizeHint() const override
    {
        // Everything on one line.
        QSize size;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            size.rwidth() += hint.width() + (size.width() > 0 ? m_horizontal : 0);
            size.setHeight(qMax(size.height(), hint.height()));
        }
        const QMargins m = contentsMargins();
        return size + QSize(m.left() + m.right(), m.top() + m.bottom());
    }
    QSize minimumSize() const override
    {
        // The widest item on a line of its own.
        QSize size;
        for (QLayoutItem *item : m_items) {
            if (!item->isEmpty())
                size = size.expandedTo(item->minimumSize());
        }
        const QMargins m = contentsMargins();
        return size + QSize(m.left() + m.right(), m.top() + m.bottom());
    }

private:
    int verticalSpacing() const
    {
        return parentWidget() ? parentWidget()->style()->pixelMetric(
                                    QStyle::PM_LayoutVerticalSpacing, nullptr, parentWidget())
                              : 6;
    }

    int arrange(const QRect &rect, bool testOnly) const
    {
        const QRect area = rect.marginsRemoved(contentsMargins());
        QList<QList<QLayoutItem *>> lines(1);
        int x = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const int width = qMin(item->sizeHint().width(), area.width());
            if (!lines.last().isEmpty() && x + m_horizontal + width > area.width()) {
                lines.append(QList<QLayoutItem *>());
                x = 0;
            }
            x += (lines.last().isEmpty() ? 0 : m_horizontal) + width;
            lines.last().append(item);
        }
        int y = area.y();
        for (const auto &line : std::as_const(lines)) {
            if (line.isEmpty())
                continue;
            int used = 0;
            int height = 0;
            int expanding = 0;
            for (QLayoutItem *item : line) {
                used +=
                    qMax(item->minimumSize().width(), qMin(item->sizeHint().width(), area.width()));
                height = qMax(height, item->sizeHint().height());
                if (item->expandingDirections() & Qt::Horizontal)
                    ++expanding;
            }
            used += m_horizontal * int(line.size() - 1);
            const int extra = qMax(0, area.width() - used);
            int left = area.x();
            for (QLayoutItem *item : line) {
                int width =
                    qMax(item->minimumSize().width(), qMin(item->sizeHint().width(), area.width()));
                if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal))
                    width += extra / expanding;
                width = qMin(width, area.right() + 1 - left);
                // The line's whole height: the item centres what it holds, so the units of a
                // line share their top and their text's baseline.
                if (!testOnly)
                    item->setGeometry(QRect(left, y, width, height));
                left += width + m_horizontal;
            }
            y += height + verticalSpacing();
        }
        return y - verticalSpacing() - area.y() + contentsMargins().top() +
               contentsMargins().bottom();
    }

    QList<QLayoutItem *> m_items;
    int m_horizontal;
};

/// Whether `widget` takes typed text (where Backspace deletes rather than goes back).
bool takesText(const QWidget *widget)
{
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return !text->isReadOnly();
    return false;
}

QString link(const QString &id)
{
    return QStringLiteral("<a href=\"%1\">#%2</a>").arg(id.toHtmlEscaped(), id.toHtmlEscaped());
}

/// The folder export and import files were last chosen in (HistoryExportDialog too).
const QString ExchangeFolderKey = QStringLiteral("historyPage/exchangeFolder");

/// A push button that shows an action: its text, tooltip and whether it is enabled, kept in
/// step; a click triggers it.
void bindButton(QPushButton *button, QAction *action)
{
    const auto sync = [button, action] {
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
    };
    QObject::connect(action, &QAction::changed, button, sync);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    sync();
}
} // namespace

DeliveryHistoryPage::DeliveryHistoryPage(WebhookBackend &backend, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeliveryHistoryPage>())
    , m_backend(backend)
    , m_model(new DeliveryHistoryModel(backend, this))
    , m_chart(makeHealthChart(this, &m_chartError))
{
    m_ui->setupUi(this);
    // The title and the URL line never make the window wider: they are cut in the middle
    // (whole in their tooltips) when there is not room for them.
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->requestUrlLabel->setElideMode(Qt::ElideMiddle);

    // Filters: a flow that wraps onto a second line rather than widen the window.
    auto *flow = new FlowLayout(m_ui->filterBar,
                                2 * style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
    for (QWidget *unit :
         {m_ui->outcomeUnit, m_ui->kindUnit, m_ui->timeUnit, m_ui->rangeUnit, m_ui->searchUnit}) {
        unit->layout()->setContentsMargins(0, 0, 0, 0);
        flow->addWidget(unit);
    }
    for (const auto &[combo, length] :
         {std::pair{m_ui->outcomeCombo, 9}, std::pair{m_ui->kindCombo, 14},
          std::pair{m_ui->timeCombo, 12}}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(length);
        combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    // Search keeps room for about sixteen characters and takes what its line leaves.
    m_ui->searchEdit->setMinimumWidth(m_ui->searchEdit->fontMetrics().averageCharWidth() * 16 +
                                      m_ui->searchEdit->sizeHint().height());
    m_ui->searchEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->searchUnit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->rangeUnit->hide();
    if (m_chart) {
        m_ui->chartArea->layout()->addWidget(m_chart->widget());
    } else {
        // Without its chart the page works as ever: the chart's place says why it is empty.
        auto *missing = new QLabel(m_chartError, m_ui->chartArea);
        missing->setObjectName(QStringLiteral("chartMissingLabel"));
        missing->setWordWrap(true);
        m_ui->chartArea->layout()->addWidget(missing);
    }
    m_ui->bulkBar->hide();
    m_ui->pageLabel->setAlignment(Qt::AlignCenter);
    m_ui->pageLabel->setMinimumWidth(10);
    m_ui->pageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->countLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->clearFiltersButton->hide();

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
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(300);
    m_refreshDebounce.setSingleShot(true);
    m_refreshDebounce.setInterval(250);

    // Table.
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setTabKeyNavigation(false);
    m_ui->table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeliveryHistoryModel::ResultColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(header->fontMetrics().averageCharWidth() * 4);
    m_ui->listStack->setCurrentWidget(m_ui->table);

    // The list and the detail side by side; the chart above the list, so the detail has the
    // page's whole height. Places the user chose are kept (restoreLayout).
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({550, 450});
    m_ui->listSplitter->setStretchFactor(0, 0);
    m_ui->listSplitter->setStretchFactor(1, 1);
    m_ui->listSplitter->setSizes({180, 420});
    for (QSplitter *split : {m_ui->requestSplitter, m_ui->responseSplitter}) {
        split->setStretchFactor(0, 0);
        split->setStretchFactor(1, 1);
        split->installEventFilter(this);
    }

    // Detail.
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view : {m_ui->requestHeadersView, m_ui->requestBodyView,
                                 m_ui->responseHeadersView, m_ui->responseBodyView}) {
        view->setFont(mono);
        // Read-only, but the keyboard reaches it: Tab stops there, arrows scroll and select.
        view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        view->setFocusPolicy(Qt::StrongFocus);
        view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    }
    m_requestHighlighter = new JsonHighlighter(m_ui->requestBodyView->document());
    m_responseHighlighter = new JsonHighlighter(m_ui->responseBodyView->document());
    theme::setTone(m_ui->truncatedLabel, theme::Tone::Warning);
    m_ui->detailSummary->setTextFormat(Qt::PlainText);
    m_ui->detailOutcomeLabel->setTextFormat(Qt::PlainText);
    m_ui->originalLink->hide();
    m_ui->redeliveryNote->hide();
    m_ui->copyRequestHeadersButton->setAccessibleName(tr("Copy request headers"));
    m_ui->copyRequestBodyButton->setAccessibleName(tr("Copy request body"));
    m_ui->copyResponseHeadersButton->setAccessibleName(tr("Copy response headers"));
    m_ui->copyResponseBodyButton->setAccessibleName(tr("Copy response body"));
    for (QPushButton *copy : {m_ui->copyRequestHeadersButton, m_ui->copyRequestBodyButton,
                              m_ui->copyResponseHeadersButton, m_ui->copyResponseBodyButton}) {
        // As wide as its confirmation, so that saying "Copied" moves nothing.
        const QString text = copy->text();
        copy->setText(tr("Copied ✓"));
        const int wide = copy->sizeHint().width();
        copy->setText(text);
        copy->setMinimumWidth(qMax(wide, copy->sizeHint().width()));
    }
    // The table and the read-only text views show where the keyboard is, as every page does.
    FocusRing::installAll(this);
    // The detail's tab bar takes the focus itself rather than as its tab widget's proxy: Qt
    // treats a tab widget with a proxy as one compound stop and puts it after everything in
    // its pages, so Tab went from the last Copy button back to the bar, round and round.
    if (auto *bar = m_ui->detailTabs->findChild<QTabBar *>()) {
        m_ui->detailTabs->setFocusProxy(nullptr);
        m_ui->detailTabs->setFocusPolicy(Qt::NoFocus);
        QWidget *chain[] = {m_ui->rawCheck,
                            bar,
                            m_ui->requestHeadersView,
                            m_ui->copyRequestHeadersButton,
                            m_ui->requestBodyView,
                            m_ui->copyRequestBodyButton,
                            m_ui->responseHeadersView,
                            m_ui->copyResponseHeadersButton,
                            m_ui->responseBodyView,
                            m_ui->copyResponseBodyButton};
        for (std::size_t i = 1; i < std::size(chain); ++i)
            setTabOrder(chain[i - 1], chain[i]);
    }
    m_ui->rawCheck->setToolTip(tr("Show bodies exactly as sent and received"));
    m_ui->wrapCheck->setToolTip(tr("Wrap long lines of headers and bodies"));
    m_ui->redeliverButton->setToolTip(tr("Send this delivery's payload again, as it was sent"));
    // It deletes what cannot be brought back: it looks like it.
    m_ui->clearButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_ui->clearButton->setToolTip(tr("Delete every recorded delivery of this webhook"));

    // Keys.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    auto *altLeft = new QShortcut(QKeySequence::Back, this);
    auto *backspace = new QShortcut(QKeySequence(Qt::Key_Backspace), this);
    auto *find = new QShortcut(QKeySequence::Find, this);
    for (QShortcut *shortcut : {escape, altLeft, backspace, find})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &DeliveryHistoryPage::goBack);
    connect(altLeft, &QShortcut::activated, this, &DeliveryHistoryPage::goBack);
    connect(backspace, &QShortcut::activated, this, [this] {
        // Text fields take Backspace themselves; this is the rest of the page.
        if (!takesText(QApplication::focusWidget()))
            goBack();
    });
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });

    connect(m_ui->backButton, &QToolButton::clicked, this, &DeliveryHistoryPage::goBack);
    connect(m_ui->pingButton, &QPushButton::clicked, this, &DeliveryHistoryPage::sendPing);
    connect(m_ui->redeliverButton, &QPushButton::clicked, this,
            &DeliveryHistoryPage::redeliverSelected);
    connect(m_ui->redeliverFailedButton, &QPushButton::clicked, this,
            &DeliveryHistoryPage::redeliverFailed);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &DeliveryHistoryPage::clearHistory);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this,
            &DeliveryHistoryPage::clearFilters);
    connect(m_ui->bulkCancelButton, &QPushButton::clicked, this, [this] {
        if (!m_bulk)
            return;
        m_bulk->cancel();
        m_ui->bulkCancelButton->setEnabled(false);
        m_ui->bulkLabel->setText(tr("Cancelling: waiting for the redeliveries on their way…"));
    });
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this,
            &DeliveryHistoryPage::applyFilter);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            &DeliveryHistoryPage::applyFilter);
    connect(m_ui->timeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->rangeUnit->setVisible(m_ui->timeCombo->currentData().toInt() == CustomRange);
        applyFilter();
    });
    connect(m_ui->sinceEdit, &QDateTimeEdit::dateTimeChanged, this,
            &DeliveryHistoryPage::applyFilter);
    connect(m_ui->untilEdit, &QDateTimeEdit::dateTimeChanged, this,
            &DeliveryHistoryPage::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDebounce,
            qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, &DeliveryHistoryPage::applyFilter);
    connect(&m_refreshDebounce, &QTimer::timeout, this, &DeliveryHistoryPage::refresh);

    connect(m_ui->newestButton, &QToolButton::clicked, m_model, &DeliveryHistoryModel::newest);
    connect(m_ui->newerButton, &QToolButton::clicked, m_model, &DeliveryHistoryModel::newer);
    connect(m_ui->olderButton, &QToolButton::clicked, m_model, &DeliveryHistoryModel::older);
    connect(m_ui->oldestButton, &QToolButton::clicked, m_model, &DeliveryHistoryModel::oldest);
    connect(m_model, &DeliveryHistoryModel::loadingStarted, this, [this] {
        if (m_model->rowCount() == 0)
            m_ui->pageLabel->setText(tr("Loading…"));
    });
    connect(m_model, &DeliveryHistoryModel::pageAboutToChange, this,
            &DeliveryHistoryPage::rememberPlace);
    connect(m_model, &DeliveryHistoryModel::pageLoaded, this, [this] {
        updatePager();
        updateEmptyState();
        // The row asked for (a new ping), else the one the user was on.
        QStringList wanted = m_pendingSelection;
        m_pendingSelection.clear();
        if (m_selected)
            wanted << m_selected->id;
        const qsizetype asked = wanted.size() - (m_selected ? 1 : 0);
        int selected = -1;
        for (qsizetype i = 0; i < wanted.size() && selected < 0; ++i) {
            if (const int row = m_model->rowOf(wanted.at(i)); row >= 0) {
                m_ui->table->selectRow(row);
                selected = i < asked ? row : -2;
            }
        }
        restorePlace();
        if (selected >= 0) // a row asked for is shown, wherever the user was
            m_ui->table->scrollTo(m_model->index(selected, 0));
        // Not on this page: a delivery opened from a link stays on show, anything else goes.
        if (selected != -1 || !m_selected || m_ui->table->property("showsOutside").toBool())
            return;
        showSelected();
    });
    connect(m_model, &DeliveryHistoryModel::countChanged, this, &DeliveryHistoryPage::updateCount);
    connect(m_model, &DeliveryHistoryModel::loadFailed, this,
            [this](const QString &message) { m_ui->countLabel->setText(message); });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveryHistoryPage::showSelected);
    // "↻ of #103" in the list is a link to the original delivery.
    connect(m_ui->table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const Delivery *d = m_model->deliveryAt(index.row());
        if (index.column() != DeliveryHistoryModel::RedeliveryColumn || !d)
            return;
        if (!d->redeliveryOf.isEmpty())
            selectDelivery(d->redeliveryOf);
        else if (!d->editedFrom.isEmpty()) // "✎ from #103" too
            selectDelivery(d->editedFrom);
    });

    connect(m_ui->rawCheck, &QCheckBox::toggled, this, [this] {
        if (m_selected)
            showDetail(*m_selected);
    });
    connect(m_ui->wrapCheck, &QCheckBox::toggled, this, [this](bool wrap) {
        for (QPlainTextEdit *view : {m_ui->requestHeadersView, m_ui->requestBodyView,
                                     m_ui->responseHeadersView, m_ui->responseBodyView})
            view->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
        Settings::setValue(settingsKey("wrap"), wrap);
    });
    const auto openLink = [this](const QString &id) {
        selectDelivery(id);
    };
    connect(m_ui->originalLink, &QLabel::linkActivated, this, openLink);
    connect(m_ui->redeliveryNote, &QLabel::linkActivated, this, openLink);
    const auto copy = [this](QPushButton *button, QPlainTextEdit *view, const QString &what) {
        connect(button, &QPushButton::clicked, this, [this, button, view, what] {
            QGuiApplication::clipboard()->setText(view->toPlainText());
            confirmCopy(button, what);
        });
    };
    copy(m_ui->copyRequestHeadersButton, m_ui->requestHeadersView, tr("Request headers"));
    copy(m_ui->copyRequestBodyButton, m_ui->requestBodyView, tr("Request body"));
    copy(m_ui->copyResponseHeadersButton, m_ui->responseHeadersView, tr("Response headers"));
    copy(m_ui->copyResponseBodyButton, m_ui->responseBodyView, tr("Response body"));
    for (QSplitter *split :
         {m_ui->splitter, m_ui->listSplitter, m_ui->requestSplitter, m_ui->responseSplitter}) {
        connect(split, &QSplitter::splitterMoved, this, [this, split] {
            split->setProperty("placedByUser", true);
            saveLayout();
        });
    }

    // New attempts of the webhook on show appear by themselves.
    auto ofShown = [this](const Delivery &d) {
        m_cleared.remove(d.webhook.toString()); // recorded since: no longer "cleared"
        if (m_webhook && d.webhook == m_webhook->ref())
            scheduleRefresh();
    };
    connect(&m_backend, &WebhookBackend::deliveryRecorded, this, ofShown);
    connect(&m_backend, &WebhookBackend::deliveryCompleted, this, ofShown);
    connect(&m_backend, &WebhookBackend::historyPruned, this, [this] {
        if (m_webhook)
            scheduleRefresh();
    });
    setUpExchange();
    restoreLayout();
    updateActions();
}

void DeliveryHistoryPage::setUpExchange()
{
    // Edit and Send, Export… and Import…: actions with keys of their own (while the page has
    // the focus), on buttons, and in the list's context menu with Redeliver.
    const auto makeAction = [this](const QString &text, const char *name, const QKeySequence &key) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_redeliverAction = new QAction(tr("&Redeliver"), this);
    m_redeliverAction->setObjectName(QStringLiteral("actionRedeliver"));
    m_editAndSendAction = makeAction(tr("Edit and Send…"), "actionEditAndSend",
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction = makeAction(tr("E&xport…"), "actionExportHistory",
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_importAction = makeAction(tr("Import…"), "actionImportHistory",
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_redeliverAction, &QAction::triggered, this, &DeliveryHistoryPage::redeliverSelected);
    connect(m_editAndSendAction, &QAction::triggered, this,
            &DeliveryHistoryPage::editAndSendSelected);
    connect(m_exportAction, &QAction::triggered, this, &DeliveryHistoryPage::exportHistory);
    connect(m_importAction, &QAction::triggered, this, &DeliveryHistoryPage::importHistory);

    // Export and Import beside the page's other actions, before the one that deletes; Edit
    // and Send beside Redeliver; Tab visits them where they stand.
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_editAndSendButton = new QPushButton(this);
    m_editAndSendButton->setObjectName(QStringLiteral("editAndSendButton"));
    for (const auto &[button, action] :
         {std::pair{m_exportButton, m_exportAction}, std::pair{m_importButton, m_importAction},
          std::pair{m_editAndSendButton, m_editAndSendAction}}) {
        button->setAutoDefault(false);
        bindButton(button, action);
    }
    const int clear = m_ui->headerRow->indexOf(m_ui->clearButton);
    m_ui->headerRow->insertWidget(clear, m_importButton);
    m_ui->headerRow->insertWidget(clear, m_exportButton);
    m_ui->detailActions->insertWidget(m_ui->detailActions->indexOf(m_ui->redeliverButton) + 1,
                                      m_editAndSendButton);
    setTabOrder(m_ui->redeliverFailedButton, m_exportButton);
    setTabOrder(m_exportButton, m_importButton);
    setTabOrder(m_importButton, m_ui->clearButton);
    setTabOrder(m_ui->redeliverButton, m_editAndSendButton);

    // "✎ Edited from delivery #N" under "↻ A redelivery of …", a link as that one is.
    m_editedFromLink = new QLabel(m_ui->detailPage);
    m_editedFromLink->setObjectName(QStringLiteral("editedFromLink"));
    m_editedFromLink->setTextFormat(Qt::RichText);
    m_editedFromLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                              Qt::LinksAccessibleByKeyboard);
    m_editedFromLink->hide();
    m_ui->detailLayout->insertWidget(m_ui->detailLayout->indexOf(m_ui->originalLink) + 1,
                                     m_editedFromLink);
    setTabOrder(m_ui->originalLink, m_editedFromLink);
    setTabOrder(m_editedFromLink, m_ui->redeliveryNote);
    connect(m_editedFromLink, &QLabel::linkActivated, this, &DeliveryHistoryPage::selectDelivery);

    m_ui->table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->table, &QWidget::customContextMenuRequested, this,
            &DeliveryHistoryPage::showContextMenu);
}

void DeliveryHistoryPage::showContextMenu(const QPoint &pos)
{
    // The row under the pointer is the one the menu acts on (the Menu key: the current one).
    const QModelIndex index = m_ui->table->indexAt(pos);
    if (index.isValid() &&
        m_ui->table->selectionModel()->selectedRows().value(0).row() != index.row())
        m_ui->table->selectRow(index.row());
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("historyContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_redeliverAction);
    menu->addAction(m_editAndSendAction);
    menu->addSeparator();
    menu->addAction(m_exportAction);
    menu->addAction(m_importAction);
    menu->popup(m_ui->table->viewport()->mapToGlobal(pos));
}

bool DeliveryHistoryPage::isCloud() const
{
    return m_webhook && !m_backend.cloudApiUrl(m_webhook->scope.organization).isEmpty();
}

void DeliveryHistoryPage::editAndSendSelected()
{
    if (!m_selected || !m_webhook || isCloud() || m_selected->webhook != m_webhook->ref())
        return;
    auto *dialog = new EditAndSendDialog(m_backend, *m_webhook, *m_selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const WebhookRef ref = m_webhook->ref();
    const QString originalId = m_selected->id;
    connect(dialog, &EditAndSendDialog::sent, this, [this, ref, originalId](const Delivery &copy) {
        // The new delivery on show, whether the list has it yet or not.
        if (m_webhook && m_webhook->ref() == ref) {
            if (const int row = m_model->rowOf(copy.id); row >= 0) {
                m_ui->table->selectRow(row);
            } else {
                m_pendingSelection = {copy.id};
                selectDelivery(copy.id);
            }
            scheduleRefresh();
        }
        Q_EMIT statusMessage(tr("Sent an edited copy of #%1 as #%2: %3")
                                 .arg(originalId, copy.id, copy.outcomeText()));
        Q_EMIT editedSent(copy);
    });
    dialog->open();
}

void DeliveryHistoryPage::exportHistory()
{
    if (!m_webhook)
        return;
    auto *dialog = new HistoryExportDialog(m_backend, *m_webhook, currentFilter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryExportDialog::exported, this,
            [this](qint64 count, const QString &path) {
                const QString file = QDir::toNativeSeparators(path);
                Q_EMIT statusMessage(
                    tr("Exported %Ln delivery(s) to %1.", nullptr, formatting::pluralCount(count))
                        .arg(file));
                Q_EMIT exported(count, path);
            });
    dialog->open();
}

void DeliveryHistoryPage::importHistory()
{
    if (!m_webhook || isCloud() || m_importing)
        return;
    QString folder = Settings::value(ExchangeFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *files = new QFileDialog(
        this, tr("Import Deliveries into “%1”").arg(m_webhook->displayName), folder);
    files->setObjectName(QStringLiteral("importFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptOpen);
    files->setFileMode(QFileDialog::ExistingFile);
    files->setNameFilters({tr("Webhook history (*.har *.jsonl *.ndjson)"), tr("All files (*)")});
    connect(files, &QFileDialog::fileSelected, this, &DeliveryHistoryPage::importFile);
    files->open();
}

void DeliveryHistoryPage::importFile(const QString &path)
{
    if (!m_webhook || isCloud() || m_importing)
        return;
    Settings::setValue(ExchangeFolderKey, QFileInfo(path).absolutePath());
    m_importing = true;
    updateActions();
    const Webhook target = *m_webhook;
    // Read on a worker thread: a long file never holds the window.
    whenReady(readHistoryFile(path), this,
              [this, target, path](const Result<QList<Delivery>> &read) {
                  confirmImport(target, path, read);
              });
}

void DeliveryHistoryPage::confirmImport(const Webhook &target, const QString &path,
                                        const Result<QList<Delivery>> &read)
{
    const QString title = tr("Import Deliveries");
    const QString file = QFileInfo(path).fileName();
    const auto end = [this](qint64 count) {
        m_importing = false;
        updateActions();
        Q_EMIT importFinished(count);
    };
    if (read.error) {
        Prompt::warning(this, title,
                        tr("“%1” could not be imported. %2").arg(file, read.error.message));
        end(0);
        return;
    }
    const int n = int(qMin<qsizetype>(read.value.size(), INT_MAX));
    if (n == 0) {
        Prompt::warning(this, title,
                        tr("“%1” holds no deliveries: nothing was imported.").arg(file));
        end(0);
        return;
    }
    const bool yes = Prompt::confirm(
        this, title,
        tr("“%1” holds %Ln delivery(s). Add them to the history of “%2”? They are kept as they "
           "were recorded, requests and responses; nothing is sent.",
           nullptr, n)
            .arg(file, target.displayName),
        tr("Import %Ln delivery(s)", nullptr, n));
    if (!yes) {
        end(0);
        return;
    }
    const WebhookRef ref = target.ref();
    whenReady(
        m_backend.importDeliveries(ref, read.value), this,
        [this, ref, file, title, end](const Result<qint64> &imported) {
            if (imported.error) {
                Prompt::warning(
                    this, title,
                    tr("Nothing was imported from “%1”. %2").arg(file, imported.error.message));
                end(0);
                return;
            }
            const qint64 count = imported.value;
            Q_EMIT statusMessage(
                tr("Imported %Ln delivery(s) from “%1”.", nullptr, formatting::pluralCount(count))
                    .arg(file));
            m_cleared.remove(ref.toString());
            if (m_webhook && m_webhook->ref() == ref)
                refresh();
            end(count);
        });
}

DeliveryHistoryPage::~DeliveryHistoryPage()
{
    if (m_bulk)
        m_bulk->cancel();
}

bool DeliveryHistoryPage::isBulkRunning() const
{
    return !m_bulk.isNull();
}

QTableView *DeliveryHistoryPage::table() const
{
    return m_ui->table;
}

void DeliveryHistoryPage::goBack()
{
    Q_EMIT backRequested();
}

void DeliveryHistoryPage::restoreLayout()
{
    const auto restore = [](QSplitter *split, const char *key) {
        const QByteArray state = Settings::value(settingsKey(key)).toByteArray();
        if (!state.isEmpty() && split->restoreState(state))
            split->setProperty("placedByUser", true);
    };
    restore(m_ui->splitter, "splitter");
    restore(m_ui->listSplitter, "listSplitter");
    restore(m_ui->requestSplitter, "requestSplitter");
    restore(m_ui->responseSplitter, "responseSplitter");
    m_ui->wrapCheck->setChecked(Settings::value(settingsKey("wrap"), true).toBool());
    for (QPlainTextEdit *view : {m_ui->requestHeadersView, m_ui->requestBodyView,
                                 m_ui->responseHeadersView, m_ui->responseBodyView})
        view->setLineWrapMode(m_ui->wrapCheck->isChecked() ? QPlainTextEdit::WidgetWidth
                                                           : QPlainTextEdit::NoWrap);
}

void DeliveryHistoryPage::saveLayout()
{
    const auto save = [](QSplitter *split, const char *key) {
        if (split->property("placedByUser").toBool())
            Settings::setValue(settingsKey(key), split->saveState());
    };
    save(m_ui->splitter, "splitter");
    save(m_ui->listSplitter, "listSplitter");
    save(m_ui->requestSplitter, "requestSplitter");
    save(m_ui->responseSplitter, "responseSplitter");
}

void DeliveryHistoryPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Colours that carry meaning follow the palette (a dark theme, a change while running).
    // A page hears of a new application palette as a change of its own palette: only windows
    // get ApplicationPaletteChange, so theme::followPalette alone would miss it here.
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DeliveryHistoryPage::applyPalette()
{
    theme::setTone(m_ui->truncatedLabel, theme::Tone::Warning);
    m_requestHighlighter->updateColours();
    m_responseHighlighter->updateColours();
    // A label's links take their colour when its text is parsed: parse them again.
    for (QLabel *links : {m_ui->originalLink, m_ui->redeliveryNote, m_editedFromLink}) {
        if (!links)
            continue; // not made yet
        const QString text = links->text();
        links->clear();
        links->setText(text);
    }
    if (m_selected)
        showDetail(*m_selected);
}

bool DeliveryHistoryPage::eventFilter(QObject *watched, QEvent *event)
{
    // Headers and body share their tab by content until the user moves the handle: the
    // headers get room for about eight lines, the body the rest.
    if (event->type() == QEvent::Resize &&
        (watched == m_ui->requestSplitter || watched == m_ui->responseSplitter)) {
        auto *split = static_cast<QSplitter *>(watched);
        if (!split->property("placedByUser").toBool()) {
            auto *pane = split->widget(0);
            auto *view = pane->findChild<QPlainTextEdit *>();
            const int lines = view->fontMetrics().lineSpacing() * HeaderLines;
            const int chrome =
                2 * view->frameWidth() + int(view->document()->documentMargin() * 2) +
                pane->layout()->spacing() + pane->layout()->itemAt(0)->sizeHint().height();
            const int available = split->height() - split->handleWidth();
            // Not qBound: a splitter not yet laid out has less than the minimum to give.
            const int headers =
                qMax(pane->minimumSizeHint().height(), qMin(lines + chrome, available / 2));
            split->setSizes({headers, qMax(0, available - headers)});
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DeliveryHistoryPage::setWebhook(const Webhook &webhook)
{
    const bool same = m_webhook && m_webhook->ref() == webhook.ref();
    m_webhook = webhook;
    m_ui->titleLabel->setFullText(tr("Deliveries of “%1”").arg(webhook.displayName));
    updateSource();
    if (!same) {
        // Nothing of the webhook shown before stays on show.
        m_selected.reset();
        m_pendingSelection.clear();
        m_ui->table->setProperty("showsOutside", false);
        ++m_detailGeneration;
        m_ui->emptyDetailLabel->setText(tr("Select a delivery to see its request and response."));
        m_ui->detailStack->setCurrentWidget(m_ui->emptyDetailLabel);
        if (m_chart)
            m_chart->setStats({});
        m_ui->searchEdit->blockSignals(true);
        m_ui->searchEdit->clear();
        m_ui->searchEdit->blockSignals(false);
    }
    updateBulkBar();
    applyFilter();
    reloadStats();
    updateActions();
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

void DeliveryHistoryPage::clearFilters()
{
    for (QComboBox *combo : {m_ui->outcomeCombo, m_ui->kindCombo, m_ui->timeCombo}) {
        combo->blockSignals(true);
        combo->setCurrentIndex(0);
        combo->blockSignals(false);
    }
    m_ui->rangeUnit->hide();
    m_ui->searchEdit->blockSignals(true);
    m_ui->searchEdit->clear();
    m_ui->searchEdit->blockSignals(false);
    applyFilter();
    if (m_ui->clearFiltersButton->hasFocus() || !m_ui->table->isVisible())
        m_ui->table->setFocus(Qt::OtherFocusReason);
}

void DeliveryHistoryPage::refresh()
{
    if (!m_webhook)
        return;
    m_refreshDebounce.stop();
    m_model->refresh();
    reloadStats();
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
    // Whole days: from the first day's midnight, as the chart shows them.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDateTime since(today.addDays(-(HealthChartApi::Days - 1)), QTime(0, 0), Qt::UTC);
    whenReady(m_backend.dailyStats(ref, since), this,
              [this, ref, today](const Result<QList<DayStats>> &stats) {
                  if (stats.error) {
                      qCWarning(lcHistoryPage) << "daily statistics:" << stats.error.message;
                      return;
                  }
                  if (m_webhook && m_webhook->ref() == ref) {
                      if (m_chart)
                          m_chart->setStats(stats.value, today);
                      updateSource(); // Pulumi Cloud's history was read meanwhile
                  }
              });
}

void DeliveryHistoryPage::updateSource()
{
    if (!m_webhook)
        return;
    const Webhook &webhook = *m_webhook;
    QString text = tr("%1 · %2%3")
                       .arg(webhook.ref().toString(), validation::redactedUrl(webhook.payloadUrl),
                            webhook.active ? QString() : tr(" · paused"));
    // Pulumi Cloud sends these; the console keeps what it read of them.
    const QString apiUrl = m_backend.cloudApiUrl(webhook.scope.organization);
    if (!apiUrl.isEmpty()) {
        const QDateTime read = m_backend.historyRefreshedAt(webhook.ref());
        text += read.isValid()
                    ? tr(" · sent by Pulumi Cloud, read at %1")
                          .arg(QLocale().toString(read.toLocalTime().time(), QLocale::ShortFormat))
                    : tr(" · sent by Pulumi Cloud, not read yet");
    }
    m_ui->urlLabel->setFullText(text);
}

void DeliveryHistoryPage::updateCount(qint64 count)
{
    const int n = formatting::pluralCount(count);
    if (count < 0)
        m_ui->countLabel->setText(tr("Counting…"));
    else if (m_model->filter().isNarrowed())
        m_ui->countLabel->setText(tr("%Ln matching delivery(s)", nullptr, n));
    else
        m_ui->countLabel->setText(tr("%Ln delivery(s)", nullptr, n));
    updatePager();
    updateEmptyState();
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
        m_ui->pageLabel->clear();
        m_ui->pageLabel->setToolTip({});
        return;
    }
    // "101–131 of 131"; the range alone while counting.
    const qint64 offset = m_model->offset();
    const qint64 count = m_model->matchCount();
    if (offset < 0)
        m_ui->pageLabel->setText(count < 0 ? tr("Counting…") : QString());
    else {
        const QString range = rows == 1 ? formatting::count(offset + 1)
                                        : tr("%1–%2").arg(formatting::count(offset + 1),
                                                          formatting::count(offset + rows));
        m_ui->pageLabel->setText(count < 0 ? range
                                           : tr("%1 of %2").arg(range, formatting::count(count)));
    }
    // The page's time span, on hover: "Nov 29, 09:12:03 – 17:40:55".
    const QLocale locale;
    const QDateTime first = m_model->deliveryAt(rows - 1)->timestamp.toLocalTime();
    const QDateTime last = m_model->deliveryAt(0)->timestamp.toLocalTime();
    //: How a time of another day is written in the tooltip of "101–131 of 131" (a QDateTime
    //: format, in the user's language).
    const QString day = tr("MMM d, HH:mm:ss");
    m_ui->pageLabel->setToolTip(tr("%1 – %2").arg(
        locale.toString(first, day),
        locale.toString(last, first.date() == last.date() ? QStringLiteral("HH:mm:ss") : day)));
}

void DeliveryHistoryPage::updateEmptyState()
{
    // The table area says why it is empty, once the page has arrived.
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading() && m_webhook;
    if (!empty) {
        if (m_ui->listStack->currentWidget() != m_ui->table) {
            const bool focusInside = m_ui->emptyListPage->isAncestorOf(focusWidget());
            m_ui->listStack->setCurrentWidget(m_ui->table);
            if (focusInside)
                m_ui->table->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    const bool narrowed = m_model->filter().isNarrowed();
    if (narrowed)
        m_ui->emptyListLabel->setText(tr("No deliveries match these filters."));
    else if (m_cleared.contains(m_webhook->ref().toString()))
        m_ui->emptyListLabel->setText(
            tr("History cleared. No deliveries have been recorded since."));
    else
        m_ui->emptyListLabel->setText(
            tr("No deliveries recorded.\nSend a test ping to check the receiver."));
    m_ui->clearFiltersButton->setVisible(narrowed);
    const bool focusInTable = m_ui->table->hasFocus();
    m_ui->listStack->setCurrentWidget(m_ui->emptyListPage);
    if (focusInTable)
        (narrowed ? static_cast<QWidget *>(m_ui->clearFiltersButton) : m_ui->emptyListPage)
            ->setFocus(Qt::OtherFocusReason);
}

void DeliveryHistoryPage::rememberPlace()
{
    // The row the user is on (the selected one, when in sight; else the first in sight) and
    // where in the view it is, so the next page of the same rows puts it there again (new
    // deliveries arriving above it, a redelivery, a refresh).
    m_place = {};
    QTableView *table = m_ui->table;
    const int height = table->viewport()->height();
    const auto inSight = [&](int row) {
        const int y = table->rowViewportPosition(row);
        return row >= 0 && y + table->rowHeight(row) > 0 && y < height;
    };
    int row = m_selected ? m_model->rowOf(m_selected->id) : -1;
    if (!inSight(row)) {
        // At the top with nothing selected in sight: stay at the top, where new rows appear.
        if (table->verticalScrollBar()->value() == 0)
            return;
        row = table->rowAt(0);
    }
    if (const Delivery *d = m_model->deliveryAt(row)) {
        m_place.id = d->id;
        m_place.y = table->rowViewportPosition(row);
    }
}

void DeliveryHistoryPage::restorePlace()
{
    QTableView *table = m_ui->table;
    const int row = m_place.id.isEmpty() ? -1 : m_model->rowOf(m_place.id);
    if (row < 0) {
        table->scrollToTop(); // another page, or other filters: from its start
        return;
    }
    table->doItemsLayout(); // the scroll range of the new rows
    QScrollBar *bar = table->verticalScrollBar();
    bar->setValue(bar->value() + table->rowViewportPosition(row) - m_place.y);
}

void DeliveryHistoryPage::selectDelivery(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_ui->table->setProperty("showsOutside", false);
        m_ui->table->selectRow(row);
        return;
    }
    // Not on the page on show (another page, or outside the filters): shown from the
    // backend, with no row of the table selected.
    m_ui->table->setProperty("showsOutside", true);
    m_ui->table->selectionModel()->clearSelection();
    showDelivery(id);
}

void DeliveryHistoryPage::showSelected()
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    const Delivery *row = rows.isEmpty() ? nullptr : m_model->deliveryAt(rows.first().row());
    if (!row) {
        if (m_ui->table->property("showsOutside").toBool() && m_selected)
            return; // a delivery opened from a link, not a row
        ++m_detailGeneration;
        m_selected.reset();
        m_ui->emptyDetailLabel->setText(tr("Select a delivery to see its request and response."));
        m_ui->detailStack->setCurrentWidget(m_ui->emptyDetailLabel);
        updateActions();
        return;
    }
    m_ui->table->setProperty("showsOutside", false);
    showDelivery(row->id);
}

void DeliveryHistoryPage::showDelivery(const QString &id)
{
    const quint64 generation = ++m_detailGeneration;
    // The list holds no bodies: read the whole record. The same delivery again (a refresh)
    // keeps its detail on show meanwhile; another one says it is on its way.
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
        if (m_webhook && full.value.webhook != m_webhook->ref())
            return; // not this webhook's
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
    if (view->toPlainText() != text)
        view->setPlainText(text);
}

void DeliveryHistoryPage::showDetail(const Delivery &d)
{
    const bool pending = d.state == Delivery::State::Pending;
    QStringList summary{tr("#%1").arg(d.id), d.kind, formatting::relativeTime(d.timestamp)};
    if (!pending)
        summary << DeliveryHistoryModel::durationText(d);
    m_ui->detailSummary->setText(summary.join(QStringLiteral(" · ")));
    m_ui->detailSummary->setToolTip(tr("Sent %1").arg(formatting::exactTime(d.timestamp)));

    const QString outcome = pending         ? tr("… Pending: waiting for the receiver")
                            : d.succeeded() ? tr("✔ Succeeded: %1").arg(d.outcomeText())
                                            : tr("✘ Failed: %1").arg(d.outcomeText());
    m_ui->detailOutcomeLabel->setText(outcome);
    theme::setTone(m_ui->detailOutcomeLabel, pending         ? theme::Tone::Muted
                                             : d.succeeded() ? theme::Tone::Success
                                                             : theme::Tone::Failure);

    m_ui->originalLink->setVisible(!d.redeliveryOf.isEmpty());
    if (!d.redeliveryOf.isEmpty()) {
        m_ui->originalLink->setText(tr("↻ A redelivery of %1").arg(link(d.redeliveryOf)));
        m_ui->originalLink->setToolTip(tr("Show delivery #%1").arg(d.redeliveryOf));
    }
    m_editedFromLink->setVisible(!d.editedFrom.isEmpty());
    if (!d.editedFrom.isEmpty()) {
        m_editedFromLink->setText(tr("✎ Edited from delivery %1").arg(link(d.editedFrom)));
        m_editedFromLink->setToolTip(tr("Show delivery #%1").arg(d.editedFrom));
    }
    showRedeliveryNote();

    m_ui->requestUrlLabel->setFullText(tr("POST %1").arg(validation::redactedUrl(d.requestUrl)));
    if (m_ui->requestHeadersView->toPlainText() != d.requestHeaders)
        m_ui->requestHeadersView->setPlainText(d.requestHeaders);
    setBody(m_ui->requestBodyView, m_requestHighlighter, d.payload);

    if (pending)
        m_ui->responseStatusLabel->setText(tr("Waiting for the receiver…"));
    else if (d.responseCode > 0)
        m_ui->responseStatusLabel->setText(
            tr("HTTP %1").arg(d.responseCode) +
            (d.error.isEmpty() ? QString() : QStringLiteral(" — ") + d.error));
    else
        m_ui->responseStatusLabel->setText(tr("No response: %1").arg(d.error));
    if (m_ui->responseHeadersView->toPlainText() != d.responseHeaders)
        m_ui->responseHeadersView->setPlainText(d.responseHeaders);
    setBody(m_ui->responseBodyView, m_responseHighlighter, d.responseBody);
    m_ui->truncatedLabel->setVisible(d.responseTruncated);
    // An empty box says why it is empty, and there is nothing in it to copy.
    const bool answered = !pending && d.responseCode > 0;
    m_ui->responseHeadersView->setPlaceholderText(pending ? tr("Waiting for the receiver…")
                                                  : answered
                                                      ? tr("The receiver sent no headers.")
                                                      : tr("No response: nothing answered."));
    m_ui->responseBodyView->setPlaceholderText(pending ? tr("Waiting for the receiver…")
                                               : answered
                                                   ? tr("The receiver answered with an empty body.")
                                                   : tr("No response: nothing answered."));
    m_ui->requestBodyView->setPlaceholderText(tr("Nothing was sent in the body."));
    for (const auto &[copy, view] :
         {std::pair{m_ui->copyRequestHeadersButton, m_ui->requestHeadersView},
          std::pair{m_ui->copyRequestBodyButton, m_ui->requestBodyView},
          std::pair{m_ui->copyResponseHeadersButton, m_ui->responseHeadersView},
          std::pair{m_ui->copyResponseBodyButton, m_ui->responseBodyView}})
        copy->setEnabled(!view->document()->isEmpty());
    m_ui->detailStack->setCurrentWidget(m_ui->detailPage);
}

void DeliveryHistoryPage::showRedeliveryNote()
{
    // What became of redelivering the delivery on show: on its way, or its new record (a
    // link: the new record may be outside the filters or on another page).
    QLabel *note = m_ui->redeliveryNote;
    if (!m_selected) {
        note->hide();
        return;
    }
    const QString id = m_selected->id;
    if (m_redelivering.contains(id)) {
        note->setText(tr("↻ Redelivering #%1…").arg(id.toHtmlEscaped()));
        note->setTextInteractionFlags(Qt::NoTextInteraction);
        note->setFocusPolicy(Qt::NoFocus);
        note->show();
    } else if (const auto it = m_redelivered.constFind(id); it != m_redelivered.cend()) {
        const Delivery &copy = *it;
        const QString outcome = copy.state == Delivery::State::Pending ? tr("pending")
                                : copy.succeeded() ? tr("✔ %1").arg(copy.outcomeText())
                                                   : tr("✘ %1").arg(copy.outcomeText());
        note->setText(tr("↻ Redelivered as %1: %2").arg(link(copy.id), outcome.toHtmlEscaped()));
        note->setToolTip(tr("Show delivery #%1").arg(copy.id));
        note->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        note->setFocusPolicy(Qt::StrongFocus);
        note->show();
    } else {
        note->hide();
    }
}

void DeliveryHistoryPage::confirmCopy(QPushButton *button, const QString &what)
{
    // "Copied ✓" on the button for a moment, for eyes and screen readers alike.
    auto *timer = button->findChild<QTimer *>(QStringLiteral("copyFeedback"));
    if (!timer) {
        timer = new QTimer(button);
        timer->setObjectName(QStringLiteral("copyFeedback"));
        timer->setSingleShot(true);
        timer->setInterval(CopyFeedback);
        connect(timer, &QTimer::timeout, button, [button] {
            button->setText(tr("Copy"));
            button->setAccessibleDescription({});
        });
    }
    button->setText(tr("Copied ✓"));
    button->setAccessibleDescription(tr("%1 copied to the clipboard").arg(what));
    timer->start();
    Q_EMIT statusMessage(tr("%1 copied to the clipboard.").arg(what));
}

void DeliveryHistoryPage::updateActions()
{
    const bool ownBulk = m_bulk && m_webhook && m_bulkWebhook == m_webhook->ref();
    m_ui->pingButton->setEnabled(m_webhook.has_value() && !m_pinging);
    m_ui->pingButton->setText(m_pinging ? tr("Sending test &ping…") : tr("Send test &ping"));
    const bool inFlight = m_selected && m_redelivering.contains(m_selected->id);
    m_ui->redeliverButton->setEnabled(m_selected.has_value() &&
                                      m_selected->state == Delivery::State::Completed && !inFlight);
    m_ui->redeliverButton->setText(inFlight ? tr("&Redelivering…") : tr("&Redeliver"));
    m_ui->redeliverFailedButton->setEnabled(m_webhook.has_value() && !m_bulk &&
                                            m_model->matchCount() != 0);
    m_ui->redeliverFailedButton->setToolTip(
        m_bulk && !ownBulk ? tr("Another webhook's failed events are being redelivered.")
                           : tr("Send every event of the current filter that no attempt "
                                "delivered once more"));
    m_ui->clearButton->setEnabled(m_webhook.has_value() && !ownBulk);

    if (!m_redeliverAction)
        return; // still being built
    m_redeliverAction->setEnabled(m_ui->redeliverButton->isEnabled());
    const bool cloud = isCloud();
    m_editAndSendAction->setEnabled(m_selected.has_value() && !cloud);
    m_editAndSendAction->setToolTip(
        cloud ? tr("Pulumi Cloud sends this webhook's deliveries: Edit and Send works on the "
                   "console's own webhooks.")
              : tr("Change this delivery's payload, headers, target or signing and send it as a "
                   "new delivery (%1)")
                    .arg(m_editAndSendAction->shortcut().toString(QKeySequence::NativeText)));
    m_exportAction->setEnabled(m_webhook.has_value());
    m_exportAction->setToolTip(
        tr("Save this webhook's deliveries to a HAR, JSON Lines or CSV file (%1)")
            .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_importAction->setEnabled(m_webhook.has_value() && !cloud && !m_importing);
    m_importAction->setText(m_importing ? tr("Importing…") : tr("Import…"));
    m_importAction->setToolTip(
        cloud ? tr("The history of a Pulumi Cloud webhook is Pulumi's: import into one of the "
                   "console's own webhooks.")
              : tr("Add deliveries from a HAR or JSON Lines file to this webhook's history (%1)")
                    .arg(m_importAction->shortcut().toString(QKeySequence::NativeText)));
}

void DeliveryHistoryPage::updateBulkBar()
{
    // The bar belongs to the webhook whose events it redelivers, and goes when the run ends.
    const bool show = m_bulk && m_webhook && m_bulkWebhook == m_webhook->ref();
    m_ui->bulkBar->setVisible(show);
}

void DeliveryHistoryPage::sendPing()
{
    if (!m_webhook || m_pinging)
        return;
    m_pinging = true;
    updateActions();
    const WebhookRef ref = m_webhook->ref();
    whenReady(m_backend.ping(ref), this, [this, ref](const Result<Delivery> &sent) {
        m_pinging = false;
        updateActions();
        if (sent.error) {
            if (m_webhook && m_webhook->ref() == ref &&
                SecretPromptDialog::askIfNeeded(sent.error, m_backend, *m_webhook, this,
                                                [this] { sendPing(); }))
                return;
            Q_EMIT statusMessage(sent.error.message);
            return;
        }
        // The new ping, when the list shows it (the filters may leave it out).
        if (m_webhook && m_webhook->ref() == ref) {
            if (const int row = m_model->rowOf(sent.value.id); row >= 0)
                m_ui->table->selectRow(row);
            else
                m_pendingSelection = {sent.value.id};
        }
        Q_EMIT statusMessage(tr("Ping: %1").arg(sent.value.outcomeText()));
        Q_EMIT redeliveryFinished(sent.value);
    });
}

void DeliveryHistoryPage::redeliverSelected()
{
    if (!m_selected || m_redelivering.contains(m_selected->id))
        return;
    const QString originalId = m_selected->id;
    m_redelivering.insert(originalId);
    updateActions();
    showRedeliveryNote();
    whenReady(
        m_backend.redeliver(originalId), this, [this, originalId](const Result<Delivery> &sent) {
            m_redelivering.remove(originalId);
            if (sent.error) {
                updateActions();
                showRedeliveryNote();
                if (m_webhook && SecretPromptDialog::askIfNeeded(
                                     sent.error, m_backend, *m_webhook, this, [this, originalId] {
                                         if (m_selected && m_selected->id == originalId)
                                             redeliverSelected();
                                     }))
                    return;
                Prompt::warning(
                    this, tr("Redeliver"),
                    tr("Delivery #%1 was not redelivered. %2").arg(originalId, sent.error.message));
                return;
            }
            // The user stays where they were: the original's detail says how its
            // redelivery went, with a link to the new record.
            m_redelivered.insert(originalId, sent.value);
            updateActions();
            showRedeliveryNote();
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
    const int n = int(qMin<qint64>(events, INT_MAX));
    const QString url = validation::redactedUrl(m_webhook->payloadUrl);
    const bool yes = Prompt::confirm(
        this, tr("Redeliver failed events"),
        // One event is said differently (nothing runs side by side), not only in another form.
        n == 1 ? tr("Redeliver the 1 failed event that matches the current filter to %1? It is "
                    "sent once more, from its original delivery.")
                     .arg(url)
               : tr("Redeliver %Ln failed event(s) that match the current filter to %1? Each is "
                    "sent once more, from its original delivery; at most %2 are sent at once.",
                    nullptr, n)
                     .arg(url)
                     .arg(concurrency),
        tr("Redeliver %Ln event(s)", nullptr, n));
    if (!yes)
        return;

    m_bulk = m_backend.redeliverFailed(filter, concurrency, this);
    m_bulkWebhook = filter.webhook;
    m_ui->bulkProgress->setRange(0, n);
    m_ui->bulkProgress->setValue(0);
    m_ui->bulkLabel->setText(
        tr("Redelivering %1 of %Ln event(s)…", nullptr, n).arg(formatting::count(0)));
    m_ui->bulkCancelButton->setEnabled(true);
    connect(m_bulk, &BulkRedelivery::progress, this, [this](qint64 done, qint64 total) {
        m_ui->bulkProgress->setValue(int(done));
        m_ui->bulkLabel->setText(
            tr("Redelivered %1 of %Ln event(s)", nullptr, formatting::pluralCount(total))
                .arg(formatting::count(done)));
    });
    connect(m_bulk, &BulkRedelivery::finished, this, [this](const Error &error) {
        BulkRedelivery *bulk = m_bulk;
        const qint64 done = bulk->done();
        const qint64 succeeded = bulk->succeeded();
        const int n = formatting::pluralCount(done);
        QString text =
            bulk->isCancelled()
                ? tr("Redelivery cancelled after %Ln event(s): %1 succeeded.", nullptr, n)
                      .arg(formatting::count(succeeded))
                : tr("Redelivered %Ln event(s): %1 succeeded, %2 failed.", nullptr, n)
                      .arg(formatting::count(succeeded), formatting::count(done - succeeded));
        if (error)
            text += QLatin1Char(' ') + error.message;
        bulk->deleteLater();
        m_bulk = nullptr;
        // The run is over: its bar goes; what it did is in the list and the status bar.
        updateBulkBar();
        updateActions();
        scheduleRefresh();
        Q_EMIT statusMessage(text);
        Q_EMIT bulkFinished(done, succeeded);
    });
    updateBulkBar();
    m_bulk->start();
    updateActions();
}

void DeliveryHistoryPage::clearHistory()
{
    if (!m_webhook)
        return;
    const bool yes =
        Prompt::confirm(this, tr("Clear history"),
                        tr("Delete every recorded delivery of “%1”? This cannot be undone.")
                            .arg(m_webhook->displayName),
                        tr("Clear history"));
    if (!yes)
        return;
    m_ui->clearButton->setEnabled(false);
    m_ui->countLabel->setText(tr("Clearing…"));
    const WebhookRef ref = m_webhook->ref();
    whenReady(m_backend.clearHistory(ref), this, [this, ref](const Result<qint64> &r) {
        Q_EMIT statusMessage(
            r.error ? r.error.message
                    : tr("Removed %Ln delivery(s).", nullptr, formatting::pluralCount(r.value)));
        if (!r.error)
            m_cleared.insert(ref.toString());
        if (m_webhook && m_webhook->ref() == ref) {
            ++m_detailGeneration;
            m_selected.reset();
            m_ui->table->setProperty("showsOutside", false);
            m_ui->emptyDetailLabel->setText(
                tr("Select a delivery to see its request and response."));
            m_ui->detailStack->setCurrentWidget(m_ui->emptyDetailLabel);
            m_model->refresh();
            reloadStats();
        }
        updateBulkBar();
        updateActions();
        Q_EMIT historyCleared();
    });
}

} // namespace wc::gui
