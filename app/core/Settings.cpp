#include "Settings.h"

#include <QSettings>

namespace wc::Settings {

namespace {
int read(const char *key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = QSettings().value(QString::fromLatin1(key), fallback).toInt(&ok);
    return ok ? qBound(min, value, max) : fallback;
}
void write(const char *key, int value)
{
    QSettings().setValue(QString::fromLatin1(key), value);
}
} // namespace

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

} // namespace wc::Settings
