// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/defaults.h"

namespace uptrack {

/// Limits of an HTTP listener; the defaults are the documented ones (README).
struct HttpServerOptions
{
    qint64 bodyCap = defaults::kBodyCapBytes;       ///< bytes of a body kept; the rest dropped
    int maxConnections = defaults::kMaxConnections; ///< lowered to what the file limit allows
    /// Connections at once from one address: one host cannot take every slot.
    int maxConnectionsPerSource = defaults::kMaxConnectionsPerSource;
    int idleTimeoutMs = defaults::kIdleTimeoutMs; ///< a keep-alive connection with nothing to say
    int requestTimeoutMs = defaults::kRequestTimeoutMs; ///< a request must arrive whole (slowloris)
};

} // namespace uptrack
