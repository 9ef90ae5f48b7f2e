#include "FocusRing.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace wc::gui {

namespace {
/// The ring's width in device-independent pixels: visible at 100 % and sharp at 200 %.
constexpr int RingWidth = 2;
} // namespace

FocusRing::FocusRing(QWidget *widget)
    : QWidget(widget)
    , m_widget(widget)
{
    setObjectName(QStringLiteral("wc-focus-ring"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
    setFocusPolicy(Qt::NoFocus);
    widget->installEventFilter(this);
    follow();
}

FocusRing *FocusRing::install(QWidget *widget)
{
    if (auto *existing = widget->findChild<FocusRing *>(QStringLiteral("wc-focus-ring"),
                                                        Qt::FindDirectChildrenOnly))
        return existing;
    return new FocusRing(widget);
}

void FocusRing::installAll(QWidget *root)
{
    for (auto *view : root->findChildren<QAbstractItemView *>()) {
        // Header views and the popups of combo boxes manage their own focus.
        if (view->focusPolicy() != Qt::NoFocus && !view->isWindow() &&
            !view->inherits("QComboBoxListView"))
            install(view);
    }
    for (auto *text : root->findChildren<QPlainTextEdit *>())
        install(text);
    for (auto *text : root->findChildren<QTextEdit *>())
        install(text);
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget) {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::FocusOut:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::ChildAdded: // a new viewport or scroll bar would cover the ring
        case QEvent::EnabledChange:
            follow();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::follow()
{
    if (!m_widget)
        return;
    const QRect area = m_widget->rect();
    setGeometry(area);
    // Only the ring itself covers the widget: everything inside stays the widget's own.
    const QRegion outer(area);
    const QRegion inner(area.adjusted(RingWidth, RingWidth, -RingWidth, -RingWidth));
    setMask(outer.subtracted(inner));
    const bool shown = m_widget->hasFocus() && m_widget->isEnabled();
    if (shown) {
        raise();
        show();
        update();
    } else {
        hide();
    }
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Active, QPalette::Highlight));
}

} // namespace wc::gui
