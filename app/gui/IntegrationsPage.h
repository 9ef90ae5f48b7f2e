#pragma once

#include "Webhook.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class IntegrationsPage;
}
class QFrame;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

class WebhookListModel;

/// Settings → Integrations for one scope, as in Pulumi Cloud: a card per destination
/// (Webhook, Slack, Microsoft Teams and, on stacks and environments, Deployment) saying what it
/// does and how many of its kind the scope has, with Create; below, the scope's integrations
/// with their format, to edit, pause, delete or open in the Webhooks page.
class IntegrationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationsPage(WebhookBackend &backend, QWidget *parent = nullptr);
    ~IntegrationsPage() override;

    void setScope(const Scope &scope);
    [[nodiscard]] Scope scope() const;
    [[nodiscard]] std::optional<Webhook> selectedWebhook() const;
    /// Selects the webhook's row, now or as soon as the list shows it.
    void selectWebhook(const WebhookRef &ref);
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] WebhookListModel *model() const { return m_model; }
    /// The Create button of a format's card (Format::Raw, Slack, MsTeams, PulumiDeployments).
    [[nodiscard]] QPushButton *createButton(const QString &format) const;
    /// Reads the scope's integrations again (F5).
    void refresh();

public Q_SLOTS:
    /// Opens the form for a new integration of `format` in this scope.
    void createIntegration(const QString &format);
    void editIntegration();
    void deleteIntegration();
    void toggleActive();

Q_SIGNALS:
    void selectionChanged();
    void statusMessage(const QString &text);
    /// The user asked to see the webhook in the Webhooks page (pings, samples, history).
    void openRequested(const wc::WebhookRef &ref);

private:
    struct Card
    {
        QString format;
        QFrame *frame;
        QLabel *title;
        QLabel *description;
        QLabel *count;
        QPushButton *create;
    };
    /// The words and the cards offered, for `scope`.
    void describe(const Scope &scope);
    void updateCounts();
    void updateActions();
    void updateEmptyState();

    std::unique_ptr<Ui::IntegrationsPage> m_ui;
    WebhookBackend &m_backend;
    WebhookListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QList<Card> m_cards;
    std::optional<WebhookRef> m_pendingSelection;
};

} // namespace wc::gui
