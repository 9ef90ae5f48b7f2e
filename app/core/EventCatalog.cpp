#include "EventCatalog.h"

#include "Webhook.h"

#include <QCoreApplication>

namespace wc {

namespace {
QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromLatin1(item);
    return out;
}
} // namespace

QList<EventCatalog::Group> EventCatalog::groups(const Scope &scope)
{
    QStringList stacks =
        list({"update_succeeded", "update_failed", "preview_succeeded", "preview_failed",
              "destroy_succeeded", "destroy_failed", "refresh_succeeded", "refresh_failed",
              "import_succeeded", "import_failed"});
    if (!scope.isStack())
        stacks = list({"stack_created", "stack_deleted"}) + stacks;

    QList<Group> out{
        {QStringLiteral("stacks"), stacks},
        {QStringLiteral("deployments"),
         list({"deployment_queued", "deployment_started", "deployment_succeeded",
               "deployment_failed", "drift_detected", "drift_detection_succeeded",
               "drift_detection_failed", "drift_remediation_succeeded", "drift_remediation_failed",
               "deployment_file_ingestion_failed"})},
        {QStringLiteral("policies"),
         list({"policy_violation_mandatory", "policy_violation_advisory"})},
    };
    if (!scope.isStack()) {
        out.append(
            {QStringLiteral("environments"),
             list({"environment_created", "environment_deleted", "environment_revision_created",
                   "environment_revision_retracted", "environment_revision_tag_created",
                   "environment_revision_tag_deleted", "environment_revision_tag_updated",
                   "environment_tag_created", "environment_tag_deleted", "environment_tag_updated",
                   "imported_environment_changed", "environment_rotation_succeeded",
                   "environment_rotation_failed"})});
        out.append(
            {QStringLiteral("change_requests"),
             list({"change_request_created", "change_request_updated", "change_request_approved",
                   "change_request_unapproved", "change_request_closed", "change_request_applied",
                   "change_request_submitted"})});
    }
    return out;
}

QStringList EventCatalog::filters(const Scope &scope)
{
    QStringList out;
    for (const Group &g : groups(scope))
        out << g.filters;
    return out;
}

QStringList EventCatalog::defaultGroups(const Scope &scope)
{
    return scope.isStack() ? list({"deployments", "stacks"})
                           : list({"deployments", "environments", "stacks"});
}

QStringList EventCatalog::kinds()
{
    return list({"ping", "stack", "stack_preview", "stack_update", "deployment", "drift_detection",
                 "drift_remediation", "policy_violation", "environment", "environment_revision",
                 "environment_revision_tag", "environment_tag", "imported_environment_changed"});
}

QStringList EventCatalog::formats(const Scope &scope)
{
    QStringList out = list({Format::Raw, Format::Slack, Format::MsTeams});
    if (scope.isStack())
        out << QString::fromLatin1(Format::PulumiDeployments);
    return out;
}

QString EventCatalog::validate(const Scope &scope, const QStringList &filters,
                               const QStringList &groups)
{
    const QList<Group> known = EventCatalog::groups(scope);
    QStringList chosenFilters;
    for (const QString &g : groups) {
        auto it =
            std::find_if(known.begin(), known.end(), [&](const Group &k) { return k.name == g; });
        if (it == known.end())
            return QCoreApplication::translate("EventCatalog",
                                               "“%1” is not an event group for this scope")
                .arg(g);
        chosenFilters << it->filters;
    }
    const QStringList validFilters = EventCatalog::filters(scope);
    for (const QString &f : filters) {
        if (!validFilters.contains(f))
            return QCoreApplication::translate("EventCatalog",
                                               "“%1” is not an event filter for this scope")
                .arg(f);
        if (chosenFilters.contains(f))
            return QCoreApplication::translate("EventCatalog",
                                               "“%1” is already covered by a chosen group")
                .arg(f);
    }
    return {};
}

} // namespace wc
