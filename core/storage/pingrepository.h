// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ping.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace uptrack {

class Database;

/// The few columns of a ping a timeline or a sparkline needs.
struct PingMark
{
    qint64 id = 0;
    qint64 timeMs = 0;
    PingKind kind = PingKind::Success;
    int exitStatus = -1;
    qint64 durationMs = -1;
};

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
    /// Pings of a monitor with from <= time < to, oldest first, at most `limit` (the newest
    /// ones when there are more). Bodies are cut to `bodyBytes` (0: none, -1: whole).
    bool range(qint64 monitorId, qint64 fromMs, qint64 toMs, int limit, int bodyBytes,
               QList<Ping> *out);
    /// Every ping of a monitor in [from, to) without its text columns: what a timeline draws.
    bool marks(qint64 monitorId, qint64 fromMs, qint64 toMs, QList<PingMark> *out);
    /// For reports: every ping of a monitor before `toMs`, oldest first, as
    /// (time, is a success, run duration or -1) — one pass instead of a query per incident.
    struct Outline
    {
        qint64 timeMs;
        bool success;
        qint64 durationMs;
    };
    QList<Outline> outline(qint64 monitorId, qint64 toMs);
    /// The first `bytes` of the body of the failure ping within a minute of `atMs`
    /// (the one that opened an incident), or empty.
    QByteArray bodyNear(qint64 monitorId, qint64 atMs, int bytes);
    /// One ping, whole body included.
    std::optional<Ping> find(qint64 id);
    /// Deletes the oldest pings of a monitor, never one of its newest `keep` and at most
    /// `limit` (<= 0: no limit); returns rows deleted or -1.
    qint64 prune(qint64 monitorId, qint64 keep, qint64 limit = 0);

    QSqlError lastError() const { return m_lastError; }

private:
    Database &m_db;
    QSqlQuery m_insert;
    QSqlQuery m_insertBlock; ///< kBlock rows per statement
    QSqlError m_lastError;
};

} // namespace uptrack

Q_DECLARE_METATYPE(uptrack::PingMark)
