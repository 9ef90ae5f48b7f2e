#include "EditAndSendDialog.h"

#include "Async.h"
#include "FormSupport.h"
#include "JsonHighlighter.h"
#include "SecretPromptDialog.h"
#include "Signature.h"
#include "Theme.h"
#include "Validation.h"
#include "WebhookBackend.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcEditAndSend, "webhookconsole.gui.editandsend")

namespace wc::gui {

namespace {

/// Header names the sender makes itself, whatever the lines say (as sendEdited does): the new
/// message's id, every scheme's signature headers, and the framing Qt writes. Lower case.
bool madeAfresh(const QByteArray &lowerName)
{
    static const QList<QByteArray> signatures = SignatureScheme::allSignatureHeaders();
    return signatures.contains(lowerName) || lowerName == "pulumi-webhook-id" ||
           lowerName == "content-length" || lowerName == "host";
}

/// The name of a "Name: value" line, or an empty one when the line has no colon.
QByteArray headerName(const QString &line)
{
    const qsizetype colon = line.indexOf(u':');
    return colon <= 0 ? QByteArray() : line.left(colon).trimmed().toLatin1();
}

/// Whether `name` is an HTTP field name (RFC 9110's token).
bool isToken(const QString &name)
{
    if (name.isEmpty())
        return false;
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~");
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || extra.contains(c);
        if (!ok)
            return false;
    }
    return true;
}

/// Greys the header lines that are made afresh when sent, so nobody edits them in vain.
class HeaderLinesHighlighter : public QSyntaxHighlighter
{
public:
    explicit HeaderLinesHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document)
    {
        updateColours();
    }

    void updateColours()
    {
        m_afresh.setForeground(theme::color(theme::Tone::Muted));
        m_afresh.setFontItalic(true);
        rehighlight();
    }

protected:
    void highlightBlock(const QString &text) override
    {
        if (madeAfresh(headerName(text).toLower()))
            setFormat(0, int(text.size()), m_afresh);
    }

private:
    QTextCharFormat m_afresh;
};

/// A label above an editor, with room at its right for a button.
QHBoxLayout *captionRow(QLabel *caption, QWidget *button = nullptr)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(caption);
    row->addStretch(1);
    if (button)
        row->addWidget(button);
    return row;
}

} // namespace

EditAndSendDialog::EditAndSendDialog(WebhookBackend &backend, const Webhook &webhook,
                                     const Delivery &original, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_webhook(webhook)
    , m_original(original)
{
    setObjectName(QStringLiteral("EditAndSendDialog"));
    setWindowTitle(tr("Edit and Send Delivery #%1").arg(original.id));
    const SignatureScheme &scheme = SignatureScheme::get(webhook.signature);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_banner = wrappedLabel(this, "bannerLabel");
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::styleAsBanner(m_banner);
    m_banner->hide();

    auto *intro = wrappedLabel(this, "introLabel");
    intro->setText(shortenLongWords(
        tr("A new delivery of “%1”, made from delivery #%2 (%3). It gets a new message ID and "
           "is recorded in this webhook's history; delivery #%2 stays as it was.")
            .arg(webhook.displayName, original.id, original.kind)));

    // Where it goes: the webhook's URL, or another receiver's.
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    const bool plainUrl = validation::payloadUrl(webhook.payloadUrl).isEmpty() &&
                          validation::redactedUrl(webhook.payloadUrl) == webhook.payloadUrl;
    if (plainUrl)
        m_url->setText(webhook.payloadUrl);
    m_url->setPlaceholderText(
        tr("The webhook's payload URL (%1)").arg(validation::redactedUrl(webhook.payloadUrl)));
    m_url->setToolTip(tr("Another URL sends this copy elsewhere, such as a receiver under "
                         "development on http://127.0.0.1:PORT/. Empty: the webhook's URL."));
    m_urlError = wrappedLabel(this, "urlError");
    m_urlError->hide();

    // How it is signed.
    m_signed = new QRadioButton(this);
    m_signed->setObjectName(QStringLiteral("signedRadio"));
    m_unsigned = new QRadioButton(tr("U&nsigned"), this);
    m_unsigned->setObjectName(QStringLiteral("unsignedRadio"));
    m_wrongSecret = new QRadioButton(tr("Signed with a w&rong secret (to test refusal)"), this);
    m_wrongSecret->setObjectName(QStringLiteral("wrongSecretRadio"));
    m_wrongSecret->setToolTip(tr("Signed with a made-up secret, kept nowhere: a receiver that "
                                 "checks signatures should refuse it."));
    if (webhook.hasSecret) {
        m_signed->setText(tr("Signed with the &webhook's secret (%1)")
                              .arg(escapeMnemonics(scheme.displayName())));
        m_signed->setChecked(true);
    } else {
        m_signed->setText(tr("Signed with the &webhook's secret (it has none)"));
        m_signed->setEnabled(false);
        m_signed->setToolTip(tr("This webhook has no secret: its deliveries carry no signature."));
        m_unsigned->setChecked(true);
    }
    auto *signing = new QButtonGroup(this);
    for (QRadioButton *radio : {m_signed, m_unsigned, m_wrongSecret})
        signing->addButton(radio);
    auto *signingBox = new QVBoxLayout;
    signingBox->setContentsMargins(0, 0, 0, 0);
    signingBox->setSpacing(2);
    for (QRadioButton *radio : {m_signed, m_unsigned, m_wrongSecret})
        signingBox->addWidget(radio);

    FormRows form;
    auto *urlLabel = new QLabel(tr("Target &URL"), this);
    urlLabel->setObjectName(QStringLiteral("urlLabel"));
    urlLabel->setBuddy(m_url);
    form.add(urlLabel, m_url);
    form.add(m_urlError);
    auto *signingLabel = new QLabel(tr("Signing"), this);
    signingLabel->setObjectName(QStringLiteral("signingLabel"));
    form.add(signingLabel, signingBox, m_signed);

    // The payload, JSON-highlighted, with Format JSON and a warning that does not block.
    auto *payloadPane = new QWidget(this);
    payloadPane->setObjectName(QStringLiteral("payloadPane"));
    auto *payloadLayout = new QVBoxLayout(payloadPane);
    // A little room on either side of the handle between the payload and the headers.
    payloadLayout->setContentsMargins(0, 0, 0, 4);
    payloadLayout->setSpacing(4);
    m_payload = new QPlainTextEdit(payloadPane);
    m_payload->setObjectName(QStringLiteral("payloadEdit"));
    m_payload->setFont(mono);
    m_payload->setTabChangesFocus(true);
    m_payload->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_payload->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_payload->setPlainText(QString::fromUtf8(original.payload));
    m_payloadHighlighter = new JsonHighlighter(m_payload->document());
    m_format = new QPushButton(tr("&Format JSON"), payloadPane);
    m_format->setObjectName(QStringLiteral("formatJsonButton"));
    m_format->setAutoDefault(false);
    m_format->setToolTip(tr("Indent the payload; its content stays the same."));
    auto *payloadLabel = new QLabel(tr("&Payload"), payloadPane);
    payloadLabel->setObjectName(QStringLiteral("payloadLabel"));
    payloadLabel->setBuddy(m_payload);
    m_jsonWarning = wrappedLabel(payloadPane, "jsonWarning");
    theme::setTone(m_jsonWarning, theme::Tone::Warning);
    m_jsonWarning->hide();
    payloadLayout->addLayout(captionRow(payloadLabel, m_format));
    payloadLayout->addWidget(m_payload, 1);
    payloadLayout->addWidget(m_jsonWarning);

    // The request's headers as recorded, one per line.
    auto *headersPane = new QWidget(this);
    headersPane->setObjectName(QStringLiteral("headersPane"));
    auto *headersLayout = new QVBoxLayout(headersPane);
    headersLayout->setContentsMargins(0, 4, 0, 0);
    headersLayout->setSpacing(4);
    m_headers = new QPlainTextEdit(headersPane);
    m_headers->setObjectName(QStringLiteral("headersEdit"));
    m_headers->setFont(mono);
    m_headers->setTabChangesFocus(true);
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    QString headers = original.requestHeaders;
    headers.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    m_headers->setPlainText(headers);
    m_headers->setPlaceholderText(tr("Name: value, one header per line"));
    auto *headerLines = new HeaderLinesHighlighter(m_headers->document());
    auto *headersLabel = new QLabel(tr("&Headers"), headersPane);
    headersLabel->setObjectName(QStringLiteral("headersLabel"));
    headersLabel->setBuddy(m_headers);
    m_headersError = wrappedLabel(headersPane, "headersError");
    m_headersError->hide();
    m_headersNote = wrappedLabel(headersPane, "headersNote");
    theme::setTone(m_headersNote, theme::Tone::Muted);
    headersLayout->addLayout(captionRow(headersLabel));
    headersLayout->addWidget(m_headers, 1);
    headersLayout->addWidget(m_headersError);
    headersLayout->addWidget(m_headersNote);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("editorSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(payloadPane);
    split->addWidget(headersPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sendButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditAndSendDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditAndSendDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form.layout());
    layout->addSpacing(4);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);

    m_jsonCheck.setSingleShot(true);
    m_jsonCheck.setInterval(200);
    connect(&m_jsonCheck, &QTimer::timeout, this, &EditAndSendDialog::checkJson);
    connect(m_payload, &QPlainTextEdit::textChanged, &m_jsonCheck, qOverload<>(&QTimer::start));
    connect(m_format, &QPushButton::clicked, this, &EditAndSendDialog::formatJson);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        if (m_serverError.field == u"url")
            m_serverError = {};
        revalidate();
    });
    connect(m_headers, &QPlainTextEdit::textChanged, this, &EditAndSendDialog::revalidate);
    connect(signing, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            explainSigning();
    });
    // The highlighters' colours follow the palette (the labels' tones do by themselves).
    theme::followPalette(this, QStringLiteral("editAndSend"), [this, headerLines] {
        m_payloadHighlighter->updateColours();
        headerLines->updateColours();
    });

    nameFieldsAfterLabels(this);
    m_signed->setAccessibleDescription(
        tr("Signature headers are made afresh with the webhook's current secret."));
    explainSigning();
    checkJson();
    revalidate();
    setMinimumWidth(640);
    resize(780, 720);
    m_payload->setFocus();
}

EditAndSendDialog::~EditAndSendDialog() = default;

EditedDelivery EditAndSendDialog::edited() const
{
    EditedDelivery edit;
    edit.fromDeliveryId = m_original.id;
    edit.payload = m_payload->toPlainText().toUtf8();
    edit.headers = headersForSending();
    const QString url = m_url->text().trimmed();
    edit.url = url == m_webhook.payloadUrl ? QString() : url;
    edit.signing = m_unsigned->isChecked()      ? EditedDelivery::Signing::Unsigned
                   : m_wrongSecret->isChecked() ? EditedDelivery::Signing::WrongSecret
                                                : EditedDelivery::Signing::Signed;
    return edit;
}

QString EditAndSendDialog::headersForSending() const
{
    // CRLF-joined, as recorded; blank lines are nothing.
    QStringList lines;
    for (const QString &line : m_headers->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines.join(QStringLiteral("\r\n"));
}

QString EditAndSendDialog::urlProblem() const
{
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        if (const QString problem = validation::payloadUrl(url); !problem.isEmpty())
            return problem;
    }
    return m_serverError.field == u"url" ? m_serverError.message : QString();
}

QString EditAndSendDialog::headersProblem() const
{
    const QStringList lines = m_headers->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return tr("Line %1 is not a header: write it as Name: value.").arg(i + 1);
        const QString name = line.left(colon).trimmed();
        if (!isToken(name))
            return tr("Line %1: “%2” is not a header name (letters, digits and !#$%&'*+-.^_`|~, "
                      "no spaces).")
                .arg(i + 1)
                .arg(shortenLongWords(name, 40));
    }
    return {};
}

void EditAndSendDialog::revalidate()
{
    const QString url = urlProblem();
    const QString headers = headersProblem();
    showFieldMessage(m_url, m_urlError, url);
    showFieldMessage(m_headers, m_headersError, headers);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && url.isEmpty() && headers.isEmpty());
}

void EditAndSendDialog::checkJson()
{
    m_jsonCheck.stop();
    const QByteArray payload = m_payload->toPlainText().toUtf8();
    QString warning;
    if (payload.trimmed().isEmpty()) {
        warning = tr("The payload is empty: the request is sent with an empty body.");
    } else {
        QJsonParseError error;
        QJsonDocument::fromJson(payload, &error);
        if (error.error != QJsonParseError::NoError) {
            const QByteArray before = payload.left(error.offset);
            const qsizetype line = before.count('\n') + 1;
            const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
            warning = tr("Not valid JSON: %1 at line %2, column %3. It can still be sent as it "
                         "is.")
                          .arg(error.errorString())
                          .arg(line)
                          .arg(column);
        }
    }
    m_payloadHighlighter->setEnabled(warning.isEmpty());
    m_format->setEnabled(warning.isEmpty() && !m_busy);
    m_payload->setAccessibleDescription(warning);
    if (m_jsonWarning->text() == warning && m_jsonWarning->isHidden() == warning.isEmpty())
        return;
    m_jsonWarning->setText(warning);
    m_jsonWarning->setVisible(!warning.isEmpty());
    fitToContents(this);
}

void EditAndSendDialog::formatJson()
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(m_payload->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || json.isNull()) {
        checkJson();
        return;
    }
    // One edit, so Undo brings the text back as it was.
    QTextCursor all(m_payload->document());
    all.select(QTextCursor::Document);
    all.insertText(QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed());
    checkJson();
}

void EditAndSendDialog::explainSigning()
{
    const SignatureScheme &scheme = SignatureScheme::get(m_webhook.signature);
    QString text;
    if (m_unsigned->isChecked())
        text = tr("Grey lines are not sent as they are: this copy carries no signature headers, "
                  "and its message ID, Content-Length and Host are made afresh when it is sent.");
    else if (m_wrongSecret->isChecked())
        text = tr("Grey lines are made afresh when sent: the message ID, the %1 signature "
                  "headers (signed with a made-up secret that is kept nowhere), Content-Length "
                  "and Host.")
                   .arg(scheme.displayName());
    else
        text = tr("Grey lines are made afresh when sent: the message ID, the %1 signature "
                  "headers (signed with the webhook's secret), Content-Length and Host.")
                   .arg(scheme.displayName());
    m_headersNote->setText(text);
    fitToContents(this);
}

void EditAndSendDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_url->setReadOnly(busy);
    m_payload->setReadOnly(busy);
    m_headers->setReadOnly(busy);
    m_signed->setEnabled(!busy && m_webhook.hasSecret);
    for (QWidget *w : {static_cast<QWidget *>(m_unsigned), static_cast<QWidget *>(m_wrongSecret)})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Sending…") : tr("&Send"));
    if (busy)
        m_banner->hide();
    checkJson();
    revalidate();
}

void EditAndSendDialog::showError(const Error &error)
{
    // A teammate's secret that this keychain lacks: asked for, then sent again.
    if (SecretPromptDialog::askIfNeeded(error, m_backend, m_webhook, this, [this] { accept(); }))
        return;
    if (error.code == Error::Code::Invalid && error.field == u"url") {
        m_serverError = error;
        revalidate();
        m_url->setFocus();
        return;
    }
    m_banner->setText(shortenLongWords(error.message + u' ' + tr("Nothing was sent.")));
    m_banner->show();
    fitToContents(this);
}

void EditAndSendDialog::accept()
{
    if (m_busy)
        return;
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        (m_urlError->isVisible() ? static_cast<QWidget *>(m_url) : m_headers)->setFocus();
        return;
    }
    const EditedDelivery edit = edited();
    setBusy(true);
    whenReady(m_backend.sendEdited(edit), this, [this](const Result<Delivery> &result) {
        setBusy(false);
        if (result.error && result.value.id.isEmpty()) {
            qCInfo(lcEditAndSend) << "edited copy of" << m_original.id
                                  << "not sent:" << result.error.message;
            showError(result.error);
            return;
        }
        if (result.error) // sent, but its outcome could not be written down
            qCWarning(lcEditAndSend)
                << "edited copy" << result.value.id << ":" << result.error.message;
        m_sent = result.value;
        Q_EMIT sent(m_sent);
        QDialog::accept();
    });
}

void EditAndSendDialog::reject()
{
    // The request is on its way and will be recorded: wait for it, nothing half-done.
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace wc::gui
