#include "PreferencesDialog.h"

#include "Appearance.h"
#include "FormSupport.h"
#include "Settings.h"
#include "Theme.h"
#include "ui_PreferencesDialog.h"

#include <QPushButton>

#include <algorithm>

namespace wc::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_appearanceBefore(appearance::current())
{
    m_ui->setupUi(this);
    // One form, so every field lines up; the sections are headings within it.
    for (QLabel *section : {m_ui->deliverySection, m_ui->historySection, m_ui->appearanceSection,
                            m_ui->teamSection}) {
        QFont bold = section->font();
        bold.setBold(true);
        section->setFont(bold);
    }
    for (QLabel *hint : {m_ui->retentionHint, m_ui->appearanceHint, m_ui->identityHint})
        theme::setTone(hint, theme::Tone::Muted);
    // "10,000 per webhook": thousands as the locale writes them.
    for (QSpinBox *spin : {m_ui->timeoutSpin, m_ui->concurrencySpin, m_ui->retentionDaysSpin,
                           m_ui->retentionCountSpin})
        spin->setGroupSeparatorShown(true);
    // "1 day", "30 days": the suffix follows the value, in every language's plural forms.
    const auto days = [this](int n) {
        m_ui->retentionDaysSpin->setSuffix(tr(" day(s)", nullptr, n));
    };
    connect(m_ui->retentionDaysSpin, &QSpinBox::valueChanged, this, days);

    m_ui->appearanceCombo->addItem(tr("System"), appearance::key(appearance::Mode::System));
    m_ui->appearanceCombo->addItem(tr("Light"), appearance::key(appearance::Mode::Light));
    m_ui->appearanceCombo->addItem(tr("Dark"), appearance::key(appearance::Mode::Dark));
    m_ui->appearanceCombo->setCurrentIndex(
        m_ui->appearanceCombo->findData(appearance::key(appearance::stored())));

    m_ui->identityEdit->setText(Settings::identityName());
    m_ui->identityEdit->setPlaceholderText(Settings::defaultIdentity());
    m_ui->timeoutSpin->setValue(Settings::timeoutSeconds());
    m_ui->concurrencySpin->setValue(Settings::redeliveryConcurrency());
    m_ui->retentionDaysSpin->setValue(Settings::retentionDays());
    days(m_ui->retentionDaysSpin->value());
    m_ui->retentionCountSpin->setValue(Settings::retentionCount());

    // Each mnemonic once: Restore defaults leaves D to "Keep deliveries" and R to
    // "Redeliveries at once".
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setText(tr("R&estore Defaults"));

    // Seen at once, on the whole window; Cancel goes back.
    connect(m_ui->appearanceCombo, &QComboBox::currentIndexChanged, this,
            [this] { appearance::apply(chosenAppearance()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                m_ui->timeoutSpin->setValue(Settings::DefaultTimeoutSeconds);
                m_ui->concurrencySpin->setValue(Settings::DefaultRedeliveryConcurrency);
                m_ui->retentionDaysSpin->setValue(Settings::DefaultRetentionDays);
                m_ui->retentionCountSpin->setValue(Settings::DefaultRetentionCount);
                m_ui->appearanceCombo->setCurrentIndex(
                    m_ui->appearanceCombo->findData(appearance::key(appearance::Mode::System)));
            });
    // The fields in one column of one width, as the labels are in one column.
    const QList<QWidget *> fields{m_ui->timeoutSpin, m_ui->concurrencySpin, m_ui->retentionDaysSpin,
                                  m_ui->retentionCountSpin, m_ui->appearanceCombo};
    int width = 0;
    for (const QWidget *field : fields)
        width = std::max(width, field->sizeHint().width());
    for (QWidget *field : fields)
        field->setMinimumWidth(width);
    nameFieldsAfterLabels(this);
    setMinimumWidth(440);
    adjustSize();
}

PreferencesDialog::~PreferencesDialog() = default;

appearance::Mode PreferencesDialog::chosenAppearance() const
{
    return appearance::fromKey(m_ui->appearanceCombo->currentData().toString());
}

void PreferencesDialog::accept()
{
    Settings::setTimeoutSeconds(m_ui->timeoutSpin->value());
    Settings::setRedeliveryConcurrency(m_ui->concurrencySpin->value());
    Settings::setRetentionDays(m_ui->retentionDaysSpin->value());
    Settings::setRetentionCount(m_ui->retentionCountSpin->value());
    appearance::store(chosenAppearance());
    Settings::setIdentityName(m_ui->identityEdit->text());
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    if (appearance::current() != m_appearanceBefore)
        appearance::apply(m_appearanceBefore);
    QDialog::reject();
}

} // namespace wc::gui
