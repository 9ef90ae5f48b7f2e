#include "secrets/MemorySecretStore.h"

namespace wc {

QFuture<Error> MemorySecretStore::write(const QString &key, const QString &secret)
{
    if (!m_failure)
        m_entries.insert(key, secret);
    return readyFuture(Error(m_failure));
}

QFuture<SecretStore::ReadResult> MemorySecretStore::read(const QString &key)
{
    ReadResult result;
    result.error = m_failure;
    if (!result.error) {
        if (m_entries.contains(key))
            result.secret = m_entries.value(key);
        else
            result.error = Error::make(Error::Code::NotFound, tr("No such secret."));
    }
    return readyFuture(std::move(result));
}

QFuture<Error> MemorySecretStore::remove(const QString &key)
{
    if (!m_failure)
        m_entries.remove(key);
    return readyFuture(Error(m_failure));
}

} // namespace wc
