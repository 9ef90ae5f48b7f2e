#include "secrets/MemorySecretStore.h"

#include <QTimer>

namespace wc {

void MemorySecretStore::write(const QString &key, const QString &secret, Done done)
{
    const Error failure = m_failure;
    if (!failure)
        m_entries.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done), failure] { done(failure); });
}

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    ReadResult result;
    result.error = m_failure;
    if (!result.error) {
        if (m_entries.contains(key))
            result.secret = m_entries.value(key);
        else
            result.error = Error::make(Error::Code::NotFound, tr("No such secret."));
    }
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::remove(const QString &key, Done done)
{
    const Error failure = m_failure;
    if (!failure)
        m_entries.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done), failure] { done(failure); });
}

} // namespace wc
