// The main window's Receiver: the built-in verifying receiver as a page of its own, reached
// from the File menu, with its requests kept in the database.

#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Async.h"
#include "ReceiverPage.h"
#include "Validation.h"
#include "WebhookActions.h"
#include "WebhookBackend.h"

#include <QItemSelectionModel>
#include <QMenu>
#include <QStatusBar>

namespace wc::gui {

void MainWindow::setUpReceiver()
{
    // The page itself (its server, lists and JSON views) is made the first time it is shown.
    // In the File menu: a new menu bar entry would take a letter every page already uses.
    m_showReceiverAction = new QAction(tr("Recei&ver"), this);
    m_ui->menuFile->insertAction(m_ui->actionPreferences, m_showReceiverAction);
    m_ui->menuFile->insertSeparator(m_ui->actionPreferences);
    m_showReceiverAction->setObjectName(QStringLiteral("actionShowReceiver"));
    m_showReceiverAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_showReceiverAction->setStatusTip(
        tr("Receive requests on 127.0.0.1 and check their signatures."));
    connect(m_showReceiverAction, &QAction::triggered, this, &MainWindow::showReceiver);
    setUpSigningActions();
}

ReceiverPage *MainWindow::receiverPage()
{
    if (m_receiverPage)
        return m_receiverPage;
    m_receiverPage = new ReceiverPage(m_backend, this);
    addPage(m_receiverPage);
    // Kept like deliveries: each request as it arrives, all of them gone with Clear.
    connect(m_receiverPage, &ReceiverPage::requestReceived, this,
            [this](const ReceivedRequest &request) {
                whenReady(m_backend.keepReceived(
                              request, m_receiverPage->verifyingWebhook().value_or(WebhookRef{})),
                          this, [this](const Result<ReceivedRequest> &kept) {
                              if (kept.error)
                                  statusBar()->showMessage(
                                      tr("The request was not kept: %1").arg(kept.error.message));
                          });
            });
    connect(m_receiverPage, &ReceiverPage::cleared, this, [this] {
        whenReady(m_backend.clearReceived(), this, [this](const Result<qint64> &r) {
            if (r.error)
                statusBar()->showMessage(
                    tr("The received requests were not cleared: %1").arg(r.error.message));
        });
    });
    // One click: the webhook now delivers here (the status line says where it did before).
    connect(m_receiverPage, &ReceiverPage::pointWebhookHere, this,
            [this](const WebhookRef &ref, const QString &url) {
                whenReady(m_backend.webhook(ref), this, [this, url](const Result<Webhook> &found) {
                    if (found.error) {
                        statusBar()->showMessage(found.error.message);
                        return;
                    }
                    WebhookDraft draft = WebhookDraft::from(found.value);
                    draft.payloadUrl = url;
                    const QString before = validation::redactedUrl(found.value.payloadUrl);
                    whenReady(m_backend.update(found.value.ref(), draft), this,
                              [this, before, url](const Result<Webhook> &saved) {
                                  statusBar()->showMessage(
                                      saved.error ? saved.error.message
                                                  : tr("“%1” now delivers to %2 (it delivered "
                                                       "to %3).")
                                                        .arg(saved.value.displayName, url, before));
                              });
                });
            });
    return m_receiverPage;
}

void MainWindow::setUpSigningActions()
{
    // The Webhook menu's and the lists' context menu's, for the webhook selected on either
    // page (the Webhooks page has its own Signing button).
    m_rotateSecretAction = new QAction(tr("&Rotate Secret…"), this);
    m_rotateSecretAction->setObjectName(QStringLiteral("actionMenuRotateSecret"));
    m_verifySnippetAction = new QAction(tr("&How to Verify…"), this);
    m_verifySnippetAction->setObjectName(QStringLiteral("actionMenuVerifySnippet"));
    m_ui->menuWebhook->addSeparator();
    m_ui->menuWebhook->addAction(m_rotateSecretAction);
    m_ui->menuWebhook->addAction(m_verifySnippetAction);
    connect(m_rotateSecretAction, &QAction::triggered, this, [this] {
        if (const auto w = currentWebhook())
            actions::rotateSecret(m_backend, *w, this,
                                  [this](const QString &text) { statusBar()->showMessage(text); });
    });
    connect(m_verifySnippetAction, &QAction::triggered, this, [this] {
        if (const auto w = currentWebhook())
            actions::showVerifySnippet(*w, this);
    });
}

void MainWindow::updateSigningActions(const std::optional<Webhook> &webhook)
{
    if (!m_rotateSecretAction)
        return; // not made yet
    const bool signable = webhook && actions::takesSecret(*webhook);
    m_rotateSecretAction->setText(actions::rotateSecretText(webhook));
    m_rotateSecretAction->setEnabled(signable);
    m_verifySnippetAction->setEnabled(signable);
}

void MainWindow::showReceiver()
{
    // No node stands for the receiver: choosing one again goes back to its page.
    m_ui->navigationView->selectionModel()->clearCurrentIndex();
    m_ui->navigationView->clearSelection();
    if (!m_receivedLoaded) { // not at start-up: most sessions never open the Receiver
        m_receivedLoaded = true;
        // What earlier sessions received, oldest first so the newest ends on top.
        whenReady(m_backend.receivedRequests({}, ReceivedRequestModel::MaxRequests), this,
                  [this](const Result<QList<ReceivedRequest>> &r) {
                      for (auto it = r.value.crbegin(); it != r.value.crend(); ++it) {
                          ReceivedRequest stored = *it;
                          stored.id = -stored.id; // never taken for one of this session's
                          m_receiverPage->requestModel()->add(stored);
                      }
                  });
    }
    m_ui->pages->setCurrentWidget(receiverPage());
    setPageTitle(tr("Receiver"), tr("127.0.0.1"));
    updateActions();
}

} // namespace wc::gui
