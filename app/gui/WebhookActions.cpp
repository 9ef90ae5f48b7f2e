#include "WebhookActions.h"

#include "EventCatalog.h"
#include "EventLabels.h"
#include "Prompt.h"
#include "RotateSecretDialog.h"
#include "VerifySnippetDialog.h"
#include "WebhookBackend.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMenu>

namespace wc::gui::actions {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebhookActions)
};
} // namespace

void confirmDelete(WebhookBackend &backend, const Webhook &webhook, QWidget *parent,
                   const Status &status)
{
    // The keychain is mentioned only when there is something of this webhook's in it.
    const QString text =
        webhook.hasSecret
            ? Tr::tr(
                  "Delete the webhook “%1”? Its delivery history and its secret in your keychain "
                  "are deleted too.")
                  .arg(webhook.displayName)
            : Tr::tr("Delete the webhook “%1”? Its delivery history is deleted too.")
                  .arg(webhook.displayName);
    if (!Prompt::confirm(parent, Tr::tr("Delete webhook"), text, Tr::tr("&Delete webhook")))
        return;
    status(Tr::tr("Deleting webhook “%1”…").arg(webhook.displayName));
    whenReady(backend.remove(webhook.ref()), parent, [parent, webhook, status](const Error &error) {
        if (error) {
            Prompt::warning(
                parent, Tr::tr("Delete webhook"),
                Tr::tr("“%1” was not deleted. %2").arg(webhook.displayName, error.message));
            return;
        }
        status(Tr::tr("Deleted webhook “%1”.").arg(webhook.displayName));
    });
}

void setActive(WebhookBackend &backend, const Webhook &webhook, bool active, QWidget *parent,
               const Status &status)
{
    WebhookDraft draft = WebhookDraft::from(webhook);
    draft.active = active;
    whenReady(backend.update(webhook.ref(), draft), parent,
              [parent, webhook, active, status](const Result<Webhook> &saved) {
                  if (saved.error) {
                      Prompt::warning(parent,
                                      active ? Tr::tr("Resume webhook") : Tr::tr("Pause webhook"),
                                      Tr::tr("“%1” was not changed. %2")
                                          .arg(webhook.displayName, saved.error.message));
                      return;
                  }
                  status(active ? Tr::tr("Resumed webhook “%1”: events are delivered again.")
                                      .arg(webhook.displayName)
                                : Tr::tr("Paused webhook “%1”: no events are delivered until it "
                                         "is resumed.")
                                      .arg(webhook.displayName));
              });
}

bool takesSecret(const Webhook &webhook)
{
    return webhook.format == QLatin1String(Format::Raw) || webhook.hasSecret;
}

QString rotateSecretText(const std::optional<Webhook> &webhook)
{
    return webhook && !webhook->hasSecret ? Tr::tr("Set Sec&ret…") : Tr::tr("&Rotate Secret…");
}

void rotateSecret(WebhookBackend &backend, const Webhook &webhook, QWidget *parent,
                  const Status &status)
{
    auto *dialog = new RotateSecretDialog(backend, webhook, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QDialog::accepted, parent, [dialog, webhook, status] {
        const Webhook &rotated = dialog->rotatedWebhook();
        if (!webhook.hasSecret) {
            status(Tr::tr("Set the secret of “%1”: its deliveries are signed from now on.")
                       .arg(webhook.displayName));
        } else if (rotated.previousSecretUntil.isValid()) {
            status(Tr::tr("Rotated the secret of “%1”: the previous secret is kept until %2.")
                       .arg(webhook.displayName,
                            QLocale().toString(rotated.previousSecretUntil.toLocalTime(),
                                               QLocale::ShortFormat)));
        } else {
            status(Tr::tr("Replaced the secret of “%1”.").arg(webhook.displayName));
        }
    });
    dialog->open();
}

void showVerifySnippet(const Webhook &webhook, QWidget *parent)
{
    auto *dialog = new VerifySnippetDialog(webhook, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void fillSampleMenu(QMenu *menu, const std::optional<Webhook> &webhook,
                    const std::function<void(const QString &event)> &send)
{
    menu->clear();
    // clear() leaves the group submenus alive (children of the menu): they go too, later, in
    // case this runs from one of their own actions.
    for (QMenu *sub : menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
        sub->deleteLater();
    menu->setToolTipsVisible(true);
    menu->setEnabled(webhook.has_value());
    if (!webhook)
        return;
    auto add = [&](QMenu *into, const QString &event) {
        const QString excluded =
            EventCatalog::excludedBy(webhook->scope, webhook->filters, webhook->groups, event);
        QString text = Tr::tr("%1 — %2").arg(event, labels::event(event));
        if (!excluded.isEmpty())
            text = Tr::tr("%1 (not subscribed)").arg(text);
        // "&&": an event name is not a mnemonic.
        QAction *action = into->addAction(text.replace(u'&', QStringLiteral("&&")));
        action->setData(event);
        action->setToolTip(excluded.isEmpty()
                               ? Tr::tr("Send a sample “%1” event (Pulumi-Webhook-Kind: %2).")
                                     .arg(event, EventCatalog::kindOf(event))
                               : excluded);
        QObject::connect(action, &QAction::triggered, menu, [send, event] { send(event); });
    };
    add(menu, QStringLiteral("ping"));
    menu->addSeparator();
    for (const EventCatalog::Group &g : EventCatalog::groups(webhook->scope)) {
        QMenu *sub = menu->addMenu(Tr::tr("%1 — %2").arg(g.name, labels::group(g.name)));
        sub->setToolTipsVisible(true);
        for (const QString &event : g.filters)
            add(sub, event);
    }
}

} // namespace wc::gui::actions
