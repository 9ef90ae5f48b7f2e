#pragma once

#include "Delivery.h"
#include "Error.h"
#include "Webhook.h"

#include <QDialog>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

class JsonHighlighter;

/// Edit and Send: a new delivery made from a recorded one, its payload and request headers
/// changed by hand, sent to the webhook's payload URL or to another one (a receiver under
/// development on http://127.0.0.1:PORT/), signed with the webhook's secret, unsigned, or
/// signed with a made-up secret to see the receiver refuse it.
///
/// The payload is JSON-highlighted and can be formatted; JSON that does not parse is said so
/// under it but is sent as typed (testing a receiver with a broken body is a use). Signature
/// headers among the headers are greyed: they are made afresh when sent. The target URL and
/// the headers are checked as they are typed, their problems next to them. Send calls
/// WebhookBackend::sendEdited without waiting: the form is disabled meanwhile, and a refusal
/// shows next to its field or above the form. Accepted once the delivery was sent;
/// sentDelivery() is its record.
class EditAndSendDialog : public QDialog
{
    Q_OBJECT
public:
    EditAndSendDialog(WebhookBackend &backend, const Webhook &webhook, const Delivery &original,
                      QWidget *parent = nullptr);
    ~EditAndSendDialog() override;

    [[nodiscard]] const Delivery &sentDelivery() const { return m_sent; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// What Send sends now, as the form says.
    [[nodiscard]] EditedDelivery edited() const;

public Q_SLOTS:
    /// Sends (the Send button).
    void accept() override;
    void reject() override;
    /// Re-indents the payload when it is JSON; says why not when it is not.
    void formatJson();

Q_SIGNALS:
    /// The edited copy was sent (whatever its outcome) and recorded.
    void sent(const wc::Delivery &delivery);

private:
    void revalidate();
    void checkJson();
    void explainSigning();
    void setBusy(bool busy);
    void showError(const Error &error);
    [[nodiscard]] QString urlProblem() const;
    [[nodiscard]] QString headersProblem() const;
    [[nodiscard]] QString headersForSending() const;

    WebhookBackend &m_backend;
    Webhook m_webhook;
    Delivery m_original;
    Delivery m_sent;
    bool m_busy = false;
    Error m_serverError;
    QTimer m_jsonCheck;

    QLabel *m_banner = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlError = nullptr;
    QRadioButton *m_signed = nullptr;
    QRadioButton *m_unsigned = nullptr;
    QRadioButton *m_wrongSecret = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    JsonHighlighter *m_payloadHighlighter = nullptr;
    QPushButton *m_format = nullptr;
    QLabel *m_jsonWarning = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLabel *m_headersError = nullptr;
    QLabel *m_headersNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wc::gui
