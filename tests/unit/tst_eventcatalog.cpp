#include "EventCatalog.h"

#include <QSet>
#include <QTest>

using namespace wc;

// Every expected value below is copied from ../shared/reference/pulumi-webhooks.md
// ("Groups and filter names", "A delivery on the wire"), not from the code.
namespace {
const Scope Org = Scope::organizationScope(QStringLiteral("acme"));
const Scope Stack =
    Scope::stackScope(QStringLiteral("acme"), QStringLiteral("web"), QStringLiteral("prod"));
const Scope Env =
    Scope::environmentScope(QStringLiteral("acme"), QStringLiteral("infra"), QStringLiteral("dev"));

const QStringList StackFilters{"update_succeeded",  "update_failed",     "preview_succeeded",
                               "preview_failed",    "destroy_succeeded", "destroy_failed",
                               "refresh_succeeded", "refresh_failed",    "import_succeeded",
                               "import_failed"};
const QStringList OrganizationOnlyFilters{"stack_created", "stack_deleted"};
const QStringList DeploymentFilters{"deployment_queued",        "deployment_started",
                                    "deployment_succeeded",     "deployment_failed",
                                    "drift_detected",           "drift_detection_succeeded",
                                    "drift_detection_failed",   "drift_remediation_succeeded",
                                    "drift_remediation_failed", "deployment_file_ingestion_failed"};
const QStringList PolicyFilters{"policy_violation_mandatory", "policy_violation_advisory"};
const QStringList EnvironmentFilters{"environment_created",
                                     "environment_deleted",
                                     "environment_revision_created",
                                     "environment_revision_retracted",
                                     "environment_revision_tag_created",
                                     "environment_revision_tag_deleted",
                                     "environment_revision_tag_updated",
                                     "environment_tag_created",
                                     "environment_tag_deleted",
                                     "environment_tag_updated",
                                     "imported_environment_changed",
                                     "environment_rotation_succeeded",
                                     "environment_rotation_failed"};
const QStringList ChangeRequestFilters{"change_request_created",  "change_request_updated",
                                       "change_request_approved", "change_request_unapproved",
                                       "change_request_closed",   "change_request_applied",
                                       "change_request_submitted"};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList groupNames(const Scope &scope)
{
    QStringList out;
    for (const EventCatalog::Group &g : EventCatalog::groups(scope))
        out << g.name;
    return out;
}

QStringList filtersOf(const Scope &scope, const QString &group)
{
    for (const EventCatalog::Group &g : EventCatalog::groups(scope)) {
        if (g.name == group)
            return g.filters;
    }
    return {};
}
} // namespace

class TestEventCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsPerScope_data()
    {
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<QStringList>("groups");
        QTest::newRow("organization")
            << Org
            << QStringList{"stacks", "deployments", "policies", "environments", "change_requests"};
        QTest::newRow("stack") << Stack << QStringList{"stacks", "deployments", "policies"};
        QTest::newRow("environment") << Env << QStringList{"environments", "change_requests"};
    }
    void groupsPerScope()
    {
        QFETCH(Scope, scope);
        QFETCH(QStringList, groups);
        QCOMPARE(groupNames(scope), groups);
    }

    void filtersPerGroup_data()
    {
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("filters");
        QTest::newRow("organization stacks")
            << Org << "stacks" << OrganizationOnlyFilters + StackFilters;
        QTest::newRow("organization deployments") << Org << "deployments" << DeploymentFilters;
        QTest::newRow("organization policies") << Org << "policies" << PolicyFilters;
        QTest::newRow("organization environments") << Org << "environments" << EnvironmentFilters;
        QTest::newRow("organization change_requests")
            << Org << "change_requests" << ChangeRequestFilters;
        QTest::newRow("stack stacks") << Stack << "stacks" << StackFilters;
        QTest::newRow("stack deployments") << Stack << "deployments" << DeploymentFilters;
        QTest::newRow("stack policies") << Stack << "policies" << PolicyFilters;
        QTest::newRow("environment environments") << Env << "environments" << EnvironmentFilters;
        QTest::newRow("environment change_requests")
            << Env << "change_requests" << ChangeRequestFilters;
    }
    void filtersPerGroup()
    {
        QFETCH(Scope, scope);
        QFETCH(QString, group);
        QFETCH(QStringList, filters);
        const QStringList actual = filtersOf(scope, group);
        const QSet<QString> have(actual.cbegin(), actual.cend());
        const QSet<QString> want(filters.cbegin(), filters.cend());
        QStringList missing = QStringList(want.cbegin(), want.cend());
        QStringList unexpected = QStringList(have.cbegin(), have.cend());
        for (const QString &f : filters)
            unexpected.removeAll(f);
        for (const QString &f : actual)
            missing.removeAll(f);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing: ") +
                                               sorted(missing).join(QStringLiteral(", "))));
        QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("not in the reference: ") +
                                                  sorted(unexpected).join(QStringLiteral(", "))));
        QCOMPARE(actual.size(), filters.size()); // no duplicates
    }

    void stackCreatedAndDeletedOnlyForOrganizations()
    {
        for (const QString &f : OrganizationOnlyFilters) {
            QVERIFY2(EventCatalog::filters(Org).contains(f), qPrintable(f));
            QVERIFY2(!EventCatalog::filters(Stack).contains(f), qPrintable(f));
            QVERIFY2(!filtersOf(Stack, QStringLiteral("stacks")).contains(f), qPrintable(f));
        }
    }

    void filtersAreTheUnionOfTheGroups_data()
    {
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<QStringList>("filters");
        QTest::newRow("organization")
            << Org
            << OrganizationOnlyFilters + StackFilters + DeploymentFilters + PolicyFilters +
                   EnvironmentFilters + ChangeRequestFilters;
        QTest::newRow("stack") << Stack << StackFilters + DeploymentFilters + PolicyFilters;
        QTest::newRow("environment") << Env << EnvironmentFilters + ChangeRequestFilters;
    }
    void filtersAreTheUnionOfTheGroups()
    {
        QFETCH(Scope, scope);
        QFETCH(QStringList, filters);
        QCOMPARE(sorted(EventCatalog::filters(scope)), sorted(filters));
    }

    void defaultGroups_data()
    {
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<QStringList>("groups");
        QTest::newRow("organization")
            << Org << QStringList{"deployments", "environments", "stacks"};
        QTest::newRow("stack") << Stack << QStringList{"deployments", "stacks"};
        QTest::newRow("environment") << Env << QStringList{"environments"};
    }
    void defaultGroups()
    {
        QFETCH(Scope, scope);
        QFETCH(QStringList, groups);
        QCOMPARE(sorted(EventCatalog::defaultGroups(scope)), groups);
        // Defaults must themselves be valid in their scope.
        QCOMPARE(EventCatalog::validate(scope, {}, EventCatalog::defaultGroups(scope)), QString());
    }

    void kindsAreThoseOfTheWebhookKindHeader()
    {
        const QStringList reference{
            "stack", "stack_preview", "stack_update", "deployment", "drift_detection",
            "drift_remediation", "policy_violation", "ping", "environment", "environment_revision",
            "environment_revision_tag", "environment_tag", "imported_environment_changed",
            // Pulumi publishes no kind for change requests: this
            // console's reading, documented in EventCatalog::kindOf.
            "change_request"};
        QCOMPARE(sorted(EventCatalog::kinds()), sorted(reference));
    }

    void everyEventHasItsKind_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("kind");
        auto rows = [](const QStringList &events, const char *kind) {
            for (const QString &e : events)
                QTest::newRow(qPrintable(e)) << e << QString::fromLatin1(kind);
        };
        rows(OrganizationOnlyFilters, "stack");
        for (const QString &e : StackFilters)
            QTest::newRow(qPrintable(e))
                << e
                << QString::fromLatin1(e.startsWith(u"preview_") ? "stack_preview"
                                                                 : "stack_update");
        for (const QString &e : DeploymentFilters) {
            const char *kind = e.startsWith(u"drift_remediation") ? "drift_remediation"
                               : e.startsWith(u"drift_")          ? "drift_detection"
                                                                  : "deployment";
            QTest::newRow(qPrintable(e)) << e << QString::fromLatin1(kind);
        }
        rows(PolicyFilters, "policy_violation");
        rows(ChangeRequestFilters, "change_request");
        QTest::newRow("ping") << "ping"
                              << "ping";
        QTest::newRow("environment_created") << "environment_created"
                                             << "environment";
        QTest::newRow("environment_rotation_failed") << "environment_rotation_failed"
                                                     << "environment";
        QTest::newRow("environment_revision_created") << "environment_revision_created"
                                                      << "environment_revision";
        QTest::newRow("environment_revision_tag_updated") << "environment_revision_tag_updated"
                                                          << "environment_revision_tag";
        QTest::newRow("environment_tag_deleted") << "environment_tag_deleted"
                                                 << "environment_tag";
        QTest::newRow("imported_environment_changed") << "imported_environment_changed"
                                                      << "imported_environment_changed";
        QTest::newRow("unknown, though shaped like one") << "update_exploded"
                                                         << "";
        QTest::newRow("wrong case") << "Update_Failed"
                                    << "";
    }
    void everyEventHasItsKind()
    {
        QFETCH(QString, event);
        QFETCH(QString, kind);
        QCOMPARE(EventCatalog::kindOf(event), kind);
    }

    void excludedByNamesTheSettings()
    {
        const QStringList groups{QStringLiteral("deployments")};
        const QStringList filters{QStringLiteral("update_failed")};
        QCOMPARE(EventCatalog::excludedBy(Stack, filters, groups, QStringLiteral("update_failed")),
                 QString());
        QCOMPARE(
            EventCatalog::excludedBy(Stack, filters, groups, QStringLiteral("deployment_started")),
            QString());
        const QString why =
            EventCatalog::excludedBy(Stack, filters, groups, QStringLiteral("update_succeeded"));
        QVERIFY(why.contains(QStringLiteral("update_succeeded")));
        QVERIFY(why.contains(QStringLiteral("deployments")));
        QVERIFY(why.contains(QStringLiteral("update_failed")));
        // Nothing chosen: every event of the scope; a ping: every webhook.
        QCOMPARE(EventCatalog::excludedBy(Env, {}, {}, QStringLiteral("change_request_closed")),
                 QString());
        QCOMPARE(EventCatalog::excludedBy(Env, filters, groups, QStringLiteral("ping")), QString());
        // Another scope's event never is.
        QVERIFY(!EventCatalog::excludedBy(Env, {}, {}, QStringLiteral("update_failed")).isEmpty());
        QCOMPARE(EventCatalog::events(Env).first(), QStringLiteral("ping"));
        QCOMPARE(EventCatalog::events(Env).size(),
                 EnvironmentFilters.size() + ChangeRequestFilters.size() + 1);
    }

    void formatsPerScope_data()
    {
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<QStringList>("formats");
        QTest::newRow("organization") << Org << QStringList{"raw", "slack", "ms_teams"};
        QTest::newRow("stack") << Stack
                               << QStringList{"raw", "slack", "ms_teams", "pulumi_deployments"};
        QTest::newRow("environment")
            << Env << QStringList{"raw", "slack", "ms_teams", "pulumi_deployments"};
    }
    void formatsPerScope()
    {
        QFETCH(Scope, scope);
        QFETCH(QStringList, formats);
        QCOMPARE(sorted(EventCatalog::formats(scope)), sorted(formats));
    }

    void validate_data()
    {
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<QString>("offending"); // empty: valid
        // Valid combinations.
        QTest::newRow("nothing chosen") << Org << QStringList{} << QStringList{} << "";
        QTest::newRow("all five groups (organization)")
            << Org << QStringList{}
            << QStringList{"stacks", "deployments", "policies", "environments", "change_requests"}
            << "";
        QTest::newRow("all three groups (stack)")
            << Stack << QStringList{} << QStringList{"stacks", "deployments", "policies"} << "";
        QTest::newRow("organization-only filter")
            << Org << QStringList{"stack_created"} << QStringList{} << "";
        QTest::newRow("filter outside the chosen group")
            << Stack << QStringList{"update_failed"} << QStringList{"deployments"} << "";
        QTest::newRow("filters of several groups")
            << Org
            << QStringList{"environment_tag_updated", "change_request_applied",
                           "policy_violation_advisory"}
            << QStringList{} << "";
        QTest::newRow("rotation filter")
            << Org << QStringList{"environment_rotation_failed"} << QStringList{} << "";
        // Invalid ones: the message names the value at fault.
        QTest::newRow("unknown filter")
            << Org << QStringList{"update_started"} << QStringList{} << "update_started";
        QTest::newRow("unknown among known")
            << Stack << QStringList{"update_failed", "nope"} << QStringList{} << "nope";
        QTest::newRow("wrong case")
            << Org << QStringList{"Update_Failed"} << QStringList{} << "Update_Failed";
        QTest::newRow("unknown group") << Org << QStringList{} << QStringList{"alerts"} << "alerts";
        QTest::newRow("environments on a stack")
            << Stack << QStringList{} << QStringList{"stacks", "environments"} << "environments";
        QTest::newRow("change_requests on a stack")
            << Stack << QStringList{} << QStringList{"change_requests"} << "change_requests";
        QTest::newRow("stack_created on a stack")
            << Stack << QStringList{"stack_created"} << QStringList{} << "stack_created";
        QTest::newRow("environment filter on a stack")
            << Stack << QStringList{"environment_created"} << QStringList{}
            << "environment_created";
        QTest::newRow("filter covered by a group (organization)")
            << Org << QStringList{"update_failed"} << QStringList{"stacks"} << "update_failed";
        QTest::newRow("filter covered by a group (stack)")
            << Stack << QStringList{"drift_detected"} << QStringList{"policies", "deployments"}
            << "drift_detected";
        QTest::newRow("stacks on an environment")
            << Env << QStringList{} << QStringList{"stacks"} << "stacks";
        QTest::newRow("deployment filter on an environment")
            << Env << QStringList{"deployment_failed"} << QStringList{} << "deployment_failed";
        QTest::newRow("environment groups (environment)")
            << Env << QStringList{} << QStringList{"environments", "change_requests"} << "";
        QTest::newRow("filter covered by a group (environment)")
            << Env << QStringList{"environment_tag_created"} << QStringList{"environments"}
            << "environment_tag_created";
    }
    void validate()
    {
        QFETCH(Scope, scope);
        QFETCH(QStringList, filters);
        QFETCH(QStringList, groups);
        QFETCH(QString, offending);
        const QString message = EventCatalog::validate(scope, filters, groups);
        if (offending.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
        } else {
            QVERIFY(!message.isEmpty());
            QVERIFY2(message.contains(offending), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestEventCatalog)
#include "tst_eventcatalog.moc"
