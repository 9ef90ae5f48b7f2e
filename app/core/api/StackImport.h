#pragma once

#include "Scope.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace wc {

/// Reads the JSON `pulumi stack ls --json` prints: an array of
/// `{"name", "current", "lastUpdate", "updateInProgress", "resourceCount", "url"}`.
/// `name` is Pulumi's friendly name: `org/project/stack`, `project/stack` (the user's default
/// organization) or `stack` (inside the project's folder); `url`
/// (`https://app.pulumi.com/org/project/stack`) carries the full identity when present.
struct StackImport
{
    QList<Scope> stacks;  ///< in the file's order, each once; several organizations allowed
    QStringList problems; ///< entries that could not be read, each in words

    /// `defaultOrganization` completes `project/stack` names, `defaultProject` bare `stack`
    /// ones (leave it empty to report those as problems). A document that is not such an
    /// array is one problem.
    [[nodiscard]] static StackImport parse(const QByteArray &json,
                                           const QString &defaultOrganization,
                                           const QString &defaultProject = {});
};

} // namespace wc
