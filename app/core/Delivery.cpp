#include "Delivery.h"

#include <QCoreApplication>

namespace wc {

QString Delivery::outcomeText() const
{
    if (state == State::Pending)
        return QCoreApplication::translate("Delivery", "Pending");
    if (!error.isEmpty())
        return error;
    return QCoreApplication::translate("Delivery", "HTTP %1").arg(responseCode);
}

QString Delivery::shortOutcome() const
{
    if (state == State::Pending)
        return QCoreApplication::translate("Delivery", "Pending");
    if (responseCode > 0)
        return QString::number(responseCode);
    return briefError(error);
}

QString Delivery::briefError(const QString &error)
{
    // Messages read "What happened: why." (hosts may contain ':' but never ": ").
    const qsizetype stop = error.indexOf(QStringLiteral(": "));
    QString brief = stop > 0 ? error.left(stop) : error;
    if (brief.endsWith(u'.'))
        brief.chop(1);
    return brief;
}

} // namespace wc
