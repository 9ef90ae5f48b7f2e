#pragma once

#include "Error.h"

#include <QObject>
#include <QString>
#include <functional>

namespace wc {

/// Where webhook secrets live. Every call is asynchronous: `done` runs later, on the calling
/// thread's event loop, never inside the call.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct ReadResult
    {
        Error error; ///< NotFound when no entry exists; Keychain when unreachable
        QString secret;
    };
    using Done = std::function<void(const Error &)>;
    using ReadDone = std::function<void(const ReadResult &)>;

    using QObject::QObject;

    virtual void write(const QString &key, const QString &secret, Done done) = 0;
    virtual void read(const QString &key, ReadDone done) = 0;
    /// Removing an entry that does not exist is a success.
    virtual void remove(const QString &key, Done done) = 0;
};

} // namespace wc
