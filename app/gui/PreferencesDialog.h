#pragma once

#include "Appearance.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace wc::gui {

/// Delivery timeout, redelivery concurrency, history retention and the window's appearance
/// (System, Light or Dark: applied as it is chosen, taken back by Cancel).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    [[nodiscard]] appearance::Mode chosenAppearance() const;

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    appearance::Mode m_appearanceBefore;
};

} // namespace wc::gui
