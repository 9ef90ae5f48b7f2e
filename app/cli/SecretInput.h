#pragma once

#include "Error.h"

#include <QString>

namespace wc::cli {

/// Reads a secret from standard input, never from an argument (arguments land in shell history
/// and the process list). From a pipe or file: everything up to end of input, one trailing
/// newline ("\n" or "\r\n") dropped. From a terminal: one line, typed without echo.
/// Fails (Invalid, field "secret") on empty input, input that is not UTF-8, input far longer
/// than any secret, or a secret validation::secret() refuses (a NUL or another control
/// character left after the one trailing newline is dropped).
[[nodiscard]] Error readSecretFromStdin(QString *secret);

} // namespace wc::cli
