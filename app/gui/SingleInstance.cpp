#include "SingleInstance.h"

#include "AppInfo.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

Q_LOGGING_CATEGORY(lcInstance, "webhookconsole.gui.instance")

namespace wc::gui {

namespace {
const QByteArray Activate = QByteArrayLiteral("activate\n");
constexpr int AnswerMs = 2000;
} // namespace

SingleInstance::SingleInstance(const QString &databaseLocation, QObject *parent)
    : QObject(parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        return;
    // The location names the instance; hashed, it makes a short, safe file name.
    const QByteArray hash =
        QCryptographicHash::hash(databaseLocation.toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    m_name =
        QDir(folder).filePath(QString::fromLatin1(AppInfo::Id) + u'-' + QString::fromLatin1(hash));
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Outcome SingleInstance::claim()
{
    if (m_name.isEmpty())
        return Outcome::Unclaimed;
    m_lock = std::make_unique<QLockFile>(m_name + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // held for the process's life: only a dead owner's is stale
    // Two starts at the same moment: one takes the lock, the other finds it held and asks.
    // A holder that never answers (hung) does not keep this start waiting for long.
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (m_lock->tryLock(0)) {
            QLocalServer::removeServer(m_name); // a crashed owner's socket
            m_server = new QLocalServer(this);
            m_server->setSocketOptions(QLocalServer::UserAccessOption);
            if (!m_server->listen(m_name)) {
                qCWarning(lcInstance) << "cannot listen on" << m_name << m_server->errorString();
                return Outcome::Unclaimed;
            }
            connect(m_server, &QLocalServer::newConnection, this, [this] {
                while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                        if (!socket->canReadLine())
                            return;
                        if (socket->readLine() == Activate) {
                            qCInfo(lcInstance) << "another start asks for the window";
                            socket->write(QByteArrayLiteral("ok\n"));
                            socket->flush();
                            Q_EMIT activationRequested();
                        }
                        socket->disconnectFromServer();
                    });
                }
            });
            qCDebug(lcInstance) << "first start, listening on" << m_name;
            return Outcome::Primary;
        }
        if (m_lock->error() != QLockFile::LockFailedError)
            return Outcome::Unclaimed; // no permission: run on its own
        if (askPrimary())
            return Outcome::Raised;
        // The owner is starting and not listening yet, or ending: try again shortly.
        QThread::msleep(100);
    }
    qCWarning(lcInstance) << "the start holding" << m_name << "does not answer";
    return Outcome::Unclaimed;
}

bool SingleInstance::askPrimary()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(AnswerMs))
        return false;
    socket.write(Activate);
    if (!socket.waitForBytesWritten(AnswerMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(AnswerMs))
            return false;
    }
    return socket.readLine() == "ok\n";
}

} // namespace wc::gui
