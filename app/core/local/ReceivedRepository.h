#pragma once

#include "Error.h"
#include "Receiver.h"

#include <QList>

namespace wc {

class Database;

/// The requests the built-in receiver took (table received_requests), with its verdicts: kept
/// like deliveries, searched, cleared. Runs on the thread that opened its Database.
class ReceivedRepository
{
public:
    explicit ReceivedRepository(Database &db);

    /// Stores `request` and sets its id.
    [[nodiscard]] Error insert(ReceivedRequest &request, const QString &webhookUid);
    /// Up to `limit` requests, newest first, whose method, path, headers, body or verdict
    /// hold `search` (any case; empty: all).
    [[nodiscard]] QList<ReceivedRequest> list(const QString &search, int limit,
                                              Error *error = nullptr) const;
    /// Deletes every one; gives how many went.
    [[nodiscard]] qint64 clear(Error *error = nullptr);

    /// Header lines as stored (Dispatcher::formatHeaders: "Name: value", CRLF-joined), back.
    [[nodiscard]] static HttpHeaders headersFrom(const QString &text);

private:
    Database &m_db;
};

} // namespace wc
