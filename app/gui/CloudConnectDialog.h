#pragma once

#include "Cloud.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

/// File → Connect to Pulumi Cloud…: the API URL, an access token (or the one the user's Pulumi
/// login already has, read only with consent), Test (who the token belongs to and its
/// organizations), then the organizations to manage. The token goes to the keychain only
/// (WebhookBackend::connectCloud); this dialog keeps it in memory while it is open.
class CloudConnectDialog : public QDialog
{
    Q_OBJECT
public:
    CloudConnectDialog(WebhookBackend &backend, QWidget *parent = nullptr);

    /// Prefills the API URL and the organization (asking for a new token after a 401).
    void prefill(const QString &apiUrl, const QString &organization);
    /// The organizations connected when the dialog was accepted.
    [[nodiscard]] QStringList connected() const { return m_connected; }

    /// The parts, for tests.
    [[nodiscard]] QLineEdit *apiUrlEdit() const { return m_apiUrl; }
    [[nodiscard]] QLineEdit *tokenEdit() const { return m_token; }
    [[nodiscard]] QPushButton *testButton() const { return m_test; }
    [[nodiscard]] QListWidget *organizationList() const { return m_organizations; }
    [[nodiscard]] QLabel *accountLabel() const { return m_account; }

    void accept() override;

private:
    void test();
    void useCredentials(const PulumiCredentials &found);
    void connectNext(QStringList remaining);
    void setBusy(bool busy);
    void clearErrors();

    WebhookBackend &m_backend;
    QLineEdit *m_apiUrl = nullptr;
    QLabel *m_apiUrlError = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenError = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_account = nullptr;
    QListWidget *m_organizations = nullptr;
    QLabel *m_organizationError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_wantedOrganization;
    QStringList m_connected;
    bool m_busy = false;
};

} // namespace wc::gui
