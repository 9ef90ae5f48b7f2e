#include "WebhooksPage.h"

#include "EventCatalog.h"
#include "EventLabels.h"
#include "FocusRing.h"
#include "FormSupport.h"
#include "Formatting.h"
#include "SecretPromptDialog.h"
#include "Settings.h"
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
#include <QLayout>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace wc::gui {

namespace {
constexpr int ResponsePreviewBytes = 4096;
const QString ResultHeightKey = QStringLiteral("window/testResultHeight");

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
    , m_rotateAction(new QAction(tr("&Rotate Secret…"), this))
    , m_verifyAction(new QAction(tr("&How to Verify…"), this))
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
    // Long names and URLs keep their start and their end; the tooltip has them whole.
    m_ui->table->setTextElideMode(Qt::ElideMiddle);
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
    header->resizeSection(WebhookListModel::DisplayNameColumn, 160);
    header->resizeSection(WebhookListModel::LastDeliveryColumn, 180);
    header->setMinimumSectionSize(48);
    // The destination right after the name: what kind of integration each row is.
    header->moveSection(header->visualIndex(WebhookListModel::FormatColumn),
                        WebhookListModel::DisplayNameColumn + 1);
    m_ui->sampleButton->setMenu(m_sampleMenu);

    // Signing: the secret's rotation and the receiver's side, in one button's menu.
    m_rotateAction->setObjectName(QStringLiteral("actionRotateSecret"));
    m_verifyAction->setObjectName(QStringLiteral("actionVerifySnippet"));
    m_verifyAction->setToolTip(
        tr("Code that checks the selected webhook's signatures in your receiver"));
    m_signingButton = new QPushButton(tr("Si&gning"), m_ui->buttonBar);
    m_signingButton->setObjectName(QStringLiteral("signingButton"));
    m_signingButton->setToolTip(tr("Rotate the selected webhook's secret, or see how a receiver "
                                   "verifies its deliveries"));
    auto *signingMenu = new QMenu(m_signingButton);
    signingMenu->setToolTipsVisible(true);
    signingMenu->addAction(m_rotateAction);
    signingMenu->addAction(m_verifyAction);
    m_signingButton->setMenu(signingMenu);
    m_ui->buttonRow->insertWidget(m_ui->buttonRow->indexOf(m_ui->historyButton) + 1,
                                  m_signingButton);
    QWidget::setTabOrder(m_ui->historyButton, m_signingButton);
    connect(m_rotateAction, &QAction::triggered, this, &WebhooksPage::rotateSecret);
    connect(m_verifyAction, &QAction::triggered, this, &WebhooksPage::showVerifySnippet);

    // The result panel: sized by the splitter (the user's last choice), hidden until a test
    // delivery of the selected webhook has something to say.
    m_ui->pageSplitter->setStretchFactor(0, 1);
    m_ui->pageSplitter->setStretchFactor(1, 0);
    m_ui->resultBox->hide();
    // A wrapped sentence never asks for more width than the page has (shortenLongWords).
    m_ui->resultLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->responseView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->pageSplitter, &QSplitter::splitterMoved, this, [this] {
        if (m_ui->resultBox->isVisible())
            Settings::setValue(ResultHeightKey, m_ui->resultBox->height());
    });
    // Room for three lines of the answer, and the whole sentence above it (fitResult).
    m_ui->responseView->setMinimumHeight(QFontMetrics(m_ui->responseView->font()).lineSpacing() *
                                             3 +
                                         2 * m_ui->responseView->frameWidth() + 8);
    m_ui->resultBox->installEventFilter(this);
    FocusRing::installAll(this);

    connect(m_ui->createButton, &QPushButton::clicked, this, &WebhooksPage::createWebhook);
    connect(m_ui->emptyCreateButton, &QPushButton::clicked, this, &WebhooksPage::createWebhook);
    connect(m_ui->editButton, &QPushButton::clicked, this, &WebhooksPage::editWebhook);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &WebhooksPage::deleteWebhook);
    connect(m_ui->pingButton, &QPushButton::clicked, this, &WebhooksPage::pingWebhook);
    connect(m_ui->historyButton, &QPushButton::clicked, this, &WebhooksPage::showHistory);
    connect(m_ui->table, &QTableView::activated, this, &WebhooksPage::showHistory);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateResult();
        Q_EMIT selectionChanged();
    });
    // The selected row deleted (here or elsewhere): its neighbour is selected, so Delete and
    // Edit keep working from the keyboard.
    selectNeighbourAfterRemoval(m_ui->table);
    // An edit may change the events a webhook receives: its sample menu follows.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WebhooksPage::updateActions);
    // Rows come and go one at a time (the backend's change signals) or all at once (a load).
    auto rowsChanged = [this] {
        updateEmptyState();
        updateActions();
        updateResult();
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
    connect(&m_backend, &WebhookBackend::webhookChanged, this, &WebhooksPage::webhookChanged);
    connect(&m_backend, &WebhookBackend::webhookRemoved, this, &WebhooksPage::webhookRemoved);
    updateEmptyState();
    updateActions();
}

WebhooksPage::~WebhooksPage()
{
    m_ui->resultBox->removeEventFilter(this);
}

void WebhooksPage::setScope(const Scope &scope)
{
    if (scope != m_model->scope()) {
        // Results belong to the webhooks of the scope they were sent in.
        m_results.clear();
        m_ui->resultBox->hide();
    }
    m_model->setScope(scope);
    describe(scope);
    updateEmptyState();
    updateActions();
}

void WebhooksPage::refresh()
{
    m_model->reload();
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
    // Where they live: Pulumi Cloud sends them, the console only manages them.
    if (const QString apiUrl = m_backend.cloudApiUrl(scope.organization); !apiUrl.isEmpty()) {
        m_ui->descriptionLabel->setText(
            m_ui->descriptionLabel->text() + u' ' +
            tr("They are kept and sent by Pulumi Cloud at %1.").arg(apiUrl));
    }
    m_ui->descriptionLabel->setText(shortenLongWords(m_ui->descriptionLabel->text()));
}

Scope WebhooksPage::scope() const
{
    return m_model->scope();
}

QTableView *WebhooksPage::table() const
{
    return m_ui->table;
}

bool WebhooksPage::isSending(const WebhookRef &ref) const
{
    return m_model->isSending(ref);
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
    const std::optional<Webhook> webhook = selectedWebhook();
    const bool selected = webhook.has_value();
    const bool sending = selected && isSending(webhook->ref());
    m_ui->editButton->setEnabled(selected);
    m_ui->deleteButton->setEnabled(selected);
    // One test delivery at a time per webhook: the next waits for the answer to the last.
    m_ui->pingButton->setEnabled(selected && !sending);
    // Pulumi Cloud sends events when they happen: its webhooks have pings only.
    const bool cloud = !m_backend.cloudApiUrl(scope().organization).isEmpty();
    m_ui->sampleButton->setEnabled(selected && !sending && !cloud);
    m_ui->sampleButton->setToolTip(
        cloud ? tr("Pulumi Cloud sends events when they happen; it can send a test ping.")
              : tr("Send a realistic sample of an event to the selected webhook (Ctrl+Shift+P "
                   "chooses one)"));
    m_ui->historyButton->setEnabled(selected);
    // Signing: generic webhooks (Slack, Teams and Deployment messages carry no signature).
    const bool signable = selected && actions::takesSecret(*webhook);
    m_rotateAction->setText(actions::rotateSecretText(webhook));
    m_rotateAction->setEnabled(signable);
    m_rotateAction->setToolTip(
        !selected   ? QString()
        : !signable ? tr("Only generic webhooks are signed; this one is a %1 integration.")
                          .arg(labels::format(webhook->format))
        : webhook->hasSecret ? tr("Replace the secret, keeping the previous one for an overlap")
                             : tr("Give the webhook a secret, so that its deliveries are signed"));
    m_verifyAction->setEnabled(signable);
    m_signingButton->setEnabled(signable);
    m_ui->createButton->setEnabled(!scope().organization.isEmpty());
    m_ui->emptyCreateButton->setEnabled(!scope().organization.isEmpty());
    // Rebuilt only when what it lists changes (not for every delivery recorded meanwhile,
    // which would close it under the user's pointer).
    const QStringList key = webhook
                                ? QStringList{webhook->ref().toString(), webhook->groups.join(u','),
                                              webhook->filters.join(u',')}
                                : QStringList{};
    if (key == m_sampleMenuKey && !m_sampleMenu->actions().isEmpty())
        return;
    m_sampleMenuKey = key;
    actions::fillSampleMenu(m_sampleMenu, webhook, [this](const QString &event) {
        if (const auto current = selectedWebhook(); current && !isSending(current->ref()))
            sendSample(*current, event);
    });
}

void WebhooksPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool loading = m_model->isLoading();
    const QString error = m_model->lastError();
    m_ui->listStack->setCurrentWidget(empty ? m_ui->emptyPage
                                            : static_cast<QWidget *>(m_ui->table));
    // An empty scope offers one thing to do, in the middle of the page.
    m_ui->buttonBar->setVisible(!empty || loading);
    m_ui->emptyCreateButton->setVisible(!loading && error.isEmpty() &&
                                        !scope().organization.isEmpty());
    if (m_emptyText.isEmpty())
        m_emptyText = m_ui->emptyLabel->text(); // as the form has it: what to do first
    if (loading)
        m_ui->emptyLabel->setText(tr("Loading webhooks…"));
    else if (!error.isEmpty())
        m_ui->emptyLabel->setText(shortenLongWords(error));
    else
        m_ui->emptyLabel->setText(m_emptyText);
}

void WebhooksPage::updateResult()
{
    const std::optional<Webhook> webhook = selectedWebhook();
    const auto found = webhook ? m_results.constFind(webhook->ref()) : m_results.constEnd();
    if (found == m_results.constEnd()) {
        m_ui->resultBox->hide();
        return;
    }
    const TestResult &r = *found;
    const QString name =
        m_ui->resultBox->fontMetrics().elidedText(r.displayName, Qt::ElideMiddle, 320);
    m_ui->resultBox->setTitle(tr("Last test delivery to “%1”").arg(escapeMnemonics(name)));
    m_ui->resultBox->setToolTip(
        name == r.displayName ? QString() : tr("Last test delivery to “%1”").arg(r.displayName));
    if (r.tone)
        theme::setTone(m_ui->resultLabel, *r.tone);
    else
        theme::followPalette(m_ui->resultLabel, QStringLiteral("tone"),
                             [label = m_ui->resultLabel] { label->setPalette(QPalette()); });
    m_ui->resultLabel->setText(r.text);
    m_ui->resultLabel->setToolTip(r.text == r.fullText ? QString() : r.fullText);
    m_ui->resultLabel->setAccessibleName(r.fullText);
    m_ui->responseView->setPlainText(r.response);
    m_ui->responseView->setPlaceholderText(r.sending ? tr("Waiting for the answer…")
                                                     : tr("The answer had no body."));
    // Nothing left (refused, or a secret to enter first): no answer box to read.
    m_ui->responseView->setVisible(r.sending || r.answered);
    if (!m_ui->resultBox->isHidden()) {
        fitResult();
        return;
    }
    // Shown at the height the user last gave it, or as tall as its content: the sentence and
    // six lines of the answer (most receivers' answers, and no empty box taking the list's
    // rows). The splitter takes the panel (and its handle) in now, not at its next layout
    // pass, so the list gets its final height at once and does not move again a moment later.
    m_ui->resultBox->show();
    m_ui->pageSplitter->refresh();
    const int total = m_ui->pageSplitter->height() - m_ui->pageSplitter->handleWidth();
    const int minimum =
        m_ui->resultBox->layout()->totalMinimumHeightForWidth(m_ui->resultBox->width());
    int height = Settings::value(ResultHeightKey).toInt();
    if (height <= 0)
        height = minimum + 3 * QFontMetrics(m_ui->responseView->font()).lineSpacing();
    height = std::clamp(height, minimum, std::max(minimum, total * 3 / 5));
    m_ui->pageSplitter->setSizes({std::max(total - height, 0), height});
    fitResult();
}

bool WebhooksPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->resultBox && event->type() == QEvent::Resize)
        fitResult();
    return QWidget::eventFilter(watched, event);
}

void WebhooksPage::fitResult()
{
    // The splitter never makes the panel smaller than its sentence, wrapped, and three lines
    // of the answer need; anything above that is the user's (or the first show's) choice, so
    // an answer of the same length as "Sending…" moves nothing.
    QLayout *layout = m_ui->resultBox->layout();
    const int needed = layout->totalMinimumHeightForWidth(m_ui->resultBox->width());
    if (needed > 0 && needed != m_ui->resultBox->minimumHeight())
        m_ui->resultBox->setMinimumHeight(needed);
}

void WebhooksPage::beginSending(const Webhook &webhook, const QString &text)
{
    m_results.insert(
        webhook.ref(),
        TestResult{webhook.displayName, shortenLongWords(text), text, {}, std::nullopt, true});
    m_model->setSending(webhook.ref(), true);
    Q_EMIT sendingChanged(webhook.ref(), true);
    updateActions();
    updateResult();
}

void WebhooksPage::finishSending(const Webhook &webhook, const QString &text,
                                 const std::optional<QString> &response, theme::Tone tone)
{
    const WebhookRef ref = webhook.ref();
    m_model->setSending(ref, false);
    // Kept only while its webhook is still listed here (not deleted, not another scope).
    if (m_model->rowOf(ref) >= 0 && m_results.contains(ref)) {
        TestResult &r = m_results[ref];
        r.text = shortenLongWords(text);
        r.fullText = text;
        r.response = response.value_or(QString());
        r.answered = response.has_value();
        r.tone = tone;
        r.sending = false;
    } else {
        m_results.remove(ref);
    }
    Q_EMIT sendingChanged(ref, false);
    Q_EMIT statusMessage(text);
    updateActions();
    updateResult();
}

void WebhooksPage::webhookChanged(const WebhookRef &before, const Webhook &after)
{
    const auto found = m_results.constFind(before);
    if (found == m_results.constEnd())
        return;
    TestResult r = *found;
    r.displayName = after.displayName;
    m_results.remove(before);
    m_results.insert(after.ref(), r);
    updateResult();
}

void WebhooksPage::webhookRemoved(const WebhookRef &ref)
{
    if (m_results.remove(ref))
        updateResult();
}

void WebhooksPage::createWebhook()
{
    WebhookDialog dialog(m_backend, scope(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectWebhook(dialog.savedWebhook().ref());
    m_ui->table->setFocus();
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

void WebhooksPage::rotateSecret()
{
    if (const auto webhook = selectedWebhook(); webhook && actions::takesSecret(*webhook))
        actions::rotateSecret(m_backend, *webhook, this,
                              [this](const QString &text) { Q_EMIT statusMessage(text); });
}

void WebhooksPage::showVerifySnippet()
{
    if (const auto webhook = selectedWebhook(); webhook && actions::takesSecret(*webhook))
        actions::showVerifySnippet(*webhook, this);
}

void WebhooksPage::pingWebhook()
{
    if (const auto webhook = selectedWebhook())
        ping(*webhook);
}

void WebhooksPage::ping(const Webhook &webhook)
{
    if (isSending(webhook.ref()))
        return;
    beginSending(webhook,
                 tr("Sending a test ping to %1…").arg(validation::redactedUrl(webhook.payloadUrl)));
    whenReady(m_backend.ping(webhook.ref()), this, [this, webhook](const Result<Delivery> &sent) {
        if (sent.error) {
            // A teammate's secret, not yet in this keychain: asked for, then sent again.
            if (SecretPromptDialog::askIfNeeded(sent.error, m_backend, webhook, this,
                                                [this, webhook] { ping(webhook); })) {
                finishSending(webhook, sent.error.message, std::nullopt, theme::Tone::Warning);
                return;
            }
            finishSending(webhook,
                          tr("The ping to “%1” was not sent. %2")
                              .arg(webhook.displayName, sent.error.message),
                          std::nullopt, theme::Tone::Failure);
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
    if (isSending(webhook.ref()))
        return;
    const QString kind = EventCatalog::kindOf(event);
    beginSending(webhook, tr("Sending a sample “%1” event (%2) to %3…")
                              .arg(event, kind, validation::redactedUrl(webhook.payloadUrl)));
    whenReady(m_backend.sendSample(webhook.ref(), event), this,
              [this, webhook, event](const Result<Delivery> &sent) {
                  if (sent.error && sent.value.id.isEmpty()) {
                      if (SecretPromptDialog::askIfNeeded(
                              sent.error, m_backend, webhook, this,
                              [this, webhook, event] { sendSample(webhook, event); })) {
                          finishSending(webhook, sent.error.message, std::nullopt,
                                        theme::Tone::Warning);
                          return;
                      }
                      // Refused before anything left: an event the webhook excludes says
                      // which of its settings does.
                      finishSending(webhook,
                                    tr("The sample “%1” event was not sent to “%2”. %3")
                                        .arg(event, webhook.displayName, sent.error.message),
                                    std::nullopt, theme::Tone::Failure);
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
    const QString duration = formatting::duration(d.durationMs);
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
    finishSending(webhook, text, responsePreview(d),
                  d.succeeded() ? theme::Tone::Success : theme::Tone::Failure);
}

} // namespace wc::gui
