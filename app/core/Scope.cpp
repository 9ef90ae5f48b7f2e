#include "Scope.h"

#include <QStringList>

namespace wc {

namespace {
const QString EnvironmentPrefix = QStringLiteral("env:");
}

bool Scope::isValid() const
{
    if (organization.isEmpty())
        return false;
    switch (kind()) {
    case Kind::Organization:
        return true;
    case Kind::Stack:
        return !project.isEmpty() && !stack.isEmpty();
    case Kind::Environment:
        return !project.isEmpty() && stack.isEmpty();
    }
    return false;
}

QString Scope::path() const
{
    switch (kind()) {
    case Kind::Organization:
        return organization;
    case Kind::Stack:
        return organization + u'/' + project + u'/' + stack;
    case Kind::Environment:
        return organization + u'/' + project + u'/' + EnvironmentPrefix + environment;
    }
    return organization;
}

QString Scope::displayPath() const
{
    return isOrganization() ? organization : organization + u'/' + name();
}

QString Scope::name() const
{
    switch (kind()) {
    case Kind::Organization:
        return QString();
    case Kind::Stack:
        return project + u'/' + stack;
    case Kind::Environment:
        return project + u'/' + environment;
    }
    return QString();
}

QString Scope::stackKey() const
{
    // Never a null string: the column is NOT NULL and '' means organization scope.
    switch (kind()) {
    case Kind::Organization:
        return QStringLiteral("");
    case Kind::Stack:
        return project + u'/' + stack;
    case Kind::Environment:
        return EnvironmentPrefix + project + u'/' + environment;
    }
    return QStringLiteral("");
}

std::optional<Scope> Scope::parse(const QString &path)
{
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty())
            return std::nullopt;
    }
    if (parts.size() == 1)
        return organizationScope(parts[0]);
    if (parts.size() != 3)
        return std::nullopt;
    if (parts[2].startsWith(EnvironmentPrefix)) {
        const QString environment = parts[2].mid(EnvironmentPrefix.size());
        if (environment.isEmpty())
            return std::nullopt;
        return environmentScope(parts[0], parts[1], environment);
    }
    if (parts[1].startsWith(EnvironmentPrefix) || parts[2].contains(u':'))
        return std::nullopt;
    return stackScope(parts[0], parts[1], parts[2]);
}

std::optional<WebhookRef> WebhookRef::parse(const QString &text)
{
    const qsizetype slash = text.lastIndexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    const auto scope = Scope::parse(text.left(slash));
    const QString name = text.mid(slash + 1);
    if (!scope || name.isEmpty())
        return std::nullopt;
    return WebhookRef{*scope, name};
}

} // namespace wc
