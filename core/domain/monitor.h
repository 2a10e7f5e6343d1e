// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check.h"
#include "schedule/schedule.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace uptrack {

/// The states of DESIGN.md; their names are a public interface (JSON, CLI).
enum class Status { New, Up, Late, Down, Started, Paused, Maintenance };

/// "new", "up", ...
QString statusName(Status status);
/// Parses a status name; nullopt when unknown.
std::optional<Status> statusFromName(const QString &name);

/// Why a monitor went down; stored with flips and incidents.
namespace Reason {
inline constexpr auto Missed = "missed"; // no ping before the deadline
inline constexpr auto Hung = "hung";     // a start without a finish within the grace period
inline constexpr auto Failed = "failed"; // a /fail ping
inline constexpr auto Late = "late";
inline constexpr auto Ping = "ping";
inline constexpr auto Paused = "paused";
inline constexpr auto Resumed = "resumed";
/// A maintenance window began, or ended (expected afresh after it).
inline constexpr auto Maintenance = "maintenance";
inline constexpr auto MaintenanceEnded = "maintenance_ended";
inline constexpr auto NoData = "nodata"; // a deadline fell while Uptrack was not listening
/// Late because its deadline passed while Uptrack was not listening: its ping may still
/// come from a spool, until the settle window ends.
inline constexpr auto Unwatched = "unwatched";
/// Down at the end of the settle window: the deadline passed while nobody listened, and
/// no ping for it came after.
inline constexpr auto MissedUnwatched = "missed_unwatched";
inline constexpr auto CheckPassed = "check";
/// Down while a monitor it depends on is down (or in maintenance): recorded, not alerted.
inline constexpr auto ParentDown = "parent_down";
/// Expected afresh: the parent it was down because of is up again.
inline constexpr auto ParentRecovered = "parent_recovered";
/// A run (a finish paired with its start) shorter than the monitor's minimum run time.
inline constexpr auto TooFast = "too_fast";
/// "check: <why>": a check failed as often as its confirmations
QString checkFailed(const QString &why);
/// "exit status N"
QString exitStatus(int code);
/// A sentence a person can read for a stored reason code.
QString describe(const QString &reason);
} // namespace Reason

/// A monitor, heartbeat or check: its configuration and its live state. Instants are UTC
/// milliseconds since the epoch; -1 means "none".
struct Monitor
{
    qint64 id = 0;
    QString name;
    QString slug;
    QString token;
    QStringList tags;
    QString description;
    Schedule schedule; ///< every period, or a cron expression in its zone
    qint64 graceMs = defaults::kGraceMs;
    qint64 maxRunMs = 0;  ///< a run open longer than this is down ("hung"); 0: the grace decides
    qint64 slowRunMs = 0; ///< a finished run longer than this raises a warning; 0: none
    /// Keyword filters (comma-separated): when any is set, a plain ping's body decides its
    /// kind: a failure keyword first, then success, then start; no match: a log message.
    QString successKeywords;
    QString failureKeywords;
    QString startKeywords;
    bool resumeOnPing = false; ///< a ping to a paused monitor resumes it
    QString methods;           ///< "POST": other pings are stored as ignored; "": any method
    qint64 createdMs = 0;
    MonitorKind kind = MonitorKind::Heartbeat;
    /// Heartbeats: misses or failures in a row before down (checks: check.confirmations).
    int downAfter = 1;
    /// A run shorter than this counts as a failure ("too_fast"); 0: none.
    qint64 minRunMs = 0;
    /// The monitors this one depends on (a router, a NAS): while one of them is down,
    /// this one's failures are recorded ("parent_down") and alert nothing of their own.
    QList<qint64> dependsOn;
    CheckSpec check; ///< for uptime checks (HTTP, TCP, ICMP, DNS)

    Status status = Status::New;
    qint64 statusSinceMs = 0;
    QString statusReason;   ///< why the state last changed (a Reason code; "nodata" after a gap)
    qint64 lastPingMs = -1; ///< last success or failure (not start/log), as Healthchecks
    qint64 nextDueMs = -1;  ///< when the next success is expected; late after, down at +grace
    qint64 nPings = 0;      ///< every ping ever received, of any kind
    qint64 lastDurationMs = -1;
    qint64 lastSuccessMs = -1; ///< the last good ping, for alerts ("last good ping: ...")
    QList<qint64> channelIds;  ///< channels that hear about this monitor
    /// Escalation: a channel that hears of a down only once it has lasted this long (ms),
    /// and of the recovery only if it heard of the down. Absent: at once.
    QHash<qint64, qint64> channelDelays;
    QMap<QString, qint64> runs; ///< runs in progress: rid ("" for none) -> start instant
    qint64 storedPings = 0;     ///< rows in the ping table, for retention (not persisted)
    /// Late "unwatched": down at this instant unless a ping comes first; -1 otherwise.
    /// Not persisted: a restart opens a new listening span, and a new window with it.
    qint64 settleUntilMs = -1;
    /// Misses or failures in a row (a heartbeat is down at downAfter, a check at
    /// check.confirmations); 0 after a success.
    int failStreak = 0;
    /// The open incident acknowledged ("I'm on it"): by whom, when (-1: not), and why. Its
    /// reminders stop; its recovery still goes out. Cleared when the incident closes.
    QString ackBy;
    qint64 ackMs = -1;
    QString ackNote;
    /// Down, or waiting, because of this parent ("parent_down", "parent_late"); 0: none.
    qint64 parentId = 0;
    qint64 certExpiryMs = -1; ///< checks over TLS: when the server certificate expires
    qint64 certWarnedMs = -1; ///< the expiry the certificate warning was sent for
    /// In maintenance: the state it had when the window began (a down monitor returns to
    /// it, incident and all, unless a success came meanwhile), and since when and why.
    Status preMaintenance = Status::New;
    qint64 preMaintenanceSinceMs = 0;
    QString preMaintenanceReason;
    /// The window it is in, and when that ends (not persisted: the windows say it).
    QString maintenanceName;
    qint64 maintenanceUntilMs = -1;

    bool isCheck() const { return kind != MonitorKind::Heartbeat; }
    /// Misses or failures in a row before down, whatever the kind (JSON "down_after").
    int failuresBeforeDown() const
    {
        return std::max(1, isCheck() ? check.confirmations : downAfter);
    }

    /// The earliest start among the runs in progress, or -1.
    qint64 earliestRunStart() const;
};

} // namespace uptrack

Q_DECLARE_METATYPE(uptrack::Monitor)
