#pragma once

#include <QPointer>
#include <QWidget>

namespace wc::gui {

/// A visible focus indicator for widgets whose style draws none when they have the keyboard
/// focus: item views (the navigation, lists and tables) and read-only text views. A ring in the
/// palette's highlight colour is drawn over the widget's frame while it has the focus; it lets
/// every click through and follows palette changes (it paints with the current palette).
/// Owned by the widget it rings.
class FocusRing : public QWidget
{
    Q_OBJECT
public:
    /// Rings `widget` (once; a second call returns the first ring).
    static FocusRing *install(QWidget *widget);
    /// Rings every item view and plain or rich text view under `root`.
    static void installAll(QWidget *root);

    /// Whether the ring shows now (its widget has the focus).
    [[nodiscard]] bool isShown() const { return isVisible(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusRing(QWidget *widget);
    void follow();

    QPointer<QWidget> m_widget;
};

} // namespace wc::gui
