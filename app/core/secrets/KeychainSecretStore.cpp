#include "secrets/KeychainSecretStore.h"

#include "secrets/SecretService.h"

#include "AppInfo.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "webhookconsole.secrets.keychain")

namespace wc {

namespace {
template <typename Job> Job *prepare(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a secret never lands in a plaintext file
    job->setKey(key);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
    , m_secretService(new SecretService(service, this))
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, const QString &formerService,
                                         QObject *parent)
    : KeychainSecretStore(service, parent)
{
    if (formerService != service)
        m_formerService = formerService;
}

std::unique_ptr<KeychainSecretStore> KeychainSecretStore::application()
{
    return std::make_unique<KeychainSecretStore>(
        QString::fromLatin1(AppInfo::KeychainService),
        QString::fromLatin1(AppInfo::FormerKeychainService));
}

Error KeychainSecretStore::locked()
{
    return Error::make(Error::Code::Keychain,
                       tr("Your keychain is locked. Unlock your login keyring (for example in "
                          "“Passwords and Keys”, or by logging out and in again) and try "
                          "again."));
}

Error KeychainSecretStore::translate(int keychainError, const QString &detail)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error::make(Error::Code::NotFound,
                           tr("The secret is not in this computer's keychain."));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        if (detail.contains(u"locked", Qt::CaseInsensitive))
            return locked(); // "Cannot create an item in a locked collection"
        return Error::make(Error::Code::Keychain,
                           tr("The system keychain refused access (%1).").arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(Error::Code::Keychain,
                           tr("No system keychain is available (%1). Start or unlock your "
                              "keyring (for example GNOME Keyring or KWallet) and try again.")
                               .arg(detail));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain reports an unreachable Secret Service (no D-Bus session, no daemon) as
    // OtherError with D-Bus's text; say plainly that the keychain cannot be reached.
    if (detail.contains(u"D-Bus", Qt::CaseInsensitive) ||
        detail.contains(u"dbus", Qt::CaseInsensitive) ||
        detail.contains(u"org.freedesktop.secrets", Qt::CaseInsensitive)) {
        return Error::make(Error::Code::Keychain,
                           tr("The system keychain cannot be reached (%1). Start or unlock your "
                              "keyring (for example GNOME Keyring or KWallet) and try again.")
                               .arg(detail));
    }
    return Error::make(Error::Code::Keychain, tr("The system keychain failed: %1").arg(detail));
}

QFuture<Error> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto *job = prepare<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    Promise<Error> done;
    connect(job, &QKeychain::Job::finished, this, [this, done, key](QKeychain::Job *j) {
        const Error e = translate(j->error(), j->errorString());
        if (e) {
            qCWarning(lcKeychain) << "write failed for" << key << j->error() << j->errorString();
            done.finish(e);
            return;
        }
        // A copy under the former name would outlive this secret: it goes (best effort; the
        // new entry is found first either way).
        whenReady(removeFormer(key), this, [done](const Error &) { done.finish({}); });
    });
    job->start();
    return done.future();
}

QFuture<SecretStore::ReadResult> KeychainSecretStore::read(const QString &key)
{
    auto *job = prepare<QKeychain::ReadPasswordJob>(m_service, key);
    Promise<ReadResult> done;
    connect(job, &QKeychain::Job::finished, this, [this, done, key](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        ReadResult result;
        result.error = translate(j->error(), j->errorString());
        if (result.error && result.error.code != Error::Code::NotFound)
            qCWarning(lcKeychain) << "read failed for" << key << j->error() << j->errorString();
        if (!result.error)
            result.secret = readJob->textData();
        if (result.error.code != Error::Code::NotFound) {
            done.finish(result);
            return;
        }
        // "Not found" from a locked keyring (its unlock prompt cancelled or impossible) must
        // not read as missing: that would send the user to replace a secret still in use.
        whenReady(m_secretService->state(key), this,
                  [this, done, result, key](SecretService::State s) {
                      if (s == SecretService::State::Locked)
                          done.finish(ReadResult{locked(), {}});
                      else if (!m_formerService.isEmpty())
                          readFormer(key, result, done);
                      else
                          done.finish(result);
                  });
    });
    job->start();
    return done.future();
}

QFuture<Error> KeychainSecretStore::remove(const QString &key)
{
    Promise<Error> done;
    // A locked keyring first: libsecret would "delete" nothing and call it done. Its own
    // prompt asks for the password where one can be shown.
    whenReady(m_secretService->unlock(key), this, [this, done, key](bool unlocked) {
        if (!unlocked) {
            qCWarning(lcKeychain) << "delete refused: keyring locked for" << key;
            done.finish(locked());
            return;
        }
        whenReady(removeFormer(key), this, [this, done, key](const Error &former) {
            if (former) {
                done.finish(former);
                return;
            }
            removeEntry(key, done);
        });
    });
    return done.future();
}

void KeychainSecretStore::readFormer(const QString &key, const ReadResult &notFound,
                                     const Promise<ReadResult> &done)
{
    auto *job = prepare<QKeychain::ReadPasswordJob>(m_formerService, key);
    connect(job, &QKeychain::Job::finished, this, [this, done, key, notFound](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            // Not kept under the former name either (or unreadable there): the answer stands.
            done.finish(notFound);
            return;
        }
        const QString secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        // Moved once: written under the current name, then removed from the former one. Should
        // the write fail, the former entry stays, to be moved on the next read.
        auto *copy = prepare<QKeychain::WritePasswordJob>(m_service, key);
        copy->setTextData(secret);
        connect(copy, &QKeychain::Job::finished, this,
                [this, done, key, secret](QKeychain::Job *w) {
                    if (w->error() != QKeychain::NoError) {
                        qCWarning(lcKeychain) << "cannot move" << key << "from" << m_formerService
                                              << w->errorString();
                        done.finish(ReadResult{{}, secret});
                        return;
                    }
                    qCInfo(lcKeychain)
                        << "moved" << key << "from" << m_formerService << "to" << m_service;
                    whenReady(removeFormer(key), this, [done, secret](const Error &) {
                        done.finish(ReadResult{{}, secret});
                    });
                });
        copy->start();
    });
    job->start();
}

QFuture<Error> KeychainSecretStore::removeFormer(const QString &key)
{
    if (m_formerService.isEmpty())
        return readyFuture(Error{});
    auto *job = prepare<QKeychain::DeletePasswordJob>(m_formerService, key);
    Promise<Error> done;
    connect(job, &QKeychain::Job::finished, this, [this, done, key](QKeychain::Job *j) {
        Error e = translate(j->error(), j->errorString());
        if (e.code == Error::Code::NotFound)
            e = {};
        if (e)
            qCWarning(lcKeychain) << "cannot remove" << key << "from" << m_formerService
                                  << j->errorString();
        done.finish(e);
    });
    job->start();
    return done.future();
}

void KeychainSecretStore::removeEntry(const QString &key, const Promise<Error> &done)
{
    auto *job = prepare<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, done, key](QKeychain::Job *j) {
        Error e = translate(j->error(), j->errorString());
        if (e.code == Error::Code::NotFound)
            e = {};
        if (e) {
            qCWarning(lcKeychain) << "delete failed for" << key << j->error() << j->errorString();
            done.finish(e);
            return;
        }
        // Gone, or still there (a keyring locked again meanwhile, or restarted by D-Bus)?
        whenReady(m_secretService->state(key), this, [done](SecretService::State s) {
            if (s == SecretService::State::Locked)
                done.finish(locked());
            else if (s == SecretService::State::Unlocked)
                done.finish(Error::make(Error::Code::Keychain,
                                        tr("The keychain did not remove the secret; nothing was "
                                           "changed. Try again.")));
            else
                done.finish({});
        });
    });
    job->start();
}

} // namespace wc
