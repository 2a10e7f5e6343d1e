// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flip.h"
#include "domain/ping.h"

namespace uptrack {

/// What one event did to a monitor: the flips to store and the incident to open or close.
struct StateChange
{
    QList<Flip> flips;
    bool openIncident = false;
    bool closeIncident = false;
    QString incidentReason;
    qint64 incidentAt = 0; ///< when the incident opened or closed
    /// The state moved on without a flip (a miss or failure short of --down-after).
    bool stateOnly = false;

    bool isEmpty() const { return flips.isEmpty() && !stateOnly; }
};

/// The state machine of DESIGN.md as pure functions on a Monitor: no clock, no I/O.
/// Every instant comes in as an argument, so tests drive it at any speed.
namespace StateMachine {

/// What the monitors one depends on say, when its failure would take it down: all fine
/// (down on its own), one late (wait for its verdict), one down or in maintenance (down,
/// "parent_down", silently). The engine works it out from the parents' states.
struct ParentVerdict
{
    enum Kind { Fine, Late, Down };
    Kind kind = Fine;
    qint64 parentId = 0; ///< the parent that is late or down
};

/// Maximum runs kept in progress per monitor (oldest dropped first).
inline constexpr int kMaxRuns = 64;

/// The next instant at which time alone changes the monitor's state, or -1.
qint64 nextWake(const Monitor &m);

/// When the monitor goes down if nothing arrives, or -1 (new, down, paused): with
/// --down-after N, after the misses it still has to go.
qint64 downAt(const Monitor &m);

/// Applies a received ping (ping.timeMs is its arrival). Fills ping.durationMs
/// when the ping finishes a run.
StateChange onPing(Monitor &m, Ping &ping, const ParentVerdict &parents = {});

/// Applies the passing of time up to `at` (a deadline from nextWake()).
StateChange onDeadline(Monitor &m, qint64 at, const ParentVerdict &parents = {});

/// A deadline fell while Uptrack was not listening (before `listenStart`). When the
/// monitor's down instant passed then, it is late ("unwatched") for `settleMs` after
/// listening resumed, so pings that waited for Uptrack (sent later with the instant they
/// were meant for) can still arrive, and down at the end of that window if none did.
/// One whose deadline was only due meanwhile is late as usual.
StateChange onGap(Monitor &m, qint64 listenStart, qint64 now, qint64 settleMs,
                  const ParentVerdict &parents = {});

/// Applies one run of an uptime check (ping: the stored result, its timeMs the
/// check's start). A success is up at once; a failure is down only after
/// check.confirmations failures in a row (`why` is the reason shown).
StateChange onCheckResult(Monitor &m, Ping &ping, const QString &why,
                          const ParentVerdict &parents = {});

/// A parent's state changed: a dependent waiting for its verdict goes down (silently when
/// the parent is down, on its own when it is fine); one down because of it is expected
/// afresh once no parent is down (one period after `at`, then its grace).
StateChange onParents(Monitor &m, const ParentVerdict &parents, qint64 at);
/// Waiting for a late parent's verdict: its own failures are in, its down is held.
bool waitsForParent(const Monitor &m);

/// Certificate expiry: true when `m` should warn now (the certificate expires within
/// check.certWarnDays of `now` and this expiry has not been warned about).
bool certificateWarningDue(const Monitor &m, qint64 now);

/// A maintenance window covers the monitor from `at`: no deadline until it ends; pings
/// are still taken (runs, last ping, success), the state is kept for the end. A down
/// monitor's incident stays open. Paused monitors are left alone.
StateChange enterMaintenance(Monitor &m, qint64 at);
/// The windows no longer cover it at `at`: expected afresh, as after a listening gap (the
/// next success one period, or the next cron match, after `at`; then its grace). One that
/// was down and had no success meanwhile is down again, in the same incident, without a
/// new one; one that had is up and its incident closes (closeIncident: the recovery).
StateChange leaveMaintenance(Monitor &m, qint64 at);

StateChange pause(Monitor &m, qint64 now);
StateChange resume(Monitor &m, qint64 now);
/// Resumes as Healthchecks' API resumes: new, as if never pinged (no deadline until the
/// next ping; the ping log stays).
StateChange resumeAsNew(Monitor &m, qint64 now);

} // namespace StateMachine

} // namespace uptrack
