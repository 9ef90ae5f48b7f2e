// Compiled into every test that links webhookconsole_testsupport (an INTERFACE source, see
// tests/CMakeLists.txt): the tests read the product's texts in English as the programs show
// them, with the catalogues installed (translations::install), so that "%n delivery(s)" reads
// "1 delivery" and "3 deliveries" whatever the machine's own language. A test of another
// language installs it again (tests/gui/tst_german.cpp).

#include "Translations.h"

#include <QCoreApplication>

namespace {
void installEnglish()
{
    wc::translations::install(*QCoreApplication::instance(),
                              QLocale(QLocale::English, QLocale::UnitedStates));
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
