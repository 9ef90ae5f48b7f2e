#include "ScopeDialog.h"

#include "FormSupport.h"
#include "Theme.h"
#include "Validation.h"
#include "WebhookBackend.h"
#include "ui_ScopeDialog.h"

#include <QPushButton>

namespace wc::gui {

ScopeDialog::ScopeDialog(WebhookBackend &backend, Scope::Kind kind,
                         const QStringList &organizations, const QList<Scope> &known,
                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScopeDialog>())
    , m_backend(backend)
    , m_kind(kind)
    , m_known(known)
{
    m_ui->setupUi(this);
    m_ui->organizationCombo->addItems(organizations);
    setUp();
}

ScopeDialog::ScopeDialog(WebhookBackend &backend, const Scope &scope, const QList<Scope> &known,
                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScopeDialog>())
    , m_backend(backend)
    , m_kind(scope.kind())
    , m_renaming(scope)
    , m_known(known)
{
    m_ui->setupUi(this);
    m_ui->organizationCombo->addItem(scope.organization);
    m_ui->organizationCombo->setEnabled(false); // a rename stays in its organization
    setUp();
    m_ui->projectCombo->setEditText(scope.project);
    m_ui->nameEdit->setText(scope.isEnvironment() ? scope.environment : scope.stack);
    m_ui->nameEdit->selectAll();
    revalidate();
}

ScopeDialog::~ScopeDialog() = default;

void ScopeDialog::setUp()
{
    const bool environment = m_kind == Scope::Kind::Environment;
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (m_renaming) {
        setWindowTitle(environment ? tr("Rename environment “%1”").arg(m_renaming->name())
                                   : tr("Rename stack “%1”").arg(m_renaming->name()));
        m_ui->introLabel->setText(
            environment
                ? tr("Its webhooks, their secrets and delivery histories move with it.")
                : tr("Its webhooks, their secrets and delivery histories move with it. Rename "
                     "it here when you rename it in Pulumi (pulumi stack rename)."));
        ok->setText(tr("&Rename"));
    } else {
        setWindowTitle(environment ? tr("Add environment") : tr("Add stack"));
        m_ui->introLabel->setText(
            environment ? tr("A Pulumi ESC environment, written project/environment in Pulumi "
                             "Cloud. Its webhooks receive environment and change request "
                             "events.")
                        : tr("A stack of a Pulumi project, as in Pulumi Cloud. Its webhooks "
                             "receive the stack's update, deployment and policy events."));
        ok->setText(tr("&Add"));
    }
    m_ui->nameLabel->setText(environment ? tr("&Environment") : tr("&Stack"));
    m_ui->nameEdit->setPlaceholderText(environment ? QStringLiteral("production")
                                                   : QStringLiteral("prod"));
    m_ui->projectCombo->lineEdit()->setPlaceholderText(QStringLiteral("website"));
    m_ui->projectCombo->lineEdit()->setMaxLength(validation::MaxOrganizationLength + 1);
    m_ui->nameEdit->setMaxLength(validation::MaxOrganizationLength + 1);
    theme::styleAsBanner(m_ui->bannerLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    fillProjects();
    // Long names (up to 100 characters) never widen the dialog: the list shows them whole.
    m_ui->organizationCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->organizationCombo->setMinimumContentsLength(16);
    m_ui->projectCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->projectCombo->setMinimumContentsLength(16);

    connect(m_ui->organizationCombo, &QComboBox::currentTextChanged, this, [this] {
        fillProjects();
        revalidate();
    });
    connect(m_ui->projectCombo, &QComboBox::currentTextChanged, this, &ScopeDialog::revalidate);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ScopeDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ScopeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ScopeDialog::reject);
    nameFieldsAfterLabels(this);
    (m_renaming ? static_cast<QWidget *>(m_ui->nameEdit)
                : static_cast<QWidget *>(m_ui->projectCombo))
        ->setFocus();
    revalidate();
    setMinimumWidth(460);
    adjustSize();
}

void ScopeDialog::fillProjects()
{
    // The organization's projects, to pick from; any other can be typed.
    const QString typed = m_ui->projectCombo->currentText();
    const QSignalBlocker blocker(m_ui->projectCombo);
    m_ui->projectCombo->clear();
    QStringList projects;
    for (const Scope &s : std::as_const(m_known)) {
        if (s.organization == m_ui->organizationCombo->currentText() &&
            !projects.contains(s.project))
            projects << s.project;
    }
    projects.sort(Qt::CaseInsensitive);
    m_ui->projectCombo->addItems(projects);
    m_ui->projectCombo->setCurrentIndex(-1);
    m_ui->projectCombo->setEditText(typed);
}

void ScopeDialog::setOrganization(const QString &organization)
{
    m_ui->organizationCombo->setCurrentText(organization);
}

void ScopeDialog::setProject(const QString &project)
{
    m_ui->projectCombo->setEditText(project);
    if (!project.isEmpty() && !m_renaming)
        m_ui->nameEdit->setFocus();
}

Scope ScopeDialog::scope() const
{
    const QString org = m_ui->organizationCombo->currentText();
    const QString project = m_ui->projectCombo->currentText().trimmed();
    const QString name = m_ui->nameEdit->text().trimmed();
    return m_kind == Scope::Kind::Environment ? Scope::environmentScope(org, project, name)
                                              : Scope::stackScope(org, project, name);
}

void ScopeDialog::revalidate()
{
    const Scope s = scope();
    const bool environment = m_kind == Scope::Kind::Environment;
    const QString project = m_ui->projectCombo->currentText().trimmed();
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString projectMessage =
        project.isEmpty() ? QString()
                          : validation::scopeSegment(project, validation::ScopePart::Project);
    QString nameMessage =
        name.isEmpty()
            ? QString()
            : validation::scopeSegment(name, environment ? validation::ScopePart::Environment
                                                         : validation::ScopePart::Stack);
    if (nameMessage.isEmpty() && !project.isEmpty() && !name.isEmpty() && m_known.contains(s) &&
        (!m_renaming || *m_renaming != s))
        nameMessage = environment ? tr("The environment %1 is already here.").arg(s.displayPath())
                                  : tr("The stack %1 is already here.").arg(s.displayPath());
    showFieldError(m_ui->projectCombo, m_ui->projectError, projectMessage);
    showFieldError(m_ui->nameEdit, m_ui->nameError, nameMessage);
    const bool complete =
        !project.isEmpty() && !name.isEmpty() && !m_ui->organizationCombo->currentText().isEmpty();
    const bool changed = !m_renaming || *m_renaming != s;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(complete && changed && projectMessage.isEmpty() && nameMessage.isEmpty() &&
                     !m_saving);
}

void ScopeDialog::accept()
{
    if (m_saving || !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_saving = true;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->organizationCombo),
          static_cast<QWidget *>(m_ui->projectCombo), static_cast<QWidget *>(m_ui->nameEdit)})
        w->setEnabled(false);
    revalidate();
    const Scope target = scope();
    const QFuture<Error> saved =
        m_renaming ? m_backend.renameScope(*m_renaming, target) : m_backend.addScope(target);
    whenReady(saved, this, [this](const Error &error) {
        m_saving = false;
        m_ui->organizationCombo->setEnabled(!m_renaming);
        m_ui->projectCombo->setEnabled(true);
        m_ui->nameEdit->setEnabled(true);
        if (error) {
            m_ui->bannerLabel->setText(
                shortenLongWords(error.message + u' ' + tr("Nothing was changed.")));
            m_ui->bannerLabel->setVisible(true);
            fitToContents(this);
            revalidate();
            return;
        }
        QDialog::accept();
    });
}

void ScopeDialog::reject()
{
    if (m_saving)
        return; // the rename moves webhooks: let it finish
    QDialog::reject();
}

} // namespace wc::gui
