#pragma once

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class OrganizationDialog;
}

namespace wc::gui {

/// Asks for an organization's name: on first run, and from File → Add Organization.
class OrganizationDialog : public QDialog
{
    Q_OBJECT
public:
    /// `existing` names are refused as duplicates.
    explicit OrganizationDialog(const QStringList &existing, QWidget *parent = nullptr);
    ~OrganizationDialog() override;

    [[nodiscard]] QString organization() const;

private:
    void revalidate();

    std::unique_ptr<Ui::OrganizationDialog> m_ui;
    QStringList m_existing;
};

} // namespace wc::gui
