// render-icon: renders the application's SVG icon to square PNGs for the hicolor icon theme, at
// build time, with Qt's own SVG renderer (the one the window draws the icon with).
//
//   render-icon ICON.svg OUTPUT-DIR SIZE...
//
// writes OUTPUT-DIR/SIZExSIZE/apps/<ICON>.png for each SIZE. Needs no display: it paints into
// a QImage and creates no QGuiApplication. The output depends only on the input (PNG with no
// time stamp), so builds are reproducible.

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "render-icon: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 4)
        return fail(QStringLiteral("usage: render-icon ICON.svg OUTPUT-DIR SIZE..."));
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QDir output(QString::fromLocal8Bit(argv[2]));

    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1 is not a valid SVG image").arg(svg));
    const QString name = QFileInfo(svg).completeBaseName() + QStringLiteral(".png");

    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("%1 is not a size from 1 to 4096").arg(argv[i]));

        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();

        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        if (!output.mkpath(folder))
            return fail(QStringLiteral("cannot create %1").arg(output.filePath(folder)));
        const QString file = output.filePath(folder + u'/' + name);
        if (!image.convertToFormat(QImage::Format_ARGB32).save(file, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(file));
    }
    return 0;
}
