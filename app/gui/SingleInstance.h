#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

namespace wc::gui {

/// One window per user and database: the first start claims the database's name and listens;
/// a second start with the same database asks the first to come to the front and ends.
/// Another database (`--database`) is another name, so two windows on two databases work.
///
/// The claim is a lock file in the user's runtime folder ($XDG_RUNTIME_DIR), held while the
/// window runs (a crashed window's stale lock is taken over); the request goes through a local
/// socket beside it.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    /// `databaseLocation` as resolved from --database and the environment.
    explicit SingleInstance(const QString &databaseLocation, QObject *parent = nullptr);
    ~SingleInstance() override;

    enum class Outcome {
        Primary,  ///< this is the first start: listening for the ones after it
        Raised,   ///< another start runs on this database, and was asked to come forward
        Unclaimed ///< the claim could not be made (no runtime folder): runs on its own
    };
    /// Claims the name, or asks the start holding it to come forward.
    [[nodiscard]] Outcome claim();

    /// The socket's path (for tests).
    [[nodiscard]] QString serverName() const { return m_name; }

Q_SIGNALS:
    /// A second start asked this one to show its window.
    void activationRequested();

private:
    bool askPrimary();

    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace wc::gui
