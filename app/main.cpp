#include "AppContext.h"
#include "AppInfo.h"
#include "MainWindow.h"
#include "WebhookService.h"
#include "store/Database.h"

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
                 wc::Database::defaultLocation()),
        QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    wc::AppContext context;
    if (const wc::Error error = context.open(parser.value(databaseOption))) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Webhook Console"),
                              error.message);
        return 1;
    }

    wc::gui::MainWindow window(context);
    if (context.service().webhooks().organizations().isEmpty() && !window.addOrganization())
        return 0;
    window.reloadNavigation();
    window.show();
    return app.exec();
}
