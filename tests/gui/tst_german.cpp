// The window as a German user sees it: LANG and LANGUAGE say German (CTest sets them before
// the application starts), translations::install loads the German catalogue and Qt's own, and
// the real window on a realistic database shows menus, buttons, headers and the webhook form
// in German. Beyond the texts named here, every text of the window and of the form is checked
// against resources/translations/webhook-console_de.ts: one that is still the English source of
// a message whose German differs (a context lupdate and the program disagree on, a text set
// without tr()) fails the test. A screenshot: webhooks-page-de.png.

#include "AppInfo.h"
#include "LocalReceiver.h"
#include "MainWindow.h"
#include "RealisticData.h"
#include "Settings.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WebhookDialog.h"
#include "WebhookListModel.h"
#include "WebhooksPage.h"
#include "WidgetSupport.h"
#include "local/LocalBackend.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

using namespace wc;
using namespace wc::gui;
using test::child;

namespace {

/// The committed German catalogue: each message's German, and which English texts a German
/// user must never see (their German differs in every context they appear in).
struct German
{
    QHash<QString, QString> byContext; ///< "context\x1fsource" → German (finished ones)
    QSet<QString> englishOnlyInEnglish;
    QString error;

    [[nodiscard]] QString of(const QString &context, const QString &source) const
    {
        return byContext.value(context + u'\x1f' + source);
    }
};

German readGerman(const QString &path)
{
    German out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("cannot read %1").arg(path);
        return out;
    }
    QSet<QString> differs;
    QSet<QString> same;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            const bool numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            QString source;
            QStringList translations;
            bool finished = true;
            while (!(xml.isEndElement() && xml.name() == u"message") && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"source") {
                    source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                    if (!numerus) // numerus ones hold their forms in numerusform elements
                        translations << xml.readElementText();
                } else if (xml.name() == u"numerusform") {
                    translations << xml.readElementText();
                }
            }
            if (!finished || translations.isEmpty() || translations.first().isEmpty())
                continue;
            out.byContext.insert(context + u'\x1f' + source, translations.first());
            if (translations.contains(source))
                same.insert(source);
            else
                differs.insert(source);
        }
    }
    out.englishOnlyInEnglish = differs - same;
    if (xml.hasError())
        out.error = xml.errorString();
    return out;
}

QString stripMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

/// Every text `root` shows or says (labels, buttons, titles, placeholders, tooltips,
/// accessible names, menu entries, combo and tab entries, table headers and cells), each with
/// where it is.
QList<QPair<QString, QString>> textsOf(QWidget *root)
{
    QList<QPair<QString, QString>> out;
    const auto add = [&out](const QString &where, const QString &text) {
        if (!text.trimmed().isEmpty())
            out.append({where, text});
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        const QString where = test::describe(w);
        add(where + QStringLiteral(" window title"), w->windowTitle());
        add(where + QStringLiteral(" tooltip"), w->toolTip());
        add(where + QStringLiteral(" accessible name"), w->accessibleName());
        add(where + QStringLiteral(" accessible description"), w->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(where, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(where, button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            add(where, box->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(where + QStringLiteral(" entry %1").arg(i), combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(where + QStringLiteral(" tab %1").arg(i), tabs->tabText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                add(where + QStringLiteral(" header %1").arg(c),
                    model->headerData(c, Qt::Horizontal).toString());
            // The first rows and their children (the navigation's pages), enough for every
            // kind of cell.
            std::function<void(const QModelIndex &, int)> cells = [&](const QModelIndex &parent,
                                                                      int depth) {
                for (int r = 0; r < qMin(model->rowCount(parent), 20); ++r) {
                    for (int c = 0; c < model->columnCount(parent); ++c) {
                        const QModelIndex i = model->index(r, c, parent);
                        add(where + QStringLiteral(" cell %1,%2").arg(r).arg(c),
                            i.data(Qt::DisplayRole).toString());
                        add(where + QStringLiteral(" cell %1,%2 tooltip").arg(r).arg(c),
                            i.data(Qt::ToolTipRole).toString());
                    }
                    if (depth < 4)
                        cells(model->index(r, 0, parent), depth + 1);
                }
            };
            cells({}, 0);
        }
    }
    for (QAction *a : root->findChildren<QAction *>()) {
        const QString where = QStringLiteral("action ") + a->objectName();
        add(where, a->text());
        add(where + QStringLiteral(" tooltip"), a->toolTip());
        add(where + QStringLiteral(" status tip"), a->statusTip());
    }
    return out;
}

} // namespace

class TestGerman : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    test::LocalReceiver m_receiver;
    test::RealisticData m_data;
    German m_german;

    WebhooksPage *page() { return m_window->webhooksPage(); }

    /// The German of a message, which must be there and differ from the English.
    QString german(const char *context, const char *source)
    {
        const QString text = m_german.of(QString::fromUtf8(context), QString::fromUtf8(source));
        if (text.isEmpty())
            qWarning("no German for [%s] \"%s\" in webhook-console_de.ts", context, source);
        return text;
    }

    /// Fails with every text of `root` that is still the English of a translated message.
    void checkNoEnglish(QWidget *root, const QString &what)
    {
        QStringList english;
        for (const auto &[where, text] : textsOf(root)) {
            if (m_german.englishOnlyInEnglish.contains(text))
                english << QStringLiteral("%1: \"%2\"").arg(where, text);
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("English where German is due in %1:\n  %2")
                                .arg(what, english.join(QStringLiteral("\n  ")))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply();
        Settings::clear();
        // The system's language, as the window's main() installs it.
        QCOMPARE(QLocale().language(), QLocale::German);
        translations::install(*QCoreApplication::instance());
        const QString source = qEnvironmentVariable("WEBHOOK_CONSOLE_SOURCE_DIR");
        m_german =
            readGerman(source + QStringLiteral("/resources/translations/webhook-console_de.ts"));
        QVERIFY2(m_german.error.isEmpty(), qPrintable(m_german.error));
        QVERIFY2(!m_german.byContext.isEmpty(), "the German catalogue has no translation yet");

        QVERIFY2(test::haveSessionBus(), "run with the README's test command");
        QVERIFY(m_receiver.listen());
        const QString path = test::databasePath(m_dir);
        m_backend = std::make_unique<LocalBackend>(path);
        QVERIFY(!test::await(m_backend->open()));
        m_data = test::seedRealisticData(*m_backend, path, m_receiver.url());
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1280, 800);
        QSignalSpy reloaded(m_window.get(), &MainWindow::navigationReloaded);
        m_window->reloadNavigation(QStringLiteral("acme"));
        QVERIFY(reloaded.wait(10000));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(page()->model()->rowCount(), m_data.webhooks.size());
    }

    void qtSpeaksGermanToo()
    {
        // Qt's own texts come from qtbase_de.qm (package qt6-translations-l10n).
        QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
        QCOMPARE(stripMnemonic(box.button(QDialogButtonBox::Close)->text()),
                 QStringLiteral("Schließen"));
        QCOMPARE(stripMnemonic(box.button(QDialogButtonBox::Cancel)->text()),
                 QStringLiteral("Abbrechen"));
    }

    void menusAreGerman()
    {
        QStringList titles;
        for (QAction *menu : m_window->menuBar()->actions())
            titles << stripMnemonic(menu->text());
        for (const char *expected : {"Datei", "Organisation", "Webhook", "Hilfe"})
            QVERIFY2(titles.contains(QString::fromUtf8(expected)), qPrintable(titles.join(u", ")));
        QCOMPARE(test::action(m_window.get(), "actionQuit")->text(), german("MainWindow", "&Quit"));
        QCOMPARE(stripMnemonic(test::action(m_window.get(), "actionQuit")->text()),
                 QStringLiteral("Beenden"));
    }

    void webhooksPageIsGerman()
    {
        const QList<std::pair<const char *, const char *>> buttons{
            {"createButton", "&Create webhook"}, {"editButton", "&Edit…"},
            {"deleteButton", "&Delete…"},        {"historyButton", "Deli&veries"},
            {"pingButton", "Send test &ping"},   {"sampleButton", "Send &sample event"},
        };
        for (const auto &[name, english] : buttons) {
            const QString text = child<QPushButton>(page(), name)->text();
            QCOMPARE(text, german("WebhooksPage", english));
            QVERIFY2(text != QString::fromUtf8(english), name);
        }
        // The table's headers: the glossary's words.
        const QAbstractItemModel *model = page()->table()->model();
        QCOMPARE(model->headerData(WebhookListModel::DisplayNameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Anzeigename"));
        QCOMPARE(model->headerData(WebhookListModel::DisplayNameColumn, Qt::Horizontal).toString(),
                 german("wc::gui::WebhookListModel", "Display name"));
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString header = model->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(!m_german.englishOnlyInEnglish.contains(header), qPrintable(header));
        }
        page()->table()->selectRow(0);
        m_window->grab().save(test::screenshotPath(QStringLiteral("webhooks-page-de.png")));
    }

    void noEnglishInTheWindow() { checkNoEnglish(m_window.get(), QStringLiteral("the window")); }

    void webhookFormIsGerman()
    {
        bool checked = false;
        test::onNextDialog<WebhookDialog>([this, &checked](WebhookDialog *dialog) {
            auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
            QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(),
                     german("wc::gui::WebhookDialog", "&Cancel"));
            QCOMPARE(stripMnemonic(buttons->button(QDialogButtonBox::Cancel)->text()),
                     QStringLiteral("Abbrechen"));
            QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(),
                     german("wc::gui::WebhookDialog", "C&reate"));
            // Bad input gets its message next to the field, in German too.
            auto *url = child<QLineEdit>(dialog, "payloadUrlEdit");
            QTest::keyClicks(url, QStringLiteral("not a url"));
            auto *urlError = child<QLabel>(dialog, "payloadUrlError");
            QTRY_VERIFY(urlError->isVisible());
            QVERIFY2(!m_german.englishOnlyInEnglish.contains(urlError->text()),
                     qPrintable(urlError->text()));
            dialog->grab().save(test::screenshotPath(QStringLiteral("webhook-dialog-de.png")));
            checkNoEnglish(dialog, QStringLiteral("the webhook form"));
            checked = true;
            dialog->reject();
        });
        page()->createWebhook();
        QTRY_VERIFY(checked);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_backend.reset();
    }
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
