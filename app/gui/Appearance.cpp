#include "Appearance.h"

#include "Settings.h"
#include "SystemColorScheme.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStyle>
#include <QStyleFactory>

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcAppearance, "webhookconsole.gui.appearance")

namespace wc::gui::appearance {

namespace {
const QString SettingsKey = QStringLiteral("appearance");

struct Original
{
    QString style;
    QPalette palette;
};

std::optional<Original> &original()
{
    static std::optional<Original> remembered;
    return remembered;
}

Mode &applied()
{
    static Mode mode = Mode::System;
    return mode;
}

QStyle *fusion()
{
    static std::unique_ptr<QStyle> style(QStyleFactory::create(QStringLiteral("Fusion")));
    return style.get();
}

/// Lightness turned around and kept away from pure black and white: 1 → 0.12, 0 → 0.92.
QColor inverted(const QColor &c)
{
    float h, s, l, a;
    c.toHsl().getHslF(&h, &s, &l, &a);
    const float turned = 0.12f + (1.0f - l) * 0.80f;
    return QColor::fromHslF(h, s * 0.85f, turned, a);
}
} // namespace

QString key(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Mode fromKey(const QString &key)
{
    if (key == u"light")
        return Mode::Light;
    if (key == u"dark")
        return Mode::Dark;
    return Mode::System;
}

Mode stored()
{
    return fromKey(Settings::value(SettingsKey).toString());
}

void store(Mode mode)
{
    Settings::setValue(SettingsKey, key(mode));
}

Mode current()
{
    return applied();
}

QPalette lightPalette()
{
    return fusion()->standardPalette();
}

QPalette darkPalette()
{
    const QPalette light = lightPalette();
    QPalette dark = light;
    for (int g = 0; g < QPalette::NColorGroups; ++g) {
        const auto group = QPalette::ColorGroup(g);
        for (int r = 0; r < QPalette::NColorRoles; ++r) {
            const auto role = QPalette::ColorRole(r);
            if (role == QPalette::Highlight || role == QPalette::HighlightedText)
                continue; // the selection reads the same in both
            dark.setColor(group, role, inverted(light.color(group, role)));
        }
        // Bevels keep their direction: light above, dark below.
        const QColor button = dark.color(group, QPalette::Button);
        dark.setColor(group, QPalette::Light, button.lighter(150));
        dark.setColor(group, QPalette::Midlight, button.lighter(125));
        dark.setColor(group, QPalette::Mid, button.lighter(110).darker(120));
        dark.setColor(group, QPalette::Dark, button.darker(160));
        dark.setColor(group, QPalette::Shadow, button.darker(300));
        // Links read on the dark base.
        dark.setColor(group, QPalette::Link, light.color(group, QPalette::Highlight).lighter(160));
        dark.setColor(group, QPalette::LinkVisited,
                      light.color(group, QPalette::LinkVisited).lighter(200));
    }
    return dark;
}

void apply(Mode mode)
{
    if (!original()) {
        original() = Original{QApplication::style()->name(), QApplication::palette()};
        // System follows the desktop's light or dark preference as it changes.
        QObject::connect(&SystemColorScheme::instance(), &SystemColorScheme::changed, qApp, [] {
            if (applied() == Mode::System)
                apply(Mode::System);
        });
    }
    applied() = mode;
    qCDebug(lcAppearance) << "appearance" << key(mode);
    switch (mode) {
    case Mode::System:
        if (SystemColorScheme::instance().preference() == SystemColorScheme::Preference::Dark) {
            // The desktop prefers dark: the style it started with may not have a dark palette
            // of its own (Qt 6.4's GTK and Fusion do not), Fusion's does.
            QApplication::setStyle(QStringLiteral("Fusion"));
            QApplication::setPalette(darkPalette());
            break;
        }
        QApplication::setStyle(original()->style);
        QApplication::setPalette(original()->palette);
        break;
    case Mode::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace wc::gui::appearance
