#include "WebhooksPage.h"

#include "Prompt.h"
#include "Validation.h"
#include "WebhookBackend.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "ui_WebhooksPage.h"

#include <QFont>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
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
    header->resizeSection(WebhookListModel::DisplayNameColumn, 200);
    header->resizeSection(WebhookListModel::LastDeliveryColumn, 280);
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
    updateEmptyState();
    updateActions();
}

WebhooksPage::~WebhooksPage() = default;

void WebhooksPage::setScope(const Scope &scope)
{
    m_model->setScope(scope);
    m_ui->descriptionLabel->setText(
        scope.isStack()
            ? tr("Webhooks send an HTTP POST to a URL of yours when events happen in the stack "
                 "%1.")
                  .arg(scope.project + u'/' + scope.stack)
            : tr("Webhooks send an HTTP POST to a URL of yours when events happen in the "
                 "organization %1 and its stacks.")
                  .arg(scope.organization));
    updateEmptyState();
    updateActions();
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
    m_ui->historyButton->setEnabled(selected);
    m_ui->createButton->setEnabled(!scope().organization.isEmpty());
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
    const auto answer = Prompt::question(
        this, tr("Delete webhook"),
        tr("Delete the webhook “%1”? Its delivery history and its secret in your keychain are "
           "deleted too.")
            .arg(webhook->displayName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Q_EMIT statusMessage(tr("Deleting webhook “%1”…").arg(webhook->displayName));
    whenReady(m_backend.remove(webhook->ref()), this, [this, webhook](const Error &error) {
        if (error) {
            Prompt::warning(
                this, tr("Delete webhook"),
                tr("“%1” was not deleted. %2").arg(webhook->displayName, error.message));
            return;
        }
        Q_EMIT statusMessage(tr("Deleted webhook “%1”.").arg(webhook->displayName));
    });
}

void WebhooksPage::showHistory()
{
    if (const auto webhook = selectedWebhook())
        Q_EMIT historyRequested(*webhook);
}

void WebhooksPage::pingWebhook()
{
    const auto webhook = selectedWebhook();
    if (!webhook)
        return;
    showResultText(
        tr("Sending a test ping to %1…").arg(validation::redactedUrl(webhook->payloadUrl)), {},
        false);
    whenReady(m_backend.ping(webhook->ref()), this, [this, webhook](const Result<Delivery> &sent) {
        if (sent.error) {
            showResultText(tr("The ping to “%1” was not sent. %2")
                               .arg(webhook->displayName, sent.error.message),
                           {}, true);
            Delivery failed;
            failed.error = sent.error.message;
            failed.state = Delivery::State::Completed;
            Q_EMIT pingFinished(failed);
            return;
        }
        showDelivery(*webhook, sent.value);
        Q_EMIT pingFinished(sent.value);
    });
}

void WebhooksPage::showDelivery(const Webhook &webhook, const Delivery &d)
{
    const QString duration = tr("%1 ms").arg(d.durationMs);
    QString text;
    if (d.succeeded()) {
        text = tr("✔ “%1” answered %2 in %3.")
                   .arg(webhook.displayName)
                   .arg(d.responseCode)
                   .arg(duration);
    } else {
        text = tr("✘ “%1” failed after %2: %3").arg(webhook.displayName, duration, d.error);
    }
    showResultText(text, responsePreview(d), !d.succeeded());
    Q_EMIT statusMessage(text);
}

void WebhooksPage::showResultText(const QString &text, const QString &response, bool failed)
{
    QPalette palette = m_ui->resultLabel->palette();
    palette.setColor(QPalette::WindowText, failed ? QColor(0xb0, 0x1c, 0x1c)
                                                  : this->palette().color(QPalette::WindowText));
    m_ui->resultLabel->setPalette(palette);
    m_ui->resultLabel->setText(text);
    m_ui->responseView->setPlainText(response);
}

} // namespace wc::gui
