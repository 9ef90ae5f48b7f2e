#include "delivery/SampleEvent.h"

#include "EventCatalog.h"
#include "Scope.h"
#include "Webhook.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QStringList>
#include <QUrl>
#include <QUuid>

// Samples follow ../shared/reference/pulumi-webhooks.md ("Payloads") and the payload examples
// of Pulumi's webhook documentation for the kinds Pulumi publishes: ping, stack, stack_update,
// stack_preview, deployment, drift_detection, drift_remediation. Pulumi publishes no payload
// for policy violations, environment (ESC) events or change requests: those samples follow the
// shape of Pulumi's other events (`user`, `organization`, `projectName`, then `stackName` or
// `envName`, an `action` or `status`, and a URL of the thing concerned) and are this console's
// reading, marked as such where they are built.
//
// Texts here (headlines, fact titles) are English on purpose: they are part of messages sent
// to Slack and Teams channels, protocol rather than this program's user interface, and must
// not change with the language of whoever clicked "Send".

namespace wc::payload {

namespace {

const QString AppUrl = QStringLiteral("https://app.pulumi.com");

/// A path segment of a Pulumi Cloud URL.
QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

/// A stable avatar for a login: Gravatar's identicon of its MD5, so every sample is the same.
QString avatarOf(const QString &login)
{
    const QByteArray hash = QCryptographicHash::hash(login.toUtf8(), QCryptographicHash::Md5);
    return QStringLiteral("https://www.gravatar.com/avatar/%1?d=identicon")
        .arg(QString::fromLatin1(hash.toHex()));
}

Account sampleUser()
{
    const QString login = QStringLiteral("arivera");
    return {QStringLiteral("Alex Rivera"), login, avatarOf(login)};
}

QJsonObject toJson(const Account &account)
{
    return {{QStringLiteral("name"), account.name},
            {QStringLiteral("githubLogin"), account.githubLogin},
            {QStringLiteral("avatarUrl"), account.avatarUrl}};
}

QJsonObject toJson(const QList<std::pair<QString, int>> &changes)
{
    QJsonObject out;
    for (const auto &[key, count] : changes)
        out.insert(key, count);
    return out;
}

/// A stable id for this event of this subject (a UUID v5 of both), where Pulumi would use a
/// random one: the same inputs must give the same bytes.
QString stableId(const Subject &subject, const QString &event)
{
    static const QUuid Namespace(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"));
    return QUuid::createUuidV5(Namespace, QString(subject.path() + u'#' + event))
        .toString(QUuid::WithoutBraces);
}

bool isEnvironmentEvent(const QString &kind)
{
    return kind.startsWith(u"environment") || kind == u"imported_environment_changed" ||
           kind == u"change_request";
}

/// The webhook's own stack or environment; for an organization webhook, a plausible one of
/// that organization: the stack (or environment) `website/production`.
Subject subjectOf(const Scope &scope, bool environment)
{
    Subject s{scope.organization, scope.project, {}, {}};
    if (scope.isStack()) {
        s.stack = scope.stack;
    } else if (scope.isEnvironment()) {
        s.environment = scope.environment;
    } else {
        s.project = QStringLiteral("website");
        (environment ? s.environment : s.stack) = QStringLiteral("production");
    }
    return s;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

/// The last word of an event name: "succeeded", "failed", "created" …
QString lastWord(const QString &event)
{
    return event.section(u'_', -1);
}

/// What every event carries: who, which organization, which project and stack (or env).
QJsonObject base(const Event &e)
{
    QJsonObject o{{QStringLiteral("user"), toJson(e.who)},
                  {QStringLiteral("organization"),
                   toJson(Account{e.subject.organization, e.subject.organization,
                                  avatarOf(e.subject.organization)})},
                  {QStringLiteral("projectName"), e.subject.project}};
    if (e.subject.isEnvironment())
        o.insert(QStringLiteral("envName"), e.subject.environment);
    else
        o.insert(QStringLiteral("stackName"), e.subject.stack);
    return o;
}

using Changes = QList<std::pair<QString, int>>;

// --- stacks ------------------------------------------------------------------------------

/// update_*, preview_*, destroy_*, refresh_*, import_* (stack_update, stack_preview).
void stackOperation(Event &e)
{
    const QString op = e.name.section(u'_', 0, 0);
    const bool ok = lastWord(e.name) == u"succeeded";
    const bool preview = op == u"preview";
    static const QHash<QString, std::pair<Changes, Changes>> counts{
        // operation: {when it succeeded, when it failed}
        {QStringLiteral("update"),
         {{{"create", 2}, {"update", 1}, {"update-replace", 1}, {"same", 36}},
          {{"create", 1}, {"same", 38}}}},
        {QStringLiteral("preview"),
         {{{"create", 2}, {"update", 1}, {"update-replace", 1}, {"same", 36}}, {{"same", 40}}}},
        {QStringLiteral("destroy"), {{{"delete", 40}}, {{"delete", 31}, {"same", 9}}}},
        {QStringLiteral("refresh"), {{{"update", 1}, {"same", 39}}, {{"same", 40}}}},
        {QStringLiteral("import"), {{{"import", 3}, {"same", 37}}, {{"same", 37}}}},
    };
    const QString stackUrl = e.subject.url();
    const QString updateUrl =
        preview ? stackUrl + QStringLiteral("/previews/") + stableId(e.subject, e.name)
                : stackUrl + QStringLiteral("/updates/42");
    e.tone = ok ? Tone::Success : Tone::Failure;
    e.operation = op;
    e.result = ok ? QStringLiteral("succeeded") : QStringLiteral("failed");
    e.headline = capitalized(op) + u' ' + e.result;
    e.whoTitle = QStringLiteral("Started by");
    e.resourceChanges = ok ? counts.value(op).first : counts.value(op).second;
    e.prospective = preview;
    e.links = {
        {preview ? QStringLiteral("View preview") : QStringLiteral("View update"), updateUrl},
        {QStringLiteral("View stack"), stackUrl}};
    e.raw = base(e);
    e.raw.insert(QStringLiteral("updateUrl"), updateUrl);
    // The reference lists `preview` among the kinds; Pulumi's own example of a preview payload
    // shows "kind": "update" with "isPreview": true. We follow the reference.
    e.raw.insert(QStringLiteral("kind"), op);
    e.raw.insert(QStringLiteral("result"), e.result);
    e.raw.insert(QStringLiteral("resourceChanges"), toJson(e.resourceChanges));
    e.raw.insert(QStringLiteral("isPreview"), preview);
}

/// stack_created, stack_deleted (stack; organization webhooks only).
void stackLifecycle(Event &e)
{
    const QString action = lastWord(e.name);
    const bool created = action == u"created";
    e.tone = created ? Tone::Info : Tone::Warning;
    e.result = action;
    e.headline = QStringLiteral("Stack ") + action;
    e.whoTitle = created ? QStringLiteral("Created by") : QStringLiteral("Deleted by");
    e.links = {created ? Link{QStringLiteral("View stack"), e.subject.url()}
                       : Link{QStringLiteral("View organization"),
                              AppUrl + u'/' + segment(e.subject.organization)}};
    e.raw = base(e);
    e.raw.insert(QStringLiteral("action"), action);
}

/// deployment_* (deployment). Statuses are those of Pulumi Deployments' REST API.
void deployment(Event &e)
{
    struct Step
    {
        const char *status;
        Tone tone;
        const char *headline;
    };
    static const QHash<QString, Step> steps{
        {QStringLiteral("deployment_queued"), {"not-started", Tone::Progress, "Deployment queued"}},
        {QStringLiteral("deployment_started"), {"running", Tone::Progress, "Deployment started"}},
        {QStringLiteral("deployment_succeeded"),
         {"succeeded", Tone::Success, "Deployment succeeded"}},
        {QStringLiteral("deployment_failed"), {"failed", Tone::Failure, "Deployment failed"}},
        {QStringLiteral("deployment_file_ingestion_failed"),
         {"failed", Tone::Failure, "Deployment file ingestion failed"}},
    };
    const Step step = steps.value(e.name, {"failed", Tone::Failure, "Deployment failed"});
    const int version = 17;
    const QString url =
        e.subject.url() + QStringLiteral("/deployments/") + QString::number(version);
    e.tone = step.tone;
    e.operation = QStringLiteral("update");
    e.result = QString::fromLatin1(step.status);
    e.headline = QString::fromLatin1(step.headline);
    e.whoTitle = QStringLiteral("Started by");
    e.details = {{QStringLiteral("Deployment"), u'#' + QString::number(version)}};
    e.links = {{QStringLiteral("View deployment"), url},
               {QStringLiteral("View stack"), e.subject.url()}};
    e.raw = base(e);
    e.raw.insert(QStringLiteral("deploymentUrl"), url);
    e.raw.insert(QStringLiteral("version"), version);
    e.raw.insert(QStringLiteral("operation"), e.operation);
    e.raw.insert(QStringLiteral("status"), e.result);
}

/// drift_detected, drift_detection_*, drift_remediation_* (drift_detection, drift_remediation).
void drift(Event &e)
{
    const bool remediation = e.kind == u"drift_remediation";
    const bool detected = e.name == u"drift_detected" || remediation;
    const bool ok = e.name == u"drift_detected" || lastWord(e.name) == u"succeeded";
    const int run = remediation ? 19 : 18;
    const QString url = e.subject.url() + QStringLiteral("/deployments/") + QString::number(run);
    if (e.name == u"drift_detected") {
        e.tone = Tone::Warning;
        e.headline = QStringLiteral("Drift detected");
    } else {
        e.tone = ok ? Tone::Success : Tone::Failure;
        e.headline = (remediation ? QStringLiteral("Drift remediation ")
                                  : QStringLiteral("Drift detection ")) +
                     lastWord(e.name);
    }
    e.operation = remediation ? QStringLiteral("remediate-drift") : QStringLiteral("detect-drift");
    e.result = ok ? QStringLiteral("succeeded") : QStringLiteral("failed");
    e.whoTitle = QStringLiteral("Started by");
    if (detected && ok)
        e.resourceChanges = {{QStringLiteral("update"), 2}, {QStringLiteral("same"), 38}};
    else if (remediation)
        e.resourceChanges = {{QStringLiteral("update"), 1}, {QStringLiteral("same"), 39}};
    else if (ok)
        e.resourceChanges = {{QStringLiteral("same"), 40}};
    e.prospective = !remediation;
    e.details = {{QStringLiteral("Drift detected"),
                  detected ? QStringLiteral("yes") : QStringLiteral("no")}};
    e.links = {{QStringLiteral("View drift run"), url},
               {QStringLiteral("View stack"), e.subject.url()}};
    e.raw = base(e);
    e.raw.insert(QStringLiteral("driftDetected"), detected);
    e.raw.insert(QStringLiteral("driftRunId"), stableId(e.subject, e.name));
    e.raw.insert(QStringLiteral("status"), e.result);
    e.raw.insert(QStringLiteral("resourceChanges"), toJson(e.resourceChanges));
    e.raw.insert(QStringLiteral("referenceUrl"), url);
}

/// policy_violation_mandatory, policy_violation_advisory (policy_violation). Pulumi publishes
/// no payload for these: this follows the shape of its stack_update events, plus the policy,
/// its enforcement level, the resource and the policy's message.
void policyViolation(Event &e)
{
    const bool mandatory = e.name.endsWith(u"mandatory");
    const QString urnPrefix =
        QStringLiteral("urn:pulumi:%1::%2::").arg(e.subject.stack, e.subject.project);
    const QString policy =
        mandatory ? QStringLiteral("s3-no-public-read") : QStringLiteral("required-tags");
    const QString urn =
        urnPrefix + (mandatory ? QStringLiteral("aws:s3/bucketV2:BucketV2::site-assets")
                               : QStringLiteral("aws:ec2/instance:Instance::web-server"));
    const QString message =
        mandatory ? QStringLiteral("S3 buckets must not grant public read access.")
                  : QStringLiteral("Resources should carry the tags owner and cost-center.");
    const QString level = mandatory ? QStringLiteral("mandatory") : QStringLiteral("advisory");
    const QString updateUrl = e.subject.url() + QStringLiteral("/updates/43");
    e.tone = mandatory ? Tone::Failure : Tone::Warning;
    e.headline = capitalized(level) + QStringLiteral(" policy violation");
    e.operation = QStringLiteral("update");
    // A mandatory violation stops the update; an advisory one lets it finish.
    e.result = mandatory ? QStringLiteral("failed") : QStringLiteral("succeeded");
    e.whoTitle = QStringLiteral("Started by");
    e.details = {{QStringLiteral("Policy"), QStringLiteral("aws-guardrails@1.4.0 / ") + policy},
                 {QStringLiteral("Enforcement"), level},
                 {QStringLiteral("Resource"), urn},
                 {QStringLiteral("Message"), message}};
    e.links = {{QStringLiteral("View update"), updateUrl},
               {QStringLiteral("View stack"), e.subject.url()}};
    e.raw = base(e);
    e.raw.insert(QStringLiteral("updateUrl"), updateUrl);
    e.raw.insert(QStringLiteral("kind"), e.operation);
    e.raw.insert(QStringLiteral("result"), e.result);
    e.raw.insert(QStringLiteral("isPreview"), false);
    e.raw.insert(QStringLiteral("policyPack"), QStringLiteral("aws-guardrails"));
    e.raw.insert(QStringLiteral("policyPackVersion"), QStringLiteral("1.4.0"));
    e.raw.insert(QStringLiteral("policyName"), policy);
    e.raw.insert(QStringLiteral("enforcementLevel"), level);
    e.raw.insert(QStringLiteral("resourceUrn"), urn);
    e.raw.insert(QStringLiteral("message"), message);
}

// --- environments (Pulumi ESC) -------------------------------------------------------------
// Pulumi publishes none of these payloads. Each follows the shape of Pulumi's stack events
// (`user`, `organization`, `projectName`, `envName`, an `action`, `environmentUrl`) with the
// fields its kind needs: a revision, a tag, an imported environment, a change request.

QString environmentsUrl(const Subject &s)
{
    return AppUrl + u'/' + segment(s.organization) + QStringLiteral("/esc");
}

QString revisionUrl(const Subject &s, int revision)
{
    return s.url() + QStringLiteral("/versions/") + QString::number(revision);
}

/// Fills what every environment event shares and returns its action ("created" …).
QString environmentBase(Event &e, const QString &action)
{
    e.result = action;
    e.whoTitle = QStringLiteral("By");
    e.links = {{QStringLiteral("View environment"), e.subject.url()}};
    e.raw = base(e);
    e.raw.insert(QStringLiteral("action"), action);
    e.raw.insert(QStringLiteral("environmentUrl"), e.subject.url());
    return action;
}

/// environment_created, environment_deleted, environment_rotation_* (environment).
void environment(Event &e)
{
    if (e.name.startsWith(u"environment_rotation_")) {
        const bool ok = lastWord(e.name) == u"succeeded";
        environmentBase(e, QStringLiteral("rotated"));
        e.tone = ok ? Tone::Success : Tone::Failure;
        e.result = lastWord(e.name);
        e.headline = QStringLiteral("Secret rotation ") + e.result;
        e.details = {{QStringLiteral("Rotated"), QStringLiteral("aws.login (aws-iam)")}};
        e.raw.insert(QStringLiteral("status"), e.result);
        e.raw.insert(QStringLiteral("rotatedPaths"),
                     QJsonArray{QStringLiteral("aws.login.accessKeyId"),
                                QStringLiteral("aws.login.secretAccessKey")});
        if (ok) {
            // A successful rotation writes a new revision.
            e.details << Fact{QStringLiteral("Revision"), QStringLiteral("9")};
            e.links.prepend({QStringLiteral("View revision"), revisionUrl(e.subject, 9)});
            e.raw.insert(QStringLiteral("revision"), 9);
        }
        return;
    }
    const QString action = environmentBase(e, lastWord(e.name));
    const bool created = action == u"created";
    e.tone = created ? Tone::Info : Tone::Warning;
    e.headline = QStringLiteral("Environment ") + action;
    if (!created)
        e.links = {{QStringLiteral("View environments"), environmentsUrl(e.subject)}};
}

/// environment_revision_created, environment_revision_retracted (environment_revision).
void environmentRevision(Event &e)
{
    const QString action = environmentBase(e, lastWord(e.name));
    const bool created = action == u"created";
    const int revision = created ? 8 : 7;
    e.tone = created ? Tone::Info : Tone::Warning;
    e.headline = QStringLiteral("Environment revision ") + action;
    e.details = {{QStringLiteral("Revision"), QString::number(revision)}};
    e.links.prepend({QStringLiteral("View revision"), revisionUrl(e.subject, revision)});
    e.raw.insert(QStringLiteral("revision"), revision);
    e.raw.insert(QStringLiteral("revisionUrl"), revisionUrl(e.subject, revision));
    if (!created)
        e.raw.insert(QStringLiteral("reason"),
                     QStringLiteral("Rolled back: the database password was wrong."));
}

/// environment_revision_tag_created, _updated, _deleted (environment_revision_tag).
void environmentRevisionTag(Event &e)
{
    const QString action = environmentBase(e, lastWord(e.name));
    const QString tag = QStringLiteral("stable");
    e.tone = action == u"deleted" ? Tone::Warning : Tone::Info;
    e.headline = QStringLiteral("Revision tag ") + action;
    e.details = {{QStringLiteral("Tag"), tag},
                 {QStringLiteral("Revision"),
                  action == u"updated" ? QStringLiteral("7 → 8") : QStringLiteral("8")}};
    e.raw.insert(QStringLiteral("tagName"), tag);
    e.raw.insert(QStringLiteral("revision"), 8);
    if (action == u"updated")
        e.raw.insert(QStringLiteral("previousRevision"), 7);
}

/// environment_tag_created, _updated, _deleted (environment_tag).
void environmentTag(Event &e)
{
    const QString action = environmentBase(e, lastWord(e.name));
    const QString tag = QStringLiteral("team");
    const QString value = QStringLiteral("platform");
    const QString previous = QStringLiteral("web");
    e.tone = action == u"deleted" ? Tone::Warning : Tone::Info;
    e.headline = QStringLiteral("Environment tag ") + action;
    e.details = {{QStringLiteral("Tag"),
                  action == u"updated"
                      ? tag + QStringLiteral(": ") + previous + QStringLiteral(" → ") + value
                      : tag + QStringLiteral(": ") + value}};
    e.raw.insert(QStringLiteral("tagName"), tag);
    e.raw.insert(QStringLiteral("tagValue"), value);
    if (action == u"updated")
        e.raw.insert(QStringLiteral("previousTagValue"), previous);
}

/// imported_environment_changed: an environment this one imports has a new revision.
void importedEnvironmentChanged(Event &e)
{
    environmentBase(e, QStringLiteral("changed"));
    const Subject imported{
        e.subject.organization, QStringLiteral("shared"), {}, QStringLiteral("aws-credentials")};
    const int revision = 12;
    e.tone = Tone::Info;
    e.headline = QStringLiteral("Imported environment changed");
    e.details = {{QStringLiteral("Imported"), imported.project + u'/' + imported.environment +
                                                  QStringLiteral(" (revision ") +
                                                  QString::number(revision) + u')'}};
    e.links << Link{QStringLiteral("View imported environment"), imported.url()};
    e.raw.insert(QStringLiteral("importedEnvironment"),
                 QJsonObject{{QStringLiteral("projectName"), imported.project},
                             {QStringLiteral("envName"), imported.environment},
                             {QStringLiteral("revision"), revision},
                             {QStringLiteral("environmentUrl"), imported.url()}});
}

/// change_request_* (change_request: this console's name for the kind, see EventCatalog).
void changeRequest(Event &e)
{
    struct Step
    {
        const char *status;
        int approvals;
        Tone tone;
        const char *headline;
    };
    static const QHash<QString, Step> steps{
        {QStringLiteral("created"), {"draft", 0, Tone::Info, "Change request created"}},
        {QStringLiteral("updated"), {"draft", 0, Tone::Info, "Change request updated"}},
        {QStringLiteral("submitted"),
         {"open", 0, Tone::Progress, "Change request submitted for review"}},
        {QStringLiteral("approved"), {"open", 1, Tone::Success, "Change request approved"}},
        {QStringLiteral("unapproved"),
         {"open", 0, Tone::Warning, "Change request approval withdrawn"}},
        {QStringLiteral("closed"), {"closed", 0, Tone::Info, "Change request closed"}},
        {QStringLiteral("applied"), {"applied", 1, Tone::Success, "Change request applied"}},
    };
    const QString action = environmentBase(e, lastWord(e.name));
    const Step step = steps.value(action, {"open", 0, Tone::Info, "Change request"});
    const QString id = stableId(e.subject, QStringLiteral("change_request"));
    const QString url = e.subject.url() + QStringLiteral("/change-requests/") + id;
    const QString description = QStringLiteral("Raise the database connection pool to 50");
    e.tone = step.tone;
    e.headline = QString::fromLatin1(step.headline);
    e.result = QString::fromLatin1(step.status);
    e.details = {{QStringLiteral("Change request"), description},
                 {QStringLiteral("Approvals"),
                  QString::number(step.approvals) + QStringLiteral(" of 1 required")}};
    e.links.prepend({QStringLiteral("View change request"), url});
    e.raw.insert(QStringLiteral("changeRequestId"), id);
    e.raw.insert(QStringLiteral("changeRequestUrl"), url);
    e.raw.insert(QStringLiteral("description"), description);
    e.raw.insert(QStringLiteral("status"), e.result);
    e.raw.insert(QStringLiteral("approvals"), step.approvals);
    e.raw.insert(QStringLiteral("requiredApprovals"), 1);
    if (action == u"applied") {
        e.details << Fact{QStringLiteral("Revision"), QStringLiteral("9")};
        e.raw.insert(QStringLiteral("revision"), 9);
    }
}

} // namespace

QString Subject::path() const
{
    if (isEnvironment())
        return organization + u'/' + project + u'/' + environment;
    if (isStack())
        return organization + u'/' + project + u'/' + stack;
    return organization;
}

QString Subject::url() const
{
    const QString org = AppUrl + u'/' + segment(organization);
    if (isEnvironment())
        return org + QStringLiteral("/esc/") + segment(project) + u'/' + segment(environment);
    if (isStack())
        return org + u'/' + segment(project) + u'/' + segment(stack);
    return org;
}

QString Subject::noun() const
{
    if (isEnvironment())
        return QStringLiteral("environment");
    return isStack() ? QStringLiteral("stack") : QStringLiteral("organization");
}

Event sampleEvent(const Scope &scope, const QString &name, const QDateTime &when)
{
    Event e;
    e.kind = EventCatalog::kindOf(name);
    if (e.kind.isEmpty() || e.kind == u"ping" || !EventCatalog::filters(scope).contains(name))
        return Event{};
    e.name = name;
    e.when = when;
    e.subject = subjectOf(scope, isEnvironmentEvent(e.kind));
    e.who = sampleUser();
    const QString &k = e.kind;
    if (k == u"stack_update" || k == u"stack_preview")
        stackOperation(e);
    else if (k == u"stack")
        stackLifecycle(e);
    else if (k == u"deployment")
        deployment(e);
    else if (k == u"drift_detection" || k == u"drift_remediation")
        drift(e);
    else if (k == u"policy_violation")
        policyViolation(e);
    else if (k == u"environment")
        environment(e);
    else if (k == u"environment_revision")
        environmentRevision(e);
    else if (k == u"environment_revision_tag")
        environmentRevisionTag(e);
    else if (k == u"environment_tag")
        environmentTag(e);
    else if (k == u"imported_environment_changed")
        importedEnvironmentChanged(e);
    else if (k == u"change_request")
        changeRequest(e);
    else
        return Event{}; // a kind this builder does not know yet: say so by an empty kind
    return e;
}

Event pingEvent(const Webhook &webhook, const QDateTime &when)
{
    Event e;
    e.name = e.kind = QStringLiteral("ping");
    e.when = when;
    const Scope &scope = webhook.scope;
    e.subject = Subject{scope.organization, scope.project, scope.stack, scope.environment};
    e.tone = Tone::Info;
    e.headline = QStringLiteral("Ping from Webhook Console");
    e.message = QStringLiteral("“%1” (%2) is set up to receive events.")
                    .arg(webhook.displayName, webhook.ref().toString());
    e.details = {{QStringLiteral("Webhook"), webhook.displayName},
                 {QStringLiteral("Scope"), scope.displayPath()}};
    // Pulumi's ping is {"timestamp", "message"}; the message is ours, the same since the first
    // release (receivers' tests compare it).
    e.raw = QJsonObject{
        {QStringLiteral("timestamp"), when.toSecsSinceEpoch()},
        {QStringLiteral("message"), QStringLiteral("Ping from Webhook Console: ") + e.message}};
    return e;
}

QString describeChanges(const Event &event)
{
    struct Label
    {
        const char *key;
        const char *done;
        const char *planned;
    };
    static const Label labels[] = {
        {"create", "created", "to create"},           {"update", "updated", "to update"},
        {"update-replace", "replaced", "to replace"}, {"delete", "deleted", "to delete"},
        {"import", "imported", "to import"},          {"same", "unchanged", "unchanged"},
    };
    QStringList parts;
    for (const Label &label : labels) {
        for (const auto &[key, count] : event.resourceChanges) {
            if (key == QLatin1String(label.key))
                parts << QString::number(count) + u' ' +
                             QLatin1String(event.prospective ? label.planned : label.done);
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace wc::payload
