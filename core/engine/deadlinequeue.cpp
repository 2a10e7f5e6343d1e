// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlinequeue.h"

namespace uptrack {

void DeadlineQueue::schedule(qint64 monitorId, qint64 when)
{
    const auto old = m_when.constFind(monitorId);
    if (old != m_when.constEnd()) {
        if (old.value() == when)
            return;
        m_order.erase({old.value(), monitorId});
        m_when.erase(old);
    }
    if (when >= 0) {
        m_order.insert({when, monitorId});
        m_when.insert(monitorId, when);
    }
}

std::optional<DeadlineQueue::Entry> DeadlineQueue::earliest() const
{
    if (m_order.empty())
        return std::nullopt;
    const auto &first = *m_order.begin();
    return Entry{first.first, first.second};
}

std::optional<DeadlineQueue::Entry> DeadlineQueue::popDue(qint64 now)
{
    if (m_order.empty() || m_order.begin()->first > now)
        return std::nullopt;
    const auto first = *m_order.begin();
    m_order.erase(m_order.begin());
    m_when.remove(first.second);
    return Entry{first.first, first.second};
}

void DeadlineQueue::clear()
{
    m_order.clear();
    m_when.clear();
}

} // namespace uptrack
