// Light and dark, under Xvfb, with realistic data: every status colour of the Webhooks and
// Integrations pages and of the dialogs reads at WCAG AA contrast (4.5:1) against the background
// it is drawn on, in Fusion's light palette and in the dark one; choosing Appearance in
// Preferences repaints the running window at once (and Cancel takes it back). Screenshots of
// every page and the main dialogs in both, and the README's pictures (productScreenshots).

#include "AppInfo.h"
#include "Appearance.h"
#include "DeliveryHistoryPage.h"
#include "EventTree.h"
#include "IntegrationsPage.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "RealisticData.h"
#include "SampleEventDialog.h"
#include "Settings.h"
#include "StackImportDialog.h"
#include "TestSupport.h"
#include "Theme.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace wc;
using namespace wc::gui;
using test::child;

namespace {
constexpr double AA = 4.5;

/// Every text colour checked, against what is behind it.
struct Check
{
    QString where;
    QColor text;
    QColor background;
};
} // namespace

class TestAppearance : public QObject
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

    static void shot(QWidget *widget, const QString &name)
    {
        settle();
        QTest::qWait(50);
        widget->grab().save(test::screenshotPath(name));
    }

    /// The table cells of `table` that carry a colour, against the base and alternate base.
    static void addCells(QList<Check> &checks, QTableView *table, const QString &what)
    {
        const QPalette palette = table->viewport()->palette();
        const QAbstractItemModel *model = table->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QVariant brush = model->index(r, c).data(Qt::ForegroundRole);
                if (!brush.isValid())
                    continue;
                const QColor color = brush.value<QBrush>().color();
                const QString cell = QStringLiteral("%1 %2,%3 “%4”")
                                         .arg(what)
                                         .arg(r)
                                         .arg(c)
                                         .arg(model->index(r, c).data().toString());
                checks << Check{cell, color, palette.color(QPalette::Base)}
                       << Check{cell + QStringLiteral(" (alternate row)"), color,
                                palette.color(QPalette::AlternateBase)};
            }
        }
    }

    static void addLabel(QList<Check> &checks, QLabel *label, const QString &what)
    {
        // A label draws its text in WindowText on its parent's window colour.
        checks << Check{
            what, label->palette().color(QPalette::WindowText),
            label->parentWidget()->palette().color(label->parentWidget()->backgroundRole())};
    }

    static void addBanner(QList<Check> &checks, QLabel *label, const QString &what)
    {
        static const QRegularExpression colors(
            QStringLiteral("background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})"));
        const QRegularExpressionMatch m = colors.match(label->styleSheet());
        QVERIFY2(m.hasMatch(), qPrintable(label->styleSheet()));
        checks << Check{what, QColor(m.captured(2)), QColor(m.captured(1))};
    }

    static QString failures(const QList<Check> &checks)
    {
        QStringList out;
        for (const Check &c : checks) {
            const double ratio = theme::contrastRatio(c.text, c.background);
            if (ratio < AA)
                out << QStringLiteral("%1: %2 on %3 is %4:1")
                           .arg(c.where, c.text.name(), c.background.name())
                           .arg(ratio, 0, 'f', 2);
        }
        return out.join(u'\n');
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
        appearance::apply(appearance::Mode::Light);
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1024, 700);
        QSignalSpy reloaded(m_window.get(), &MainWindow::navigationReloaded);
        m_window->reloadNavigation(QStringLiteral("acme"));
        QVERIFY(reloaded.wait(10000));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(page()->model()->rowCount(), m_data.webhooks.size());
        // The failing one's ping: a failure sentence under the list.
        page()->selectWebhook(m_data.failing.ref());
        QTRY_VERIFY(page()->selectedWebhook().has_value());
        QSignalSpy finished(page(), &WebhooksPage::pingFinished);
        page()->pingWebhook();
        QVERIFY(finished.wait(15000));
    }

    void statusColoursReadInBothPalettes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("light") << int(appearance::Mode::Light);
        QTest::newRow("dark") << int(appearance::Mode::Dark);
    }

    void statusColoursReadInBothPalettes()
    {
        QFETCH(int, mode);
        appearance::apply(appearance::Mode(mode));
        settle();
        QList<Check> checks;
        // The tones themselves, on the palette's window, base and alternate base.
        const QPalette app = QApplication::palette();
        for (auto tone : {theme::Tone::Success, theme::Tone::Failure, theme::Tone::Warning,
                          theme::Tone::Muted}) {
            for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase})
                checks << Check{QStringLiteral("tone %1 on role %2").arg(int(tone)).arg(role),
                                theme::color(tone), app.color(role)};
        }
        // The Webhooks list: failed, succeeded and paused cells.
        addCells(checks, page()->table(), QStringLiteral("Webhooks"));
        // The failed ping's sentence.
        auto *result = child<QLabel>(page(), "resultLabel");
        QVERIFY(result->isVisible());
        addLabel(checks, result, QStringLiteral("result"));
        // The Integrations list (paused integrations).
        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::IntegrationsNode));
        QTRY_COMPARE(m_window->integrationsPage()->model()->rowCount(), m_data.webhooks.size());
        addCells(checks, m_window->integrationsPage()->table(), QStringLiteral("Integrations"));
        // The cards: their words on their own background, which follows the palette.
        for (const char *card : {"webhookCard", "slackCard", "teamsCard"}) {
            auto *frame = child<QFrame>(m_window->integrationsPage(), card);
            static const QRegularExpression background(
                QStringLiteral("background: (#[0-9a-f]{6})"));
            const QRegularExpressionMatch m = background.match(frame->styleSheet());
            QVERIFY2(m.hasMatch(), qPrintable(frame->styleSheet()));
            for (QLabel *label : frame->findChildren<QLabel *>())
                checks << Check{QStringLiteral("%1 “%2”").arg(QLatin1String(card), label->text()),
                                label->palette().color(QPalette::WindowText),
                                QColor(m.captured(1))};
        }
        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::WebhooksNode));

        // The form: an error, a Slack warning, the note after Generate, the banner.
        {
            WebhookDialog dialog(*m_backend, m_data.organization, QStringLiteral("slack"),
                                 m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClicks(child<QLineEdit>(&dialog, "payloadUrlEdit"),
                             QStringLiteral("https://chat.example.com/hooks/x"));
            auto *warning = child<QLabel>(&dialog, "payloadUrlWarning");
            QVERIFY(warning->isVisible());
            addLabel(checks, warning, QStringLiteral("Slack URL warning"));
            child<QLineEdit>(&dialog, "displayNameEdit")->setText(QStringLiteral("a\tb"));
            auto *error = child<QLabel>(&dialog, "displayNameError");
            QVERIFY(error->isVisible());
            addLabel(checks, error, QStringLiteral("field error"));
            addBanner(checks, child<QLabel>(&dialog, "bannerLabel"), QStringLiteral("banner"));
        }
        {
            WebhookDialog dialog(*m_backend, m_data.organization, m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            child<QToolButton>(&dialog, "generateSecretButton")->click();
            auto *note = child<QLabel>(&dialog, "secretNoteLabel");
            QVERIFY(note->isVisible());
            addLabel(checks, note, QStringLiteral("copy-it-now note"));
            child<QPushButton>(&dialog, "copySecretButton")->click();
            addLabel(checks, note, QStringLiteral("copied note"));
        }
        // Import: what cannot be read, and what is already here.
        {
            StackImportDialog dialog(*m_backend, {QStringLiteral("acme")}, {m_data.stack},
                                     QStringLiteral("acme"), m_window.get());
            dialog.setJson(QStringLiteral(R"([{"name": "%1"}, {"name": "acme/web site/x"}])")
                               .arg(m_data.stack.displayPath()));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *problems = child<QLabel>(&dialog, "problemsLabel");
            QVERIFY(problems->isVisible());
            addLabel(checks, problems, QStringLiteral("import problems"));
            auto *preview = child<QTreeWidget>(&dialog, "previewList");
            QVERIFY(preview->topLevelItemCount() > 0);
            checks << Check{QStringLiteral("import: already here"),
                            preview->topLevelItem(0)->foreground(0).color(),
                            preview->palette().color(QPalette::Base)};
        }
        // Sample events the webhook does not receive.
        {
            Webhook narrow = m_data.webhooks.at(1);
            narrow.groups = {QStringLiteral("stacks")};
            SampleEventDialog dialog(narrow, m_window.get());
            auto *list = child<QTreeWidget>(&dialog, "eventList");
            bool found = false;
            for (QTreeWidgetItemIterator it(list); *it; ++it) {
                if ((*it)->text(0).contains(QStringLiteral("not subscribed"))) {
                    checks << Check{QStringLiteral("sample: not subscribed"),
                                    (*it)->foreground(0).color(),
                                    list->palette().color(QPalette::Base)};
                    found = true;
                    break;
                }
            }
            QVERIFY(found);
        }
        {
            PreferencesDialog dialog(m_window.get());
            addLabel(checks, child<QLabel>(&dialog, "retentionHint"), QStringLiteral("hint"));
        }
        const QString failed = failures(checks);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(checks.size() > 40);
        appearance::apply(appearance::Mode::Light);
    }

    void switchingRepaintsAtOnce()
    {
        appearance::apply(appearance::Mode::Light);
        settle();
        auto *result = child<QLabel>(page(), "resultLabel");
        const auto pagePixel = [this] {
            const QImage image = page()->grab().toImage();
            return image.pixelColor(4, 4);
        };
        QVERIFY2(pagePixel().lightness() > 180, qPrintable(pagePixel().name()));
        QCOMPARE(result->palette().color(QPalette::WindowText),
                 theme::color(theme::Tone::Failure, appearance::lightPalette()));

        // Preferences → Appearance: Dark, seen before OK.
        PreferencesDialog dialog(m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *combo = child<QComboBox>(&dialog, "appearanceCombo");
        QCOMPARE(combo->currentText(), QStringLiteral("System"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Dark")));
        settle();
        QVERIFY(theme::isDark(QApplication::palette()));
        QVERIFY2(pagePixel().lightness() < 80, qPrintable(pagePixel().name()));
        QCOMPARE(result->palette().color(QPalette::WindowText),
                 theme::color(theme::Tone::Failure, appearance::darkPalette()));
        const QModelIndex failedCell =
            page()->table()->model()->index(0, WebhookListModel::LastDeliveryColumn);
        QVERIFY(failedCell.isValid());
        shot(m_window.get(), QStringLiteral("appearance-dark-live.png"));
        // Cancel: as it was.
        dialog.reject();
        settle();
        QVERIFY(!theme::isDark(QApplication::palette()));
        QVERIFY2(pagePixel().lightness() > 180, qPrintable(pagePixel().name()));
        QCOMPARE(Settings::value(QStringLiteral("appearance")).toString(), QString());

        // Dark and OK: kept, for the next start too.
        PreferencesDialog again(m_window.get());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        auto *combo2 = child<QComboBox>(&again, "appearanceCombo");
        combo2->setCurrentIndex(combo2->findText(QStringLiteral("Dark")));
        again.accept();
        QCOMPARE(Settings::value(QStringLiteral("appearance")).toString(), QStringLiteral("dark"));
        QCOMPARE(appearance::stored(), appearance::Mode::Dark);
        QVERIFY(theme::isDark(QApplication::palette()));
        appearance::store(appearance::Mode::System);
        appearance::apply(appearance::Mode::Light);
    }

    /// The pictures of the README (resources/screenshots): 1400×900, light and dark, and at
    /// 200 % (QT_SCALE_FACTOR=2). Written to WEBHOOK_CONSOLE_PRODUCT_SCREENSHOTS when set (an
    /// absolute path, e.g. the repository's resources/screenshots), else next to the others as
    /// product-*.png.
    void productScreenshots_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("light") << int(appearance::Mode::Light);
        QTest::newRow("dark") << int(appearance::Mode::Dark);
    }

    void productScreenshots()
    {
        QFETCH(int, mode);
        const bool dark = appearance::Mode(mode) == appearance::Mode::Dark;
        const bool scaled = qEnvironmentVariableIsSet("QT_SCALE_FACTOR");
        const QString folder = qEnvironmentVariable("WEBHOOK_CONSOLE_PRODUCT_SCREENSHOTS");
        // Light: every picture; dark: the two pages; 200 %: the Webhooks page.
        const auto save = [&](QWidget *widget, const QString &name, bool inDark) {
            if ((dark && (!inDark || scaled)) || (scaled && name != u"webhooks-page"))
                return;
            const QString file = name + (dark ? QStringLiteral("-dark") : QString()) +
                                 (scaled ? QStringLiteral("-200") : QString()) +
                                 QStringLiteral(".png");
            settle();
            QTest::qWait(50);
            QVERIFY(widget->grab().save(
                folder.isEmpty() ? test::screenshotPath(QStringLiteral("product-") + file)
                                 : QDir(folder).filePath(file)));
        };
        appearance::apply(appearance::Mode(mode));
        const QSize before = m_window->size();
        m_window->resize(1400, 900);
        const auto restore = qScopeGuard([&] {
            m_window->resize(before);
            appearance::apply(appearance::Mode::Light);
        });

        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::WebhooksNode));
        page()->selectWebhook(m_data.webhooks.at(1).ref());
        QTRY_VERIFY(page()->selectedWebhook().has_value());
        QSignalSpy finished(page(), &WebhooksPage::pingFinished);
        page()->pingWebhook();
        QVERIFY(finished.wait(15000));
        page()->table()->setFocus();
        save(m_window.get(), QStringLiteral("webhooks-page"), true);

        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::IntegrationsNode));
        QTRY_COMPARE(m_window->integrationsPage()->model()->rowCount(), m_data.webhooks.size());
        m_window->integrationsPage()->selectWebhook(m_data.webhooks.at(3).ref());
        m_window->integrationsPage()->table()->setFocus();
        save(m_window.get(), QStringLiteral("integrations-page"), true);

        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::StacksNode));
        save(m_window.get(), QStringLiteral("stacks-page"), false);
        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::WebhooksNode));

        {
            // Editing a webhook, a new secret just generated: copy it now.
            WebhookDialog dialog(*m_backend, m_data.webhooks.at(1), m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            child<QToolButton>(&dialog, "generateSecretButton")->click();
            save(&dialog, QStringLiteral("webhook-dialog"), false);
        }
        {
            // A Slack integration of the stack: a group and a single event chosen.
            WebhookDialog dialog(*m_backend, m_data.stack, QStringLiteral("slack"), m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClicks(child<QLineEdit>(&dialog, "displayNameEdit"),
                             QStringLiteral("Deploys to Slack"));
            QTest::keyClicks(child<QLineEdit>(&dialog, "payloadUrlEdit"),
                             QStringLiteral("https://hooks.slack.com/services/T024BE7LD/B08H2KJ9P/"
                                            "zXf4qL8aJ2mWv0cR7tYb1Nd3"));
            EventTree *tree = dialog.eventTree();
            tree->setChoice({QStringLiteral("stacks")}, {QStringLiteral("deployment_failed")});
            tree->expandItem(tree->itemNamed(QStringLiteral("deployments")));
            tree->setCurrentItem(tree->itemNamed(QStringLiteral("deployment_failed")));
            tree->setFocus();
            save(&dialog, QStringLiteral("event-tree"), false);
        }
        {
            PreferencesDialog dialog(m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(&dialog, QStringLiteral("preferences"), false);
        }
    }

    void screenshots_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("light") << int(appearance::Mode::Light);
        QTest::newRow("dark") << int(appearance::Mode::Dark);
    }

    void screenshots()
    {
        QFETCH(int, mode);
        appearance::apply(appearance::Mode(mode));
        const QString suffix =
            QString::fromLatin1(QTest::currentDataTag()) +
            (qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? QStringLiteral("-scaled") : QString());
        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::WebhooksNode));
        page()->selectWebhook(m_data.webhooks.at(1).ref());
        QTRY_VERIFY(page()->selectedWebhook().has_value());
        QSignalSpy finished(page(), &WebhooksPage::pingFinished);
        page()->pingWebhook();
        QVERIFY(finished.wait(15000));
        page()->table()->setFocus();
        shot(m_window.get(), QStringLiteral("shot-webhooks-%1.png").arg(suffix));
        page()->selectWebhook(m_data.failing.ref());
        shot(m_window.get(), QStringLiteral("shot-webhooks-nopanel-%1.png").arg(suffix));

        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::IntegrationsNode));
        QTRY_COMPARE(m_window->integrationsPage()->model()->rowCount(), m_data.webhooks.size());
        m_window->integrationsPage()->selectWebhook(m_data.webhooks.at(3).ref());
        shot(m_window.get(), QStringLiteral("shot-integrations-%1.png").arg(suffix));
        m_window->selectNode(m_window->nodeFor(m_data.stack, MainWindow::IntegrationsNode));
        QTRY_COMPARE(m_window->integrationsPage()->model()->rowCount(), 2);
        shot(m_window.get(), QStringLiteral("shot-integrations-stack-%1.png").arg(suffix));
        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::StacksNode));
        shot(m_window.get(), QStringLiteral("shot-stacks-%1.png").arg(suffix));
        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::EnvironmentsNode));
        shot(m_window.get(), QStringLiteral("shot-environments-%1.png").arg(suffix));
        m_window->showHistory(m_data.longest);
        QTRY_VERIFY(m_window->historyPage()->table()->model()->rowCount() > 0);
        shot(m_window.get(), QStringLiteral("shot-history-%1.png").arg(suffix));
        m_window->selectNode(m_window->nodeFor(m_data.organization, MainWindow::WebhooksNode));

        {
            WebhookDialog dialog(*m_backend, m_data.longest, m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            child<QToolButton>(&dialog, "generateSecretButton")->click();
            shot(&dialog, QStringLiteral("shot-dialog-%1.png").arg(suffix));
        }
        {
            WebhookDialog dialog(*m_backend, m_data.webhooks.at(3), m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            shot(&dialog, QStringLiteral("shot-dialog-slack-%1.png").arg(suffix));
        }
        {
            PreferencesDialog dialog(m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            shot(&dialog, QStringLiteral("shot-preferences-%1.png").arg(suffix));
        }
        {
            StackImportDialog dialog(*m_backend, {QStringLiteral("acme")}, {m_data.stack},
                                     QStringLiteral("acme"), m_window.get());
            dialog.setJson(QStringLiteral(R"([{"name": "%1"}, {"name": "acme/website/prod"},
  {"name": "initech/billing/prod"}, {"name": "acme/web site/x"}, {"name": "dev"}])")
                               .arg(m_data.stack.displayPath()));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            shot(&dialog, QStringLiteral("shot-import-%1.png").arg(suffix));
        }
        {
            SampleEventDialog dialog(m_data.longest, m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            shot(&dialog, QStringLiteral("shot-sample-%1.png").arg(suffix));
        }
        appearance::apply(appearance::Mode::Light);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
