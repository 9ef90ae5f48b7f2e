#pragma once

#include "History.h"

#include <QWidget>

class QChart;
class QLabel;
class QChartView;
class QLineSeries;
class QValueAxis;
class QDateTimeAxis;

namespace wc::gui {

/// Success rate and mean duration per day over the last days (Qt Charts), so a receiver that
/// started failing shows at a glance.
class HealthChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int Days = 14;

    explicit HealthChart(QWidget *parent = nullptr);
    void setStats(const QList<DayStats> &stats);
    /// The per-day success rates shown, in percent, for tests.
    [[nodiscard]] QList<QPointF> successPoints() const;
    [[nodiscard]] QString title() const;

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    QLineSeries *m_success = nullptr;
    QLineSeries *m_duration = nullptr;
    QDateTimeAxis *m_days = nullptr;
    QValueAxis *m_percent = nullptr;
    QValueAxis *m_ms = nullptr;
};

} // namespace wc::gui
