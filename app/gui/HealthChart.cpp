#include "HealthChart.h"

#include "Formatting.h"
#include "Theme.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGuiApplication>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace wc::gui {

namespace {

/// The smallest "nice" top of the duration axis (1, 2, 4, 5 or 10 times a power of ten) that
/// holds `maxMs` with a little headroom; never under 1 ms, so sub-millisecond means get an
/// axis of 0 – 0.5 – 1 ms rather than three labels reading "0 ms".
double niceTop(double maxMs)
{
    const double wanted = std::max(1.0, maxMs * 1.1);
    const double decade = std::pow(10.0, std::floor(std::log10(wanted)));
    for (const double step : {1.0, 2.0, 4.0, 5.0, 10.0}) {
        if (step * decade >= wanted - 1e-9)
            return step * decade;
    }
    return 10.0 * decade;
}

/// "0 ms", "0.5 ms", "40 ms", "2.5 s": as durations read everywhere else on the page (an axis
/// in seconds starts at "0 s").
QString durationLabel(double ms, double top)
{
    if (ms == 0 && top >= 1000)
        return QCoreApplication::translate("HealthChart", "0 s");
    if (ms == std::floor(ms))
        return formatting::duration(qint64(ms));
    return QCoreApplication::translate("HealthChart", "%1 ms").arg(QLocale().toString(ms, 'f', 1));
}

} // namespace

HealthChart::HealthChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_success(new QLineSeries)
    , m_duration(new QLineSeries)
    , m_days(new QCategoryAxis)
    , m_percent(new QCategoryAxis)
    , m_durations(new QCategoryAxis)
{
    m_success->setName(tr("Succeeded"));
    m_duration->setName(tr("Mean duration"));
    m_success->setPointsVisible(true);
    m_duration->setPointsVisible(true);

    m_chart->addSeries(m_success);
    m_chart->addSeries(m_duration);
    for (QCategoryAxis *axis : {m_days, m_percent, m_durations})
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_percent->setRange(0, 100);
    m_percent->setStartValue(0);
    m_percent->append(tr("0%"), 0);
    m_percent->append(tr("50%"), 50);
    m_percent->append(tr("100%"), 100);
    // One set of grid lines: the duration axis' labels sit on the same three heights.
    m_durations->setGridLineVisible(false);
    m_chart->addAxis(m_days, Qt::AlignBottom);
    m_chart->addAxis(m_percent, Qt::AlignLeft);
    m_chart->addAxis(m_durations, Qt::AlignRight);
    m_success->attachAxis(m_days);
    m_success->attachAxis(m_percent);
    m_duration->attachAxis(m_days);
    m_duration->attachAxis(m_durations);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 0, 4, 0));
    m_chart->setBackgroundRoundness(0);
    m_chart->setDropShadowEnabled(false);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(130);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A plain label rather than the chart's title: QChartView repaints a changed title late.
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("chartCaption"));
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    applyPalette();
    setStats({});
}

void HealthChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A child widget hears of a new application palette as a change of its own palette (only
    // windows get ApplicationPaletteChange).
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void HealthChart::applyPalette()
{
    const QPalette palette = this->palette();
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = palette.color(QPalette::Mid);
    m_chart->setBackgroundBrush(background);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_view->setBackgroundBrush(background);
    m_chart->legend()->setLabelColor(text);
    for (QCategoryAxis *axis : {m_days, m_percent, m_durations}) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    QPen successPen(theme::color(theme::Tone::Success, palette));
    successPen.setWidth(2);
    m_success->setPen(successPen);
    m_success->setColor(successPen.color());
    QPen durationPen(theme::color(theme::Tone::Muted, palette));
    durationPen.setWidth(2);
    durationPen.setStyle(Qt::DashLine);
    m_duration->setPen(durationPen);
    m_duration->setColor(durationPen.color());
}

void HealthChart::setStats(const QList<DayStats> &stats, const QDate &today)
{
    m_today = today.isValid() ? today : QDateTime::currentDateTimeUtc().date();
    const QDate first = m_today.addDays(-(Days - 1));
    QList<QPointF> success;
    QList<QPointF> duration;
    double maxMs = 0;
    bool any = false;
    for (const auto &day : stats) {
        if (day.day < first || day.day > m_today)
            continue;
        any = true;
        const double x = xOf(day.day);
        const qint64 finished = day.succeeded + day.failed;
        if (finished > 0)
            success << QPointF(x, 100.0 * double(day.succeeded) / double(finished));
        duration << QPointF(x, day.averageDurationMs);
        maxMs = qMax(maxMs, day.averageDurationMs);
    }
    m_success->replace(success);
    m_duration->replace(duration);
    // Half a day either side, so the first and last day's points and labels are not cut.
    m_days->setRange(xOf(first) - 0.5, xOf(m_today) + 0.5);
    m_dayStep = 0;
    layoutDayLabels();
    layoutDurationLabels(any ? maxMs : 0);
    m_caption->setText(!any ? tr("No deliveries in the last %1 days").arg(Days)
                            : tr("Success rate and mean duration per day, last %1 days").arg(Days));
    double low = 100;
    double high = 0;
    for (const QPointF &p : std::as_const(success)) {
        low = qMin(low, p.y());
        high = qMax(high, p.y());
    }
    setAccessibleDescription(
        success.isEmpty()
            ? m_caption->text()
            : tr("Daily success rate between %1% and %2%").arg(qRound(low)).arg(qRound(high)));
}

void HealthChart::layoutDurationLabels(double maxMs)
{
    const double top = niceTop(maxMs);
    for (const QString &label : m_durations->categoriesLabels())
        m_durations->remove(label);
    m_durations->setStartValue(0);
    m_durations->setRange(0, top);
    for (const double value : {0.0, top / 2, top})
        m_durations->append(durationLabel(value, top), value);
}

void HealthChart::layoutDayLabels()
{
    // Every day's label when there is room, else every Nth day counted back from today, so
    // the labels that show stay aligned with their days' points.
    const QFontMetrics metrics(m_days->labelsFont());
    const QLocale locale;
    //: How a day on the chart's axis is written (a QDate format, in the user's language).
    const QString dayFormat = tr("MMM d");
    const int labelWidth =
        metrics.horizontalAdvance(locale.toString(QDate(2000, 12, 30), dayFormat)) +
        metrics.averageCharWidth() * 2;
    // The plot is the chart less its two axes' labels and margins (the chart lays itself out
    // later than this widget is resized, so its plot area may not be up to date yet).
    const int axes = metrics.horizontalAdvance(tr("100%")) +
                     metrics.horizontalAdvance(durationLabel(999, 999)) +
                     6 * metrics.averageCharWidth();
    const double plotWidth = qMax(50, width() - axes);
    int step = 1;
    while (step < Days && plotWidth / Days * step < labelWidth)
        ++step;
    if (step == m_dayStep && m_days->count() > 0)
        return;
    m_dayStep = step;
    for (const QString &label : m_days->categoriesLabels())
        m_days->remove(label);
    const QDate first = m_today.addDays(-(Days - 1));
    m_days->setStartValue(xOf(first) - 0.5);
    for (int i = 0; i < Days; ++i) {
        const QDate day = first.addDays(i);
        if ((Days - 1 - i) % step == 0)
            m_days->append(locale.toString(day, dayFormat), xOf(day));
    }
    m_days->setRange(xOf(first) - 0.5, xOf(m_today) + 0.5);
}

void HealthChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutDayLabels();
}

QString HealthChart::title() const
{
    return m_caption->text();
}

QList<QPointF> HealthChart::successPoints() const
{
    return m_success->points();
}

QList<QPointF> HealthChart::durationPoints() const
{
    return m_duration->points();
}

} // namespace wc::gui
