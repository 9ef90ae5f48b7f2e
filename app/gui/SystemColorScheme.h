#pragma once

#include <QObject>

class QDBusVariant;

namespace wc::gui {

/// The desktop's light or dark preference, as the XDG Settings portal tells it
/// (`org.freedesktop.appearance` `color-scheme`, which GNOME, KDE Plasma and others publish),
/// read once and then followed as it changes. Qt 6.4 does not follow it by itself.
class SystemColorScheme : public QObject
{
    Q_OBJECT
public:
    enum class Preference {
        None,  ///< no preference, or no portal to tell
        Dark,  ///< the desktop prefers dark
        Light, ///< the desktop prefers light
    };

    /// The one watcher of the application, created (and its first read sent) on first use.
    static SystemColorScheme &instance();

    [[nodiscard]] Preference preference() const { return m_preference; }

Q_SIGNALS:
    void changed(wc::gui::SystemColorScheme::Preference preference);

private Q_SLOTS:
    void settingChanged(const QString &ns, const QString &key, const QDBusVariant &value);

private:
    explicit SystemColorScheme(QObject *parent = nullptr);
    void set(Preference preference);

    Preference m_preference = Preference::None;
};

} // namespace wc::gui
