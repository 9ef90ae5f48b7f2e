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

bool Delivery::timedOut() const
{
    if (state != State::Completed || error.isEmpty())
        return false;
    if (error.startsWith(QLatin1String("Timed out")))
        return true;
    // Recorded in another language: its words before the number (Dispatcher's message).
    const QString translated =
        QCoreApplication::translate("wc::Dispatcher", "Timed out: no complete answer within %1 s.")
            .section(QStringLiteral("%1"), 0, 0);
    return !translated.isEmpty() && error.startsWith(translated);
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
