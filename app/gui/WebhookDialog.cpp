#include "WebhookDialog.h"

#include "FormSupport.h"
#include "Validation.h"
#include "WebhookBackend.h"
#include "ui_WebhookDialog.h"

#include <QPushButton>

namespace wc::gui {

WebhookDialog::WebhookDialog(WebhookBackend &backend, const Scope &scope, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WebhookDialog>())
    , m_backend(backend)
    , m_scope(scope)
{
    setUp();
}

WebhookDialog::WebhookDialog(WebhookBackend &backend, const Webhook &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WebhookDialog>())
    , m_backend(backend)
    , m_scope(existing.scope)
    , m_existing(existing)
{
    setUp();
}

WebhookDialog::~WebhookDialog() = default;

void WebhookDialog::setUp()
{
    m_ui->setupUi(this);
    styleAsBanner(m_ui->bannerLabel);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_ui->displayNameEdit->setMaxLength(validation::MaxDisplayNameLength + 1);
    m_ui->nameEdit->setMaxLength(validation::MaxNameLength + 1);
    m_ui->payloadUrlEdit->setMaxLength(validation::MaxUrlLength + 1);
    m_ui->secretEdit->setMaxLength(validation::MaxSecretLength + 1);
    m_ui->nameEdit->setToolTip(tr("Identifies the webhook in %1 and in webhookctl: 1–32 letters, "
                                  "digits, “-”, “_” or “.”.")
                                   .arg(m_scope.path()));
    m_ui->secretEdit->setToolTip(
        tr("Signs every delivery (Pulumi-Webhook-Signature). Kept in your system keychain."));

    if (m_existing) {
        setWindowTitle(tr("Edit webhook “%1”").arg(m_existing->displayName));
        ok->setText(tr("&Save"));
        m_ui->displayNameEdit->setText(m_existing->displayName);
        m_ui->nameEdit->setText(m_existing->name);
        // A password saved before such URLs were refused is not shown; the URL has to change
        // anyway (see below), so the masked text never reaches the database.
        m_ui->payloadUrlEdit->setText(validation::redactedUrl(m_existing->payloadUrl));
        m_ui->activeCheck->setChecked(m_existing->active);
        m_ui->secretEdit->setPlaceholderText(
            m_existing->hasSecret ? tr("Unchanged (a secret is set)") : tr("Optional"));
        m_ui->removeSecretCheck->setVisible(m_existing->hasSecret);
        m_nameEdited = true;
    } else {
        setWindowTitle(tr("Create webhook in %1").arg(m_scope.path()));
        ok->setText(tr("&Create"));
        m_ui->removeSecretCheck->setVisible(false);
    }

    // textChanged, not textEdited: a field revalidates however its text changed, by typing,
    // paste, undo or assistive technology setting it.
    connect(m_ui->displayNameEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        touch(m_ui->displayNameEdit);
        if (!m_nameEdited) {
            m_deriving = true;
            m_ui->nameEdit->setText(validation::deriveName(text));
            m_deriving = false;
            if (!m_ui->nameEdit->text().isEmpty())
                touch(m_ui->nameEdit);
        }
        revalidate();
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] {
        if (m_deriving)
            return; // the display name's handler revalidates
        m_nameEdited = !m_ui->nameEdit->text().isEmpty();
        touch(m_ui->nameEdit);
        revalidate();
    });
    connect(m_ui->payloadUrlEdit, &QLineEdit::textChanged, this, [this] {
        touch(m_ui->payloadUrlEdit);
        revalidate();
    });
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, [this] {
        touch(m_ui->secretEdit);
        if (!m_ui->secretEdit->text().isEmpty())
            m_ui->removeSecretCheck->setChecked(false);
        revalidate();
    });
    connect(m_ui->removeSecretCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_ui->secretEdit->clear();
        m_ui->secretEdit->setEnabled(!on);
        revalidate();
    });
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showSecretButton->setText(shown ? tr("Hide") : tr("Show"));
        m_ui->showSecretButton->setAccessibleName(shown ? tr("Hide secret") : tr("Show secret"));
    });
    connect(m_ui->generateSecretButton, &QToolButton::clicked, this, [this] {
        m_ui->removeSecretCheck->setChecked(false);
        m_ui->secretEdit->setText(validation::generateSecret());
        // Show what was generated: the user has to copy it to the receiver.
        m_ui->showSecretButton->setChecked(true);
        m_ui->secretEdit->setFocus();
        m_ui->secretEdit->selectAll();
    });
    connect(m_ui->activeCheck, &QCheckBox::toggled, this, &WebhookDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WebhookDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WebhookDialog::reject);

    nameFieldsAfterLabels(this);
    m_ui->displayNameEdit->setFocus();
    if (m_existing) {
        // Saved under older rules (a display name with control characters, a URL with a
        // password or port 0): say at once what has to change before it can be saved.
        for (const auto &[edit, message] :
             {std::pair{m_ui->displayNameEdit, validation::displayName(m_existing->displayName)},
              std::pair{m_ui->payloadUrlEdit, validation::payloadUrl(m_existing->payloadUrl)}}) {
            if (!message.isEmpty())
                touch(edit);
        }
    }
    revalidate();

    // The names already taken here, for the name's field to say so as it changes; the save
    // itself is refused with the same words should one be taken meanwhile.
    whenReady(m_backend.webhooks(m_scope), this,
              [this](const Result<QList<WebhookSummary>> &existing) {
                  for (const WebhookSummary &s : existing.value) {
                      if (!m_existing || s.webhook.name != m_existing->name)
                          m_takenNames.insert(s.webhook.name);
                  }
                  revalidate();
              });
    setMinimumWidth(520);
    adjustSize();
}

void WebhookDialog::touch(QWidget *field)
{
    if (!m_touched.contains(field))
        m_touched << field;
    if (m_serverError && field->objectName().startsWith(m_serverError.field))
        m_serverError = {};
}

WebhookDraft WebhookDialog::draft() const
{
    WebhookDraft d = m_existing ? WebhookDraft::from(*m_existing) : WebhookDraft{};
    d.scope = m_scope;
    d.displayName = m_ui->displayNameEdit->text();
    d.name = m_ui->nameEdit->text();
    d.payloadUrl = m_ui->payloadUrlEdit->text();
    d.active = m_ui->activeCheck->isChecked();
    if (m_ui->removeSecretCheck->isChecked()) {
        d.secretChange = WebhookDraft::SecretChange::Remove;
    } else if (!m_ui->secretEdit->text().isEmpty()) {
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = m_ui->secretEdit->text();
    }
    return d;
}

void WebhookDialog::revalidate()
{
    const WebhookDraft d = draft();
    struct Field
    {
        QLineEdit *edit;
        QLabel *error;
        QString message;
    };
    QString nameMessage = validation::name(d.name);
    if (nameMessage.isEmpty() && m_takenNames.contains(d.name))
        nameMessage = tr("A webhook named “%1” already exists in %2.").arg(d.name, m_scope.path());
    const Field fields[] = {
        {m_ui->displayNameEdit, m_ui->displayNameError, validation::displayName(d.displayName)},
        {m_ui->nameEdit, m_ui->nameError, nameMessage},
        {m_ui->payloadUrlEdit, m_ui->payloadUrlError, validation::payloadUrl(d.payloadUrl)},
        {m_ui->secretEdit, m_ui->secretError, validation::secret(d.secret)},
    };
    bool valid = true;
    for (const Field &f : fields) {
        QString message = f.message;
        if (message.isEmpty() && m_serverError &&
            f.edit->objectName().startsWith(m_serverError.field))
            message = m_serverError.message;
        valid = valid && message.isEmpty();
        showFieldError(f.edit, f.error, m_touched.contains(f.edit) ? message : QString());
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_saving);
}

void WebhookDialog::setSaving(bool saving)
{
    m_saving = saving;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->displayNameEdit), static_cast<QWidget *>(m_ui->nameEdit),
          static_cast<QWidget *>(m_ui->payloadUrlEdit), static_cast<QWidget *>(m_ui->secretEdit),
          static_cast<QWidget *>(m_ui->showSecretButton),
          static_cast<QWidget *>(m_ui->generateSecretButton),
          static_cast<QWidget *>(m_ui->removeSecretCheck),
          static_cast<QWidget *>(m_ui->activeCheck)})
        w->setEnabled(!saving);
    if (!saving)
        m_ui->secretEdit->setEnabled(!m_ui->removeSecretCheck->isChecked());
    if (saving) {
        m_ui->bannerLabel->setStyleSheet({});
        m_ui->bannerLabel->setText(tr("Saving…"));
        m_ui->bannerLabel->setVisible(true);
    }
    revalidate();
}

void WebhookDialog::showSaveError(const Error &error)
{
    const bool fieldError =
        error.code == Error::Code::Invalid || error.code == Error::Code::Conflict;
    if (fieldError && !error.field.isEmpty()) {
        m_ui->bannerLabel->setVisible(false);
        m_serverError = error;
        for (QWidget *field :
             {static_cast<QWidget *>(m_ui->displayNameEdit), static_cast<QWidget *>(m_ui->nameEdit),
              static_cast<QWidget *>(m_ui->payloadUrlEdit),
              static_cast<QWidget *>(m_ui->secretEdit)}) {
            if (field->objectName().startsWith(error.field)) {
                touch(field);
                m_serverError = error; // touch() clears it for this field
                field->setFocus();
            }
        }
        revalidate();
        return;
    }
    styleAsBanner(m_ui->bannerLabel);
    // Saving is all-or-nothing: say so, and keep the form as typed for another try.
    m_ui->bannerLabel->setText(error.message + u' ' + tr("Nothing was saved."));
    m_ui->bannerLabel->setVisible(true);
}

void WebhookDialog::accept()
{
    if (m_saving)
        return;
    // Show every problem, including in fields not yet visited.
    m_touched = {m_ui->displayNameEdit, m_ui->nameEdit, m_ui->payloadUrlEdit, m_ui->secretEdit};
    revalidate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    setSaving(true);
    const QFuture<Result<Webhook>> saved =
        m_existing ? m_backend.update(m_existing->ref(), draft()) : m_backend.create(draft());
    whenReady(saved, this, [this](const Result<Webhook> &result) {
        setSaving(false);
        if (result.error) {
            showSaveError(result.error);
            return;
        }
        m_saved = result.value;
        QDialog::accept();
    });
}

void WebhookDialog::reject()
{
    // The keychain and database are mid-write: let them finish so nothing is half-saved.
    if (m_saving)
        return;
    QDialog::reject();
}

} // namespace wc::gui
