// webhookctl: the command-line companion of Webhook Console, on the same core library, the same
// database and the same keychain entries as the window.

#include "AppInfo.h"
#include "Async.h"
#include "CommandLine.h"
#include "Output.h"
#include "Runner.h"
#include "SecretInput.h"
#include "Translations.h"
#include "WebhookBackend.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

using namespace wc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Standard error is for the one sentence that explains a failure; the core's own log lines
    // stay quiet unless asked for (QT_LOGGING_RULES, read after these rules, overrides them).
    // Nor do the drivers' own uncategorised warnings (QPSQL's "Unable to free statement" after
    // a refused insert, say): the error that follows says what happened.
    QLoggingCategory::setFilterRules(QStringLiteral("webhookconsole.*.debug=false\n"
                                                    "webhookconsole.*.info=false\n"
                                                    "webhookconsole.*.warning=false\n"
                                                    "default.warning=false"));
    // Same application name as the window: the same default database and keychain service.
    AppInfo::apply();
    // Help, errors and what is printed for people in the user's language (--json stays as is).
    translations::install(app);

    const cli::ParseResult parsed = cli::parse(QCoreApplication::arguments());
    const cli::Invocation &invocation = parsed.invocation;
    cli::Output out(invocation.json);
    if (parsed.error)
        return out.fail(parsed.error);
    if (invocation.help) {
        out.write(cli::helpText(invocation.command));
        return cli::Success;
    }
    if (invocation.version) {
        if (out.json())
            out.writeJson(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("webhookctl")},
                            {QStringLiteral("version"), QString::fromLatin1(AppInfo::Version)}});
        else
            out.write(QStringLiteral("webhookctl %1\n").arg(QString::fromLatin1(AppInfo::Version)));
        return cli::Success;
    }

    QString secret;
    if (invocation.secret == cli::Invocation::Secret::FromStdin) {
        if (Error e = cli::readSecretFromStdin(&secret))
            return out.fail(e);
    }

    QString location = WebhookBackend::resolveLocation(invocation.database);
    if (invocation.command == cli::Command::DatabaseKeepPassword) {
        // Connect with it first: a password that does not work is not kept.
        QUrl url(location);
        if (!location.startsWith(u"postgres"))
            return out.fail(Error::invalid(
                QStringLiteral("--database"),
                QCoreApplication::translate("webhookctl",
                                            "Only a PostgreSQL database (a postgresql:// URL) "
                                            "has a password to keep.")));
        url.setPassword(secret);
        location = url.toString();
    }
    const auto backend = WebhookBackend::create(location);
    // A command sees others' changes (`receive` follows the webhook's keys) at the next poll.
    backend->setFollowing(WebhookBackend::Following::Polled);
    cli::Runner runner(*backend, invocation, secret, out);
    QObject::connect(&runner, &cli::Runner::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    whenReady(backend->open(), &runner, [&runner, &out](const Error &e) {
        if (e)
            QCoreApplication::exit(out.fail(e));
        else
            runner.start();
    });
    return QCoreApplication::exec();
}
