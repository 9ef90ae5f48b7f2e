#include "AppInfo.h"

#include <QCoreApplication>

namespace wc::AppInfo {

void apply()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(ApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Version));
    QCoreApplication::setOrganizationName(QString());
}

QString userAgent()
{
    return QStringLiteral("WebhookConsole/%1 (Qt %2)")
        .arg(QString::fromLatin1(Version), QString::fromLatin1(qVersion()));
}

} // namespace wc::AppInfo
