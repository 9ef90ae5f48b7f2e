#pragma once

#include "Async.h"
#include "Delivery.h"
#include "Error.h"
#include "History.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

class QIODevice;
class QSaveFile;

namespace wc {

class WebhookBackend;

/// The file formats a webhook's history is exported in and imported from.
enum class HistoryFormat {
    /// HTTP Archive 1.2: opens in browser dev tools and HTTP tools. Each entry also carries the
    /// console's own fields in `_webhookConsole`, so that an export re-imports exactly.
    Har,
    /// One JSON object per line, per delivery, every field (bytes that are not UTF-8 in
    /// `payloadBase64` / `responseBodyBase64`). Lossless; for scripts (`jq`, pandas).
    JsonLines,
    /// RFC 4180, UTF-8, a header row: one row per delivery, for spreadsheets. Export only.
    Csv,
};

struct HistoryExportOptions
{
    /// Keep the signature headers (SignatureScheme::allSignatureHeaders()) in the exported
    /// request headers. Off by default: with them, whoever reads the file could replay the
    /// deliveries to receivers that check signatures. Ask first (historySignatureWarning()).
    bool includeSignatures = false;
};

/// "har", "jsonl", "csv": the file name suffix of a format (without the dot).
[[nodiscard]] QString historyFormatSuffix(HistoryFormat format);
/// The format a file name's suffix names (.har, .jsonl or .ndjson, .csv; any case).
[[nodiscard]] std::optional<HistoryFormat> historyFormatForFileName(const QString &fileName);
/// "HAR 1.2 (HTTP Archive)", "JSON Lines", "CSV": for format menus and file dialogs.
[[nodiscard]] QString historyFormatName(HistoryFormat format);
/// Whether readHistory() reads files of the format (HAR and JSON Lines; CSV is export only).
[[nodiscard]] bool historyFormatImports(HistoryFormat format);
/// What to tell someone who asks to keep the signature headers in an export, in words.
[[nodiscard]] QString historySignatureWarning();
/// `headers` (CRLF-joined "Name: value" lines) without the signature headers' lines, names
/// compared case-insensitively; every other line exactly as it was.
[[nodiscard]] QString withoutSignatureHeaders(const QString &headers);

/// Writes deliveries to a device one by one, in one of the formats: begin(), add() per
/// delivery, finish(). Nothing is kept between calls (a HAR's `entries` array is opened by
/// begin() and closed by finish()), so an export of a million deliveries never holds more than
/// one in memory. Every call returns false once a write has failed; errorString() says why.
class HistoryWriter
{
    Q_DECLARE_TR_FUNCTIONS(wc::HistoryWriter)
public:
    /// `device` must be open for writing and outlive the writer.
    HistoryWriter(QIODevice &device, HistoryFormat format, HistoryExportOptions options = {});

    /// Writes what comes before the first delivery (the HAR log, the CSV header row).
    [[nodiscard]] bool begin();
    /// Writes one delivery (begins first if begin() was not called).
    [[nodiscard]] bool add(const Delivery &delivery);
    /// Writes what comes after the last delivery. The device stays open.
    [[nodiscard]] bool finish();

    [[nodiscard]] qint64 count() const { return m_count; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] HistoryFormat format() const { return m_format; }

private:
    bool write(const QByteArray &bytes);

    QIODevice &m_device;
    HistoryFormat m_format;
    HistoryExportOptions m_options;
    qint64 m_count = 0;
    bool m_begun = false;
    bool m_finished = false;
    QString m_error;
};

/// `deliveries` in `format`, in memory: for small histories and tests. Large ones go through
/// HistoryWriter (or HistoryExport) to a file.
[[nodiscard]] QByteArray writeHistory(const QList<Delivery> &deliveries, HistoryFormat format,
                                      HistoryExportOptions options = {});

/// Reads deliveries from a HAR file (the console's own, exactly as exported, or any other
/// tool's, best effort) or a JSON Lines file; the format is told from the content. In file
/// order. An error names the line (JSON Lines, or JSON that does not parse) or the entry (HAR,
/// counted from 1) that is wrong: "Line 12: not a JSON object"; field "file". An empty file
/// holds no deliveries.
///
/// From another tool's HAR: the request's URL, headers and body (postData.text), the
/// response's status, headers and body (content.text, base64 when its encoding says so), the
/// start time and duration; uid and kind from the Pulumi-Webhook-ID and Pulumi-Webhook-Kind
/// request headers when present; ids empty; completed, with an error in words unless the
/// status is 2xx.
[[nodiscard]] Result<QList<Delivery>> readHistory(const QByteArray &data);
/// Reads the file at `path` and then readHistory(), on a worker thread: never blocks the
/// caller. A file that cannot be read is an error on field "path".
[[nodiscard]] QFuture<Result<QList<Delivery>>> readHistoryFile(const QString &path);

/// Exports the deliveries of a webhook that match a filter to a file, through the backend
/// interface only (so every backend has it, and the window and webhookctl share it): counts
/// them, then reads them page by page with their bodies, oldest first, and writes each page
/// before reading the next, so memory stays at one page. The file is written through a
/// QSaveFile: it appears, complete, only when the export succeeds; a failed or cancelled
/// export leaves no file (and an existing file at the path as it was).
///
/// Deliveries made while the export runs are included when they match; total() is then
/// raised to what was written.
class HistoryExport : public QObject
{
    Q_OBJECT
public:
    /// Deliveries read per request to the backend.
    static constexpr int PageSize = 100;

    /// `backend` must outlive the export.
    HistoryExport(WebhookBackend *backend, DeliveryFilter filter, HistoryFormat format,
                  HistoryExportOptions options, QString path, QObject *parent = nullptr);
    ~HistoryExport() override;

    /// Opens the file and starts; returns at once. finished() follows, always later.
    void start();
    /// Stops: what was written is discarded, finished() is emitted (at once, with no error;
    /// isCancelled() is then true). Nothing happens once finished.
    void cancel();

    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] qint64 done() const { return m_done; }
    [[nodiscard]] bool isCancelled() const { return m_cancelled; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    /// True once the file was written in full (finished without error, not cancelled).
    [[nodiscard]] bool succeeded() const { return m_finished && !m_cancelled && !m_error; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] HistoryFormat format() const { return m_format; }
    [[nodiscard]] const DeliveryFilter &filter() const { return m_filter; }

Q_SIGNALS:
    /// After each page written: deliveries written, and how many there are in all.
    void progress(qint64 done, qint64 total);
    /// Once, at the end: an error in words when the export failed (the file then was not
    /// written); no error when it succeeded or was cancelled (see isCancelled()).
    void finished(const wc::Error &error);

private:
    void fetch();
    void complete();
    void fail(const Error &error);
    void finish(const Error &error);

    WebhookBackend *m_backend;
    DeliveryFilter m_filter;
    HistoryFormat m_format;
    HistoryExportOptions m_options;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<HistoryWriter> m_writer;
    QString m_cursor;             ///< the newest delivery written; the next page is newer
    QSet<QString> m_previousPage; ///< ids of the page written last, never written twice
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
    Error m_error;
};

} // namespace wc
