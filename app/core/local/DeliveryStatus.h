#pragma once

#include "Delivery.h"

namespace wc::DeliveryStatus {

/// Values of the deliveries.status column.
enum : int { Pending = 0, Succeeded = 1, Failed = 2 };

[[nodiscard]] inline int of(const Delivery &d)
{
    switch (d.outcome()) {
    case DeliveryOutcome::Pending:
        return Pending;
    case DeliveryOutcome::Succeeded:
        return Succeeded;
    case DeliveryOutcome::Failed:
        break;
    }
    return Failed;
}

[[nodiscard]] inline Delivery::State stateOf(int status)
{
    return status == Pending ? Delivery::State::Pending : Delivery::State::Completed;
}

} // namespace wc::DeliveryStatus
