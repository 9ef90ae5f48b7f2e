#pragma once

#include "Delivery.h"
#include "Webhook.h"
#include "local/Database.h"
#include "local/DeliveryRepository.h"
#include "local/WebhookRepository.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace wc::test {

/// Waits, serving this thread's event loop meanwhile, for an asynchronous operation of the
/// core and returns its result. One that never finishes (or is cancelled) ends the test
/// loudly instead of hanging it.
template <typename T> T await(const QFuture<T> &future, int timeoutMs = 30000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        qFatal("an operation of the core never finished");
    if (future.resultCount() == 0)
        qFatal("an operation of the core was cancelled");
    return future.result();
}

/// A connection of the test's own to a local database file, with its repositories: for
/// seeding what no public operation can make (old deliveries, thousands of rows) and for
/// looking underneath the backend. Opens (and migrates) on construction.
struct SeedDatabase
{
    explicit SeedDatabase(const QString &location);
    Database db;
    WebhookRepository webhooks{db};
    DeliveryRepository deliveries{db};
    bool opened = false;
};

/// Stores a webhook directly (no keychain): for history tests.
[[nodiscard]] StoredWebhook
insertWebhook(WebhookRepository &repo, const QString &name,
              const QString &url = QStringLiteral("http://127.0.0.1:9/x"));

/// Stores a completed delivery directly: `code` 0 means no answer (`error` says why).
Delivery insertDelivery(DeliveryRepository &repo, qint64 webhookId, const QDateTime &when, int code,
                        const QString &kind = QStringLiteral("ping"),
                        const QByteArray &payload = R"({"message":"hello"})",
                        const QByteArray &response = R"({"ok":true})", const QString &error = {});

/// Fails loudly (not skips) when the process has no D-Bus session: every keychain test runs
/// inside the README's test command, which provides one with an unlocked gnome-keyring.
[[nodiscard]] bool haveSessionBus();

/// A fresh database path inside `dir`.
[[nodiscard]] QString databasePath(const QTemporaryDir &dir,
                                   const QString &name = QStringLiteral("webhooks.sqlite"));

/// A new, empty database on the tests' private PostgreSQL server, which the README's test
/// command starts and names in $WEBHOOK_CONSOLE_TEST_POSTGRES (an administrator's URL). The
/// database is dropped (with any connection still open to it) when this is destroyed.
class PostgresDatabase
{
public:
    PostgresDatabase();
    ~PostgresDatabase();
    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    /// Empty when the server is not there or the database could not be made: see error().
    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString error() const { return m_error; }
    /// Runs one statement as the administrator on this database (for looking underneath).
    [[nodiscard]] bool exec(const QString &sql, QString *error = nullptr) const;
    /// The administrator's URL of the server ($WEBHOOK_CONSOLE_TEST_POSTGRES).
    [[nodiscard]] static QString serverUrl();

private:
    QString m_name;
    QString m_url;
    QString m_error;
};

/// The tests' stand-in for Pulumi Cloud (tests/support/pulumi-cloud-standin.sh, started by the
/// README's test command): a fake that follows the reference, behind Stoplight Prism, which
/// checks every request and response against Pulumi's OpenAPI document.
namespace cloud {
/// The API URL the console talks to (Prism). Fails the test when the stand-in is not running.
[[nodiscard]] QString apiUrl();
/// Calls the fake's own control endpoint (`/_control/…`, never through Prism) and returns its
/// JSON answer; fails loudly when it does not answer 2xx.
QJsonValue control(const QString &path, const QJsonValue &body = {},
                   const QByteArray &verb = "POST");
/// Registers a user with a fresh random token, admin of `organizations`; gives the token.
/// The next GET of a path ending in `pathEndsWith` (any /api request when empty) is delayed
/// by `delayMs`, then answered `status` with Pulumi's error shape (status 0: served normally).
void fault(int status, const QString &pathEndsWith = {}, int delayMs = 0);
[[nodiscard]] QString addUser(const QString &login, const QStringList &organizations);
void addStack(const Scope &stack);
void addEnvironment(const Scope &environment);
/// What was sent to the fake (through Prism) since request number `since`.
[[nodiscard]] QJsonArray requests(int since = 0);
/// Lines in Prism's log now: pass to violations() to look at what came after.
[[nodiscard]] int mark();
/// Every request or response Prism found invalid since `mark` (its `check` output); empty
/// when there were none.
[[nodiscard]] QString violations(int since = 0);
} // namespace cloud

/// The signing schemes' own libraries (tests/js/signatures.js: @octokit/webhooks-methods,
/// standardwebhooks and svix, stripe) on one request signed with scheme `scheme`.
struct LibraryVerdict
{
    bool valid = false;
    QString error; ///< why the libraries refused it, or why they could not be asked
};
/// Asks the libraries whether `secret` signed the request. Node comes from
/// $WEBHOOK_CONSOLE_NODE (set by CTest); when it cannot run, the verdict is invalid and says
/// why: a missing judge fails the test, it never passes it.
[[nodiscard]] LibraryVerdict librariesVerify(const QString &scheme, const QString &secret,
                                             const QList<QPair<QByteArray, QByteArray>> &headers,
                                             const QByteArray &body);

/// Where tests save screenshots: $WEBHOOK_CONSOLE_SCREENSHOTS, else the working directory.
[[nodiscard]] QString screenshotPath(const QString &name);

} // namespace wc::test
