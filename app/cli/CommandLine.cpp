#include "CommandLine.h"

#include "Cloud.h"

#include "EventCatalog.h"
#include "Receiver.h"
#include "Scope.h"
#include "Signature.h"
#include "Validation.h"
#include "WebhookBackend.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace wc::cli {

namespace {

/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(webhookctl)
};

struct OptionSpec
{
    const char *name;
    const char *valueName; ///< null for a switch
    const char *description;
};

// Every option webhookctl knows. One parser holds them all, so global flags may stand before or
// after the command; which ones a command accepts is checked after parsing.
const OptionSpec Options[] = {
    {"database", "PATH",
     QT_TRANSLATE_NOOP("webhookctl", "Use the database at PATH (an SQLite file or a "
                                     "postgresql:// URL). Default: $WEBHOOK_CONSOLE_DATABASE, "
                                     "else the window's default database.")},
    {"json", nullptr,
     QT_TRANSLATE_NOOP("webhookctl",
                       "Print exactly one JSON document on standard output, with Pulumi's REST "
                       "field names (receive: one JSON object per line, per request).")},
    {"version", nullptr, QT_TRANSLATE_NOOP("webhookctl", "Print the version and exit.")},
    {"help", nullptr, QT_TRANSLATE_NOOP("webhookctl", "Print this help and exit.")},
    {"org", "ORG", QT_TRANSLATE_NOOP("webhookctl", "The organization (added when new).")},
    {"project", "P",
     QT_TRANSLATE_NOOP("webhookctl", "The project of the stack (with --stack) or of the "
                                     "environment (with --env).")},
    {"stack", "S", QT_TRANSLATE_NOOP("webhookctl", "The stack (with --project): a stack webhook.")},
    {"env", "E",
     QT_TRANSLATE_NOOP("webhookctl",
                       "The Pulumi ESC environment (with --project): an environment webhook.")},
    {"event", "EVENT",
     QT_TRANSLATE_NOOP("webhookctl",
                       "One of Pulumi's event names (update_failed, deployment_succeeded, …; "
                       "“webhookctl webhook send --help” lists them).")},
    {"display-name", "TEXT", QT_TRANSLATE_NOOP("webhookctl", "The name people read.")},
    {"payload-url", "URL",
     QT_TRANSLATE_NOOP("webhookctl", "Where deliveries are POSTed (http:// or https://).")},
    {"name", "NAME",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Identifier unique in its scope: 1–32 letters, digits, “-”, “_”, “.”. "
                       "Default: derived from the display name.")},
    {"format", "F",
     QT_TRANSLATE_NOOP("webhookctl",
                       "raw (default), slack, ms_teams, or pulumi_deployments (stacks and "
                       "environments; --payload-url is then the target stack, project/stack).")},
    {"signature", "SCHEME",
     QT_TRANSLATE_NOOP("webhookctl",
                       "How deliveries are signed: pulumi (default: Pulumi-Webhook-Signature), "
                       "github (X-Hub-Signature-256), standard-webhooks (webhook-id, "
                       "webhook-timestamp, webhook-signature; the secret is whsec_ and base64) "
                       "or stripe (Stripe-Signature: t=…,v1=…).")},
    {"overlap", "DURATION",
     QT_TRANSLATE_NOOP("webhookctl",
                       "How long the previous secret keeps signing beside the new one: 24h "
                       "(default), 90m, 7d, 1h30m, or 0 to replace it at once. At most 30d.")},
    {"filters", "a,b",
     QT_TRANSLATE_NOOP("webhookctl", "Event names, comma-separated (\"\" for none).")},
    {"groups", "a,b",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Event groups, comma-separated (\"\" for none). Without --filters and "
                       "--groups a new webhook gets Pulumi's default groups.")},
    {"active", nullptr, QT_TRANSLATE_NOOP("webhookctl", "Deliver events (the default).")},
    {"inactive", nullptr, QT_TRANSLATE_NOOP("webhookctl", "Deliver no events.")},
    {"secret-stdin", nullptr,
     QT_TRANSLATE_NOOP("webhookctl",
                       "Read the signing secret from standard input (one trailing newline is "
                       "dropped) and keep it in the OS keychain.")},
    {"remove-secret", nullptr,
     QT_TRANSLATE_NOOP("webhookctl", "Stop signing: delete the secret from the keychain.")},
    {"limit", "N",
     QT_TRANSLATE_NOOP("webhookctl", "Show at most N deliveries, newest first (default 50).")},
    {"failed", nullptr,
     QT_TRANSLATE_NOOP("webhookctl", "Only deliveries that failed (non-2xx or no response).")},
    {"succeeded", nullptr, QT_TRANSLATE_NOOP("webhookctl", "Only deliveries that succeeded.")},
    {"kind", "KIND",
     QT_TRANSLATE_NOOP("webhookctl", "Only this event kind (ping, stack_update, …).")},
    {"since", "TIME",
     QT_TRANSLATE_NOOP("webhookctl", "Only deliveries sent at or after TIME (ISO 8601, e.g. "
                                     "2026-11-01T00:00:00Z; without Z or an offset: local time).")},
    {"until", "TIME",
     QT_TRANSLATE_NOOP("webhookctl", "Only deliveries sent at or before TIME (ISO 8601).")},
    {"api-url", "URL",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Pulumi Cloud's API, or a self-hosted one's. Default: $PULUMI_BACKEND_URL, "
                       "else https://api.pulumi.com.")},
    {"token-stdin", nullptr,
     QT_TRANSLATE_NOOP("webhookctl",
                       "Read the Pulumi access token from standard input and keep it in the OS "
                       "keychain. Without it: $PULUMI_ACCESS_TOKEN, else the token already kept "
                       "for the API URL.")},
    {"to", "ORG", QT_TRANSLATE_NOOP("webhookctl", "The organization to copy to.")},
    {"without-secrets", nullptr,
     QT_TRANSLATE_NOOP("webhookctl", "Leave the secrets behind (they stay in your keychain).")},
    {"output", "FILE",
     QT_TRANSLATE_NOOP("webhookctl", "Write to FILE (kept whole or not at all) instead of "
                                     "standard output.")},
    {"pulumi-project", "NAME",
     QT_TRANSLATE_NOOP("webhookctl", "The Pulumi project name of the program (default: "
                                     "webhooks).")},
    {"all-failed", "REF",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Redeliver every event of webhook REF that no attempt delivered and "
                       "that matches --kind, --since, --until and --search: each once, from "
                       "its original delivery, a few at a time (Preferences: redeliveries at "
                       "once).")},
    {"search", "TEXT",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Only deliveries whose payload or response body holds these words, each "
                       "as the start of a word (\"deploy fail\" finds \"deployment failed\").")},
    {"port", "N",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Listen on 127.0.0.1:N (never another interface). Default: 0, a free "
                       "port the system picks.")},
    {"webhook", "REF",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Check each request's signature with this webhook's scheme and secrets "
                       "(its current one, and the previous one during a rotation), read from "
                       "your keychain. Without it requests are shown, not checked.")},
    {"status", "CODE",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Answer every request with this HTTP status, 200 to 599 (default 200): "
                       "500 or 429 rehearse a failing receiver.")},
    {"delay", "MS",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Wait this many milliseconds before answering, 0 to 120000 (default 0): "
                       "longer than the sender's timeout rehearses a timeout.")},
    {"from", "ID",
     QT_TRANSLATE_NOOP("webhookctl",
                       "The delivery of REF to start from: its payload and request headers, as "
                       "recorded.")},
    {"payload-file", "F",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Send the bytes of F as the payload, exactly as they are (- for standard "
                       "input).")},
    {"header", "'K: V'",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Set request header K to V: it replaces the header of that name (in any "
                       "case) or is added. 'K:' with no value removes it. Give it once per "
                       "header. Signature headers, Content-Length and Host are made when "
                       "sending.")},
    {"unsigned", nullptr,
     QT_TRANSLATE_NOOP("webhookctl",
                       "Send it without signature headers (to see the receiver refuse it).")},
    {"wrong-secret", nullptr,
     QT_TRANSLATE_NOOP("webhookctl",
                       "Sign it with a made-up secret, kept nowhere (to see the receiver refuse "
                       "it).")},
    {"include-signatures", nullptr,
     QT_TRANSLATE_NOOP("webhookctl",
                       "Keep the signature headers in the file. Left out by default: with them, "
                       "whoever reads the file can replay the deliveries to receivers that check "
                       "signatures.")},
    {"language", "L", QT_TRANSLATE_NOOP("webhookctl", "python (default), node or go.")},
};

/// What an option means for one command, where that differs from the table above (help only:
/// the parser knows each option once).
struct OptionOverride
{
    Command command;
    const char *name;
    const char *valueName;
    const char *description;
};

const OptionOverride Overrides[] = {
    {Command::WebhookExport, "format", "F",
     QT_TRANSLATE_NOOP("webhookctl", "pulumi-yaml: a Pulumi YAML program.")},
    {Command::DeliveryExport, "format", "F",
     QT_TRANSLATE_NOOP("webhookctl",
                       "har (HTTP Archive 1.2: browser dev tools and HTTP tools read it), jsonl "
                       "(JSON Lines: one delivery per line, every field) or csv (one row per "
                       "delivery, for spreadsheets; it cannot be imported).")},
    {Command::DeliverySend, "to", "URL",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Send it to URL (http:// or https://) instead of the webhook's payload "
                       "URL.")},
    {Command::DeliverySend, "secret-stdin", nullptr,
     QT_TRANSLATE_NOOP("webhookctl",
                       "Read the webhook's secret from standard input, when a teammate set it "
                       "and your keychain lacks it (checked, then kept in your keychain).")},
    {Command::DeliveryExport, "output", "FILE",
     QT_TRANSLATE_NOOP("webhookctl",
                       "Write to FILE (it appears whole when the export succeeds, and not at all "
                       "when it fails) instead of standard output.")},
};

const QStringList GlobalOptions{QStringLiteral("database"), QStringLiteral("json"),
                                QStringLiteral("version"), QStringLiteral("help")};

struct CommandSpec
{
    Command command;
    const char *group;
    const char *verb;
    const char *arguments; ///< the synopsis after the command words
    const char *summary;
    QStringList options;
    const char *positional; ///< "REF", "ID", "STACK", "ENV", "FILE" or null
};

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list{
        {Command::WebhookNew,
         "webhook",
         "new",
         "--org ORG [--project P --stack S | --project P --env E] --display-name TEXT\n"
         "--payload-url URL [--name NAME] [--format F] [--filters a,b] [--groups a,b]\n"
         "[--inactive] [--signature SCHEME] [--secret-stdin]",
         QT_TRANSLATE_NOOP("webhookctl", "Create a webhook."),
         {QStringLiteral("org"), QStringLiteral("project"), QStringLiteral("stack"),
          QStringLiteral("env"), QStringLiteral("display-name"), QStringLiteral("payload-url"),
          QStringLiteral("name"), QStringLiteral("format"), QStringLiteral("filters"),
          QStringLiteral("groups"), QStringLiteral("inactive"), QStringLiteral("signature"),
          QStringLiteral("secret-stdin")},
         nullptr},
        {Command::WebhookList,
         "webhook",
         "list",
         "[--org ORG [--project P --stack S | --project P --env E]]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "List webhooks: every one, an organization's (its stacks' and "
                           "environments' too), or one stack's or environment's."),
         {QStringLiteral("org"), QStringLiteral("project"), QStringLiteral("stack"),
          QStringLiteral("env")},
         nullptr},
        {Command::WebhookGet,
         "webhook",
         "get",
         "REF",
         QT_TRANSLATE_NOOP("webhookctl", "Show one webhook."),
         {},
         "REF"},
        {Command::WebhookEdit,
         "webhook",
         "edit",
         "REF [--display-name TEXT] [--payload-url URL] [--format F] [--filters a,b]\n"
         "[--groups a,b] [--active | --inactive] [--signature SCHEME]\n"
         "[--secret-stdin | --remove-secret]",
         QT_TRANSLATE_NOOP("webhookctl", "Change a webhook; what is not given stays."),
         {QStringLiteral("display-name"), QStringLiteral("payload-url"), QStringLiteral("format"),
          QStringLiteral("filters"), QStringLiteral("groups"), QStringLiteral("active"),
          QStringLiteral("inactive"), QStringLiteral("signature"), QStringLiteral("secret-stdin"),
          QStringLiteral("remove-secret")},
         "REF"},
        {Command::WebhookRotateSecret,
         "webhook",
         "rotate-secret",
         "REF --secret-stdin [--overlap DURATION]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Replace the signing secret with the one read from standard input. "
                           "For the overlap the previous secret stays in your keychain and "
                           "deliveries carry a signature for each (Standard Webhooks and "
                           "Stripe-style; Pulumi and GitHub carry one, made with the new "
                           "secret); then the previous secret leaves the keychain."),
         {QStringLiteral("secret-stdin"), QStringLiteral("overlap")},
         "REF"},
        {Command::WebhookSnippet,
         "webhook",
         "snippet",
         "REF [--language python|node|go]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Print a function that checks the webhook's signatures on the "
                           "receiver's side, for its signature scheme, using only the "
                           "language's standard library and a constant-time comparison: "
                           "verify_webhook (Python), verifyWebhook (Node.js) or VerifyWebhook "
                           "(Go)."),
         {QStringLiteral("language")},
         "REF"},
        {Command::WebhookRm,
         "webhook",
         "rm",
         "REF",
         QT_TRANSLATE_NOOP("webhookctl", "Delete a webhook, its secret and its delivery history."),
         {},
         "REF"},
        {Command::WebhookPing,
         "webhook",
         "ping",
         "REF [--secret-stdin]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Send Pulumi's signed ping and print the delivery; exit 1 when it "
                           "failed. A secret a teammate set, not yet in your keychain: exit 5, "
                           "or give it with --secret-stdin (checked, then kept in your "
                           "keychain)."),
         {QStringLiteral("secret-stdin")},
         "REF"},
        {Command::WebhookSend,
         "webhook",
         "send",
         "REF --event EVENT [--secret-stdin]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Send a realistic sample of EVENT in the webhook's format, signed and "
                           "recorded like a ping, with its Pulumi-Webhook-Kind; exit 1 when it "
                           "failed. An event the webhook's groups and filters exclude is refused "
                           "(exit 2)."),
         {QStringLiteral("event"), QStringLiteral("secret-stdin")},
         "REF"},
        {Command::WebhookPublish,
         "webhook",
         "publish",
         "REF --to ORG [--without-secrets]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Copy a webhook to another organization, to the same stack or "
                           "environment and name: one of this console's to a Pulumi Cloud "
                           "organization (its secret goes along, read from your keychain, unless "
                           "--without-secrets), or one of Pulumi Cloud's to a local organization "
                           "(without its secret: Pulumi never gives it out). A webhook of that "
                           "name already there is left as it is (exit 4)."),
         {QStringLiteral("to"), QStringLiteral("without-secrets")},
         "REF"},
        {Command::WebhookExport,
         "webhook",
         "export",
         "--format pulumi-yaml [--org ORG [--project P --stack S | --project P --env E]]\n"
         "[--pulumi-project NAME] [--output FILE]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Write the webhooks (every one, an organization's, or one stack's or "
                           "environment's) as a Pulumi YAML program, one pulumiservice:Webhook "
                           "each. Secrets are never written: the program reads them from secret "
                           "config, and the “pulumi config set --secret” commands to run are "
                           "printed on standard error."),
         {QStringLiteral("format"), QStringLiteral("org"), QStringLiteral("project"),
          QStringLiteral("stack"), QStringLiteral("env"), QStringLiteral("pulumi-project"),
          QStringLiteral("output")},
         nullptr},
        {Command::OrgConnect,
         "org",
         "connect",
         "ORG [--api-url URL] [--token-stdin]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Manage the webhooks of ORG in Pulumi Cloud: checks the token (who it "
                           "belongs to, membership of ORG) and keeps it in the OS keychain only. "
                           "Every webhook and delivery command then works on ORG through "
                           "Pulumi's REST API. A refused token: exit 5."),
         {QStringLiteral("api-url"), QStringLiteral("token-stdin")},
         "ORG"},
        {Command::OrgDisconnect,
         "org",
         "disconnect",
         "ORG",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Stop managing ORG of Pulumi Cloud here: forgets its archived "
                           "deliveries and, when no other organization uses it, the token. "
                           "Nothing changes in Pulumi Cloud."),
         {},
         "ORG"},
        {Command::OrgList,
         "org",
         "list",
         "",
         QT_TRANSLATE_NOOP("webhookctl",
                           "List the organizations: this console's own, and Pulumi Cloud's with "
                           "their API URL."),
         {},
         nullptr},
        {Command::StackAdd,
         "stack",
         "add",
         "ORG/PROJECT/STACK",
         QT_TRANSLATE_NOOP("webhookctl", "Add a stack (and its organization)."),
         {},
         "STACK"},
        {Command::StackList,
         "stack",
         "list",
         "[--org ORG]",
         QT_TRANSLATE_NOOP("webhookctl", "List the stacks: every organization's, or one's."),
         {QStringLiteral("org")},
         nullptr},
        {Command::StackRm,
         "stack",
         "rm",
         "ORG/PROJECT/STACK",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Remove a stack with its webhooks, their secrets and their history."),
         {},
         "STACK"},
        {Command::StackImport,
         "stack",
         "import",
         "FILE --org ORG [--project P]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Add the stacks “pulumi stack ls --json” printed to FILE (- for "
                           "standard input). Names of the form project/stack belong to --org; "
                           "bare stack names need --project. All or nothing."),
         {QStringLiteral("org"), QStringLiteral("project")},
         "FILE"},
        {Command::EnvAdd,
         "env",
         "add",
         "ORG/PROJECT/ENV",
         QT_TRANSLATE_NOOP("webhookctl", "Add a Pulumi ESC environment (and its organization)."),
         {},
         "ENV"},
        {Command::EnvList,
         "env",
         "list",
         "[--org ORG]",
         QT_TRANSLATE_NOOP("webhookctl", "List the environments: every organization's, or one's."),
         {QStringLiteral("org")},
         nullptr},
        {Command::EnvRm,
         "env",
         "rm",
         "ORG/PROJECT/ENV",
         QT_TRANSLATE_NOOP("webhookctl", "Remove an environment with its webhooks, their secrets "
                                         "and their history."),
         {},
         "ENV"},
        {Command::DeliveryList,
         "delivery",
         "list",
         "REF [--limit N] [--failed | --succeeded] [--kind KIND]\n"
         "[--since TIME] [--until TIME] [--search TEXT]",
         QT_TRANSLATE_NOOP("webhookctl", "List a webhook's deliveries, newest first."),
         {QStringLiteral("limit"), QStringLiteral("failed"), QStringLiteral("succeeded"),
          QStringLiteral("kind"), QStringLiteral("since"), QStringLiteral("until"),
          QStringLiteral("search")},
         "REF"},
        {Command::DeliveryGet,
         "delivery",
         "get",
         "ID",
         QT_TRANSLATE_NOOP("webhookctl", "Show one delivery: request and response in full."),
         {},
         "ID"},
        {Command::DeliveryRedeliver,
         "delivery",
         "redeliver",
         "ID | --all-failed REF [--kind KIND] [--since TIME] [--until TIME]\n"
         "[--search TEXT]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Resend a delivery's payload unchanged, signed with the webhook's "
                           "current secret, as a new delivery linked to it; or do so for every "
                           "failed delivery of a webhook that matches the filters. Exit 1 when "
                           "a redelivery failed."),
         {QStringLiteral("all-failed"), QStringLiteral("kind"), QStringLiteral("since"),
          QStringLiteral("until"), QStringLiteral("search")},
         "ID"},
        {Command::DeliverySend,
         "delivery",
         "send",
         "REF --from ID [--payload-file F] [--header 'K: V']... [--to URL]\n"
         "[--unsigned | --wrong-secret] [--secret-stdin]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Edit and send: send a copy of delivery ID of webhook REF, with the "
                           "changes given, as a new delivery (a new message id) linked to it, "
                           "signed afresh with the webhook's scheme and current secret unless "
                           "--unsigned or --wrong-secret; print it like “delivery get”. Exit 1 "
                           "when it failed. It is no redelivery of the original's event."),
         {QStringLiteral("from"), QStringLiteral("payload-file"), QStringLiteral("header"),
          QStringLiteral("to"), QStringLiteral("unsigned"), QStringLiteral("wrong-secret"),
          QStringLiteral("secret-stdin")},
         "REF"},
        {Command::DeliveryExport,
         "delivery",
         "export",
         "REF --format har|jsonl|csv [--failed | --succeeded] [--kind KIND]\n"
         "[--since TIME] [--until TIME] [--search TEXT] [--output FILE]\n"
         "[--include-signatures]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Write a webhook's deliveries that match the filters, oldest first, "
                           "request and response in full, to standard output or FILE. Without "
                           "--include-signatures the signature headers are left out. Progress "
                           "goes to standard error when it is a terminal."),
         {QStringLiteral("format"), QStringLiteral("failed"), QStringLiteral("succeeded"),
          QStringLiteral("kind"), QStringLiteral("since"), QStringLiteral("until"),
          QStringLiteral("search"), QStringLiteral("output"), QStringLiteral("include-signatures")},
         "REF"},
        {Command::DeliveryImport,
         "delivery",
         "import",
         "REF FILE",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Add the deliveries of FILE (- for standard input) to the history of "
                           "webhook REF, all or none: a HAR file (this console's export, exactly, "
                           "or another tool's) or JSON Lines (“delivery export --format jsonl”). "
                           "A file with a mistake imports nothing (exit 2; the message names the "
                           "line or entry). Pulumi Cloud's webhooks refuse: their history is "
                           "Pulumi's."),
         {},
         "REF FILE"},
        {Command::Receive,
         "receive",
         "",
         "[--port N] [--webhook REF] [--status CODE] [--delay MS]",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Receive webhooks in the terminal, as the window's Receiver page does: "
                           "listen on 127.0.0.1, take in any request, check its signature against "
                           "--webhook REF and answer as told, until interrupted (Ctrl+C or "
                           "SIGTERM: exit 0). One line per request on standard output: time, "
                           "method, path, body size, verdict (valid, with which secret; invalid, "
                           "and why; unsigned; not checked) and the status answered. With --json, "
                           "one JSON object per request and line (JSON Lines). Each request is "
                           "also kept in the database, for the window's Receiver page. A port in "
                           "use: exit 2."),
         {QStringLiteral("port"), QStringLiteral("webhook"), QStringLiteral("status"),
          QStringLiteral("delay")},
         nullptr},
        {Command::DatabaseKeepPassword,
         "database",
         "keep-password",
         "--secret-stdin",
         QT_TRANSLATE_NOOP("webhookctl",
                           "Keep the password of the PostgreSQL database (--database or "
                           "$WEBHOOK_CONSOLE_DATABASE, a URL without a password) in your keychain, "
                           "after checking that it connects; the URL then works without it."),
         {QStringLiteral("secret-stdin")},
         nullptr},
    };
    return list;
}

const CommandSpec *specFor(Command command)
{
    for (const CommandSpec &spec : commands()) {
        if (spec.command == command)
            return &spec;
    }
    return nullptr;
}

const OptionSpec *optionSpec(const QString &name)
{
    for (const OptionSpec &o : Options) {
        if (name == QLatin1String(o.name))
            return &o;
    }
    return nullptr;
}

constexpr qsizetype HelpWidth = 100;

/// Breaks `text` into lines of at most HelpWidth characters, each after the first indented by
/// `indent` spaces (the first line starts `indent` characters in, too).
QString wrap(const QString &text, qsizetype indent)
{
    QString out;
    qsizetype column = indent;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (column > indent && column + 1 + word.size() > HelpWidth) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (column > indent) {
            out += u' ';
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

/// The synopsis after the command words, continuation lines indented by `indent`.
QString synopsis(const CommandSpec &spec, qsizetype indent)
{
    QStringList lines = QString::fromLatin1(spec.arguments).split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(u'\n' + QString(indent, u' '));
}

/// What option `name` means for `command`: its own entry, or the override for the command.
OptionSpec optionFor(const QString &name, Command command)
{
    for (const OptionOverride &o : Overrides) {
        if (o.command == command && name == QLatin1String(o.name))
            return {o.name, o.valueName, o.description};
    }
    return *optionSpec(name);
}

QString formatOptions(const QStringList &names, Command command = Command::None)
{
    QStringList left;
    for (const QString &name : names) {
        const OptionSpec o = optionFor(name, command);
        QString text = name == u"help" ? QStringLiteral("-h, --help") : QStringLiteral("--") + name;
        if (o.valueName)
            text += u' ' + QLatin1String(o.valueName);
        left << text;
    }
    qsizetype width = 0;
    for (const QString &l : std::as_const(left))
        width = std::max(width, l.size());
    QString out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        out += QStringLiteral("  ") + left.at(i).leftJustified(width + 2) +
               wrap(Tr::tr(optionFor(names.at(i), command).description), width + 4) + u'\n';
    }
    return out;
}

/// Arguments with the negative numbers that stand where a positional argument goes (not as an
/// option's value) taken out, and those numbers with their places among the positional
/// arguments. QCommandLineParser reads anything that starts with "-" as an option, so
/// `delivery get -1` would fail with "Unknown option '1'" instead of naming the bad ID.
struct NegativeNumbers
{
    QStringList arguments;
    QList<QPair<qsizetype, QString>> positional; ///< (index among positionals, text)
};

NegativeNumbers takeNegativeNumbers(const QStringList &arguments)
{
    static const QRegularExpression number(QStringLiteral("^-[0-9]+$"));
    NegativeNumbers out;
    qsizetype positionals = 0;
    bool isValue = false; // the previous argument was an option that takes a value
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i == 0 || isValue) { // the program's name, or an option's value
            isValue = false;
            out.arguments << arg;
            continue;
        }
        if (arg == u"--") { // the rest is positional; the parser knows
            out.arguments += arguments.mid(i);
            break;
        }
        if (number.match(arg).hasMatch()) {
            out.positional.append({positionals++, arg});
            continue;
        }
        if (arg.size() > 1 && arg.startsWith(u'-')) {
            const QString name = arg.mid(arg.startsWith(QStringLiteral("--")) ? 2 : 1);
            const OptionSpec *o = name.contains(u'=') ? nullptr : optionSpec(name);
            isValue = o && o->valueName;
        } else {
            ++positionals;
        }
        out.arguments << arg;
    }
    return out;
}

Error usage(const QString &field, const QString &message)
{
    return Error::invalid(field, message);
}

/// Empty when every part of `scope` is a valid name; otherwise why not, on `field`.
Error checkScopeNames(const Scope &scope, const QString &field)
{
    if (QString e =
            validation::scopeSegment(scope.organization, validation::ScopePart::Organization);
        !e.isEmpty())
        return usage(field, e);
    if (scope.isOrganization())
        return {};
    if (QString e = validation::scopeSegment(scope.project, validation::ScopePart::Project);
        !e.isEmpty())
        return usage(field, e);
    if (scope.isStack()) {
        if (QString e = validation::scopeSegment(scope.stack, validation::ScopePart::Stack);
            !e.isEmpty())
            return usage(field, e);
    } else if (QString e =
                   validation::scopeSegment(scope.environment, validation::ScopePart::Environment);
               !e.isEmpty()) {
        return usage(field, e);
    }
    return {};
}

/// Empty when valid; otherwise why not.
Error parseRef(const QString &text, Invocation &inv)
{
    const QString field = QStringLiteral("REF");
    const auto ref = WebhookRef::parse(text);
    if (!ref) {
        // Say what is wrong with a part that is there, rather than only the shape.
        const QStringList parts = text.split(u'/');
        if ((parts.size() == 2 || parts.size() == 4) && parts.first().isEmpty())
            return usage(field,
                         validation::scopeSegment(QString(), validation::ScopePart::Organization));
        return usage(field, Tr::tr("“%1” is not a webhook reference; use ORG/NAME, "
                                   "ORG/PROJECT/STACK/NAME or ORG/PROJECT/env:ENV/NAME.")
                                .arg(text));
    }
    if (Error e = checkScopeNames(ref->scope, field))
        return e;
    if (QString e = validation::name(ref->name); !e.isEmpty())
        return usage(field, e);
    inv.ref = *ref;
    inv.filter.webhook = inv.ref;
    return {};
}

/// ORG/PROJECT/STACK or ORG/PROJECT/ENV, as `what` ("STACK" or "ENV") says.
Error parseTarget(const QString &text, const QString &what, Invocation &inv)
{
    const QStringList parts = text.split(u'/');
    const bool environment = what == u"ENV";
    if (parts.size() != 3)
        return usage(
            what, environment ? Tr::tr("“%1” is not an environment; use ORG/PROJECT/ENV.").arg(text)
                              : Tr::tr("“%1” is not a stack; use ORG/PROJECT/STACK.").arg(text));
    inv.target = environment ? Scope::environmentScope(parts[0], parts[1], parts[2])
                             : Scope::stackScope(parts[0], parts[1], parts[2]);
    return checkScopeNames(inv.target, what);
}

Error parseScope(const QCommandLineParser &parser, Invocation &inv, bool required)
{
    const bool org = parser.isSet(QStringLiteral("org"));
    const bool project = parser.isSet(QStringLiteral("project"));
    const bool stack = parser.isSet(QStringLiteral("stack"));
    const bool env = parser.isSet(QStringLiteral("env"));
    if (!org) {
        if (project || stack || env)
            return usage(QStringLiteral("--org"),
                         Tr::tr("--project, --stack and --env need --org: give the organization."));
        if (required)
            return usage(QStringLiteral("--org"), Tr::tr("Required: give --org ORG."));
        return {};
    }
    if (stack && env)
        return usage(QStringLiteral("--env"),
                     Tr::tr("A webhook belongs to a stack or to an environment: give --stack or "
                            "--env, not both."));
    if (project != (stack || env)) {
        if (project)
            return usage(
                QStringLiteral("--stack"),
                Tr::tr("--project needs --stack (a stack webhook) or --env (an environment "
                       "webhook)."));
        return usage(QStringLiteral("--project"),
                     env ? Tr::tr("An environment webhook needs both --project and --env.")
                         : Tr::tr("A stack webhook needs both --project and --stack."));
    }
    const QString o = parser.value(QStringLiteral("org"));
    if (QString e = validation::scopeSegment(o, validation::ScopePart::Organization); !e.isEmpty())
        return usage(QStringLiteral("--org"), e);
    if (!project) {
        inv.scope = Scope::organizationScope(o);
        return {};
    }
    const QString p = parser.value(QStringLiteral("project"));
    if (QString e = validation::scopeSegment(p, validation::ScopePart::Project); !e.isEmpty())
        return usage(QStringLiteral("--project"), e);
    if (stack) {
        const QString s = parser.value(QStringLiteral("stack"));
        if (QString e = validation::scopeSegment(s, validation::ScopePart::Stack); !e.isEmpty())
            return usage(QStringLiteral("--stack"), e);
        inv.scope = Scope::stackScope(o, p, s);
    } else {
        const QString v = parser.value(QStringLiteral("env"));
        if (QString e = validation::scopeSegment(v, validation::ScopePart::Environment);
            !e.isEmpty())
            return usage(QStringLiteral("--env"), e);
        inv.scope = Scope::environmentScope(o, p, v);
    }
    return {};
}

Error parseTime(const QCommandLineParser &parser, const QString &name, QDateTime &out)
{
    if (!parser.isSet(name))
        return {};
    const QString text = parser.value(name).trimmed();
    out = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!out.isValid())
        return usage(QStringLiteral("--") + name,
                     Tr::tr("“%1” is not an ISO 8601 date-time; write for example "
                            "2026-11-01T00:00:00Z.")
                         .arg(text));
    return {};
}

Error parseDeliveryFilter(const QCommandLineParser &parser, Invocation &inv)
{
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usage(QStringLiteral("--limit"),
                         Tr::tr("“%1” is not a positive whole number.")
                             .arg(parser.value(QStringLiteral("limit"))));
        inv.limit = limit;
    }
    const bool failed = parser.isSet(QStringLiteral("failed"));
    const bool succeeded = parser.isSet(QStringLiteral("succeeded"));
    if (failed && succeeded)
        return usage(QStringLiteral("--failed"), Tr::tr("Give --failed or --succeeded, not both."));
    inv.filter.outcome = failed      ? DeliveryFilter::Outcome::Failed
                         : succeeded ? DeliveryFilter::Outcome::Succeeded
                                     : DeliveryFilter::Outcome::All;
    if (parser.isSet(QStringLiteral("kind"))) {
        const QString kind = parser.value(QStringLiteral("kind"));
        if (!EventCatalog::kinds().contains(kind))
            return usage(QStringLiteral("--kind"),
                         Tr::tr("“%1” is not an event kind; use one of: %2.")
                             .arg(kind, EventCatalog::kinds().join(QStringLiteral(", "))));
        inv.filter.kind = kind;
    }
    if (Error e = parseTime(parser, QStringLiteral("since"), inv.filter.since))
        return e;
    if (Error e = parseTime(parser, QStringLiteral("until"), inv.filter.until))
        return e;
    if (inv.filter.since.isValid() && inv.filter.until.isValid() &&
        inv.filter.since > inv.filter.until)
        return usage(QStringLiteral("--since"), Tr::tr("The time range is empty: --since is later "
                                                       "than --until."));
    if (parser.isSet(QStringLiteral("search"))) {
        inv.filter.search = parser.value(QStringLiteral("search"));
        if (inv.filter.search.isEmpty())
            return usage(QStringLiteral("--search"), Tr::tr("Enter the text to search for."));
    }
    return {};
}

/// The command of `group` that the next positional argument names (taken from `positional`);
/// null, with `error` set unless help or the version was asked for, when there is none.
const CommandSpec *findVerb(const QString &group, const QStringList &verbs, QStringList &positional,
                            const Invocation &inv, Error &error)
{
    if (positional.isEmpty()) {
        if (!inv.help && !inv.version)
            error = usage(
                QStringLiteral("COMMAND"),
                Tr::tr("Give a %1 command: %2.").arg(group, verbs.join(QStringLiteral(", "))));
        return nullptr;
    }
    const QString verb = positional.takeFirst();
    for (const CommandSpec &s : commands()) {
        if (group == QLatin1String(s.group) && verb == QLatin1String(s.verb))
            return &s;
    }
    error =
        usage(QStringLiteral("COMMAND"), Tr::tr("“%1 %2” is not a command; %1 commands are: %3.")
                                             .arg(group, verb, verbs.join(QStringLiteral(", "))));
    return nullptr;
}

/// A whole number from `min` to `max` given with option `name`, or why not in `error`.
int parseNumber(const QCommandLineParser &parser, const QString &name, int min, int max,
                const QString &why, int fallback, Error &error)
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        error = usage(QStringLiteral("--") + name, why.arg(text));
        return fallback;
    }
    return value;
}

Error parseReceive(const QCommandLineParser &parser, Invocation &inv)
{
    Error e;
    inv.port =
        parseNumber(parser, QStringLiteral("port"), 0, 65535,
                    Tr::tr("“%1” is not a port: give a number from 1 to 65535, or 0 to let the "
                           "system pick a free one."),
                    0, e);
    if (e)
        return e;
    // Receiver::setResponse answers 200 to anything outside 200–599 (a 1xx status is no final
    // answer in HTTP): refuse it rather than answer something else than asked.
    inv.status = parseNumber(
        parser, QStringLiteral("status"), 200, 599,
        Tr::tr("“%1” is not a status to answer: give a number from 200 to 599."), 200, e);
    if (e)
        return e;
    inv.delayMs = parseNumber(parser, QStringLiteral("delay"), 0, Receiver::MaxDelayMs,
                              Tr::tr("“%1” is not a delay: give milliseconds, from 0 to %2.")
                                  .arg(QStringLiteral("%1"), QString::number(Receiver::MaxDelayMs)),
                              0, e);
    if (e)
        return e;
    if (parser.isSet(QStringLiteral("webhook"))) {
        if ((e = parseRef(parser.value(QStringLiteral("webhook")), inv))) {
            e.field = QStringLiteral("--webhook");
            return e;
        }
        inv.verify = true;
    }
    return {};
}

/// Whether `name` is an HTTP header name (RFC 9110: a token).
bool isHeaderName(const QString &name)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return token.match(name).hasMatch();
}

Error parseDeliverySend(const QCommandLineParser &parser, Invocation &inv)
{
    if (!parser.isSet(QStringLiteral("from")))
        return usage(QStringLiteral("--from"),
                     Tr::tr("Required: give --from ID, the delivery to start from (“webhookctl "
                            "delivery list REF” shows them)."));
    inv.deliveryId = parser.value(QStringLiteral("from")).trimmed();
    if (inv.deliveryId.isEmpty())
        return usage(QStringLiteral("--from"), Tr::tr("Enter the delivery's ID."));
    if (parser.isSet(QStringLiteral("payload-file"))) {
        inv.payloadFile = parser.value(QStringLiteral("payload-file"));
        if (inv.payloadFile.isEmpty())
            return usage(QStringLiteral("--payload-file"),
                         Tr::tr("Enter the file to read the payload from (- for standard input)."));
    }
    // Made by the core when sending, whatever is given: say so rather than drop it silently.
    QList<QByteArray> made = SignatureScheme::allSignatureHeaders();
    made << "content-length"
         << "host";
    for (const QString &given : parser.values(QStringLiteral("header"))) {
        const qsizetype colon = given.indexOf(u':');
        const QString name = given.left(colon).trimmed();
        if (colon < 0 || !isHeaderName(name))
            return usage(
                QStringLiteral("--header"),
                Tr::tr("“%1” is not a header: write 'Name: value' (or 'Name:' to remove it).")
                    .arg(given));
        const QString value = given.mid(colon + 1).trimmed();
        for (QChar c : value) {
            if (validation::isControl(c.unicode()) && c != u'\t')
                return usage(QStringLiteral("--header"),
                             Tr::tr("The value of %1 holds a control character (a line break?): a "
                                    "header is one line.")
                                 .arg(name));
        }
        if (made.contains(name.toLower().toLatin1()))
            return usage(QStringLiteral("--header"),
                         Tr::tr("%1 is made when sending: signature headers as --unsigned and "
                                "--wrong-secret say, Content-Length and Host from the request.")
                             .arg(name));
        inv.headerEdits.append({name, value});
    }
    if (parser.isSet(QStringLiteral("to"))) {
        inv.toUrl = parser.value(QStringLiteral("to")).trimmed();
        if (QString why = validation::payloadUrl(inv.toUrl); !why.isEmpty())
            return usage(QStringLiteral("--to"), why);
    }
    const bool unsignedSet = parser.isSet(QStringLiteral("unsigned"));
    const bool wrong = parser.isSet(QStringLiteral("wrong-secret"));
    if (unsignedSet && wrong)
        return usage(QStringLiteral("--unsigned"),
                     Tr::tr("Give --unsigned or --wrong-secret, not both."));
    inv.signing = unsignedSet ? EditedDelivery::Signing::Unsigned
                  : wrong     ? EditedDelivery::Signing::WrongSecret
                              : EditedDelivery::Signing::Signed;
    if (parser.isSet(QStringLiteral("secret-stdin"))) {
        if (inv.payloadFile == u"-")
            return usage(QStringLiteral("--secret-stdin"),
                         Tr::tr("Standard input can hold the secret or the payload, not both: give "
                                "the payload in a file."));
        if (inv.signing != EditedDelivery::Signing::Signed)
            return usage(QStringLiteral("--secret-stdin"),
                         Tr::tr("--%1 sends no signature made with the webhook's secret: leave out "
                                "--secret-stdin.")
                             .arg(unsignedSet ? QStringLiteral("unsigned")
                                              : QStringLiteral("wrong-secret")));
        inv.secret = Invocation::Secret::FromStdin;
    }
    return {};
}

Error parseDeliveryExport(const QCommandLineParser &parser, Invocation &inv)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (!parser.isSet(QStringLiteral("format")))
        return usage(QStringLiteral("--format"),
                     Tr::tr("Required: give --format har, jsonl or csv."));
    if (format == u"har")
        inv.exportFormat = HistoryFormat::Har;
    else if (format == u"jsonl")
        inv.exportFormat = HistoryFormat::JsonLines;
    else if (format == u"csv")
        inv.exportFormat = HistoryFormat::Csv;
    else
        return usage(
            QStringLiteral("--format"),
            Tr::tr("“%1” is not an export format; use har (HTTP Archive), jsonl (JSON Lines) "
                   "or csv.")
                .arg(format));
    inv.output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("output")) && inv.output.isEmpty())
        return usage(QStringLiteral("--output"), Tr::tr("Enter the file to write."));
    inv.includeSignatures = parser.isSet(QStringLiteral("include-signatures"));
    return parseDeliveryFilter(parser, inv);
}

Error parseWebhookFields(const QCommandLineParser &parser, Invocation &inv)
{
    auto text = [&](const char *name, std::optional<QString> &target) {
        if (parser.isSet(QLatin1String(name)))
            target = parser.value(QLatin1String(name));
    };
    text("name", inv.name);
    text("display-name", inv.displayName);
    text("payload-url", inv.payloadUrl);
    text("format", inv.format);
    text("signature", inv.signature);
    if (inv.signature && !SignatureScheme::find(*inv.signature))
        return usage(QStringLiteral("--signature"),
                     Tr::tr("“%1” is not a signature scheme; use one of: %2.")
                         .arg(*inv.signature, SignatureScheme::ids().join(QStringLiteral(", "))));
    if (parser.isSet(QStringLiteral("filters")))
        inv.filters = splitList(parser.value(QStringLiteral("filters")));
    if (parser.isSet(QStringLiteral("groups")))
        inv.groups = splitList(parser.value(QStringLiteral("groups")));

    const bool active = parser.isSet(QStringLiteral("active"));
    const bool inactive = parser.isSet(QStringLiteral("inactive"));
    if (active && inactive)
        return usage(QStringLiteral("--active"), Tr::tr("Give --active or --inactive, not both."));
    if (active || inactive)
        inv.active = active;

    const bool fromStdin = parser.isSet(QStringLiteral("secret-stdin"));
    const bool remove = parser.isSet(QStringLiteral("remove-secret"));
    if (fromStdin && remove)
        return usage(QStringLiteral("--secret-stdin"),
                     Tr::tr("Give --secret-stdin or --remove-secret, not both."));
    inv.secret = fromStdin ? Invocation::Secret::FromStdin
                 : remove  ? Invocation::Secret::Remove
                           : Invocation::Secret::Keep;
    return {};
}

} // namespace

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::None:
        return Success;
    case Error::Code::Invalid:
        return Usage;
    case Error::Code::NotFound:
        return NotFound;
    case Error::Code::Conflict:
        return AlreadyExists;
    case Error::Code::Stale:
        return ChangedMeanwhile;
    case Error::Code::Keychain:
        return KeychainUnavailable;
    case Error::Code::Storage:
        return StorageError;
    case Error::Code::Network:
        return DeliveryFailed;
    case Error::Code::Unauthorized:
        return KeychainUnavailable;
    case Error::Code::Unreachable:
        return StorageError;
    }
    return StorageError;
}

std::optional<std::chrono::seconds> parseDuration(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$)"));
    const QString t = text.trimmed();
    if (t == u"0")
        return std::chrono::seconds(0);
    const QRegularExpressionMatch m = form.match(t);
    if (t.isEmpty() || !m.hasMatch())
        return std::nullopt;
    qint64 total = 0;
    const qint64 unit[] = {86400, 3600, 60, 1};
    for (int i = 0; i < 4; ++i) {
        const QString part = m.captured(i + 1);
        if (part.size() > 9)
            return std::nullopt;
        total += part.toLongLong() * unit[i];
    }
    return std::chrono::seconds(total);
}

QString editHeaders(const QString &headers, const QList<QPair<QString, QString>> &edits)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r?\n"));
    QStringList lines = headers.split(lineBreak, Qt::SkipEmptyParts);
    for (const auto &[name, value] : edits) {
        QStringList edited;
        bool placed = false;
        for (const QString &line : std::as_const(lines)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0 &&
                QStringView(line).left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                if (!placed && !value.isEmpty())
                    edited << name + QStringLiteral(": ") + value;
                placed = true;
                continue;
            }
            edited << line;
        }
        if (!placed && !value.isEmpty())
            edited << name + QStringLiteral(": ") + value;
        lines = edited;
    }
    return lines.join(QStringLiteral("\r\n"));
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',')) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out << item;
    }
    return out;
}

QString commandName(Command command)
{
    const CommandSpec *spec = specFor(command);
    if (!spec)
        return {};
    if (!*spec->verb)
        return QLatin1String(spec->group);
    return QLatin1String(spec->group) + u' ' + QLatin1String(spec->verb);
}

QString flagForField(const QString &field)
{
    static const QHash<QString, QString> flags{
        {QStringLiteral("scope"), QStringLiteral("--org")},
        {QStringLiteral("name"), QStringLiteral("--name")},
        {QStringLiteral("displayName"), QStringLiteral("--display-name")},
        {QStringLiteral("payloadUrl"), QStringLiteral("--payload-url")},
        {QStringLiteral("format"), QStringLiteral("--format")},
        {QStringLiteral("events"), QStringLiteral("--filters/--groups")},
        {QStringLiteral("secret"), QStringLiteral("--secret-stdin")},
        {QStringLiteral("signature"), QStringLiteral("--signature")},
        {QStringLiteral("overlap"), QStringLiteral("--overlap")},
        {QStringLiteral("deliveryId"), QStringLiteral("ID")},
        {QStringLiteral("port"), QStringLiteral("--port")},
    };
    return flags.value(field, field);
}

QString helpText(Command command)
{
    const QString program = QStringLiteral("webhookctl");
    if (const CommandSpec *spec = specFor(command)) {
        const QString head = Tr::tr("Usage: %1 %2 ").arg(program, commandName(command));
        QString out = head + synopsis(*spec, head.size()) + u'\n';
        out += QString(head.size(), u' ') + Tr::tr("[--database PATH] [--json]") +
               QStringLiteral("\n\n");
        out += wrap(Tr::tr(spec->summary), 0) + u'\n';
        const QStringList what = QString::fromLatin1(spec->positional).split(u' ');
        const bool ref = what.contains(u"REF") || command == Command::Receive;
        const bool id = what.contains(u"ID") || command == Command::DeliverySend;
        if (ref || id)
            out += u'\n';
        if (ref)
            out +=
                wrap(Tr::tr("REF is ORG/NAME for an organization webhook, ORG/PROJECT/STACK/NAME "
                            "for a stack webhook and ORG/PROJECT/env:ENV/NAME for an environment "
                            "webhook."),
                     0) +
                u'\n';
        if (id)
            out += Tr::tr("ID is a delivery's number, as `delivery list` shows it.\n");
        if (command == Command::DeliverySend) {
            out += u'\n' +
                   wrap(Tr::tr("The request starts as delivery ID was sent: its payload and its "
                               "request headers as recorded. --payload-file replaces the payload; "
                               "each --header replaces, adds or removes one header. For example:"),
                        0) +
                   u'\n';
            out += QStringLiteral("  webhookctl delivery send acme/ci --from 42 "
                                  "--payload-file edited.json \\\n"
                                  "      --header 'X-Trace: 1' --header 'X-Old-Header:'\n");
        }
        if (command == Command::Receive) {
            out += u'\n' + Tr::tr("A line per request, for example:") + u'\n';
            //: An example of the lines `receive` prints: its words as those lines say them
            //: ("%n byte(s)", "valid: current secret").
            out += Tr::tr("  2026-11-29T21:03:04.120Z  POST /  312 bytes  valid: current secret  "
                          "200\n");
            out +=
                u'\n' +
                wrap(Tr::tr("Point a webhook's payload URL at the address printed on standard "
                            "error (“webhookctl webhook edit REF --payload-url URL”) and ping it."),
                     0) +
                u'\n';
        }
        if (command == Command::WebhookSend) {
            out +=
                u'\n' + Tr::tr("EVENT, by scope (a stack has no stack_created or stack_deleted; an "
                               "environment has only the environments and change_requests "
                               "groups):\n");
            for (const EventCatalog::Group &g :
                 EventCatalog::groups(Scope::organizationScope(QStringLiteral("o")))) {
                out += QStringLiteral("  %1:\n").arg(g.name);
                out +=
                    QStringLiteral("    ") + wrap(g.filters.join(QStringLiteral(", ")), 4) + u'\n';
            }
        }
        if (!spec->options.isEmpty())
            out += u'\n' + Tr::tr("Options:\n") + formatOptions(spec->options, command);
        out += u'\n' + Tr::tr("Global options:\n") + formatOptions(GlobalOptions);
        return out;
    }
    QString out =
        Tr::tr("Usage: %1 [--database PATH] [--json] COMMAND …\n\n"
               "Manage Webhook Console's organization, stack and environment webhooks from "
               "a shell: the\nsame database and OS keychain as the window.\n\nCommands:\n")
            .arg(program);
    for (const CommandSpec &spec : commands()) {
        out += QStringLiteral("  %1 %2\n")
                   .arg(commandName(spec.command).leftJustified(18), synopsis(spec, 21));
    }
    out += u'\n' + Tr::tr("Global options (before or after the command):\n") +
           formatOptions(GlobalOptions);
    out +=
        Tr::tr("  The window's default database here: %1\n").arg(WebhookBackend::defaultLocation());
    out +=
        u'\n' + Tr::tr("REF is ORG/NAME for an organization webhook, ORG/PROJECT/STACK/NAME for a "
                       "stack webhook and\nORG/PROJECT/env:ENV/NAME for an environment webhook.\n"
                       "A secret is read from standard input only (--secret-stdin), "
                       "never from an argument.\n\n"
                       "Exit status:\n"
                       "  0  success\n"
                       "  1  a delivery failed (non-2xx status or no response; it is printed and "
                       "stored)\n"
                       "  2  invalid usage or input (standard error names the field and why)\n"
                       "  3  not found\n"
                       "  4  already exists (the name is taken in that scope)\n"
                       "  5  keychain unavailable, or it lacks a secret a teammate set "
                       "(--secret-stdin), or Pulumi Cloud refused the access token\n"
                       "  6  storage error, or Pulumi Cloud unreachable or failing (5xx)\n"
                       "  7  changed by someone else meanwhile; nothing was saved\n\n"
                       "Run “%1 COMMAND --help” for a command's options.\n")
                    .arg(program);
    return out;
}

ParseResult parse(const QStringList &arguments)
{
    ParseResult result;
    Invocation &inv = result.invocation;
    // Known before parsing, so even a malformed command line can answer in JSON.
    inv.json = arguments.contains(QStringLiteral("--json"));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec &o : Options) {
        QStringList names{QLatin1String(o.name)};
        if (names.first() == u"help")
            names.prepend(QStringLiteral("h"));
        QCommandLineOption option(names, Tr::tr(o.description));
        if (o.valueName)
            option.setValueName(QLatin1String(o.valueName));
        parser.addOption(option);
    }
    const NegativeNumbers negatives = takeNegativeNumbers(arguments);
    if (!parser.parse(negatives.arguments)) {
        result.error = usage(QString(), parser.errorText());
        return result;
    }
    inv.help = parser.isSet(QStringLiteral("help"));
    inv.version = parser.isSet(QStringLiteral("version"));
    inv.database = parser.value(QStringLiteral("database"));
    if (parser.isSet(QStringLiteral("database")) && inv.database.isEmpty()) {
        result.error = usage(QStringLiteral("--database"), Tr::tr("Enter the database path."));
        return result;
    }

    QStringList positional = parser.positionalArguments();
    for (const auto &[index, text] : negatives.positional)
        positional.insert(std::min(index, positional.size()), text);
    if (!positional.isEmpty() && positional.first() == u"help") {
        inv.help = true;
        positional.removeFirst();
    }
    if (positional.isEmpty()) {
        if (!inv.help && !inv.version)
            result.error = usage(QStringLiteral("COMMAND"),
                                 Tr::tr("Give a command; “webhookctl --help” lists them."));
        return result;
    }
    const QString group = positional.takeFirst();
    QStringList groups;
    for (const CommandSpec &spec : commands()) {
        if (!groups.contains(QLatin1String(spec.group)))
            groups << QLatin1String(spec.group);
    }
    if (!groups.contains(group)) {
        QStringList quoted;
        for (const QString &g : groups)
            quoted << Tr::tr("“%1 …”").arg(g);
        const QString last = quoted.takeLast();
        result.error = usage(QStringLiteral("COMMAND"),
                             Tr::tr("“%1” is not a command; use %2 or %3.")
                                 .arg(group, quoted.join(QStringLiteral(", ")), last));
        return result;
    }
    // A command of one word (`receive`) takes no verb.
    const CommandSpec *spec = nullptr;
    QStringList verbs;
    for (const CommandSpec &s : commands()) {
        if (group != QLatin1String(s.group))
            continue;
        if (!*s.verb)
            spec = &s;
        verbs << QLatin1String(s.verb);
    }
    if (!spec)
        spec = findVerb(group, verbs, positional, inv, result.error);
    if (!spec)
        return result;
    inv.command = spec->command;
    if (inv.help || inv.version)
        return result;

    for (const QString &name : parser.optionNames()) {
        if (!GlobalOptions.contains(name) && !spec->options.contains(name)) {
            result.error =
                usage(QStringLiteral("--") + name,
                      Tr::tr("--%1 is not an option of “%2”; see “webhookctl %2 --help”.")
                          .arg(name, commandName(inv.command)));
            return result;
        }
    }

    // `delivery redeliver --all-failed REF` takes its REF from the option instead of an ID.
    if (inv.command == Command::DeliveryRedeliver && parser.isSet(QStringLiteral("all-failed"))) {
        inv.allFailed = true;
        if (Error e = parseRef(parser.value(QStringLiteral("all-failed")), inv)) {
            e.field = QStringLiteral("--all-failed");
            result.error = e;
            return result;
        }
    } else if (spec->positional) {
        for (const QString &what : QString::fromLatin1(spec->positional).split(u' ')) {
            if (positional.isEmpty()) {
                result.error = usage(what, Tr::tr("Required: give the %1.").arg(what));
                return result;
            }
            const QString value = positional.takeFirst();
            if (what == u"REF") {
                if (Error e = parseRef(value, inv)) {
                    result.error = e;
                    return result;
                }
            } else if (what == u"STACK" || what == u"ENV") {
                if (Error e = parseTarget(value, what, inv)) {
                    result.error = e;
                    return result;
                }
            } else if (what == u"FILE") {
                if (value.isEmpty()) {
                    result.error =
                        usage(what, Tr::tr("Enter the file to read (- for standard input)."));
                    return result;
                }
                inv.file = value;
            } else if (what == u"ORG") {
                if (QString why =
                        validation::scopeSegment(value, validation::ScopePart::Organization);
                    !why.isEmpty()) {
                    result.error = usage(what, why);
                    return result;
                }
                inv.organization = value;
            } else {
                inv.deliveryId = value;
            }
        }
    }
    if (!positional.isEmpty()) {
        result.error = usage(QString(), Tr::tr("Unexpected argument “%1” after “%2”.")
                                            .arg(positional.first(), commandName(inv.command)));
        return result;
    }

    Error e;
    switch (inv.command) {
    case Command::WebhookNew:
        if ((e = parseScope(parser, inv, true)))
            break;
        if ((e = parseWebhookFields(parser, inv)))
            break;
        if (!inv.displayName)
            e = usage(QStringLiteral("--display-name"),
                      Tr::tr("Required: give --display-name TEXT."));
        else if (!inv.payloadUrl)
            e = usage(QStringLiteral("--payload-url"), Tr::tr("Required: give --payload-url URL."));
        break;
    case Command::WebhookList:
        e = parseScope(parser, inv, false);
        break;
    case Command::WebhookEdit:
        if ((e = parseWebhookFields(parser, inv)))
            break;
        if (!inv.displayName && !inv.payloadUrl && !inv.format && !inv.filters && !inv.groups &&
            !inv.active && !inv.signature && inv.secret == Invocation::Secret::Keep)
            e = usage(QStringLiteral("webhook edit"),
                      Tr::tr("Nothing to change: give at least one option; see “webhookctl webhook "
                             "edit --help”."));
        break;
    case Command::DeliveryList:
        e = parseDeliveryFilter(parser, inv);
        break;
    case Command::DeliveryRedeliver:
        if (inv.allFailed) {
            e = parseDeliveryFilter(parser, inv);
            inv.filter.outcome = DeliveryFilter::Outcome::Failed;
        } else {
            for (const char *name : {"kind", "since", "until", "search"}) {
                if (parser.isSet(QLatin1String(name))) {
                    e = usage(QStringLiteral("--") + QLatin1String(name),
                              Tr::tr("--%1 filters --all-failed; it does not apply to one delivery "
                                     "ID.")
                                  .arg(QLatin1String(name)));
                    break;
                }
            }
        }
        break;
    case Command::WebhookPing:
        if (parser.isSet(QStringLiteral("secret-stdin")))
            inv.secret = Invocation::Secret::FromStdin;
        break;
    case Command::WebhookRotateSecret:
        if (!parser.isSet(QStringLiteral("secret-stdin"))) {
            e = usage(
                QStringLiteral("--secret-stdin"),
                Tr::tr("Required: give the new secret on standard input with --secret-stdin."));
            break;
        }
        inv.secret = Invocation::Secret::FromStdin;
        if (parser.isSet(QStringLiteral("overlap"))) {
            const auto overlap = parseDuration(parser.value(QStringLiteral("overlap")));
            if (!overlap)
                e = usage(QStringLiteral("--overlap"),
                          Tr::tr("“%1” is not a duration: write 24h, 90m, 7d, 1h30m or 0.")
                              .arg(parser.value(QStringLiteral("overlap"))));
            else
                inv.overlap = *overlap;
        }
        break;
    case Command::DatabaseKeepPassword:
        if (!parser.isSet(QStringLiteral("secret-stdin")))
            e = usage(QStringLiteral("--secret-stdin"),
                      Tr::tr("Required: give the password on standard input with --secret-stdin."));
        else
            inv.secret = Invocation::Secret::FromStdin;
        break;
    case Command::WebhookSend:
        if (parser.isSet(QStringLiteral("secret-stdin")))
            inv.secret = Invocation::Secret::FromStdin;
        if (!parser.isSet(QStringLiteral("event"))) {
            e = usage(QStringLiteral("--event"), Tr::tr("Required: give --event EVENT."));
            break;
        }
        inv.event = parser.value(QStringLiteral("event"));
        if (EventCatalog::kindOf(inv.event).isEmpty() || inv.event == u"ping")
            e = usage(
                QStringLiteral("--event"),
                Tr::tr("“%1” is not one of Pulumi's event names (update_failed, "
                       "deployment_succeeded, …: see “webhookctl webhook send --help”); for a "
                       "ping, use “webhook ping”.")
                    .arg(inv.event));
        else if (!EventCatalog::events(inv.ref.scope).contains(inv.event))
            e = usage(QStringLiteral("--event"),
                      (inv.ref.scope.isOrganization()
                           ? Tr::tr("“%1” is not an event of organization webhooks; they have: %2.")
                       : inv.ref.scope.isStack()
                           ? Tr::tr("“%1” is not an event of stack webhooks; they have: %2.")
                           : Tr::tr("“%1” is not an event of environment webhooks; they have: %2."))
                          .arg(inv.event,
                               EventCatalog::filters(inv.ref.scope).join(QStringLiteral(", "))));
        break;
    case Command::StackList:
    case Command::EnvList:
        if (parser.isSet(QStringLiteral("org"))) {
            const QString o = parser.value(QStringLiteral("org"));
            if (QString why = validation::scopeSegment(o, validation::ScopePart::Organization);
                !why.isEmpty())
                e = usage(QStringLiteral("--org"), why);
            else
                inv.scope = Scope::organizationScope(o);
        }
        break;
    case Command::StackImport:
        if (!parser.isSet(QStringLiteral("org"))) {
            e = usage(QStringLiteral("--org"),
                      Tr::tr("Required: give --org ORG, the organization “pulumi stack ls” shows "
                             "project/stack names for."));
            break;
        }
        if (QString why = validation::scopeSegment(parser.value(QStringLiteral("org")),
                                                   validation::ScopePart::Organization);
            !why.isEmpty()) {
            e = usage(QStringLiteral("--org"), why);
            break;
        }
        inv.scope = Scope::organizationScope(parser.value(QStringLiteral("org")));
        if (parser.isSet(QStringLiteral("project"))) {
            inv.defaultProject = parser.value(QStringLiteral("project"));
            if (QString why =
                    validation::scopeSegment(inv.defaultProject, validation::ScopePart::Project);
                !why.isEmpty())
                e = usage(QStringLiteral("--project"), why);
        }
        break;
    case Command::OrgConnect:
        if (parser.isSet(QStringLiteral("token-stdin")))
            inv.secret = Invocation::Secret::FromStdin;
        inv.apiUrl = parser.isSet(QStringLiteral("api-url"))
                         ? parser.value(QStringLiteral("api-url"))
                         : qEnvironmentVariable("PULUMI_BACKEND_URL");
        if (inv.apiUrl.isEmpty())
            inv.apiUrl = QString::fromLatin1(cloud::DefaultApiUrl);
        if (QString why; cloud::normalizeApiUrl(inv.apiUrl, &why).isEmpty())
            e = usage(QStringLiteral("--api-url"), why);
        break;
    case Command::WebhookPublish:
        inv.withSecrets = !parser.isSet(QStringLiteral("without-secrets"));
        inv.organization = parser.value(QStringLiteral("to"));
        if (!parser.isSet(QStringLiteral("to")))
            e = usage(QStringLiteral("--to"), Tr::tr("Required: give --to ORG."));
        else if (QString why = validation::scopeSegment(inv.organization,
                                                        validation::ScopePart::Organization);
                 !why.isEmpty())
            e = usage(QStringLiteral("--to"), why);
        else if (inv.organization == inv.ref.scope.organization)
            e = usage(QStringLiteral("--to"),
                      Tr::tr("The webhook is in %1 already: give another organization.")
                          .arg(inv.organization));
        break;
    case Command::WebhookExport:
        if (parser.value(QStringLiteral("format")) != u"pulumi-yaml") {
            e = usage(QStringLiteral("--format"),
                      Tr::tr("Give --format pulumi-yaml (a Pulumi YAML program)."));
            break;
        }
        inv.output = parser.value(QStringLiteral("output"));
        inv.pulumiProject = parser.value(QStringLiteral("pulumi-project"));
        if (parser.isSet(QStringLiteral("output")) && inv.output.isEmpty())
            e = usage(QStringLiteral("--output"), Tr::tr("Enter the file to write."));
        else
            e = parseScope(parser, inv, false);
        break;
    case Command::Receive:
        e = parseReceive(parser, inv);
        break;
    case Command::DeliverySend:
        e = parseDeliverySend(parser, inv);
        break;
    case Command::DeliveryExport:
        e = parseDeliveryExport(parser, inv);
        break;
    case Command::WebhookSnippet:
        if (parser.isSet(QStringLiteral("language"))) {
            const QString key = parser.value(QStringLiteral("language"));
            const auto language = snippetLanguageFromKey(key);
            if (!language) {
                QStringList keys;
                for (SnippetLanguage l : snippetLanguages())
                    keys << snippetLanguageKey(l);
                e = usage(QStringLiteral("--language"),
                          Tr::tr("“%1” is not a language of the snippets; use one of: %2.")
                              .arg(key, keys.join(QStringLiteral(", "))));
            } else {
                inv.language = *language;
            }
        }
        break;
    case Command::DeliveryImport:
    case Command::OrgDisconnect:
    case Command::OrgList:
    case Command::None:
    case Command::WebhookGet:
    case Command::WebhookRm:
    case Command::DeliveryGet:
    case Command::StackAdd:
    case Command::StackRm:
    case Command::EnvAdd:
    case Command::EnvRm:
        break;
    }
    result.error = e;
    return result;
}

} // namespace wc::cli
