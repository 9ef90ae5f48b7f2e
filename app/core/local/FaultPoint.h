#pragma once

namespace wc {

/// A test hook for the moments a crash would hurt most: when $WEBHOOK_CONSOLE_FAULT names this
/// point, the process kills itself here with SIGKILL, as a crash or `kill -9` at that moment
/// would. Otherwise (always, outside the fault tests) it does nothing.
void faultPoint(const char *name);

} // namespace wc
