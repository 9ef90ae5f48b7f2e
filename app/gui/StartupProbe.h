#pragma once

class QCoreApplication;

namespace wc::gui {

/// The start-up benchmark's probe (tests/benchmark/bench_startup.cpp): when
/// $WEBHOOK_CONSOLE_EXIT_WHEN_EXPOSED is set, the first time a window is exposed the program
/// prints "exposed <CLOCK_MONOTONIC in ns>" on standard output and quits. Nothing otherwise.
void installStartupProbe(QCoreApplication &app);

} // namespace wc::gui
