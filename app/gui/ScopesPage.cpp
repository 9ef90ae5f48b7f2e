#include "ScopesPage.h"

#include "FocusRing.h"
#include "FormSupport.h"
#include "ui_ScopesPage.h"

#include <QHeaderView>

namespace wc::gui {

namespace {
constexpr int ScopeRole = Qt::UserRole + 1;
}

ScopesPage::ScopesPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScopesPage>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_ui->list->header()->resizeSection(0, 220);
    m_ui->list->setTextElideMode(Qt::ElideMiddle);
    FocusRing::installAll(this);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ScopesPage::addRequested);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ScopesPage::importRequested);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &ScopesPage::renameRequested);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ScopesPage::removeRequested);
    connect(m_ui->list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openRequested(item->data(0, ScopeRole).value<Scope>());
    });
    connect(m_ui->list, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateActions();
        Q_EMIT selectionChanged();
    });
    updateActions();
}

ScopesPage::~ScopesPage() = default;

QTreeWidget *ScopesPage::list() const
{
    return m_ui->list;
}

void ScopesPage::setContext(const QString &organization, Scope::Kind kind, const QString &project,
                            const QList<Scope> &scopes)
{
    m_organization = organization;
    m_kind = kind;
    m_project = project;
    const bool environments = kind == Scope::Kind::Environment;
    const QString where =
        project.isEmpty() ? organization : tr("the project %1 of %2").arg(project, organization);
    m_ui->titleLabel->setText(environments ? tr("Environments") : tr("Stacks"));
    m_ui->descriptionLabel->setText(
        environments
            ? tr("The Pulumi ESC environments of %1 whose webhooks this console manages. Each "
                 "has its own Integrations and Webhooks.")
                  .arg(where)
            : tr("The stacks of %1 whose webhooks this console manages. Each has its own "
                 "Integrations and Webhooks; import them from “pulumi stack ls --json”.")
                  .arg(where));
    m_ui->descriptionLabel->setText(shortenLongWords(m_ui->descriptionLabel->text()));
    m_ui->addButton->setText(environments ? tr("&Add environment…") : tr("&Add stack…"));
    m_ui->importButton->setVisible(!environments);
    m_ui->list->setHeaderLabels({tr("Project"), environments ? tr("Environment") : tr("Stack")});
    m_ui->list->setAccessibleName(environments ? tr("Environments") : tr("Stacks"));
    m_ui->list->clear();
    refresh(scopes);
}

void ScopesPage::refresh(const QList<Scope> &scopes)
{
    const std::optional<Scope> selected = selectedScope();
    const QSignalBlocker blocker(m_ui->list);
    m_ui->list->clear();
    for (const Scope &s : scopes) {
        if (s.organization != m_organization || s.kind() != m_kind ||
            (!m_project.isEmpty() && s.project != m_project))
            continue;
        auto *item = new QTreeWidgetItem(m_ui->list,
                                         {s.project, s.isEnvironment() ? s.environment : s.stack});
        item->setData(0, ScopeRole, QVariant::fromValue(s));
        item->setToolTip(0, s.displayPath());
        item->setToolTip(1, s.displayPath());
        if (selected && *selected == s)
            m_ui->list->setCurrentItem(item);
    }
    m_ui->list->sortItems(0, Qt::AscendingOrder);
    const bool environments = m_kind == Scope::Kind::Environment;
    m_ui->emptyLabel->setText(
        environments ? tr("No environments yet. Choose “Add environment…” to manage the webhooks "
                          "of a Pulumi ESC environment.")
                     : tr("No stacks yet. Choose “Add stack…”, or “Import stacks…” to read them "
                          "from “pulumi stack ls --json”."));
    m_ui->listStack->setCurrentWidget(m_ui->list->topLevelItemCount() > 0
                                          ? static_cast<QWidget *>(m_ui->list)
                                          : static_cast<QWidget *>(m_ui->emptyLabel));
    updateActions();
}

std::optional<Scope> ScopesPage::selectedScope() const
{
    const QList<QTreeWidgetItem *> items = m_ui->list->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    return items.first()->data(0, ScopeRole).value<Scope>();
}

void ScopesPage::updateActions()
{
    const bool selected = selectedScope().has_value();
    m_ui->renameButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
}

} // namespace wc::gui
