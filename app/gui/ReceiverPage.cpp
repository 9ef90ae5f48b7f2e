#include "ReceiverPage.h"

#include "FocusRing.h"
#include "Formatting.h"
#include "JsonHighlighter.h"
#include "Theme.h"

#include "Async.h"
#include "WebhookBackend.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcReceiverPage, "webhookconsole.gui.receiver")

namespace wc::gui {

namespace {

/// How long the Copy button says "Copied ✓".
constexpr int CopyFeedbackMs = 1500;
/// Bodies of the console's own deliveries remembered to tell a changed body.
constexpr int RememberedBodies = 500;
/// Lines of headers the headers pane shows before the body takes the rest.
constexpr int HeaderLines = 9;

using Outcome = SignatureVerdict::Outcome;
using Reason = SignatureVerdict::Reason;

theme::Tone toneOf(const ReceivedRequest &r)
{
    if (!r.verified)
        return theme::Tone::Muted;
    switch (r.verdict.outcome) {
    case Outcome::Valid:
        return theme::Tone::Success;
    case Outcome::Invalid:
        return theme::Tone::Failure;
    case Outcome::Unsigned:
        break;
    }
    return theme::Tone::Warning;
}

QString prettyJson(const QByteArray &body, bool *isJson)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    *isJson = error.error == QJsonParseError::NoError && !json.isNull();
    return *isJson ? QString::fromUtf8(json.toJson(QJsonDocument::Indented))
                   : QString::fromUtf8(body);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

/// Whether `haystack` holds `needle`, in any case (bodies and headers are bytes: an ASCII
/// needle is looked for without decoding them).
bool holds(const QByteArray &haystack, const QString &needle, bool asciiNeedle)
{
    if (asciiNeedle)
        return QLatin1StringView(haystack).contains(needle, Qt::CaseInsensitive);
    return QString::fromUtf8(haystack).contains(needle, Qt::CaseInsensitive);
}

/// Shows the rows of a ReceivedRequestModel that hold a text.
class RequestFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNeedle(const QString &needle)
    {
        if (needle == m_needle)
            return;
        m_needle = needle;
        invalidateFilter();
    }
    [[nodiscard]] const QString &needle() const { return m_needle; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (parent.isValid())
            return false;
        const auto *model = static_cast<const ReceivedRequestModel *>(sourceModel());
        return model->matches(row, m_needle);
    }

private:
    QString m_needle;
};

} // namespace

// The model.

ReceivedRequestModel::ReceivedRequestModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReceivedRequestModel::add(const ReceivedRequest &request)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(Entry{request, Answer::Waiting});
    m_bytes += request.body.size();
    endInsertRows();
    // The oldest go when there are too many, or their bodies take too much memory.
    int keep = int(m_rows.size());
    qint64 bytes = m_bytes;
    while (keep > 1 && (keep > MaxRequests || bytes > MaxBytes)) {
        --keep;
        bytes -= m_rows.at(keep).request.body.size();
    }
    if (keep < m_rows.size()) {
        beginRemoveRows({}, keep, int(m_rows.size()) - 1);
        m_rows.resize(keep);
        m_bytes = bytes;
        endRemoveRows();
    }
}

void ReceivedRequestModel::setAnswered(qint64 id, bool delivered)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].answer = delivered ? Answer::Sent : Answer::Dropped;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void ReceivedRequestModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_bytes = 0;
    endResetModel();
}

const ReceivedRequest *ReceivedRequestModel::requestAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).request : nullptr;
}

ReceivedRequestModel::Answer ReceivedRequestModel::answerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).answer : Answer::Waiting;
}

int ReceivedRequestModel::rowOf(qint64 id) const
{
    // A plain search: there are at most MaxRequests rows.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).request.id == id)
            return row;
    }
    return -1;
}

bool ReceivedRequestModel::matches(int row, const QString &needle) const
{
    const ReceivedRequest *r = requestAt(row);
    if (!r)
        return false;
    if (needle.isEmpty())
        return true;
    const bool ascii =
        std::all_of(needle.begin(), needle.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (holds(r->method, needle, ascii) || r->path.contains(needle, Qt::CaseInsensitive) ||
        verdictCell(*r).contains(needle, Qt::CaseInsensitive) ||
        r->verdict.text.contains(needle, Qt::CaseInsensitive) ||
        QString::number(r->respondedStatus) == needle)
        return true;
    for (const auto &[name, value] : r->headers) {
        if (holds(name + ": " + value, needle, ascii))
            return true;
    }
    return holds(r->body, needle, ascii);
}

QString ReceivedRequestModel::verdictCell(const ReceivedRequest &r)
{
    if (!r.verified)
        return tr("– Not checked");
    switch (r.verdict.outcome) {
    case Outcome::Valid:
        return r.verdict.secretIndex > 0 ? tr("✔ Valid (previous secret)") : tr("✔ Valid");
    case Outcome::Unsigned:
        return tr("○ Unsigned");
    case Outcome::Invalid:
        break;
    }
    switch (r.verdict.reason) {
    case Reason::WrongSecret:
        return tr("✘ Wrong secret");
    case Reason::BodyChanged:
        return tr("✘ Body changed");
    case Reason::TimestampTooOld:
        return tr("✘ Timestamp too old");
    case Reason::TimestampTooNew:
        return tr("✘ Timestamp too new");
    case Reason::HeaderMissing:
        return tr("✘ Header missing");
    case Reason::HeaderMalformed:
        return tr("✘ Header malformed");
    case Reason::NoSecret:
        return tr("✘ No secret to check with");
    case Reason::None:
        break;
    }
    return tr("✘ Invalid");
}

QString ReceivedRequestModel::verdictText(const ReceivedRequest &r)
{
    if (!r.verified)
        return tr("– %1").arg(r.verdict.text);
    switch (r.verdict.outcome) {
    case Outcome::Valid:
        return tr("✔ %1").arg(r.verdict.text);
    case Outcome::Invalid:
        return tr("✘ %1").arg(r.verdict.text);
    case Outcome::Unsigned:
        break;
    }
    return tr("○ %1").arg(r.verdict.text);
}

int ReceivedRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReceivedRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceivedRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows.at(index.row());
    const ReceivedRequest &r = e.request;
    switch (role) {
    case RequestIdRole:
        return r.id;
    case OutcomeRole:
        return r.verified ? r.verdict.outcomeKey() : QStringLiteral("not-checked");
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(r.receivedAt.toLocalTime().time(),
                                      QStringLiteral("HH:mm:ss"));
        case MethodColumn:
            return QString::fromLatin1(r.method);
        case PathColumn:
            return r.path;
        case VerdictColumn:
            return verdictCell(r);
        case StatusColumn:
            switch (e.answer) {
            case Answer::Waiting:
                return r.delayMs > 0 ? tr("… %1 in %2")
                                           .arg(r.respondedStatus)
                                           .arg(formatting::duration(r.delayMs))
                                     : tr("… %1").arg(r.respondedStatus);
            case Answer::Sent:
                return QString::number(r.respondedStatus);
            case Answer::Dropped:
                return tr("✘ not sent");
            }
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return formatting::exactTime(r.receivedAt);
        case PathColumn:
            return r.path;
        case VerdictColumn:
            return r.verdict.text;
        case StatusColumn:
            if (e.answer == Answer::Dropped)
                return tr("Not answered: the client had gone (or the receiver stopped) before "
                          "the delay ended.");
            return r.delayMs > 0 ? tr("Answered %1 after %2")
                                       .arg(r.respondedStatus)
                                       .arg(formatting::duration(r.delayMs))
                                 : tr("Answered %1").arg(r.respondedStatus);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn)
            return QBrush(theme::color(toneOf(r)));
        if (index.column() == StatusColumn)
            return QBrush(theme::color(e.answer == Answer::Waiting ? theme::Tone::Muted
                                       : e.answer == Answer::Dropped || r.respondedStatus >= 300
                                           ? theme::Tone::Failure
                                           : theme::Tone::Success));
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == VerdictColumn)
            return r.verdict.text;
        if (index.column() == TimeColumn)
            return formatting::exactTime(r.receivedAt);
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant ReceivedRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case VerdictColumn:
        return tr("Signature");
    case StatusColumn:
        return tr("Answered");
    }
    return {};
}

// The page.

ReceiverPage::ReceiverPage(WebhookBackend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_receiver(new Receiver(this))
    , m_model(new ReceivedRequestModel(this))
    , m_filter(new RequestFilter(this))
{
    m_filter->setSourceModel(m_model);
    buildUi();

    m_receiver->setSignedBodyLookup(
        [this](const QByteArray &id) { return m_sentBodies.value(id); });
    connect(m_receiver, &Receiver::received, this, &ReceiverPage::received);
    connect(m_receiver, &Receiver::answered, this, [this](qint64 id, int, bool delivered) {
        m_model->setAnswered(id, delivered);
        if (const auto selected = selectedRequest(); selected && selected->id == id)
            showSelected();
    });
    connect(m_receiver, &Receiver::listeningChanged, this, &ReceiverPage::updateListening);

    // The webhooks to choose from stay current; the chosen one's secrets too.
    m_reloadDebounce.setSingleShot(true);
    m_reloadDebounce.setInterval(200);
    connect(&m_reloadDebounce, &QTimer::timeout, this, &ReceiverPage::reloadWebhooks);
    auto changed = [this] {
        if (!m_webhooksGiven && m_webhooksRead)
            m_reloadDebounce.start();
    };
    connect(&m_backend, &WebhookBackend::webhookAdded, this, changed);
    connect(&m_backend, &WebhookBackend::webhookRemoved, this, changed);
    connect(&m_backend, &WebhookBackend::scopeRenamed, this, changed);
    connect(&m_backend, &WebhookBackend::scopeRemoved, this, changed);
    connect(&m_backend, &WebhookBackend::refreshNeeded, this, changed);
    connect(&m_backend, &WebhookBackend::cloudConnectionsChanged, this, changed);
    connect(&m_backend, &WebhookBackend::webhookChanged, this,
            [this, changed](const WebhookRef &before, const Webhook &after) {
                if (m_chosen && *m_chosen == before)
                    m_chosen = after.ref(); // its secret may have changed: read again below
                if (m_webhooksGiven) {
                    for (Webhook &w : m_webhooks) {
                        if (w.ref() == before)
                            w = after;
                    }
                    updateWebhookCombo();
                    return;
                }
                changed();
            });
    connect(&m_backend, &WebhookBackend::deliveryRecorded, this, &ReceiverPage::rememberSent);

    updateWebhookCombo();
    applyResponse();
    updateListening();
    updateEmptyState();
}

ReceiverPage::~ReceiverPage() = default;

void ReceiverPage::buildUi()
{
    auto *page = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Receiver"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setObjectName(QStringLiteral("titleLabel"));
    auto *intro = new QLabel(tr("Listens on this computer only (127.0.0.1) and shows every request "
                                "sent to it as it arrives. Choose a webhook to check signatures "
                                "with its scheme and secrets."),
                             this);
    intro->setWordWrap(true);
    theme::setTone(intro, theme::Tone::Muted);
    page->addWidget(title);
    page->addWidget(intro);

    // Settings.
    auto *settings = new QGridLayout;
    settings->setColumnStretch(1, 1);

    auto *webhookLabel = new QLabel(tr("Verif&y against:"), this);
    m_webhookCombo = new QComboBox(this);
    m_webhookCombo->setObjectName(QStringLiteral("webhookCombo"));
    m_webhookCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_webhookCombo->setMinimumContentsLength(24);
    m_webhookCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    webhookLabel->setBuddy(m_webhookCombo);
    m_pointButton = new QPushButton(tr("Poi&nt a webhook here…"), this);
    m_pointButton->setObjectName(QStringLiteral("pointButton"));
    m_pointButton->setToolTip(tr("Send the chosen webhook's deliveries to this receiver: "
                                 "starts it if needed and opens the webhook with this URL"));
    m_keysLabel = new QLabel(this);
    m_keysLabel->setObjectName(QStringLiteral("keysLabel"));
    m_keysLabel->setWordWrap(true);
    m_keysLabel->setTextFormat(Qt::PlainText);
    settings->addWidget(webhookLabel, 0, 0);
    settings->addWidget(m_webhookCombo, 0, 1);
    settings->addWidget(m_pointButton, 0, 2);
    settings->addWidget(m_keysLabel, 1, 1, 1, 2);

    auto *portLabel = new QLabel(tr("&Port:"), this);
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("Automatic"));
    m_portSpin->setToolTip(tr("The port to listen on; Automatic lets the system pick a free one"));
    m_portSpin->setAccessibleName(tr("Port"));
    portLabel->setBuddy(m_portSpin);
    auto *statusLabel = new QLabel(tr("&Answer with:"), this);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setEditable(true);
    m_statusCombo->setInsertPolicy(QComboBox::NoInsert);
    for (const auto &[code, phrase] :
         {std::pair{200, tr("OK")}, std::pair{201, tr("Created")}, std::pair{204, tr("No Content")},
          std::pair{400, tr("Bad Request")}, std::pair{401, tr("Unauthorized")},
          std::pair{404, tr("Not Found")}, std::pair{409, tr("Conflict")},
          std::pair{500, tr("Internal Server Error")}, std::pair{502, tr("Bad Gateway")},
          std::pair{503, tr("Service Unavailable")}})
        m_statusCombo->addItem(QStringLiteral("%1 %2").arg(code).arg(phrase), code);
    m_statusCombo->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[0-9]{0,3}( .*)?$")), m_statusCombo));
    m_statusCombo->setToolTip(tr("The HTTP status every request is answered with: choose one "
                                 "or type any from 200 to 599"));
    m_statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    statusLabel->setBuddy(m_statusCombo);
    auto *delayLabel = new QLabel(tr("af&ter:"), this);
    m_delaySpin = new QSpinBox(this);
    m_delaySpin->setObjectName(QStringLiteral("delaySpin"));
    m_delaySpin->setRange(0, Receiver::MaxDelayMs);
    m_delaySpin->setSingleStep(100);
    m_delaySpin->setSuffix(tr(" ms"));
    m_delaySpin->setSpecialValueText(tr("No delay"));
    m_delaySpin->setToolTip(tr("How long to wait before answering, to rehearse a slow receiver "
                               "(senders time out after 10 s)"));
    m_delaySpin->setAccessibleName(tr("Delay before answering"));
    delayLabel->setBuddy(m_delaySpin);
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(false);
    m_startButton->setAutoDefault(false);
    auto *listenRow = new QHBoxLayout;
    listenRow->addWidget(m_portSpin);
    listenRow->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 2);
    listenRow->addWidget(statusLabel);
    listenRow->addWidget(m_statusCombo);
    listenRow->addWidget(delayLabel);
    listenRow->addWidget(m_delaySpin);
    listenRow->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 2);
    listenRow->addWidget(m_startButton);
    listenRow->addStretch(1);
    // As wide as its widest text, so that starting and stopping move nothing.
    for (const QString &text : {tr("&Start"), tr("&Stop")}) {
        m_startButton->setText(text);
        m_startButton->setMinimumWidth(
            qMax(m_startButton->minimumWidth(), m_startButton->sizeHint().width()));
    }
    settings->addWidget(portLabel, 2, 0);
    settings->addLayout(listenRow, 2, 1, 1, 2);

    m_portError = new QLabel(this);
    m_portError->setObjectName(QStringLiteral("portError"));
    m_portError->setWordWrap(true);
    m_portError->setTextFormat(Qt::PlainText);
    theme::setTone(m_portError, theme::Tone::Failure);
    m_portError->hide();
    m_statusError = new QLabel(tr("Type a status from 200 to 599."), this);
    m_statusError->setObjectName(QStringLiteral("statusError"));
    theme::setTone(m_statusError, theme::Tone::Failure);
    m_statusError->hide();
    auto *errors = new QVBoxLayout;
    errors->setContentsMargins(0, 0, 0, 0);
    errors->addWidget(m_portError);
    errors->addWidget(m_statusError);
    settings->addLayout(errors, 3, 1, 1, 2);

    auto *urlTitle = new QLabel(tr("URL:"), this);
    m_urlLabel = new QLabel(this);
    m_urlLabel->setTextFormat(Qt::PlainText);
    m_urlLabel->setObjectName(QStringLiteral("urlLabel"));
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_copyUrlButton = new QPushButton(tr("&Copy"), this);
    m_copyUrlButton->setObjectName(QStringLiteral("copyUrlButton"));
    m_copyUrlButton->setAccessibleName(tr("Copy the receiver's URL"));
    m_copyUrlButton->setText(tr("Copied ✓"));
    m_copyUrlButton->setMinimumWidth(m_copyUrlButton->sizeHint().width());
    m_copyUrlButton->setText(tr("&Copy"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlLabel); // whole while there is room: it is what gets copied
    urlRow->addWidget(m_copyUrlButton);
    urlRow->addStretch(1);
    settings->addWidget(urlTitle, 4, 0);
    settings->addLayout(urlRow, 4, 1, 1, 2);
    page->addLayout(settings);

    // The list (left) and the selected request (right).
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->setChildrenCollapsible(false);

    auto *listSide = new QWidget(splitter);
    auto *list = new QVBoxLayout(listSide);
    list->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    m_searchEdit = new QLineEdit(listSide);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search requests"));
    m_searchEdit->setToolTip(
        tr("Finds requests by method, path, headers, body or verdict, in any case (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search received requests"));
    m_countLabel = new QLabel(listSide);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    theme::setTone(m_countLabel, theme::Tone::Muted);
    m_clearButton = new QPushButton(tr("C&lear"), listSide);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setToolTip(tr("Forget every received request"));
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_countLabel);
    searchRow->addWidget(m_clearButton);
    list->addLayout(searchRow);

    m_listStack = new QStackedWidget(listSide);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("requestTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReceivedRequestModel::PathColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(header->fontMetrics().averageCharWidth() * 6);
    m_emptyLabel = new QLabel(m_listStack);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    theme::setTone(m_emptyLabel, theme::Tone::Muted);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyLabel);
    list->addWidget(m_listStack, 1);

    m_detailStack = new QStackedWidget(splitter);
    m_emptyDetailLabel =
        new QLabel(tr("Select a request to see its headers, its body and the verdict on its "
                      "signature."),
                   m_detailStack);
    m_emptyDetailLabel->setAlignment(Qt::AlignCenter);
    m_emptyDetailLabel->setWordWrap(true);
    m_emptyDetailLabel->setMargin(24);
    theme::setTone(m_emptyDetailLabel, theme::Tone::Muted);
    auto *detail = new QWidget(m_detailStack);
    detail->setObjectName(QStringLiteral("detailPage"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_verdictLabel = new QLabel(detail);
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextFormat(Qt::PlainText);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont verdictFont = m_verdictLabel->font();
    verdictFont.setBold(true);
    m_verdictLabel->setFont(verdictFont);
    m_summaryLabel = new QLabel(detail);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_verdictLabel);
    detailLayout->addWidget(m_summaryLabel);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *panes = new QSplitter(Qt::Vertical, detail);
    panes->setChildrenCollapsible(false);
    auto *headersBox = new QWidget(panes);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    auto *headersTitle = new QLabel(tr("Headers"), headersBox);
    m_headersView = new QPlainTextEdit(headersBox);
    m_headersView->setObjectName(QStringLiteral("headersView"));
    headersTitle->setBuddy(m_headersView);
    headersLayout->addWidget(headersTitle);
    headersLayout->addWidget(m_headersView);
    auto *bodyBox = new QWidget(panes);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *bodyTitleRow = new QHBoxLayout;
    auto *bodyTitle = new QLabel(tr("Body"), bodyBox);
    m_bodyNote = new QLabel(bodyBox);
    m_bodyNote->setObjectName(QStringLiteral("bodyNote"));
    theme::setTone(m_bodyNote, theme::Tone::Warning);
    m_rawCheck = new QCheckBox(tr("&Raw"), bodyBox);
    m_rawCheck->setObjectName(QStringLiteral("rawCheck"));
    m_rawCheck->setToolTip(tr("Show the body exactly as received"));
    bodyTitleRow->addWidget(bodyTitle);
    bodyTitleRow->addWidget(m_bodyNote, 1);
    bodyTitleRow->addWidget(m_rawCheck);
    m_bodyView = new QPlainTextEdit(bodyBox);
    m_bodyView->setObjectName(QStringLiteral("bodyView"));
    m_bodyView->setPlaceholderText(tr("The request has no body."));
    bodyTitle->setBuddy(m_bodyView);
    bodyLayout->addLayout(bodyTitleRow);
    bodyLayout->addWidget(m_bodyView, 1);
    for (QPlainTextEdit *view : {m_headersView, m_bodyView}) {
        view->setReadOnly(true);
        view->setFont(mono);
        view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        view->setFocusPolicy(Qt::StrongFocus);
        view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    }
    m_headersView->setAccessibleName(tr("Request headers"));
    m_bodyView->setAccessibleName(tr("Request body"));
    const int lineHeight = QFontMetrics(mono).lineSpacing();
    panes->setStretchFactor(0, 0);
    panes->setStretchFactor(1, 1);
    panes->setSizes({lineHeight * HeaderLines, lineHeight * 20});
    detailLayout->addWidget(panes, 1);
    m_highlighter = new JsonHighlighter(m_bodyView->document());
    m_detailStack->addWidget(m_emptyDetailLabel);
    m_detailStack->addWidget(detail);

    splitter->addWidget(listSide);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 480});
    page->addWidget(splitter, 1);

    FocusRing::installAll(this);

    // Keys: Ctrl+F goes to Search.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(200);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] {
        static_cast<RequestFilter *>(m_filter)->setNeedle(m_searchEdit->text().trimmed());
        updateEmptyState();
    });
    connect(m_clearButton, &QPushButton::clicked, this, &ReceiverPage::clear);
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (isListening())
            stop();
        else
            start();
    });
    connect(m_copyUrlButton, &QPushButton::clicked, this, &ReceiverPage::copyUrl);
    connect(m_pointButton, &QPushButton::clicked, this, &ReceiverPage::pointHere);
    connect(m_webhookCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index <= 0)
            m_chosen.reset();
        chooseWebhook(index);
    });
    connect(m_statusCombo, &QComboBox::currentTextChanged, this, &ReceiverPage::applyResponse);
    connect(m_delaySpin, &QSpinBox::valueChanged, this, &ReceiverPage::applyResponse);
    connect(m_portSpin, &QSpinBox::valueChanged, m_portError, &QWidget::hide);
    connect(m_rawCheck, &QCheckBox::toggled, this, &ReceiverPage::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReceiverPage::showSelected);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ReceiverPage::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ReceiverPage::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReceiverPage::updateEmptyState);
}

void ReceiverPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_webhooksGiven && !m_webhooksRead) {
        m_webhooksRead = true;
        reloadWebhooks();
    }
}

void ReceiverPage::setWebhooks(const QList<Webhook> &webhooks)
{
    m_webhooksGiven = true;
    ++m_listGeneration; // a list still being read from the backend is not wanted
    m_webhooks = webhooks;
    std::sort(m_webhooks.begin(), m_webhooks.end(), [](const Webhook &a, const Webhook &b) {
        return a.ref().toString() < b.ref().toString();
    });
    updateWebhookCombo();
}

void ReceiverPage::reloadWebhooks()
{
    m_webhooksGiven = false;
    m_webhooksRead = true;
    const quint64 generation = ++m_listGeneration;
    whenReady(
        m_backend.organizations(), this,
        [this, generation](const Result<QStringList> &organizations) {
            if (generation != m_listGeneration)
                return;
            if (organizations.error) {
                qCWarning(lcReceiverPage)
                    << "cannot list organizations" << organizations.error.message;
                m_keysLabel->setText(
                    tr("The webhooks could not be read: %1").arg(organizations.error.message));
                theme::setTone(m_keysLabel, theme::Tone::Failure);
                return;
            }
            auto collected = std::make_shared<QList<Webhook>>();
            auto remaining = std::make_shared<qsizetype>(organizations.value.size());
            auto done = [this, collected] {
                m_webhooks = *collected;
                std::sort(m_webhooks.begin(), m_webhooks.end(),
                          [](const Webhook &a, const Webhook &b) {
                              return a.ref().toString() < b.ref().toString();
                          });
                updateWebhookCombo();
            };
            if (*remaining == 0) {
                done();
                return;
            }
            for (const QString &organization : organizations.value) {
                whenReady(m_backend.webhooks(Scope::organizationScope(organization),
                                             WebhookBackend::Depth::WithStacks),
                          this,
                          [this, generation, collected, remaining,
                           done](const Result<QList<WebhookSummary>> &list) {
                              if (generation != m_listGeneration)
                                  return;
                              for (const WebhookSummary &s : list.value)
                                  collected->append(s.webhook);
                              if (--*remaining == 0)
                                  done();
                          });
            }
        });
}

void ReceiverPage::updateWebhookCombo()
{
    const QSignalBlocker block(m_webhookCombo);
    m_webhookCombo->clear();
    m_webhookCombo->addItem(tr("(none: show requests only)"), -1);
    int current = 0;
    for (int i = 0; i < m_webhooks.size(); ++i) {
        const Webhook &w = m_webhooks.at(i);
        const QString name = w.displayName.isEmpty() ? w.name : w.displayName;
        m_webhookCombo->addItem(QStringLiteral("%1 — %2").arg(name, w.ref().toString()), i);
        m_webhookCombo->setItemData(m_webhookCombo->count() - 1, w.payloadUrl, Qt::ToolTipRole);
        if (m_chosen && w.ref() == *m_chosen)
            current = m_webhookCombo->count() - 1;
    }
    if (current == 0)
        m_chosen.reset(); // gone (deleted, or in an organization no longer here)
    m_webhookCombo->setCurrentIndex(current);
    // Read the chosen webhook's secrets again (they may have changed), or say there is none.
    chooseWebhook(current);
}

void ReceiverPage::setVerifyingWebhook(const WebhookRef &ref)
{
    for (int i = 1; i < m_webhookCombo->count(); ++i) {
        const int at = m_webhookCombo->itemData(i).toInt();
        if (at >= 0 && at < m_webhooks.size() && m_webhooks.at(at).ref() == ref) {
            if (m_webhookCombo->currentIndex() == i)
                chooseWebhook(i);
            else
                m_webhookCombo->setCurrentIndex(i);
            return;
        }
    }
    // Not in the list (yet): remember it, it is chosen when the list shows it.
    m_chosen = ref.isValid() ? std::optional<WebhookRef>(ref) : std::nullopt;
    {
        const QSignalBlocker block(m_webhookCombo);
        m_webhookCombo->setCurrentIndex(0);
    }
    chooseWebhook(0);
}

std::optional<WebhookRef> ReceiverPage::verifyingWebhook() const
{
    return m_chosen;
}

void ReceiverPage::chooseWebhook(int comboIndex)
{
    const quint64 generation = ++m_keysGeneration;
    const int at = m_webhookCombo->itemData(comboIndex).toInt();
    if (comboIndex <= 0 || at < 0 || at >= m_webhooks.size()) {
        // None chosen (a webhook asked for that the list does not show yet stays wanted).
        m_receiver->clearVerification();
        m_pointButton->setEnabled(false);
        m_keysLabel->setText(
            m_chosen ? tr("Looking for %1…").arg(m_chosen->toString())
                     : tr("Requests are shown, not checked: choose a webhook to check their "
                          "signatures."));
        theme::setTone(m_keysLabel, theme::Tone::Muted);
        Q_EMIT verificationReady();
        return;
    }
    const Webhook webhook = m_webhooks.at(at);
    const bool same = m_chosen && *m_chosen == webhook.ref() && m_receiver->verification();
    m_chosen = webhook.ref();
    m_pointButton->setEnabled(true);
    // Another webhook: nothing is checked with the last one's secrets meanwhile. The same
    // one read again: its secrets so far go on checking until the new ones are there.
    if (!same) {
        m_receiver->clearVerification();
        m_keysLabel->setText(tr("Reading the secrets of %1…").arg(webhook.ref().toString()));
        theme::setTone(m_keysLabel, theme::Tone::Muted);
    }
    whenReady(m_backend.signingKeys(webhook.ref()), this,
              [this, generation, webhook](const Result<SigningKeys> &keys) {
                  if (generation != m_keysGeneration)
                      return;
                  if (keys.error) {
                      m_receiver->clearVerification();
                      m_keysLabel->setText(
                          tr("Requests are shown, not checked: the secrets of %1 could not be "
                             "read. %2")
                              .arg(webhook.ref().toString(), keys.error.message));
                      theme::setTone(m_keysLabel, theme::Tone::Failure);
                      Q_EMIT verificationReady();
                      return;
                  }
                  m_receiver->setVerification(keys.value);
                  const QString scheme = SignatureScheme::get(keys.value.scheme).displayName();
                  if (keys.value.secrets.isEmpty()) {
                      m_keysLabel->setText(
                          webhook.hasSecret
                              ? tr("Its secret is not on this computer (Pulumi Cloud keeps "
                                   "it): signed requests are shown but cannot be checked.")
                              : tr("It has no secret: signed requests are shown but cannot be "
                                   "checked."));
                      theme::setTone(m_keysLabel, theme::Tone::Warning);
                  } else {
                      m_keysLabel->setText(
                          keys.value.secrets.size() == 1
                              ? tr("Checks %1 signatures with its current secret.").arg(scheme)
                              : tr("Checks %1 signatures with its current and its previous "
                                   "secret (a rotation is under way).")
                                    .arg(scheme));
                      theme::setTone(m_keysLabel, theme::Tone::Muted);
                  }
                  Q_EMIT verificationReady();
              });
}

void ReceiverPage::applyResponse()
{
    static const QRegularExpression leading(QStringLiteral("^\\s*([0-9]{3})\\b"));
    const QRegularExpressionMatch match = leading.match(m_statusCombo->currentText());
    const int status = match.hasMatch() ? match.captured(1).toInt() : 0;
    const bool valid = status >= 200 && status <= 599;
    m_statusError->setVisible(!valid);
    if (!valid)
        return; // the last good status goes on being answered
    m_receiver->setResponse(status, m_delaySpin->value());
}

bool ReceiverPage::start()
{
    m_portError->hide();
    const Error e = m_receiver->listen(quint16(m_portSpin->value()));
    if (e) {
        m_portError->setText(e.message);
        m_portError->show();
        m_portSpin->setFocus(Qt::OtherFocusReason);
        m_portSpin->selectAll();
        updateListening();
        return false;
    }
    applyResponse();
    updateListening();
    return true;
}

void ReceiverPage::stop()
{
    m_receiver->stop();
    updateListening();
}

bool ReceiverPage::isListening() const
{
    return m_receiver->isListening();
}

QString ReceiverPage::url() const
{
    return m_receiver->url();
}

void ReceiverPage::updateListening()
{
    const bool listening = isListening();
    m_startButton->setText(listening ? tr("&Stop") : tr("&Start"));
    m_startButton->setToolTip(listening ? tr("Stop listening: requests are refused")
                                        : tr("Listen for requests on 127.0.0.1"));
    m_portSpin->setEnabled(!listening);
    m_urlLabel->setText(listening ? url() : tr("Not listening"));
    m_urlLabel->setEnabled(listening);
    m_copyUrlButton->setEnabled(listening);
    updateEmptyState();
}

void ReceiverPage::updateEmptyState()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    if (all == 0) {
        m_emptyLabel->setText(
            isListening()
                ? tr("Listening on %1\nRequests show here as they arrive.").arg(url())
                : tr("No requests yet.\nStart the receiver and send a webhook to its URL: "
                     "every request shows here as it arrives."));
    } else if (shown == 0) {
        m_emptyLabel->setText(tr("No request matches “%1”.").arg(m_searchEdit->text().trimmed()));
    }
    m_listStack->setCurrentWidget(shown > 0 ? static_cast<QWidget *>(m_table) : m_emptyLabel);
    m_countLabel->setText(shown != all
                              ? tr("%1 of %2").arg(formatting::count(shown), formatting::count(all))
                          : all == 0 ? QString()
                                     : tr("%Ln request(s)", nullptr, all));
    m_clearButton->setEnabled(all > 0);
}

void ReceiverPage::received(const ReceivedRequest &request)
{
    const bool hadSelection = m_table->selectionModel()->hasSelection();
    m_model->add(request);
    // The first request is shown at once; later ones leave the one being read alone.
    if (!hadSelection) {
        const QModelIndex top = m_filter->mapFromSource(m_model->index(0, 0));
        if (top.isValid())
            m_table->selectRow(top.row());
    }
    Q_EMIT requestReceived(request);
}

std::optional<ReceivedRequest> ReceiverPage::selectedRequest() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const ReceivedRequest *r = m_model->requestAt(m_filter->mapToSource(rows.first()).row());
    return r ? std::optional<ReceivedRequest>(*r) : std::nullopt;
}

void ReceiverPage::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : m_filter->mapToSource(rows.first()).row();
    const ReceivedRequest *r = m_model->requestAt(row);
    if (!r) {
        m_detailStack->setCurrentWidget(m_emptyDetailLabel);
        return;
    }
    m_verdictLabel->setText(ReceivedRequestModel::verdictText(*r));
    theme::setTone(m_verdictLabel, toneOf(*r));

    QString answer;
    switch (m_model->answerAt(row)) {
    case ReceivedRequestModel::Answer::Waiting:
        answer =
            tr("answering %1 in %2").arg(r->respondedStatus).arg(formatting::duration(r->delayMs));
        break;
    case ReceivedRequestModel::Answer::Sent:
        answer = r->delayMs > 0 ? tr("answered %1 after %2")
                                      .arg(r->respondedStatus)
                                      .arg(formatting::duration(r->delayMs))
                                : tr("answered %1").arg(r->respondedStatus);
        break;
    case ReceivedRequestModel::Answer::Dropped:
        answer = tr("not answered: the client had gone");
        break;
    }
    QStringList summary{
        tr("#%1").arg(r->id), QStringLiteral("%1 %2").arg(QString::fromLatin1(r->method), r->path),
        formatting::exactTime(r->receivedAt), tr("from port %1").arg(r->remotePort), answer};
    m_summaryLabel->setText(summary.join(QStringLiteral(" · ")));

    QStringList lines;
    for (const auto &[name, value] : r->headers)
        lines << QString::fromUtf8(name + ": " + value);
    const QString headers = lines.join(u'\n');
    if (m_headersView->toPlainText() != headers)
        m_headersView->setPlainText(headers);

    bool isJson = false;
    const bool raw = m_rawCheck->isChecked();
    const QString body = raw ? QString::fromUtf8(r->body) : prettyJson(r->body, &isJson);
    m_highlighter->setEnabled(!raw && isJson);
    if (m_bodyView->toPlainText() != body)
        m_bodyView->setPlainText(body);
    m_bodyNote->setText(
        r->bodyTruncated()
            ? tr("the first %1 of %2").arg(sizeText(r->body.size()), sizeText(r->bodySize))
            : QString());
    m_detailStack->setCurrentIndex(1);
}

void ReceiverPage::clear()
{
    m_model->clear();
    showSelected();
    updateEmptyState();
    Q_EMIT cleared();
}

void ReceiverPage::copyUrl()
{
    if (!isListening())
        return;
    QGuiApplication::clipboard()->setText(url());
    auto *timer = m_copyUrlButton->findChild<QTimer *>(QStringLiteral("copyFeedback"));
    if (!timer) {
        timer = new QTimer(m_copyUrlButton);
        timer->setObjectName(QStringLiteral("copyFeedback"));
        timer->setSingleShot(true);
        timer->setInterval(CopyFeedbackMs);
        connect(timer, &QTimer::timeout, m_copyUrlButton, [this] {
            m_copyUrlButton->setText(tr("&Copy"));
            m_copyUrlButton->setAccessibleDescription({});
        });
    }
    m_copyUrlButton->setText(tr("Copied ✓"));
    m_copyUrlButton->setAccessibleDescription(tr("The URL was copied to the clipboard"));
    timer->start();
}

void ReceiverPage::pointHere()
{
    if (!m_chosen)
        return;
    if (!isListening() && !start())
        return;
    Q_EMIT pointWebhookHere(*m_chosen, url());
}

void ReceiverPage::rememberSent(const Delivery &delivery)
{
    const QByteArray id = delivery.uid.toUtf8();
    if (id.isEmpty() || delivery.payload.isNull() || m_sentBodies.contains(id))
        return;
    m_sentBodies.insert(id, delivery.payload);
    m_sentOrder.append(id);
    while (m_sentOrder.size() > RememberedBodies)
        m_sentBodies.remove(m_sentOrder.takeFirst());
}

} // namespace wc::gui
