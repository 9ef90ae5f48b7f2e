#pragma once

#include "Error.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <memory>

namespace wc {

class Database;
class Dispatcher;
class HistoryReader;
class WebhookService;

/// Everything the window and webhookctl share, wired the one way: a database, the OS keychain,
/// one dispatcher and the service over them.
class AppContext : public QObject
{
    Q_OBJECT
public:
    /// `secrets` replaces the OS keychain (unit tests only); null means the keychain.
    explicit AppContext(std::unique_ptr<SecretStore> secrets = {}, QObject *parent = nullptr);
    ~AppContext() override;

    /// Opens (and migrates) the database at `location` (see Database::resolveLocation) and
    /// marks attempts a previous run left pending as interrupted.
    [[nodiscard]] Error open(const QString &location);

    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] SecretStore &secrets() { return *m_secrets; }
    [[nodiscard]] Dispatcher &dispatcher() { return *m_dispatcher; }
    [[nodiscard]] WebhookService &service() { return *m_service; }
    /// The history's worker thread and connection, started on first use (the window uses it;
    /// webhookctl does not need one). Call after open().
    [[nodiscard]] HistoryReader &history();

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    Dispatcher *m_dispatcher = nullptr;
    WebhookService *m_service = nullptr;
    HistoryReader *m_history = nullptr;
};

} // namespace wc
