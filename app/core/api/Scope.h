#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <optional>

namespace wc {

/// Where a webhook lives: an organization, or one stack (project/stack) of it.
struct Scope
{
    QString organization;
    QString project; ///< empty for organization scope
    QString stack;   ///< empty for organization scope

    [[nodiscard]] bool isStack() const { return !project.isEmpty() || !stack.isEmpty(); }
    [[nodiscard]] bool isValid() const;
    /// "ORG" or "ORG/PROJECT/STACK".
    [[nodiscard]] QString path() const;
    /// Key that distinguishes scopes inside one organization: "" or "PROJECT/STACK".
    [[nodiscard]] QString stackKey() const;

    static Scope organizationScope(const QString &org) { return Scope{org, {}, {}}; }
    static Scope stackScope(const QString &org, const QString &project, const QString &stack)
    {
        return Scope{org, project, stack};
    }

    friend bool operator==(const Scope &, const Scope &) = default;
};

/// A webhook's identity in every backend: its scope and its name, unique within that scope.
/// Written as Pulumi's tooling writes it: "ORG/NAME" or "ORG/PROJECT/STACK/NAME".
struct WebhookRef
{
    Scope scope;
    QString name;

    [[nodiscard]] bool isValid() const { return scope.isValid() && !name.isEmpty(); }
    [[nodiscard]] QString toString() const { return scope.path() + u'/' + name; }
    /// Parses "ORG/NAME" or "ORG/PROJECT/STACK/NAME"; nullopt for any other shape.
    [[nodiscard]] static std::optional<WebhookRef> parse(const QString &text);

    friend bool operator==(const WebhookRef &, const WebhookRef &) = default;
};

inline size_t qHash(const Scope &scope, size_t seed = 0)
{
    return qHashMulti(seed, scope.organization, scope.project, scope.stack);
}

inline size_t qHash(const WebhookRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, ref.scope, ref.name);
}

} // namespace wc

Q_DECLARE_METATYPE(wc::Scope)
Q_DECLARE_METATYPE(wc::WebhookRef)
