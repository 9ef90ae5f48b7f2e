#pragma once

#include "Scope.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wc {

/// How an attempt ended, as lists and filters see it.
enum class DeliveryOutcome {
    Pending,   ///< the request has left; no answer yet
    Succeeded, ///< the receiver answered 2xx
    Failed,    ///< any other answer, or none (the error says why)
};

/// One attempt to deliver a payload to a webhook's URL, request and response in full.
struct Delivery
{
    enum class State { Pending, Completed };

    /// Opaque: a backend's own identifier (a number in the local database, a string in Pulumi
    /// Cloud). Compare it, show it, hand it back; never compute with it.
    QString id;
    WebhookRef webhook;
    QString uid;         ///< sent as Pulumi-Webhook-ID
    QString kind;        ///< Pulumi-Webhook-Kind
    QByteArray payload;  ///< exact body bytes sent
    QDateTime timestamp; ///< when the request left (UTC)
    qint64 durationMs = 0;
    QString requestUrl;
    QString requestHeaders; ///< CRLF-joined "Name: value" lines
    int responseCode = 0;   ///< 0 when nothing answered
    QString responseHeaders;
    QByteArray responseBody;
    bool responseTruncated = false;
    QString error;        ///< in words; empty when the receiver answered 2xx
    QString redeliveryOf; ///< the original's id for a redelivery; empty otherwise
    /// The id of the delivery this one was edited from (Edit and send): a new message, not a
    /// redelivery of that one's event. Empty otherwise.
    QString editedFrom;
    State state = State::Pending;

    [[nodiscard]] bool succeeded() const
    {
        return state == State::Completed && error.isEmpty() && responseCode >= 200 &&
               responseCode < 300;
    }
    [[nodiscard]] DeliveryOutcome outcome() const
    {
        if (state == State::Pending)
            return DeliveryOutcome::Pending;
        return succeeded() ? DeliveryOutcome::Succeeded : DeliveryOutcome::Failed;
    }
    /// "HTTP 200", or the error in words, or "Pending".
    [[nodiscard]] QString outcomeText() const;
    /// Completed without a complete answer in time: the dispatcher's "Timed out: …" error, as
    /// it was recorded, in English or in the language of the running application.
    [[nodiscard]] bool timedOut() const;
    /// "200", "Connection refused", "Pending": for table cells.
    [[nodiscard]] QString shortOutcome() const;

    /// The part of an error message before its explanation: "Connection refused by h:p".
    [[nodiscard]] static QString briefError(const QString &error);
};

/// What Edit and send sends: a delivery's payload and headers as the user changed them.
struct EditedDelivery
{
    /// How the edited delivery is signed: with the webhook's scheme and secrets, not at all,
    /// or with a made-up secret (to see a receiver refuse it).
    enum class Signing { Signed, Unsigned, WrongSecret };

    QString fromDeliveryId;
    QByteArray payload;
    /// The request's headers as edited ("Name: value" lines, CRLF-joined, as recorded).
    /// Signature headers here are dropped and made afresh; Content-Length and Host are Qt's.
    QString headers;
    QString url; ///< empty: the webhook's payload URL
    Signing signing = Signing::Signed;
};

} // namespace wc

Q_DECLARE_METATYPE(wc::Delivery)
