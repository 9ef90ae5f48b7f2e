#pragma once

#include "HealthChartApi.h"
#include "History.h"

#include <QDate>
#include <QWidget>

class QChart;
class QLabel;
class QChartView;
class QLineSeries;
class QCategoryAxis;

namespace wc::gui {

/// Success rate and mean duration per day over the last days (Qt Charts), so a receiver that
/// started failing shows at a glance.
///
/// Both axes are category axes with their labels on values: each day's label sits exactly
/// under that day's points (every day, or every Nth day when the chart is narrow, always
/// including today), and the duration axis has a "nice" range of at least one millisecond
/// with distinct labels written like durations everywhere else ("0.5 ms", "40 ms", "9.7 s").
/// Colours come from the palette and follow a change of it. Built into the charts plug-in
/// (HealthChartApi.h), never into the window itself.
class HealthChart : public QWidget, public HealthChartApi
{
    Q_OBJECT
public:
    explicit HealthChart(QWidget *parent = nullptr);
    [[nodiscard]] QWidget *widget() override { return this; }
    void setStats(const QList<DayStats> &stats, const QDate &today = {}) override;
    [[nodiscard]] QList<QPointF> successPoints() const override;
    [[nodiscard]] QList<QPointF> durationPoints() const override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QChart *chart() const { return m_chart; }
    [[nodiscard]] QChartView *view() const { return m_view; }
    [[nodiscard]] QCategoryAxis *dayAxis() const { return m_days; }
    [[nodiscard]] QCategoryAxis *durationAxis() const { return m_durations; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void layoutDayLabels();
    void layoutDurationLabels(double maxMs);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    QLineSeries *m_success = nullptr;
    QLineSeries *m_duration = nullptr;
    QCategoryAxis *m_days = nullptr;
    QCategoryAxis *m_percent = nullptr;
    QCategoryAxis *m_durations = nullptr;
    QDate m_today;
    int m_dayStep = 0;
};

} // namespace wc::gui
