#include "StackImportDialog.h"

#include "FocusRing.h"
#include "FormSupport.h"
#include "Theme.h"
#include "WebhookBackend.h"
#include "ui_StackImportDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPushButton>
#include <memory>

namespace wc::gui {

namespace {
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024; // thousands of stacks fit in far less
/// Problems listed under the preview; the rest are counted (and in the tooltip).
constexpr qsizetype ShownProblems = 5;
constexpr qsizetype ProblemsInTooltip = 40;
} // namespace

StackImportDialog::StackImportDialog(WebhookBackend &backend, const QStringList &organizations,
                                     const QList<Scope> &known, const QString &organization,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StackImportDialog>())
    , m_backend(backend)
    , m_organizations(organizations)
    , m_known(known)
{
    m_ui->setupUi(this);
    theme::styleAsBanner(m_ui->bannerLabel);
    m_ui->jsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->organizationCombo->addItems(organizations);
    m_ui->organizationCombo->setCurrentText(organization);
    m_ui->previewList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->previewList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->previewList->header()->setStretchLastSection(false);
    theme::setTone(m_ui->problemsLabel, theme::Tone::Failure);
    m_ui->problemsLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->summaryLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    FocusRing::installAll(this);
    // Long names (up to 100 characters) never widen the dialog: the list shows them whole.
    m_ui->organizationCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->organizationCombo->setMinimumContentsLength(16);

    connect(m_ui->openButton, &QPushButton::clicked, this, &StackImportDialog::openFile);
    connect(m_ui->jsonEdit, &QPlainTextEdit::textChanged, this, &StackImportDialog::reparse);
    connect(m_ui->organizationCombo, &QComboBox::currentTextChanged, this,
            &StackImportDialog::reparse);
    connect(m_ui->projectEdit, &QLineEdit::textChanged, this, &StackImportDialog::reparse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StackImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StackImportDialog::reject);
    nameFieldsAfterLabels(this);
    m_ui->jsonEdit->setFocus();
    // Read now, and again when the palette changes (the colours of the preview follow).
    theme::followPalette(this, QStringLiteral("preview"), [this] { reparse(); });
    setMinimumWidth(600);
}

StackImportDialog::~StackImportDialog() = default;

void StackImportDialog::openFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open the output of pulumi stack ls --json"), {},
                                     tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool StackImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    QString why;
    if (!file.open(QIODevice::ReadOnly))
        why = file.errorString();
    else if (file.size() > MaxFileBytes)
        why = tr("it is larger than %1 MiB").arg(MaxFileBytes / (1024 * 1024));
    if (!why.isEmpty()) {
        m_ui->bannerLabel->setText(shortenLongWords(
            tr("“%1” could not be read: %2.").arg(QFileInfo(path).fileName(), why)));
        m_ui->bannerLabel->setVisible(true);
        return false;
    }
    m_ui->bannerLabel->setVisible(false);
    setJson(QString::fromUtf8(file.readAll()));
    return true;
}

void StackImportDialog::setJson(const QString &json)
{
    m_ui->jsonEdit->setPlainText(json);
}

void StackImportDialog::setDefaultProject(const QString &project)
{
    m_ui->projectEdit->setText(project);
}

QList<Scope> StackImportDialog::newStacks() const
{
    QList<Scope> out;
    for (const Scope &s : m_parsed.stacks) {
        if (!m_known.contains(s))
            out << s;
    }
    return out;
}

QStringList StackImportDialog::newOrganizations() const
{
    QStringList out;
    for (const Scope &s : newStacks()) {
        if (!m_organizations.contains(s.organization) && !out.contains(s.organization))
            out << s.organization;
    }
    return out;
}

void StackImportDialog::reparse()
{
    const QString json = m_ui->jsonEdit->toPlainText();
    m_parsed = json.trimmed().isEmpty()
                   ? StackImport{}
                   : StackImport::parse(json.toUtf8(), m_ui->organizationCombo->currentText(),
                                        m_ui->projectEdit->text().trimmed());
    m_ui->previewList->clear();
    int already = 0;
    QStringList organizations;
    for (const Scope &s : std::as_const(m_parsed.stacks)) {
        const bool known = m_known.contains(s);
        already += known ? 1 : 0;
        if (!organizations.contains(s.organization))
            organizations << s.organization;
        QString status = known ? tr("Already here")
                         : m_organizations.contains(s.organization)
                             ? tr("New")
                             : tr("New, with its organization");
        auto *item = new QTreeWidgetItem(m_ui->previewList, {s.displayPath(), status});
        item->setToolTip(0, s.displayPath());
        if (known)
            item->setForeground(0, theme::color(theme::Tone::Muted));
    }
    const QList<Scope> adding = newStacks();
    const QStringList newOrgs = newOrganizations();
    QString summary;
    if (json.trimmed().isEmpty()) {
        summary = tr("Paste the JSON or open a file.");
    } else if (m_parsed.stacks.isEmpty()) {
        summary = tr("No stacks found.");
    } else {
        const QString orgs = organizations.join(QStringLiteral(", "));
        QStringList sentences{
            tr("%n stack(s) to add in %1.", nullptr, int(adding.size()))
                .arg(tr("%n organization(s) (%1)", nullptr, int(organizations.size())).arg(orgs))};
        if (!newOrgs.isEmpty())
            sentences << tr("New organizations: %1.").arg(newOrgs.join(QStringLiteral(", ")));
        if (already > 0)
            sentences << tr("%n stack(s) already here.", nullptr, already);
        summary = sentences.join(u' ');
    }
    m_ui->summaryLabel->setText(shortenLongWords(summary));
    // The first few problems, each shortened to a line or two: a file of a hundred bad
    // entries must not make the dialog taller than the screen.
    const QStringList &problems = m_parsed.problems;
    QStringList shown;
    for (const QString &p : problems.mid(0, ShownProblems))
        shown << QStringLiteral("• ") + shortenLongWords(p.size() > 240 ? p.left(239) + u'…' : p);
    if (problems.size() > ShownProblems)
        shown << tr("… and %n more.", nullptr, int(problems.size() - ShownProblems));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    m_ui->problemsLabel->setText(tr("Not imported (%1):").arg(problems.size()) + u'\n' +
                                 shown.join(u'\n'));
    m_ui->problemsLabel->setToolTip(problems.size() > ShownProblems
                                        ? problems.mid(0, ProblemsInTooltip).join(u'\n')
                                        : QString());
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(adding.isEmpty() ? tr("&Import")
                                 : tr("&Import %n stack(s)", nullptr, int(adding.size())));
    ok->setEnabled(!adding.isEmpty() && !m_importing);
}

void StackImportDialog::setImporting(bool importing)
{
    m_importing = importing;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->jsonEdit), static_cast<QWidget *>(m_ui->openButton),
          static_cast<QWidget *>(m_ui->organizationCombo),
          static_cast<QWidget *>(m_ui->projectEdit)})
        w->setEnabled(!importing);
    if (importing) {
        m_ui->bannerLabel->setStyleSheet({});
        m_ui->bannerLabel->setText(tr("Adding…"));
        m_ui->bannerLabel->setVisible(true);
    } else {
        theme::styleAsBanner(m_ui->bannerLabel);
        m_ui->bannerLabel->setVisible(false);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!importing && !newStacks().isEmpty());
}

void StackImportDialog::accept()
{
    if (m_importing || newStacks().isEmpty())
        return;
    setImporting(true);
    // The organizations first (the navigation shows them as they come), then their stacks.
    const QStringList organizations = newOrganizations();
    if (organizations.isEmpty()) {
        addStacks();
        return;
    }
    auto pending = std::make_shared<qsizetype>(organizations.size());
    auto errors = std::make_shared<QStringList>();
    for (const QString &org : organizations) {
        whenReady(m_backend.addOrganization(org), this,
                  [this, org, pending, errors](const Error &error) {
                      if (error)
                          *errors << tr("%1: %2").arg(org, error.message);
                      else
                          m_organizations << org;
                      if (--*pending > 0)
                          return;
                      if (errors->isEmpty())
                          addStacks();
                      else
                          finish(*errors);
                  });
    }
}

void StackImportDialog::addStacks()
{
    const QList<Scope> stacks = newStacks();
    auto pending = std::make_shared<qsizetype>(stacks.size());
    auto errors = std::make_shared<QStringList>();
    for (const Scope &stack : stacks) {
        whenReady(m_backend.addScope(stack), this,
                  [this, stack, pending, errors](const Error &error) {
                      if (error) {
                          *errors << tr("%1: %2").arg(stack.displayPath(), error.message);
                      } else {
                          m_added << stack;
                          m_known << stack;
                      }
                      if (--*pending == 0)
                          finish(*errors);
                  });
    }
}

void StackImportDialog::finish(const QStringList &errors)
{
    setImporting(false);
    if (errors.isEmpty()) {
        QDialog::accept();
        return;
    }
    // What was added stays added (each stack on its own); say what was not.
    reparse();
    m_ui->bannerLabel->setText(tr("Not everything was added:") + u'\n' +
                               shortenLongWords(errors.mid(0, ShownProblems).join(u'\n')));
    m_ui->bannerLabel->setVisible(true);
}

void StackImportDialog::reject()
{
    if (m_importing)
        return;
    QDialog::reject();
}

} // namespace wc::gui
