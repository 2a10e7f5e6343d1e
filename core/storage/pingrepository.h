// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ping.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace uptrack {

class Database;

/// Stored pings, with per-monitor retention.
class PingRepository
{
public:
    static constexpr int kBlock = 32;

    explicit PingRepository(Database &db);

    /// Inserts and sets ping->id.
    bool insert(Ping *ping);
    /// Inserts many pings with few statements (group commit's hot path); ids are not set.
    bool insertAll(const QList<const Ping *> &pings);
    /// The newest `limit` pings of a monitor, oldest first (limit <= 0: all).
    bool list(qint64 monitorId, int limit, QList<Ping> *out);
    /// Deletes all but the newest `keep` pings of a monitor; returns rows deleted or -1.
    qint64 prune(qint64 monitorId, qint64 keep);

    QSqlError lastError() const { return m_lastError; }

private:
    Database &m_db;
    QSqlQuery m_insert;
    QSqlQuery m_insertBlock; ///< kBlock rows per statement
    QSqlError m_lastError;
};

} // namespace uptrack
