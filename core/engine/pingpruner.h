// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/pingrepository.h"

#include <QHash>
#include <QSqlError>

#include <functional>
#include <set>

namespace uptrack {

class Database;

/// Keeps each monitor's stored pings at the cap, in transactions of its own between the
/// ping commits. Pruning inside a ping's commit made that commit (and every ping in it)
/// wait while a hundred old rows were deleted from a hundred pages for each monitor that
/// crossed its cap; with thousands of monitors at the cap, commits took 50–70 ms.
///
/// A monitor is due once it is 10% over the cap (so each one is pruned every tenth of its
/// cap, not every ping). A step takes due monitors in id order: monitors pinged in turn
/// sit next to each other in the pings table, so one step's deletions share pages. A step
/// deletes at most kStepRows rows; a monitor with more to go (the cap was lowered) stays
/// due for the next step.
class PingPruner
{
public:
    static constexpr qint64 kStepRows = 1000;

    explicit PingPruner(Database &db);

    /// The slack over the cap at which a monitor becomes due.
    static qint64 slack(qint64 keep) { return std::max<qint64>(10, keep / 10); }
    /// Notes `stored` pings of a monitor; due when over the cap and its slack.
    void stored(qint64 monitorId, qint64 stored, qint64 keep)
    {
        if (stored > keep + slack(keep))
            m_due.insert(monitorId);
    }
    void forget(qint64 monitorId) { m_due.erase(monitorId); }
    bool isIdle() const { return m_due.empty(); }

    struct Step
    {
        bool ok = true;
        QSqlError failure;
        qint64 rows = 0;
        /// Each pruned monitor's stored pings after the step.
        QHash<qint64, qint64> storedAfter;
    };
    /// One transaction. `storedOf` gives a due monitor's stored pings (-1: it is gone).
    /// On failure it is rolled back and the monitors stay due.
    Step step(qint64 keep, const std::function<qint64(qint64)> &storedOf);

private:
    Database &m_db;
    PingRepository m_repo;
    std::set<qint64> m_due;
};

} // namespace uptrack
