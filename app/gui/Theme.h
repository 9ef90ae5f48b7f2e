#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

/// Colours that carry meaning (success, failure, warnings, JSON syntax), derived from the
/// palette in use so that light and dark themes both read at WCAG AA contrast (4.5:1 against
/// the window and the base colour), and re-applied when the application's palette changes.
namespace wc::gui::theme {

enum class Tone {
    Success,
    Failure,
    Warning,
    Muted,
    JsonKey,
    JsonString,
    JsonNumber,
    JsonLiteral,
};

/// WCAG's contrast ratio between two colours, from 1 to 21.
[[nodiscard]] double contrastRatio(const QColor &a, const QColor &b);

/// Whether `palette` is a dark theme (light text on a dark window).
[[nodiscard]] bool isDark(const QPalette &palette);

/// The colour of `tone` on `palette`: at least 4.5:1 against both its Window and Base colours.
[[nodiscard]] QColor color(Tone tone, const QPalette &palette);
/// The same on the application's palette.
[[nodiscard]] QColor color(Tone tone);

/// `#rrggbb` of color(tone), for rich text.
[[nodiscard]] QString css(Tone tone);

/// Colours `label`'s text with `tone` now and whenever the application's palette changes.
void setTone(QLabel *label, Tone tone);

/// Styles a label as an error banner (keychain or storage failures), in the palette's colours,
/// now and whenever the application's palette changes.
void styleAsBanner(QLabel *label);

/// Calls `apply` now and again whenever the application's palette changes, for as long as
/// `widget` lives. A second call with the same `key` on the same widget replaces the first.
void followPalette(QWidget *widget, const QString &key, std::function<void()> apply);

} // namespace wc::gui::theme
