#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "webhookconsole.translations")

namespace wc::translations {

namespace {
constexpr auto Catalogue = "webhook-console";

/// The translators install() put in place, taken out again by the next install().
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool holdsCatalogue(const QString &folder)
{
    return !folder.isEmpty() &&
           !QDir(folder)
                .entryList({QLatin1String(Catalogue) + QStringLiteral("_*.qm")}, QDir::Files)
                .isEmpty();
}

void uninstall()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}
} // namespace

QString directory()
{
    QStringList candidates;
    const QString forTests = qEnvironmentVariable("WEBHOOK_CONSOLE_TRANSLATIONS");
    if (!forTests.isEmpty())
        candidates << forTests;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() +
                          QStringLiteral("/../share/webhook-console/translations");
#ifdef WEBHOOK_CONSOLE_BUILD_TRANSLATIONS
    candidates << QStringLiteral(WEBHOOK_CONSOLE_BUILD_TRANSLATIONS);
#endif
    for (const QString &folder : std::as_const(candidates)) {
        if (holdsCatalogue(folder))
            return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
        if (folder == forTests)
            qCWarning(lcTranslations)
                << "WEBHOOK_CONSOLE_TRANSLATIONS names" << folder << "which holds no catalogue";
    }
    return {};
}

void install(QCoreApplication &app, const QLocale &locale)
{
    uninstall();
    const QString folder = directory();
    if (folder.isEmpty()) {
        qCWarning(lcTranslations) << "no catalogue found: the texts stay in English, and their "
                                     "plural forms may read \"1 delivery(s)\"";
        return;
    }
    // The first of the locale's UI languages that has a catalogue; for any other language,
    // and for the C locale, English (the sources, with their plural forms).
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QLatin1String(Catalogue), QStringLiteral("_"), folder) &&
        !ours->load(QLatin1String(Catalogue) + QStringLiteral("_en"), folder)) {
        qCWarning(lcTranslations) << "no catalogue for" << locale.uiLanguages()
                                  << "nor the English one in" << folder;
        delete ours;
        return;
    }
    const QLocale language(ours->language());
    qCDebug(lcTranslations) << "for" << locale.uiLanguages() << "the catalogue" << ours->filePath();

    // Qt's own texts (standard buttons, QCommandLineParser's errors) in the same language.
    // English needs none: they are Qt's sources.
    if (language.language() != QLocale::English) {
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        auto *qt = new QTranslator(&app);
        if (qt->load(language, QStringLiteral("qtbase"), QStringLiteral("_"), qtFolder)) {
            QCoreApplication::installTranslator(qt);
            installed() << qt;
            qCDebug(lcTranslations) << "Qt's catalogue" << qt->filePath();
        } else {
            qCDebug(lcTranslations) << "no qtbase catalogue for" << language.name() << "in"
                                    << qtFolder << "(package qt6-translations-l10n)";
            delete qt;
        }
    }
    // Installed last, so it is asked first.
    QCoreApplication::installTranslator(ours);
    installed() << ours;
}

} // namespace wc::translations
