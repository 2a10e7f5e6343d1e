// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"
#include "domain/ping.h"

#include <QString>
#include <QStringList>

/// Times, durations and states the way a person reads them: "3 min ago",
/// "1 h 12 min", "yesterday 14:03". Never raw enums, ISO dates or milliseconds.
namespace uptrack::human {

/// "1 h 12 min", "42 s", "0.4 s", "2 days 3 h" (at most two units).
QString duration(qint64 ms);
/// A check's response time: "< 1 ms" (a LAN ping), "87 ms" below ten seconds, then as a
/// duration.
QString responseTime(qint64 ms);
/// "3 min ago", "in 2 h", "now"; "" for -1.
QString relative(qint64 whenMs, qint64 nowMs);
/// "today 14:03", "yesterday 09:12", "Mon 3 Mar 14:03", "3 Mar 2025 14:03".
QString when(qint64 whenMs, qint64 nowMs);
/// The same with seconds, for logs where they matter.
QString whenPrecise(qint64 whenMs, qint64 nowMs);
/// The locale's short time format without seconds ("HH:mm", "h:mm AP").
QString shortTimeFormat();
/// After a sleep: "While this computer slept (23:10–07:45), 6 deadlines passed unwatched:
/// nightly-billing, …", with what to do about it. `gapStart` -1: since it last ran.
QString unwatchedSummary(qint64 gapStart, qint64 listenStart, const QStringList &monitors);
/// "every 1 hour, grace 5 min", "daily at 02:00 (Berlin), grace 1 h" (cron schedules in
/// words where they have a common form; the zone when it is not this machine's).
QString schedule(const Monitor &m);
/// An instant in a cron monitor's own zone, "03:30 Berlin", when that zone is not this
/// machine's; "" otherwise.
QString inMonitorsZone(qint64 ms, const Monitor &m);
/// The compact, exact form of the command line and reports: "every 1h, grace 5m",
/// "0 2 * * * America/New_York, grace 1h"; for a check, what it looks at and how often
/// ("ICMP printer.lan, every 1m", "DNS MX example.com @10.0.0.53, every 5m").
QString scheduleSummary(const Monitor &m);
/// "success", "start", "failure (exit 3)", "log message".
QString pingKind(PingKind kind, int exitStatus = -1);

} // namespace uptrack::human
