#pragma once

#include <QString>

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

} // namespace wc
