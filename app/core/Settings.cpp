#include "Settings.h"

#include "AppInfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcSettings, "webhookconsole.settings")

namespace wc::Settings {

namespace {
/// One file for the window and webhookctl alike, named by the application id:
/// $XDG_CONFIG_HOME/io.github.webhookconsole.WebhookConsole.conf (QSettings with an
/// organization and no application names its file `<organization>.conf`).
std::unique_ptr<QSettings> open()
{
    return std::make_unique<QSettings>(QString::fromLatin1(AppInfo::Id));
}

/// Moves what `old` holds into the current file once, keeping values already there, then
/// removes the old file (and its folder, when that is left empty).
void moveFrom(QSettings &old)
{
    const QString oldFile = old.fileName();
    if (!QFileInfo::exists(oldFile))
        return;
    const auto current = open();
    for (const QString &key : old.allKeys()) {
        if (!current->contains(key))
            current->setValue(key, old.value(key));
    }
    current->sync();
    if (current->status() != QSettings::NoError) {
        qCWarning(lcSettings) << "cannot move preferences from" << oldFile << "to"
                              << current->fileName();
        return;
    }
    QFile::remove(oldFile);
    QDir().rmdir(QFileInfo(oldFile).absolutePath()); // only when empty
    qCInfo(lcSettings) << "moved preferences from" << oldFile << "to" << current->fileName();
}

/// The files of earlier versions: `Unknown Organization/webhook-console.conf` (before 0.1.1,
/// when the organization was left empty), then `webhook-console.conf` (before 0.2.0, named
/// after the executable).
void moveOldFiles()
{
    QSettings oldest(QStringLiteral("Unknown Organization"),
                     QString::fromLatin1(AppInfo::ApplicationName));
    moveFrom(oldest);
    QSettings older(QString::fromLatin1(AppInfo::ApplicationName));
    moveFrom(older);
}

void migrate()
{
    static const bool once = [] { // thread-safe, once per process
        moveOldFiles();
        return true;
    }();
    Q_UNUSED(once);
}

int read(const char *key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = Settings::value(QString::fromLatin1(key), fallback).toInt(&ok);
    return ok ? qBound(min, value, max) : fallback;
}
void write(const char *key, int value)
{
    Settings::setValue(QString::fromLatin1(key), value);
}
} // namespace

QString fileName()
{
    return open()->fileName();
}

QVariant value(const QString &key, const QVariant &fallback)
{
    migrate();
    return open()->value(key, fallback);
}

void setValue(const QString &key, const QVariant &value)
{
    migrate();
    open()->setValue(key, value);
}

void clear()
{
    migrate();
    open()->clear();
}

int timeoutSeconds()
{
    return read("delivery/timeoutSeconds", DefaultTimeoutSeconds, 1, 120);
}
void setTimeoutSeconds(int seconds)
{
    write("delivery/timeoutSeconds", seconds);
}
int retentionDays()
{
    return read("history/retentionDays", DefaultRetentionDays, 1, 3650);
}
void setRetentionDays(int days)
{
    write("history/retentionDays", days);
}
int retentionCount()
{
    return read("history/retentionCount", DefaultRetentionCount, 10, 10000000);
}
void setRetentionCount(int count)
{
    write("history/retentionCount", count);
}
int redeliveryConcurrency()
{
    return read("delivery/redeliveryConcurrency", DefaultRedeliveryConcurrency, 1, 16);
}
void setRedeliveryConcurrency(int count)
{
    write("delivery/redeliveryConcurrency", count);
}

QString identityName()
{
    // One line, no control characters: it is shown in lists and in webhookctl's output.
    return value(QStringLiteral("identity/name")).toString().simplified().left(100);
}

void setIdentityName(const QString &name)
{
    setValue(QStringLiteral("identity/name"), name.simplified().left(100));
}

QString identity()
{
    if (const QString name = identityName(); !name.isEmpty())
        return name;
    return defaultIdentity();
}

QString defaultIdentity()
{
    if (const QString name = qEnvironmentVariable("WEBHOOK_CONSOLE_USER").simplified();
        !name.isEmpty())
        return name.left(100);
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return (user + u'@' + QSysInfo::machineHostName()).simplified().left(100);
}

} // namespace wc::Settings
