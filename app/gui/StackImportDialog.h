#pragma once

#include "Scope.h"
#include "StackImport.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <memory>

namespace Ui {
class StackImportDialog;
}

namespace wc {
class WebhookBackend;
}

namespace wc::gui {

/// Imports stacks from what `pulumi stack ls --json` prints, pasted or read from a file: shows
/// which stacks will be added (and which are already here), the entries that cannot be read,
/// then adds them: the organizations the file names first, then the stacks. The file may
/// list several organizations; names without one take the default organization, names without
/// a project the default project.
class StackImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `organizations` and `known` (scopes) are what the console has already; `organization`
    /// is the default for names without one.
    StackImportDialog(WebhookBackend &backend, const QStringList &organizations,
                      const QList<Scope> &known, const QString &organization,
                      QWidget *parent = nullptr);
    ~StackImportDialog() override;

    /// Reads `path` into the JSON field (what Open file… does once a file is chosen). False,
    /// with the reason in the dialog, when it cannot be read.
    bool loadFile(const QString &path);
    void setJson(const QString &json);
    void setDefaultProject(const QString &project);
    /// What the JSON gives, read as it is now.
    [[nodiscard]] StackImport parsed() const { return m_parsed; }
    /// The stacks the import would add: those read and not already here.
    [[nodiscard]] QList<Scope> newStacks() const;
    /// The organizations the import adds.
    [[nodiscard]] QStringList newOrganizations() const;
    /// What was added once the dialog was accepted.
    [[nodiscard]] QList<Scope> added() const { return m_added; }
    [[nodiscard]] bool isImporting() const { return m_importing; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void openFile();
    void reparse();
    void addStacks();
    void finish(const QStringList &errors);
    void setImporting(bool importing);

    std::unique_ptr<Ui::StackImportDialog> m_ui;
    WebhookBackend &m_backend;
    QStringList m_organizations;
    QList<Scope> m_known;
    StackImport m_parsed;
    QList<Scope> m_added;
    bool m_importing = false;
};

} // namespace wc::gui
