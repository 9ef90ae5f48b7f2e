#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QScopeGuard>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace wc::test {

/// The named child widget of `parent`; a missing one ends the test loudly (a renamed widget
/// in a .ui file must not turn a check into a crash or a silent pass).
template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child widget %s of %s", name, qPrintable(parent->objectName()));
    return widget;
}

/// The named action of `window` (its menus' and shortcuts'); a missing one ends the test.
inline QAction *action(QWidget *window, const char *name)
{
    auto *a = window->findChild<QAction *>(QString::fromLatin1(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

/// Makes `window` the application's active window, as a window manager would on show or when
/// a dialog above it closes, and waits until it is. QTest::qWaitForWindowActive is not enough
/// for a dialog: Qt counts a transient window as active while its parent is, so it returns at
/// once without the dialog ever getting the keyboard.
[[nodiscard]] inline bool activate(QWidget *window)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (QApplication::activeWindow() == window)
            return true;
        window->raise();
        window->activateWindow();
        if (QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 400))
            return true;
    }
    return QApplication::activeWindow() == window;
}

/// Runs `script` on the next modal dialog of type `Dialog` once it is shown and active.
/// Polled from the event loop, not waited for: the dialog may open from deep inside a
/// callback, in a nested loop of its own, and the script then runs from that loop. A failing
/// script rejects the dialog so the blocked exec() returns.
template <typename Dialog> void onNextDialog(std::function<void(Dialog *)> script)
{
    auto *poll = new QTimer;
    auto *deadline = new QElapsedTimer;
    deadline->start();
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, deadline, script] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (deadline->elapsed() > 5000)
                qFatal("dialog did not open");
            return;
        }
        poll->stop();
        poll->deleteLater();
        delete deadline;
        const auto release = qScopeGuard([dialog] {
            if (QTest::currentTestFailed() && dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        // Without a window manager (Xvfb), hand the focus to the dialog as one would.
        if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, 500))
            dialog->activateWindow();
        QVERIFY2(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }),
                 "the dialog never became the active window");
        script(dialog);
    });
    poll->start();
}

/// A widget in words, for messages: its object name, else its class and accessible name.
inline QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    if (!w->objectName().isEmpty() && !w->objectName().startsWith(u"qt_"))
        return w->objectName();
    return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->accessibleName());
}

/// The mnemonic of a text ("Send test &ping" → 'P'); null without one ("&&" is a literal).
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

struct Mnemonic
{
    QChar key;
    QString text;  ///< as written, with its "&"
    QString owner; ///< which widget
};

/// Every mnemonic a user can reach in `window` as it is now: the menu bar's titles, and the
/// visible buttons, check boxes, labels with a buddy, group boxes and tabs.
inline QList<Mnemonic> mnemonics(QWidget *window)
{
    QList<Mnemonic> out;
    auto add = [&](const QString &text, const QString &owner) {
        if (const QChar key = mnemonicOf(text); !key.isNull())
            out.append({key, text, owner});
    };
    auto shown = [window](const QWidget *w) {
        return w->window() == window && (w == window || w->isVisibleTo(window));
    };
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        if (!shown(bar))
            continue;
        for (QAction *action : bar->actions()) {
            if (action->isVisible())
                add(action->text(), QStringLiteral("menu %1").arg(action->text()));
        }
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button))
            add(button->text(), describe(button));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() && shown(label))
            add(label->text(), describe(label));
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            add(box->title(), describe(box));
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!shown(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                add(tabs->tabText(i), QStringLiteral("tab %1").arg(tabs->tabText(i)));
        }
    }
    return out;
}

/// The letters used by more than one mnemonic in `window`, each with who uses it
/// ("S: “&Secret” (secretLabel), “&Save” (QPushButton “”)"); empty when every one is unique.
inline QStringList mnemonicClashes(QWidget *window)
{
    QMap<QChar, QStringList> byKey;
    for (const Mnemonic &m : mnemonics(window))
        byKey[m.key] << QStringLiteral("“%1” (%2)").arg(m.text, m.owner);
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(),
                                                    it.value().join(QStringLiteral(", ")));
    }
    return clashes;
}

/// The widgets of `window` that Tab should reach now: enabled, visible, taking the focus by
/// Tab, not handing it to a proxy, and not the inner parts of a scroll area.
inline QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window) || !w->isEnabled() ||
            !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget());
            area && area->viewport() == w)
            continue;
        out << w;
    }
    return out;
}

/// Where Tab goes in a window, from the widget that has the focus: every widget it visits, in
/// order, until it comes back to the start. `problem` says what went wrong, if anything:
/// focus stuck on one widget, focus leaving the window, or no way back to the start.
struct TabWalk
{
    QList<QWidget *> visited;
    QString problem;
    [[nodiscard]] QStringList names() const
    {
        QStringList out;
        for (const QWidget *w : visited)
            out << describe(w);
        return out;
    }
};

inline TabWalk walkTab(QWidget *window, int maxSteps = 200)
{
    TabWalk walk;
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != window) {
        walk.problem = QStringLiteral("nothing in the window has the focus");
        return walk;
    }
    QWidget *current = start;
    for (int step = 0; step < maxSteps; ++step) {
        walk.visited << current;
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next->window() != window) {
            walk.problem = QStringLiteral("Tab from %1 left the window").arg(describe(current));
            return walk;
        }
        if (next == current) {
            walk.problem = QStringLiteral("Tab is stuck on %1").arg(describe(current));
            return walk;
        }
        if (next == start)
            return walk;
        if (walk.visited.contains(next)) {
            walk.problem = QStringLiteral("Tab goes round without %1").arg(describe(start));
            return walk;
        }
        current = next;
    }
    walk.problem = QStringLiteral("Tab never came back to %1").arg(describe(start));
    return walk;
}

/// The tab stops of `window` that a walk did not reach, in words.
inline QStringList unreached(QWidget *window, const TabWalk &walk)
{
    QStringList out;
    for (QWidget *w : tabStops(window)) {
        if (!walk.visited.contains(w))
            out << describe(w);
    }
    return out;
}

} // namespace wc::test
