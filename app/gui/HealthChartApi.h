#pragma once

#include "History.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>

class QWidget;

namespace wc::gui {

/// What the history page asks of its daily chart. The chart (HealthChart, on Qt Charts) lives
/// in a plug-in of its own, loaded the first time a history is shown: Qt Charts and Qt's OpenGL
/// libraries are not loaded when the window starts (issue 15).
class HealthChartApi
{
public:
    static constexpr int Days = 14;
    /// The x value of a day's points (and of its label).
    [[nodiscard]] static double xOf(const QDate &day) { return double(day.toJulianDay()); }

    HealthChartApi() = default;
    HealthChartApi(const HealthChartApi &) = delete;
    HealthChartApi &operator=(const HealthChartApi &) = delete;
    virtual ~HealthChartApi() = default;

    /// The chart itself, owned by the parent it was made with.
    [[nodiscard]] virtual QWidget *widget() = 0;
    virtual void setStats(const QList<DayStats> &stats, const QDate &today = {}) = 0;
    /// The per-day success rates shown, in percent, for tests.
    [[nodiscard]] virtual QList<QPointF> successPoints() const = 0;
    /// The per-day mean durations shown, in the duration axis' unit, for tests.
    [[nodiscard]] virtual QList<QPointF> durationPoints() const = 0;
    [[nodiscard]] virtual QString title() const = 0;
};

/// Makes a chart: with the factory set by setHealthChartFactory, else from the charts plug-in
/// (loaded on first use, from the build tree or the installed library folder). Null when the
/// plug-in cannot be loaded; `error` then says why.
[[nodiscard]] HealthChartApi *makeHealthChart(QWidget *parent, QString *error = nullptr);

using HealthChartFactory = HealthChartApi *(*)(QWidget *parent);
/// For tests that link the chart in: makeHealthChart() uses `factory` instead of the plug-in.
void setHealthChartFactory(HealthChartFactory factory);
/// Where makeHealthChart() looks for the plug-in, in order.
[[nodiscard]] QStringList healthChartPluginPaths();

} // namespace wc::gui

/// The plug-in's one entry point.
extern "C" using WebhookConsoleMakeHealthChart = wc::gui::HealthChartApi * (*)(QWidget * parent);
