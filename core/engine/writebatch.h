// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alert.h"
#include "domain/flip.h"
#include "domain/incident.h"
#include "pingoutcome.h"
#include "storage/alertrepository.h"
#include "storage/historyrepository.h"
#include "storage/monitorrepository.h"
#include "storage/pingrepository.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlError>

namespace uptrack {

class Database;

/// What the engine has decided but not yet written: pings with the callbacks that
/// answer them, changed monitors, flips, incidents opened or closed, and alerts with
/// the channels that get them. commit() writes it all in one transaction (group
/// commit), pruning each monitor's pings to its cap on the way, so a crash loses
/// either all of it or none.
class WriteBatch
{
public:
    struct PendingPing
    {
        Ping ping;
        PingCallback done;
        PingOutcome outcome;
    };
    /// What a commit wrote (or, when it failed, what it did not).
    struct Written
    {
        bool ok = true;
        QSqlError failure;
        QList<PendingPing> pings;
        QList<Flip> flips;
        QSet<qint64> monitors;
        bool alerted = false;
        /// Pings now stored per monitor that got pings.
        QHash<qint64, qint64> storedPings;
    };

    explicit WriteBatch(Database &db);

    void addPing(Ping ping, PingCallback done, PingOutcome outcome);
    void addFlip(const Flip &flip) { m_flips.append(flip); }
    void openIncident(const Incident &incident) { m_incidents.append({true, incident}); }
    void closeIncident(qint64 monitorId, qint64 endMs);
    /// An incident's alert is linked to the monitor's incident that is open when it is
    /// written, in the order things were added: add a recovery before closing its
    /// incident and a down after opening its one.
    /// An alert and its deliveries; held by a mute (muteId): recorded, never sent.
    void addAlert(const Alert &alert, const QList<qint64> &channelIds, qint64 muteId = 0);
    /// The monitor's state is to be written.
    void touch(qint64 monitorId) { m_monitors.insert(monitorId); }

    bool isEmpty() const;
    qsizetype pendingPings() const { return m_pings.size(); }

    /// Writes everything and empties the batch. `monitors` gives the state to write and
    /// how many pings each had stored (Written::storedPings: how many now). On failure the
    /// transaction is rolled back and nothing is written.
    Written commit(const QHash<qint64, Monitor> &monitors);

private:
    struct IncidentOp
    {
        bool open;
        Incident incident;
    };
    struct PendingAlert
    {
        Alert alert;
        QList<qint64> channelIds;
        qsizetype incidentOpsBefore; ///< incident changes queued before it, written before it
        qint64 muteId = 0;
    };

    bool write(const QHash<qint64, Monitor> &monitors, Written *written);

    Database &m_db;
    PingRepository m_pingRepo;
    MonitorRepository m_monitorRepo;
    HistoryRepository m_history;
    AlertRepository m_alertRepo;

    QList<PendingPing> m_pings;
    QSet<qint64> m_monitors;
    QList<Flip> m_flips;
    QList<IncidentOp> m_incidents;
    QList<PendingAlert> m_alerts;
};

} // namespace uptrack
