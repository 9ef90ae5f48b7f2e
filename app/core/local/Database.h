#pragma once

#include "Error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <chrono>
#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace wc {

/// One row of the change journal (table `changes`): what a console or webhookctl changed,
/// for the other consoles on the same database to show without a restart.
struct Change
{
    qint64 id = 0;
    QString origin;    ///< the backend that made it (Database::origin)
    QString subject;   ///< "organization", "scope", "webhook", "delivery" or "history"
    QString action;    ///< "added", "renamed", "changed", "removed", "recorded", "completed",
                       ///< "cleared" or "pruned"
    QString ref;       ///< an organization, a scope path, a webhook REF, or a count (pruned)
    QString refBefore; ///< a renamed scope's or webhook's former path or REF
    QString uid;       ///< the webhook's internal id
    qint64 deliveryId = 0;
};

/// One connection to the console's database: an SQLite file (default) or, for teams, a
/// PostgreSQL server given as `postgresql://user:password@host:port/dbname`.
/// Opening migrates the schema to the current version, one transaction per step.
class Database
{
public:
    enum class Backend { SQLite, PostgreSQL };
    static constexpr int SchemaVersion = 10;
    /// Schema 9: the partial index of pending deliveries, and its predicate. A statement that
    /// means to use the index repeats the predicate word for word (a literal, not a bound
    /// value): SQLite and PostgreSQL both use a partial index only for a WHERE that implies it.
    static constexpr const char *PendingIndex = "deliveries_pending";
    static constexpr const char *PendingPredicate = "status = 0"; // DeliveryStatus::Pending

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating the file and its folder when needed) and migrates. A reader
    /// (`migrate` false) only opens: for a second connection on a worker thread.
    [[nodiscard]] Error open(const QString &location, bool migrate = true);
    /// How long a statement waits for another connection's lock before giving up.
    void setBusyTimeout(std::chrono::milliseconds timeout) { m_busyTimeout = timeout; }
    void close();
    [[nodiscard]] bool isOpen() const;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] QString location() const { return m_location; }
    /// What the search of the history finds words in: the words of a delivery's payload and
    /// response, folded (case and diacritics) and separated by spaces, as SQLite's full-text
    /// index splits them. PostgreSQL indexes this text as a tsvector.
    [[nodiscard]] static QString searchText(const QByteArray &payload, const QByteArray &response);
    /// The same splitting and folding of any text (a search's words).
    [[nodiscard]] static QString searchWords(const QString &text);

    /// The location for people: a PostgreSQL URL without its password.
    [[nodiscard]] QString displayLocation() const { return displayLocation(m_location); }
    [[nodiscard]] static QString displayLocation(const QString &location);
    /// The version recorded in the database (0 when none).
    [[nodiscard]] int storedSchemaVersion() const;

    /// An SQL error in words on one line: the database's own message, without the driver's.
    [[nodiscard]] static QString describe(const QSqlError &error);

    /// Runs a prepared query; on failure returns a Storage error naming `what`.
    [[nodiscard]] static Error exec(QSqlQuery &query, const QString &what);
    [[nodiscard]] Error exec(const QString &sql, const QString &what) const;

    /// Binds row `row`'s values to `query`, from `index` on (advancing it).
    using BindRow = std::function<void(QSqlQuery &query, int &index, qsizetype row)>;
    /// Called after each statement with the rows it took, [from, from + count).
    using AfterRows = std::function<Error(QSqlQuery &query, qsizetype from, qsizetype count)>;
    /// Runs a statement with a VALUES list for `rows` rows in as few statements as it takes:
    /// `sql` has %1 where the list goes, `row` is one row's placeholders ("(?, ?)"). Each
    /// statement takes a power of two of rows, at most MaxRowsPerStatement, and is prepared once
    /// per connection and kept: SQLite looks each of Qt's parameters up by name in a list, so
    /// preparing a statement of n values costs n², far more than running it (issue 15). For
    /// SQLite's full-text triggers, one statement of many rows costs far less than a statement
    /// per row. Runs inside the caller's transaction.
    [[nodiscard]] Error execRows(const QString &sql, const QString &row, qsizetype rows,
                                 const BindRow &bindRow, const QString &what,
                                 const AfterRows &after = {}) const;
    static constexpr qsizetype MaxRowsPerStatement = 256;

    /// Bind values that are never NULL: Qt binds a null QString or QByteArray as SQL NULL.
    [[nodiscard]] static QVariant text(const QString &value);
    [[nodiscard]] static QVariant bytes(const QByteArray &value);

    /// Column type for binary data (payloads, bodies).
    [[nodiscard]] QString blobType() const;

    /// Who writes through this connection (a backend's id), recorded with each change.
    void setOrigin(const QString &origin) { m_origin = origin; }
    [[nodiscard]] QString origin() const { return m_origin; }
    /// Notes a change in the journal and (PostgreSQL) notifies the listening consoles, in the
    /// transaction under way if there is one.
    [[nodiscard]] Error recordChange(const QString &subject, const QString &action,
                                     const QString &ref = {}, const QString &refBefore = {},
                                     const QString &uid = {}, qint64 deliveryId = 0) const;
    /// One change of `subject` and `action` for each of the deliveries, with one statement
    /// prepared once and (PostgreSQL) one notification.
    [[nodiscard]] Error recordDeliveryChanges(const QString &action,
                                              const QList<qint64> &deliveryIds) const;
    /// Changes after `after`, oldest first (at most `limit`).
    [[nodiscard]] QList<Change> changesSince(qint64 after, int limit, Error *error) const;
    /// The newest change's id (0 when none).
    [[nodiscard]] qint64 lastChange(Error *error) const;
    /// Forgets changes older than `age`.
    Error pruneChanges(std::chrono::seconds age) const;
    /// SQLite: a number that changes whenever another connection commits (PRAGMA
    /// data_version); PostgreSQL: always 0 (notifications tell instead).
    [[nodiscard]] qint64 dataVersion() const;
    /// The channel PostgreSQL notifies on when a change is recorded.
    static constexpr const char *ChangeChannel = "webhook_console_changes";

    /// PostgreSQL: whether the server still answers on this connection; when it does not,
    /// connects again (without migrating). `*reconnected` says whether it had to. Nothing to do
    /// on SQLite.
    [[nodiscard]] Error ensureConnected(bool *reconnected = nullptr);

    /// Starts / ends a transaction. A nested begin() opens a savepoint: its rollback() undoes
    /// only the work since that begin(), and its commit() keeps it for the outer commit().
    [[nodiscard]] Error begin();
    [[nodiscard]] Error commit();
    void rollback();

private:
    /// PostgreSQL: wakes the consoles listening for changes (NOTIFY); nothing on SQLite.
    [[nodiscard]] Error notifyChange() const;
    QString m_origin;
    int m_depth = 0; // transactions begun and not yet ended, outermost included
    Error openConnection(const QString &location);
    /// The libpq parameters of a postgresql:// URL's query, for QPSQL's connect options.
    [[nodiscard]] static Error postgresOptions(const QUrl &url, QString *options);
    [[nodiscard]] Error openError(const QString &location, const QSqlError &error) const;
    Error migrate();
    Error migrateSteps();
    Error migrateTo(int version);
    /// Schema 6 on PostgreSQL: the search vectors of the deliveries recorded before it.
    Error indexExistingDeliveries();

    /// execRows()'s statements, by their text; dropped with the connection.
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    QString m_connectionName;
    QString m_location;
    Backend m_backend = Backend::SQLite;
    std::chrono::milliseconds m_busyTimeout{5000};
};

} // namespace wc
