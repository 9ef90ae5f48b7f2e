#include "SystemColorScheme.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcColorScheme, "webhookconsole.gui.colorscheme")

namespace wc::gui {

namespace {
const QString Service = QStringLiteral("org.freedesktop.portal.Desktop");
const QString Path = QStringLiteral("/org/freedesktop/portal/desktop");
const QString Interface = QStringLiteral("org.freedesktop.portal.Settings");
const QString Namespace = QStringLiteral("org.freedesktop.appearance");
const QString Key = QStringLiteral("color-scheme");

/// The portal's value: 1 prefers dark, 2 prefers light, 0 (or anything else) no preference.
/// Read() wraps it in one variant more than SettingChanged does.
SystemColorScheme::Preference fromValue(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    switch (value.toUInt()) {
    case 1:
        return SystemColorScheme::Preference::Dark;
    case 2:
        return SystemColorScheme::Preference::Light;
    default:
        return SystemColorScheme::Preference::None;
    }
}
} // namespace

SystemColorScheme &SystemColorScheme::instance()
{
    static auto *scheme = new SystemColorScheme(QCoreApplication::instance());
    return *scheme;
}

SystemColorScheme::SystemColorScheme(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCDebug(lcColorScheme) << "no session bus: no colour scheme to follow";
        return;
    }
    bus.connect(Service, Path, Interface, QStringLiteral("SettingChanged"), this,
                SLOT(settingChanged(QString, QString, QDBusVariant)));
    QDBusMessage read =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Read"));
    read << Namespace << Key;
    // Asynchronous: the window does not wait for the desktop; the preference applies as soon
    // as it is known (before the first page shows, as a rule).
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QDBusVariant> reply = *call;
                if (reply.isError()) {
                    qCDebug(lcColorScheme)
                        << "no colour scheme from the portal:" << reply.error().message();
                    return;
                }
                set(fromValue(reply.value().variant()));
            });
}

void SystemColorScheme::settingChanged(const QString &ns, const QString &key,
                                       const QDBusVariant &value)
{
    if (ns == Namespace && key == Key)
        set(fromValue(value.variant()));
}

void SystemColorScheme::set(Preference preference)
{
    if (preference == m_preference)
        return;
    m_preference = preference;
    qCInfo(lcColorScheme) << "desktop colour scheme"
                          << (preference == Preference::Dark    ? "dark"
                              : preference == Preference::Light ? "light"
                                                                : "no preference");
    Q_EMIT changed(preference);
}

} // namespace wc::gui
