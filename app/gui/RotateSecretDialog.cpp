#include "RotateSecretDialog.h"

#include "Async.h"
#include "FormSupport.h"
#include "SecretPromptDialog.h"
#include "Theme.h"
#include "Validation.h"
#include "WebhookBackend.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcRotate, "webhookconsole.gui.rotatesecret")

namespace wc::gui {

namespace {
constexpr int DefaultCustomHours = 48;

QString shortTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QLabel *wideLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    // Word-wrapped labels in a form otherwise shrink to their narrowest layout.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setMinimumWidth(300);
    return label;
}
} // namespace

RotateSecretDialog::RotateSecretDialog(WebhookBackend &backend, const Webhook &webhook,
                                       QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_webhook(webhook)
    , m_scheme(SignatureScheme::get(webhook.signature))
{
    setObjectName(QStringLiteral("RotateSecretDialog"));
    setWindowTitle(isRotation() ? tr("Rotate secret of “%1”").arg(webhook.displayName)
                                : tr("Set secret of “%1”").arg(webhook.displayName));

    m_banner = wideLabel(this, "bannerLabel");
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::styleAsBanner(m_banner);
    m_banner->hide();

    auto *intro = wideLabel(this, "introLabel");
    intro->setText(shortenLongWords(
        isRotation()
            ? tr("“%1” signs its deliveries with the %2 scheme. Enter or generate the new "
                 "secret, and give it to your receiver.")
                  .arg(webhook.displayName, m_scheme.displayName())
            : tr("“%1” has no secret: its deliveries carry no signature. With one, they are "
                 "signed with the %2 scheme.")
                  .arg(webhook.displayName, m_scheme.displayName())));

    // The new secret, with Show, Generate and Copy beside it.
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMaxLength(validation::MaxSecretLength + 1);
    // A generated secret (up to 50 characters) shows whole.
    m_secret->setMinimumWidth(fontMetrics().horizontalAdvance(m_scheme.generateSecret()) + 16);
    m_secret->setToolTip(tr("Kept in your system keychain only."));
    m_show = new QToolButton(this);
    m_show->setObjectName(QStringLiteral("showSecretButton"));
    m_show->setText(tr("S&how"));
    m_show->setAccessibleName(tr("Show secret"));
    m_show->setCheckable(true);
    m_show->setFocusPolicy(Qt::StrongFocus);
    m_generate = new QToolButton(this);
    m_generate->setObjectName(QStringLiteral("generateSecretButton"));
    m_generate->setText(tr("&Generate"));
    m_generate->setAccessibleName(tr("Generate secret"));
    m_generate->setToolTip(
        tr("Makes a new random secret of the %1 scheme's shape.").arg(m_scheme.displayName()));
    m_generate->setFocusPolicy(Qt::StrongFocus);
    m_copy = new QPushButton(tr("Cop&y"), this);
    m_copy->setObjectName(QStringLiteral("copySecretButton"));
    m_copy->setAccessibleName(tr("Copy secret"));
    m_copy->setToolTip(tr("Puts the new secret on the clipboard, for your receiver."));
    m_copy->setAutoDefault(false);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_show);
    secretRow->addWidget(m_generate);
    secretRow->addWidget(m_copy);
    m_secretError = wideLabel(this, "secretError");
    m_secretError->hide();
    m_note = wideLabel(this, "secretNote");

    // How long the previous secret stays.
    m_overlap = new QComboBox(this);
    m_overlap->setObjectName(QStringLiteral("overlapCombo"));
    m_overlap->addItem(tr("None"), 0);
    m_overlap->addItem(tr("1 hour"), 1);
    m_overlap->addItem(tr("24 hours"), 24);
    m_overlap->addItem(tr("7 days"), 24 * 7);
    m_overlap->addItem(tr("Custom"), -1);
    m_overlap->setCurrentIndex(int(Overlap::OneDay));
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("overlapHoursSpin"));
    m_hours->setRange(
        1, int(std::chrono::duration_cast<std::chrono::hours>(WebhookBackend::MaxRotationOverlap)
                   .count()));
    m_hours->setValue(DefaultCustomHours);
    // " hour" or " hours", as the number says.
    const auto suffix = [this](int hours) {
        m_hours->setSuffix(tr(" hour(s)", nullptr, hours));
    };
    suffix(m_hours->value());
    connect(m_hours, &QSpinBox::valueChanged, this, suffix);
    m_hours->setAccessibleName(tr("Overlap in hours"));
    m_hours->setToolTip(tr("Up to %1 hours (30 days).").arg(m_hours->maximum()));
    m_hours->setVisible(false);
    auto *overlapRow = new QHBoxLayout;
    overlapRow->addWidget(m_overlap);
    overlapRow->addWidget(m_hours);
    overlapRow->addStretch(1);
    m_overlapError = wideLabel(this, "overlapError");
    m_overlapError->hide();
    m_explanation = wideLabel(this, "explanationLabel");
    m_ongoing = wideLabel(this, "ongoingLabel");
    theme::setTone(m_ongoing, theme::Tone::Warning);

    // Notes under a field have a blank label: QFormLayout sizes a label-less row by its wrapped
    // label's size hint, not by the height the text needs at the form's width. Such rows are
    // shown and hidden whole (setRowVisible), blank label included.
    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(4);
    auto *secretLabel = new QLabel(isRotation() ? tr("New s&ecret") : tr("S&ecret"), this);
    secretLabel->setObjectName(QStringLiteral("secretLabel"));
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, secretRow);
    form->addRow(static_cast<QWidget *>(nullptr), m_secretError);
    form->addRow(new QLabel(this), m_note);
    form->setRowVisible(m_note, false);
    auto *overlapLabel = new QLabel(tr("&Overlap"), this);
    overlapLabel->setObjectName(QStringLiteral("overlapLabel"));
    overlapLabel->setBuddy(m_overlap);
    form->addRow(overlapLabel, overlapRow);
    form->addRow(static_cast<QWidget *>(nullptr), m_overlapError);
    form->addRow(new QLabel(this), m_explanation);
    form->addRow(new QLabel(this), m_ongoing);
    // The first secret replaces nothing: no overlap to choose.
    if (!isRotation())
        form->setRowVisible(overlapLabel, false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(isRotation() ? tr("&Rotate secret") : tr("Se&t secret"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RotateSecretDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RotateSecretDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (isCloud()) {
        // Pulumi Cloud keeps one secret per webhook and signs with it alone.
        m_overlap->setCurrentIndex(int(Overlap::None));
        m_overlap->setEnabled(false);
        m_overlap->setToolTip(tr("Pulumi Cloud keeps one secret per webhook."));
    }
    if (isRotation() && m_webhook.previousSecretUntil.isValid() &&
        m_webhook.previousSecretUntil > QDateTime::currentDateTimeUtc()) {
        m_ongoing->setText(tr("A rotation is under way: the secret before the current one, kept "
                              "until %1, leaves your keychain when this one starts.")
                               .arg(shortTime(m_webhook.previousSecretUntil)));
    } else {
        form->setRowVisible(m_ongoing, false);
    }

    connect(m_secret, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_touched = true;
        if (m_serverError.field == u"secret")
            m_serverError = {};
        if (text != m_generated)
            m_form->setRowVisible(m_note, false);
        m_copy->setText(tr("Cop&y"));
        revalidate();
    });
    connect(m_show, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(shown ? tr("&Hide") : tr("S&how"));
        m_show->setAccessibleName(shown ? tr("Hide secret") : tr("Show secret"));
    });
    connect(m_generate, &QToolButton::clicked, this, &RotateSecretDialog::generate);
    connect(m_copy, &QPushButton::clicked, this, &RotateSecretDialog::copy);
    connect(m_overlap, &QComboBox::currentIndexChanged, this, [this] {
        m_hours->setVisible(m_overlap->currentData().toInt() < 0);
        if (m_serverError.field == u"overlap")
            m_serverError = {};
        explain();
        revalidate();
    });
    connect(m_hours, &QSpinBox::valueChanged, this, [this] {
        if (m_serverError.field == u"overlap")
            m_serverError = {};
        explain();
        revalidate();
    });

    nameFieldsAfterLabels(this);
    explain();
    revalidate();
    setMinimumWidth(600);
    adjustSize();
    m_secret->setFocus();
}

RotateSecretDialog::~RotateSecretDialog() = default;

bool RotateSecretDialog::isCloud() const
{
    return !m_backend.cloudApiUrl(m_webhook.scope.organization).isEmpty();
}

std::chrono::seconds RotateSecretDialog::overlap() const
{
    if (!isRotation())
        return std::chrono::seconds(0);
    const int hours = m_overlap->currentData().toInt();
    return std::chrono::hours(hours < 0 ? m_hours->value() : hours);
}

void RotateSecretDialog::explain()
{
    QString text;
    const auto seconds = overlap();
    if (!isRotation()) {
        text = tr("Deliveries are signed with this secret from the moment it is set: give it to "
                  "your receiver at the same time.");
    } else if (isCloud()) {
        text = tr("Pulumi Cloud keeps one secret per webhook, so there is no overlap: the new "
                  "secret replaces the current one at once. Update your receiver at the same "
                  "time.");
    } else if (seconds.count() == 0) {
        text = tr("The new secret replaces the current one at once, and the current one leaves "
                  "your keychain: update your receiver at the same time, or it refuses "
                  "deliveries until you do.");
    } else {
        const QString until = shortTime(QDateTime::currentDateTime().addSecs(seconds.count()));
        text = m_scheme.signsWithEverySecret()
                   ? tr("During the overlap every %1 delivery carries two signatures, one made "
                        "with the new secret and one with the previous: give your receiver the "
                        "new secret any time before %2. Then the previous secret leaves your "
                        "keychain.")
                         .arg(m_scheme.displayName(), until)
                   : tr("%1 deliveries carry one signature, made with the new secret: until %2 "
                        "your receiver has to accept both the previous and the new secret. "
                        "Then the previous secret leaves your keychain.")
                         .arg(m_scheme.displayName(), until);
    }
    if (m_explanation->text() == text)
        return;
    m_explanation->setText(text);
    fitToContents(this);
}

void RotateSecretDialog::generate()
{
    m_generated = m_scheme.generateSecret();
    m_secret->setText(m_generated);
    // Shown, for the user to copy it to the receiver now: the console never shows it again.
    m_show->setChecked(true);
    showNote(tr("Copy it to your receiver now: it will not be shown again."), false);
    m_secret->setFocus();
    m_secret->selectAll();
}

void RotateSecretDialog::copy()
{
    if (m_secret->text().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_secret->text());
    m_copy->setText(tr("Copied ✓"));
    showNote(tr("Copied to the clipboard. Paste it into your receiver's settings."), true);
}

void RotateSecretDialog::showNote(const QString &text, bool copied)
{
    theme::setTone(m_note, copied ? theme::Tone::Success : theme::Tone::Warning);
    m_note->setText(text);
    m_form->setRowVisible(m_note, true);
    m_secret->setAccessibleDescription(text);
    fitToContents(this);
}

void RotateSecretDialog::revalidate()
{
    const QString secret = m_secret->text();
    QString secretMessage;
    if (!secret.isEmpty())
        secretMessage = m_scheme.secretProblem(secret);
    else if (m_touched)
        secretMessage = tr("Enter the new secret, or generate one.");
    if (secretMessage.isEmpty() && m_serverError.field == u"secret")
        secretMessage = m_serverError.message;
    const QString overlapMessage =
        m_serverError.field == u"overlap" ? m_serverError.message : QString();
    showFieldError(m_secret, m_secretError, secretMessage);
    showFieldError(m_overlap, m_overlapError, overlapMessage);
    m_copy->setEnabled(!secret.isEmpty() && !m_busy);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !secret.isEmpty() && secretMessage.isEmpty() &&
                     overlapMessage.isEmpty());
}

void RotateSecretDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_show), static_cast<QWidget *>(m_generate),
                       static_cast<QWidget *>(m_hours)})
        w->setEnabled(!busy);
    m_secret->setReadOnly(busy);
    m_overlap->setEnabled(!busy && !isCloud());
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(busy ? (isRotation() ? tr("Rotating…") : tr("Saving…"))
                       : (isRotation() ? tr("&Rotate secret") : tr("Se&t secret")));
    if (busy)
        m_banner->hide();
    revalidate();
}

void RotateSecretDialog::showError(const Error &error)
{
    // A teammate's secret that this keychain lacks: asked for, then the rotation again.
    if (SecretPromptDialog::askIfNeeded(error, m_backend, m_webhook, this, [this] { accept(); }))
        return;
    const bool fieldError =
        error.code == Error::Code::Invalid || error.code == Error::Code::Conflict;
    if (fieldError && (error.field == u"secret" || error.field == u"overlap")) {
        m_serverError = error;
        revalidate();
        (error.field == u"secret" ? static_cast<QWidget *>(m_secret)
                                  : static_cast<QWidget *>(m_overlap))
            ->setFocus();
        return;
    }
    m_banner->setText(shortenLongWords(error.message + u' ' + tr("Nothing was changed.")));
    m_banner->show();
    fitToContents(this);
}

void RotateSecretDialog::accept()
{
    if (m_busy)
        return;
    m_touched = true;
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    setBusy(true);
    const WebhookRef ref = m_webhook.ref();
    whenReady(m_backend.rotateSecret(ref, m_secret->text(), overlap()), this,
              [this, ref](const Result<Webhook> &result) {
                  setBusy(false);
                  if (result.error) {
                      qCInfo(lcRotate) << "rotation refused for" << ref.toString() << ":"
                                       << result.error.message;
                      showError(result.error);
                      return;
                  }
                  m_rotated = result.value;
                  QDialog::accept();
              });
}

void RotateSecretDialog::reject()
{
    // The keychain and the database are mid-write: let them finish, nothing half-done.
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace wc::gui
