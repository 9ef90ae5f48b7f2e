#pragma once

#include "CommandLine.h"
#include "model/Delivery.h"
#include "model/Webhook.h"

#include <QObject>
#include <optional>

namespace wc {
class AppContext;
class WebhookService;
} // namespace wc

namespace wc::cli {

class Output;

/// Runs one parsed command against the core from the event loop and reports its exit status
/// through finished(); nothing here waits in a nested event loop. Reads need only the
/// database; the keychain is asked only when a secret is read or written.
class Runner : public QObject
{
    Q_OBJECT
public:
    /// `secret` is the text read from standard input for --secret-stdin.
    Runner(AppContext &context, const Invocation &invocation, const QString &secret, Output &output,
           QObject *parent = nullptr);

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
    void webhookEdit();
    void webhookRm();
    void webhookPing();
    void deliveryList();
    void deliveryGet();
    void deliveryRedeliver();
    void deliveryRedeliverAllFailed();

    /// The webhook REF names, or nullopt after reporting why not.
    std::optional<Webhook> findWebhook();
    /// The delivery ID names and its webhook, or nullopt after reporting why not.
    std::optional<std::pair<Delivery, Webhook>> findDelivery();
    /// Prints a delivery's outcome and finishes: 0 when it succeeded, else 1.
    void deliveryDone(const Error &error, const Delivery &delivery, const QString &ref);

    void printWebhook(const Webhook &webhook);
    void printDelivery(const Delivery &delivery, const QString &ref);

    WebhookService &service();

    AppContext &m_context;
    Invocation m_invocation;
    QString m_secret;
    Output &m_out;
    bool m_finished = false;
};

} // namespace wc::cli
