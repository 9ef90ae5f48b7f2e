#include "Async.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>

using namespace wc;

namespace {
/// Waits until every finished-notification already posted for `future` has been delivered:
/// a watcher attached after the one under test hears the same future's outcome after it.
template <typename T> bool drainNotifications(const QFuture<T> &future)
{
    QFutureWatcher<T> sentinel;
    QSignalSpy finished(&sentinel, &QFutureWatcherBase::finished);
    sentinel.setFuture(future);
    return finished.wait(5000) || finished.count() > 0;
}
} // namespace

// The helpers of app/core/api/Async.h that every asynchronous operation of the core uses.
class TestAsync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callsBackOnTheContextsThread()
    {
        QObject context;
        Promise<int> promise;
        QThread *callbackThread = nullptr;
        int received = 0;
        int calls = 0;
        whenReady(promise.future(), &context, [&](int value) {
            callbackThread = QThread::currentThread();
            received = value;
            ++calls;
        });

        QThread *finishingThread = nullptr;
        std::unique_ptr<QThread> worker(QThread::create([promise, &finishingThread] {
            finishingThread = QThread::currentThread();
            promise.finish(42);
        }));
        worker->start();
        QVERIFY(worker->wait(5000));

        QTRY_COMPARE(calls, 1);
        QCOMPARE(received, 42);
        QVERIFY(finishingThread != nullptr);
        QVERIFY(finishingThread != QThread::currentThread());
        QCOMPARE(callbackThread, QThread::currentThread());
        QCOMPARE(callbackThread, context.thread());
    }

    void neverCallsBackInsideTheCall_data()
    {
        QTest::addColumn<bool>("finishedBeforeWhenReady");
        QTest::newRow("already finished (readyFuture)") << true;
        QTest::newRow("finished on the context's thread right after") << false;
    }
    void neverCallsBackInsideTheCall()
    {
        QFETCH(bool, finishedBeforeWhenReady);
        QObject context;
        Promise<QString> promise;
        QFuture<QString> future =
            finishedBeforeWhenReady ? readyFuture(QStringLiteral("ready")) : promise.future();
        QVERIFY(future.isFinished() == finishedBeforeWhenReady);

        int calls = 0;
        QString received;
        whenReady(future, &context, [&](const QString &value) {
            received = value;
            ++calls;
        });
        if (!finishedBeforeWhenReady)
            promise.finish(QStringLiteral("ready"));
        QCOMPARE(calls, 0); // not yet: only from the event loop

        QTRY_COMPARE(calls, 1);
        QCOMPARE(received, QStringLiteral("ready"));
    }

    void neverCallsBackAfterTheContextDied_data()
    {
        QTest::addColumn<bool>("finishBeforeDeleting");
        QTest::newRow("finished after the context died") << false;
        QTest::newRow("finished, context died before the event loop ran") << true;
    }
    void neverCallsBackAfterTheContextDied()
    {
        QFETCH(bool, finishBeforeDeleting);
        auto *context = new QObject;
        Promise<int> promise;
        int calls = 0;
        whenReady(promise.future(), context, [&calls](int) { ++calls; });

        if (finishBeforeDeleting)
            promise.finish(1);
        delete context;
        if (!finishBeforeDeleting)
            promise.finish(1);

        QVERIFY(drainNotifications(promise.future()));
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }

    void cancelledFutureCallsNobody_data()
    {
        QTest::addColumn<bool>("droppedBeforeWhenReady");
        QTest::newRow("promise dropped before whenReady") << true;
        QTest::newRow("promise dropped while watched") << false;
    }
    void cancelledFutureCallsNobody()
    {
        QFETCH(bool, droppedBeforeWhenReady);
        QObject context;
        int calls = 0;
        QFuture<int> future;
        auto promise = std::make_unique<Promise<int>>();
        future = promise->future();
        if (droppedBeforeWhenReady)
            promise.reset();
        whenReady(future, &context, [&calls](int) { ++calls; });
        promise.reset(); // no-op when already dropped

        QVERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
        QVERIFY(drainNotifications(future));
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }

    void firstFinishWins()
    {
        Promise<QString> promise;
        const Promise<QString> copy = promise; // copies share one future
        promise.finish(QStringLiteral("first"));
        promise.finish(QStringLiteral("second"));
        copy.finish(QStringLiteral("third"));

        const QFuture<QString> future = copy.future();
        QVERIFY(future.isFinished());
        QVERIFY(!future.isCanceled());
        QCOMPARE(future.resultCount(), 1);
        QCOMPARE(future.result(), QStringLiteral("first"));

        QObject context;
        QStringList received;
        whenReady(future, &context, [&received](const QString &value) { received << value; });
        QTRY_COMPARE(received, QStringList{QStringLiteral("first")});
        QVERIFY(drainNotifications(future));
        QCOMPARE(received, QStringList{QStringLiteral("first")}); // once, not per finish
    }

    void readyFutureHoldsItsValue()
    {
        const QFuture<int> future = readyFuture(7);
        QVERIFY(future.isFinished());
        QVERIFY(!future.isCanceled());
        QCOMPARE(future.resultCount(), 1);
        QCOMPARE(future.result(), 7);
    }

    void failureCarriesTheError()
    {
        const Error error{Error::Code::Conflict, QStringLiteral("A webhook named “x” exists."),
                          QStringLiteral("name")};
        const Result<QString> result = Result<QString>::failure(error);
        QVERIFY(!result.ok());
        QVERIFY(result.error.isError());
        QCOMPARE(result.error.code, Error::Code::Conflict);
        QCOMPARE(result.error.message, QStringLiteral("A webhook named “x” exists."));
        QCOMPARE(result.error.field, QStringLiteral("name"));
        QCOMPARE(result.value, QString());

        const Result<int> failed = Result<int>::failure(
            Error::make(Error::Code::Storage, QStringLiteral("Cannot read the database.")));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error.code, Error::Code::Storage);
        QCOMPARE(failed.error.message, QStringLiteral("Cannot read the database."));
        QVERIFY(failed.error.field.isEmpty());
        QCOMPARE(failed.value, 0);

        const Result<int> success{{}, 5};
        QVERIFY(success.ok());
        QCOMPARE(success.error.code, Error::Code::None);
        QCOMPARE(success.value, 5);
    }
};

QTEST_GUILESS_MAIN(TestAsync)
#include "tst_async.moc"
