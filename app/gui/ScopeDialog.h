#pragma once

#include "Scope.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace Ui {
class ScopeDialog;
}

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

/// Adds a stack or an environment to an organization, or renames one (its project and name):
/// the names follow Pulumi's rules and a scope already known is refused, next to the field as
/// it is typed. Accepting saves through the backend (addScope / renameScope) and closes once it
/// has; a refusal is said in the dialog and nothing changes.
class ScopeDialog : public QDialog
{
    Q_OBJECT
public:
    /// Adds a stack (`kind` Stack) or an environment (Environment) in one of `organizations`.
    /// `known` holds the scopes already there, for duplicates and to offer their projects.
    ScopeDialog(WebhookBackend &backend, Scope::Kind kind, const QStringList &organizations,
                const QList<Scope> &known, QWidget *parent = nullptr);
    /// Renames `scope` within its organization.
    ScopeDialog(WebhookBackend &backend, const Scope &scope, const QList<Scope> &known,
                QWidget *parent = nullptr);
    ~ScopeDialog() override;

    void setOrganization(const QString &organization);
    void setProject(const QString &project);
    /// The scope as typed.
    [[nodiscard]] Scope scope() const;
    [[nodiscard]] bool isSaving() const { return m_saving; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void setUp();
    void fillProjects();
    void revalidate();

    std::unique_ptr<Ui::ScopeDialog> m_ui;
    WebhookBackend &m_backend;
    Scope::Kind m_kind;
    std::optional<Scope> m_renaming;
    QList<Scope> m_known;
    bool m_saving = false;
};

} // namespace wc::gui
