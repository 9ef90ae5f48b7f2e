#include "Scope.h"

#include <QStringList>

namespace wc {

bool Scope::isValid() const
{
    if (organization.isEmpty())
        return false;
    // A stack scope needs both halves.
    return project.isEmpty() == stack.isEmpty();
}

QString Scope::path() const
{
    return isStack() ? organization + u'/' + project + u'/' + stack : organization;
}

QString Scope::stackKey() const
{
    // Never a null string: the column is NOT NULL and '' means organization scope.
    return isStack() ? project + u'/' + stack : QStringLiteral("");
}

std::optional<WebhookRef> WebhookRef::parse(const QString &text)
{
    const QStringList parts = text.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty())
            return std::nullopt;
    }
    if (parts.size() == 2)
        return WebhookRef{Scope::organizationScope(parts[0]), parts[1]};
    if (parts.size() == 4)
        return WebhookRef{Scope::stackScope(parts[0], parts[1], parts[2]), parts[3]};
    return std::nullopt;
}

} // namespace wc
