// The window and its dialogs fit the smallest screen the console is made for, 1024×700, with
// any data: names of 82 characters, URLs of 300, stacks with long names, a dozen webhooks and
// their results on show; long URLs are shortened in the middle in the lists (whole in their
// tooltips); the first-run dialog grows to show a two-line error instead of clipping it.

#include "AppInfo.h"
#include "IntegrationsPage.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "OrganizationDialog.h"
#include "PreferencesDialog.h"
#include "RealisticData.h"
#include "SampleEventDialog.h"
#include "ScopeDialog.h"
#include "ScopesPage.h"
#include "Settings.h"
#include "StackImportDialog.h"
#include "TestSupport.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace wc;
using namespace wc::gui;
using test::child;

namespace {
const QSize Smallest(1024, 700);

QString sizeText(const QSize &s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    test::LocalReceiver m_receiver;
    test::RealisticData m_data;

    WebhooksPage *page() { return m_window->webhooksPage(); }

    static void settle()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }

    /// The window fits 1024×700 as it is now, and was not made larger than that.
    void checkWindowFits(const QString &what)
    {
        settle();
        const QSize min = m_window->minimumSizeHint();
        QVERIFY2(min.width() <= Smallest.width() && min.height() <= Smallest.height(),
                 qPrintable(QStringLiteral("%1: the window needs %2").arg(what, sizeText(min))));
        QCOMPARE(m_window->size(), Smallest);
        m_window->grab().save(test::screenshotPath(QStringLiteral("fit-%1.png").arg(what)));
    }

    /// A dialog asks for no more than 1024×700 and, shown, is no larger.
    static void checkDialogFits(QDialog *dialog, const QString &what)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        settle();
        const QSize min = dialog->minimumSizeHint();
        QVERIFY2(min.width() <= Smallest.width() && min.height() <= Smallest.height(),
                 qPrintable(QStringLiteral("%1 needs %2").arg(what, sizeText(min))));
        QVERIFY2(dialog->width() <= Smallest.width() && dialog->height() <= Smallest.height(),
                 qPrintable(QStringLiteral("%1 is %2").arg(what, sizeText(dialog->size()))));
        dialog->grab().save(test::screenshotPath(QStringLiteral("fit-%1.png").arg(what)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        Settings::clear();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY(m_receiver.listen());
        const QString path = test::databasePath(m_dir);
        m_backend = std::make_unique<LocalBackend>(path);
        QVERIFY(!test::await(m_backend->open()));
        m_data = test::seedRealisticData(*m_backend, path, m_receiver.url());
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(Smallest);
        QSignalSpy reloaded(m_window.get(), &MainWindow::navigationReloaded);
        m_window->reloadNavigation(QStringLiteral("acme"));
        QVERIFY(reloaded.wait(10000));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(page()->model()->rowCount(), m_data.webhooks.size());
    }

    void webhooksPageFits()
    {
        // The one with the 82-character name and the 300-character URL, its ping's sentence on
        // show (the URL in it).
        page()->selectWebhook(m_data.longest.ref());
        QTRY_VERIFY(page()->selectedWebhook().has_value());
        QSignalSpy finished(page(), &WebhooksPage::pingFinished);
        page()->pingWebhook();
        QVERIFY(finished.wait(20000));
        checkWindowFits(QStringLiteral("webhooks"));
        auto *result = child<QLabel>(page(), "resultLabel");
        QTRY_VERIFY(result->height() >= result->heightForWidth(result->width()));

        // The list shortens long URLs in the middle, the whole URL in the tooltip.
        QTableView *table = page()->table();
        QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
        const QModelIndex url =
            table->model()->index(table->selectionModel()->selectedRows().first().row(),
                                  WebhookListModel::PayloadUrlColumn);
        QCOMPARE(url.data(Qt::ToolTipRole).toString(), m_data.longUrl);
        QVERIFY(table->columnWidth(WebhookListModel::PayloadUrlColumn) <
                table->fontMetrics().horizontalAdvance(m_data.longUrl));
        const QModelIndex name = url.siblingAtColumn(WebhookListModel::DisplayNameColumn);
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(m_data.longName));

        // A sample event (its sentence names the event and the URL).
        QSignalSpy sample(page(), &WebhooksPage::sampleFinished);
        page()->sendSample(m_data.longest, QStringLiteral("update_failed"));
        QVERIFY(sample.wait(20000));
        checkWindowFits(QStringLiteral("webhooks-sample"));
    }

    void otherPagesFit()
    {
        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::IntegrationsNode));
        QTRY_COMPARE(m_window->integrationsPage()->model()->rowCount(), m_data.webhooks.size());
        QCOMPARE(m_window->integrationsPage()->table()->textElideMode(), Qt::ElideMiddle);
        checkWindowFits(QStringLiteral("integrations"));
        m_window->selectNode(m_window->nodeFor(m_data.stack, MainWindow::IntegrationsNode));
        QTRY_COMPARE(m_window->integrationsPage()->model()->rowCount(), 2);
        checkWindowFits(QStringLiteral("integrations-stack"));
        m_window->selectNode(m_window->nodeFor(m_data.stack, MainWindow::WebhooksNode));
        QTRY_COMPARE(page()->model()->rowCount(), 2);
        checkWindowFits(QStringLiteral("webhooks-stack"));
        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::StacksNode));
        checkWindowFits(QStringLiteral("stacks"));
        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::EnvironmentsNode));
        checkWindowFits(QStringLiteral("environments"));
        // Every page, not only the one on show.
        for (QWidget *p :
             {static_cast<QWidget *>(page()), static_cast<QWidget *>(m_window->integrationsPage()),
              static_cast<QWidget *>(m_window->scopesPage())}) {
            const QSize min = p->minimumSizeHint();
            QVERIFY2(min.width() <= 800 && min.height() <= 600,
                     qPrintable(QStringLiteral("%1 needs %2")
                                    .arg(QString::fromLatin1(p->metaObject()->className()),
                                         sizeText(min))));
        }
        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::WebhooksNode));
    }

    void webhookDialogsFit()
    {
        {
            WebhookDialog dialog(*m_backend, m_data.longest, m_window.get());
            checkDialogFits(&dialog, QStringLiteral("edit-long"));
            // Every problem at once, with the long URL in one of them.
            child<QLineEdit>(&dialog, "payloadUrlEdit")
                ->setText(QStringLiteral("ftp://") + m_data.longUrl);
            child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("no spaces allowed"));
            child<QToolButton>(&dialog, "generateSecretButton")->click();
            checkDialogFits(&dialog, QStringLiteral("edit-long-errors"));
            for (const char *name : {"payloadUrlError", "nameError"}) {
                auto *error = child<QLabel>(&dialog, name);
                QVERIFY(error->isVisible());
                QTRY_VERIFY2(error->height() >= error->heightForWidth(error->width()), name);
            }
        }
        {
            WebhookDialog dialog(*m_backend, m_data.stack,
                                 QString::fromLatin1(Format::PulumiDeployments), m_window.get());
            dialog.show();
            auto *target = child<QComboBox>(&dialog, "targetCombo");
            target->setEditText(m_data.stack.name() + QStringLiteral("-and-even-longer/") +
                                m_data.stack.name());
            checkDialogFits(&dialog, QStringLiteral("deployment-long"));
        }
        {
            Webhook slack = m_data.webhooks.at(3);
            slack.displayName = m_data.longName;
            WebhookDialog dialog(*m_backend, slack, m_window.get());
            child<QLineEdit>(&dialog, "payloadUrlEdit")->setText(m_data.longUrl);
            checkDialogFits(&dialog, QStringLiteral("slack-long"));
            QVERIFY(child<QLabel>(&dialog, "payloadUrlWarning")->isVisible());
        }
    }

    void otherDialogsFit()
    {
        {
            PreferencesDialog dialog(m_window.get());
            checkDialogFits(&dialog, QStringLiteral("preferences"));
        }
        {
            QList<Scope> known;
            for (int i = 0; i < 30; ++i)
                known << Scope::stackScope(QStringLiteral("acme"),
                                           QStringLiteral("project-with-a-long-name-%1-").arg(i) +
                                               QString(60, u'x'),
                                           QStringLiteral("prod"));
            ScopeDialog dialog(*m_backend, Scope::Kind::Stack, {QStringLiteral("acme")}, known,
                               m_window.get());
            dialog.setProject(known.first().project);
            checkDialogFits(&dialog, QStringLiteral("scope-long"));
        }
        {
            // A hundred stacks with long names, and forty entries that cannot be read.
            QJsonArray stacks;
            for (int i = 0; i < 100; ++i)
                stacks.append(QJsonObject{
                    {QStringLiteral("name"), QStringLiteral("acme/payments-platform/%1-%2")
                                                 .arg(m_data.stack.stack)
                                                 .arg(i)}});
            for (int i = 0; i < 40; ++i)
                stacks.append(QJsonObject{
                    {QStringLiteral("name"),
                     QStringLiteral("acme/not a project %1/").arg(i) + QString(200, u'y')}});
            StackImportDialog dialog(*m_backend, {QStringLiteral("acme")}, {m_data.stack},
                                     QStringLiteral("acme"), m_window.get());
            dialog.setJson(QString::fromUtf8(QJsonDocument(stacks).toJson()));
            QCOMPARE(dialog.newStacks().size(), 100);
            checkDialogFits(&dialog, QStringLiteral("import-long"));
        }
        {
            SampleEventDialog dialog(m_data.longest, m_window.get());
            checkDialogFits(&dialog, QStringLiteral("sample-long"));
        }
    }

    void firstRunDialogGrowsForItsError()
    {
        OrganizationDialog dialog({}, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int before = dialog.height();
        auto *edit = child<QLineEdit>(&dialog, "organizationEdit");
        auto *error = child<QLabel>(&dialog, "organizationError");
        QTest::keyClicks(edit, QStringLiteral("acme corp"));
        QVERIFY(error->isVisible());
        // Two lines at this width: the whole message shows, nothing clipped.
        settle();
        QVERIFY2(error->heightForWidth(error->width()) >= 2 * error->fontMetrics().lineSpacing(),
                 qPrintable(error->text()));
        QTRY_VERIFY2(error->height() >= error->heightForWidth(error->width()),
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(error->height())
                                    .arg(error->heightForWidth(error->width()))));
        QVERIFY(dialog.height() > before);
        // The buttons are still inside the dialog, below the message.
        auto *buttons = child<QDialogButtonBox>(&dialog, "buttonBox");
        QVERIFY(buttons->geometry().bottom() <= dialog.rect().bottom());
        QVERIFY(error->mapTo(&dialog, QPoint(0, error->height())).y() <= buttons->y());
        dialog.grab().save(test::screenshotPath(QStringLiteral("fit-first-run-error.png")));
        // A name as long as the field takes, with a space: the dialog does not widen for it.
        edit->setText(QString(99, u'a') + QStringLiteral(" x"));
        QVERIFY(error->isVisible());
        QVERIFY(dialog.width() <= Smallest.width());
        checkDialogFits(&dialog, QStringLiteral("first-run-long"));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
