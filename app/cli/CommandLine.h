#pragma once

#include "Delivery.h"
#include "Error.h"
#include "History.h"
#include "HistoryExchange.h"
#include "Scope.h"
#include "VerifySnippet.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace wc::cli {

/// webhookctl's documented exit statuses.
enum ExitCode : int {
    Success = 0,
    DeliveryFailed = 1, ///< a non-2xx status or no response; the record is printed and stored
    Usage = 2,          ///< invalid usage or input; stderr names the field and why
    NotFound = 3,
    AlreadyExists = 4,       ///< the name is taken in that scope
    KeychainUnavailable = 5, ///< also: Pulumi Cloud refused the access token (401, 403)
    StorageError = 6,        ///< also: Pulumi Cloud unreachable or failing (5xx)
    ChangedMeanwhile = 7,    ///< someone else changed it since it was read; nothing was saved
};

/// The exit status for an error the core reported.
[[nodiscard]] int exitCodeFor(const Error &error);

enum class Command {
    None,
    WebhookNew,
    WebhookList,
    WebhookGet,
    WebhookEdit,
    WebhookRm,
    WebhookPing,
    WebhookSend,
    DeliveryList,
    DeliveryGet,
    DeliveryRedeliver,
    StackAdd,
    StackList,
    StackRm,
    StackImport,
    EnvAdd,
    EnvList,
    EnvRm,
    DatabaseKeepPassword,
    OrgConnect,
    OrgDisconnect,
    OrgList,
    WebhookPublish,
    WebhookExport,
    WebhookRotateSecret,
    WebhookSnippet,
    DeliverySend,
    DeliveryExport,
    DeliveryImport,
    Receive,
};

/// What the command line asks for, checked: every value here is well-formed. Whether the
/// webhook or delivery exists, and the rules that need the database, are checked later.
struct Invocation
{
    Command command = Command::None;
    bool help = false;
    bool version = false;
    bool json = false;
    QString database; ///< empty: $WEBHOOK_CONSOLE_DATABASE, else the window's default

    /// `--org` [`--project` `--stack` | `--project` `--env`] of `webhook new` and `webhook
    /// list`, `--org` of `stack list` and `env list`.
    std::optional<Scope> scope;
    /// The ORG/PROJECT/STACK or ORG/PROJECT/ENV argument of `stack add|rm`, `env add|rm`.
    Scope target;
    /// `webhook send --event EVENT`: one of Pulumi's event names.
    QString event;
    /// `stack import FILE` and `delivery import REF FILE` (`-` for standard input), and
    /// `stack import`'s `--project` for bare stack names.
    QString file;
    QString defaultProject;
    /// The REF argument.
    WebhookRef ref;
    /// The ID argument of `delivery get` and `delivery redeliver`, as given: what makes an ID
    /// is the backend's to say.
    QString deliveryId;
    /// `delivery redeliver --all-failed REF`: every failed delivery matching `filter`.
    bool allFailed = false;

    // Webhook fields; unset means "not given" (new: the default, edit: unchanged).
    std::optional<QString> name;
    std::optional<QString> displayName;
    std::optional<QString> payloadUrl;
    std::optional<QString> format;
    std::optional<QStringList> filters;
    std::optional<QStringList> groups;
    std::optional<bool> active;
    /// `--signature`: one of SignatureSchemeId.
    std::optional<QString> signature;
    /// `webhook rotate-secret --overlap`: how long the previous secret keeps signing.
    std::chrono::seconds overlap{24 * 3600};
    enum class Secret { Keep, FromStdin, Remove };
    Secret secret = Secret::Keep;

    /// The ORG argument of `org connect|disconnect`, `--to ORG` of `webhook publish`.
    QString organization;
    /// `org connect --api-url URL` (default: $PULUMI_BACKEND_URL, else Pulumi Cloud's).
    QString apiUrl;
    /// `webhook publish --without-secrets`.
    bool withSecrets = true;
    /// `webhook export --output FILE` (empty: standard output) and its `--pulumi-project`.
    QString output;
    QString pulumiProject;

    // delivery list
    int limit = 50;
    DeliveryFilter filter; ///< its webhook is REF

    // receive
    int port = 0;     ///< `--port`: 0 lets the system pick a free one
    int status = 200; ///< `--status`: what every request is answered
    int delayMs = 0;  ///< `--delay`: how long each answer waits
    /// `--webhook REF` was given: `ref` is the webhook whose scheme and secrets check requests.
    bool verify = false;

    // delivery send REF --from ID (the ID is in `deliveryId`)
    /// `--payload-file` (`-` for standard input); empty: the original's payload.
    QString payloadFile;
    /// `--header 'K: V'` in the order given: (name, value); an empty value removes the header.
    QList<QPair<QString, QString>> headerEdits;
    /// `--to URL`; empty: the webhook's payload URL.
    QString toUrl;
    EditedDelivery::Signing signing = EditedDelivery::Signing::Signed;

    // delivery export (to `output`, standard output when empty; filtered by `filter`)
    HistoryFormat exportFormat = HistoryFormat::Har;
    bool includeSignatures = false;

    // webhook snippet
    SnippetLanguage language = SnippetLanguage::Python;
};

struct ParseResult
{
    Invocation invocation;
    /// Set for invalid usage: `field` names the flag or argument ("--limit", "REF").
    Error error;
};

/// Parses `arguments` (the program name first). Global flags may stand anywhere.
[[nodiscard]] ParseResult parse(const QStringList &arguments);

/// The overview (no command) or one command's help, for `--help`.
[[nodiscard]] QString helpText(Command command = Command::None);

/// "webhook new", for messages.
[[nodiscard]] QString commandName(Command command);

/// The command-line flag that sets a webhook field the core names ("payloadUrl" →
/// "--payload-url"); the field itself when no flag sets it.
[[nodiscard]] QString flagForField(const QString &field);

/// "24h", "90m", "2d", "3600s", "1h30m" or "0" as seconds; nullopt when it is none of these.
[[nodiscard]] std::optional<std::chrono::seconds> parseDuration(const QString &text);

/// Splits "a,b, c" into ["a", "b", "c"]; an empty value gives an empty list.
[[nodiscard]] QStringList splitList(const QString &value);

/// `headers` (a delivery's "Name: value" lines, CRLF-joined) with `edits` applied in order:
/// each replaces the lines of its name (any case) with one line at the first one's place, or
/// is added at the end; an empty value removes them. Every other line stays as it was.
[[nodiscard]] QString editHeaders(const QString &headers,
                                  const QList<QPair<QString, QString>> &edits);

} // namespace wc::cli
