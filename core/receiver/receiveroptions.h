// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpserveroptions.h"
#include "settings/defaults.h"

#include <QHostAddress>
#include <QList>

namespace uptrack {

/// Receiver settings; the defaults are the documented ones (README).
struct ReceiverOptions
{
    HttpServerOptions http; ///< connections, timeouts and the stored body
    /// Per monitor (token or slug): this many pings at once, then pingsPerMinute a minute;
    /// more are answered 429 and not stored (a runaway loop cannot fill the database).
    int pingBurst = defaults::kPingBurst;
    int pingsPerMinute = defaults::kPingsPerMinute;
    /// Per source address, requests for unknown monitors (404s): then 429 for everything
    /// from that address until it refills (token guessing is slowed). 0: no limit.
    int unknownBurst = defaults::kUnknownBurst;
    int unknownPerMinute = defaults::kUnknownPerMinute;
    /// Reverse proxies whose X-Forwarded-For names a ping's source (--trusted-proxy).
    QList<QHostAddress> trustedProxies;
};

} // namespace uptrack
