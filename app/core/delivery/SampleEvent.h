#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace wc {

struct Scope;
struct Webhook;

/// The internal model of one event, built once and then written in each format
/// (PayloadFormats.h): what happened, to which stack or environment, who did it, the resource
/// counts, the links, and Pulumi's own JSON for it. Nothing here reads the clock or a random
/// source: the same inputs give the same model.
namespace payload {

/// How an event reads at a glance: the emoji and colour chat messages give it.
enum class Tone { Success, Failure, Warning, Progress, Info };

/// A Pulumi user or organization as Pulumi's payloads carry it.
struct Account
{
    QString name;
    QString githubLogin;
    QString avatarUrl;
};

/// What an event is about: a stack or a Pulumi ESC environment of an organization (a ping to
/// an organization webhook: the organization alone).
struct Subject
{
    QString organization;
    QString project;
    QString stack;       ///< a stack's
    QString environment; ///< an environment's

    [[nodiscard]] bool isEnvironment() const { return !environment.isEmpty(); }
    [[nodiscard]] bool isStack() const { return !stack.isEmpty(); }
    /// "ORG/PROJECT/STACK", "ORG/PROJECT/ENV" or "ORG".
    [[nodiscard]] QString path() const;
    /// Its page in Pulumi Cloud.
    [[nodiscard]] QString url() const;
    /// "stack", "environment" or "organization".
    [[nodiscard]] QString noun() const;
};

/// A name and a value shown in chat messages (Slack fields, a Teams FactSet).
struct Fact
{
    QString title;
    QString value;
};

/// A link a chat message offers as a button.
struct Link
{
    QString label; ///< "View update"
    QString url;
};

struct Event
{
    QString name; ///< Pulumi's event name ("update_failed"), or "ping"
    QString kind; ///< the Pulumi-Webhook-Kind ("stack_update"); empty for an unknown event
    QDateTime when;
    Subject subject;
    Tone tone = Tone::Info;
    QString headline;  ///< "Update failed"
    QString operation; ///< "update", "preview", "detect-drift" …; empty when none applies
    QString result;    ///< "succeeded", "failed", "running", "created" …
    QString whoTitle;  ///< "Started by", "By"
    Account who;
    /// Pulumi's resource change counts in display order; empty when the event has none.
    QList<std::pair<QString, int>> resourceChanges;
    bool prospective = false; ///< counts of what would change (previews, drift detection)
    QList<Fact> details;      ///< what this kind adds: policy, tag, revision …
    QList<Link> links;        ///< the event's own page first, then its stack's or environment's
    QString message;          ///< a ping's sentence
    QJsonObject raw;          ///< Pulumi's JSON body
};

/// A realistic sample of `event` for a webhook in `scope`; an empty `kind` when the scope does
/// not offer that event (EventCatalog::filters).
[[nodiscard]] Event sampleEvent(const Scope &scope, const QString &event, const QDateTime &when);
/// The console's ping for `webhook`.
[[nodiscard]] Event pingEvent(const Webhook &webhook, const QDateTime &when);

/// "2 created, 1 updated, 37 unchanged" (or "2 to create, …" when prospective); empty when
/// there are no counts.
[[nodiscard]] QString describeChanges(const Event &event);

} // namespace payload
} // namespace wc
