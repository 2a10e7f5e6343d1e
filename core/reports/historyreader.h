// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alert.h"
#include "domain/channel.h"
#include "domain/flip.h"
#include "domain/incident.h"
#include "domain/listeningspan.h"
#include "storage/pingrepository.h"
#include "storage/runstatistics.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace uptrack {

class Database;

/// One alert and what became of it on each channel.
struct AlertRecord
{
    Alert alert;
    QList<Delivery> deliveries;
};

/// A read-only view of the history: the console's own connection (WAL lets it read beside
/// the core's writer), or the management API's reads for a console on another machine.
/// Every query is short; none writes. Without a database every answer is empty.
class HistoryReader
{
public:
    explicit HistoryReader(const QString &databasePath);
    /// Reads through `db`, which must outlive the reader.
    explicit HistoryReader(Database &db);
    ~HistoryReader();

    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    QString error() const { return m_error; }

    QList<PingMark> marks(qint64 monitorId, qint64 fromMs, qint64 toMs);
    /// The newest `count` pings of a monitor, oldest first, for a sparkline.
    QList<PingMark> recent(qint64 monitorId, int count);
    /// Pings in [from, to) with a body preview of `previewBytes`, newest `limit` of them.
    QList<Ping> pings(qint64 monitorId, qint64 fromMs, qint64 toMs, int limit, int previewBytes);
    std::optional<Ping> ping(qint64 pingId);
    QList<Flip> flips(qint64 monitorId);
    /// monitorId 0: every monitor's, newest first, at most `limit`.
    QList<Incident> incidents(qint64 monitorId, int limit = 0);
    QList<ListeningSpan> listeningSpans();
    /// monitorId 0: every monitor's. Oldest first, at most the newest `limit`.
    QList<AlertRecord> alerts(qint64 monitorId, int limit);
    QHash<qint64, QString> channelNames();
    RunStatistics runStatistics(qint64 monitorId);
    /// A monitor's uptime over the last `windowsMs[i]` before `nowMs`, as a report measures
    /// it (no data left out); none when a window has no listened-to time or the monitor was
    /// not pinged yet. One read of the history serves every window.
    QList<std::optional<double>> uptimes(qint64 monitorId, const QList<qint64> &windowsMs,
                                         qint64 nowMs);

private:
    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_owned;
    Database *m_db = nullptr;
};

} // namespace uptrack
