#include "WebhookDialog.h"

#include "EventCatalog.h"
#include "EventLabels.h"
#include "EventTree.h"
#include "FocusRing.h"
#include "FormSupport.h"
#include "Formatting.h"
#include "Theme.h"
#include "Validation.h"
#include "WebhookBackend.h"
#include "ui_WebhookDialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace wc::gui {

namespace {
void showWarning(QWidget *field, QLabel *label, const QString &warning, bool hasError)
{
    theme::setTone(label, theme::Tone::Warning);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setMinimumWidth(260);
    const bool show = !warning.isEmpty() && !hasError;
    const bool changed = label->text() != warning || label->isHidden() == show;
    label->setText(shortenLongWords(warning));
    label->setVisible(show);
    if (show)
        field->setAccessibleDescription(warning);
    if (changed && show)
        fitToContents(label->window());
}
} // namespace

WebhookDialog::WebhookDialog(WebhookBackend &backend, const Scope &scope, QWidget *parent)
    : WebhookDialog(backend, scope, QString::fromLatin1(Format::Raw), parent)
{}

WebhookDialog::WebhookDialog(WebhookBackend &backend, const Scope &scope, const QString &format,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WebhookDialog>())
    , m_backend(backend)
    , m_scope(scope)
    , m_format(format)
{
    setUp();
}

WebhookDialog::WebhookDialog(WebhookBackend &backend, const Webhook &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WebhookDialog>())
    , m_backend(backend)
    , m_scope(existing.scope)
    , m_format(existing.format.isEmpty() ? QString::fromLatin1(Format::Raw) : existing.format)
    , m_existing(existing)
{
    setUp();
}

WebhookDialog::~WebhookDialog() = default;

EventTree *WebhookDialog::eventTree() const
{
    return m_ui->eventsTree;
}

QString WebhookDialog::signature() const
{
    return scheme().id();
}

const SignatureScheme &WebhookDialog::scheme() const
{
    return SignatureScheme::get(m_signatureCombo ? m_signatureCombo->currentData().toString()
                                                 : QString());
}

bool WebhookDialog::isCloud() const
{
    return !m_backend.cloudApiUrl(m_scope.organization).isEmpty();
}

void WebhookDialog::setUpSignature()
{
    const bool raw = m_format == QLatin1String(Format::Raw);
    m_signatureCombo = new QComboBox(this);
    m_signatureCombo->setObjectName(QStringLiteral("signatureCombo"));
    for (const SignatureScheme *s : SignatureScheme::all()) {
        m_signatureCombo->addItem(s->displayName(), s->id());
        m_signatureCombo->setItemData(m_signatureCombo->count() - 1, s->description(),
                                      Qt::ToolTipRole);
    }
    m_signatureCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("S&ignature"), this);
    label->setObjectName(QStringLiteral("signatureLabel"));
    label->setBuddy(m_signatureCombo);
    m_signatureDescription = new QLabel(this);
    m_signatureDescription->setObjectName(QStringLiteral("signatureDescription"));
    m_signatureDescription->setWordWrap(true);
    m_signatureDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::setTone(m_signatureDescription, theme::Tone::Muted);
    m_signatureError = new QLabel(this);
    m_signatureError->setObjectName(QStringLiteral("signatureError"));
    m_signatureError->setWordWrap(true);
    m_signatureError->hide();

    // Above the secret: the scheme says what shape the secret takes. The rows under the combo
    // have a blank label: QFormLayout sizes a label-less row by its wrapped label's size hint
    // (taller than it needs at the form's width), leaving a gap; a label makes it use the
    // height for the width the text really has.
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::LabelRole;
    m_ui->form->getWidgetPosition(m_ui->secretLabel, &row, &role);
    m_ui->form->insertRow(row, label, m_signatureCombo);
    m_ui->form->insertRow(row + 1, new QLabel(this), m_signatureDescription);
    m_ui->form->insertRow(row + 2, new QLabel(this), m_signatureError);
    m_ui->form->setRowVisible(m_signatureCombo, raw);
    m_ui->form->setRowVisible(m_signatureDescription, raw);
    m_ui->form->setRowVisible(m_signatureError, false);
    QWidget::setTabOrder(m_ui->targetCombo, m_signatureCombo);
    QWidget::setTabOrder(m_signatureCombo, m_ui->secretEdit);

    const QString chosen =
        m_existing ? m_existing->signature : QString::fromLatin1(SignatureSchemeId::Pulumi);
    m_signatureCombo->setCurrentIndex(std::max(0, m_signatureCombo->findData(chosen)));
    if (isCloud()) {
        m_signatureCombo->setCurrentIndex(
            m_signatureCombo->findData(QString::fromLatin1(SignatureSchemeId::Pulumi)));
        m_signatureCombo->setEnabled(false);
        m_signatureCombo->setToolTip(tr("Pulumi Cloud signs with Pulumi's scheme only."));
    }
    describeScheme();
}

void WebhookDialog::describeScheme()
{
    const SignatureScheme &s = scheme();
    QStringList headers;
    for (const QByteArray &h : s.headerNames())
        headers << QString::fromLatin1(h);
    m_signatureDescription->setText(s.description());
    if (!isCloud())
        m_signatureCombo->setToolTip(s.description());
    m_ui->secretEdit->setToolTip(tr("Signs every delivery (%1). Kept in your system keychain.")
                                     .arg(headers.join(QStringLiteral(", "))));
    m_ui->generateSecretButton->setToolTip(
        tr("Makes a new random secret of the %1 scheme's shape.").arg(s.displayName()));
}

bool WebhookDialog::isDeployment() const
{
    return m_format == QLatin1String(Format::PulumiDeployments);
}

void WebhookDialog::setUpFormat()
{
    const bool raw = m_format == QLatin1String(Format::Raw);
    const bool slack = m_format == QLatin1String(Format::Slack);
    const bool teams = m_format == QLatin1String(Format::MsTeams);
    const bool deployment = isDeployment();
    m_ui->formatValue->setText(tr("<b>%1</b> <span style=\"color:%4\">(format %2)</span><br>%3")
                                   .arg(labels::format(m_format).toHtmlEscaped(),
                                        m_format.toHtmlEscaped(),
                                        labels::formatDescription(m_format).toHtmlEscaped())
                                   .arg(theme::css(theme::Tone::Muted)));
    if (slack) {
        m_ui->payloadUrlLabel->setText(tr("Slack incoming-webhook &URL"));
        m_ui->payloadUrlEdit->setPlaceholderText(
            QStringLiteral("https://hooks.slack.com/services/T0000/B0000/XXXXXXXX"));
        m_ui->payloadUrlEdit->setToolTip(
            tr("The channel's incoming-webhook URL, from Slack's “Incoming Webhooks” app (or a "
               "Slack-compatible server such as Mattermost)."));
    } else if (teams) {
        m_ui->payloadUrlLabel->setText(tr("Teams incoming-webhook &URL"));
        m_ui->payloadUrlEdit->setPlaceholderText(
            QStringLiteral("https://prod-00.westus.logic.azure.com/workflows/…"));
        m_ui->payloadUrlEdit->setToolTip(
            tr("The URL of a Teams Workflows flow “When a Teams webhook request is received” "
               "(Office 365 connectors are retired)."));
    } else {
        m_ui->payloadUrlEdit->setToolTip(tr("Where every delivery is POSTed as JSON."));
    }
    m_ui->targetCombo->setToolTip(
        tr("The stack to deploy when this webhook fires, written project/stack. It is stored "
           "as the webhook's payload URL, as Pulumi does."));
    m_ui->targetCombo->lineEdit()->setPlaceholderText(tr("project/stack"));
    m_ui->targetCombo->lineEdit()->setMaxLength(validation::MaxUrlLength + 1);

    m_ui->form->setRowVisible(m_ui->payloadUrlEdit, !deployment);
    m_ui->form->setRowVisible(m_ui->payloadUrlError, !deployment);
    m_ui->form->setRowVisible(m_ui->payloadUrlWarning, slack);
    m_ui->form->setRowVisible(m_ui->targetCombo, deployment);
    m_ui->form->setRowVisible(m_ui->targetError, deployment);
    m_ui->form->setRowVisible(m_ui->targetWarning, deployment);
    // Pulumi: a secret for generic webhooks only. One set earlier can still be removed.
    m_ui->form->setRowVisible(m_ui->secretRow, raw);
    m_ui->form->setRowVisible(m_ui->secretError, raw);
    m_ui->form->setRowVisible(m_ui->removeSecretCheck, m_existing && m_existing->hasSecret);
    m_ui->payloadUrlError->setVisible(false);
    m_ui->payloadUrlWarning->setVisible(false);
    m_ui->targetError->setVisible(false);
    m_ui->targetWarning->setVisible(false);
    m_ui->secretError->setVisible(false);
}

void WebhookDialog::setUp()
{
    m_ui->setupUi(this);
    theme::styleAsBanner(m_ui->bannerLabel);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    // Every mnemonic once in the window: Cancel's C, Save's S (the secret is Secre&t).
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    FocusRing::install(m_ui->eventsTree);
    // Long names (up to 100 characters) never widen the dialog: the list shows them whole.
    m_ui->targetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->targetCombo->setMinimumContentsLength(16);
    m_ui->displayNameEdit->setMaxLength(validation::MaxDisplayNameLength + 1);
    m_ui->nameEdit->setMaxLength(validation::MaxNameLength + 1);
    m_ui->payloadUrlEdit->setMaxLength(validation::MaxUrlLength + 1);
    m_ui->secretEdit->setMaxLength(validation::MaxSecretLength + 1);
    m_ui->nameEdit->setToolTip(tr("Identifies the webhook in %1 and in webhookctl: 1–32 letters, "
                                  "digits, “-”, “_” or “.”.")
                                   .arg(m_scope.path()));
    setUpFormat();
    setUpSignature();

    m_ui->eventsTree->setScope(m_scope);
    m_ui->eventsTree->setAccessibleDescription(
        tr("Check a group to receive all its events, or single events."));

    const QString what = labels::format(m_format);
    if (m_existing) {
        setWindowTitle(tr("Edit webhook “%1”").arg(m_existing->displayName));
        ok->setText(tr("&Save"));
        fillFrom(*m_existing);
        m_nameEdited = true;
    } else {
        setWindowTitle(m_format == QLatin1String(Format::Raw)
                           ? tr("Create webhook in %1").arg(m_scope.path())
                           : tr("Create %1 integration in %2").arg(what, m_scope.displayPath()));
        ok->setText(tr("C&reate"));
        m_ui->nameEdit->setPlaceholderText(
            tr("Optional: left empty, a short random one is made (like %1)")
                .arg(QStringLiteral("4b0d0671")));
    }

    // textChanged, not textEdited: a field revalidates however its text changed, by typing,
    // paste, undo or assistive technology setting it.
    connect(m_ui->displayNameEdit, &QLineEdit::textChanged, this, [this] {
        touch(m_ui->displayNameEdit);
        if (!m_nameEdited) {
            deriveName();
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
    connect(m_ui->targetCombo, &QComboBox::currentTextChanged, this, [this] {
        touch(m_ui->targetCombo);
        revalidate();
    });
    connect(m_signatureCombo, &QComboBox::currentIndexChanged, this, [this] {
        touch(m_signatureCombo);
        // A refusal of the kept secret was about the scheme chosen before.
        if (m_serverError && m_serverError.field == u"secret")
            m_serverError = {};
        // A generated secret, not yet changed, takes the new scheme's shape if it must.
        const QString secret = m_ui->secretEdit->text();
        if (!m_generated.isEmpty() && secret == m_generated &&
            !scheme().secretProblem(secret).isEmpty()) {
            m_generated = scheme().generateSecret();
            m_ui->secretEdit->setText(m_generated);
            showSecretNote(true);
        }
        describeScheme();
        revalidate();
        fitToContents(this);
    });
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        touch(m_ui->secretEdit);
        if (!text.isEmpty())
            m_ui->removeSecretCheck->setChecked(false);
        // The note about a generated secret goes once it is not the one generated.
        if (text != m_generated)
            showSecretNote(false);
        revalidate();
    });
    connect(m_ui->removeSecretCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_ui->secretEdit->clear();
        m_ui->secretEdit->setEnabled(!on);
        // The disabled field says what saving does to the secret.
        m_ui->secretEdit->setPlaceholderText(secretPlaceholder());
        revalidate();
    });
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showSecretButton->setText(shown ? tr("&Hide") : tr("S&how"));
        m_ui->showSecretButton->setAccessibleName(shown ? tr("Hide secret") : tr("Show secret"));
    });
    connect(m_ui->generateSecretButton, &QToolButton::clicked, this, [this] {
        m_ui->removeSecretCheck->setChecked(false);
        m_generated = scheme().generateSecret();
        m_ui->secretEdit->setText(m_generated);
        // Show what was generated: the user has to copy it to the receiver, now, since the
        // keychain keeps it and the console never shows it again.
        m_ui->showSecretButton->setChecked(true);
        showSecretNote(true);
        m_ui->secretEdit->setFocus();
        m_ui->secretEdit->selectAll();
    });
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->secretEdit->text());
        m_ui->secretNoteLabel->setText(
            tr("Copied to the clipboard. Paste it into your receiver's settings."));
        m_ui->copySecretButton->setText(tr("Copied ✓"));
        theme::setTone(m_ui->secretNoteLabel, theme::Tone::Success);
        m_ui->secretNote->setAccessibleDescription(m_ui->secretNoteLabel->text());
    });
    connect(m_ui->activeCheck, &QCheckBox::toggled, this, &WebhookDialog::revalidate);
    connect(m_ui->eventsTree, &EventTree::choiceChanged, this, [this] {
        touch(m_ui->eventsTree);
        revalidate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WebhookDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WebhookDialog::reject);

    nameFieldsAfterLabels(this);
    m_ui->displayNameEdit->setFocus();
    if (m_existing) {
        // Saved under older rules (a display name with control characters, a URL with a
        // password or port 0): say at once what has to change before it can be saved.
        QWidget *url = isDeployment() ? static_cast<QWidget *>(m_ui->targetCombo)
                                      : static_cast<QWidget *>(m_ui->payloadUrlEdit);
        for (const auto &[field, message] :
             {std::pair<QWidget *, QString>{m_ui->displayNameEdit,
                                            validation::displayName(m_existing->displayName)},
              std::pair<QWidget *, QString>{
                  url, validation::payloadUrl(m_existing->payloadUrl, m_format)}}) {
            if (!message.isEmpty())
                touch(field);
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
                  // A derived name that turns out to be taken becomes a free one.
                  if (!m_nameEdited && !m_ui->nameEdit->text().isEmpty())
                      deriveName();
                  revalidate();
              });
    if (isDeployment()) {
        // The stacks a Deployment can target: the organization's known ones.
        whenReady(m_backend.scopes(m_scope.organization), this,
                  [this](const Result<QList<Scope>> &scopes) {
                      const QString typed = m_ui->targetCombo->currentText();
                      const QSignalBlocker blocker(m_ui->targetCombo);
                      for (const Scope &s : scopes.value) {
                          if (s.isStack())
                              m_ui->targetCombo->addItem(s.name());
                      }
                      m_ui->targetCombo->setCurrentIndex(-1);
                      m_ui->targetCombo->setEditText(typed);
                      revalidate();
                  });
    }
    setMinimumWidth(620);
    adjustSize();
}

QString WebhookDialog::secretPlaceholder() const
{
    if (m_ui->removeSecretCheck->isChecked())
        return tr("The secret will be removed");
    if (m_existing && m_existing->hasSecret)
        return tr("Unchanged (a secret is set)");
    return tr("Optional");
}

void WebhookDialog::showSecretNote(bool shown)
{
    if (!shown && m_ui->secretNote->isHidden())
        return;
    m_ui->secretNoteLabel->setText(tr("Copy it now: it will not be shown again."));
    m_ui->copySecretButton->setText(tr("Cop&y"));
    theme::setTone(m_ui->secretNoteLabel, theme::Tone::Warning);
    m_ui->secretNote->setVisible(shown);
    if (shown)
        fitToContents(this);
}

QString WebhookDialog::freeName(const QString &name) const
{
    if (name.isEmpty() || !m_takenNames.contains(name))
        return name;
    for (int n = 2;; ++n) {
        const QString suffix = u'-' + QString::number(n);
        const QString candidate = name.left(validation::MaxNameLength - suffix.size()) + suffix;
        if (!m_takenNames.contains(candidate))
            return candidate;
    }
}

void WebhookDialog::deriveName()
{
    if (m_existing)
        return; // an existing webhook keeps its name unless the user changes it
    m_deriving = true;
    m_ui->nameEdit->setText(freeName(validation::deriveName(m_ui->displayNameEdit->text())));
    m_deriving = false;
}

void WebhookDialog::touch(QWidget *field)
{
    if (!m_touched.contains(field))
        m_touched << field;
    if (m_serverError && fieldFor(m_serverError.field) == field)
        m_serverError = {};
}

QWidget *WebhookDialog::fieldFor(const QString &errorField) const
{
    if (errorField == u"displayName")
        return m_ui->displayNameEdit;
    if (errorField == u"name")
        return m_ui->nameEdit;
    if (errorField == u"payloadUrl")
        return isDeployment() ? static_cast<QWidget *>(m_ui->targetCombo)
                              : static_cast<QWidget *>(m_ui->payloadUrlEdit);
    if (errorField == u"secret")
        return m_ui->secretEdit;
    if (errorField == u"signature")
        return m_signatureCombo;
    if (errorField == u"events" || errorField == u"filters" || errorField == u"groups")
        return m_ui->eventsTree;
    return nullptr;
}

WebhookDraft WebhookDialog::draft() const
{
    WebhookDraft d = m_existing ? WebhookDraft::from(*m_existing) : WebhookDraft{};
    d.scope = m_scope;
    d.format = m_format;
    d.displayName = m_ui->displayNameEdit->text();
    d.name = m_ui->nameEdit->text();
    d.payloadUrl =
        isDeployment() ? m_ui->targetCombo->currentText().trimmed() : m_ui->payloadUrlEdit->text();
    d.active = m_ui->activeCheck->isChecked();
    // Only generic webhooks choose their scheme; the others keep theirs.
    if (m_format == QLatin1String(Format::Raw))
        d.signature = scheme().id();
    d.groups = m_ui->eventsTree->groups();
    d.filters = m_ui->eventsTree->filters();
    d.secretChange = WebhookDraft::SecretChange::Keep;
    d.secret.clear();
    if (m_ui->removeSecretCheck->isChecked()) {
        d.secretChange = WebhookDraft::SecretChange::Remove;
    } else if (m_format == QLatin1String(Format::Raw) && !m_ui->secretEdit->text().isEmpty()) {
        d.secretChange = WebhookDraft::SecretChange::Set;
        d.secret = m_ui->secretEdit->text();
    }
    return d;
}

void WebhookDialog::updateEventsHint()
{
    const QStringList groups = m_ui->eventsTree->groups();
    const QStringList filters = m_ui->eventsTree->filters();
    QString hint;
    if (groups.isEmpty() && filters.isEmpty() && m_existing) {
        hint = tr("Nothing checked: every event is sent, including any Pulumi adds later.");
    } else if (groups.isEmpty() && filters.isEmpty()) {
        hint = tr("Nothing checked: Pulumi's defaults apply, the groups %1.")
                   .arg(EventCatalog::defaultGroups(m_scope).join(QStringLiteral(", ")));
    } else {
        const QString none = tr("none");
        hint = tr("Groups: %1. Single events: %2.")
                   .arg(groups.isEmpty() ? none : groups.join(QStringLiteral(", ")),
                        filters.isEmpty() ? none : filters.join(QStringLiteral(", ")));
    }
    if (const QStringList ignored = m_ui->eventsTree->ignored(); !ignored.isEmpty())
        hint +=
            u' ' +
            tr("Not offered here, dropped on save: %1.").arg(ignored.join(QStringLiteral(", ")));
    m_ui->eventsHint->setText(hint);
}

void WebhookDialog::revalidate()
{
    const WebhookDraft d = draft();
    struct Field
    {
        QWidget *edit;
        QLabel *error;
        QString message;
    };
    QString nameMessage;
    if (!d.name.isEmpty() || m_existing) // empty on create: the backend makes one
        nameMessage = validation::name(d.name);
    if (nameMessage.isEmpty() && m_takenNames.contains(d.name))
        nameMessage = tr("A webhook named “%1” already exists in %2.").arg(d.name, m_scope.path());
    QList<Field> fields{
        {m_ui->displayNameEdit, m_ui->displayNameError, validation::displayName(d.displayName)},
        {m_ui->nameEdit, m_ui->nameError, nameMessage},
    };
    if (isDeployment())
        fields.append(
            {m_ui->targetCombo, m_ui->targetError, validation::payloadUrl(d.payloadUrl, m_format)});
    else
        fields.append({m_ui->payloadUrlEdit, m_ui->payloadUrlError,
                       validation::payloadUrl(d.payloadUrl, m_format)});
    if (m_format == QLatin1String(Format::Raw)) {
        // Refused only by the backend (Pulumi Cloud's organizations): shown under the combo.
        fields.append({m_signatureCombo, m_signatureError, QString()});
        // The secret of the chosen scheme's shape ("whsec_…" for Standard Webhooks).
        fields.append({m_ui->secretEdit, m_ui->secretError, scheme().secretProblem(d.secret)});
    }
    fields.append({m_ui->eventsTree, m_ui->eventsError,
                   EventCatalog::validate(m_scope, d.filters, d.groups)});
    bool valid = true;
    for (const Field &f : std::as_const(fields)) {
        QString message = f.message;
        if (message.isEmpty() && m_serverError && fieldFor(m_serverError.field) == f.edit)
            message = m_serverError.message;
        valid = valid && message.isEmpty();
        const bool shown = m_touched.contains(f.edit) || f.edit == m_ui->eventsTree;
        showFieldError(f.edit, f.error, shown ? message : QString());
    }
    if (m_format == QLatin1String(Format::Slack)) {
        // A warning, not a refusal: Mattermost and others use their own URLs.
        showWarning(m_ui->payloadUrlEdit, m_ui->payloadUrlWarning,
                    validation::slackUrlWarning(d.payloadUrl, m_format),
                    m_ui->payloadUrlError->isVisible());
    }
    if (isDeployment()) {
        QString warning;
        const QString target = d.payloadUrl;
        if (m_scope.isStack() && target == m_scope.name())
            warning = tr("This is the stack whose events trigger the webhook: each deployment "
                         "would trigger another.");
        else if (!target.isEmpty() && m_ui->targetCombo->count() > 0 &&
                 m_ui->targetCombo->findText(target) < 0)
            warning = tr("“%1” is not a stack this console knows in %2; it is saved as written.")
                          .arg(target, m_scope.organization);
        showWarning(m_ui->targetCombo, m_ui->targetWarning, warning,
                    m_ui->targetError->isVisible());
    }
    updateEventsHint();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_saving);
}

void WebhookDialog::setSaving(bool saving)
{
    m_saving = saving;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->displayNameEdit), static_cast<QWidget *>(m_ui->nameEdit),
          static_cast<QWidget *>(m_ui->payloadUrlEdit), static_cast<QWidget *>(m_ui->targetCombo),
          static_cast<QWidget *>(m_ui->secretEdit), static_cast<QWidget *>(m_ui->showSecretButton),
          static_cast<QWidget *>(m_ui->generateSecretButton),
          static_cast<QWidget *>(m_ui->copySecretButton),
          static_cast<QWidget *>(m_ui->removeSecretCheck),
          static_cast<QWidget *>(m_ui->activeCheck), static_cast<QWidget *>(m_ui->eventsTree),
          static_cast<QWidget *>(m_signatureCombo)})
        w->setEnabled(!saving);
    if (!saving) {
        m_ui->secretEdit->setEnabled(!m_ui->removeSecretCheck->isChecked());
        m_signatureCombo->setEnabled(!isCloud());
    }
    if (saving) {
        m_ui->bannerLabel->setStyleSheet({});
        m_ui->bannerLabel->setText(tr("Saving…"));
        m_ui->bannerLabel->setVisible(true);
    }
    revalidate();
}

void WebhookDialog::fillFrom(const Webhook &webhook)
{
    m_ui->displayNameEdit->setText(webhook.displayName);
    m_ui->nameEdit->setText(webhook.name);
    if (isDeployment()) {
        m_ui->targetCombo->setEditText(webhook.payloadUrl);
    } else {
        // A password saved before such URLs were refused is not shown; the URL has to
        // change anyway (see below), so the masked text never reaches the database.
        m_ui->payloadUrlEdit->setText(validation::redactedUrl(webhook.payloadUrl));
    }
    m_ui->activeCheck->setChecked(webhook.active);
    if (m_signatureCombo && !isCloud())
        m_signatureCombo->setCurrentIndex(
            std::max(0, m_signatureCombo->findData(SignatureScheme::get(webhook.signature).id())));
    m_ui->secretEdit->setPlaceholderText(secretPlaceholder());
    m_ui->eventsTree->setChoice(webhook.groups, webhook.filters);

    // Who did what, where the backend records it (a team database).
    if (!m_provenance) {
        m_provenance = new QLabel(this);
        m_provenance->setObjectName(QStringLiteral("provenanceLabel"));
        m_provenance->setWordWrap(true);
        theme::setTone(m_provenance, theme::Tone::Muted);
        m_ui->form->addRow(QString(), m_provenance);
    }
    QStringList parts;
    if (!webhook.createdBy.isEmpty())
        parts << tr("Created by %1 %2")
                     .arg(webhook.createdBy, formatting::relativeTime(webhook.createdAt));
    if (!webhook.updatedBy.isEmpty() && webhook.updatedAt != webhook.createdAt)
        parts << tr("changed by %1 %2")
                     .arg(webhook.updatedBy, formatting::relativeTime(webhook.updatedAt));
    if (!webhook.secretChangedBy.isEmpty() && webhook.hasSecret)
        parts << tr("secret set by %1 %2")
                     .arg(webhook.secretChangedBy,
                          formatting::relativeTime(webhook.secretChangedAt));
    m_provenance->setText(parts.join(QStringLiteral("; ")) +
                          (parts.isEmpty() ? QString() : QStringLiteral(".")));
    m_provenance->setToolTip(tr("Created %1, changed %2")
                                 .arg(formatting::exactTime(webhook.createdAt),
                                      formatting::exactTime(webhook.updatedAt)));
    m_ui->form->setRowVisible(m_provenance, !parts.isEmpty());
}

void WebhookDialog::showSaveError(const Error &error)
{
    if (error.code == Error::Code::Stale && m_existing) {
        // Someone else saved meanwhile: their values, read again, replace the form's, and
        // the message says so (the user makes the change again on top of them).
        const QString message = error.message;
        whenReady(m_backend.webhook(m_existing->ref()), this,
                  [this, message](const Result<Webhook> &fresh) {
                      if (!fresh.error) {
                          m_existing = fresh.value;
                          const QString typedSecret = m_ui->secretEdit->text();
                          fillFrom(fresh.value);
                          m_ui->secretEdit->setText(typedSecret);
                          revalidate();
                      }
                      theme::styleAsBanner(m_ui->bannerLabel);
                      m_ui->bannerLabel->setText(shortenLongWords(message));
                      m_ui->bannerLabel->setVisible(true);
                      fitToContents(this);
                  });
        return;
    }
    const bool fieldError =
        error.code == Error::Code::Invalid || error.code == Error::Code::Conflict;
    if (QWidget *field = fieldError ? fieldFor(error.field) : nullptr) {
        m_ui->bannerLabel->setVisible(false);
        touch(field);
        m_serverError = error; // touch() clears it for this field
        field->setFocus();
        revalidate();
        return;
    }
    theme::styleAsBanner(m_ui->bannerLabel);
    // Saving is all-or-nothing: say so, and keep the form as typed for another try.
    m_ui->bannerLabel->setText(shortenLongWords(error.message + u' ' + tr("Nothing was saved.")));
    m_ui->bannerLabel->setVisible(true);
    fitToContents(this);
}

void WebhookDialog::accept()
{
    if (m_saving)
        return;
    // Show every problem, including in fields not yet visited.
    m_touched = {m_ui->displayNameEdit, m_ui->nameEdit,   m_ui->payloadUrlEdit, m_ui->targetCombo,
                 m_ui->secretEdit,      m_ui->eventsTree, m_signatureCombo};
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
