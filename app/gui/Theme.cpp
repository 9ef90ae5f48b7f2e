#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>

#include <algorithm>
#include <cmath>
#include <functional>

namespace wc::gui::theme {

namespace {

constexpr double AA = 4.5;

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) +
           0.0722 * channel(rgb.blue());
}

struct Pair
{
    QColor light; ///< on a light background
    QColor dark;  ///< on a dark background
};

Pair pairOf(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return {QColor(0x1a, 0x7f, 0x37), QColor(0x3f, 0xb9, 0x50)};
    case Tone::Failure:
        return {QColor(0xb0, 0x1c, 0x1c), QColor(0xff, 0x7b, 0x72)};
    case Tone::Warning:
        return {QColor(0x8a, 0x5a, 0x00), QColor(0xe3, 0xb3, 0x41)};
    case Tone::Muted:
        return {QColor(0x5f, 0x63, 0x68), QColor(0xa8, 0xad, 0xb4)};
    case Tone::JsonKey:
        return {QColor(0x1f, 0x4f, 0xb5), QColor(0x79, 0xc0, 0xff)};
    case Tone::JsonString:
        return {QColor(0x1a, 0x7f, 0x37), QColor(0x7e, 0xe7, 0x87)};
    case Tone::JsonNumber:
        return {QColor(0xa6, 0x4b, 0x00), QColor(0xff, 0xa6, 0x57)};
    case Tone::JsonLiteral:
        return {QColor(0x8a, 0x2b, 0xb5), QColor(0xd2, 0xa8, 0xff)};
    }
    return {};
}

/// Moves `c` towards black (on light backgrounds) or white (on dark ones) until it reaches AA
/// contrast against every background.
QColor ensureContrast(QColor c, std::initializer_list<QColor> backgrounds, bool dark)
{
    const auto enough = [&] {
        return std::all_of(backgrounds.begin(), backgrounds.end(),
                           [&](const QColor &bg) { return contrastRatio(c, bg) >= AA; });
    };
    for (int step = 0; step < 40 && !enough(); ++step) {
        float h, s, l, a;
        c.getHslF(&h, &s, &l, &a);
        l = dark ? std::min(1.0f, l + 0.03f) : std::max(0.0f, l - 0.03f);
        c.setHslF(h, s, l, a);
    }
    return c;
}

class PaletteFollower : public QObject
{
public:
    explicit PaletteFollower(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }

    void setApply(std::function<void()> apply)
    {
        m_apply = std::move(apply);
        m_apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Qt sends ApplicationPaletteChange to windows; a widget inside one learns of a new
        // palette from the PaletteChange its parent's propagation sends. What m_apply sets
        // changes the palette again (once: the colours it derives are then the same).
        const bool changed = event->type() == QEvent::ApplicationPaletteChange ||
                             event->type() == QEvent::PaletteChange;
        if (changed && watched == parent() && m_apply && !m_applying) {
            m_applying = true;
            m_apply();
            m_applying = false;
        }
        return false;
    }

private:
    std::function<void()> m_apply;
    bool m_applying = false;
};

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) <
           luminance(palette.color(QPalette::WindowText));
}

QColor color(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const Pair pair = pairOf(tone);
    return ensureContrast(dark ? pair.dark : pair.light,
                          {palette.color(QPalette::Window), palette.color(QPalette::Base),
                           palette.color(QPalette::AlternateBase)},
                          dark);
}

QColor color(Tone tone)
{
    return color(tone, QGuiApplication::palette());
}

QString css(Tone tone)
{
    return color(tone).name(QColor::HexRgb);
}

void followPalette(QWidget *widget, const QString &key, std::function<void()> apply)
{
    const QString name = QStringLiteral("wc-palette-follower-") + key;
    auto *follower = widget->findChild<PaletteFollower *>(name, Qt::FindDirectChildrenOnly);
    if (!follower) {
        follower = new PaletteFollower(widget);
        follower->setObjectName(name);
    }
    follower->setApply(std::move(apply));
}

void setTone(QLabel *label, Tone tone)
{
    followPalette(label, QStringLiteral("tone"), [label, tone] {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, color(tone, QGuiApplication::palette()));
        palette.setColor(QPalette::Text, color(tone, QGuiApplication::palette()));
        label->setPalette(palette);
    });
}

void styleAsBanner(QLabel *label)
{
    followPalette(label, QStringLiteral("banner"), [label] {
        const QPalette app = QGuiApplication::palette();
        const bool dark = isDark(app);
        const QColor background = dark ? QColor(0x3d, 0x12, 0x14) : QColor(0xfd, 0xec, 0xea);
        const QColor border = dark ? QColor(0x8e, 0x2a, 0x2a) : QColor(0xf5, 0xc2, 0xc0);
        const QColor text = ensureContrast(
            dark ? QColor(0xff, 0xd7, 0xd5) : QColor(0x7a, 0x10, 0x10), {background}, dark);
        label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2;"
                                            " border: 1px solid %3; border-radius: 4px;"
                                            " padding: 8px; }")
                                 .arg(background.name(), text.name(), border.name()));
    });
}

} // namespace wc::gui::theme
