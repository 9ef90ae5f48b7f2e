#include "model/Scope.h"

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

} // namespace wc
