// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor.h"

namespace uptrack {

/// A change of a monitor's state.
struct Flip
{
    qint64 id = 0;
    qint64 monitorId = 0;
    qint64 timeMs = 0;
    Status from = Status::New;
    Status to = Status::New;
    QString reason;         ///< a Reason code
    qint64 fromSinceMs = 0; ///< when the state left behind began (a recovery's downtime)
    /// Why it was in the state left behind (not stored: for the alert policy, which keeps a
    /// dependent's silent down silent when it ends).
    QString fromReason;
};

} // namespace uptrack

Q_DECLARE_METATYPE(uptrack::Flip)
