// The webhook list follows the backend's change signals row by row: a webhook added, changed
// or removed inserts, updates or removes its row, and a delivery changes one cell, without
// resetting the model (which would lose the user's selection and scroll position).

#include "AppInfo.h"
#include "Formatting.h"
#include "LocalReceiver.h"
#include "TestSupport.h"
#include "WebhookListModel.h"
#include "local/LocalBackend.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wc;
using namespace wc::gui;
using test::LocalReceiver;

class TestWebhookListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    LocalReceiver m_receiver;
    const Scope m_scope = Scope::organizationScope(QStringLiteral("acme"));

    WebhookDraft draft(const QString &name, const Scope &scope)
    {
        WebhookDraft d;
        d.scope = scope;
        d.name = name;
        d.displayName = QStringLiteral("Hook ") + name;
        d.payloadUrl = m_receiver.url();
        return d;
    }
    Webhook create(const QString &name, const Scope &scope)
    {
        const Result<Webhook> made = test::await(m_backend->create(draft(name, scope)));
        if (made.error)
            qFatal("%s", qPrintable(made.error.message));
        return made.value;
    }
    static QString cell(const WebhookListModel &model, const WebhookRef &ref, int column)
    {
        return model.index(model.rowOf(ref), column).data().toString();
    }
    /// The Last delivery cell without its time ("✔ 200").
    static QString outcome(const WebhookListModel &model, const WebhookRef &ref)
    {
        return model.index(model.rowOf(ref), WebhookListModel::LastDeliveryColumn)
            .data(WebhookListModel::OutcomeRole)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QVERIFY(m_receiver.listen());
        m_backend = std::make_unique<LocalBackend>(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        create(QStringLiteral("first"), m_scope);
    }

    void loadsWithoutWaitingAndSaysSo()
    {
        WebhookListModel model(*m_backend);
        QSignalSpy loading(&model, &WebhookListModel::loadingChanged);
        model.setScope(m_scope);
        QVERIFY(model.isLoading()); // asked for, not arrived: nothing waited
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(loading.count(), 2);
        QVERIFY(model.lastError().isEmpty());
    }

    void followsChangesRowByRow()
    {
        WebhookListModel model(*m_backend);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(m_scope);
        QTRY_COMPARE(model.rowCount(), 1);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const Webhook second = create(QStringLiteral("second"), m_scope);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, second.ref(), WebhookListModel::DisplayNameColumn),
                 QStringLiteral("Hook second"));
        // Another scope's webhook is not this list's.
        create(
            QStringLiteral("elsewhere"),
            Scope::stackScope(m_scope.organization, QStringLiteral("web"), QStringLiteral("prod")));
        QCOMPARE(model.rowCount(), 2);

        // A ping changes its webhook's Last delivery cell: pending, then the outcome.
        const int row = model.rowOf(second.ref());
        changed.clear();
        const Result<Delivery> sent = test::await(m_backend->ping(second.ref()));
        QVERIFY(!sent.error);
        QCOMPARE(changed.count(), 2); // recorded, completed
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            QCOMPARE(from.row(), row);
            QCOMPARE(to.row(), row);
            QCOMPARE(from.column(), int(WebhookListModel::LastDeliveryColumn));
            QCOMPARE(to.column(), int(WebhookListModel::LastDeliveryColumn));
        }
        QCOMPARE(outcome(model, second.ref()), QStringLiteral("✔ 200"));
        // When, relative to now; the exact time and the duration on hover.
        QCOMPARE(cell(model, second.ref(), WebhookListModel::LastDeliveryColumn),
                 QStringLiteral("✔ 200 · just now"));
        const QString tip =
            model.index(row, WebhookListModel::LastDeliveryColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(formatting::exactTime(sent.value.timestamp)), qPrintable(tip));
        QVERIFY2(tip.contains(formatting::duration(sent.value.durationMs)), qPrintable(tip));

        // An edit (here a pause and a rename) updates its row in place.
        changed.clear();
        WebhookDraft d = WebhookDraft::from(second);
        d.active = false;
        d.name = QStringLiteral("second-renamed");
        const Result<Webhook> saved = test::await(m_backend->update(second.ref(), d));
        QVERIFY(!saved.error);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowOf(second.ref()), -1);
        QCOMPARE(model.rowOf(saved.value.ref()), row);
        QCOMPARE(cell(model, saved.value.ref(), WebhookListModel::ActiveColumn),
                 QStringLiteral("Paused"));
        QCOMPARE(outcome(model, saved.value.ref()), QStringLiteral("✔ 200"));

        // Clearing the history empties the cell again.
        QVERIFY(!test::await(m_backend->clearHistory(saved.value.ref())).error);
        QCOMPARE(cell(model, saved.value.ref(), WebhookListModel::LastDeliveryColumn),
                 QStringLiteral("Never delivered"));

        // Deleting removes the row.
        QVERIFY(!test::await(m_backend->remove(saved.value.ref())));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.count(), 0); // never reloaded wholesale
    }

    void saysHowLongAgo()
    {
        // A delivery three hours old: "3 h ago", the exact time on hover.
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        {
            test::SeedDatabase seed(test::databasePath(m_dir));
            const StoredWebhook w = test::insertWebhook(seed.webhooks, QStringLiteral("aged"));
            test::insertDelivery(seed.deliveries, w.id, when, 500);
        }
        WebhookListModel model(*m_backend);
        model.setScope(m_scope);
        QTRY_VERIFY(!model.isLoading());
        const WebhookRef aged{m_scope, QStringLiteral("aged")};
        QVERIFY(model.rowOf(aged) >= 0);
        QCOMPARE(cell(model, aged, WebhookListModel::LastDeliveryColumn),
                 QStringLiteral("✘ 500 · 3 h ago"));
        const QString tip = model.index(model.rowOf(aged), WebhookListModel::LastDeliveryColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(formatting::exactTime(when)), qPrintable(tip));
        QVERIFY(!test::await(m_backend->remove(aged)));
    }

    void sendingShowsAtOnce()
    {
        // Marked as sending (a ping asked for, nothing recorded yet): "Sending…", not "Never
        // delivered", in that one cell; unmarked, back to what it was.
        WebhookListModel model(*m_backend);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(m_scope);
        QTRY_VERIFY(!model.isLoading());
        const WebhookRef first{m_scope, QStringLiteral("first")};
        QCOMPARE(outcome(model, first), QStringLiteral("Never delivered"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSending(first, true);
        QVERIFY(model.isSending(first));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(),
                 model.index(model.rowOf(first), WebhookListModel::LastDeliveryColumn));
        QCOMPARE(cell(model, first, WebhookListModel::LastDeliveryColumn),
                 QStringLiteral("Sending…"));
        model.setSending(first, false);
        QCOMPARE(cell(model, first, WebhookListModel::LastDeliveryColumn),
                 QStringLiteral("Never delivered"));
    }

    void storedCredentialsAreNeverShown()
    {
        // Saved before URLs with credentials were refused: shown masked, never in full.
        {
            test::SeedDatabase seed(test::databasePath(m_dir));
            StoredWebhook w =
                test::insertWebhook(seed.webhooks, QStringLiteral("legacy"),
                                    QStringLiteral("https://bot:hunter2@example.com/h"));
            Q_UNUSED(w);
        }
        WebhookListModel model(*m_backend);
        model.setScope(m_scope);
        QTRY_VERIFY(!model.isLoading());
        const WebhookRef legacy{m_scope, QStringLiteral("legacy")};
        QVERIFY(model.rowOf(legacy) >= 0);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                         int(WebhookListModel::SortRole), int(Qt::AccessibleTextRole)}) {
            const QString shown =
                model.index(model.rowOf(legacy), WebhookListModel::PayloadUrlColumn)
                    .data(role)
                    .toString();
            QVERIFY2(!shown.contains(QStringLiteral("hunter2")), qPrintable(shown));
        }
        QCOMPARE(cell(model, legacy, WebhookListModel::PayloadUrlColumn),
                 QStringLiteral("https://bot:•••@example.com/h"));
    }

    void followsAStackRenamedOrRemoved()
    {
        const Scope stack =
            Scope::stackScope(QStringLiteral("acme"), QStringLiteral("web"), QStringLiteral("a"));
        const Scope renamed =
            Scope::stackScope(QStringLiteral("acme"), QStringLiteral("web"), QStringLiteral("b"));
        QVERIFY(!test::await(m_backend->addScope(stack)));
        WebhookDraft slack = draft(QStringLiteral("to-slack"), stack);
        slack.format = QString::fromLatin1(Format::Slack);
        slack.payloadUrl = QStringLiteral("https://hooks.slack.com/services/T/B/X");
        QVERIFY(!test::await(m_backend->create(slack)).error);
        create(QStringLiteral("raw"), stack);

        WebhookListModel model(*m_backend);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy scopeChanged(&model, &WebhookListModel::scopeChanged);
        model.setScope(stack);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(scopeChanged.count(), 1);
        // The destination of each, and how many of each the scope has.
        QCOMPARE(cell(model, {stack, QStringLiteral("to-slack")}, WebhookListModel::FormatColumn),
                 QStringLiteral("Slack"));
        QCOMPARE(cell(model, {stack, QStringLiteral("raw")}, WebhookListModel::FormatColumn),
                 QStringLiteral("Webhook"));
        QCOMPARE(model.countOfFormat(QString::fromLatin1(Format::Slack)), 1);
        QCOMPARE(model.countOfFormat(QString::fromLatin1(Format::MsTeams)), 0);

        // Renamed: the same webhooks under their new references.
        QVERIFY(!test::await(m_backend->renameScope(stack, renamed)));
        QCOMPARE(model.scope(), renamed);
        QCOMPARE(scopeChanged.count(), 2);
        QCOMPARE(scopeChanged.last().first().value<Scope>(), renamed);
        QTRY_VERIFY(model.rowOf({renamed, QStringLiteral("to-slack")}) >= 0);
        QCOMPARE(model.rowCount(), 2);

        // Removed: the list empties.
        QCOMPARE(test::await(m_backend->removeScope(renamed)).value, 2);
        QTRY_COMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }
};

QTEST_MAIN(TestWebhookListModel)
#include "tst_webhooklistmodel.moc"
