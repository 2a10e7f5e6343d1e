// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/defaults.h"

namespace uptrack {

/// Engine settings; the defaults are the documented ones.
struct EngineOptions
{
    qint64 pingsKeptPerMonitor = defaults::kPingsKeptPerMonitor; ///< retention of stored pings
    int tickMs = 15'000;   ///< how often the listening span is extended
    qint64 gapMs = 45'000; ///< a silence between ticks longer than this was sleep/suspend
    /// After a span without listening, how long a monitor whose deadline passed meanwhile
    /// waits for pings that were spooled (late "unwatched") before it goes down.
    qint64 settleMs = defaults::kSettleMs;
    int notifyMs = 100; ///< change signals are coalesced to at most one per this interval
};

} // namespace uptrack
