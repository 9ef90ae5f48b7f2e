#include "VerifySnippetDialog.h"

#include "FormSupport.h"
#include "Settings.h"
#include "Signature.h"
#include "Theme.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTabWidget>
#include <QTextOption>
#include <QVBoxLayout>

namespace wc::gui {

namespace {
const QString LanguageKey = QStringLiteral("verifySnippet/language");

/// "a", "a and b", "a, b and c".
QString listInWords(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    return VerifySnippetDialog::tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}
} // namespace

VerifySnippetDialog::VerifySnippetDialog(const Webhook &webhook, QWidget *parent)
    : QDialog(parent)
    , m_webhook(webhook)
    , m_languages(snippetLanguages())
{
    setObjectName(QStringLiteral("VerifySnippetDialog"));
    setWindowTitle(tr("How to verify “%1”").arg(webhook.displayName));
    const SignatureScheme &scheme = SignatureScheme::get(webhook.signature);

    QStringList headers;
    for (const QByteArray &h : scheme.headerNames())
        headers << QString::fromLatin1(h);
    auto *headersLabel = new QLabel(this);
    headersLabel->setObjectName(QStringLiteral("headersLabel"));
    headersLabel->setWordWrap(true);
    headersLabel->setTextFormat(Qt::RichText);
    headersLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Header names whole on one line each ("webhook-id" never breaks at its hyphen).
    QStringList shown;
    for (const QString &h : std::as_const(headers))
        shown << QStringLiteral("<b style=\"white-space:nowrap\">%1</b>").arg(h.toHtmlEscaped());
    headersLabel->setText(
        tr("Deliveries of “%1” are signed with the %2 scheme. Your receiver reads the header(s) "
           "%3 and checks them against the raw body, byte for byte as received, with the "
           "webhook's secret.",
           nullptr, int(headers.size()))
            .arg(shortenLongWords(webhook.displayName).toHtmlEscaped(),
                 scheme.displayName().toHtmlEscaped(), listInWords(shown)));
    headersLabel->setAccessibleName(
        tr("Headers to read: %1").arg(headers.join(QStringLiteral(", "))));

    auto *noSecret = new QLabel(this);
    noSecret->setObjectName(QStringLiteral("noSecretLabel"));
    noSecret->setWordWrap(true);
    noSecret->setText(tr("This webhook has no secret yet, so its deliveries carry no signature: "
                         "set one (Set Secret…) before the receiver checks them."));
    theme::setTone(noSecret, theme::Tone::Warning);
    noSecret->setVisible(!webhook.hasSecret);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("snippetTabs"));
    m_tabs->setDocumentMode(true);
    int widest = 0;
    int tallest = 0;
    for (const SnippetLanguage language : std::as_const(m_languages)) {
        QString fileName;
        const QString code = verifySnippet(scheme.id(), language, &fileName);
        auto *view = new QPlainTextEdit(m_tabs);
        view->setObjectName(QStringLiteral("snippet_") + snippetLanguageKey(language));
        view->setReadOnly(true);
        view->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        view->setTabChangesFocus(true);
        view->setFont(mono);
        view->setWordWrapMode(QTextOption::NoWrap);
        view->setPlainText(code);
        view->setAccessibleName(tr("%1 snippet").arg(snippetLanguageName(language)));
        view->setProperty("fileName", fileName);
        const QFontMetrics metrics(mono);
        const QStringList lines = code.split(u'\n');
        for (const QString &line : lines)
            widest = std::max(widest, metrics.horizontalAdvance(line));
        tallest = std::max(tallest, int(lines.size()) * metrics.lineSpacing());
        m_tabs->addTab(view, snippetLanguageName(language));
    }

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::setTone(m_fileLabel, theme::Tone::Muted);

    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAutoDefault(false);
    connect(m_copyButton, &QPushButton::clicked, this, &VerifySnippetDialog::copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("C&lose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_fileLabel, 1);
    bottom->addWidget(m_copyButton);
    bottom->addSpacing(12);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headersLabel);
    layout->addWidget(noSecret);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_tabs, &QTabWidget::currentChanged, this, &VerifySnippetDialog::languageShown);
    if (const auto remembered = snippetLanguageFromKey(Settings::value(LanguageKey).toString())) {
        setLanguage(*remembered);
    }
    languageShown();

    // As wide as the longest line and as tall as the longest snippet, within the screen: the
    // code reads without scrolling where there is room for it.
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1280, 900);
    const int frame = 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 48;
    const int width = std::clamp(widest + frame, 560, available.width() * 9 / 10);
    const int textHeight = std::clamp(tallest + frame, 240, available.height() * 6 / 10);
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setMinimumHeight(std::min(textHeight, 320));
    resize(width, layout->sizeHint().height() - std::min(textHeight, 320) + textHeight);
    m_tabs->currentWidget()->setFocus();
}

SnippetLanguage VerifySnippetDialog::language() const
{
    return m_languages.value(m_tabs->currentIndex(), SnippetLanguage::Python);
}

void VerifySnippetDialog::setLanguage(SnippetLanguage language)
{
    if (const qsizetype i = m_languages.indexOf(language); i >= 0)
        m_tabs->setCurrentIndex(int(i));
}

QString VerifySnippetDialog::snippet() const
{
    const auto *view = qobject_cast<const QPlainTextEdit *>(m_tabs->currentWidget());
    return view ? view->toPlainText() : QString();
}

void VerifySnippetDialog::languageShown()
{
    const QWidget *view = m_tabs->currentWidget();
    const QString fileName = view ? view->property("fileName").toString() : QString();
    m_fileLabel->setText(fileName.isEmpty()
                             ? QString()
                             : tr("Save it as %1, or paste it into your receiver.").arg(fileName));
    m_copyButton->setText(tr("&Copy"));
    Settings::setValue(LanguageKey, snippetLanguageKey(language()));
}

void VerifySnippetDialog::copy()
{
    QGuiApplication::clipboard()->setText(snippet());
    m_copyButton->setText(tr("Copied ✓"));
    m_fileLabel->setText(
        tr("The %1 snippet is on the clipboard.").arg(snippetLanguageName(language())));
}

} // namespace wc::gui
