#include "secrets/SecretService.h"

#include "Async.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSecretService, "webhookconsole.secrets.service")

using Attributes = QMap<QString, QString>;
Q_DECLARE_METATYPE(Attributes)

namespace wc {

namespace {
const QString Bus = QStringLiteral("org.freedesktop.secrets");
const QString ServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString ServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString PromptInterface = QStringLiteral("org.freedesktop.Secret.Prompt");
/// How long an unlock prompt may stay open before the console gives up on it.
constexpr std::chrono::minutes PromptPatience{5};

struct Found
{
    bool reachable = false;
    QList<QDBusObjectPath> unlocked;
    QList<QDBusObjectPath> locked;
};

/// Calls `then(watcher)` when the pending call ends, on `context`'s thread.
template <typename Then> void onReply(const QDBusPendingCall &call, QObject *context, Then then)
{
    auto *watcher = new QDBusPendingCallWatcher(call, context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, then = std::move(then)]() mutable {
                         watcher->deleteLater();
                         then(*watcher);
                     });
}

/// Waits for a prompt's Completed signal (dismissed or not), or gives up after a while.
class PromptWaiter : public QObject
{
    Q_OBJECT
public:
    PromptWaiter(const QString &path, Promise<bool> done, QObject *parent)
        : QObject(parent)
        , m_done(std::move(done))
    {
        QDBusConnection::sessionBus().connect(Bus, path, PromptInterface,
                                              QStringLiteral("Completed"), this,
                                              SLOT(completed(bool, QDBusVariant)));
        m_patience.setSingleShot(true);
        connect(&m_patience, &QTimer::timeout, this, [this] { finish(false); });
        m_patience.start(PromptPatience);
    }

    void finish(bool unlocked)
    {
        m_done.finish(unlocked);
        deleteLater();
    }

public Q_SLOTS:
    void completed(bool dismissed, const QDBusVariant &)
    {
        qCDebug(lcSecretService) << "unlock prompt" << (dismissed ? "dismissed" : "completed");
        finish(!dismissed);
    }

private:
    Promise<bool> m_done;
    QTimer m_patience;
};

void searchItems(const QString &service, const QString &key, QObject *context,
                 std::function<void(const Found &)> then)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        then(Found{});
        return;
    }
    qDBusRegisterMetaType<Attributes>();
    QDBusMessage call = QDBusMessage::createMethodCall(Bus, ServicePath, ServiceInterface,
                                                       QStringLiteral("SearchItems"));
    // The attributes QtKeychain's libsecret schema stores an entry under.
    const Attributes attributes{{QStringLiteral("server"), service}, {QStringLiteral("user"), key}};
    call << QVariant::fromValue(attributes);
    onReply(bus.asyncCall(call), context, [then](QDBusPendingCallWatcher &w) {
        QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = w;
        Found found;
        if (reply.isError()) {
            qCDebug(lcSecretService) << "SearchItems failed:" << reply.error().message();
            then(found);
            return;
        }
        found.reachable = true;
        found.unlocked = reply.argumentAt<0>();
        found.locked = reply.argumentAt<1>();
        then(found);
    });
}
} // namespace

SecretService::SecretService(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QFuture<SecretService::State> SecretService::state(const QString &key)
{
    Promise<State> done;
    searchItems(m_service, key, this, [done](const Found &found) {
        if (!found.reachable)
            done.finish(State::Unavailable);
        else if (!found.locked.isEmpty())
            done.finish(State::Locked);
        else if (!found.unlocked.isEmpty())
            done.finish(State::Unlocked);
        else
            done.finish(State::Missing);
    });
    return done.future();
}

QFuture<bool> SecretService::unlock(const QString &key)
{
    Promise<bool> done;
    searchItems(m_service, key, this, [this, done](const Found &found) {
        if (!found.reachable || found.locked.isEmpty()) {
            done.finish(true); // nothing locked there
            return;
        }
        QDBusMessage call = QDBusMessage::createMethodCall(Bus, ServicePath, ServiceInterface,
                                                           QStringLiteral("Unlock"));
        call << QVariant::fromValue(found.locked);
        onReply(QDBusConnection::sessionBus().asyncCall(call), this,
                [this, done](QDBusPendingCallWatcher &w) {
                    QDBusPendingReply<QList<QDBusObjectPath>, QDBusObjectPath> reply = w;
                    if (reply.isError()) {
                        qCDebug(lcSecretService) << "Unlock failed:" << reply.error().message();
                        done.finish(false);
                        return;
                    }
                    const QString prompt = reply.argumentAt<1>().path();
                    if (prompt.isEmpty() || prompt == u"/") {
                        done.finish(!reply.argumentAt<0>().isEmpty());
                        return;
                    }
                    // The Secret Service's own prompt asks the user for the keyring's password.
                    auto *waiter = new PromptWaiter(prompt, done, this);
                    QDBusMessage show = QDBusMessage::createMethodCall(Bus, prompt, PromptInterface,
                                                                       QStringLiteral("Prompt"));
                    show << QString(); // no parent window id
                    onReply(QDBusConnection::sessionBus().asyncCall(show), waiter,
                            [waiter](QDBusPendingCallWatcher &shown) {
                                if (shown.isError())
                                    waiter->finish(false);
                            });
                });
    });
    return done.future();
}

} // namespace wc

#include "SecretService.moc"
