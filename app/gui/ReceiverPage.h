#pragma once

#include "Receiver.h"
#include "Scope.h"
#include "Webhook.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

class JsonHighlighter;

/// The requests a receiver took in, newest first, in memory: the Receiver page's list. Kept
/// apart from the page so that they can be kept elsewhere later (through the backend). Holds
/// at most MaxRequests requests and MaxBytes of bodies: the oldest go first.
class ReceivedRequestModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MethodColumn, PathColumn, VerdictColumn, StatusColumn, ColumnCount };
    enum Role {
        RequestIdRole = Qt::UserRole + 1, ///< ReceivedRequest::id
        OutcomeRole,                      ///< "valid", "invalid", "unsigned", "not-checked"
    };
    /// How the answer to a request went.
    enum class Answer { Waiting, Sent, Dropped };
    static constexpr int MaxRequests = 2000;
    static constexpr qint64 MaxBytes = 256 * 1024 * 1024;

    explicit ReceivedRequestModel(QObject *parent = nullptr);

    /// Adds a request at the top.
    void add(const ReceivedRequest &request);
    /// Request `id` was answered (or its client had gone: not `delivered`).
    void setAnswered(qint64 id, bool delivered);
    void clear();

    [[nodiscard]] const ReceivedRequest *requestAt(int row) const;
    [[nodiscard]] Answer answerAt(int row) const;
    /// -1 when the request is not (or no longer) kept.
    [[nodiscard]] int rowOf(qint64 id) const;
    /// Whether `needle` is in the method, path, headers, body or verdict of row `row` (any
    /// case); an empty needle matches everything.
    [[nodiscard]] bool matches(int row, const QString &needle) const;

    /// "✔ Valid", "✘ Wrong secret", "Unsigned", "Not checked": the list's verdict cell.
    [[nodiscard]] static QString verdictCell(const ReceivedRequest &request);
    /// The verdict in words, with a mark: what the detail shows.
    [[nodiscard]] static QString verdictText(const ReceivedRequest &request);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        ReceivedRequest request;
        Answer answer = Answer::Waiting;
    };
    QList<Entry> m_rows;
    qint64 m_bytes = 0;
};

/// The Receiver page: a listener on 127.0.0.1 that shows every request sent to it as it
/// arrives (method, path, headers, body, pretty JSON) and checks its signature against a
/// chosen webhook's scheme and secrets: valid (and with which secret), invalid and why, or
/// unsigned. It answers with the status and after the delay the user chooses, to rehearse a
/// failing receiver. "Point a webhook here…" asks the window to set a webhook's URL to it.
///
/// The webhooks to choose from are read from the backend (every organization's) when the page
/// is first shown and kept current from its change signals; setWebhooks() gives a list
/// instead. Bodies the console sent (deliveryRecorded) let it tell a body changed on the way.
class ReceiverPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiverPage(WebhookBackend &backend, QWidget *parent = nullptr);
    ~ReceiverPage() override;

    /// The webhooks offered to verify against, replacing those read from the backend. The
    /// chosen one stays chosen while it is in the list.
    void setWebhooks(const QList<Webhook> &webhooks);
    /// Checks requests against `ref`'s scheme and secrets (read from the backend); an invalid
    /// reference: none, requests are only shown.
    void setVerifyingWebhook(const WebhookRef &ref);
    [[nodiscard]] std::optional<WebhookRef> verifyingWebhook() const;

    [[nodiscard]] Receiver *receiver() const { return m_receiver; }
    [[nodiscard]] ReceivedRequestModel *requestModel() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    /// "http://127.0.0.1:PORT/"; empty when not listening.
    [[nodiscard]] QString url() const;
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] std::optional<ReceivedRequest> selectedRequest() const;

public Q_SLOTS:
    /// Listens on the port chosen (or one the system picks); a port that cannot be had is
    /// said next to the port field. Gives whether it listens.
    bool start();
    void stop();
    /// Forgets every received request.
    void clear();
    /// Reads the webhooks to choose from again from the backend.
    void reloadWebhooks();

Q_SIGNALS:
    /// The user asked for the webhook `ref` to send to `url`, this receiver (which listens).
    void pointWebhookHere(const wc::WebhookRef &ref, const QString &url);
    /// A request arrived and is in the list.
    void requestReceived(const wc::ReceivedRequest &request);
    /// Every received request was forgotten.
    void cleared();
    /// The scheme and secrets of the chosen webhook were read (or failed to be: the page
    /// says why); for tests.
    void verificationReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void chooseWebhook(int comboIndex);
    void updateWebhookCombo();
    void applyResponse();
    void updateListening();
    void updateEmptyState();
    void showSelected();
    void received(const ReceivedRequest &request);
    void copyUrl();
    void pointHere();
    void rememberSent(const Delivery &delivery);

    WebhookBackend &m_backend;
    Receiver *m_receiver = nullptr;
    ReceivedRequestModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QList<Webhook> m_webhooks;
    std::optional<WebhookRef> m_chosen;
    bool m_webhooksGiven = false; ///< setWebhooks was called: the backend's list is not read
    bool m_webhooksRead = false;
    quint64 m_keysGeneration = 0;
    quint64 m_listGeneration = 0;
    /// Bodies the console sent, by their Pulumi-Webhook-ID, newest last (a few hundred).
    QHash<QByteArray, QByteArray> m_sentBodies;
    QList<QByteArray> m_sentOrder;
    QTimer m_searchDebounce;
    QTimer m_reloadDebounce;

    QComboBox *m_webhookCombo = nullptr;
    QLabel *m_keysLabel = nullptr;
    QPushButton *m_pointButton = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QLabel *m_portError = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_statusError = nullptr;
    QSpinBox *m_delaySpin = nullptr;
    QPushButton *m_startButton = nullptr;
    QLabel *m_urlLabel = nullptr;
    QPushButton *m_copyUrlButton = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QPushButton *m_clearButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_emptyDetailLabel = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPlainTextEdit *m_headersView = nullptr;
    QPlainTextEdit *m_bodyView = nullptr;
    QLabel *m_bodyNote = nullptr;
    QCheckBox *m_rawCheck = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
};

} // namespace wc::gui
