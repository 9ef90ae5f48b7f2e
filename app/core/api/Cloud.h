#pragma once

#include "Async.h"
#include "Scope.h"

#include <QFuture>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace wc {

/// A Pulumi Cloud organization this console manages through Pulumi's REST API.
struct CloudConnection
{
    QString organization;
    QString apiUrl; ///< e.g. https://api.pulumi.com, or a self-hosted Pulumi Cloud's API
    friend bool operator==(const CloudConnection &, const CloudConnection &) = default;
};

/// Who an access token belongs to, as `GET /api/user` tells.
struct CloudAccount
{
    QString login; ///< githubLogin
    QString name;
    QString email;
    QStringList organizations;      ///< every organization the user is a member of
    QStringList adminOrganizations; ///< those where the user is an admin
};

/// An access token a Pulumi user already has on this computer: $PULUMI_ACCESS_TOKEN (with
/// $PULUMI_BACKEND_URL), or the Pulumi CLI's login in ~/.pulumi/credentials.json.
struct PulumiCredentials
{
    enum class Source { Environment, PulumiCli };
    Source source = Source::Environment;
    QString apiUrl;
    QString token;
    /// Where it was found, for people: "PULUMI_ACCESS_TOKEN" or the file's path.
    QString origin;
};

/// What became of one webhook copied to another organization (Publish to Pulumi Cloud, Copy to
/// local).
struct CopyOutcome
{
    enum class Status {
        Created,
        Exists, ///< a webhook of that name is already there (HTTP 409): left as it is
        Failed,
    };
    WebhookRef from;
    WebhookRef to;
    Status status = Status::Failed;
    QString message;           ///< why it failed, in words
    bool secretCopied = false; ///< the secret went with it
    /// The source had a secret that could not go with it (Pulumi never returns secrets).
    bool secretLeftBehind = false;
};

namespace cloud {

/// Pulumi Cloud's own API.
inline constexpr auto DefaultApiUrl = "https://api.pulumi.com";

/// `url` as the console keeps it (http or https, no query, no trailing slash), or empty with
/// `*error` saying what is wrong with it.
[[nodiscard]] QString normalizeApiUrl(const QString &url, QString *error);

/// Where a Pulumi user's credentials are on this computer, without their tokens (and without
/// reading the Pulumi CLI's file): what the console asks consent for. Empty when there are none.
[[nodiscard]] QList<PulumiCredentials> findPulumiCredentials();
/// The token and API URL of `found`, read now (the user agreed); NotFound or Invalid when they
/// are not there or not readable, in words.
[[nodiscard]] Result<PulumiCredentials> readPulumiCredentials(const PulumiCredentials &found);

/// Asks Pulumi Cloud at `apiUrl` who `token` belongs to (GET /api/user). A refused token is an
/// Unauthorized error.
[[nodiscard]] QFuture<Result<CloudAccount>> fetchAccount(const QString &apiUrl,
                                                         const QString &token);

} // namespace cloud
} // namespace wc

Q_DECLARE_METATYPE(wc::CloudConnection)
