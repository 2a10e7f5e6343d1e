// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace uptrack {

class Database;

/// Durations of a monitor's recent finished runs (a start paired with its finish).
struct RunStatistics
{
    int count = 0;
    qint64 medianMs = -1; ///< nearest rank; -1 without runs
    qint64 p95Ms = -1;

    /// Over the last `window` finished runs still stored.
    static RunStatistics of(Database &db, qint64 monitorId, int window = 100);
};

} // namespace uptrack
