#include "CloudConnectDialog.h"

#include "FormSupport.h"
#include "Prompt.h"
#include "WebhookBackend.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace wc::gui {

namespace {
QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}
} // namespace

CloudConnectDialog::CloudConnectDialog(WebhookBackend &backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
{
    setWindowTitle(tr("Connect to Pulumi Cloud"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Manage the webhooks of your Pulumi Cloud organizations here, through Pulumi's API. "
           "The access token is kept in your system keychain only."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_apiUrl = new QLineEdit(QString::fromLatin1(cloud::DefaultApiUrl), this);
    m_apiUrl->setObjectName(QStringLiteral("apiUrlEdit"));
    m_apiUrlError = errorLabel(this);
    auto *apiUrlLabel = new QLabel(tr("&API URL:"), this);
    apiUrlLabel->setBuddy(m_apiUrl);
    form->addRow(apiUrlLabel, m_apiUrl);
    form->addRow(QString(), m_apiUrlError);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("pul-…"));
    m_test = new QPushButton(tr("&Test"), this);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_test);
    auto *tokenLabel = new QLabel(tr("Access &token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenRow);
    m_tokenError = errorLabel(this);
    form->addRow(QString(), m_tokenError);

    // What the user's Pulumi login already has, used only when they say so.
    const QList<PulumiCredentials> found = cloud::findPulumiCredentials();
    for (const PulumiCredentials &credentials : found) {
        auto *use = new QPushButton(credentials.source == PulumiCredentials::Source::Environment
                                        ? tr("Use $PULUMI_ACCESS_TOKEN")
                                        : tr("Use the Pulumi CLI's login"),
                                    this);
        use->setToolTip(credentials.origin);
        connect(use, &QPushButton::clicked, this,
                [this, credentials] { useCredentials(credentials); });
        form->addRow(QString(), use);
    }

    m_account = new QLabel(tr("Test the token to see its organizations."), this);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setWordWrap(true);
    m_account->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_account);

    m_organizations = new QListWidget(this);
    m_organizations->setObjectName(QStringLiteral("organizationList"));
    m_organizations->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    auto *orgLabel = new QLabel(tr("&Organizations:"), this);
    orgLabel->setBuddy(m_organizations);
    form->addRow(orgLabel, m_organizations);
    m_organizationError = errorLabel(this);
    form->addRow(QString(), m_organizationError);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloudConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CloudConnectDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &CloudConnectDialog::test);
    connect(m_token, &QLineEdit::returnPressed, this, &CloudConnectDialog::test);
    // A changed URL or token must be tested again.
    const auto untested = [this] {
        m_organizations->clear();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    };
    connect(m_apiUrl, &QLineEdit::textEdited, this, untested);
    connect(m_token, &QLineEdit::textEdited, this, untested);
    connect(m_organizations, &QListWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_organizations->count(); ++i)
            any = any || m_organizations->item(i)->checkState() == Qt::Checked;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any && !m_busy);
    });
    nameFieldsAfterLabels(this);
    resize(560, sizeHint().height());
}

void CloudConnectDialog::prefill(const QString &apiUrl, const QString &organization)
{
    if (!apiUrl.isEmpty())
        m_apiUrl->setText(apiUrl);
    m_wantedOrganization = organization;
    m_token->setFocus();
}

void CloudConnectDialog::useCredentials(const PulumiCredentials &found)
{
    const QString question =
        found.source == PulumiCredentials::Source::Environment
            ? tr("Read the access token in $PULUMI_ACCESS_TOKEN? Webhook Console keeps it in your "
                 "system keychain only, never in a file.")
            : tr("Read the Pulumi CLI's access token from %1? Webhook Console keeps it in your "
                 "system keychain only, never in a file.")
                  .arg(found.origin);
    if (Prompt::question(this, tr("Use Your Pulumi Login"), question,
                         QMessageBox::Yes | QMessageBox::No,
                         QMessageBox::Yes) != QMessageBox::Yes) {
        return;
    }
    const Result<PulumiCredentials> read = cloud::readPulumiCredentials(found);
    if (read.error) {
        showFieldError(m_token, m_tokenError, read.error.message);
        return;
    }
    m_apiUrl->setText(read.value.apiUrl);
    m_token->setText(read.value.token);
    test();
}

void CloudConnectDialog::clearErrors()
{
    showFieldError(m_apiUrl, m_apiUrlError, {});
    showFieldError(m_token, m_tokenError, {});
    showFieldError(m_organizations, m_organizationError, {});
}

void CloudConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_test->setEnabled(!busy);
    m_apiUrl->setReadOnly(busy);
    m_token->setReadOnly(busy);
    if (busy)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void CloudConnectDialog::test()
{
    clearErrors();
    QString why;
    const QString apiUrl = cloud::normalizeApiUrl(m_apiUrl->text(), &why);
    if (apiUrl.isEmpty()) {
        showFieldError(m_apiUrl, m_apiUrlError, why);
        m_apiUrl->setFocus();
        return;
    }
    if (m_token->text().trimmed().isEmpty()) {
        showFieldError(m_token, m_tokenError,
                       tr("Paste an access token (Pulumi Cloud → Personal access tokens)."));
        m_token->setFocus();
        return;
    }
    setBusy(true);
    m_account->setText(tr("Asking %1 who the token belongs to…").arg(apiUrl));
    whenReady(cloud::fetchAccount(apiUrl, m_token->text().trimmed()), this,
              [this](const Result<CloudAccount> &r) {
                  setBusy(false);
                  m_organizations->clear();
                  if (r.error) {
                      m_account->setText(tr("Test the token to see its organizations."));
                      if (r.error.code == Error::Code::Unreachable)
                          showFieldError(m_apiUrl, m_apiUrlError, r.error.message);
                      else
                          showFieldError(m_token, m_tokenError, r.error.message);
                      return;
                  }
                  const CloudAccount &a = r.value;
                  m_account->setText(
                      a.organizations.isEmpty()
                          ? tr("The token belongs to %1 (%2), a member of no organization.")
                                .arg(a.name, a.login)
                          : tr("The token belongs to %1 (%2). Choose the organizations to "
                               "manage here:")
                                .arg(a.name, a.login));
                  const QList<CloudConnection> known = m_backend.cloudConnections();
                  for (const QString &org : a.organizations) {
                      const bool admin = a.adminOrganizations.contains(org);
                      auto *item = new QListWidgetItem(admin ? tr("%1 (admin)").arg(org) : org,
                                                       m_organizations);
                      item->setData(Qt::UserRole, org);
                      const bool connected =
                          std::any_of(known.begin(), known.end(), [&](const CloudConnection &c) {
                              return c.organization == org;
                          });
                      item->setCheckState(connected || org == m_wantedOrganization ||
                                                  a.organizations.size() == 1
                                              ? Qt::Checked
                                              : Qt::Unchecked);
                      if (!admin)
                          item->setToolTip(tr("Only organization admins may change organization "
                                              "webhooks."));
                  }
                  m_organizations->setFocus();
              });
}

void CloudConnectDialog::accept()
{
    if (m_busy)
        return;
    QStringList chosen;
    for (int i = 0; i < m_organizations->count(); ++i) {
        if (m_organizations->item(i)->checkState() == Qt::Checked)
            chosen << m_organizations->item(i)->data(Qt::UserRole).toString();
    }
    if (chosen.isEmpty()) {
        showFieldError(m_organizations, m_organizationError,
                       tr("Test the token, then choose at least one organization."));
        return;
    }
    clearErrors();
    setBusy(true);
    connectNext(chosen);
}

void CloudConnectDialog::connectNext(QStringList remaining)
{
    if (remaining.isEmpty()) {
        setBusy(false);
        QDialog::accept();
        return;
    }
    const QString org = remaining.takeFirst();
    whenReady(m_backend.connectCloud(org, m_apiUrl->text(), m_token->text().trimmed()), this,
              [this, org, remaining](const Result<CloudAccount> &r) {
                  if (r.error) {
                      setBusy(false);
                      m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                      const QString message = tr("%1: %2").arg(org, r.error.message);
                      if (r.error.field == u"token")
                          showFieldError(m_token, m_tokenError, message);
                      else if (r.error.field == u"apiUrl" ||
                               r.error.code == Error::Code::Unreachable)
                          showFieldError(m_apiUrl, m_apiUrlError, message);
                      else
                          showFieldError(m_organizations, m_organizationError, message);
                      return;
                  }
                  m_connected << org;
                  connectNext(remaining);
              });
}

} // namespace wc::gui
