// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// Every setting a person can change, named once with its default and its bounds. The
/// option structs of the layers, the console's settings, the command line and its help
/// take their values from here; nothing else writes these numbers.
namespace uptrack::defaults {

// Where pings arrive (--listen; console: receiver/listen).
inline constexpr quint16 kPort = 8470;

// Bytes of a ping's body that are stored (--body-cap; console: receiver/bodyCap).
inline constexpr qint64 kBodyCapBytes = 100 * 1024;
inline constexpr qint64 kMaxBodyCapBytes = 64 * 1024 * 1024;

// Pings kept per monitor; older ones are deleted (--keep-pings; console: storage/keepPings).
inline constexpr qint64 kPingsKeptPerMonitor = 1000;
inline constexpr qint64 kMaxPingsKept = 1'000'000'000;

// Days of flips, incidents, alerts and listening spans kept (--keep-history).
inline constexpr int kHistoryDays = 400;
inline constexpr int kMinHistoryDays = 30;
inline constexpr int kMaxHistoryDays = 36'500;
// Days of delivery attempts kept (never more than the history).
inline constexpr int kDeliveryDays = 90;

// First delay before a failed alert delivery is tried again; it doubles up to an hour,
// and a delivery fails after a day (--alert-retry).
inline constexpr qint64 kFirstRetryMs = 30'000;
inline constexpr qint64 kMinFirstRetryMs = 1000;
inline constexpr qint64 kMaxRetryMs = 3'600'000;
inline constexpr qint64 kGiveUpAfterMs = 24 * 3'600'000LL;

// After a span without listening, how long monitors whose deadline passed meanwhile wait
// for pings that were spooled before they go down (--settle; 0: at once).
inline constexpr qint64 kSettleMs = 10 * 60'000;
inline constexpr qint64 kMaxSettleMs = 24 * 3'600'000LL;

// Per monitor: pings at once, then a minute (--ping-burst, --ping-rate; 0: no limit).
inline constexpr int kPingBurst = 100;
inline constexpr int kPingsPerMinute = 60;
// Per source address, requests for unknown monitors at once, then a minute.
inline constexpr int kUnknownBurst = 30;
inline constexpr int kUnknownPerMinute = 10;

// Connections at once (--max-connections), and from one address
// (--max-connections-per-source; 0: no limit).
inline constexpr int kMaxConnections = 10'000;
inline constexpr int kMaxConnectionsPerSource = 256;
// A request must arrive whole within this (--request-timeout); an idle keep-alive
// connection is closed after this (--idle-timeout).
inline constexpr int kRequestTimeoutMs = 30'000;
inline constexpr int kIdleTimeoutMs = 60'000;
// Bounds of the numeric and duration options above.
inline constexpr int kMaxCountOption = 1'000'000;
inline constexpr qint64 kMinTimeoutOptionMs = 1000;
inline constexpr qint64 kMaxTimeoutOptionMs = 3'600'000;

// Online backups beside the database: a new one when the newest is a day old; seven kept.
inline constexpr qint64 kBackupEveryMs = 24 * 3'600'000LL;
inline constexpr int kBackupsKept = 7;

// A new heartbeat monitor: expected daily, an hour of grace (as Healthchecks).
inline constexpr qint64 kPeriodMs = 86'400'000;
/// The HTTPS listener's port (management API, and pings over TLS).
inline constexpr quint16 kTlsPort = 8471;
inline constexpr qint64 kGraceMs = 3'600'000;

// A new uptime check: every minute, ten seconds to answer, down after two failures in a
// row, a warning two weeks before its certificate expires.
inline constexpr qint64 kCheckIntervalMs = 60'000;
inline constexpr qint64 kCheckTimeoutMs = 10'000;
inline constexpr int kCheckConfirmations = 2;
inline constexpr int kCertWarnDays = 14;
// An ICMP check sends three echo requests a run, as `ping -c 3`, and fails when more than
// half are lost: one lost packet of three on a busy switch is not an outage.
inline constexpr int kIcmpCount = 3;
inline constexpr int kIcmpMaxLossPercent = 50;

} // namespace uptrack::defaults
