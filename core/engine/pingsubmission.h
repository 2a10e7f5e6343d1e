// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ping.h"

#include <functional>

namespace uptrack {

/// A ping as the receiver hands it to the engine: who it is for and what it says.
struct PingSubmission
{
    QString token;   ///< set for /ping/<token> forms
    QString pingKey; ///< set, with slug, for /ping/<key>/<slug> forms
    QString slug;
    bool create = false; ///< ?create=1: create an unknown slug
    PingKind kind = PingKind::Success;
    int exitStatus = -1;
    QString rid;
    QString source;
    QString method;
    QString userAgent;
    QByteArray body;
    bool bodyTruncated = false;
};

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
