#pragma once

#include "Delivery.h"
#include "Scope.h"
#include "Signature.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace wc {

/// Destination formats Pulumi offers (REST field `format`).
namespace Format {
inline constexpr auto Raw = "raw";
inline constexpr auto Slack = "slack";
inline constexpr auto MsTeams = "ms_teams";
inline constexpr auto PulumiDeployments = "pulumi_deployments";
} // namespace Format

/// A webhook as every backend shows it, with Pulumi's fields. The secret is never part of it:
/// only `hasSecret`. Its identity is `ref()`: scope and name.
struct Webhook
{
    Scope scope;
    QString name; ///< unique within its scope
    QString displayName;
    QString payloadUrl;
    QString format = QString::fromLatin1(Format::Raw);
    QStringList filters;
    QStringList groups;
    bool active = true;
    bool hasSecret = false;
    /// How deliveries are signed: one of SignatureSchemeId (Pulumi's by default).
    QString signature = QString::fromLatin1(SignatureSchemeId::Pulumi);
    /// While a secret rotation overlaps: when the previous secret stops signing and leaves the
    /// keychain. Invalid when no rotation is under way.
    QDateTime previousSecretUntil;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// Goes up by one with every saved change: an edit started from an older version is
    /// refused (someone else saved meanwhile). 0 when the backend does not say.
    qint64 version = 0;
    /// Who created it and who changed it last ("name" or "user@host"; empty when unknown).
    QString createdBy;
    QString updatedBy;
    /// Who set or replaced its secret last, and when (team databases: each person keeps the
    /// secret in their own keychain, and learns here that theirs is out of date).
    QString secretChangedBy;
    QDateTime secretChangedAt;

    [[nodiscard]] WebhookRef ref() const { return WebhookRef{scope, name}; }
};

/// A webhook with the outcome of its most recent delivery, for lists.
struct WebhookSummary
{
    Webhook webhook;
    /// The newest attempt without its bodies and headers; empty when nothing was ever sent.
    std::optional<Delivery> lastDelivery;
};

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
    QString signature = QString::fromLatin1(SignatureSchemeId::Pulumi);
    SecretChange secretChange = SecretChange::Keep;
    QString secret; ///< used with SecretChange::Set
    /// The version the change starts from (Webhook::version): saving is refused when the
    /// webhook has changed since. 0: save whatever the stored version.
    qint64 baseVersion = 0;

    /// A draft that changes nothing of `webhook`, based on its version.
    [[nodiscard]] static WebhookDraft from(const Webhook &webhook);
};

} // namespace wc

Q_DECLARE_METATYPE(wc::Webhook)
Q_DECLARE_METATYPE(wc::WebhookSummary)
