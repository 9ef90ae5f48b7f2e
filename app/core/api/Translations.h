#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

/// The product's translations (Qt Linguist): one catalogue for the window, webhookctl and the
/// core (`webhook-console_<language>.qm`), beside Qt's own (`qtbase_<language>.qm`, for its
/// dialogs' buttons and QCommandLineParser's errors).
///
/// The English texts are the sources; English has a catalogue too, of its plural forms only
/// (`tr("%n delivery(s)", nullptr, n)` reads "1 delivery", "3 deliveries"), so it is loaded for
/// English and for any language the product is not translated into.
namespace wc::translations {

/// Installs on `app` the catalogues for `locale` (by default the system's: LANGUAGE, LC_ALL,
/// LC_MESSAGES and LANG as Qt reads them; its first UI language that has a catalogue wins),
/// replacing any this installed before. Call it right after the application object is made,
/// before any text is shown or parsed.
void install(QCoreApplication &app, const QLocale &locale = QLocale());

/// Where the product's catalogues are read from: $WEBHOOK_CONSOLE_TRANSLATIONS (for tests),
/// else `<applicationDirPath>/../share/webhook-console/translations` (installed), else the
/// build tree's `translations` folder; the first of these that holds a catalogue. Empty when
/// none does.
[[nodiscard]] QString directory();

} // namespace wc::translations
