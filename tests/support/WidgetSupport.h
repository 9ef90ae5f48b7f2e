#pragma once

#include <QWidget>

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

} // namespace wc::test
