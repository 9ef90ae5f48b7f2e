#include "store/HistoryReader.h"

#include "store/Database.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcHistory, "webhookconsole.store.history")

namespace wc {

struct HistoryReader::Worker
{
    std::unique_ptr<Database> db;
    std::unique_ptr<DeliveryRepository> repo;
    mutable QMutex mutex;
    Error openError;
};

HistoryReader::HistoryReader(const QString &location, QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_state(std::make_shared<Worker>())
{
    m_thread.setObjectName(QStringLiteral("history"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    auto state = m_state;
    QMetaObject::invokeMethod(
        m_worker,
        [state, location] {
            state->db = std::make_unique<Database>();
            const Error e = state->db->open(location, false);
            QMutexLocker lock(&state->mutex);
            state->openError = e;
            if (e)
                qCWarning(lcHistory) << "cannot open history connection:" << e.message;
            state->repo = std::make_unique<DeliveryRepository>(*state->db);
        },
        Qt::BlockingQueuedConnection);
}

HistoryReader::~HistoryReader()
{
    // Close the connection on the thread that opened it, then stop.
    auto state = m_state;
    QMetaObject::invokeMethod(
        m_worker,
        [state] {
            state->repo.reset();
            state->db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Error HistoryReader::openError() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->openError;
}

DeliveryRepository &HistoryReader::workerRepository()
{
    return *m_state->repo;
}

Database &HistoryReader::workerDatabase()
{
    return *m_state->db;
}

void HistoryReader::page(const DeliveryFilter &filter, Anchor anchor, qint64 cursor, int limit,
                         std::function<void(const Page &)> done)
{
    run<Page>(
        [filter, anchor, cursor, limit](DeliveryRepository &repo, Database &) {
            Page p;
            switch (anchor) {
            case Anchor::Newest:
            case Anchor::Older: {
                const qint64 before = anchor == Anchor::Newest ? 0 : cursor;
                p.rows = repo.page(filter, before, limit + 1, false, &p.error);
                p.hasOlder = p.rows.size() > limit;
                if (p.hasOlder)
                    p.rows.removeLast();
                p.hasNewer = before > 0;
                break;
            }
            case Anchor::Oldest:
            case Anchor::Newer: {
                const qint64 after = anchor == Anchor::Oldest ? 0 : cursor;
                p.rows = repo.pageNewer(filter, after, limit + 1, &p.error);
                p.hasNewer = p.rows.size() > limit;
                if (p.hasNewer)
                    p.rows.removeFirst();
                p.hasOlder = after > 0;
                if (!p.hasNewer && anchor == Anchor::Newer && p.rows.size() < limit) {
                    // Reached the newest end: show a full newest page instead of a short one.
                    p.rows = repo.page(filter, 0, limit + 1, false, &p.error);
                    p.hasOlder = p.rows.size() > limit;
                    if (p.hasOlder)
                        p.rows.removeLast();
                }
                break;
            }
            }
            return p;
        },
        std::move(done));
}

void HistoryReader::count(const DeliveryFilter &filter,
                          std::function<void(qint64, const Error &)> done)
{
    using Result = std::pair<qint64, Error>;
    run<Result>(
        [filter](DeliveryRepository &repo, Database &) {
            Error e;
            const qint64 n = repo.count(filter, &e);
            return Result{n, e};
        },
        [done](const Result &r) { done(r.first, r.second); });
}

void HistoryReader::dailyStats(
    qint64 webhookId, const QDateTime &since,
    std::function<void(const QList<DeliveryRepository::DayStats> &, const Error &)> done)
{
    using Result = std::pair<QList<DeliveryRepository::DayStats>, Error>;
    run<Result>(
        [webhookId, since](DeliveryRepository &repo, Database &) {
            Error e;
            auto stats = repo.dailyStats(webhookId, since, &e);
            return Result{stats, e};
        },
        [done](const Result &r) { done(r.first, r.second); });
}

void HistoryReader::clear(qint64 webhookId, std::function<void(qint64, const Error &)> done)
{
    using Result = std::pair<qint64, Error>;
    run<Result>(
        [webhookId](DeliveryRepository &repo, Database &) {
            Error e;
            const qint64 n = repo.clear(webhookId, 2000, &e);
            return Result{n, e};
        },
        [done](const Result &r) { done(r.first, r.second); });
}

void HistoryReader::prune(int keepDays, int keepCount,
                          std::function<void(qint64, const Error &)> done)
{
    using Result = std::pair<qint64, Error>;
    run<Result>(
        [keepDays, keepCount](DeliveryRepository &repo, Database &db) {
            Error e;
            QSqlQuery ids(db.connection());
            QList<qint64> webhookIds;
            if (ids.exec(QStringLiteral("SELECT id FROM webhooks"))) {
                while (ids.next())
                    webhookIds << ids.value(0).toLongLong();
            }
            const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-keepDays);
            qint64 removed = 0;
            for (qint64 id : std::as_const(webhookIds)) {
                removed += repo.prune(id, cutoff, keepCount, 2000, &e);
                if (e)
                    break;
            }
            if (removed)
                qCInfo(lcHistory) << "retention removed" << removed << "deliveries";
            return Result{removed, e};
        },
        [done](const Result &r) { done(r.first, r.second); });
}

} // namespace wc
