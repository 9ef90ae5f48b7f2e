// Status and syntax colours keep WCAG AA contrast (4.5:1) on light and dark palettes, and
// labels coloured with them follow a palette change without a restart.

#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace wc::gui;
using theme::Tone;

namespace {

QPalette fusionPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette paletteOf(const QColor &window, const QColor &base, const QColor &text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, base.lighter(108));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    return p;
}

const QList<Tone> allTones = {Tone::Success, Tone::Failure,    Tone::Warning,    Tone::Muted,
                              Tone::JsonKey, Tone::JsonString, Tone::JsonNumber, Tone::JsonLiteral};

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatioFollowsWcag()
    {
        QCOMPARE(qRound(theme::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(theme::contrastRatio(Qt::white, Qt::white), 1.0);
        // The colours the issue measured on a dark background.
        QVERIFY(theme::contrastRatio(QColor(0xb0, 0x1c, 0x1c), QColor(0x2a, 0x2e, 0x32)) < 3.0);
    }

    void everyToneReachesAA_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("Fusion light") << fusionPalette() << false;
        QTest::newRow("Breeze dark")
            << paletteOf(QColor(0x2a, 0x2e, 0x32), QColor(0x1b, 0x1e, 0x20),
                         QColor(0xfc, 0xfc, 0xfc))
            << true;
        QTest::newRow("Adwaita dark")
            << paletteOf(QColor(0x24, 0x24, 0x24), QColor(0x1e, 0x1e, 0x1e), Qt::white) << true;
        QTest::newRow("Windows light")
            << paletteOf(QColor(0xf0, 0xf0, 0xf0), Qt::white, Qt::black) << false;
        QTest::newRow("mid grey dark")
            << paletteOf(QColor(0x55, 0x55, 0x55), QColor(0x4a, 0x4a, 0x4a), Qt::white) << true;
        QTest::newRow("cream light")
            << paletteOf(QColor(0xff, 0xf8, 0xe1), QColor(0xff, 0xfd, 0xf5),
                         QColor(0x20, 0x20, 0x20))
            << false;
    }

    void everyToneReachesAA()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(theme::isDark(palette), dark);
        for (Tone tone : allTones) {
            const QColor c = theme::color(tone, palette);
            for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
                const double ratio = theme::contrastRatio(c, palette.color(role));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1: %2 on %3 is %4:1")
                                                      .arg(int(tone))
                                                      .arg(c.name(), palette.color(role).name())
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
        // Success and failure stay told apart by hue, not only by the word next to them.
        const QColor ok = theme::color(Tone::Success, palette);
        const QColor bad = theme::color(Tone::Failure, palette);
        QVERIFY(ok.green() > ok.red());
        QVERIFY(bad.red() > bad.green());
    }

    void labelsFollowAPaletteChange()
    {
        const QPalette light = fusionPalette();
        const QPalette dark =
            paletteOf(QColor(0x2a, 0x2e, 0x32), QColor(0x1b, 0x1e, 0x20), QColor(0xfc, 0xfc, 0xfc));
        QApplication::setPalette(light);
        QLabel failure(QStringLiteral("Connection refused"));
        QLabel banner(QStringLiteral("The keychain is locked"));
        theme::setTone(&failure, Tone::Failure);
        theme::styleAsBanner(&banner);
        const QColor onLight = failure.palette().color(QPalette::WindowText);
        QVERIFY(theme::contrastRatio(onLight, light.color(QPalette::Window)) >= 4.5);

        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        const QColor onDark = failure.palette().color(QPalette::WindowText);
        QVERIFY(onDark != onLight);
        QVERIFY2(theme::contrastRatio(onDark, dark.color(QPalette::Window)) >= 4.5,
                 qPrintable(onDark.name()));

        // The banner's text against its own background, in the dark palette.
        static const QRegularExpression colours(
            QStringLiteral("background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})"));
        const auto m = colours.match(banner.styleSheet());
        QVERIFY2(m.hasMatch(), qPrintable(banner.styleSheet()));
        QVERIFY(theme::isDark(dark));
        QVERIFY(QColor(m.captured(1)).lightness() < 100); // a dark banner on a dark window
        QVERIFY(theme::contrastRatio(QColor(m.captured(1)), QColor(m.captured(2))) >= 4.5);

        // Setting a tone again replaces it rather than stacking a second follower.
        theme::setTone(&failure, Tone::Success);
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QCOMPARE(failure.palette().color(QPalette::WindowText), theme::color(Tone::Success, light));
    }

    void labelsInsideAWindowFollowToo()
    {
        // Qt tells windows of an application palette change; their children learn it from
        // the palette propagating down.
        const QPalette light = fusionPalette();
        const QPalette dark =
            paletteOf(QColor(0x2a, 0x2e, 0x32), QColor(0x1b, 0x1e, 0x20), QColor(0xfc, 0xfc, 0xfc));
        QApplication::setPalette(light);
        QWidget window;
        auto *failure = new QLabel(QStringLiteral("Connection refused"), &window);
        theme::setTone(failure, Tone::Failure);
        const QColor onLight = failure->palette().color(QPalette::WindowText);
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        const QColor onDark = failure->palette().color(QPalette::WindowText);
        QVERIFY2(onDark != onLight, qPrintable(onDark.name()));
        QVERIFY2(theme::contrastRatio(onDark, dark.color(QPalette::Window)) >= 4.5,
                 qPrintable(onDark.name()));
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QCOMPARE(failure->palette().color(QPalette::WindowText), onLight);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
