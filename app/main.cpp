#include "AppInfo.h"
#include "Appearance.h"
#include "Async.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "StartupProbe.h"
#include "Translations.h"
#include "WebhookBackend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>

#include <cstring>

namespace {

/// The options of webhook-console, for QCommandLineParser (--help, --version, --database).
QCommandLineOption addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Manage organization and stack webhooks, send signed test deliveries."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Use the database at PATH (an SQLite file, or a "
                                            "postgresql:// URL). Default: $%1, else %2.")
            .arg(QString::fromLatin1(wc::AppInfo::DatabaseEnvironmentVariable),
                 wc::WebhookBackend::defaultLocation()),
        QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    return databaseOption;
}

/// --help and --version answer on the terminal and need no display: they are answered by a
/// QCoreApplication, before a QApplication would look for one (and fail without it).
bool onlyAsksForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Debug lines only when asked for (QT_LOGGING_RULES, read after these rules, overrides
    // them); for --help and --version, nothing but the answer.
    const bool textOnly = onlyAsksForText(argc, argv);
    QLoggingCategory::setFilterRules(textOnly ? QStringLiteral("webhookconsole.*.debug=false\n"
                                                               "webhookconsole.*.info=false")
                                              : QStringLiteral("webhookconsole.*.debug=false"));
    if (textOnly) {
        QCoreApplication app(argc, argv);
        wc::AppInfo::apply();
        wc::translations::install(app);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    wc::gui::installStartupProbe(app);
    wc::AppInfo::apply();
    // In the user's language (German, or English): before any text is made.
    wc::translations::install(app);
    QApplication::setApplicationDisplayName(QString::fromLatin1(wc::AppInfo::DisplayName));
    // The desktop entry and the icon are named by the application id.
    QApplication::setDesktopFileName(QString::fromLatin1(wc::AppInfo::Id));

    QCommandLineParser parser;
    const QCommandLineOption databaseOption = addOptions(parser);
    parser.process(app);

    const QString location = wc::WebhookBackend::resolveLocation(parser.value(databaseOption));
    // One window per database: a second start brings the first one forward and ends.
    wc::gui::SingleInstance instance(location);
    if (instance.claim() == wc::gui::SingleInstance::Outcome::Raised)
        return 0;

    // The database opens on its own thread while the window is made: from here, before the
    // appearance, whose system colour scheme waits for the session bus to connect.
    const auto backend = wc::WebhookBackend::create(location);
    const QFuture<wc::Error> opened = backend->open();

    // System, Light or Dark, as chosen in Preferences.
    wc::gui::appearance::apply(wc::gui::appearance::stored());
    wc::gui::MainWindow window(*backend);
    QObject::connect(&window, &wc::gui::MainWindow::firstRunCancelled, &app,
                     [] { QApplication::exit(0); });
    QObject::connect(&instance, &wc::gui::SingleInstance::activationRequested, &window,
                     &wc::gui::MainWindow::bringToFront);

    // Opening (and migrating) runs on the storage thread; the window shows once it is open
    // and, on the first run, once the user has named an organization.
    wc::whenReady(opened, &window, [&window](const wc::Error &error) {
        if (error) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Webhook Console"),
                                  error.message);
            QApplication::exit(1);
            return;
        }
        window.start();
    });
    return app.exec();
}
