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
};

/// A down period: opened by a down flip, closed by the next up (or a pause).
struct Incident
{
    qint64 id = 0;
    qint64 monitorId = 0;
    qint64 startMs = 0;
    qint64 endMs = -1; ///< -1 while open
    QString reason;
    QString note;
};

/// A span during which Uptrack was listening for pings.
struct ListeningSpan
{
    qint64 id = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

} // namespace uptrack

Q_DECLARE_METATYPE(uptrack::Flip)
