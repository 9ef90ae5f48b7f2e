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

    void write(const QString &key, const QString &secret, Done done) override;
    void read(const QString &key, ReadDone done) override;
    void remove(const QString &key, Done done) override;

    /// While set, every call fails with this error.
    void setFailure(const Error &error) { m_failure = error; }
    [[nodiscard]] const QHash<QString, QString> &entries() const { return m_entries; }

private:
    QHash<QString, QString> m_entries;
    Error m_failure;
};

} // namespace wc
