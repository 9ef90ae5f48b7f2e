#pragma once

#include <QPalette>
#include <QString>

/// How the window looks: the system's style and colours (the default), or Fusion in a light or
/// a dark palette, chosen in Preferences and applied to the running application at once. Every
/// colour that carries meaning (theme.h) follows, since it is derived from the palette.
namespace wc::gui::appearance {

enum class Mode {
    System, ///< the style and palette the application started with; Fusion's dark palette
            ///< while the desktop prefers dark (SystemColorScheme), following it live
    Light,  ///< Fusion with its standard palette
    Dark,   ///< Fusion with a dark palette
};

/// The mode stored in the preferences (key `appearance`: "system", "light" or "dark").
[[nodiscard]] Mode stored();
void store(Mode mode);

/// The mode applied last (System before any).
[[nodiscard]] Mode current();
/// Applies `mode` to the application now: its style and palette. The first call remembers the
/// style and palette the application started with, for System.
void apply(Mode mode);

/// Fusion's dark palette as the console uses it: Fusion's standard palette with its light and
/// dark turned around (text light on dark, the highlight kept), so every role keeps its
/// contrast with its counterpart.
[[nodiscard]] QPalette darkPalette();
/// Fusion's standard (light) palette.
[[nodiscard]] QPalette lightPalette();

[[nodiscard]] QString key(Mode mode);
[[nodiscard]] Mode fromKey(const QString &key);

} // namespace wc::gui::appearance
