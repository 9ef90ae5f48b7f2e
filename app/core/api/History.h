#pragma once

#include "Delivery.h"
#include "Scope.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace wc {

/// Which deliveries of one webhook to show.
struct DeliveryFilter
{
    enum class Outcome {
        All,
        Succeeded, ///< attempts the receiver answered 2xx
        Failed,    ///< attempts that failed, originals and redeliveries alike
        /// Events no attempt has delivered: one row per event (its original delivery), for the
        /// events whose original and every redelivery failed, none pending. What a bulk
        /// redelivery covers, so that each event is sent again once.
        Undelivered,
    };

    WebhookRef webhook;
    Outcome outcome = Outcome::All;
    QString kind;    ///< empty: every kind
    QDateTime since; ///< invalid: unbounded
    QDateTime until; ///< invalid: unbounded
    /// Words in the payload or the response, each matching the start of a word, in any order,
    /// case-insensitive. Empty: no search.
    QString search;

    /// True when anything beyond the webhook narrows the list.
    [[nodiscard]] bool isNarrowed() const
    {
        return outcome != Outcome::All || !kind.isEmpty() || since.isValid() || until.isValid() ||
               !search.isEmpty();
    }
};

/// Where a page of history starts. Pages are newest first.
enum class PageAnchor {
    Newest, ///< the newest page
    Oldest, ///< the oldest page
    Older,  ///< the page just older than `cursor` (the oldest row shown now)
    Newer,  ///< the page just newer than `cursor` (the newest row shown now)
    At,     ///< the page whose newest row is `cursor`: reloads what is shown
};

struct PageRequest
{
    PageAnchor anchor = PageAnchor::Newest;
    QString cursor; ///< a delivery id, for Older, Newer and At
    int limit = 100;
    /// Also read payloads, headers and response bodies (otherwise only what a list shows).
    bool withBodies = false;
};

struct HistoryPage
{
    QList<Delivery> rows; ///< newest first
    bool hasOlder = false;
    bool hasNewer = false;
};

/// One UTC day of a webhook's deliveries.
struct DayStats
{
    QDate day; ///< UTC
    qint64 total = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    double averageDurationMs = 0;
};

/// Deliveries older than `keepDays` go unless they are among their webhook's newest
/// `keepCount`: whichever rule keeps more wins.
struct RetentionPolicy
{
    int keepDays = 30;
    int keepCount = 10000;
};

} // namespace wc

Q_DECLARE_METATYPE(wc::DeliveryFilter)
