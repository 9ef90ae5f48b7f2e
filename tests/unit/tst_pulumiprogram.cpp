#include "EventCatalog.h"
#include "PulumiProgram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <random>
#include <utility>

using namespace wc;

namespace {
const QString ResourceType = QStringLiteral("pulumiservice:index:Webhook");
const QRegularExpression Identifier(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));

QString sourceDir()
{
    const QString dir = qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR");
    if (!dir.isEmpty())
        return dir;
    return QFileInfo(QStringLiteral(__FILE__))
        .absoluteDir()
        .absoluteFilePath(QStringLiteral("../.."));
}

/// The webhook resource of the provider's schema (tests/reference, unchanged from
/// pulumi/pulumi-pulumiservice): its input properties and the values of its enums.
struct ProviderSchema
{
    QJsonObject inputs;
    QStringList requiredInputs;
    QSet<QString> formats;
    QSet<QString> filters;
    QSet<QString> groups;
    QString error;
};

QSet<QString> enumValues(const QJsonObject &types, const QJsonObject &typeRef)
{
    const QString ref = typeRef.value(u"$ref").toString();
    const QString prefix = QStringLiteral("#/types/");
    QSet<QString> out;
    if (!ref.startsWith(prefix))
        return out;
    for (const QJsonValue &e :
         types.value(ref.mid(prefix.size())).toObject().value(u"enum").toArray())
        out.insert(e.toObject().value(u"value").toString());
    return out;
}

ProviderSchema loadSchema()
{
    ProviderSchema s;
    QFile file(sourceDir() +
               QStringLiteral("/tests/reference/pulumiservice-webhook-resources.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        s.error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return s;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject resource = root.value(u"resources").toObject().value(ResourceType).toObject();
    const QJsonObject types = root.value(u"types").toObject();
    s.inputs = resource.value(u"inputProperties").toObject();
    for (const QJsonValue &v : resource.value(u"requiredInputs").toArray())
        s.requiredInputs += v.toString();
    s.formats = enumValues(types, s.inputs.value(u"format").toObject());
    s.filters = enumValues(types, s.inputs.value(u"filters").toObject().value(u"items").toObject());
    s.groups = enumValues(types, s.inputs.value(u"groups").toObject().value(u"items").toObject());
    if (s.inputs.isEmpty() || s.formats.isEmpty() || s.filters.isEmpty() || s.groups.isEmpty())
        s.error = file.fileName() + QStringLiteral(": no ") + ResourceType +
                  QStringLiteral(" with its enums");
    return s;
}

/// The YAML as a real YAML parser (PyYAML's safe_load) reads it, as JSON. Fails the test
/// (never skips) when python3 or PyYAML (Debian: python3-yaml) is missing.
QJsonObject parseYaml(const QString &yaml, QString *error)
{
    static const QString script =
        QStringLiteral("import json, sys\n"
                       "import yaml\n"
                       "try:\n"
                       "    data = yaml.safe_load(sys.stdin.buffer.read())\n"
                       "except yaml.YAMLError as e:\n"
                       "    sys.stderr.write(str(e))\n"
                       "    sys.exit(3)\n"
                       "json.dump({'document': data}, sys.stdout, ensure_ascii=True)\n");
    QProcess python;
    python.start(qEnvironmentVariable("WEBHOOK_CONSOLE_PYTHON", QStringLiteral("python3")),
                 {QStringLiteral("-c"), script});
    if (!python.waitForStarted(10000)) {
        *error = QStringLiteral("python3 did not start: ") + python.errorString();
        return {};
    }
    python.write(yaml.toUtf8());
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0) {
        *error = QStringLiteral("PyYAML refused the program (exit %1): %2")
                     .arg(python.exitCode())
                     .arg(QString::fromUtf8(python.readAllStandardError()));
        return {};
    }
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput(), &jsonError);
    if (doc.isNull()) {
        *error = jsonError.errorString();
        return {};
    }
    const QJsonValue document = doc.object().value(u"document");
    if (!document.isObject()) {
        *error = QStringLiteral("the document is not a mapping");
        return {};
    }
    return document.toObject();
}

/// What Pulumi YAML makes of a string property (pulumi-yaml's parseInterpolate): "$$" is "$",
/// "${" starts an interpolation (then `interpolation` is set).
QString pulumiLiteral(const QString &value, bool *interpolation)
{
    *interpolation = false;
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'$' && i + 1 < value.size() && value.at(i + 1) == u'$') {
            out += u'$';
            ++i;
        } else if (value.at(i) == u'$' && i + 1 < value.size() && value.at(i + 1) == u'{') {
            *interpolation = true;
            return {};
        } else {
            out += value.at(i);
        }
    }
    return out;
}

Webhook hook(const Scope &scope, const QString &name)
{
    Webhook w;
    w.scope = scope;
    w.name = name;
    w.displayName = QStringLiteral("Hook ") + name;
    w.payloadUrl = QStringLiteral("https://hooks.example.com/") + name;
    return w;
}

Scope org()
{
    return Scope::organizationScope(QStringLiteral("acme"));
}
Scope stack()
{
    return Scope::stackScope(QStringLiteral("acme"), QStringLiteral("web"), QStringLiteral("prod"));
}
Scope environment()
{
    return Scope::environmentScope(QStringLiteral("acme"), QStringLiteral("web"),
                                   QStringLiteral("staging"));
}

QJsonArray array(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

/// The comment lines right above the resource `logicalName` in the YAML text.
QStringList commentsAbove(const QString &yaml, const QString &logicalName)
{
    const QStringList lines = yaml.split(u'\n');
    const qsizetype at = lines.indexOf(QStringLiteral("  ") + logicalName + u':');
    QStringList out;
    for (qsizetype i = at - 1; i >= 0 && lines.at(i).startsWith(QStringLiteral("  #")); --i)
        out.prepend(lines.at(i));
    return out;
}
} // namespace

// wc::exportPulumiProgram: a Pulumi YAML program that Pulumi's provider and a YAML parser read
// as meant, whatever the names hold, with secrets as references to secret config only.
class TestPulumiProgram : public QObject
{
    Q_OBJECT

    ProviderSchema schema;

    /// Parses the program, failing the test when it does not parse.
    QJsonObject parsed(const PulumiProgram &program)
    {
        QString error;
        const QJsonObject doc = parseYaml(program.yaml, &error);
        if (!error.isEmpty())
            qWarning().noquote() << error << "\n" << program.yaml;
        return doc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        schema = loadSchema();
        QVERIFY2(schema.error.isEmpty(), qPrintable(schema.error));
        QString error;
        const QJsonObject probe = parseYaml(QStringLiteral("a: 1\n"), &error);
        QVERIFY2(error.isEmpty(),
                 qPrintable(error + QStringLiteral(" (install python3-yaml: PyYAML judges "
                                                   "the exported YAML)")));
        QCOMPARE(probe.value(u"a").toInt(), 1);
    }

    // The scopes, each property, inactive webhooks, and the import IDs.
    void mapsEachScopeToTheProvidersInputs()
    {
        Webhook orgHook = hook(org(), QStringLiteral("deploy-hook"));
        orgHook.format = QStringLiteral("slack");
        orgHook.filters = {QStringLiteral("update_failed"), QStringLiteral("stack_created")};
        Webhook stackHook = hook(stack(), QStringLiteral("deploy-hook"));
        stackHook.active = false;
        stackHook.hasSecret = true;
        stackHook.groups = {QStringLiteral("stacks"), QStringLiteral("deployments")};
        Webhook envHook = hook(environment(), QStringLiteral("rotations"));
        envHook.format = QStringLiteral("ms_teams");
        envHook.filters = {QStringLiteral("environment_rotation_failed")};

        const PulumiProgram program = exportPulumiProgram({envHook, stackHook, orgHook});
        const QJsonObject doc = parsed(program);
        QVERIFY(!doc.isEmpty());

        QCOMPARE(program.projectName, QStringLiteral("webhooks"));
        QCOMPARE(doc.value(u"name"), QJsonValue(QStringLiteral("webhooks")));
        QCOMPARE(doc.value(u"runtime"), QJsonValue(QStringLiteral("yaml")));
        QVERIFY(doc.value(u"description").isString());
        const QJsonObject config{{QStringLiteral("acmeWebProdDeployHookSecret"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                              {QStringLiteral("secret"), true}}}};
        QCOMPARE(doc.value(u"config").toObject(), config);

        const auto resource = [](const QJsonObject &properties) {
            return QJsonObject{{QStringLiteral("type"), ResourceType},
                               {QStringLiteral("properties"), properties}};
        };
        const QJsonObject expected{
            {QStringLiteral("acmeDeployHook"),
             resource({
                 {QStringLiteral("organizationName"), QStringLiteral("acme")},
                 {QStringLiteral("displayName"), QStringLiteral("Hook deploy-hook")},
                 {QStringLiteral("payloadUrl"),
                  QStringLiteral("https://hooks.example.com/deploy-hook")},
                 {QStringLiteral("format"), QStringLiteral("slack")},
                 {QStringLiteral("active"), true},
                 {QStringLiteral("filters"), array(orgHook.filters)},
             })},
            {QStringLiteral("acmeWebProdDeployHook"),
             resource({
                 {QStringLiteral("organizationName"), QStringLiteral("acme")},
                 {QStringLiteral("projectName"), QStringLiteral("web")},
                 {QStringLiteral("stackName"), QStringLiteral("prod")},
                 {QStringLiteral("displayName"), QStringLiteral("Hook deploy-hook")},
                 {QStringLiteral("payloadUrl"),
                  QStringLiteral("https://hooks.example.com/deploy-hook")},
                 {QStringLiteral("format"), QStringLiteral("raw")},
                 {QStringLiteral("active"), false},
                 {QStringLiteral("groups"), array(stackHook.groups)},
                 {QStringLiteral("secret"), QStringLiteral("${acmeWebProdDeployHookSecret}")},
             })},
            {QStringLiteral("acmeWebStagingRotations"),
             resource({
                 {QStringLiteral("organizationName"), QStringLiteral("acme")},
                 {QStringLiteral("projectName"), QStringLiteral("web")},
                 {QStringLiteral("environmentName"), QStringLiteral("staging")},
                 {QStringLiteral("displayName"), QStringLiteral("Hook rotations")},
                 {QStringLiteral("payloadUrl"),
                  QStringLiteral("https://hooks.example.com/rotations")},
                 {QStringLiteral("format"), QStringLiteral("ms_teams")},
                 {QStringLiteral("active"), true},
                 {QStringLiteral("filters"), array(envHook.filters)},
             })},
        };
        QCOMPARE(doc.value(u"resources").toObject(), expected);

        // Sorted by scope and name, whatever the order given.
        QCOMPARE(program.resources.size(), 3);
        QCOMPARE(program.resources[0].webhook, orgHook.ref());
        QCOMPARE(program.resources[0].importId, QStringLiteral("acme/deploy-hook"));
        QCOMPARE(program.resources[1].webhook, envHook.ref());
        QCOMPARE(program.resources[1].importId,
                 QStringLiteral("acme/environment/web/staging/rotations"));
        QCOMPARE(program.resources[2].webhook, stackHook.ref());
        QCOMPARE(program.resources[2].importId, QStringLiteral("acme/web/prod/deploy-hook"));
        QCOMPARE(program.resources[2].logicalName, QStringLiteral("acmeWebProdDeployHook"));
        QCOMPARE(program.resources[2].secretConfigKey,
                 QStringLiteral("acmeWebProdDeployHookSecret"));
        for (const PulumiProgramResource &r : program.resources)
            QVERIFY(r.unlistedValues.isEmpty());

        // The provider takes no name: the warning says so, once.
        QCOMPARE(program.warnings.size(), 1);
        QVERIFY(program.warnings[0].contains(u"import"));

        // The commented-out import option is right once uncommented.
        QString uncommented = program.yaml;
        uncommented.replace(QStringLiteral("\n    # options:\n    #   import: "),
                            QStringLiteral("\n    options:\n      import: "));
        QString error;
        const QJsonObject adopted = parseYaml(uncommented, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const PulumiProgramResource &r : program.resources) {
            const QJsonObject options = adopted.value(u"resources")
                                            .toObject()
                                            .value(r.logicalName)
                                            .toObject()
                                            .value(u"options")
                                            .toObject();
            QCOMPARE(options.value(u"import"), QJsonValue(r.importId));
            QCOMPARE(options.size(), 1);
        }
    }

    // Every property written is an input of pulumiservice:index:Webhook, and every format,
    // filter and group one of its enum values, unless flagged (in `unlistedValues`, the
    // warnings and a comment above the resource). Flagged are exactly the values the
    // schema lacks.
    void writesOnlyTheProvidersInputsAndEnumValues()
    {
        QList<Webhook> webhooks;
        for (const Scope &scope : {org(), stack(), environment()}) {
            QStringList formats = EventCatalog::formats(scope);
            formats += QStringLiteral("carrier_pigeon");
            for (const QString &format : std::as_const(formats)) {
                Webhook w = hook(scope, QStringLiteral("hook-") + format);
                w.format = format;
                w.hasSecret = true;
                w.active = format != QStringLiteral("raw");
                w.filters = EventCatalog::filters(scope);
                for (const EventCatalog::Group &g : EventCatalog::groups(scope))
                    w.groups += g.name;
                webhooks += w;
            }
            Webhook bare = hook(scope, QStringLiteral("bare"));
            webhooks += bare;
        }
        const PulumiProgram program = exportPulumiProgram(webhooks, QStringLiteral("hooks"));
        const QJsonObject doc = parsed(program);
        QVERIFY(!doc.isEmpty());
        const QJsonObject resources = doc.value(u"resources").toObject();
        QCOMPARE(resources.size(), webhooks.size());
        QCOMPARE(program.resources.size(), webhooks.size());

        QVERIFY2(!schema.inputs.contains(u"name"),
                 "the provider now takes a name: export it (and drop the import note)");
        QVERIFY(schema.inputs.value(u"secret").toObject().value(u"secret").toBool());

        QSet<QString> flaggedSomewhere;
        for (const PulumiProgramResource &r : program.resources) {
            const Webhook w = *std::find_if(webhooks.cbegin(), webhooks.cend(),
                                            [&](const Webhook &x) { return x.ref() == r.webhook; });
            const QJsonObject res = resources.value(r.logicalName).toObject();
            QCOMPARE(res.value(u"type").toString(), ResourceType);
            const QJsonObject props = res.value(u"properties").toObject();
            for (auto it = props.begin(); it != props.end(); ++it)
                QVERIFY2(schema.inputs.contains(it.key()), qPrintable(it.key()));
            for (const QString &required : std::as_const(schema.requiredInputs))
                QVERIFY2(props.contains(required), qPrintable(required));

            QStringList expectedUnlisted;
            const auto check = [&](const QString &value, const QSet<QString> &allowed) {
                if (!allowed.contains(value) && !expectedUnlisted.contains(value))
                    expectedUnlisted += value;
            };
            QCOMPARE(props.value(u"format").toString(), w.format);
            check(props.value(u"format").toString(), schema.formats);
            for (const QJsonValue &f : props.value(u"filters").toArray())
                check(f.toString(), schema.filters);
            for (const QJsonValue &g : props.value(u"groups").toArray())
                check(g.toString(), schema.groups);
            QCOMPARE(props.value(u"filters").toArray(),
                     w.filters.isEmpty() ? QJsonArray() : array(w.filters));
            QCOMPARE(props.value(u"groups").toArray(),
                     w.groups.isEmpty() ? QJsonArray() : array(w.groups));
            QCOMPARE(props.value(u"active"), QJsonValue(w.active));

            // Flagged: exactly the values the schema lacks, each in a warning naming the
            // webhook and in a comment right above the resource.
            QCOMPARE(r.unlistedValues, expectedUnlisted);
            const QStringList comments = commentsAbove(program.yaml, r.logicalName);
            for (const QString &value : std::as_const(expectedUnlisted)) {
                flaggedSomewhere.insert(value);
                QVERIFY2(comments.join(u'\n').contains(u'"' + value + u'"'), qPrintable(value));
                QVERIFY(std::any_of(program.warnings.cbegin(), program.warnings.cend(),
                                    [&](const QString &warning) {
                                        return warning.contains(r.webhook.toString()) &&
                                               warning.contains(value);
                                    }));
            }
            if (expectedUnlisted.isEmpty())
                QVERIFY(!comments.join(u'\n').contains(QStringLiteral("schema")));
        }
        // What the reference says the provider lacks, and the made-up format.
        for (const char *value :
             {"policy_violation_mandatory", "import_failed", "change_request_approved", "policies",
              "change_requests", "carrier_pigeon"})
            QVERIFY2(flaggedSomewhere.contains(QString::fromLatin1(value)), value);
        // Those the provider lists are never flagged.
        for (const QString &value : flaggedSomewhere) {
            QVERIFY2(!schema.filters.contains(value) && !schema.groups.contains(value) &&
                         !schema.formats.contains(value),
                     qPrintable(value));
        }
    }

    // Display names, URLs and scope names that a careless emitter turns into booleans,
    // numbers, aliases, tags, comments, extra keys or interpolations stay the same strings.
    void hostileStringsStayStrings_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList rows{
            QStringLiteral("Say \"hi\" to 'them'"),
            QStringLiteral("key: value"),
            QStringLiteral("# not a comment"),
            QStringLiteral("trailing #"),
            QStringLiteral("first line\nsecond: line\n- item"),
            QStringLiteral("carriage\r\nreturn"),
            QStringLiteral("tab\there"),
            QStringLiteral(
                "🚀 Deploys 👩‍👩‍👧 ✓ 日本語 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"),
            QStringLiteral("yes"),
            QStringLiteral("no"),
            QStringLiteral("on"),
            QStringLiteral("Off"),
            QStringLiteral("true"),
            QStringLiteral("null"),
            QStringLiteral("~"),
            QStringLiteral("1e3"),
            QStringLiteral("4b0d0671"),
            QStringLiteral("0x1F"),
            QStringLiteral("0o17"),
            QStringLiteral("1_000"),
            QStringLiteral("12:30:00"),
            QStringLiteral(".inf"),
            QStringLiteral("-.NaN"),
            QStringLiteral("2024-01-01"),
            QStringLiteral("&anchor value"),
            QStringLiteral("*alias"),
            QStringLiteral("!!python/object:os.system"),
            QStringLiteral("!tag"),
            QStringLiteral("%YAML 1.2"),
            QStringLiteral("---"),
            QStringLiteral("..."),
            QStringLiteral("@at `tick`"),
            QStringLiteral("- dash"),
            QStringLiteral("? question"),
            QStringLiteral("| literal"),
            QStringLiteral("> folded"),
            QStringLiteral("{a: b}"),
            QStringLiteral("[x, y]"),
            QStringLiteral("\\back\\slash\\n"),
            QStringLiteral("  spaced  "),
            QStringLiteral(""),
            QStringLiteral("costs $5, ${oops} and $${escaped} $$"),
            QStringLiteral("${acmeHookSecret}"),
            QStringLiteral("$"),
            QStringLiteral("line\u2028separator\u2029paragraph"),
            QStringLiteral("next\u0085line"),
            QStringLiteral("bidi \u202Eevil\u202C override"),
            QStringLiteral("\uFEFFbom"),
            QStringLiteral("del\u007F c1\u0090 nul") + QChar(0) + QStringLiteral(" esc\u001B[31m"),
            QStringLiteral("nonchar \uFFFE\uFFFF private \uE000"),
            QStringLiteral("nbsp\u00A0 soft\u00AD hyphen"),
        };
        for (const QString &row : rows)
            QTest::newRow(row.toUtf8().toPercentEncoding(" ").constData()) << row;
    }
    void hostileStringsStayStrings()
    {
        QFETCH(QString, text);
        // (A prefix and a suffix keep the scope a stack's when the text is empty.)
        const QString project = QStringLiteral("p") + text;
        const QString stackName = text + QStringLiteral("s");
        Webhook w = hook(Scope::stackScope(QStringLiteral("acme"), project, stackName), text);
        w.displayName = text;
        w.payloadUrl = text;
        w.hasSecret = true;
        const PulumiProgram program = exportPulumiProgram({w}, text);
        const QJsonObject doc = parsed(program);
        QVERIFY(!doc.isEmpty());

        // Nothing YAML must escape is there raw (PyYAML would refuse it, YAML 1.1 would break
        // the line), and nothing that hides text either.
        for (QChar c : program.yaml) {
            const char16_t u = c.unicode();
            QVERIFY2(u == u'\n' ||
                         (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u <= 0x9f) && u != 0x2028 &&
                          u != 0x2029 && u != 0x202e && u != 0xfeff && u != 0xfffe && u != 0xffff),
                     qPrintable(QString::number(u, 16)));
        }

        QCOMPARE(doc.value(u"name").toString(), program.projectName);
        QVERIFY(isValidPulumiProjectName(program.projectName));
        const QJsonObject resources = doc.value(u"resources").toObject();
        QCOMPARE(resources.size(), 1);
        const QString logicalName = resources.begin().key();
        QVERIFY2(Identifier.match(logicalName).hasMatch(), qPrintable(logicalName));
        QCOMPARE(program.resources.value(0).logicalName, logicalName);
        const QJsonObject props =
            resources.begin().value().toObject().value(u"properties").toObject();
        QCOMPARE(props.keys(),
                 (QStringList{QStringLiteral("active"), QStringLiteral("displayName"),
                              QStringLiteral("format"), QStringLiteral("organizationName"),
                              QStringLiteral("payloadUrl"), QStringLiteral("projectName"),
                              QStringLiteral("secret"), QStringLiteral("stackName")}));
        const QList<std::pair<const char *, QString>> strings{
            {"displayName", text},
            {"payloadUrl", text},
            {"projectName", project},
            {"stackName", stackName},
        };
        for (const auto &[name, expected] : strings) {
            const QJsonValue value = props.value(QLatin1StringView(name));
            QVERIFY2(value.isString(), name);
            bool interpolation = false;
            QCOMPARE(pulumiLiteral(value.toString(), &interpolation), expected);
            QVERIFY2(!interpolation, name);
        }
        QCOMPARE(props.value(u"active"), QJsonValue(true));
        const QString configKey = program.resources.value(0).secretConfigKey;
        QVERIFY(Identifier.match(configKey).hasMatch());
        QCOMPARE(props.value(u"secret").toString(), QStringLiteral("${%1}").arg(configKey));
        QCOMPARE(doc.value(u"config").toObject().keys(), QStringList{configKey});

        // Readable where it can be: emoji and other scripts are not escaped.
        if (text.contains(QStringLiteral("🚀")))
            QVERIFY(program.yaml.contains(QStringLiteral(
                "🚀 Deploys 👩‍👩‍👧 ✓ 日本語 𝔘𝔫𝔦𝔠𝔬𝔡𝔢")));
    }

    void loneSurrogateBecomesTheReplacementCharacter()
    {
        Webhook w = hook(org(), QStringLiteral("broken"));
        w.displayName = QStringLiteral("half ") + QChar(0xd83d) + QStringLiteral(" of it");
        const QJsonObject doc = parsed(exportPulumiProgram({w}));
        QCOMPARE(doc.value(u"resources")
                     .toObject()
                     .value(u"acmeBroken")
                     .toObject()
                     .value(u"properties")
                     .toObject()
                     .value(u"displayName")
                     .toString(),
                 QStringLiteral("half \uFFFD of it"));
    }

    // A secret is only ever `${key}` of a secret config value the user sets with a prompt.
    void secretsAreReferencesNeverValues()
    {
        const QString canary = QStringLiteral("s3cr3t-canary-value");
        Webhook withSecret = hook(stack(), QStringLiteral("signed"));
        withSecret.hasSecret = true;
        withSecret.createdBy = canary;
        withSecret.updatedBy = canary;
        withSecret.secretChangedBy = canary;
        Webhook withSecret2 = hook(org(), QStringLiteral("signed"));
        withSecret2.hasSecret = true;
        Webhook without = hook(org(), QStringLiteral("plain"));

        const PulumiProgram program = exportPulumiProgram({withSecret, withSecret2, without});
        const QJsonObject doc = parsed(program);
        QVERIFY(!doc.isEmpty());
        QVERIFY(!program.yaml.contains(canary));
        QVERIFY(!program.yaml.contains(QStringLiteral("hasSecret")));
        QVERIFY(!program.yaml.contains(QStringLiteral("secretCiphertext")));

        const QJsonObject config = doc.value(u"config").toObject();
        const QJsonObject resources = doc.value(u"resources").toObject();
        QStringList expectedCommands;
        for (const PulumiProgramResource &r : program.resources) {
            const QJsonObject props =
                resources.value(r.logicalName).toObject().value(u"properties").toObject();
            if (r.webhook == without.ref()) {
                QVERIFY(r.secretConfigKey.isEmpty());
                QVERIFY(!props.contains(u"secret"));
                continue;
            }
            QVERIFY(Identifier.match(r.secretConfigKey).hasMatch());
            // Exactly an interpolation of the config value, nothing else.
            QCOMPARE(props.value(u"secret"),
                     QJsonValue(QStringLiteral("${") + r.secretConfigKey + u'}'));
            // Declared secret, with no value or default.
            QCOMPARE(config.value(r.secretConfigKey).toObject(),
                     (QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                  {QStringLiteral("secret"), true}}));
            expectedCommands += QStringLiteral("pulumi config set --secret ") + r.secretConfigKey;
        }
        QCOMPARE(config.size(), 2);
        // The command prompts: no value on the command line (nor in the shell's history).
        QCOMPARE(program.secretCommands, expectedCommands);
        for (const QString &command : program.secretCommands) {
            QCOMPARE(command.split(u' ').size(), 5);
            QVERIFY(program.yaml.contains(QStringLiteral("#   ") + command + u'\n'));
        }

        const PulumiProgram noSecrets = exportPulumiProgram({without});
        QVERIFY(noSecrets.secretCommands.isEmpty());
        QVERIFY(!parsed(noSecrets).contains(u"config"));
    }

    // camelCase identifiers from scope and name, unique among resources and config values
    // (one namespace in Pulumi YAML), the same whatever the order of the webhooks.
    void logicalNamesAreUniqueValidAndStable()
    {
        Webhook a = hook(org(), QStringLiteral("deploy-hook"));
        Webhook b = hook(org(), QStringLiteral("deploy_hook"));
        b.hasSecret = true;
        Webhook c = hook(org(), QStringLiteral("deploy.hook"));
        Webhook d = hook(org(), QStringLiteral("hook"));
        d.hasSecret = true;
        Webhook e = hook(org(), QStringLiteral("hook-secret"));
        Webhook f = hook(Scope::stackScope(QStringLiteral("1password"), QStringLiteral("WEB"),
                                           QStringLiteral("Prod-EU")),
                         QStringLiteral("4b0d0671"));
        Webhook g = hook(Scope::organizationScope(QStringLiteral("ACME")), QStringLiteral("x"));
        const QList<Webhook> webhooks{a, b, c, d, e, f, g};

        const PulumiProgram program = exportPulumiProgram(webhooks);
        const QJsonObject doc = parsed(program);
        QVERIFY(!doc.isEmpty());
        QHash<QString, QString> names; // ref → logical name
        for (const PulumiProgramResource &r : program.resources)
            names.insert(r.webhook.toString(), r.logicalName);
        QCOMPARE(names.value(QStringLiteral("acme/deploy-hook")), QStringLiteral("acmeDeployHook"));
        QCOMPARE(names.value(QStringLiteral("acme/deploy.hook")),
                 QStringLiteral("acmeDeployHook2"));
        QCOMPARE(names.value(QStringLiteral("acme/deploy_hook")),
                 QStringLiteral("acmeDeployHook3"));
        QCOMPARE(names.value(QStringLiteral("acme/hook")), QStringLiteral("acmeHook"));
        QCOMPARE(names.value(QStringLiteral("acme/hook-secret")),
                 QStringLiteral("acmeHookSecret2"));
        QCOMPARE(names.value(QStringLiteral("1password/WEB/Prod-EU/4b0d0671")),
                 QStringLiteral("webhook1passwordWEBProdEU4b0d0671"));
        QCOMPARE(names.value(QStringLiteral("ACME/x")), QStringLiteral("acmeX"));

        QSet<QString> all;
        const QJsonObject resources = doc.value(u"resources").toObject();
        const QJsonObject config = doc.value(u"config").toObject();
        QCOMPARE(resources.size(), webhooks.size());
        for (const QString &name : resources.keys() + config.keys()) {
            QVERIFY2(Identifier.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(!all.contains(name), qPrintable(name));
            all.insert(name);
        }
        QCOMPARE(config.keys(), (QStringList{QStringLiteral("acmeDeployHook3Secret"),
                                             QStringLiteral("acmeHookSecret")}));

        // Same webhooks in other orders: the same program, byte for byte.
        std::mt19937 random(20240601);
        for (int i = 0; i < 5; ++i) {
            QList<Webhook> shuffled = webhooks;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            QCOMPARE(exportPulumiProgram(shuffled).yaml, program.yaml);
        }
    }

    void projectName_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("warned");
        QTest::newRow("empty") << QString() << QStringLiteral("webhooks") << false;
        QTest::newRow("valid") << QStringLiteral("team-hooks_2.0")
                               << QStringLiteral("team-hooks_2.0") << false;
        QTest::newRow("yes") << QStringLiteral("yes") << QStringLiteral("yes") << false;
        QTest::newRow(".inf") << QStringLiteral(".inf") << QStringLiteral(".inf") << false;
        QTest::newRow("spaces and slash")
            << QStringLiteral("my project/x") << QStringLiteral("my-project-x") << true;
        QTest::newRow("digit first")
            << QStringLiteral("1st") << QStringLiteral("webhooks-1st") << true;
        QTest::newRow("no ASCII") << QStringLiteral("日本") << QStringLiteral("webhooks") << true;
        QTest::newRow("quote and newline")
            << QStringLiteral("a\"b\nc: d") << QStringLiteral("a-b-c-d") << true;
        QTest::newRow("too long") << QString(101, u'p') << QString(100, u'p') << true;
    }
    void projectName()
    {
        QFETCH(QString, given);
        QFETCH(QString, expected);
        QFETCH(bool, warned);
        QCOMPARE(isValidPulumiProjectName(given), !warned && !given.isEmpty());
        const PulumiProgram program =
            exportPulumiProgram({hook(org(), QStringLiteral("h"))}, given);
        QCOMPARE(program.projectName, expected);
        QVERIFY(isValidPulumiProjectName(program.projectName));
        QCOMPARE(parsed(program).value(u"name"), QJsonValue(expected));
        // The name warning is always there; a replaced project name adds one.
        QCOMPARE(program.warnings.size(), warned ? 2 : 1);
        if (warned)
            QVERIFY(program.warnings[0].contains(expected));
    }

    void aWebhookChosenTwiceIsExportedOnce()
    {
        const Webhook w = hook(stack(), QStringLiteral("twice"));
        const PulumiProgram program = exportPulumiProgram({w, w});
        QCOMPARE(program.resources.size(), 1);
        QCOMPARE(parsed(program).value(u"resources").toObject().size(), 1);
        QVERIFY(std::any_of(program.warnings.cbegin(), program.warnings.cend(),
                            [&](const QString &s) { return s.contains(w.ref().toString()); }));
    }

    void noWebhooksIsAnEmptyProgram()
    {
        const PulumiProgram program = exportPulumiProgram({});
        const QJsonObject doc = parsed(program);
        QCOMPARE(doc.value(u"runtime"), QJsonValue(QStringLiteral("yaml")));
        QVERIFY(doc.value(u"resources").isObject());
        QVERIFY(doc.value(u"resources").toObject().isEmpty());
        QVERIFY(!doc.contains(u"config"));
        QVERIFY(program.secretCommands.isEmpty());
        QVERIFY(program.warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPulumiProgram)
#include "tst_pulumiprogram.moc"
