#include "AppInfo.h"
#include "Appearance.h"
#include "Async.h"
#include "MainWindow.h"
#include "WebhookBackend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    wc::AppInfo::apply();
    QApplication::setApplicationDisplayName(QString::fromLatin1(wc::AppInfo::DisplayName));
    QApplication::setDesktopFileName(QStringLiteral("webhook-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/webhook-console.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Manage organization and stack webhooks, send signed test deliveries."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "Use the database at PATH (an SQLite file, or a "
                                        "postgresql:// URL). Default: $%1, else %2.")
            .arg(QString::fromLatin1(wc::AppInfo::DatabaseEnvironmentVariable),
                 wc::WebhookBackend::defaultLocation()),
        QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);
    // System, Light or Dark, as chosen in Preferences.
    wc::gui::appearance::apply(wc::gui::appearance::stored());

    const auto backend = wc::WebhookBackend::create(
        wc::WebhookBackend::resolveLocation(parser.value(databaseOption)));
    wc::gui::MainWindow window(*backend);
    QObject::connect(&window, &wc::gui::MainWindow::firstRunCancelled, &app,
                     [] { QApplication::exit(0); });

    // Opening (and migrating) runs on the storage thread; the window shows once it is open
    // and, on the first run, once the user has named an organization.
    wc::whenReady(backend->open(), &window, [&window](const wc::Error &error) {
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
