#include "OrganizationDialog.h"

#include "FormSupport.h"
#include "Validation.h"
#include "ui_OrganizationDialog.h"

#include <QPushButton>

namespace wc::gui {

OrganizationDialog::OrganizationDialog(const QStringList &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrganizationDialog>())
    , m_existing(existing)
{
    m_ui->setupUi(this);
    if (!existing.isEmpty()) {
        setWindowTitle(tr("Add organization"));
        m_ui->introLabel->setText(tr("Add another organization whose webhooks you manage."));
    }
    m_ui->organizationEdit->setMaxLength(validation::MaxOrganizationLength + 1);
    // Each mnemonic once: Cancel keeps its C.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(existing.isEmpty() ? tr("Co&ntinue") : tr("&Add"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(m_ui->organizationEdit, &QLineEdit::textChanged, this, &OrganizationDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    nameFieldsAfterLabels(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    // The error under the field may take two lines: the dialog grows for it (showFieldError).
    m_ui->organizationError->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumWidth(440);
    adjustSize();
}

OrganizationDialog::~OrganizationDialog() = default;

QString OrganizationDialog::organization() const
{
    return m_ui->organizationEdit->text().trimmed();
}

void OrganizationDialog::revalidate()
{
    QString message = validation::scopeSegment(organization(), validation::ScopePart::Organization);
    if (message.isEmpty() && m_existing.contains(organization()))
        message = tr("“%1” is already in the list.").arg(organization());
    showFieldError(m_ui->organizationEdit, m_ui->organizationError, message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

} // namespace wc::gui
