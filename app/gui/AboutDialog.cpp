#include "AboutDialog.h"

#include "AppInfo.h"
#include "FormSupport.h"
#include "Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace wc::gui {

namespace {
QString qtVersions()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    if (running == built)
        return running;
    return AboutDialog::tr("%1 (built with %2)").arg(running, built);
}
} // namespace

AboutDialog::AboutDialog(const QString &databaseLocation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Webhook Console"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *title =
        new QLabel(QStringLiteral("<h2>%1</h2>")
                       .arg(tr("Webhook Console %1").arg(QString::fromLatin1(AppInfo::Version))),
                   this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    QLabel *summary = wrappedLabel(this, "aboutSummary");
    summary->setText(tr("Manage the webhooks of your organizations, stacks and environments, "
                        "send signed test deliveries and read every request and response."));

    m_rows = {
        {tr("Version"), QString::fromLatin1(AppInfo::Version)},
        {tr("Qt"), qtVersions()},
        {tr("QtKeychain"), QStringLiteral(WEBHOOK_CONSOLE_QTKEYCHAIN_VERSION)},
        {tr("Licence"), tr("MIT License: free to use, change and share, with no warranty.")},
        {tr("Application id"), QString::fromLatin1(AppInfo::Id)},
        {tr("Database"), databaseLocation},
        {tr("Preferences"), Settings::fileName()},
        {tr("Secrets"),
         tr("The system keychain, service %1").arg(QString::fromLatin1(AppInfo::KeychainService))},
    };
    auto *rows = new QGridLayout;
    rows->setColumnStretch(1, 1);
    rows->setVerticalSpacing(6);
    int index = 0;
    for (const auto &[name, value] : std::as_const(m_rows)) {
        auto *label = new QLabel(tr("%1:").arg(name), this);
        QLabel *field = wrappedLabel(this, "");
        field->setObjectName(QStringLiteral("aboutValue%1").arg(index++));
        // Paths are long words, shown whole: the label may break them after each slash
        // (a zero-width space) rather than grow the dialog.
        QString shown = value;
        shown.replace(u'/', QStringLiteral("/\u200B"));
        field->setText(shown);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        rows->addWidget(label, index - 1, 0, Qt::AlignLeft | Qt::AlignTop);
        rows->addWidget(field, index - 1, 1, Qt::AlignTop);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QApplication::clipboard()->setText(details());
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addLayout(rows);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString AboutDialog::details() const
{
    QStringList lines{tr("Webhook Console %1").arg(QString::fromLatin1(AppInfo::Version))};
    for (const auto &[name, value] : m_rows)
        lines << tr("%1: %2").arg(name, value);
    return lines.join(u'\n') + u'\n';
}

} // namespace wc::gui
