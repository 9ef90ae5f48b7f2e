#include "HealthChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace wc::gui {

HealthChart::HealthChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_success(new QLineSeries)
    , m_duration(new QLineSeries)
    , m_days(new QDateTimeAxis)
    , m_percent(new QValueAxis)
    , m_ms(new QValueAxis)
{
    m_success->setName(tr("Succeeded (%)"));
    m_duration->setName(tr("Mean duration (ms)"));
    m_success->setPointsVisible(true);
    m_duration->setPointsVisible(true);
    QPen successPen(QColor(0x1a, 0x7f, 0x37));
    successPen.setWidth(2);
    m_success->setPen(successPen);
    QPen durationPen(QColor(0x6b, 0x72, 0x80));
    durationPen.setWidth(2);
    durationPen.setStyle(Qt::DashLine);
    m_duration->setPen(durationPen);

    m_chart->addSeries(m_success);
    m_chart->addSeries(m_duration);
    m_days->setFormat(QStringLiteral("MMM d"));
    m_days->setTickCount(8);
    m_percent->setRange(0, 100);
    m_percent->setLabelFormat(QStringLiteral("%d%%"));
    m_percent->setTickCount(3);
    m_ms->setLabelFormat(QStringLiteral("%d ms"));
    m_ms->setTickCount(3);
    m_chart->addAxis(m_days, Qt::AlignBottom);
    m_chart->addAxis(m_percent, Qt::AlignLeft);
    m_chart->addAxis(m_ms, Qt::AlignRight);
    m_success->attachAxis(m_days);
    m_success->attachAxis(m_percent);
    m_duration->attachAxis(m_days);
    m_duration->attachAxis(m_ms);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 0, 4, 0));
    m_chart->setBackgroundRoundness(0);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(170);
    m_view->setMaximumHeight(200);
    m_view->setFocusPolicy(Qt::NoFocus);
    // A plain label rather than the chart's title: QChartView repaints a changed title late.
    m_caption = new QLabel(this);
    m_caption->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_view);
    setStats({});
}

void HealthChart::setStats(const QList<DayStats> &stats)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate first = today.addDays(-(Days - 1));
    QList<QPointF> success;
    QList<QPointF> duration;
    double maxMs = 0;
    for (const auto &day : stats) {
        if (day.day < first)
            continue;
        const double x = QDateTime(day.day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 finished = day.succeeded + day.failed;
        if (finished > 0)
            success << QPointF(x, 100.0 * double(day.succeeded) / double(finished));
        duration << QPointF(x, day.averageDurationMs);
        maxMs = qMax(maxMs, day.averageDurationMs);
    }
    m_success->replace(success);
    m_duration->replace(duration);
    m_days->setRange(QDateTime(first, QTime(0, 0), Qt::UTC),
                     QDateTime(today, QTime(23, 59), Qt::UTC));
    m_ms->setRange(0, maxMs > 0 ? maxMs * 1.15 : 100);
    m_caption->setText(stats.isEmpty()
                           ? tr("No deliveries in the last %1 days").arg(Days)
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

QString HealthChart::title() const
{
    return m_caption->text();
}

QList<QPointF> HealthChart::successPoints() const
{
    return m_success->points();
}

} // namespace wc::gui
