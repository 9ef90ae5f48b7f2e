#include "IntegrationsPage.h"

#include "EventCatalog.h"
#include "EventLabels.h"
#include "FocusRing.h"
#include "FormSupport.h"
#include "Theme.h"
#include "WebhookActions.h"
#include "WebhookBackend.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "ui_IntegrationsPage.h"

#include <QApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace wc::gui {

IntegrationsPage::IntegrationsPage(WebhookBackend &backend, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IntegrationsPage>())
    , m_backend(backend)
    , m_model(new WebhookListModel(backend, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    m_cards = {
        {QString::fromLatin1(Format::Raw), m_ui->webhookCard, m_ui->webhookTitle,
         m_ui->webhookDescription, m_ui->webhookCount, m_ui->createWebhookButton},
        {QString::fromLatin1(Format::Slack), m_ui->slackCard, m_ui->slackTitle,
         m_ui->slackDescription, m_ui->slackCount, m_ui->createSlackButton},
        {QString::fromLatin1(Format::MsTeams), m_ui->teamsCard, m_ui->teamsTitle,
         m_ui->teamsDescription, m_ui->teamsCount, m_ui->createTeamsButton},
        {QString::fromLatin1(Format::PulumiDeployments), m_ui->deploymentCard,
         m_ui->deploymentTitle, m_ui->deploymentDescription, m_ui->deploymentCount,
         m_ui->createDeploymentButton},
    };
    QFont cardTitle = m_ui->webhookTitle->font();
    cardTitle.setPointSizeF(cardTitle.pointSizeF() * 1.15);
    cardTitle.setBold(true);
    for (const Card &card : std::as_const(m_cards)) {
        const QString name = labels::format(card.format);
        card.frame->setAccessibleName(tr("%1 card").arg(name));
        card.title->setFont(cardTitle);
        card.title->setText(name);
        card.description->setText(labels::formatDescription(card.format));
        card.create->setText(tr("Create"));
        card.create->setAccessibleName(tr("Create %1 integration").arg(name));
        card.create->setToolTip(tr("Create a %1 integration here").arg(name));
        const QString format = card.format;
        connect(card.create, &QPushButton::clicked, this,
                [this, format] { createIntegration(format); });
    }

    // The cards in the palette's colours, set again when it changes (a style sheet's
    // palette(base) is read once, so a dark palette would keep light cards).
    theme::followPalette(this, QStringLiteral("cards"), [this] {
        const QPalette palette = QApplication::palette();
        for (const Card &card : std::as_const(m_cards))
            card.frame->setStyleSheet(
                QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3;"
                               " border-radius: 6px; }")
                    .arg(card.frame->objectName(), palette.color(QPalette::Base).name(),
                         palette.color(QPalette::Mid).name()));
    });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WebhookListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_proxy);
    m_ui->table->setAccessibleName(tr("Integrations"));
    m_ui->table->sortByColumn(WebhookListModel::DisplayNameColumn, Qt::AscendingOrder);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setTabKeyNavigation(false);
    m_ui->table->setColumnHidden(WebhookListModel::LastDeliveryColumn, true);
    // Long names and URLs keep their start and their end; the tooltip has them whole.
    m_ui->table->setTextElideMode(Qt::ElideMiddle);
    selectNeighbourAfterRemoval(m_ui->table);
    FocusRing::installAll(this);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(WebhookListModel::DisplayNameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(WebhookListModel::PayloadUrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WebhookListModel::ActiveColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WebhookListModel::SecretColumn, QHeaderView::ResizeToContents);
    // Wide enough for the longest destination; ResizeToContents would measure only the rows
    // there when it last looked.
    header->setSectionResizeMode(WebhookListModel::FormatColumn, QHeaderView::Interactive);
    header->resizeSection(WebhookListModel::FormatColumn,
                          m_ui->table->fontMetrics().horizontalAdvance(tr("Microsoft Teams")) + 24);
    header->resizeSection(WebhookListModel::DisplayNameColumn, 200);
    header->setMinimumSectionSize(48);
    header->moveSection(header->visualIndex(WebhookListModel::FormatColumn),
                        WebhookListModel::DisplayNameColumn + 1);

    connect(m_ui->editButton, &QPushButton::clicked, this, &IntegrationsPage::editIntegration);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &IntegrationsPage::toggleActive);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &IntegrationsPage::deleteIntegration);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (const auto webhook = selectedWebhook())
            Q_EMIT openRequested(webhook->ref());
    });
    connect(m_ui->table, &QTableView::activated, this, &IntegrationsPage::editIntegration);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        Q_EMIT selectionChanged();
    });
    auto rowsChanged = [this] {
        updateCounts();
        updateEmptyState();
        updateActions();
        if (m_pendingSelection)
            selectWebhook(*m_pendingSelection);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateCounts();
        updateActions();
    });
    connect(m_model, &WebhookListModel::loadingChanged, this, [this] {
        updateCounts();
        updateEmptyState();
    });
    connect(m_model, &WebhookListModel::scopeChanged, this, &IntegrationsPage::describe);
    updateCounts();
    updateEmptyState();
    updateActions();
}

IntegrationsPage::~IntegrationsPage() = default;

void IntegrationsPage::setScope(const Scope &scope)
{
    m_model->setScope(scope);
    describe(scope);
    updateCounts();
    updateEmptyState();
    updateActions();
}

void IntegrationsPage::refresh()
{
    m_model->reload();
}

void IntegrationsPage::describe(const Scope &scope)
{
    // Names of up to 100 characters: shortened in the middle (whole in the tooltip), never
    // widening the page; in a narrow window the label gives way to the buttons beside it.
    const auto brief = [this](const QString &name) {
        return escapeMnemonics(
            m_ui->listLabel->fontMetrics().elidedText(name, Qt::ElideMiddle, 180));
    };
    m_ui->listLabel->setMinimumWidth(m_ui->listLabel->fontMetrics().averageCharWidth() * 12);
    m_ui->listLabel->setToolTip(scope.displayPath());
    const QStringList formats = EventCatalog::formats(scope);
    for (const Card &card : std::as_const(m_cards))
        card.frame->setVisible(formats.contains(card.format));
    switch (scope.kind()) {
    case Scope::Kind::Organization:
        m_ui->descriptionLabel->setText(
            tr("Send the events of the organization %1 and its stacks to a URL of yours, a "
               "Slack channel or a Microsoft Teams channel.")
                .arg(scope.organization));
        m_ui->listLabel->setText(tr("&Integrations of %1").arg(brief(scope.organization)));
        break;
    case Scope::Kind::Stack:
        m_ui->descriptionLabel->setText(
            tr("Send the events of the stack %1 to a URL of yours, a Slack or Microsoft Teams "
               "channel, or deploy another stack when they happen.")
                .arg(scope.displayPath()));
        m_ui->listLabel->setText(tr("&Integrations of the stack %1").arg(brief(scope.name())));
        break;
    case Scope::Kind::Environment:
        m_ui->descriptionLabel->setText(
            tr("Send the events of the environment %1 to a URL of yours, a Slack or Microsoft "
               "Teams channel, or deploy a stack when they happen.")
                .arg(scope.displayPath()));
        m_ui->listLabel->setText(
            tr("&Integrations of the environment %1").arg(brief(scope.name())));
        break;
    }
    m_ui->descriptionLabel->setText(shortenLongWords(m_ui->descriptionLabel->text()));
}

Scope IntegrationsPage::scope() const
{
    return m_model->scope();
}

QTableView *IntegrationsPage::table() const
{
    return m_ui->table;
}

QPushButton *IntegrationsPage::createButton(const QString &format) const
{
    for (const Card &card : m_cards) {
        if (card.format == format)
            return card.create;
    }
    return nullptr;
}

std::optional<Webhook> IntegrationsPage::selectedWebhook() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const WebhookSummary *s = m_model->summaryAt(m_proxy->mapToSource(rows.first()).row());
    if (!s)
        return std::nullopt;
    return s->webhook;
}

void IntegrationsPage::selectWebhook(const WebhookRef &ref)
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

void IntegrationsPage::updateCounts()
{
    for (const Card &card : std::as_const(m_cards)) {
        const int n = m_model->countOfFormat(card.format);
        if (m_model->isLoading() && m_model->rowCount() == 0)
            card.count->setText(tr("Counting…"));
        else
            card.count->setText(n == 0 ? tr("None yet") : tr("%n configured", nullptr, n));
        card.count->setAccessibleName(
            tr("%1: %2").arg(labels::format(card.format), card.count->text()));
    }
}

void IntegrationsPage::updateActions()
{
    const auto webhook = selectedWebhook();
    const bool selected = webhook.has_value();
    m_ui->editButton->setEnabled(selected);
    m_ui->pauseButton->setEnabled(selected);
    m_ui->deleteButton->setEnabled(selected);
    m_ui->openButton->setEnabled(selected);
    m_ui->pauseButton->setText(selected && !webhook->active ? tr("Res&ume") : tr("Pa&use"));
    const bool scoped = !scope().organization.isEmpty();
    for (const Card &card : std::as_const(m_cards))
        card.create->setEnabled(scoped);
}

void IntegrationsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_ui->listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_ui->emptyLabel)
                                            : static_cast<QWidget *>(m_ui->table));
    if (m_model->isLoading())
        m_ui->emptyLabel->setText(tr("Loading integrations…"));
    else if (!m_model->lastError().isEmpty())
        m_ui->emptyLabel->setText(m_model->lastError());
    else
        m_ui->emptyLabel->setText(
            tr("No integrations here yet. Choose “Create” on a card above to add one."));
}

void IntegrationsPage::createIntegration(const QString &format)
{
    if (scope().organization.isEmpty() || !EventCatalog::formats(scope()).contains(format))
        return;
    WebhookDialog dialog(m_backend, scope(), format, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectWebhook(dialog.savedWebhook().ref());
    m_ui->table->setFocus();
    Q_EMIT statusMessage(tr("Created %1 integration “%2”.")
                             .arg(labels::format(format), dialog.savedWebhook().displayName));
}

void IntegrationsPage::editIntegration()
{
    const auto webhook = selectedWebhook();
    if (!webhook)
        return;
    WebhookDialog dialog(m_backend, *webhook, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectWebhook(dialog.savedWebhook().ref());
    Q_EMIT statusMessage(tr("Saved integration “%1”.").arg(dialog.savedWebhook().displayName));
}

void IntegrationsPage::deleteIntegration()
{
    const auto webhook = selectedWebhook();
    if (!webhook)
        return;
    actions::confirmDelete(m_backend, *webhook, this,
                           [this](const QString &text) { Q_EMIT statusMessage(text); });
}

void IntegrationsPage::toggleActive()
{
    const auto webhook = selectedWebhook();
    if (!webhook)
        return;
    actions::setActive(m_backend, *webhook, !webhook->active, this,
                       [this](const QString &text) { Q_EMIT statusMessage(text); });
}

} // namespace wc::gui
