#include "SecretPromptDialog.h"

#include "Async.h"
#include "FormSupport.h"
#include "WebhookBackend.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSecretPrompt, "webhookconsole.gui.secretprompt")

namespace wc::gui {

SecretPromptDialog::SecretPromptDialog(WebhookBackend &backend, const Webhook &webhook,
                                       const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_webhook(webhook)
{
    setWindowTitle(tr("Secret of “%1”").arg(webhook.displayName));
    setObjectName(QStringLiteral("SecretPromptDialog"));

    auto *explanation = new QLabel(shortenLongWords(why), this);
    explanation->setObjectName(QStringLiteral("explanationLabel"));
    explanation->setWordWrap(true);
    explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto *reveal = m_secret->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                       QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the secret"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(shown ? tr("Hide the secret") : tr("Show the secret"));
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("secretError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Secret:"), this);
    label->setBuddy(m_secret);
    form->addRow(label, m_secret);
    form->addRow(QString(), m_error);

    auto *note = new QLabel(tr("It is checked against the fingerprint the shared database keeps, "
                               "then kept in your keychain only."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Keep in my keychain"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecretPromptDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_secret, &QLineEdit::textChanged, this, [this](const QString &text) {
        showFieldError(m_secret, m_error, {});
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty() && !m_checking);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(m_buttons);
    nameFieldsAfterLabels(this);
    m_secret->setFocus();
}

bool SecretPromptDialog::askIfNeeded(const Error &error, WebhookBackend &backend,
                                     const Webhook &webhook, QWidget *parent,
                                     std::function<void()> retry)
{
    if (!error.needsSecret())
        return false;
    auto *dialog = new SecretPromptDialog(backend, webhook, error.message, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, parent, [retry = std::move(retry)] { retry(); });
    dialog->open();
    return true;
}

void SecretPromptDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_secret->setReadOnly(checking);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!checking && !m_secret->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(checking ? tr("Checking…") : tr("&Keep in my keychain"));
}

void SecretPromptDialog::submit()
{
    if (m_checking || m_secret->text().isEmpty())
        return;
    setChecking(true);
    whenReady(m_backend.provideSecret(m_webhook.ref(), m_secret->text()), this,
              [this](const Error &e) {
                  setChecking(false);
                  if (!e) {
                      qCInfo(lcSecretPrompt) << "secret kept for" << m_webhook.ref().toString();
                      accept();
                      return;
                  }
                  showFieldError(m_secret, m_error, e.message);
                  m_secret->selectAll();
                  m_secret->setFocus();
              });
}

} // namespace wc::gui
