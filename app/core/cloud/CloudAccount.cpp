// The free functions of Cloud.h: API URLs, a Pulumi user's existing credentials, and who a token
// belongs to.
#include "Cloud.h"

#include "cloud/CloudClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace wc::cloud {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CloudAccount)
};

QString credentialsPath()
{
    const QString home = qEnvironmentVariable("PULUMI_HOME");
    return (home.isEmpty() ? QDir::homePath() + QStringLiteral("/.pulumi") : home) +
           QStringLiteral("/credentials.json");
}
} // namespace

QString normalizeApiUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const QUrl url = QUrl::fromUserInput(trimmed);
    QString why;
    if (trimmed.isEmpty())
        why = Tr::tr("Give the API URL, e.g. https://api.pulumi.com.");
    else if (!url.isValid() || url.host().isEmpty())
        why = Tr::tr("“%1” is not a URL. Give the API URL, e.g. https://api.pulumi.com.")
                  .arg(trimmed);
    else if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        why = Tr::tr("The API URL must begin with https:// (or http:// for a server on this "
                     "network).");
    else if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        why = Tr::tr("The API URL takes no user, query or fragment: give only scheme, host and "
                     "path.");
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    QString out = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                               QUrl::NormalizePathSegments);
    while (out.endsWith(u'/'))
        out.chop(1);
    return out;
}

QList<PulumiCredentials> findPulumiCredentials()
{
    QList<PulumiCredentials> out;
    if (qEnvironmentVariableIsSet("PULUMI_ACCESS_TOKEN") &&
        !qEnvironmentVariable("PULUMI_ACCESS_TOKEN").trimmed().isEmpty()) {
        PulumiCredentials found;
        found.source = PulumiCredentials::Source::Environment;
        found.origin = QStringLiteral("PULUMI_ACCESS_TOKEN");
        const QString backend = qEnvironmentVariable("PULUMI_BACKEND_URL");
        found.apiUrl = backend.isEmpty() ? QString::fromLatin1(DefaultApiUrl)
                                         : normalizeApiUrl(backend, nullptr);
        if (!found.apiUrl.isEmpty()) // a file:// or s3:// backend has no REST API
            out << found;
    }
    if (QFile::exists(credentialsPath())) {
        PulumiCredentials found;
        found.source = PulumiCredentials::Source::PulumiCli;
        found.origin = QDir::toNativeSeparators(credentialsPath());
        out << found;
    }
    return out;
}

Result<PulumiCredentials> readPulumiCredentials(const PulumiCredentials &wanted)
{
    PulumiCredentials found = wanted;
    if (wanted.source == PulumiCredentials::Source::Environment) {
        found.token = qEnvironmentVariable("PULUMI_ACCESS_TOKEN").trimmed();
        if (found.token.isEmpty()) {
            return Result<PulumiCredentials>::failure(
                Error::make(Error::Code::NotFound, Tr::tr("PULUMI_ACCESS_TOKEN is not set.")));
        }
        return {{}, found};
    }
    QFile file(credentialsPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<PulumiCredentials>::failure(
            Error::make(Error::Code::NotFound,
                        Tr::tr("Cannot read %1: %2.")
                            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())));
    }
    QJsonParseError parseError{};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    const QString current = root.value(QLatin1String("current")).toString();
    const QJsonObject tokens = root.value(QLatin1String("accessTokens")).toObject();
    const QString token = tokens.value(current).toString();
    if (parseError.error != QJsonParseError::NoError || current.isEmpty() || token.isEmpty()) {
        return Result<PulumiCredentials>::failure(
            Error::invalid(QStringLiteral("token"),
                           Tr::tr("%1 holds no login to use: run “pulumi login” first, or paste a "
                                  "token.")
                               .arg(QDir::toNativeSeparators(file.fileName()))));
    }
    found.apiUrl = normalizeApiUrl(current, nullptr);
    if (found.apiUrl.isEmpty()) {
        return Result<PulumiCredentials>::failure(Error::invalid(
            QStringLiteral("apiUrl"),
            Tr::tr("The Pulumi CLI is logged in to %1, which is not a Pulumi Cloud API.")
                .arg(current)));
    }
    found.token = token;
    return {{}, found};
}

QFuture<Result<CloudAccount>> fetchAccount(const QString &apiUrl, const QString &token)
{
    // Owned by the application until it has answered, so that one still asking when the
    // program ends is freed with it.
    auto *client = new CloudClient(apiUrl, QCoreApplication::instance());
    client->setToken(token);
    Promise<Result<CloudAccount>> promise;
    whenReady(client->send("GET", QStringLiteral("/api/user")), client,
              [client, promise](const CloudReply &reply) {
                  client->deleteLater();
                  if (reply.error) {
                      promise.finish(Result<CloudAccount>::failure(reply.error));
                      return;
                  }
                  const QJsonObject user = reply.json.toObject();
                  CloudAccount account;
                  account.login = user.value(QLatin1String("githubLogin")).toString();
                  account.name = user.value(QLatin1String("name")).toString();
                  account.email = user.value(QLatin1String("email")).toString();
                  const QJsonArray orgs = user.value(QLatin1String("organizations")).toArray();
                  for (const QJsonValue &v : orgs) {
                      const QJsonObject org = v.toObject();
                      const QString name = org.value(QLatin1String("githubLogin")).toString();
                      account.organizations << name;
                      if (org.value(QLatin1String("role")).toString() == QLatin1String("admin"))
                          account.adminOrganizations << name;
                  }
                  promise.finish({{}, account});
              });
    return promise.future();
}

} // namespace wc::cloud
