#include "TestSupport.h"

#include <QDir>

namespace wc::test {

bool haveSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

QString databasePath(const QTemporaryDir &dir, const QString &name)
{
    return dir.filePath(name);
}

QString screenshotPath(const QString &name)
{
    QString folder = qEnvironmentVariable("WEBHOOK_CONSOLE_SCREENSHOTS");
    if (folder.isEmpty())
        folder = QDir::currentPath();
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

} // namespace wc::test
