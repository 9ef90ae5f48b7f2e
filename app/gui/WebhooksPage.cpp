#include "WebhooksPage.h"

#include "Theme.h"

#include "EventCatalog.h"
#include "Prompt.h"
#include "Validation.h"
#include "WebhookActions.h"
#include "WebhookBackend.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "ui_WebhooksPage.h"

#include <QFont>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMenu>
#include <QSortFilterProxyModel>

namespace wc::gui {

namespace {
constexpr int ResponsePreviewBytes = 4096;

QString responsePreview(const Delivery &d)
{
    if (d.responseBody.isEmpty())
        return {};
    QByteArray body = d.responseBody;
    // Pretty-print JSON answers; anything else as it came.
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isNull())
        body = json.toJson(QJsonDocument::Indented);
    QString text = QString::fromUtf8(body.left(ResponsePreviewBytes));
    if (body.size() > ResponsePreviewBytes || d.responseTruncated)
        text += QCoreApplication::translate("WebhooksPage", "\n… (response truncated)");
    return text;
}
} // namespace

WebhooksPage::WebhooksPage(WebhookBackend &backend, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WebhooksPage>())
    , m_backend(backend)
    , m_model(new WebhookListModel(backend, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_sampleMenu(new QMenu(tr("Send &Sample Event"), this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WebhookListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(WebhookListModel::DisplayNameColumn, Qt::AscendingOrder);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setTabKeyNavigation(false);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(WebhookListModel::DisplayNameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(WebhookListModel::PayloadUrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WebhookListModel::ActiveColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WebhookListModel::SecretColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WebhookListModel::LastDeliveryColumn, QHeaderView::Interactive);
    // Wide enough for the longest destination; ResizeToContents would measure only the rows
    // there when it last looked.
    header->setSectionResizeMode(WebhookListModel::FormatColumn, QHeaderView::Interactive);
    header->resizeSection(WebhookListModel::FormatColumn,
                          m_ui->table->fontMetrics().horizontalAdvance(tr("Microsoft Teams")) + 24);
    // Room for the payload URL in a 1024-pixel window; the rest is in each cell's tooltip.
    header->resizeSection(WebhookListModel::DisplayNameColumn, 170);
    header->resizeSection(WebhookListModel::LastDeliveryColumn, 210);
    // The destination right after the name: what kind of integration each row is.
    header->moveSection(header->visualIndex(WebhookListModel::FormatColumn),
                        WebhookListModel::DisplayNameColumn + 1);
    m_ui->sampleButton->setMenu(m_sampleMenu);
    // The list takes the height; the result panel only what it needs.
    m_ui->resultBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_ui->resultLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->responseView->setFont(mono);

    connect(m_ui->createButton, &QPushButton::clicked, this, &WebhooksPage::createWebhook);
    connect(m_ui->editButton, &QPushButton::clicked, this, &WebhooksPage::editWebhook);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &WebhooksPage::deleteWebhook);
    connect(m_ui->pingButton, &QPushButton::clicked, this, &WebhooksPage::pingWebhook);
    connect(m_ui->historyButton, &QPushButton::clicked, this, &WebhooksPage::showHistory);
    connect(m_ui->table, &QTableView::activated, this, &WebhooksPage::showHistory);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        Q_EMIT selectionChanged();
    });
    // An edit may change the events a webhook receives: its sample menu follows.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WebhooksPage::updateActions);
    // Rows come and go one at a time (the backend's change signals) or all at once (a load).
    auto rowsChanged = [this] {
        updateEmptyState();
        updateActions();
        // A webhook created or saved here is selected once its row is there.
        if (m_pendingSelection)
            selectWebhook(*m_pendingSelection);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_model, &WebhookListModel::loadingChanged, this, &WebhooksPage::updateEmptyState);
    // A stack or environment renamed: its new name in the words above the list.
    connect(m_model, &WebhookListModel::scopeChanged, this, [this](const Scope &scope) {
        describe(scope);
        updateEmptyState();
    });
    updateEmptyState();
    updateActions();
}

WebhooksPage::~WebhooksPage() = default;

void WebhooksPage::setScope(const Scope &scope)
{
    m_model->setScope(scope);
    describe(scope);
    updateEmptyState();
    updateActions();
}

void WebhooksPage::describe(const Scope &scope)
{
    switch (scope.kind()) {
    case Scope::Kind::Stack:
        m_ui->descriptionLabel->setText(
            tr("Webhooks send an HTTP POST to a URL of yours when events happen in the stack "
               "%1 of %2.")
                .arg(scope.name(), scope.organization));
        m_emptyText = tr("No webhooks on this stack yet. Choose “Create webhook” to send its "
                         "events to a URL of yours, or open Integrations for Slack, Microsoft "
                         "Teams and Deployment.");
        break;
    case Scope::Kind::Environment:
        m_ui->descriptionLabel->setText(
            tr("Webhooks send an HTTP POST to a URL of yours when events happen in the "
               "environment %1 of %2.")
                .arg(scope.name(), scope.organization));
        m_emptyText = tr("No webhooks on this environment yet. Choose “Create webhook” to send "
                         "its events to a URL of yours, or open Integrations for Slack, "
                         "Microsoft Teams and Deployment.");
        break;
    case Scope::Kind::Organization:
        m_ui->descriptionLabel->setText(
            tr("Webhooks send an HTTP POST to a URL of yours when events happen in the "
               "organization %1 and its stacks.")
                .arg(scope.organization));
        m_emptyText = tr("No webhooks yet. Choose “Create webhook” to send this organization's "
                         "events to a URL of yours.");
        break;
    }
}

Scope WebhooksPage::scope() const
{
    return m_model->scope();
}

QTableView *WebhooksPage::table() const
{
    return m_ui->table;
}

std::optional<Webhook> WebhooksPage::selectedWebhook() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const WebhookSummary *s = m_model->summaryAt(m_proxy->mapToSource(rows.first()).row());
    if (!s)
        return std::nullopt;
    return s->webhook;
}

void WebhooksPage::selectWebhook(const WebhookRef &ref)
{
    const int row = m_model->rowOf(ref);
    if (row < 0) {
        m_pendingSelection = ref;
        return;
    }
    m_pendingSelection.reset();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_ui->table->scrollTo(index);
}

void WebhooksPage::updateActions()
{
    const bool selected = selectedWebhook().has_value();
    m_ui->editButton->setEnabled(selected);
    m_ui->deleteButton->setEnabled(selected);
    m_ui->pingButton->setEnabled(selected);
    m_ui->sampleButton->setEnabled(selected);
    m_ui->historyButton->setEnabled(selected);
    m_ui->createButton->setEnabled(!scope().organization.isEmpty());
    // Rebuilt only when what it lists changes (not for every delivery recorded meanwhile,
    // which would close it under the user's pointer).
    const std::optional<Webhook> webhook = selectedWebhook();
    const QStringList key = webhook
                                ? QStringList{webhook->ref().toString(), webhook->groups.join(u','),
                                              webhook->filters.join(u',')}
                                : QStringList{};
    if (key == m_sampleMenuKey && !m_sampleMenu->actions().isEmpty())
        return;
    m_sampleMenuKey = key;
    actions::fillSampleMenu(m_sampleMenu, webhook, [this](const QString &event) {
        if (const auto current = selectedWebhook())
            sendSample(*current, event);
    });
}

void WebhooksPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_ui->listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_ui->emptyLabel)
                                            : static_cast<QWidget *>(m_ui->table));
    if (m_emptyText.isEmpty())
        m_emptyText = m_ui->emptyLabel->text(); // as the form has it: what to do first
    if (m_model->isLoading())
        m_ui->emptyLabel->setText(tr("Loading webhooks…"));
    else if (!m_model->lastError().isEmpty())
        m_ui->emptyLabel->setText(m_model->lastError());
    else
        m_ui->emptyLabel->setText(m_emptyText);
}

void WebhooksPage::createWebhook()
{
    WebhookDialog dialog(m_backend, scope(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectWebhook(dialog.savedWebhook().ref());
    Q_EMIT statusMessage(tr("Created webhook “%1”.").arg(dialog.savedWebhook().displayName));
}

void WebhooksPage::editWebhook()
{
    const auto webhook = selectedWebhook();
    if (!webhook)
        return;
    WebhookDialog dialog(m_backend, *webhook, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectWebhook(dialog.savedWebhook().ref());
    Q_EMIT statusMessage(tr("Saved webhook “%1”.").arg(dialog.savedWebhook().displayName));
}

void WebhooksPage::deleteWebhook()
{
    const auto webhook = selectedWebhook();
    if (!webhook)
        return;
    actions::confirmDelete(m_backend, *webhook, this,
                           [this](const QString &text) { Q_EMIT statusMessage(text); });
}

void WebhooksPage::toggleActive()
{
    const auto webhook = selectedWebhook();
    if (!webhook)
        return;
    actions::setActive(m_backend, *webhook, !webhook->active, this,
                       [this](const QString &text) { Q_EMIT statusMessage(text); });
}

void WebhooksPage::showHistory()
{
    if (const auto webhook = selectedWebhook())
        Q_EMIT historyRequested(*webhook);
}

void WebhooksPage::pingWebhook()
{
    if (const auto webhook = selectedWebhook())
        ping(*webhook);
}

void WebhooksPage::ping(const Webhook &webhook)
{
    showResultText(
        tr("Sending a test ping to %1…").arg(validation::redactedUrl(webhook.payloadUrl)), {},
        false);
    whenReady(m_backend.ping(webhook.ref()), this, [this, webhook](const Result<Delivery> &sent) {
        if (sent.error) {
            showResultText(tr("The ping to “%1” was not sent. %2")
                               .arg(webhook.displayName, sent.error.message),
                           {}, true);
            Delivery failed;
            failed.error = sent.error.message;
            failed.state = Delivery::State::Completed;
            Q_EMIT pingFinished(failed);
            return;
        }
        showDelivery(webhook, sent.value);
        Q_EMIT pingFinished(sent.value);
    });
}

void WebhooksPage::sendSample(const Webhook &webhook, const QString &event)
{
    const QString kind = EventCatalog::kindOf(event);
    showResultText(tr("Sending a sample “%1” event (%2) to %3…")
                       .arg(event, kind, validation::redactedUrl(webhook.payloadUrl)),
                   {}, false);
    whenReady(m_backend.sendSample(webhook.ref(), event), this,
              [this, webhook, event](const Result<Delivery> &sent) {
                  if (sent.error && sent.value.id.isEmpty()) {
                      // Refused before anything left: an event the webhook excludes says
                      // which of its settings does.
                      showResultText(tr("The sample “%1” event was not sent to “%2”. %3")
                                         .arg(event, webhook.displayName, sent.error.message),
                                     {}, true);
                      Q_EMIT statusMessage(sent.error.message);
                      Delivery failed;
                      failed.error = sent.error.message;
                      failed.state = Delivery::State::Completed;
                      Q_EMIT sampleFinished(event, failed);
                      return;
                  }
                  showDelivery(webhook, sent.value, event);
                  Q_EMIT sampleFinished(event, sent.value);
              });
}

void WebhooksPage::showDelivery(const Webhook &webhook, const Delivery &d, const QString &event)
{
    const QString duration = tr("%1 ms").arg(d.durationMs);
    QString text;
    if (event.isEmpty() || event == u"ping") {
        if (d.succeeded()) {
            text = tr("✔ “%1” answered %2 in %3.")
                       .arg(webhook.displayName)
                       .arg(d.responseCode)
                       .arg(duration);
        } else {
            text = tr("✘ “%1” failed after %2: %3").arg(webhook.displayName, duration, d.error);
        }
    } else if (d.succeeded()) {
        text = tr("✔ “%1” answered %2 in %3 to the sample “%4” event (Pulumi-Webhook-Kind: %5).")
                   .arg(webhook.displayName)
                   .arg(d.responseCode)
                   .arg(duration, event, d.kind);
    } else {
        text = tr("✘ The sample “%1” event to “%2” failed after %3: %4")
                   .arg(event, webhook.displayName, duration, d.error);
    }
    showResultText(text, responsePreview(d), !d.succeeded());
    Q_EMIT statusMessage(text);
}

void WebhooksPage::showResultText(const QString &text, const QString &response, bool failed)
{
    if (failed)
        theme::setTone(m_ui->resultLabel, theme::Tone::Failure);
    else
        theme::followPalette(m_ui->resultLabel, QStringLiteral("tone"),
                             [label = m_ui->resultLabel] { label->setPalette(QPalette()); });
    m_ui->resultLabel->setText(text);
    m_ui->responseView->setPlainText(response);
}

} // namespace wc::gui
