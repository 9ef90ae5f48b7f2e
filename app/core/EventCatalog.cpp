#include "EventCatalog.h"

#include "Webhook.h"

#include <QCoreApplication>

namespace wc {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventCatalog)
};

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
    if (scope.isOrganization())
        stacks = list({"stack_created", "stack_deleted"}) + stacks;
    const Group stackGroup{QStringLiteral("stacks"), stacks};
    const Group deployments{
        QStringLiteral("deployments"),
        list({"deployment_queued", "deployment_started", "deployment_succeeded",
              "deployment_failed", "drift_detected", "drift_detection_succeeded",
              "drift_detection_failed", "drift_remediation_succeeded", "drift_remediation_failed",
              "deployment_file_ingestion_failed"})};
    const Group policies{QStringLiteral("policies"),
                         list({"policy_violation_mandatory", "policy_violation_advisory"})};
    const Group environments{
        QStringLiteral("environments"),
        list({"environment_created", "environment_deleted", "environment_revision_created",
              "environment_revision_retracted", "environment_revision_tag_created",
              "environment_revision_tag_deleted", "environment_revision_tag_updated",
              "environment_tag_created", "environment_tag_deleted", "environment_tag_updated",
              "imported_environment_changed", "environment_rotation_succeeded",
              "environment_rotation_failed"})};
    const Group changeRequests{
        QStringLiteral("change_requests"),
        list({"change_request_created", "change_request_updated", "change_request_approved",
              "change_request_unapproved", "change_request_closed", "change_request_applied",
              "change_request_submitted"})};
    switch (scope.kind()) {
    case Scope::Kind::Organization:
        return {stackGroup, deployments, policies, environments, changeRequests};
    case Scope::Kind::Stack:
        return {stackGroup, deployments, policies};
    case Scope::Kind::Environment:
        return {environments, changeRequests};
    }
    return {};
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
    switch (scope.kind()) {
    case Scope::Kind::Organization:
        return list({"deployments", "environments", "stacks"});
    case Scope::Kind::Stack:
        return list({"deployments", "stacks"});
    case Scope::Kind::Environment:
        return list({"environments"});
    }
    return {};
}

QStringList EventCatalog::kinds()
{
    return list({"ping", "stack", "stack_preview", "stack_update", "deployment", "drift_detection",
                 "drift_remediation", "policy_violation", "environment", "environment_revision",
                 "environment_revision_tag", "environment_tag", "imported_environment_changed",
                 "change_request"});
}

QString EventCatalog::kindOf(const QString &event)
{
    if (event == u"ping")
        return event;
    // Only Pulumi's own names: an organization offers every group.
    static const QStringList known = filters(Scope::organizationScope(QStringLiteral("o")));
    if (!known.contains(event))
        return QString();
    if (event == u"stack_created" || event == u"stack_deleted")
        return QStringLiteral("stack");
    if (event.startsWith(u"preview_"))
        return QStringLiteral("stack_preview");
    for (const char *op : {"update_", "destroy_", "refresh_", "import_"}) {
        if (event.startsWith(QLatin1String(op)))
            return QStringLiteral("stack_update");
    }
    if (event.startsWith(u"deployment_"))
        return QStringLiteral("deployment");
    if (event == u"drift_detected" || event.startsWith(u"drift_detection_"))
        return QStringLiteral("drift_detection");
    if (event.startsWith(u"drift_remediation_"))
        return QStringLiteral("drift_remediation");
    if (event.startsWith(u"policy_violation_"))
        return QStringLiteral("policy_violation");
    if (event.startsWith(u"environment_revision_tag_"))
        return QStringLiteral("environment_revision_tag");
    if (event.startsWith(u"environment_revision_"))
        return QStringLiteral("environment_revision");
    if (event.startsWith(u"environment_tag_"))
        return QStringLiteral("environment_tag");
    if (event == u"imported_environment_changed")
        return event;
    if (event.startsWith(u"environment_"))
        return QStringLiteral("environment"); // created, deleted, rotation_*
    if (event.startsWith(u"change_request_"))
        return QStringLiteral("change_request");
    return QString();
}

QStringList EventCatalog::events(const Scope &scope)
{
    return QStringList{QStringLiteral("ping")} + filters(scope);
}

QString EventCatalog::excludedBy(const Scope &scope, const QStringList &filters,
                                 const QStringList &groups, const QString &event)
{
    if (event == u"ping")
        return {}; // a ping reaches every webhook
    if (!EventCatalog::filters(scope).contains(event))
        return Tr::tr("“%1” is not an event of this scope.").arg(event);
    if (filters.isEmpty() && groups.isEmpty())
        return {}; // nothing chosen: every event
    if (filters.contains(event))
        return {};
    const QList<Group> known = EventCatalog::groups(scope);
    for (const QString &g : groups) {
        for (const Group &k : known) {
            if (k.name == g && k.filters.contains(event))
                return {};
        }
    }
    const QString none = Tr::tr("none");
    return Tr::tr("“%1” is not sent to this webhook: neither its groups (%2) nor its filters (%3) "
                  "include it.")
        .arg(event, groups.isEmpty() ? none : groups.join(QStringLiteral(", ")),
             filters.isEmpty() ? none : filters.join(QStringLiteral(", ")));
}

QStringList EventCatalog::formats(const Scope &scope)
{
    QStringList out = list({Format::Raw, Format::Slack, Format::MsTeams});
    if (!scope.isOrganization())
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
            return Tr::tr("“%1” is not an event group for this scope").arg(g);
        chosenFilters << it->filters;
    }
    const QStringList validFilters = EventCatalog::filters(scope);
    for (const QString &f : filters) {
        if (!validFilters.contains(f))
            return Tr::tr("“%1” is not an event filter for this scope").arg(f);
        if (chosenFilters.contains(f))
            return Tr::tr("“%1” is already covered by a chosen group").arg(f);
    }
    return {};
}

} // namespace wc
