#include "CopyWebhooksDialog.h"

#include "FormSupport.h"
#include "Prompt.h"
#include "WebhookBackend.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wc::gui {

CopyWebhooksDialog::CopyWebhooksDialog(WebhookBackend &backend, Direction direction,
                                       const QList<Webhook> &webhooks,
                                       const QList<WebhookRef> &chosen, const QStringList &targets,
                                       QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_direction(direction)
{
    const bool publish = direction == Direction::Publish;
    setWindowTitle(publish ? tr("Publish to Pulumi Cloud") : tr("Copy to Local"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        publish ? tr("Each webhook chosen is created in the Pulumi Cloud organization, in the "
                     "same stack or environment and with the same name. Their secrets are read "
                     "from your keychain and sent to Pulumi Cloud.")
                : tr("Each webhook chosen is created in the organization of this console's own, "
                     "in the same stack or environment and with the same name. Pulumi Cloud "
                     "never gives out secrets: you are asked for them afterwards."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_webhooks = new QListWidget(this);
    m_webhooks->setObjectName(QStringLiteral("webhookList"));
    for (const Webhook &w : webhooks) {
        auto *item =
            new QListWidgetItem(tr("%1 (%2)").arg(w.displayName, w.ref().toString()), m_webhooks);
        item->setData(Qt::UserRole, QVariant::fromValue(w.ref()));
        item->setCheckState(chosen.contains(w.ref()) ? Qt::Checked : Qt::Unchecked);
    }
    auto *webhooksLabel = new QLabel(tr("&Webhooks:"), this);
    webhooksLabel->setBuddy(m_webhooks);
    form->addRow(webhooksLabel, m_webhooks);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetBox"));
    m_target->setEditable(!publish); // a new local organization may be named
    m_target->addItems(targets);
    auto *targetLabel =
        new QLabel(publish ? tr("&To Pulumi Cloud organization:") : tr("&To organization:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);
    m_targetError = new QLabel(this);
    m_targetError->setWordWrap(true);
    m_targetError->hide();
    form->addRow(QString(), m_targetError);
    layout->addLayout(form);

    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("reportLabel"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->hide();
    layout->addWidget(m_report);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(publish ? tr("&Publish") : tr("&Copy"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CopyWebhooksDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CopyWebhooksDialog::reject);
    nameFieldsAfterLabels(this);
    resize(560, sizeHint().height());
}

void CopyWebhooksDialog::accept()
{
    if (m_done) {
        QDialog::accept();
        return;
    }
    QList<WebhookRef> refs;
    for (int i = 0; i < m_webhooks->count(); ++i) {
        if (m_webhooks->item(i)->checkState() == Qt::Checked)
            refs << m_webhooks->item(i)->data(Qt::UserRole).value<WebhookRef>();
    }
    const QString target = m_target->currentText().trimmed();
    if (refs.isEmpty()) {
        showFieldError(m_webhooks, m_targetError, tr("Choose at least one webhook."));
        return;
    }
    if (target.isEmpty()) {
        showFieldError(m_target, m_targetError, tr("Choose the organization to copy to."));
        return;
    }
    showFieldError(m_target, m_targetError, {});
    const bool publish = m_direction == Direction::Publish;
    m_buttons->setEnabled(false);
    setCursor(Qt::BusyCursor);
    whenReady(m_backend.copyWebhooks(refs, target, publish), this,
              [this](const Result<QList<CopyOutcome>> &r) {
                  m_buttons->setEnabled(true);
                  unsetCursor();
                  if (r.error) {
                      showFieldError(m_target, m_targetError, r.error.message);
                      return;
                  }
                  m_outcomes = r.value;
                  QStringList lines;
                  for (const CopyOutcome &o : r.value) {
                      switch (o.status) {
                      case CopyOutcome::Status::Created:
                          lines << (o.secretCopied       ? tr("✓ %1: created, with its secret.")
                                    : o.secretLeftBehind ? tr("✓ %1: created, without its secret "
                                                              "(asked for below).")
                                                         : tr("✓ %1: created."))
                                       .arg(o.to.toString());
                          break;
                      case CopyOutcome::Status::Exists:
                          lines << tr("= %1: already exists; left as it is.").arg(o.to.toString());
                          break;
                      case CopyOutcome::Status::Failed:
                          lines << tr("✗ %1: %2").arg(o.from.toString(), o.message);
                          break;
                      }
                  }
                  m_report->setText(lines.join(u'\n'));
                  m_report->show();
                  m_done = true;
                  m_buttons->setStandardButtons(QDialogButtonBox::Close);
                  connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this,
                          &QDialog::accept);
                  m_webhooks->setEnabled(false);
                  m_target->setEnabled(false);
                  askForSecrets();
                  fitToContents(this);
              });
}

void CopyWebhooksDialog::askForSecrets()
{
    // Pulumi Cloud never gives out a secret: the user is asked for those that had one.
    QList<WebhookRef> missing;
    for (const CopyOutcome &o : std::as_const(m_outcomes)) {
        if (o.status == CopyOutcome::Status::Created && o.secretLeftBehind)
            missing << o.to;
    }
    if (missing.isEmpty())
        return;
    m_secretsBox = new QGroupBox(tr("Secrets"), this);
    m_secretsBox->setObjectName(QStringLiteral("secretsBox"));
    auto *form = new QFormLayout(m_secretsBox);
    auto *why = new QLabel(tr("These had a secret in Pulumi Cloud, which never gives it out. Enter "
                              "each (it goes to your keychain), or leave it empty to set it "
                              "later with Edit."),
                           m_secretsBox);
    why->setWordWrap(true);
    form->addRow(why);
    for (const WebhookRef &ref : std::as_const(missing)) {
        auto *edit = new QLineEdit(m_secretsBox);
        edit->setEchoMode(QLineEdit::Password);
        edit->setProperty("webhook", QVariant::fromValue(ref));
        edit->setAccessibleName(tr("Secret of %1").arg(ref.toString()));
        form->addRow(shortenLongWords(ref.toString(), 40), edit);
        m_secretEdits << edit;
    }
    qobject_cast<QVBoxLayout *>(layout())->insertWidget(layout()->count() - 1, m_secretsBox);
    m_secretsBox->show(); // made after the dialog was shown: the layout would show it later
    auto *save = m_buttons->addButton(tr("&Save Secrets"), QDialogButtonBox::ApplyRole);
    save->setObjectName(QStringLiteral("saveSecretsButton"));
    connect(save, &QPushButton::clicked, this, [this, save] {
        save->setEnabled(false);
        saveSecrets(m_secretEdits, {});
    });
    m_secretEdits.constFirst()->setFocus();
}

void CopyWebhooksDialog::saveSecrets(QList<QLineEdit *> edits, QStringList saved)
{
    while (!edits.isEmpty() && edits.constFirst()->text().isEmpty())
        edits.removeFirst();
    if (edits.isEmpty()) {
        if (!saved.isEmpty())
            m_report->setText(m_report->text() + u'\n' +
                              tr("Secrets saved for %1.").arg(saved.join(QStringLiteral(", "))));
        fitToContents(this);
        return;
    }
    QLineEdit *edit = edits.takeFirst();
    const WebhookRef ref = edit->property("webhook").value<WebhookRef>();
    whenReady(m_backend.webhook(ref), this,
              [this, edit, ref, edits, saved](const Result<Webhook> &found) {
                  if (found.error) {
                      m_report->setText(m_report->text() + u'\n' +
                                        tr("✗ %1: %2").arg(ref.toString(), found.error.message));
                      saveSecrets(edits, saved);
                      return;
                  }
                  WebhookDraft draft = WebhookDraft::from(found.value);
                  draft.secretChange = WebhookDraft::SecretChange::Set;
                  draft.secret = edit->text();
                  whenReady(m_backend.update(ref, draft), this,
                            [this, edit, ref, edits, saved](const Result<Webhook> &r) mutable {
                                if (r.error) {
                                    m_report->setText(
                                        m_report->text() + u'\n' +
                                        tr("✗ %1: %2").arg(ref.toString(), r.error.message));
                                } else {
                                    edit->clear();
                                    edit->setEnabled(false);
                                    saved << ref.toString();
                                }
                                saveSecrets(edits, saved);
                            });
              });
}

} // namespace wc::gui
