#include "HistoryExportDialog.h"

#include "Async.h"
#include "FormSupport.h"
#include "Formatting.h"
#include "Settings.h"
#include "Theme.h"
#include "WebhookBackend.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcExportDialog, "webhookconsole.gui.export")

namespace wc::gui {

namespace {

const QString FolderKey = QStringLiteral("historyPage/exchangeFolder");

/// Where files are offered first: the folder used last, else Documents, else home.
QString startFolder()
{
    const QString last = Settings::value(FolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString formatNote(HistoryFormat format)
{
    switch (format) {
    case HistoryFormat::Har:
        return HistoryExportDialog::tr("Opens in browser developer tools and HTTP tools, and "
                                       "imports back into the console exactly.");
    case HistoryFormat::JsonLines:
        return HistoryExportDialog::tr("One JSON object per delivery and line, every field: for "
                                       "scripts (jq, pandas). Imports back exactly.");
    case HistoryFormat::Csv:
        return HistoryExportDialog::tr("One row per delivery, for spreadsheets. Cannot be "
                                       "imported back.");
    }
    return {};
}

} // namespace

HistoryExportDialog::HistoryExportDialog(WebhookBackend &backend, const Webhook &webhook,
                                         const DeliveryFilter &currentFilter, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_webhook(webhook)
    , m_currentFilter(currentFilter)
{
    setObjectName(QStringLiteral("HistoryExportDialog"));
    setWindowTitle(tr("Export Deliveries of “%1”").arg(webhook.displayName));
    m_currentFilter.webhook = webhook.ref();

    m_banner = wrappedLabel(this, "bannerLabel");
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::styleAsBanner(m_banner);
    m_banner->hide();

    auto *intro = wrappedLabel(this, "introLabel");
    intro->setText(shortenLongWords(
        tr("The recorded deliveries of “%1” in a file, oldest first: each request and response "
           "in full. Secrets are never written.")
            .arg(webhook.displayName)));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (const HistoryFormat format :
         {HistoryFormat::Har, HistoryFormat::JsonLines, HistoryFormat::Csv})
        m_format->addItem(historyFormatName(format), int(format));
    m_formatNote = wrappedLabel(this, "formatNote");
    theme::setTone(m_formatNote, theme::Tone::Muted);

    m_all = new QRadioButton(tr("&All deliveries of this webhook"), this);
    m_all->setObjectName(QStringLiteral("allRadio"));
    m_filtered = new QRadioButton(tr("Only those matching the current fi&lter"), this);
    m_filtered->setObjectName(QStringLiteral("filterRadio"));
    auto *scopeBox = new QVBoxLayout;
    scopeBox->setContentsMargins(0, 0, 0, 0);
    scopeBox->setSpacing(2);
    scopeBox->addWidget(m_all);
    scopeBox->addWidget(m_filtered);
    // The page's filter is what the user looks at: when it narrows, it is what they mean.
    const bool narrowed = m_currentFilter.isNarrowed();
    (narrowed ? m_filtered : m_all)->setChecked(true);
    m_filtered->setEnabled(narrowed);
    if (!narrowed)
        m_filtered->setToolTip(tr("No filter is set on the page: every delivery is shown."));

    m_signatures = new QCheckBox(tr("Include &signature headers"), this);
    m_signatures->setObjectName(QStringLiteral("signaturesCheck"));
    m_signatureWarning = wrappedLabel(this, "signatureWarning");
    m_signatureWarning->setText(historySignatureWarning());
    theme::setTone(m_signatureWarning, theme::Tone::Warning);
    m_signatureWarning->hide();

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_path->setText(QDir(startFolder())
                        .filePath(QStringLiteral("%1-deliveries.%2")
                                      .arg(webhook.name, historyFormatSuffix(HistoryFormat::Har))));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    m_browse->setAccessibleName(tr("Choose the file"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_pathErrorLabel = wrappedLabel(this, "pathError");
    m_pathErrorLabel->hide();
    m_replaceNote = wrappedLabel(this, "replaceNote");
    theme::setTone(m_replaceNote, theme::Tone::Warning);
    m_replaceNote->hide();

    FormRows form;
    auto *formatLabel = new QLabel(tr("F&ormat"), this);
    formatLabel->setObjectName(QStringLiteral("formatLabel"));
    formatLabel->setBuddy(m_format);
    form.add(formatLabel, m_format);
    form.add(m_formatNote);
    auto *scopeLabel = new QLabel(tr("Deliveries"), this);
    scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    form.add(scopeLabel, scopeBox, m_all);
    auto *headersLabel = new QLabel(tr("Headers"), this);
    headersLabel->setObjectName(QStringLiteral("headersLabel"));
    form.add(headersLabel, m_signatures);
    form.add(m_signatureWarning);
    auto *pathLabel = new QLabel(tr("&File"), this);
    pathLabel->setObjectName(QStringLiteral("pathLabel"));
    pathLabel->setBuddy(m_path);
    form.add(pathLabel, pathRow, m_path);
    form.add(m_pathErrorLabel);
    form.add(m_replaceNote);

    // How far the export is: shown from Export to its end.
    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(QStringLiteral("progressRow"));
    auto *progressLayout = new QVBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->setSpacing(2);
    m_progressLabel = wrappedLabel(m_progressRow, "progressLabel");
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setTextVisible(false);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress);
    m_progressRow->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportButton"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HistoryExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HistoryExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form.layout());
    layout->addWidget(m_progressRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &HistoryExportDialog::updateFormat);
    connect(m_signatures, &QCheckBox::toggled, this, [this](bool on) {
        m_signatureWarning->setVisible(on);
        m_signatures->setAccessibleDescription(on ? historySignatureWarning() : QString());
        fitHeight();
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_pathError = {};
        revalidate();
    });
    connect(m_browse, &QPushButton::clicked, this, &HistoryExportDialog::browse);

    nameFieldsAfterLabels(this);
    updateFormat();
    updateCounts();
    revalidate();
    setMinimumWidth(620);
    adjustSize();
    m_format->setFocus();
}

HistoryExportDialog::~HistoryExportDialog()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

HistoryFormat HistoryExportDialog::format() const
{
    return HistoryFormat(m_format->currentData().toInt());
}

void HistoryExportDialog::setFormat(HistoryFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString HistoryExportDialog::path() const
{
    return m_path->text().trimmed();
}

void HistoryExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool HistoryExportDialog::onlyCurrentFilter() const
{
    return m_filtered->isChecked();
}

DeliveryFilter HistoryExportDialog::filter() const
{
    if (onlyCurrentFilter())
        return m_currentFilter;
    DeliveryFilter all;
    all.webhook = m_webhook.ref();
    return all;
}

bool HistoryExportDialog::isRunning() const
{
    return m_job && !m_job->isFinished();
}

void HistoryExportDialog::updateFormat()
{
    const HistoryFormat now = format();
    m_formatNote->setText(formatNote(now));
    // The file's suffix follows the format, when it is the previous format's.
    const QString previous = QLatin1Char('.') + historyFormatSuffix(m_shownFormat);
    QString file = m_path->text();
    if (now != m_shownFormat && file.endsWith(previous, Qt::CaseInsensitive)) {
        file.chop(previous.size());
        m_path->setText(file + QLatin1Char('.') + historyFormatSuffix(now));
    }
    m_shownFormat = now;
    fitHeight();
}

void HistoryExportDialog::updateCounts()
{
    // How many each choice writes, read without waiting.
    const auto count = [this](const DeliveryFilter &filter, bool all) {
        whenReady(m_backend.countDeliveries(filter), this, [this, all](const Result<qint64> &n) {
            if (n.error) {
                qCWarning(lcExportDialog) << "counting deliveries:" << n.error.message;
                return;
            }
            (all ? m_allCount : m_filterCount) = n.value;
            const QString number = formatting::count(n.value);
            if (all)
                m_all->setText(tr("&All deliveries of this webhook (%1)").arg(number));
            else
                m_filtered->setText(tr("Only those matching the current fi&lter (%1)").arg(number));
        });
    };
    DeliveryFilter all;
    all.webhook = m_webhook.ref();
    count(all, true);
    if (m_currentFilter.isNarrowed())
        count(m_currentFilter, false);
}

QString HistoryExportDialog::pathProblem() const
{
    if (m_pathError)
        return m_pathError.message;
    const QString file = path();
    if (file.isEmpty())
        return tr("Choose where to save the file.");
    const QFileInfo info(file);
    if (info.isDir())
        return tr("This is a folder: add a file name.");
    if (!info.absoluteDir().exists())
        return tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

void HistoryExportDialog::revalidate()
{
    const QString problem = pathProblem();
    showFieldMessage(m_path, m_pathErrorLabel, problem);
    const bool replaces = problem.isEmpty() && QFileInfo(path()).isFile();
    m_replaceNote->setText(replaces ? tr("A file of this name exists: the export replaces it.")
                                    : QString());
    m_replaceNote->setVisible(replaces);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!isRunning() && problem.isEmpty());
    fitHeight();
}

void HistoryExportDialog::fitHeight()
{
    // As tall as what is on show, no taller: messages come and go (the signature warning,
    // errors, the progress), and the space a gone one took goes with it.
    if (!isVisible())
        return;
    setMinimumHeight(0);
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    setMinimumHeight(needed);
    if (height() != needed)
        resize(width(), needed);
}

void HistoryExportDialog::browse()
{
    auto *files = new QFileDialog(this, tr("Export Deliveries"), path());
    files->setObjectName(QStringLiteral("exportFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setFileMode(QFileDialog::AnyFile);
    const HistoryFormat chosen = format();
    files->setNameFilter(
        tr("%1 (*.%2)").arg(historyFormatName(chosen), historyFormatSuffix(chosen)));
    files->setDefaultSuffix(historyFormatSuffix(chosen));
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &file) {
        setPath(file);
        Settings::setValue(FolderKey, QFileInfo(file).absolutePath());
    });
    files->open();
}

void HistoryExportDialog::setRunning(bool running)
{
    for (QWidget *w : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_signatures),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_all)})
        w->setEnabled(!running);
    m_filtered->setEnabled(!running && m_currentFilter.isNarrowed());
    m_path->setReadOnly(running);
    m_path->deselect();
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setText(running ? tr("&Cancel") : tr("&Close"));
    close->setToolTip(running ? tr("Stop the export: no file is written.") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setText(running ? tr("Exporting…") : tr("E&xport"));
    if (running) {
        m_banner->hide();
        m_progressRow->show();
    }
    revalidate();
    fitHeight();
}

void HistoryExportDialog::showProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        m_progressLabel->setText(tr("Counting deliveries…"));
        return;
    }
    // Progress bars count in int: scaled to per mille for very long histories.
    const bool scaled = total > INT_MAX;
    m_progress->setRange(0, scaled ? 1000 : int(total));
    m_progress->setValue(scaled ? int(done * 1000 / total) : int(done));
    m_progressLabel->setText(
        tr("Exported %1 of %Ln delivery(s)…", nullptr, formatting::pluralCount(total))
            .arg(formatting::count(done)));
}

void HistoryExportDialog::accept()
{
    if (isRunning())
        return;
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        m_path->setFocus();
        return;
    }
    if (m_job)
        m_job->deleteLater();
    const QString file = QFileInfo(path()).absoluteFilePath();
    HistoryExportOptions options;
    options.includeSignatures = m_signatures->isChecked();
    m_job = new HistoryExport(&m_backend, filter(), format(), options, file, this);
    connect(m_job, &HistoryExport::progress, this, &HistoryExportDialog::showProgress);
    connect(m_job, &HistoryExport::finished, this, &HistoryExportDialog::finished);
    Settings::setValue(FolderKey, QFileInfo(file).absolutePath());
    showProgress(0, 0);
    m_job->start();
    setRunning(true);
}

void HistoryExportDialog::finished(const Error &error)
{
    HistoryExport *job = m_job;
    setRunning(false);
    if (job->isCancelled()) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progressLabel->setText(tr("Export cancelled: no file was written."));
        return;
    }
    if (error) {
        m_progressRow->hide();
        if (error.field == u"path") {
            m_pathError = error;
            revalidate();
            m_path->setFocus();
        } else {
            m_banner->setText(shortenLongWords(error.message + u' ' + tr("No file was written.")));
            m_banner->show();
        }
        fitHeight();
        return;
    }
    Q_EMIT exported(job->done(), job->path());
    QDialog::accept();
}

void HistoryExportDialog::reject()
{
    if (isRunning()) {
        m_job->cancel(); // finished() follows at once and says so
        return;
    }
    QDialog::reject();
}

void HistoryExportDialog::closeEvent(QCloseEvent *event)
{
    // Closing the window stops the export and closes.
    if (isRunning())
        m_job->cancel();
    QDialog::closeEvent(event);
}

} // namespace wc::gui
