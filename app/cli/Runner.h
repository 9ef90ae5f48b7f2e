#pragma once

#include "CommandLine.h"
#include "Delivery.h"
#include "History.h"
#include "Receiver.h"
#include "Webhook.h"
#include "WebhookBackend.h"

#include <QObject>
#include <functional>
#include <memory>

class QTemporaryDir;

namespace wc::cli {

class Output;

/// Runs one parsed command through the core's backend interface from the event loop and
/// reports its exit status through finished(); nothing here waits in a nested event loop.
/// Reads need only the database; the keychain is asked only when a secret is read or written.
class Runner : public QObject
{
    Q_OBJECT
public:
    /// `secret` is the text read from standard input for --secret-stdin.
    Runner(WebhookBackend &backend, const Invocation &invocation, const QString &secret,
           Output &output, QObject *parent = nullptr);
    ~Runner() override;

    /// Starts the command; call from the running event loop.
    void start();

Q_SIGNALS:
    /// Emitted exactly once, with the process's exit status.
    void finished(int exitCode);

private:
    void finish(int exitCode);
    void fail(const Error &error);

    void webhookNew();
    void webhookList();
    void webhookGet();
    void webhookPublish();
    void webhookExport();
    void orgConnect();
    void orgDisconnect();
    void orgList();
    /// The webhooks --org (and --project/--stack/--env) name, or every organization's.
    void gatherWebhooks(const std::function<void(const QList<WebhookSummary> &)> &then);
    void webhookEdit();
    void webhookRotateSecret();
    void webhookRm();
    void webhookPing();
    void databaseKeepPassword();
    void webhookSend();
    void scopeAdd();
    void scopeList(Scope::Kind kind);
    void scopeRm();
    void stackImport();
    void deliveryList();
    void deliveryGet();
    void deliveryRedeliver();
    void deliveryRedeliverAllFailed();
    void deliverySend();
    void deliveryExport();
    void deliveryImport();
    void webhookSnippet();

    // receive: listens until SIGINT or SIGTERM, then stops once every request is kept.
    void receive();
    void startListening(const QString &verifying);
    void received(const ReceivedRequest &request);
    void stopReceiving();
    /// "valid: current secret", "invalid: wrong secret", "unsigned", "not checked".
    [[nodiscard]] QString verdictWords(const ReceivedRequest &request) const;

    /// Calls `then` with the webhook REF names, or finishes after reporting why not.
    void findWebhook(std::function<void(const Webhook &)> then);
    /// With --secret-stdin: hands the secret read to the backend (checked, then kept in the
    /// keychain) before `then`.
    void withProvidedSecret(const Webhook &webhook, std::function<void()> then);
    /// Calls `then` with the delivery ID names, or finishes after reporting why not (on
    /// `field`, the argument or option that gave the ID).
    void findDelivery(std::function<void(const Delivery &)> then,
                      const QString &field = QStringLiteral("ID"));
    /// Prints a delivery's outcome and finishes: 0 when it succeeded, else 1.
    void deliveryDone(const Result<Delivery> &result);
    /// Lists deliveries a page at a time from `cursor` until `--limit` is reached.
    void listPage(const QString &cursor, int shown, std::shared_ptr<QList<QStringList>> table);

    void printWebhook(const Webhook &webhook);
    void printDelivery(const Delivery &delivery);

    WebhookBackend &m_backend;
    Invocation m_invocation;
    QString m_secret;
    Output &m_out;
    bool m_finished = false;

    Receiver *m_receiver = nullptr;
    qint64 m_receivedCount = 0;
    qint64 m_keeping = 0; ///< received requests being written to the database
    bool m_stopping = false;
    /// `delivery export` to standard output: the file is written here first.
    std::unique_ptr<QTemporaryDir> m_exportDir;
};

} // namespace wc::cli
