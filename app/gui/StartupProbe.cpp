#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWindow>
#include <cstdio>
#include <ctime>

namespace wc::gui {

namespace {
class Probe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Expose || m_seen)
            return false;
        const auto *window = qobject_cast<QWindow *>(watched);
        if (!window || !window->isExposed())
            return false;
        m_seen = true;
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::printf("exposed %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL +
                                          static_cast<long long>(now.tv_nsec));
        std::fflush(stdout);
        // After this event (the window is painted as it is exposed).
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
        return false;
    }

private:
    bool m_seen = false;
};
} // namespace

void installStartupProbe(QCoreApplication &app)
{
    if (qEnvironmentVariableIsEmpty("WEBHOOK_CONSOLE_EXIT_WHEN_EXPOSED"))
        return;
    app.installEventFilter(new Probe(&app));
}

} // namespace wc::gui
