#include "Validation.h"

#include "EventCatalog.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace wc::validation {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u'_' || c == u'.';
}
} // namespace

QString displayName(const QString &value)
{
    if (value.trimmed().isEmpty())
        return tr("Enter a display name.");
    if (value.size() > MaxDisplayNameLength)
        return tr("Use at most %1 characters.").arg(MaxDisplayNameLength);
    return {};
}

QString name(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter a name.");
    if (value.size() > MaxNameLength)
        return tr("Use at most %1 characters.").arg(MaxNameLength);
    for (QChar c : value) {
        if (!isNameChar(c))
            return tr("Use only letters, digits, “-”, “_” and “.”.");
    }
    return {};
}

QString payloadUrl(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the payload URL.");
    if (trimmed.size() > MaxUrlLength)
        return tr("Use at most %1 characters.").arg(MaxUrlLength);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return tr("This is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return tr("Use an absolute http:// or https:// URL.");
    if (url.host().isEmpty())
        return tr("The URL needs a host name.");
    return {};
}

QString secret(const QString &value)
{
    if (value.size() > MaxSecretLength)
        return tr("Use at most %1 characters.").arg(MaxSecretLength);
    return {};
}

QString format(const QString &value, const Scope &scope)
{
    if (!EventCatalog::formats(scope).contains(value)) {
        return tr("“%1” is not a format for this scope; use one of: %2.")
            .arg(value, EventCatalog::formats(scope).join(QStringLiteral(", ")));
    }
    return {};
}

QString scopeSegment(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return tr("Enter the %1 name.").arg(what);
    if (value.size() > MaxOrganizationLength)
        return tr("Use at most %1 characters.").arg(MaxOrganizationLength);
    for (QChar c : value) {
        if (!isNameChar(c))
            return tr("Use only letters, digits, “-”, “_” and “.” in the %1 name.").arg(what);
    }
    return {};
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
    return out;
}

QString generateSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace wc::validation
