#include "local/StorageThread.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStorage, "webhookconsole.local.storage")

namespace wc {

Error StorageThread::Store::usable() const
{
    if (db.isOpen())
        return {};
    return openError ? openError
                     : Error::make(Error::Code::Storage,
                                   QCoreApplication::translate("StorageThread",
                                                               "The database is not open."));
}

StorageThread::StorageThread(const QString &name, QThread::Priority priority, QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_store(std::make_shared<Store>())
{
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(priority);
}

StorageThread::~StorageThread()
{
    // Queued after everything else: what was asked for is done before the connection closes,
    // on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [store = m_store] { store->db.close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QFuture<Error> StorageThread::open(const QString &location, bool migrate,
                                   std::chrono::milliseconds busyTimeout)
{
    return run([location, migrate, busyTimeout](Store &store) {
        store.db.setBusyTimeout(busyTimeout);
        const Error e = store.db.open(location, migrate);
        store.openError = e;
        if (e)
            qCWarning(lcStorage) << "cannot open" << Database::displayLocation(location)
                                 << e.message;
        return e;
    });
}

QFuture<Error> StorageThread::listen(const QString &channel)
{
    return run([this, channel](Store &store) {
        m_channel = channel;
        return subscribe(store, channel);
    });
}

Error StorageThread::subscribe(Store &store, const QString &channel)
{
    if (Error e = store.usable())
        return e;
    QSqlDriver *driver = store.db.connection().driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications))
        return Error::make(
            Error::Code::Storage,
            QCoreApplication::translate("StorageThread", "The database cannot notify changes."));
    // The driver's socket notifier lives on this (the worker's) thread.
    if (!driver->subscribedToNotifications().contains(channel)) {
        QObject::connect(driver, &QSqlDriver::notification, m_worker,
                         [this] { Q_EMIT notified(); });
        if (!driver->subscribeToNotification(channel))
            return Error::make(
                Error::Code::Storage,
                QCoreApplication::translate("StorageThread", "Cannot listen for changes: %1")
                    .arg(Database::describe(driver->lastError())));
    }
    return Error{};
}

QFuture<StorageThread::Health> StorageThread::checkConnection()
{
    return run([this](Store &store) {
        Health h;
        if (store.db.location().isEmpty())
            return h; // never opened: open() says why
        h.error = store.db.ensureConnected(&h.reconnected);
        store.openError = h.error;
        if (!h.error && h.reconnected && !m_channel.isEmpty())
            h.error = subscribe(store, m_channel);
        return h;
    });
}

} // namespace wc
