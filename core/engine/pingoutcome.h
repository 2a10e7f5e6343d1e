// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace uptrack {

/// How the engine answered a ping. Delivered after the ping is committed.
enum class PingOutcome {
    Ok,            ///< stored (200)
    Created,       ///< stored in a monitor created for it (201)
    NotFound,      ///< no such token or slug (404)
    Invalid,       ///< e.g. a slug that cannot be created (400)
    StorageFailed, ///< the database refused the write (503: retry later)
};

using PingCallback = std::function<void(PingOutcome)>;

} // namespace uptrack
