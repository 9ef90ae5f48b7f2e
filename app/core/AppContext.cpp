#include "AppContext.h"

#include "AppInfo.h"
#include "Settings.h"
#include "WebhookService.h"
#include "delivery/Dispatcher.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"
#include "store/HistoryReader.h"

namespace wc {

AppContext::AppContext(std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>())
    , m_secrets(secrets ? std::move(secrets)
                        : std::make_unique<KeychainSecretStore>(
                              QString::fromLatin1(AppInfo::KeychainService)))
    , m_dispatcher(new Dispatcher(this))
    , m_service(new WebhookService(*m_database, *m_secrets, *m_dispatcher, this))
{}

AppContext::~AppContext()
{
    // The service and dispatcher hold references to the database and store: go first.
    delete m_history;
    delete m_service;
    delete m_dispatcher;
}

HistoryReader &AppContext::history()
{
    if (!m_history) {
        m_history = new HistoryReader(m_database->location());
        m_service->setHistoryReader(m_history);
    }
    return *m_history;
}

Error AppContext::open(const QString &location)
{
    if (Error e = m_database->open(Database::resolveLocation(location)))
        return e;
    m_dispatcher->setTimeout(std::chrono::seconds(Settings::timeoutSeconds()));
    return m_service->recoverInterrupted();
}

} // namespace wc
