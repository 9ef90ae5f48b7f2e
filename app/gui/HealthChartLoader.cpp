#include "HealthChartApi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChart, "webhookconsole.gui.chart")

namespace wc::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HealthChart)
};

HealthChartFactory factoryForTests = nullptr;

constexpr auto PluginName = "webhook-console-charts";
constexpr auto EntryPoint = "webhookConsoleMakeHealthChart";
} // namespace

void setHealthChartFactory(HealthChartFactory factory)
{
    factoryForTests = factory;
}

QStringList healthChartPluginPaths()
{
    const QString build = QStringLiteral(WEBHOOK_CONSOLE_PLUGIN_BUILD_DIR);
    const QString installed = QDir::cleanPath(QCoreApplication::applicationDirPath() + u'/' +
                                              QStringLiteral(WEBHOOK_CONSOLE_PLUGIN_INSTALL_DIR));
    const QString file = QStringLiteral("lib%1.so").arg(QLatin1String(PluginName));
    // A program run from the build tree takes the plug-in built with it; an installed one the
    // installed plug-in.
    const QString here = QDir(QCoreApplication::applicationDirPath()).canonicalPath();
    const QString buildRoot = QDir(QStringLiteral(WEBHOOK_CONSOLE_BUILD_ROOT)).canonicalPath();
    const bool inBuildTree = !buildRoot.isEmpty() && here.startsWith(buildRoot);
    return inBuildTree ? QStringList{build + u'/' + file, installed + u'/' + file}
                       : QStringList{installed + u'/' + file, build + u'/' + file};
}

HealthChartApi *makeHealthChart(QWidget *parent, QString *error)
{
    if (factoryForTests)
        return factoryForTests(parent);
    static WebhookConsoleMakeHealthChart make = nullptr;
    static QString why;
    if (!make && why.isEmpty()) {
        QStringList tried;
        for (const QString &path : healthChartPluginPaths()) {
            if (!QFileInfo::exists(path)) {
                tried << path;
                continue;
            }
            QLibrary library(path);
            // Resolved as it is called, like the program's own libraries: loading stays cheap.
            library.setLoadHints(QLibrary::PreventUnloadHint);
            make = reinterpret_cast<WebhookConsoleMakeHealthChart>(library.resolve(EntryPoint));
            if (make) {
                qCDebug(lcChart) << "charts from" << path;
                break;
            }
            tried << QStringLiteral("%1 (%2)").arg(path, library.errorString());
        }
        if (!make)
            why = Tr::tr("The daily chart could not be loaded: %1. Reinstall Webhook Console.")
                      .arg(tried.join(QStringLiteral("; ")));
    }
    if (!make) {
        qCWarning(lcChart) << why;
        if (error)
            *error = why;
        return nullptr;
    }
    return make(parent);
}

} // namespace wc::gui
