#pragma once

#include "model/Scope.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace wc {

/// Destination formats Pulumi offers (REST field `format`).
namespace Format {
inline constexpr auto Raw = "raw";
inline constexpr auto Slack = "slack";
inline constexpr auto MsTeams = "ms_teams";
inline constexpr auto PulumiDeployments = "pulumi_deployments";
} // namespace Format

/// A webhook as stored. The secret is never part of it: only `hasSecret`.
struct Webhook
{
    qint64 id = 0; ///< database row id
    QString uid;   ///< stable internal id; the keychain key
    Scope scope;
    QString name; ///< unique within its scope
    QString displayName;
    QString payloadUrl;
    QString format = QString::fromLatin1(Format::Raw);
    QStringList filters;
    QStringList groups;
    bool active = true;
    bool hasSecret = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// "ORG/NAME" or "ORG/PROJECT/STACK/NAME", as Pulumi's tooling names webhooks.
    [[nodiscard]] QString ref() const { return scope.path() + u'/' + name; }
};

} // namespace wc

Q_DECLARE_METATYPE(wc::Webhook)
