#pragma once

#include "Scope.h"
#include "Webhook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wc {

/// One webhook of an exported program.
struct PulumiProgramResource
{
    WebhookRef webhook;
    /// The resource's key under `resources:`: a camelCase identifier from the scope and the
    /// name ("acme/web/prod/deploy-hook" → "acmeWebProdDeployHook"), unique in the program.
    QString logicalName;
    /// The secret config key its `secret` property refers to; empty when it has no secret.
    QString secretConfigKey;
    /// Its format, filters and groups that the provider's schema does not list (Pulumi Cloud
    /// knows them; the provider's enums lag behind): written anyway, named in a comment above
    /// the resource and in the warnings.
    QStringList unlistedValues;
    /// The provider's import ID of the existing webhook: "ORG/NAME", "ORG/PROJECT/STACK/NAME"
    /// or "ORG/environment/PROJECT/ENV/NAME".
    QString importId;
};

/// A Pulumi YAML program (`Pulumi.yaml`) that manages webhooks as code.
struct PulumiProgram
{
    /// The program's `name:`, a valid Pulumi project name.
    QString projectName;
    /// The whole `Pulumi.yaml`, UTF-8 text ready to save.
    QString yaml;
    /// `pulumi config set --secret KEY`, one per webhook with a secret: with no value on the
    /// command line, Pulumi prompts for it, which keeps it out of the shell's history. (The
    /// value is never known here: Pulumi never returns a secret.) Also listed in the YAML's
    /// header comment.
    QStringList secretCommands;
    /// Sentences for the user: a project name that was replaced, values the provider's schema
    /// does not list, webhooks given twice, and that the provider sets no webhook name.
    QStringList warnings;
    /// The exported webhooks, in the program's order.
    QList<PulumiProgramResource> resources;
};

/// Pulumi's rule for project names: 1–100 letters, digits, `_`, `.`, `-`, not starting with a
/// digit or `-`.
[[nodiscard]] bool isValidPulumiProjectName(const QString &name);

/// The Pulumi YAML program for `webhooks`: `name: projectName` ("webhooks" when empty; an
/// invalid name is made valid, with a warning), `runtime: yaml`, and one
/// `pulumiservice:index:Webhook` resource per webhook, with the input properties of the
/// provider's schema:
///
/// | webhook                    | property                           |
/// | -------------------------- | ---------------------------------- |
/// | scope.organization         | organizationName                   |
/// | scope.project              | projectName (stacks, environments) |
/// | scope.stack                | stackName                          |
/// | scope.environment          | environmentName                    |
/// | displayName                | displayName                        |
/// | payloadUrl                 | payloadUrl                         |
/// | format                     | format                             |
/// | active                     | active                             |
/// | filters, groups            | filters, groups (when not empty)   |
/// | hasSecret                  | secret: "${KEY}", KEY a secret config value |
///
/// The webhook's `name` is no input of the provider (Pulumi Cloud names what it creates): it
/// is in the resource's logical name, and in a commented-out `options: import:` to adopt the
/// existing webhook instead of creating another. Secrets are never written: each is a config
/// key declared `type: string`, `secret: true`, set with `secretCommands`.
///
/// Every string is a double-quoted YAML scalar (no name can turn into a boolean, a number, an
/// alias or a comment); characters that are not printable, and format characters such as
/// bidirectional overrides, are escaped. In property values, `$` is written `$$`: Pulumi YAML
/// reads `${…}` as an interpolation. Resources are sorted by scope and name, so the same
/// webhooks always give the same program whatever their order.
[[nodiscard]] PulumiProgram exportPulumiProgram(const QList<Webhook> &webhooks,
                                                const QString &projectName = {});

} // namespace wc
