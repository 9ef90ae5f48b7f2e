#pragma once

#include "Scope.h"

#include <QList>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ScopesPage;
}
class QTreeWidget;

namespace wc::gui {

/// An organization's stacks, or its environments (all of them, or one project's): what the
/// navigation's Stacks, Environments and project nodes show. Lists them with Add, Import
/// (stacks), Rename and Remove; opening one goes to its Integrations.
class ScopesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ScopesPage(QWidget *parent = nullptr);
    ~ScopesPage() override;

    /// Shows the `kind` scopes (Stack or Environment) of `organization` among `scopes`, only
    /// `project`'s when it is given.
    void setContext(const QString &organization, Scope::Kind kind, const QString &project,
                    const QList<Scope> &scopes);
    /// The same list again, with the scopes as they are now; the selection stays.
    void refresh(const QList<Scope> &scopes);
    [[nodiscard]] QString organization() const { return m_organization; }
    [[nodiscard]] Scope::Kind kind() const { return m_kind; }
    [[nodiscard]] QString project() const { return m_project; }
    [[nodiscard]] std::optional<Scope> selectedScope() const;
    [[nodiscard]] QTreeWidget *list() const;

Q_SIGNALS:
    void addRequested();
    void importRequested();
    void renameRequested();
    void removeRequested();
    void openRequested(const wc::Scope &scope);
    void selectionChanged();

private:
    void updateActions();

    std::unique_ptr<Ui::ScopesPage> m_ui;
    QString m_organization;
    Scope::Kind m_kind = Scope::Kind::Stack;
    QString m_project;
};

} // namespace wc::gui
