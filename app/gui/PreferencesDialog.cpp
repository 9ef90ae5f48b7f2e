#include "PreferencesDialog.h"

#include "FormSupport.h"
#include "Settings.h"
#include "ui_PreferencesDialog.h"

#include <QPushButton>

namespace wc::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->timeoutSpin->setValue(Settings::timeoutSeconds());
    m_ui->concurrencySpin->setValue(Settings::redeliveryConcurrency());
    m_ui->retentionDaysSpin->setValue(Settings::retentionDays());
    m_ui->retentionCountSpin->setValue(Settings::retentionCount());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                m_ui->timeoutSpin->setValue(Settings::DefaultTimeoutSeconds);
                m_ui->concurrencySpin->setValue(Settings::DefaultRedeliveryConcurrency);
                m_ui->retentionDaysSpin->setValue(Settings::DefaultRetentionDays);
                m_ui->retentionCountSpin->setValue(Settings::DefaultRetentionCount);
            });
    nameFieldsAfterLabels(this);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    Settings::setTimeoutSeconds(m_ui->timeoutSpin->value());
    Settings::setRedeliveryConcurrency(m_ui->concurrencySpin->value());
    Settings::setRetentionDays(m_ui->retentionDaysSpin->value());
    Settings::setRetentionCount(m_ui->retentionCountSpin->value());
    QDialog::accept();
}

} // namespace wc::gui
