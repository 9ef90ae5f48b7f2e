#include "model/Delivery.h"

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
    // The first sentence of the error, for narrow columns.
    const qsizetype stop = error.indexOf(u':');
    return stop > 0 ? error.left(stop) : error;
}

} // namespace wc
