// The start-up benchmark's baseline window (bench_startup): a bare Qt Widgets program from the
// same Qt, a QMainWindow holding a QTableView, with the console's probe: the first time its
// window is exposed it prints "exposed <CLOCK_MONOTONIC ns>" and quits.

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QWindow>
#include <cstdio>
#include <ctime>

namespace {
class Probe final : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *window = qobject_cast<QWindow *>(watched);
        if (event->type() != QEvent::Expose || m_seen || !window || !window->isExposed())
            return false;
        m_seen = true;
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::printf("exposed %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL +
                                          static_cast<long long>(now.tv_nsec));
        std::fflush(stdout);
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
        return false;
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Probe probe;
    app.installEventFilter(&probe);
    QStandardItemModel model(0, 4);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Payload URL"),
                                     QStringLiteral("Format"), QStringLiteral("Last delivery")});
    QMainWindow window;
    auto *table = new QTableView;
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1100, 700);
    window.show();
    return app.exec();
}
