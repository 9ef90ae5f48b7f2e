#pragma once

#include "Async.h"
#include "Error.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace wc {

/// Where webhook secrets live. Every call returns at once; the future finishes later, when the
/// keychain has answered.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct ReadResult
    {
        Error error; ///< NotFound when no entry exists; Keychain when unreachable
        QString secret;
    };

    using QObject::QObject;

    [[nodiscard]] virtual QFuture<Error> write(const QString &key, const QString &secret) = 0;
    [[nodiscard]] virtual QFuture<ReadResult> read(const QString &key) = 0;
    /// Removing an entry that does not exist is a success.
    [[nodiscard]] virtual QFuture<Error> remove(const QString &key) = 0;
};

} // namespace wc
