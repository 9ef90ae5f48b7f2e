#include "PulumiProgram.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <tuple>

namespace wc {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PulumiProgram)
};

constexpr auto ResourceType = "pulumiservice:index:Webhook";
constexpr auto DefaultProjectName = "webhooks";
constexpr int MaxProjectNameLength = 100;

// The enum values of the provider's schema (pulumi/pulumi-pulumiservice schema.json @ dc76a01,
// tests/reference/pulumiservice-webhook-resources.json): pulumiservice:index:WebhookFormat,
// WebhookGroup and WebhookFilters. tst_pulumiprogram checks what is written against the file.
constexpr const char *ProviderFormats[] = {"raw", "slack", "pulumi_deployments", "ms_teams"};
constexpr const char *ProviderGroups[] = {"stacks", "deployments", "environments"};
constexpr const char *ProviderFilters[] = {
    "stack_created",
    "stack_deleted",
    "update_succeeded",
    "update_failed",
    "preview_succeeded",
    "preview_failed",
    "destroy_succeeded",
    "destroy_failed",
    "refresh_succeeded",
    "refresh_failed",
    "deployment_queued",
    "deployment_started",
    "deployment_succeeded",
    "deployment_failed",
    "drift_detected",
    "drift_detection_succeeded",
    "drift_detection_failed",
    "drift_remediation_succeeded",
    "drift_remediation_failed",
    "environment_created",
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
    "environment_rotation_failed",
};

template <std::size_t N> bool listed(const char *const (&values)[N], const QString &value)
{
    return std::any_of(std::begin(values), std::end(values),
                       [&](const char *v) { return value == QLatin1StringView(v); });
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isProjectNameChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_' || c == u'.' || c == u'-';
}

// --- YAML scalars ---------------------------------------------------------------------------

/// Whether a code point is written as an escape: what YAML does not allow raw (C0 and C1
/// controls, DEL, surrogates, U+FFFE/U+FFFF), what PyYAML and YAML 1.1 take for a line break
/// (U+0085, U+2028, U+2029), and what hides or reorders text on screen (format characters such
/// as U+202E, private use and unassigned code points). ZWJ and ZWNJ stay: emoji sequences and
/// several scripts need them.
bool needsEscape(char32_t cp)
{
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
        return true;
    if (cp == 0x200c || cp == 0x200d)
        return false;
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString hex(char32_t cp, int width)
{
    return QString::number(cp, 16).toUpper().rightJustified(width, u'0');
}

/// The inside of a double-quoted YAML scalar for `text`; never holds a line break or a
/// non-printable character, so it is also safe in a comment. A lone surrogate (not text)
/// becomes U+FFFD.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t cp = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            cp = 0xfffd;
        }
        switch (cp) {
        case u'"':
            out += QStringLiteral("\\\"");
            continue;
        case u'\\':
            out += QStringLiteral("\\\\");
            continue;
        case u'\n':
            out += QStringLiteral("\\n");
            continue;
        case u'\t':
            out += QStringLiteral("\\t");
            continue;
        case u'\r':
            out += QStringLiteral("\\r");
            continue;
        default:
            break;
        }
        if (!needsEscape(cp)) {
            if (QChar::requiresSurrogates(cp)) {
                out += QChar(QChar::highSurrogate(cp));
                out += QChar(QChar::lowSurrogate(cp));
            } else {
                out += QChar(char16_t(cp));
            }
        } else if (cp <= 0xff) {
            out += QStringLiteral("\\x") + hex(cp, 2);
        } else if (cp <= 0xffff) {
            out += QStringLiteral("\\u") + hex(cp, 4);
        } else {
            out += QStringLiteral("\\U") + hex(cp, 8);
        }
    }
    return out;
}

/// `text` as a double-quoted YAML scalar: always a string, whatever it looks like.
QString quoted(const QString &text)
{
    return u'"' + escaped(text) + u'"';
}

/// A string property of a resource: Pulumi YAML reads `${…}` in it as an interpolation, and
/// `$$` as `$`.
QString literal(const QString &text)
{
    QString dollars = text;
    dollars.replace(u'$', QStringLiteral("$$"));
    return quoted(dollars);
}

/// A mapping key: plain when it is an identifier no YAML reads as anything but a string.
QString key(const QString &name)
{
    static const QSet<QString> special{
        QStringLiteral("y"),    QStringLiteral("n"),     QStringLiteral("yes"),
        QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
    };
    bool plain =
        !name.isEmpty() && isAsciiLetter(name.front()) && !special.contains(name.toLower());
    for (QChar c : name)
        plain = plain && (isAsciiLetter(c) || isAsciiDigit(c));
    return plain ? name : quoted(name);
}

// --- names ----------------------------------------------------------------------------------

/// "acme/web/prod/deploy-hook" → "acmeWebProdDeployHook": the ASCII letters and digits of the
/// parts, each run of them a word, the first word starting in lower case. Never empty, always
/// starting with a letter.
QString identifier(const QStringList &parts)
{
    QStringList words;
    for (const QString &part : parts) {
        QString word;
        for (QChar c : part) {
            if (isAsciiLetter(c) || isAsciiDigit(c)) {
                word += c;
            } else if (!word.isEmpty()) {
                words += word;
                word.clear();
            }
        }
        if (!word.isEmpty())
            words += word;
    }
    QString id;
    for (const QString &word : std::as_const(words)) {
        if (id.isEmpty()) {
            // "ACME" → "acme", "MyOrg" → "myOrg"
            id = word == word.toUpper() ? word.toLower() : word.front().toLower() + word.mid(1);
        } else {
            id += word.front().toUpper() + word.mid(1);
        }
    }
    if (id.isEmpty())
        return QStringLiteral("webhook");
    if (!isAsciiLetter(id.front()))
        id = QStringLiteral("webhook") + id;
    return id;
}

/// `base`, or `base2`, `base3`… : the first not in `used`, which then holds it.
QString unique(const QString &base, QSet<QString> &used)
{
    QString name = base;
    for (int n = 2; used.contains(name); ++n)
        name = base + QString::number(n);
    used.insert(name);
    return name;
}

QString importId(const Webhook &w)
{
    switch (w.scope.kind()) {
    case Scope::Kind::Organization:
        return w.scope.organization + u'/' + w.name;
    case Scope::Kind::Stack:
        return w.scope.organization + u'/' + w.scope.project + u'/' + w.scope.stack + u'/' + w.name;
    case Scope::Kind::Environment:
        return w.scope.organization + QStringLiteral("/environment/") + w.scope.project + u'/' +
               w.scope.environment + u'/' + w.name;
    }
    return w.scope.organization + u'/' + w.name;
}

/// A valid project name from `name`: runs of other characters become one "-".
QString validProjectName(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (isProjectNameChar(c))
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    if (out.isEmpty())
        return QString::fromLatin1(DefaultProjectName);
    out.truncate(MaxProjectNameLength);
    if (!isValidPulumiProjectName(out)) // starts with a digit
        out = (QString::fromLatin1(DefaultProjectName) + u'-' + out).left(MaxProjectNameLength);
    return out;
}

QString quotedList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        out += QStringLiteral("“%1”").arg(v);
    return out.join(QStringLiteral(", "));
}

struct Entry
{
    Webhook webhook;
    PulumiProgramResource resource;
};
} // namespace

bool isValidPulumiProjectName(const QString &name)
{
    if (name.isEmpty() || name.size() > MaxProjectNameLength)
        return false;
    if (!isAsciiLetter(name.front()) && name.front() != u'_' && name.front() != u'.')
        return false;
    return std::all_of(name.begin(), name.end(), isProjectNameChar);
}

PulumiProgram exportPulumiProgram(const QList<Webhook> &webhooks, const QString &projectName)
{
    PulumiProgram program;

    program.projectName =
        projectName.isEmpty() ? QString::fromLatin1(DefaultProjectName) : projectName;
    if (!isValidPulumiProjectName(program.projectName)) {
        program.projectName = validProjectName(projectName);
        program.warnings +=
            Tr::tr(
                "“%1” is not a Pulumi project name (up to 100 letters, digits, “_”, “.” and “-”, "
                "not starting with a digit or “-”): the program is named “%2”.")
                .arg(escaped(projectName), program.projectName);
    }

    // One resource per webhook, sorted by scope and name: the same webhooks give the same
    // program, and the same logical names, in whatever order they are chosen.
    QList<Entry> entries;
    QSet<WebhookRef> seen;
    for (const Webhook &w : webhooks) {
        if (seen.contains(w.ref())) {
            program.warnings += Tr::tr("%1 was chosen more than once; it is exported once.")
                                    .arg(escaped(w.ref().toString()));
            continue;
        }
        seen.insert(w.ref());
        entries += Entry{w, {}};
    }
    const auto sortKey = [](const Webhook &w) {
        return std::tie(w.scope.organization, w.scope.project, w.scope.stack, w.scope.environment,
                        w.name);
    };
    std::sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        return sortKey(a.webhook) < sortKey(b.webhook);
    });

    // Resources and config values share one namespace in Pulumi YAML (both are `${name}`).
    QSet<QString> used{QStringLiteral("pulumi")};
    for (Entry &e : entries) {
        const Webhook &w = e.webhook;
        PulumiProgramResource &r = e.resource;
        r.webhook = w.ref();
        r.logicalName = unique(identifier({w.scope.organization, w.scope.project, w.scope.stack,
                                           w.scope.environment, w.name}),
                               used);
        if (w.hasSecret)
            r.secretConfigKey = unique(r.logicalName + QStringLiteral("Secret"), used);
        r.importId = importId(w);
        if (!listed(ProviderFormats, w.format))
            r.unlistedValues += w.format;
        for (const QString &f : w.filters) {
            if (!listed(ProviderFilters, f) && !r.unlistedValues.contains(f))
                r.unlistedValues += f;
        }
        for (const QString &g : w.groups) {
            if (!listed(ProviderGroups, g) && !r.unlistedValues.contains(g))
                r.unlistedValues += g;
        }
        if (!r.unlistedValues.isEmpty()) {
            program.warnings +=
                Tr::tr("%1: the provider’s schema does not list %2; `pulumi up` may "
                       "refuse this webhook.")
                    .arg(escaped(w.ref().toString()), escaped(quotedList(r.unlistedValues)));
        }
        if (w.hasSecret) {
            program.secretCommands +=
                QStringLiteral("pulumi config set --secret ") + r.secretConfigKey;
        }
    }
    if (!entries.isEmpty()) {
        program.warnings +=
            Tr::tr("The provider takes no webhook name: `pulumi up` creates new webhooks, which "
                   "Pulumi Cloud names itself. To manage a webhook that already exists instead, "
                   "uncomment the `options: import:` lines under its resource.");
    }

    QStringList y;
    y += QStringLiteral("# Pulumi YAML program exported by Webhook Console: one %1 resource")
             .arg(QLatin1StringView(ResourceType));
    y += QStringLiteral("# per webhook (https://www.pulumi.com/registry/packages/pulumiservice/).");
    if (!program.secretCommands.isEmpty()) {
        y += QStringLiteral("#");
        y += QStringLiteral("# Secrets are never written here. Before `pulumi up`, set each "
                            "webhook's secret (the");
        y += QStringLiteral("# command prompts for it, which keeps it out of your shell "
                            "history):");
        for (const QString &command : std::as_const(program.secretCommands))
            y += QStringLiteral("#   ") + command;
    }
    y += QStringLiteral("#");
    y += QStringLiteral("# The provider takes no webhook name: Pulumi Cloud names the webhooks "
                        "`pulumi up` creates.");
    y += QStringLiteral("# To manage a webhook that already exists instead, uncomment the "
                        "`options: import:`");
    y += QStringLiteral("# lines under its resource.");
    y += QStringLiteral("name: ") + quoted(program.projectName);
    y += QStringLiteral("runtime: yaml");
    y += QStringLiteral("description: ") +
         quoted(QStringLiteral("Pulumi Cloud webhooks exported from Webhook Console"));

    bool anySecret = false;
    for (const Entry &e : std::as_const(entries))
        anySecret = anySecret || !e.resource.secretConfigKey.isEmpty();
    if (anySecret) {
        y += QStringLiteral("config:");
        for (const Entry &e : std::as_const(entries)) {
            if (e.resource.secretConfigKey.isEmpty())
                continue;
            y += QStringLiteral("  ") + key(e.resource.secretConfigKey) + u':';
            y += QStringLiteral("    type: string");
            y += QStringLiteral("    secret: true");
        }
    }

    if (entries.isEmpty()) {
        y += QStringLiteral("resources: {}");
    } else {
        y += QStringLiteral("resources:");
    }
    for (const Entry &e : std::as_const(entries)) {
        const Webhook &w = e.webhook;
        const PulumiProgramResource &r = e.resource;
        y += QString();
        y += QStringLiteral("  # ") + escaped(r.webhook.toString());
        if (!r.unlistedValues.isEmpty()) {
            QStringList values;
            for (const QString &v : r.unlistedValues)
                values += quoted(v);
            y += QStringLiteral("  # Not in the provider's schema, so `pulumi up` may refuse "
                                "them: ") +
                 values.join(QStringLiteral(", "));
        }
        y += QStringLiteral("  ") + key(r.logicalName) + u':';
        y += QStringLiteral("    type: ") + QLatin1StringView(ResourceType);
        y += QStringLiteral("    properties:");
        const auto property = [&](const char *name, const QString &value) {
            y += QStringLiteral("      ") + QLatin1StringView(name) + QStringLiteral(": ") + value;
        };
        const auto list = [&](const char *name, const QStringList &values) {
            if (values.isEmpty())
                return;
            y += QStringLiteral("      ") + QLatin1StringView(name) + u':';
            for (const QString &v : values)
                y += QStringLiteral("        - ") + literal(v);
        };
        property("organizationName", literal(w.scope.organization));
        if (w.scope.isStack()) {
            property("projectName", literal(w.scope.project));
            property("stackName", literal(w.scope.stack));
        } else if (w.scope.isEnvironment()) {
            property("projectName", literal(w.scope.project));
            property("environmentName", literal(w.scope.environment));
        }
        property("displayName", literal(w.displayName));
        property("payloadUrl", literal(w.payloadUrl));
        property("format", literal(w.format));
        property("active", w.active ? QStringLiteral("true") : QStringLiteral("false"));
        list("filters", w.filters);
        list("groups", w.groups);
        if (!r.secretConfigKey.isEmpty())
            property("secret", quoted(QStringLiteral("${") + r.secretConfigKey + u'}'));
        y += QStringLiteral("    # To manage the existing webhook instead of creating another, "
                            "uncomment:");
        y += QStringLiteral("    # options:");
        y += QStringLiteral("    #   import: ") + literal(r.importId);

        program.resources += r;
    }

    program.yaml = y.join(u'\n') + u'\n';
    return program;
}

} // namespace wc
