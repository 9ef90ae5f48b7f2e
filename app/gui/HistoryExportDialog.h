#pragma once

#include "Error.h"
#include "History.h"
#include "HistoryExchange.h"
#include "Webhook.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

/// Export…: a webhook's recorded deliveries to a file, as HAR 1.2, JSON Lines or CSV; all of
/// them or those of the page's current filter; signature headers left out unless asked for
/// (with historySignatureWarning() said beside the choice); the file typed or chosen with
/// Browse….
///
/// Export runs the core's HistoryExport here, page by page without blocking: a bar shows how
/// far it is and Cancel stops it, leaving no file. A file that cannot be written is said next
/// to the File field, any other failure above the form. Accepted once the file is written;
/// exported() says how many deliveries went where.
class HistoryExportDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryExportDialog(WebhookBackend &backend, const Webhook &webhook,
                        const DeliveryFilter &currentFilter, QWidget *parent = nullptr);
    ~HistoryExportDialog() override;

    [[nodiscard]] HistoryFormat format() const;
    void setFormat(HistoryFormat format);
    [[nodiscard]] QString path() const;
    /// Sets the File field (what Browse… does, without its dialog).
    void setPath(const QString &path);
    /// Whether only the deliveries of the page's filter are exported.
    [[nodiscard]] bool onlyCurrentFilter() const;
    /// The filter the export uses: the webhook's whole history, or the page's filter.
    [[nodiscard]] DeliveryFilter filter() const;
    [[nodiscard]] bool isRunning() const;
    /// The export under way or last run; null before the first.
    [[nodiscard]] HistoryExport *job() const { return m_job; }

public Q_SLOTS:
    /// Starts the export (the Export button).
    void accept() override;
    /// Cancels a running export (the dialog stays, saying so); closes otherwise.
    void reject() override;
    /// Chooses the file in a file dialog.
    void browse();

Q_SIGNALS:
    /// The file was written: `count` deliveries to `path`.
    void exported(qint64 count, const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void revalidate();
    void fitHeight();
    void updateFormat();
    void updateCounts();
    void setRunning(bool running);
    void showProgress(qint64 done, qint64 total);
    void finished(const Error &error);
    [[nodiscard]] QString pathProblem() const;

    WebhookBackend &m_backend;
    Webhook m_webhook;
    DeliveryFilter m_currentFilter;
    QPointer<HistoryExport> m_job;
    HistoryFormat m_shownFormat = HistoryFormat::Har;
    Error m_pathError;
    qint64 m_allCount = -1;
    qint64 m_filterCount = -1;

    QLabel *m_banner = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_formatNote = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_filtered = nullptr;
    QCheckBox *m_signatures = nullptr;
    QLabel *m_signatureWarning = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_pathErrorLabel = nullptr;
    QLabel *m_replaceNote = nullptr;
    QWidget *m_progressRow = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wc::gui
