#include "AppInfo.h"
#include "DeliveryHistoryModel.h"
#include "DeliveryHistoryPage.h"
#include "Formatting.h"
#include "HealthChart.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QUuid>

using namespace wc;
using namespace wc::gui;

namespace {

QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

/// A dark palette as a desktop's dark theme gives one: light text on dark grey.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x55, 0x55, 0x5a));
    p.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x4c));
    p.setColor(QPalette::Mid, QColor(0x5c, 0x5c, 0x62));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x79, 0xc0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xd2, 0xa8, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x86));
    return p;
}

/// The colour of the first text in `document` formatted like a JSON key (a quoted string
/// followed by a colon).
QColor jsonKeyColour(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int colon = block.text().indexOf(QStringLiteral("\":"));
        if (colon < 0)
            continue;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start < colon && range.start + range.length > colon)
                return range.format.foreground().color();
        }
    }
    return {};
}

} // namespace

// The history page with the data people really have (a display name of 82 characters, a
// URL of 300, about 150 deliveries of every outcome over two weeks) in the smallest window the
// console supports, from the keyboard, and in a dark theme.
class TestHistoryLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::LocalReceiver m_receiver;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    Webhook m_webhook;
    QString m_redeliveryId; ///< a redelivery, on the first page
    QString m_slowId;       ///< a success that took 9.7 s
    QPalette m_lightPalette;
    qint64 m_webhookRowId = 0;

    DeliveryHistoryPage *page() { return m_window->historyPage(); }
    template <typename T> T *child(const char *name) { return test::child<T>(page(), name); }

    /// Lets pending layout requests run, as the event loop would before the next paint.
    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
    }

    void shot(const QString &name)
    {
        settle();
        const QPixmap pixmap = m_window->grab();
        const QString suffix = pixmap.devicePixelRatio() > 1.5 ? QStringLiteral("-200") : QString();
        pixmap.save(test::screenshotPath(name + suffix + QStringLiteral(".png")));
    }

    /// Whether `widget` shows whole inside the window.
    bool insideWindow(QWidget *widget)
    {
        const QRect r(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
        return widget->isVisible() && m_window->rect().contains(r);
    }

    void selectRowOf(const QString &id)
    {
        QTRY_VERIFY(page()->model()->rowOf(id) >= 0);
        page()->table()->selectRow(page()->model()->rowOf(id));
        QTRY_VERIFY(page()->selectedDelivery() && page()->selectedDelivery()->id == id);
    }

    static void seed(DeliveryRepository &repo, qint64 webhookId, const QString &url,
                     QString *redelivery, QString *slow)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList failures;
        for (int i = 0; i < 150; ++i) {
            Delivery d;
            d.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const bool update = i % 3 != 0;
            d.kind = update ? QStringLiteral("stack_update") : QStringLiteral("ping");
            d.payload = update
                            ? QByteArray(R"({"organization":{"name":"acme","githubLogin":"acme"},)"
                                         R"("projectName":"platform","stackName":"production",)"
                                         R"("kind":"update","result":"succeeded",)"
                                         R"("resourceChanges":{"create":3,"update":12,"delete":1},)"
                                         R"("user":{"name":"Ada Lovelace","githubLogin":"ada"}})")
                            : QByteArray(R"({"message":"🍹 Pulumi webhook ping 🍹"})");
            // Two weeks, oldest first; the last ones today.
            d.timestamp = now.addSecs(-qint64(149 - i) * 8000 - 60);
            d.requestUrl = url;
            d.requestHeaders =
                QStringLiteral(
                    "Content-Type: application/json\r\n"
                    "User-Agent: webhook-console/0.3.0 (Qt 6.4)\r\n"
                    "Pulumi-Webhook-ID: %1\r\n"
                    "Pulumi-Webhook-Kind: %2\r\n"
                    "Pulumi-Webhook-Signature: "
                    "sha256=5f1c0b9e3a7d2c4b8e6f0a1d3c5b7e9f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d")
                    .arg(d.uid, d.kind);
            if (i % 15 == 14 && !failures.isEmpty())
                d.redeliveryOf = failures.takeFirst();
            if (Error e = repo.insertPending(d, webhookId))
                qFatal("%s", qPrintable(e.message));
            if (i == 149)
                continue; // left pending: "interrupted" once the backend opens
            d.state = Delivery::State::Completed;
            d.responseHeaders = QStringLiteral(
                "Content-Type: application/json\r\nContent-Length: 58\r\nServer: receiver/1.0\r\n"
                "Date: Mon, 27 Nov 2026 09:12:03 GMT\r\nX-Request-Id: 8d6e5b1c-0f5e-4d8e-9a51");
            switch (i % 10) {
            case 6:
                d.responseCode = 502;
                d.error = QStringLiteral("The receiver answered 502 Bad Gateway.");
                d.responseBody = R"({"error":"upstream deploy service unreachable"})";
                d.durationMs = 61;
                break;
            case 7:
                d.responseCode = 404;
                d.error = QStringLiteral("The receiver answered 404 Not Found.");
                d.responseBody = "Not Found";
                d.durationMs = 3;
                break;
            case 8:
                d.error =
                    QStringLiteral("Connection refused by 127.0.0.1:9: nothing listens there.");
                d.responseHeaders.clear();
                d.durationMs = 0;
                break;
            case 9:
                d.error = QStringLiteral("Timed out: the receiver did not answer within 10 s.");
                d.responseHeaders.clear();
                d.durationMs = 10000;
                break;
            default:
                d.responseCode = i % 10 == 5 ? 204 : 200;
                d.responseBody = R"({"received":true,"queue":"deployments","position":3})";
                d.durationMs = i % 10 == 4 ? 9700 : 40 + (i * 7) % 90;
                break;
            }
            if (!d.succeeded())
                failures << d.id;
            if (Error e = repo.complete(d))
                qFatal("%s", qPrintable(e.message));
            if (!d.redeliveryOf.isEmpty() && !d.succeeded())
                *redelivery = d.id;
            if (d.durationMs == 9700)
                *slow = d.id;
        }
    }

private Q_SLOTS:
    /// The page's chart: this test links it in (setHealthChartFactory) to look inside it.
    HealthChart *healthChart() { return static_cast<HealthChart *>(page()->chart()); }

    void initTestCase()
    {
        setHealthChartFactory(
            [](QWidget *parent) -> HealthChartApi * { return new HealthChart(parent); });
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QSettings(Settings::fileName(), QSettings::IniFormat).remove(QStringLiteral("historyPage"));
        m_lightPalette = QApplication::palette();
        QVERIFY(m_receiver.listen());
        const QString displayName = QStringLiteral(
            "Production deployment notifications for the platform infrastructure team, EU-west2");
        QCOMPARE(displayName.size(), 82);
        QString url = m_receiver.url(QStringLiteral("/hooks/pulumi/"));
        while (url.size() < 300)
            url += QStringLiteral("a1b2c3d4e5/");
        url.truncate(300);
        {
            test::SeedDatabase db(test::databasePath(m_dir));
            StoredWebhook w;
            w.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            w.scope = Scope::organizationScope(QStringLiteral("acme"));
            w.name = QStringLiteral("platform-deployments");
            w.displayName = displayName;
            w.payloadUrl = url;
            QVERIFY(!db.webhooks.insert(w));
            m_webhookRowId = w.id;
            seed(db.deliveries, w.id, url, &m_redeliveryId, &m_slowId);
        }
        QVERIFY(!m_redeliveryId.isEmpty());
        m_backend = std::make_unique<LocalBackend>(test::databasePath(m_dir));
        QVERIFY(!test::await(m_backend->open()));
        QVERIFY(!test::await(m_backend->addOrganization(QStringLiteral("acme"))));
        const Result<Webhook> webhook = test::await(
            m_backend->webhook(WebhookRef{Scope::organizationScope(QStringLiteral("acme")),
                                          QStringLiteral("platform-deployments")}));
        QVERIFY2(!webhook.error, qPrintable(webhook.error.message));
        m_webhook = webhook.value;

        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1024, 700);
        m_window->reloadNavigation(QStringLiteral("acme"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showHistory(m_webhook);
        QTRY_COMPARE(page()->model()->matchCount(), qint64(150));
        QTRY_COMPARE(page()->table()->model()->rowCount(), DeliveryHistoryModel::DefaultPageSize);
    }

    void fitsTheSmallestWindowWithLongData()
    {
        auto *time = child<QComboBox>("timeCombo");
        time->setCurrentIndex(time->findData(5)); // Custom range: the last day
        QTRY_VERIFY(page()->model()->matchCount() > 0 && page()->model()->matchCount() < 150);
        QTRY_VERIFY(page()->table()->model()->rowCount() > 0);
        page()->table()->selectRow(0);
        QTRY_VERIFY(page()->selectedDelivery().has_value());
        settle();
        QVERIFY(child<QWidget>("rangeUnit")->isVisible());
        shot(QStringLiteral("history-custom-range"));
        QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
        QVERIFY2(m_window->minimumSizeHint().height() <= 700,
                 qPrintable(QString::number(m_window->minimumSizeHint().height())));
        QCOMPARE(m_window->size(), QSize(1024, 700));

        // The title and the URL are cut in the middle, whole in their tooltips.
        auto *title = child<ElidedLabel>("titleLabel");
        auto *url = child<ElidedLabel>("urlLabel");
        QVERIFY(title->isElided());
        QVERIFY(title->toolTip().contains(m_webhook.displayName));
        QVERIFY(title->text().contains(QStringLiteral("…")));
        QVERIFY(url->isElided());
        QVERIFY(url->toolTip().contains(m_webhook.payloadUrl));

        // The filters wrap: the range goes to a line of its own rather than squeeze Search.
        auto *search = child<QLineEdit>("searchEdit");
        QVERIFY2(search->width() >= search->fontMetrics().averageCharWidth() * 16,
                 qPrintable(QString::number(search->width())));
        QVERIFY(child<QWidget>("rangeUnit")->y() > child<QWidget>("outcomeUnit")->y());
        for (const char *unit : {"outcomeUnit", "kindUnit", "timeUnit", "rangeUnit", "searchUnit"})
            QVERIFY2(insideWindow(child<QWidget>(unit)), unit);

        // Every action, the detail's buttons and the chart with its axes are on screen.
        for (const char *name :
             {"backButton", "pingButton", "redeliverFailedButton", "exportButton", "importButton",
              "clearButton", "redeliverButton", "editAndSendButton", "wrapCheck", "rawCheck",
              "copyRequestHeadersButton", "copyRequestBodyButton"})
            QVERIFY2(insideWindow(child<QWidget>(name)), name);
        QVERIFY(insideWindow(healthChart()->view()));
        const QRectF plot = healthChart()->chart()->plotArea();
        QVERIFY(plot.width() > 100);
        QVERIFY(healthChart()->chart()->rect().contains(plot));

        // Back to any time: the window keeps fitting, and gives Search its line back.
        time->setCurrentIndex(0);
        QTRY_COMPARE(page()->model()->matchCount(), qint64(150));
        settle();
        QVERIFY(!child<QWidget>("rangeUnit")->isVisible());
        QVERIFY(m_window->minimumSizeHint().width() <= 1024);
        QCOMPARE(m_window->size(), QSize(1024, 700));
        QCOMPARE(child<QWidget>("searchUnit")->y(), child<QWidget>("outcomeUnit")->y());
        m_window->resize(1400, 900);
        settle();
        m_window->resize(1024, 700);
        settle();
        QCOMPARE(m_window->size(), QSize(1024, 700));
        shot(QStringLiteral("history-light"));
    }

    void durationsReadAsDurations()
    {
        const int row = page()->model()->rowOf(m_slowId);
        QVERIFY(row >= 0);
        QCOMPARE(page()->model()->index(row, DeliveryHistoryModel::DurationColumn).data(),
                 QVariant(QStringLiteral("9.7 s")));
        selectRowOf(m_slowId);
        QVERIFY2(child<QLabel>("detailSummary")->text().contains(QStringLiteral("· 9.7 s")),
                 qPrintable(child<QLabel>("detailSummary")->text()));
        QCOMPARE(child<QLabel>("pageLabel")->text(), QStringLiteral("1–100 of 150"));
        child<QToolButton>("olderButton")->click();
        QTRY_COMPARE(child<QLabel>("pageLabel")->text(), QStringLiteral("101–150 of 150"));
        child<QToolButton>("newestButton")->click();
        QTRY_COMPARE(child<QLabel>("pageLabel")->text(), QStringLiteral("1–100 of 150"));
    }

    void timeoutsSayTheyTimedOut()
    {
        // A timeout is not shown with a measured time that contradicts "within 10 s".
        QString timedOut;
        for (int row = 0; row < page()->model()->rowCount() && timedOut.isEmpty(); ++row) {
            if (page()->model()->deliveryAt(row)->error.startsWith(QStringLiteral("Timed out")))
                timedOut = page()->model()->deliveryAt(row)->id;
        }
        QVERIFY(!timedOut.isEmpty());
        const int row = page()->model()->rowOf(timedOut);
        QCOMPARE(page()->model()->index(row, DeliveryHistoryModel::DurationColumn).data(),
                 QVariant(QStringLiteral("timed out")));
        selectRowOf(timedOut);
        const QString summary = child<QLabel>("detailSummary")->text();
        QVERIFY2(summary.endsWith(QStringLiteral(" · timed out")), qPrintable(summary));
        static const QRegularExpression duration(QStringLiteral("\\d (ms|s)\\b"));
        QVERIFY2(!summary.contains(duration), qPrintable(summary));
        QVERIFY(
            child<QLabel>("detailOutcomeLabel")->text().contains(QStringLiteral("within 10 s")));
    }

    void chartDaysSitOnTheirPoints()
    {
        HealthChart *chart = healthChart();
        QTRY_VERIFY(!chart->successPoints().isEmpty());
        QCategoryAxis *days = chart->dayAxis();
        const QStringList labels = days->categoriesLabels();
        QVERIFY2(labels.size() >= 4, qPrintable(labels.join(QLatin1Char(','))));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate first = today.addDays(-(HealthChart::Days - 1));
        QCOMPARE(days->labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
        QCOMPARE(days->min(), HealthChart::xOf(first) - 0.5);
        QCOMPARE(days->max(), HealthChart::xOf(today) + 0.5);
        // Each label names the day it sits on, today's included, every Nth day alike.
        QList<qint64> labelled;
        for (const QString &label : labels) {
            const double x = days->endValue(label);
            QCOMPARE(x, std::floor(x));
            const QDate day = QDate::fromJulianDay(qint64(x));
            QCOMPARE(label, QLocale().toString(day, QStringLiteral("MMM d")));
            labelled << qint64(x);
        }
        QCOMPARE(labelled.last(), qint64(HealthChart::xOf(today)));
        const qint64 step = labelled.at(1) - labelled.at(0);
        for (qsizetype i = 1; i < labelled.size(); ++i)
            QCOMPARE(labelled.at(i) - labelled.at(i - 1), step);
        QVERIFY2(step <= 4, qPrintable(QString::number(step)));
        // Every day's point sits on a whole day, where its label is (when labelled).
        for (const QPointF &p : chart->successPoints()) {
            QCOMPARE(p.x(), std::floor(p.x()));
            QVERIFY(p.x() >= HealthChart::xOf(first) && p.x() <= HealthChart::xOf(today));
        }
        QVERIFY(chart->successPoints().size() >= 13);

        // Wide enough, every day has its label.
        HealthChart wide;
        wide.resize(1400, 200);
        wide.setStats({}, today);
        wide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wide));
        QCOMPARE(wide.dayAxis()->categoriesLabels().size(), HealthChart::Days);
    }

    void chartDurationAxisHasDistinctLabels_data()
    {
        QTest::addColumn<double>("meanMs");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("no deliveries") << 0.0 << QStringList{"0 ms", "0.5 ms", "1 ms"};
        QTest::newRow("sub-millisecond") << 0.4 << QStringList{"0 ms", "0.5 ms", "1 ms"};
        QTest::newRow("about 1 ms") << 1.2 << QStringList{"0 ms", "1 ms", "2 ms"};
        QTest::newRow("tens") << 62.0 << QStringList{"0 ms", "50 ms", "100 ms"};
        QTest::newRow("under a second") << 420.0 << QStringList{"0 ms", "250 ms", "500 ms"};
        QTest::newRow("a few seconds") << 2000.0 << QStringList{"0 s", "2.0 s", "4.0 s"};
        QTest::newRow("seconds") << 9700.0 << QStringList{"0 s", "10 s", "20 s"};
    }
    void chartDurationAxisHasDistinctLabels()
    {
        QFETCH(double, meanMs);
        QFETCH(QStringList, labels);
        HealthChart chart;
        const QDate today(2026, 11, 27);
        DayStats day;
        day.day = today;
        day.total = day.succeeded = meanMs > 0 ? 3 : 0;
        day.averageDurationMs = meanMs;
        chart.setStats(meanMs > 0 ? QList<DayStats>{day} : QList<DayStats>{}, today);
        QCOMPARE(chart.durationAxis()->categoriesLabels(), labels);
        QCOMPARE(chart.durationAxis()->min(), 0.0);
        QVERIFY(chart.durationAxis()->max() >= meanMs);
        for (const QString &label : labels)
            QCOMPARE(chart.durationAxis()->endValue(label),
                     chart.durationAxis()->max() * labels.indexOf(label) / 2);
    }

    void detailShowsSixLinesOfHeadersAt1100x680()
    {
        m_window->resize(1100, 680);
        settle();
        selectRowOf(m_redeliveryId);
        auto *tabs = child<QTabWidget>("detailTabs");
        tabs->setCurrentIndex(0);
        settle();
        for (const char *name : {"requestHeadersView", "requestBodyView"}) {
            auto *view = child<QPlainTextEdit>(name);
            const int lines = view->viewport()->height() / view->fontMetrics().lineSpacing();
            QVERIFY2(lines >= 6, qPrintable(QStringLiteral("%1: %2").arg(name).arg(lines)));
            QVERIFY2(!view->horizontalScrollBar()->isVisible(), name);
            QCOMPARE(view->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        }
        // Long lines wrap by default; the toggle turns it off and back.
        auto *wrap = child<QCheckBox>("wrapCheck");
        QVERIFY(wrap->isChecked());
        QCOMPARE(mnemonicOf(wrap->text()), QStringLiteral("L"));
        wrap->click();
        QCOMPARE(child<QPlainTextEdit>("requestHeadersView")->lineWrapMode(),
                 QPlainTextEdit::NoWrap);
        QTRY_VERIFY(
            child<QPlainTextEdit>("requestHeadersView")->horizontalScrollBar()->isVisible());
        wrap->click();
        QCOMPARE(child<QPlainTextEdit>("requestHeadersView")->lineWrapMode(),
                 QPlainTextEdit::WidgetWidth);
        tabs->setCurrentIndex(1);
        settle();
        auto *responseHeaders = child<QPlainTextEdit>("responseHeadersView");
        QVERIFY(responseHeaders->viewport()->height() /
                    responseHeaders->fontMetrics().lineSpacing() >=
                6);
        tabs->setCurrentIndex(0);
    }

    void splitterPositionsAreRemembered()
    {
        auto *split = child<QSplitter>("requestSplitter");
        const QList<int> before = split->sizes();
        // The user drags the handle between headers and body 40 pixels down.
        QSplitterHandle *handle = split->handle(1);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip + QPoint(0, 20));
        QTest::mouseMove(handle, grip + QPoint(0, 40));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(0, 40));
        QTRY_VERIFY(split->sizes().first() > before.first() + 20);
        const QByteArray saved =
            Settings::value(QStringLiteral("historyPage/requestSplitter")).toByteArray();
        QCOMPARE(saved, split->saveState());

        // A new page (the next start of the console) places it there again.
        DeliveryHistoryPage again(*m_backend);
        QCOMPARE(test::child<QSplitter>(&again, "requestSplitter")->saveState(), saved);
        QSettings(Settings::fileName(), QSettings::IniFormat).remove(QStringLiteral("historyPage"));
    }

    void tabWalksThePageInOrder()
    {
        m_window->resize(1024, 700);
        selectRowOf(m_redeliveryId); // a redelivery: its original is a link
        child<QTabWidget>("detailTabs")->setCurrentIndex(0);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        settle();
        auto *back = child<QToolButton>("backButton");
        back->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), back);
        QStringList order;
        QSet<QWidget *> reached;
        for (int i = 0; i < 200; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (page()->isAncestorOf(focus)) {
                reached.insert(focus);
                if (order.isEmpty() || order.last() != focus->objectName())
                    order << focus->objectName();
            }
            QTest::keyClick(focus, Qt::Key_Tab);
            if (QApplication::focusWidget() == back)
                break;
        }
        QCOMPARE(QApplication::focusWidget(), back);
        const QStringList expected{"backButton",
                                   "pingButton",
                                   "redeliverFailedButton",
                                   "exportButton",
                                   "importButton",
                                   "clearButton",
                                   "outcomeCombo",
                                   "kindCombo",
                                   "timeCombo",
                                   "searchEdit",
                                   "table",
                                   "olderButton",
                                   "oldestButton",
                                   "originalLink",
                                   "redeliverButton",
                                   "editAndSendButton",
                                   "wrapCheck",
                                   "rawCheck",
                                   "qt_tabwidget_tabbar",
                                   "requestHeadersView",
                                   "copyRequestHeadersButton",
                                   "requestBodyView",
                                   "copyRequestBodyButton"};
        QVERIFY2(order == expected, qPrintable(order.join(QStringLiteral(", "))));

        // Nothing that takes the focus is left out.
        for (QWidget *w : page()->findChildren<QWidget *>()) {
            if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
                w->focusProxy())
                continue;
            if (qobject_cast<QComboBox *>(w->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue;
            QVERIFY2(reached.contains(w), qPrintable(w->objectName()));
        }
    }

    void mnemonicsAreUniqueAndLeaveTheMenusAlone()
    {
        QHash<QString, QString> used;
        for (QAction *menu : m_window->menuBar()->actions()) {
            const QString key = mnemonicOf(menu->text());
            QVERIFY(!key.isEmpty());
            used.insert(key, menu->text());
        }
        QCOMPARE(QStringList(used.keys()).size(), m_window->menuBar()->actions().size());
        QVERIFY(used.contains(QStringLiteral("F")) && used.contains(QStringLiteral("O")) &&
                used.contains(QStringLiteral("W")) && used.contains(QStringLiteral("H")));
        QStringList texts;
        for (QAbstractButton *button : page()->findChildren<QAbstractButton *>())
            texts << button->text();
        for (QLabel *label : page()->findChildren<QLabel *>()) {
            if (label->buddy())
                texts << label->text();
        }
        for (QTabBar *bar : page()->findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i)
                texts << bar->tabText(i);
        }
        int withMnemonic = 0;
        for (const QString &text : std::as_const(texts)) {
            const QString key = mnemonicOf(text);
            if (key.isEmpty())
                continue;
            ++withMnemonic;
            QVERIFY2(
                !used.contains(key),
                qPrintable(QStringLiteral("%1 in “%2” and “%3”").arg(key, text, used.value(key))));
            used.insert(key, text);
        }
        QVERIFY(withMnemonic >= 15);
        // The Webhook menu opens with Alt+W while the page is on show.
        QVERIFY(page()->isVisible());
    }

    void keysGoBackAndFindSearch()
    {
        QSignalSpy back(page(), &DeliveryHistoryPage::backRequested);
        const auto reopen = [this] {
            QTRY_VERIFY(!page()->isVisible());
            m_window->showHistory(m_webhook);
            QTRY_VERIFY(page()->isVisible());
            QTRY_VERIFY(page()->table()->model()->rowCount() > 0);
        };
        page()->table()->setFocus();
        QTest::keyClick(page()->table(), Qt::Key_Escape);
        QCOMPARE(back.count(), 1);
        reopen();
        page()->table()->setFocus();
        QTest::keyClick(page()->table(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(back.count(), 2);
        reopen();
        page()->table()->setFocus();
        QTest::keyClick(page()->table(), Qt::Key_Backspace);
        QCOMPARE(back.count(), 3);
        reopen();

        // Ctrl+F goes to Search with its words selected, and Backspace there edits them.
        auto *search = child<QLineEdit>("searchEdit");
        search->setText(QStringLiteral("deploy"));
        page()->table()->setFocus();
        QTest::keyClick(page()->table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QCOMPARE(search->selectedText(), QStringLiteral("deploy"));
        QTest::keyClick(search, Qt::Key_End);
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(search->text(), QStringLiteral("deplo"));
        QCOMPARE(back.count(), 3);
        search->clear();
        QTRY_COMPARE(page()->model()->matchCount(), qint64(150));
    }

    void refreshReadsWhatOthersWrote()
    {
        // A delivery another console wrote (no signal reaches this one): F5 shows it.
        {
            test::SeedDatabase other(test::databasePath(m_dir));
            test::insertDelivery(other.deliveries, m_webhookRowId, QDateTime::currentDateTimeUtc(),
                                 200);
        }
        QCOMPARE(page()->model()->matchCount(), qint64(150));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->table()->setFocus();
        QTest::keyClick(page()->table(), Qt::Key_F5);
        QTRY_COMPARE(page()->model()->matchCount(), qint64(151));
        QTRY_COMPARE(child<QLabel>("pageLabel")->text(), QStringLiteral("1–100 of 151"));
    }

    void darkThemeFollowsThePalette()
    {
        m_window->resize(1100, 680);
        selectRowOf(m_redeliveryId);
        HealthChart *chart = healthChart();
        auto *outcome = child<QLabel>("detailOutcomeLabel");
        const auto check = [&](bool dark) {
            const QPalette app = QApplication::palette();
            const QColor background = chart->chart()->backgroundBrush().color();
            QCOMPARE(theme::isDark(app), dark);
            QVERIFY2((background.lightnessF() < 0.3) == dark, qPrintable(background.name()));
            for (QAbstractAxis *axis : chart->chart()->axes())
                QVERIFY2(theme::contrastRatio(axis->labelsColor(), background) >= 4.5,
                         qPrintable(axis->labelsColor().name()));
            QVERIFY(theme::contrastRatio(chart->chart()->legend()->labelColor(), background) >=
                    4.5);
            for (QAbstractSeries *series : chart->chart()->series()) {
                const QColor line = static_cast<QLineSeries *>(series)->pen().color();
                QVERIFY2(theme::contrastRatio(line, background) >= 4.5, qPrintable(line.name()));
            }
            const QColor status = outcome->palette().color(QPalette::WindowText);
            QVERIFY2(theme::contrastRatio(status, page()->palette().color(QPalette::Window)) >= 4.5,
                     qPrintable(status.name()));
            QCOMPARE(status, theme::color(theme::Tone::Failure, app));
            // The list's outcomes and links, against the list's rows.
            QAbstractItemModel *rows = page()->table()->model();
            for (int row = 0; row < 10; ++row) {
                for (const int column : {int(DeliveryHistoryModel::ResultColumn),
                                         int(DeliveryHistoryModel::RedeliveryColumn)}) {
                    const QVariant brush = rows->index(row, column).data(Qt::ForegroundRole);
                    if (!brush.isValid())
                        continue;
                    const QColor colour = brush.value<QBrush>().color();
                    for (const auto role : {QPalette::Base, QPalette::AlternateBase})
                        QVERIFY2(theme::contrastRatio(colour, app.color(role)) >= 4.5,
                                 qPrintable(colour.name()));
                }
            }
            const QColor key = jsonKeyColour(child<QPlainTextEdit>("requestBodyView")->document());
            QVERIFY(key.isValid());
            QVERIFY2(theme::contrastRatio(key, app.color(QPalette::Base)) >= 4.5,
                     qPrintable(key.name()));
        };
        const Delivery shown = *page()->selectedDelivery();
        QVERIFY(!shown.succeeded());
        check(false);

        QApplication::setPalette(darkPalette());
        settle();
        check(true);
        shot(QStringLiteral("history-dark"));

        QApplication::setPalette(m_lightPalette);
        settle();
        check(false);
        m_window->resize(1024, 700);
    }

    void redeliverKeepsThePlaceInALongList()
    {
        // Far down the list, on a failure: redelivering it puts a new row at the top, and the
        // user's row stays selected where it was on screen.
        m_window->resize(1024, 700);
        settle();
        QTableView *table = page()->table();
        QTRY_VERIFY(page()->model()->rowCount() >= 60);
        int target = -1;
        for (int row = 60; row < page()->model()->rowCount() && target < 0; ++row) {
            const Delivery *d = page()->model()->deliveryAt(row);
            if (d->state == Delivery::State::Completed && !d->succeeded())
                target = row;
        }
        QVERIFY(target >= 0);
        const QString id = page()->model()->deliveryAt(target)->id;
        table->scrollTo(page()->model()->index(target, 0), QAbstractItemView::PositionAtCenter);
        selectRowOf(id);
        settle();
        const int y = table->rowViewportPosition(page()->model()->rowOf(id));
        QVERIFY(y > 0 && y < table->viewport()->height());
        QVERIFY(table->verticalScrollBar()->value() > 0);
        QTRY_VERIFY(page()->model()->matchCount() > 0);
        const qint64 before = page()->model()->matchCount();

        QSignalSpy done(page(), &DeliveryHistoryPage::redeliveryFinished);
        child<QPushButton>("redeliverButton")->click();
        QVERIFY(done.wait(15000));
        QTRY_COMPARE(page()->model()->matchCount(), before + 1);
        const QString copy = done.first().first().value<Delivery>().id;
        QTRY_COMPARE(page()->model()->deliveryAt(0)->id, copy);
        settle();
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), page()->model()->rowOf(id));
        QCOMPARE(page()->selectedDelivery()->id, id);
        QCOMPARE(table->rowViewportPosition(selected.first().row()), y);
    }

    void screenshots()
    {
        // The page as people see it: 1400×900, a failed redelivery selected, light and dark
        // (run with QT_SCALE_FACTOR=2 for the 200 % ones).
        m_window->resize(1400, 900);
        page()->table()->scrollToTop();
        settle();
        selectRowOf(m_redeliveryId);
        page()->table()->scrollTo(page()->table()->selectionModel()->selectedRows().first(),
                                  QAbstractItemView::PositionAtCenter);
        page()->table()->setFocus();
        child<QTabWidget>("detailTabs")->setCurrentIndex(0);
        shot(QStringLiteral("history-page"));
        QApplication::setPalette(darkPalette());
        settle();
        shot(QStringLiteral("history-page-dark"));
        child<QTabWidget>("detailTabs")->setCurrentIndex(1);
        shot(QStringLiteral("history-page-dark-response"));
        QApplication::setPalette(m_lightPalette);
        settle();
        shot(QStringLiteral("history-page-response"));
        child<QTabWidget>("detailTabs")->setCurrentIndex(0);
        m_window->resize(1024, 700);
        settle();
    }
};

QTEST_MAIN(TestHistoryLayout)
#include "tst_historylayout.moc"
