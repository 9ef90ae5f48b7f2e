// The charts plug-in's entry point (see HealthChartApi.h).

#include "HealthChart.h"

extern "C" Q_DECL_EXPORT wc::gui::HealthChartApi *webhookConsoleMakeHealthChart(QWidget *parent)
{
    return new wc::gui::HealthChart(parent);
}
