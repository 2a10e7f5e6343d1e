// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include <optional>
#include <set>
#include <utility>

namespace uptrack {

/// The one ordered queue of every monitor's next deadline. At most one entry per
/// monitor; rescheduling replaces it, so the queue never holds stale entries.
class DeadlineQueue
{
public:
    struct Entry
    {
        qint64 when;
        qint64 monitorId;
    };

    /// Sets (when >= 0) or clears (when < 0) the deadline of a monitor.
    void schedule(qint64 monitorId, qint64 when);
    void remove(qint64 monitorId) { schedule(monitorId, -1); }
    /// The earliest entry, if any.
    std::optional<Entry> earliest() const;
    /// Removes and returns the earliest entry if it is due at `now`.
    std::optional<Entry> popDue(qint64 now);
    qsizetype size() const { return m_when.size(); }
    void clear();

private:
    std::set<std::pair<qint64, qint64>> m_order; // (when, monitorId)
    QHash<qint64, qint64> m_when;                // monitorId -> when
};

} // namespace uptrack
