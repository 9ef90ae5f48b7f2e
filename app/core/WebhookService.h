#pragma once

#include "Error.h"
#include "model/Delivery.h"
#include "model/Webhook.h"
#include "store/DeliveryRepository.h"
#include "store/WebhookRepository.h"

#include <QObject>
#include <functional>

namespace wc {

class Database;
class Dispatcher;
class HistoryReader;
class SecretStore;

/// What a form or a command asks to save. The secret travels here and nowhere else.
struct WebhookDraft
{
    enum class SecretChange { Keep, Set, Remove };

    Scope scope;
    QString name;
    QString displayName;
    QString payloadUrl;
    QString format = QString::fromLatin1(Format::Raw);
    QStringList filters;
    QStringList groups;
    bool active = true;
    SecretChange secretChange = SecretChange::Keep;
    QString secret; ///< used with SecretChange::Set

    [[nodiscard]] static WebhookDraft from(const Webhook &webhook);
};

/// The one place that orchestrates the database, the keychain and the network. Create, edit
/// and delete are all-or-nothing across database and keychain. Every call that waits on the
/// keychain or the network returns at once and reports through its callback.
class WebhookService : public QObject
{
    Q_OBJECT
public:
    using WebhookDone = std::function<void(const Error &, const Webhook &)>;
    using Done = std::function<void(const Error &)>;
    /// `error` is set when nothing could be sent (keychain, storage); otherwise the delivery
    /// holds the outcome, successful or not.
    using DeliveryDone = std::function<void(const Error &, const Delivery &)>;

    WebhookService(Database &db, SecretStore &secrets, Dispatcher &dispatcher,
                   QObject *parent = nullptr);

    [[nodiscard]] WebhookRepository &webhooks() { return m_webhooks; }
    [[nodiscard]] DeliveryRepository &deliveries() { return m_deliveries; }
    [[nodiscard]] Dispatcher &dispatcher() { return m_dispatcher; }
    /// With a history reader, deleting a webhook first clears its deliveries in batches on the
    /// reader's thread; without one (webhookctl) the database cascades them in one go.
    void setHistoryReader(HistoryReader *reader) { m_history = reader; }

    /// Checks a draft field by field; `exceptId` is the webhook being edited (0 when new).
    [[nodiscard]] Error validate(const WebhookDraft &draft, qint64 exceptId = 0) const;

    void create(const WebhookDraft &draft, WebhookDone done);
    void update(qint64 id, const WebhookDraft &draft, WebhookDone done);
    void remove(qint64 id, Done done);

    /// Sends Pulumi's ping to the webhook, recording the attempt.
    void ping(qint64 webhookId, DeliveryDone done);
    /// Resends a stored delivery's exact payload, signed with the webhook's current secret,
    /// as a new delivery linked to the original.
    void redeliver(qint64 deliveryId, DeliveryDone done);

    /// Pending attempts older than any request could last are marked interrupted.
    [[nodiscard]] Error recoverInterrupted();

Q_SIGNALS:
    void webhooksChanged();
    void deliveryStarted(const wc::Delivery &delivery);
    void deliveryFinished(const wc::Delivery &delivery);

private:
    void send(const Webhook &webhook, Delivery delivery, DeliveryDone done);
    /// Writes the row; returns it with its new `updatedAt`.
    std::pair<Error, Webhook> saveRow(Webhook webhook);
    void withSecret(const Webhook &webhook,
                    std::function<void(const Error &, const QString &)> then);

    Database &m_db;
    SecretStore &m_secrets;
    Dispatcher &m_dispatcher;
    WebhookRepository m_webhooks;
    DeliveryRepository m_deliveries;
    HistoryReader *m_history = nullptr;
};

} // namespace wc
