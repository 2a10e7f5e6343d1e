// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statemachine.h"

#include <limits>

namespace uptrack::StateMachine {

namespace {
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

void setStatus(Monitor &m, Status to, const QString &reason, qint64 at, StateChange *change)
{
    if (m.status == to)
        return;
    const Status from = m.status;
    change->flips.append(Flip{0, m.id, at, from, to, reason, m.statusSinceMs, m.statusReason});
    if (from == Status::Down) {
        change->closeIncident = true;
        change->incidentAt = at;
    }
    if (to == Status::Down) {
        change->openIncident = true;
        change->incidentReason = reason;
        change->incidentAt = at;
    }
    m.status = to;
    m.statusSinceMs = at;
    m.statusReason = reason;
    if (to != Status::Late)
        m.settleUntilMs = -1;
}

// The failure that takes `m` down, unless a parent is to blame: one down (or in
// maintenance), down "parent_down", no alert of its own; one late, late until its verdict
// (onParents()).
void downUntilParent(Monitor &m, const QString &reason, qint64 at, const ParentVerdict &parents,
                     StateChange *change)
{
    m.runs.clear();
    // Down already (its own down alerted, or its parent's): a further failure changes
    // nothing, whatever the parents say now; a late parent must not take back a verdict
    // that was given (its recovery would then go unsaid).
    if (m.status == Status::Down)
        return;
    m.parentId = parents.kind == ParentVerdict::Fine ? 0 : parents.parentId;
    if (parents.kind == ParentVerdict::Late) {
        change->stateOnly = true;
        setStatus(m, Status::Late, reason, at, change);
        m.statusReason = reason;
        m.settleUntilMs = -1;
        return;
    }
    setStatus(m, Status::Down,
              parents.kind == ParentVerdict::Down ? QString::fromLatin1(Reason::ParentDown)
                                                  : reason,
              at, change);
}

// A miss or a failure: down at the monitor's --down-after'th in a row; short of that late,
// expected again at `nextDue` (one period after the deadline it missed; a failure's ping
// set it already: pass -1).
void failure(Monitor &m, const QString &reason, qint64 at, qint64 nextDue,
             const ParentVerdict &parents, StateChange *change)
{
    ++m.failStreak;
    if (m.failStreak >= m.failuresBeforeDown()) {
        downUntilParent(m, reason, at, parents, change);
        return;
    }
    change->stateOnly = true;
    if (nextDue >= 0)
        m.nextDueMs = nextDue;
    setStatus(m, Status::Late, reason, at, change);
    m.statusReason = reason; // also when it was late already
    m.settleUntilMs = -1;
}

// The instant a started monitor goes down, and whether that is because it hung.
qint64 startedDeadline(const Monitor &m, bool *hung)
{
    const qint64 start = m.earliestRunStart();
    const qint64 due = m.nextDueMs >= 0 ? m.nextDueMs : kNever;
    if (start < 0)
        return due == kNever ? -1 : due + m.graceMs;
    if (m.maxRunMs > 0) {
        // A maximum run time decides a hang on its own, whatever the grace.
        const qint64 hungAt = start + m.maxRunMs;
        const qint64 missedAt = due == kNever ? kNever : due + m.graceMs;
        *hung = hungAt <= missedAt;
        return std::min(hungAt, missedAt);
    }
    *hung = start <= due;
    return std::min(start, due) + m.graceMs;
}
} // namespace

namespace {
// A start: the run is open (the oldest dropped past kMaxRuns).
void openRun(Monitor &m, const Ping &ping)
{
    if (!m.runs.contains(ping.rid) && m.runs.size() >= kMaxRuns) {
        auto oldest = m.runs.begin();
        for (auto it = m.runs.begin(); it != m.runs.end(); ++it) {
            if (it.value() < oldest.value())
                oldest = it;
        }
        m.runs.erase(oldest);
    }
    m.runs.insert(ping.rid, ping.timeMs);
}

// A success or a failure: the run it finishes (and its duration), the last ping, the next
// deadline, the last success.
void finishRun(Monitor &m, Ping &ping)
{
    const qint64 at = ping.timeMs;
    const auto run = m.runs.find(ping.rid);
    if (run != m.runs.end()) {
        ping.durationMs = std::max<qint64>(0, at - run.value());
        m.runs.erase(run);
    }
    // A finish without a rid ends every run, as in Healthchecks.
    if (ping.rid.isEmpty())
        m.runs.clear();
    if (ping.durationMs >= 0)
        m.lastDurationMs = ping.durationMs;
    m.lastPingMs = at;
    m.nextDueMs = m.schedule.nextDue(at);
}

// A success that finished a run faster than the monitor's minimum (one with no start
// before it is not judged).
bool tooFast(const Monitor &m, const Ping &ping)
{
    return ping.kind == PingKind::Success && m.minRunMs > 0 && ping.durationMs >= 0
            && ping.durationMs < m.minRunMs;
}

// A ping while in maintenance: taken as usual (runs, durations, the last ping and
// success), without a change of state; a success means the window ends up (see
// leaveMaintenance).
StateChange onPingInMaintenance(Monitor &m, Ping &ping)
{
    if (ping.kind == PingKind::Start) {
        openRun(m, ping);
    } else if (ping.kind == PingKind::Success || ping.kind == PingKind::Fail) {
        finishRun(m, ping);
        if (ping.kind == PingKind::Success && !tooFast(m, ping))
            m.lastSuccessMs = ping.timeMs;
    }
    return {};
}

} // namespace

bool waitsForParent(const Monitor &m)
{
    return m.status == Status::Late && m.parentId > 0 && m.failStreak >= m.failuresBeforeDown();
}

StateChange onParents(Monitor &m, const ParentVerdict &parents, qint64 at)
{
    StateChange change;
    if (waitsForParent(m)) {
        if (parents.kind == ParentVerdict::Late) {
            change.stateOnly = m.parentId != parents.parentId;
            m.parentId = parents.parentId;
            return change;
        }
        const bool parentDown = parents.kind == ParentVerdict::Down;
        m.parentId = parentDown ? parents.parentId : 0;
        setStatus(m, Status::Down,
                  parentDown ? QString::fromLatin1(Reason::ParentDown) : m.statusReason, at,
                  &change);
        return change;
    }
    if (m.status != Status::Down || m.statusReason != QLatin1String(Reason::ParentDown))
        return change;
    if (parents.kind == ParentVerdict::Down) {
        change.stateOnly = m.parentId != parents.parentId;
        m.parentId = parents.parentId;
        return change;
    }
    // The parent is back: expected afresh, as after a window.
    m.parentId = 0;
    m.failStreak = 0;
    if (m.isCheck()) {
        setStatus(m, m.lastPingMs >= 0 ? Status::Up : Status::New,
                  QString::fromLatin1(Reason::ParentRecovered), at, &change);
        return change;
    }
    if (m.lastPingMs < 0) {
        m.nextDueMs = -1;
        setStatus(m, Status::New, QString::fromLatin1(Reason::ParentRecovered), at, &change);
        return change;
    }
    m.nextDueMs = m.schedule.nextDue(at);
    setStatus(m, Status::Up, QString::fromLatin1(Reason::ParentRecovered), at, &change);
    return change;
}

qint64 nextWake(const Monitor &m)
{
    switch (m.status) {
    case Status::Up:
        return m.nextDueMs;
    case Status::Late:
        if (waitsForParent(m))
            return -1; // the parent's verdict decides
        if (m.settleUntilMs >= 0)
            return m.settleUntilMs;
        return m.nextDueMs < 0 ? -1 : m.nextDueMs + m.graceMs;
    case Status::Started: {
        bool hung = false;
        return startedDeadline(m, &hung);
    }
    case Status::New:
    case Status::Down:
    case Status::Paused:
    case Status::Maintenance:
        return -1;
    }
    return -1;
}

namespace {
// When the next miss falls (down, or one more of --down-after's count), or -1.
qint64 missAt(const Monitor &m)
{
    if (waitsForParent(m))
        return -1; // the parent's verdict decides
    if (m.status == Status::Late && m.settleUntilMs >= 0)
        return m.settleUntilMs;
    if (m.status == Status::Up || m.status == Status::Late)
        return m.nextDueMs < 0 ? -1 : m.nextDueMs + m.graceMs;
    return m.status == Status::Started ? nextWake(m) : -1;
}
} // namespace

qint64 downAt(const Monitor &m)
{
    qint64 at = missAt(m);
    if (at < 0 || m.isCheck())
        return at;
    // Each miss short of --down-after expects the job one period after the deadline it
    // missed (the settle window's end: one period after that).
    qint64 due = at - (m.settleUntilMs >= 0 ? 0 : m.graceMs);
    for (int left = m.failuresBeforeDown() - m.failStreak - 1; left > 0; --left) {
        due = m.schedule.nextDue(due);
        at = due + m.graceMs;
    }
    return at;
}

StateChange onPing(Monitor &m, Ping &ping, const ParentVerdict &parents)
{
    StateChange change;
    // A late ping counts from the instant it was meant for (runs, durations, the next
    // deadline), but the state changes when it arrives: history never runs backwards.
    const qint64 at = ping.timeMs;
    const qint64 changedAt = std::max(at, ping.receivedMs);
    ++m.nPings;

    if (m.status == Status::Paused) {
        if (!m.resumeOnPing) {
            ping.kind = PingKind::Ignored; // stored, otherwise ignored
            ping.ignoredBecause = QLatin1String(PingIgnored::Paused);
            return change;
        }
        change = resume(m, changedAt);
    }

    if (m.status == Status::Maintenance)
        return onPingInMaintenance(m, ping);

    switch (ping.kind) {
    case PingKind::Log:
    case PingKind::Ignored:
        break;
    case PingKind::Start:
        openRun(m, ping);
        if (m.status == Status::New || m.status == Status::Up || m.status == Status::Late)
            setStatus(m, Status::Started, QString::fromLatin1(Reason::Ping), changedAt, &change);
        break;
    case PingKind::Success:
    case PingKind::Fail: {
        finishRun(m, ping);
        if (tooFast(m, ping)) {
            failure(m, QString::fromLatin1(Reason::TooFast), changedAt, -1, parents, &change);
        } else if (ping.kind == PingKind::Success) {
            m.lastSuccessMs = at;
            m.failStreak = 0;
            m.parentId = 0;
            setStatus(m, m.runs.isEmpty() ? Status::Up : Status::Started,
                      QString::fromLatin1(Reason::Ping), changedAt, &change);
        } else {
            // A failure ends every run (as in Healthchecks), also one short of down.
            m.runs.clear();
            failure(m,
                    ping.exitStatus > 0 ? Reason::exitStatus(ping.exitStatus)
                                        : QString::fromLatin1(Reason::Failed),
                    changedAt, -1, parents, &change);
        }
        break;
    }
    }
    return change;
}

StateChange onDeadline(Monitor &m, qint64 at, const ParentVerdict &parents)
{
    StateChange change;
    const QString missed = QString::fromLatin1(Reason::Missed);
    switch (m.status) {
    case Status::Up:
        if (m.nextDueMs >= 0 && at >= m.nextDueMs) {
            if (at >= m.nextDueMs + m.graceMs)
                failure(m, missed, at, m.schedule.nextDue(m.nextDueMs), parents, &change);
            else
                setStatus(m, Status::Late, QString::fromLatin1(Reason::Late), at, &change);
        }
        break;
    case Status::Late:
        if (m.settleUntilMs >= 0) {
            // The settle window after a span without listening: no ping came for it.
            if (at >= m.settleUntilMs) {
                m.runs.clear();
                failure(m, QString::fromLatin1(Reason::MissedUnwatched), at, m.schedule.nextDue(at),
                        parents, &change);
            }
        } else if (m.nextDueMs >= 0 && at >= m.nextDueMs + m.graceMs) {
            failure(m, missed, at, m.schedule.nextDue(m.nextDueMs), parents, &change);
        }
        break;
    case Status::Started: {
        bool hung = false;
        const qint64 deadline = startedDeadline(m, &hung);
        if (deadline >= 0 && at >= deadline) {
            // A run that hung (or missed its deadline) is given up on; short of down the
            // job is expected one period after the deadline.
            m.runs.clear();
            failure(m, hung ? QString::fromLatin1(Reason::Hung) : missed, at,
                    m.schedule.nextDue(at - m.graceMs), parents, &change);
        }
        break;
    }
    case Status::New:
    case Status::Down:
    case Status::Paused:
    case Status::Maintenance:
        break;
    }
    return change;
}

StateChange onGap(Monitor &m, qint64 listenStart, qint64 now, qint64 settleMs,
                  const ParentVerdict &parents)
{
    if (m.status != Status::Up && m.status != Status::Late && m.status != Status::Started)
        return {};
    const qint64 missedAt = missAt(m);
    if (missedAt < 0 || missedAt >= listenStart)
        return onDeadline(m, now,
                          parents); // only due while nobody listened: late, as any other time
    // The deadline passed while nobody listened: the job may well have run, its ping
    // waiting in a spool (uptrack-run's) for Uptrack to listen again. Late until the
    // settle window ends, down then if no ping came; a run in progress stays open, so a
    // finish that comes pairs with its start.
    StateChange change;
    const qint64 until = listenStart + std::max<qint64>(0, settleMs);
    if (now >= until) { // no window (--settle 0), or it is over already
        m.runs.clear();
        failure(m, QString::fromLatin1(Reason::MissedUnwatched), until, m.schedule.nextDue(now),
                parents, &change);
        return change;
    }
    const QString unwatched = QString::fromLatin1(Reason::Unwatched);
    setStatus(m, Status::Late, unwatched, listenStart, &change);
    m.statusReason = unwatched; // also when it was late already
    m.settleUntilMs = until;
    return change;
}

StateChange onCheckResult(Monitor &m, Ping &ping, const QString &why, const ParentVerdict &parents)
{
    StateChange change;
    const qint64 at = ping.timeMs;
    ++m.nPings;
    if (m.status == Status::Paused || m.status == Status::Maintenance)
        return change; // a result that was in flight when the check was paused
    m.lastPingMs = at;
    m.nextDueMs = -1; // checks have no deadline: Uptrack runs them itself
    if (ping.durationMs >= 0)
        m.lastDurationMs = ping.durationMs;
    // A change of the streak is a change of state: a dependent may wait on it.
    if (ping.kind == PingKind::Success) {
        change.stateOnly = m.failStreak != 0;
        m.failStreak = 0;
        m.lastSuccessMs = at;
        m.parentId = 0;
        setStatus(m, Status::Up, QString::fromLatin1(Reason::CheckPassed), at, &change);
    } else {
        ++m.failStreak;
        change.stateOnly = true;
        if (m.failStreak >= m.failuresBeforeDown())
            downUntilParent(m, Reason::checkFailed(why), at, parents, &change);
    }
    return change;
}

bool certificateWarningDue(const Monitor &m, qint64 now)
{
    if (m.kind != MonitorKind::Http || m.check.certWarnDays <= 0 || m.certExpiryMs < 0
        || m.certWarnedMs == m.certExpiryMs)
        return false;
    const qint64 ahead = qint64(m.check.certWarnDays) * 86'400'000;
    return m.certExpiryMs - now <= ahead && m.certExpiryMs > now;
}

StateChange enterMaintenance(Monitor &m, qint64 at)
{
    StateChange change;
    if (m.status == Status::Maintenance || m.status == Status::Paused)
        return change;
    m.preMaintenance = m.status;
    m.preMaintenanceSinceMs = m.statusSinceMs;
    m.preMaintenanceReason = m.statusReason;
    // Not setStatus: a down monitor's incident stays open through the window.
    const QString reason = QString::fromLatin1(Reason::Maintenance);
    change.flips.append(Flip{0, m.id, at, m.status, Status::Maintenance, reason, m.statusSinceMs,
                             m.statusReason});
    m.status = Status::Maintenance;
    m.statusSinceMs = at;
    m.statusReason = reason;
    m.settleUntilMs = -1;
    return change;
}

StateChange leaveMaintenance(Monitor &m, qint64 at)
{
    StateChange change;
    if (m.status != Status::Maintenance)
        return change;
    const qint64 began = m.statusSinceMs;
    const bool succeeded = m.lastSuccessMs >= began;
    const QString ended = QString::fromLatin1(Reason::MaintenanceEnded);
    auto flipTo = [&](Status to, qint64 since, const QString &reason) {
        change.flips.append(
                Flip{0, m.id, at, Status::Maintenance, to, reason, began, m.statusReason});
        m.status = to;
        m.statusSinceMs = since;
        m.statusReason = reason;
    };
    if (m.preMaintenance == Status::Down && !succeeded) {
        // Still down, in the incident it had: no second alert.
        flipTo(Status::Down, m.preMaintenanceSinceMs, m.preMaintenanceReason);
        return change;
    }
    if (m.preMaintenance == Status::Down) {
        change.closeIncident = true;
        change.incidentAt = at;
    }
    m.failStreak = 0; // expected afresh
    if (m.isCheck()) {
        // A check is run again at once and decides for itself.
        m.failStreak = 0;
        flipTo(m.lastPingMs >= 0 ? Status::Up : Status::New, at, ended);
        return change;
    }
    // Runs that began before the window cannot be judged fairly; the ones begun in it can.
    for (auto it = m.runs.begin(); it != m.runs.end();) {
        if (it.value() < began)
            it = m.runs.erase(it);
        else
            ++it;
    }
    if (m.lastPingMs < 0 && m.runs.isEmpty() && m.preMaintenance == Status::New) {
        m.nextDueMs = -1;
        flipTo(Status::New, at, ended);
        return change;
    }
    m.nextDueMs = m.schedule.nextDue(at);
    flipTo(m.runs.isEmpty() ? Status::Up : Status::Started, at, ended);
    return change;
}

StateChange pause(Monitor &m, qint64 now)
{
    StateChange change;
    if (m.status == Status::Maintenance && m.preMaintenance == Status::Down) {
        change.closeIncident = true; // the incident kept open through the window
        change.incidentAt = now;
    }
    m.runs.clear();
    setStatus(m, Status::Paused, QString::fromLatin1(Reason::Paused), now, &change);
    return change;
}

StateChange resumeAsNew(Monitor &m, qint64 now)
{
    StateChange change;
    if (m.status != Status::Paused)
        return change;
    m.nextDueMs = -1;
    m.lastPingMs = -1;
    m.failStreak = 0;
    setStatus(m, Status::New, QString::fromLatin1(Reason::Resumed), now, &change);
    return change;
}

StateChange resume(Monitor &m, qint64 now)
{
    StateChange change;
    if (m.status != Status::Paused)
        return change;
    // A resumed monitor gets a fresh window: the next ping is due one period from now.
    m.failStreak = 0;
    if (m.lastPingMs >= 0) {
        m.nextDueMs = m.schedule.nextDue(now);
        setStatus(m, Status::Up, QString::fromLatin1(Reason::Resumed), now, &change);
    } else {
        m.nextDueMs = -1;
        setStatus(m, Status::New, QString::fromLatin1(Reason::Resumed), now, &change);
    }
    return change;
}

} // namespace uptrack::StateMachine
