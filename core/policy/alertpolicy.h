// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/alert.h"
#include "domain/channel.h"
#include "domain/flip.h"
#include "domain/ping.h"

#include <QHash>
#include <QList>

#include <optional>

namespace uptrack {

/// Which alerts an event raises, what each says and who hears it: the one place where
/// down, recovery, reminder, slow-run and certificate alerts are decided. What an alert
/// says is decided once, when it is raised, and stored with it, so a retry a day later
/// sends the same words. Pure functions: no clock, no I/O.
namespace AlertPolicy {
/// The alert a flip raises (down, or up after down), or nothing for other flips. A
/// dependent's down while its parent is down ("parent_down") raises nothing, nor does its
/// end; a parent's down names `dependents`, the monitors that depend on it directly.
std::optional<Alert> forFlip(const Monitor &m, const Flip &flip, const Ping *ping,
                             const QStringList &dependents = {});
/// A warning when a finished run took longer than the monitor's slow-run threshold.
std::optional<Alert> forRun(const Monitor &m, const Ping &ping);
/// A reminder that a monitor is still down (since `downSinceMs`).
Alert reminder(const Monitor &m, qint64 downSinceMs, qint64 nowMs);
/// A check's TLS certificate expires soon (a warning, sent once per certificate).
Alert certificate(const Monitor &m, qint64 nowMs);
/// A --notify maintenance window began (until `untilMs`) or ended for `m`.
Alert maintenance(const Monitor &m, bool started, const QString &window, qint64 untilMs,
                  qint64 nowMs);
/// What one channel missed while muted.
struct MutedTally
{
    int down = 0;
    int up = 0;
    int other = 0;         ///< reminders, slow runs, certificates, maintenance notices
    QStringList stillDown; ///< the monitors among them that are down at the end
};
/// The one alert a channel gets when a mute (of `scope`, from `sinceMs`) ends.
Alert muteSummary(const QString &scope, qint64 sinceMs, qint64 nowMs, const MutedTally &tally);
/// A test message for a channel.
Alert test(const Channel &channel, qint64 nowMs);

/// The channels of `m` that hear an alert of `kind`: those that take recoveries for
/// an up alert, those that take down alerts for every other kind.
/// A channel with an escalation delay hears none of these at once: a down reaches it
/// when the delay has passed (escalation()), a recovery only if it heard of the down
/// (`heardWhileDown`: the channels that did, as m_lastHeard has them).
QList<qint64> recipients(const Monitor &m, AlertKind kind, const QHash<qint64, Channel> &channels,
                         const QHash<qint64, qint64> &heardWhileDown = {});
/// When `channel`'s escalation delay makes it hear that `m` is down, or -1: not down, no
/// delay, heard already, acknowledged, or a dependent whose parent is down.
qint64 nextEscalation(const Monitor &m, const Channel &channel, bool heard);
/// What a channel hears next about a monitor that is down, and when: its escalation, or
/// (once it heard of the down) its next reminder; atMs -1: nothing.
struct FollowUp
{
    qint64 atMs = -1;
    bool escalation = false;
};
FollowUp nextFollowUp(const Monitor &m, const Channel &channel,
                      const QHash<qint64, qint64> &heardWhileDown);
/// The down alert a channel gets once the outage lasted its delay.
Alert escalation(const Monitor &m, qint64 delayMs, qint64 nowMs);

/// When `channel` reminds next that `m` is still down: its reminder interval after the
/// later of the monitor going down and `lastHeardMs` (when the channel last got a down
/// alert or reminder about it; -1: never). -1 when there is no reminder to send: the
/// monitor is not down, or the channel does not remind or does not hear about it.
qint64 nextReminder(const Monitor &m, const Channel &channel, qint64 lastHeardMs);

} // namespace AlertPolicy

} // namespace uptrack
