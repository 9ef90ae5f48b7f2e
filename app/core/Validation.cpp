#include "Validation.h"

#include "EventCatalog.h"
#include "Signature.h"
#include "Webhook.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace wc::validation {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u'_' || c == u'.';
}

/// The first control character in `value` as "U+001B", or empty when there is none.
QString firstControl(const QString &value)
{
    for (QChar c : value) {
        if (isControl(c.unicode()))
            return QStringLiteral("U+%1").arg(int(c.unicode()), 4, 16, QChar(u'0')).toUpper();
    }
    return {};
}

/// `.` and `..` mean "here" and "up" in paths and URLs, where these names end up.
bool isDotName(const QString &value)
{
    return value == u"." || value == u"..";
}
} // namespace

QString displayName(const QString &value)
{
    if (value.trimmed().isEmpty())
        return Tr::tr("Enter a display name.");
    if (value.size() > MaxDisplayNameLength)
        return Tr::tr("Use at most %1 characters.").arg(MaxDisplayNameLength);
    if (const QString c = firstControl(value); !c.isEmpty())
        return Tr::tr(
                   "The display name cannot contain control characters such as tabs, line breaks "
                   "or escape sequences (found %1).")
            .arg(c);
    return {};
}

QString name(const QString &value)
{
    if (value.isEmpty())
        return Tr::tr("Enter a name.");
    if (value.size() > MaxNameLength)
        return Tr::tr("Use at most %1 characters.").arg(MaxNameLength);
    for (QChar c : value) {
        if (!isNameChar(c))
            return Tr::tr("Use only letters, digits, “-”, “_” and “.”.");
    }
    if (isDotName(value))
        return Tr::tr("“%1” cannot be a name; add a letter or digit.").arg(value);
    return {};
}

QString payloadUrl(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("Enter the payload URL.");
    if (trimmed.size() > MaxUrlLength)
        return Tr::tr("Use at most %1 characters.").arg(MaxUrlLength);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Tr::tr("This is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return Tr::tr("Use an absolute http:// or https:// URL.");
    if (url.host().isEmpty())
        return Tr::tr("The URL needs a host name.");
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return Tr::tr(
            "A user name or password in the URL would be stored in plain text, outside the "
            "keychain. Remove it, and use the webhook's secret instead (the receiver checks "
            "the signature), or put the credentials in the receiver.");
    if (url.port() == 0)
        return Tr::tr(
            "Port 0 is not a port a receiver can listen on; use 1–65535, or leave the port "
            "out.");
    return {};
}

QString payloadUrl(const QString &value, const QString &format)
{
    if (format != QLatin1String(Format::PulumiDeployments))
        return payloadUrl(value);
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("Choose the stack to deploy, as project/stack.");
    static const QRegularExpression target(QStringLiteral("^[^\\s/]+/[^\\s/]+$"));
    if (!target.match(trimmed).hasMatch())
        return Tr::tr(
            "A Deployment webhook's target is a stack, written project/stack (for example "
            "website/production), not a URL.");
    return {};
}

QString slackUrlWarning(const QString &value, const QString &format)
{
    if (format != QLatin1String(Format::Slack) || value.trimmed().isEmpty())
        return {};
    if (value.trimmed().startsWith(u"https://hooks.slack.com/"))
        return {};
    return Tr::tr(
        "Slack's incoming-webhook URLs begin with https://hooks.slack.com/. This one does "
        "not: fine for Mattermost and other Slack-compatible servers, a mistake otherwise.");
}

QString secret(const QString &value)
{
    if (value.size() > MaxSecretLength)
        return Tr::tr("Use at most %1 characters.").arg(MaxSecretLength);
    if (const QString c = firstControl(value); !c.isEmpty())
        return Tr::tr("The secret cannot contain control characters such as a NUL byte, a tab or a "
                      "line break (found %1).")
            .arg(c);
    return {};
}

QString format(const QString &value, const Scope &scope)
{
    if (!EventCatalog::formats(scope).contains(value)) {
        return Tr::tr("“%1” is not a format for this scope; use one of: %2.")
            .arg(value, EventCatalog::formats(scope).join(QStringLiteral(", ")));
    }
    return {};
}

QString scopeSegment(const QString &value, ScopePart part)
{
    if (value.isEmpty()) {
        switch (part) {
        case ScopePart::Organization:
            return Tr::tr("Enter the organization name.");
        case ScopePart::Project:
            return Tr::tr("Enter the project name.");
        case ScopePart::Stack:
            return Tr::tr("Enter the stack name.");
        case ScopePart::Environment:
            return Tr::tr("Enter the environment name.");
        }
    }
    if (value.size() > MaxOrganizationLength)
        return Tr::tr("Use at most %1 characters.").arg(MaxOrganizationLength);
    for (QChar c : value) {
        if (isNameChar(c))
            continue;
        switch (part) {
        case ScopePart::Organization:
            return Tr::tr("Use only letters, digits, “-”, “_” and “.” in the organization name.");
        case ScopePart::Project:
            return Tr::tr("Use only letters, digits, “-”, “_” and “.” in the project name.");
        case ScopePart::Stack:
            return Tr::tr("Use only letters, digits, “-”, “_” and “.” in the stack name.");
        case ScopePart::Environment:
            return Tr::tr("Use only letters, digits, “-”, “_” and “.” in the environment name.");
        }
    }
    if (isDotName(value)) {
        switch (part) {
        case ScopePart::Organization:
            return Tr::tr("“%1” cannot be the organization name; add a letter or digit.")
                .arg(value);
        case ScopePart::Project:
            return Tr::tr("“%1” cannot be the project name; add a letter or digit.").arg(value);
        case ScopePart::Stack:
            return Tr::tr("“%1” cannot be the stack name; add a letter or digit.").arg(value);
        case ScopePart::Environment:
            return Tr::tr("“%1” cannot be the environment name; add a letter or digit.").arg(value);
        }
    }
    return {};
}

QString redactedUrl(const QString &url)
{
    // Edited as text, so that the rest of the URL reads exactly as stored.
    const qsizetype schemeEnd = url.indexOf(QStringLiteral("://"));
    if (schemeEnd < 0)
        return url;
    const qsizetype start = schemeEnd + 3;
    qsizetype end = url.size();
    for (QChar c : {u'/', u'?', u'#'}) {
        const qsizetype at = url.indexOf(c, start);
        if (at >= 0)
            end = std::min(end, at);
    }
    const qsizetype at = url.lastIndexOf(u'@', end - 1);
    if (at < start)
        return url;
    const QString userInfo = url.mid(start, at - start);
    if (userInfo.isEmpty())
        return url;
    const QString mask = QStringLiteral("•••");
    const qsizetype colon = userInfo.indexOf(u':');
    QString shown;
    if (colon < 0)
        shown = mask; // a user name alone is often a token
    else if (colon == 0)
        shown = u':' + mask;
    else
        shown = userInfo.left(colon) + u':' + mask;
    return url.left(start) + shown + url.mid(at);
}

QString generateName()
{
    return QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
}

QString deriveName(const QString &displayName)
{
    QString out;
    bool pendingDash = false;
    for (QChar c : displayName.trimmed().toLower()) {
        if (isNameChar(c)) {
            if (pendingDash && !out.isEmpty())
                out += u'-';
            pendingDash = false;
            out += c;
        } else {
            pendingDash = true;
        }
        if (out.size() >= MaxNameLength)
            break;
    }
    out.truncate(MaxNameLength);
    while (out.endsWith(u'-'))
        out.chop(1);
    if (isDotName(out))
        return {};
    return out;
}

QString generateSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Error checkDraft(const WebhookDraft &d)
{
    if (!d.scope.isValid())
        return Error::invalid(QStringLiteral("scope"),
                              Tr::tr("Choose an organization or a stack."));
    if (QString e = displayName(d.displayName); !e.isEmpty())
        return Error::invalid(QStringLiteral("displayName"), e);
    if (QString e = name(d.name); !e.isEmpty())
        return Error::invalid(QStringLiteral("name"), e);
    if (QString e = format(d.format, d.scope); !e.isEmpty())
        return Error::invalid(QStringLiteral("format"), e);
    // What the payload URL field means depends on the format.
    if (QString e = payloadUrl(d.payloadUrl, d.format); !e.isEmpty())
        return Error::invalid(QStringLiteral("payloadUrl"), e);
    const SignatureScheme *scheme = SignatureScheme::find(d.signature);
    if (!scheme) {
        return Error::invalid(QStringLiteral("signature"),
                              Tr::tr("“%1” is not a signature scheme; use one of: %2.")
                                  .arg(d.signature, SignatureScheme::ids().join(u", ")));
    }
    if (d.secretChange == WebhookDraft::SecretChange::Set) {
        if (d.secret.isEmpty())
            return Error::invalid(QStringLiteral("secret"), Tr::tr("Enter a secret."));
        if (QString e = scheme->secretProblem(d.secret); !e.isEmpty())
            return Error::invalid(QStringLiteral("secret"), e);
    }

    if (QString e = EventCatalog::validate(d.scope, d.filters, d.groups); !e.isEmpty())
        return Error::invalid(QStringLiteral("events"), e);
    return {};
}

} // namespace wc::validation
