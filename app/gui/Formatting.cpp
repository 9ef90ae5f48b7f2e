#include "Formatting.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace wc::gui::formatting {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)
};
} // namespace

QString duration(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(locale.toString(qMax<qint64>(ms, 0)));
    if (ms < 60'000)
        return Tr::tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', ms < 10'000 ? 1 : 0));
    const qint64 seconds = (ms + 500) / 1000;
    return Tr::tr("%1 min %2 s").arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
}

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 45)
        return Tr::tr("just now");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return Tr::tr("%n min ago", nullptr, int(minutes));
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 24)
        return Tr::tr("%n h ago", nullptr, int(hours));
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return Tr::tr("yesterday");
    if (days < 7)
        return Tr::tr("%n days ago", nullptr, int(days));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString exactTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

int pluralCount(qint64 n)
{
    return int(
        std::clamp<qint64>(n, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace wc::gui::formatting

namespace wc::gui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setAccessibleName(text);
    elide();
    updateGeometry();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    elide();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize hint = QLabel::minimumSizeHint();
    return {qMin(hint.width(), fontMetrics().averageCharWidth() * 8), hint.height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_fullText) + m.left() + m.right() + 2 * margin(),
            QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::elide()
{
    const int available = contentsRect().width() - 2 * margin();
    const QString shown = fontMetrics().elidedText(m_fullText, m_mode, qMax(available, 0));
    if (shown != text())
        setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace wc::gui
