#pragma once

#include "Webhook.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SampleEventDialog;
}
class QTreeWidgetItem;

namespace wc::gui {

/// Chooses the event to send a webhook as a sample (Ctrl+Shift+P): every event of its scope,
/// grouped as Pulumi groups them, with the Pulumi-Webhook-Kind each is sent with. Typing
/// narrows the list (Ctrl+F goes back to the search; a search that matches nothing says so in
/// the list); events the webhook's groups and filters exclude are marked (sending one is
/// refused, saying why).
class SampleEventDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SampleEventDialog(const Webhook &webhook, QWidget *parent = nullptr);
    ~SampleEventDialog() override;

    /// The chosen event's exact name; empty when none is.
    [[nodiscard]] QString event() const;
    /// Makes `event` the current row (if it is listed).
    void setEvent(const QString &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void updateNote();

    std::unique_ptr<Ui::SampleEventDialog> m_ui;
    Webhook m_webhook;
    QTreeWidgetItem *m_noMatch = nullptr; ///< says, in the list, that nothing matches
};

} // namespace wc::gui
