#include "EventLabels.h"

#include "Webhook.h"

#include <QCoreApplication>
#include <QHash>

namespace wc::gui::labels {

namespace {
struct Label
{
    const char *name;
    const char *text;
};

// Pulumi's names (reference/pulumi-webhooks.md) with words for them; translated in context
// "EventLabels".
constexpr Label Events[] = {
    {"ping", QT_TRANSLATE_NOOP("EventLabels", "Test ping")},
    {"stack_created", QT_TRANSLATE_NOOP("EventLabels", "Stack created")},
    {"stack_deleted", QT_TRANSLATE_NOOP("EventLabels", "Stack deleted")},
    {"update_succeeded", QT_TRANSLATE_NOOP("EventLabels", "Update succeeded")},
    {"update_failed", QT_TRANSLATE_NOOP("EventLabels", "Update failed")},
    {"preview_succeeded", QT_TRANSLATE_NOOP("EventLabels", "Preview succeeded")},
    {"preview_failed", QT_TRANSLATE_NOOP("EventLabels", "Preview failed")},
    {"destroy_succeeded", QT_TRANSLATE_NOOP("EventLabels", "Destroy succeeded")},
    {"destroy_failed", QT_TRANSLATE_NOOP("EventLabels", "Destroy failed")},
    {"refresh_succeeded", QT_TRANSLATE_NOOP("EventLabels", "Refresh succeeded")},
    {"refresh_failed", QT_TRANSLATE_NOOP("EventLabels", "Refresh failed")},
    {"import_succeeded", QT_TRANSLATE_NOOP("EventLabels", "Import succeeded")},
    {"import_failed", QT_TRANSLATE_NOOP("EventLabels", "Import failed")},
    {"deployment_queued", QT_TRANSLATE_NOOP("EventLabels", "Deployment queued")},
    {"deployment_started", QT_TRANSLATE_NOOP("EventLabels", "Deployment started")},
    {"deployment_succeeded", QT_TRANSLATE_NOOP("EventLabels", "Deployment succeeded")},
    {"deployment_failed", QT_TRANSLATE_NOOP("EventLabels", "Deployment failed")},
    {"drift_detected", QT_TRANSLATE_NOOP("EventLabels", "Drift detected")},
    {"drift_detection_succeeded", QT_TRANSLATE_NOOP("EventLabels", "Drift detection succeeded")},
    {"drift_detection_failed", QT_TRANSLATE_NOOP("EventLabels", "Drift detection failed")},
    {"drift_remediation_succeeded",
     QT_TRANSLATE_NOOP("EventLabels", "Drift remediation succeeded")},
    {"drift_remediation_failed", QT_TRANSLATE_NOOP("EventLabels", "Drift remediation failed")},
    {"deployment_file_ingestion_failed",
     QT_TRANSLATE_NOOP("EventLabels", "Deployment file ingestion failed")},
    {"policy_violation_mandatory", QT_TRANSLATE_NOOP("EventLabels", "Mandatory policy violated")},
    {"policy_violation_advisory", QT_TRANSLATE_NOOP("EventLabels", "Advisory policy violated")},
    {"environment_created", QT_TRANSLATE_NOOP("EventLabels", "Environment created")},
    {"environment_deleted", QT_TRANSLATE_NOOP("EventLabels", "Environment deleted")},
    {"environment_revision_created", QT_TRANSLATE_NOOP("EventLabels", "Revision created")},
    {"environment_revision_retracted", QT_TRANSLATE_NOOP("EventLabels", "Revision retracted")},
    {"environment_revision_tag_created", QT_TRANSLATE_NOOP("EventLabels", "Revision tag created")},
    {"environment_revision_tag_deleted", QT_TRANSLATE_NOOP("EventLabels", "Revision tag deleted")},
    {"environment_revision_tag_updated", QT_TRANSLATE_NOOP("EventLabels", "Revision tag updated")},
    {"environment_tag_created", QT_TRANSLATE_NOOP("EventLabels", "Environment tag created")},
    {"environment_tag_deleted", QT_TRANSLATE_NOOP("EventLabels", "Environment tag deleted")},
    {"environment_tag_updated", QT_TRANSLATE_NOOP("EventLabels", "Environment tag updated")},
    {"imported_environment_changed",
     QT_TRANSLATE_NOOP("EventLabels", "Imported environment changed")},
    {"environment_rotation_succeeded",
     QT_TRANSLATE_NOOP("EventLabels", "Secret rotation succeeded")},
    {"environment_rotation_failed", QT_TRANSLATE_NOOP("EventLabels", "Secret rotation failed")},
    {"change_request_created", QT_TRANSLATE_NOOP("EventLabels", "Change request created")},
    {"change_request_updated", QT_TRANSLATE_NOOP("EventLabels", "Change request updated")},
    {"change_request_approved", QT_TRANSLATE_NOOP("EventLabels", "Change request approved")},
    {"change_request_unapproved", QT_TRANSLATE_NOOP("EventLabels", "Change request unapproved")},
    {"change_request_closed", QT_TRANSLATE_NOOP("EventLabels", "Change request closed")},
    {"change_request_applied", QT_TRANSLATE_NOOP("EventLabels", "Change request applied")},
    {"change_request_submitted", QT_TRANSLATE_NOOP("EventLabels", "Change request submitted")},
};

constexpr Label Groups[] = {
    {"stacks", QT_TRANSLATE_NOOP("EventLabels", "Stack updates and previews")},
    {"deployments", QT_TRANSLATE_NOOP("EventLabels", "Deployments and drift")},
    {"policies", QT_TRANSLATE_NOOP("EventLabels", "Policy violations")},
    {"environments", QT_TRANSLATE_NOOP("EventLabels", "ESC environment changes")},
    {"change_requests", QT_TRANSLATE_NOOP("EventLabels", "Change requests")},
};

QString lookup(const Label *begin, const Label *end, const QString &name)
{
    for (const Label *l = begin; l != end; ++l) {
        if (name == QLatin1String(l->name))
            return QCoreApplication::translate("EventLabels", l->text);
    }
    return {};
}
} // namespace

QString event(const QString &name)
{
    const QString text = lookup(std::begin(Events), std::end(Events), name);
    return text.isEmpty() ? name : text;
}

QString group(const QString &name)
{
    return lookup(std::begin(Groups), std::end(Groups), name);
}

QString format(const QString &format)
{
    if (format == QLatin1String(Format::Slack))
        return QCoreApplication::translate("EventLabels", "Slack");
    if (format == QLatin1String(Format::MsTeams))
        return QCoreApplication::translate("EventLabels", "Microsoft Teams");
    if (format == QLatin1String(Format::PulumiDeployments))
        return QCoreApplication::translate("EventLabels", "Deployment");
    if (format == QLatin1String(Format::Raw))
        return QCoreApplication::translate("EventLabels", "Webhook");
    return format;
}

QString formatDescription(const QString &format)
{
    if (format == QLatin1String(Format::Slack))
        return QCoreApplication::translate(
            "EventLabels", "Posts a message to a Slack channel through its incoming webhook.");
    if (format == QLatin1String(Format::MsTeams))
        return QCoreApplication::translate(
            "EventLabels", "Posts an Adaptive Card to a Teams channel through a Workflows URL.");
    if (format == QLatin1String(Format::PulumiDeployments))
        return QCoreApplication::translate(
            "EventLabels", "Triggers a deployment of another stack when events happen here.");
    return QCoreApplication::translate(
        "EventLabels", "Sends Pulumi's JSON to a URL of yours, signed with a secret.");
}

} // namespace wc::gui::labels
