#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace wc {

/// In-memory secrets, for unit tests of a single class only. Can be told to fail.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    QFuture<Error> write(const QString &key, const QString &secret) override;
    QFuture<ReadResult> read(const QString &key) override;
    QFuture<Error> remove(const QString &key) override;

    /// While set, every call fails with this error.
    void setFailure(const Error &error) { m_failure = error; }
    [[nodiscard]] const QHash<QString, QString> &entries() const { return m_entries; }

private:
    QHash<QString, QString> m_entries;
    Error m_failure;
};

} // namespace wc
