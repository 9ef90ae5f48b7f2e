#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <optional>

namespace wc {

/// Where a webhook lives: an organization, one stack of it (project/stack), or one Pulumi ESC
/// environment of it (project/env).
struct Scope
{
    enum class Kind { Organization, Stack, Environment };

    QString organization;
    QString project;     ///< the stack's or the environment's project
    QString stack;       ///< a stack scope's stack
    QString environment; ///< an environment scope's environment

    [[nodiscard]] Kind kind() const
    {
        if (!environment.isEmpty())
            return Kind::Environment;
        return project.isEmpty() && stack.isEmpty() ? Kind::Organization : Kind::Stack;
    }
    [[nodiscard]] bool isOrganization() const { return kind() == Kind::Organization; }
    [[nodiscard]] bool isStack() const { return kind() == Kind::Stack; }
    [[nodiscard]] bool isEnvironment() const { return kind() == Kind::Environment; }
    [[nodiscard]] bool isValid() const;
    /// "ORG", "ORG/PROJECT/STACK" or "ORG/PROJECT/env:ENV" (environments: a REF must tell
    /// them from stacks, and names never hold ':').
    [[nodiscard]] QString path() const;
    /// What Pulumi's tooling shows: "ORG", "ORG/PROJECT/STACK" or "ORG/PROJECT/ENV".
    [[nodiscard]] QString displayPath() const;
    /// Key that distinguishes scopes inside one organization: "", "PROJECT/STACK" or
    /// "env:PROJECT/ENV".
    [[nodiscard]] QString stackKey() const;
    /// The part under the organization: "" , "PROJECT/STACK" or "PROJECT/ENV".
    [[nodiscard]] QString name() const;
    /// Parses what path() writes; nullopt for any other shape.
    [[nodiscard]] static std::optional<Scope> parse(const QString &path);

    static Scope organizationScope(const QString &org) { return Scope{org, {}, {}, {}}; }
    static Scope stackScope(const QString &org, const QString &project, const QString &stack)
    {
        return Scope{org, project, stack, {}};
    }
    static Scope environmentScope(const QString &org, const QString &project,
                                  const QString &environment)
    {
        return Scope{org, project, {}, environment};
    }

    friend bool operator==(const Scope &, const Scope &) = default;
};

/// A webhook's identity in every backend: its scope and its name, unique within that scope.
/// Written "ORG/NAME", "ORG/PROJECT/STACK/NAME" (as Pulumi's tooling writes them) or, for an
/// environment's, "ORG/PROJECT/env:ENV/NAME".
struct WebhookRef
{
    Scope scope;
    QString name;

    [[nodiscard]] bool isValid() const { return scope.isValid() && !name.isEmpty(); }
    [[nodiscard]] QString toString() const { return scope.path() + u'/' + name; }
    /// Parses "ORG/NAME", "ORG/PROJECT/STACK/NAME" or "ORG/PROJECT/env:ENV/NAME"; nullopt for
    /// any other shape.
    [[nodiscard]] static std::optional<WebhookRef> parse(const QString &text);

    friend bool operator==(const WebhookRef &, const WebhookRef &) = default;
};

inline size_t qHash(const Scope &scope, size_t seed = 0)
{
    return qHashMulti(seed, scope.organization, scope.project, scope.stack, scope.environment);
}

inline size_t qHash(const WebhookRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, ref.scope, ref.name);
}

} // namespace wc

Q_DECLARE_METATYPE(wc::Scope)
Q_DECLARE_METATYPE(wc::WebhookRef)
