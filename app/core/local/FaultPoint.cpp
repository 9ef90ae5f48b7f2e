#include "local/FaultPoint.h"

#include <QByteArray>
#include <QtGlobal>
#include <csignal>
#include <cstdio>

namespace wc {

void faultPoint(const char *name)
{
    static const QByteArray wanted = qgetenv("WEBHOOK_CONSOLE_FAULT");
    if (wanted.isEmpty() || wanted != name)
        return;
    std::fprintf(stderr, "fault point %s: killed\n", name);
    std::fflush(stderr);
#ifdef Q_OS_UNIX
    std::raise(SIGKILL);
#endif
    std::abort();
}

} // namespace wc
