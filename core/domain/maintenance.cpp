// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenance.h"

#include "monitor.h"

namespace uptrack {

namespace {
// Occurrences looked at when they overlap or follow back to back: a window that fires
// every minute for an hour is one span, found in a bounded walk.
constexpr int kMaxChain = 10'000;
} // namespace

Schedule MaintenanceWindow::schedule() const
{
    return Schedule(durationMs, cron, timeZone);
}

bool MaintenanceWindow::covers(const Monitor &m) const
{
    if (all || monitorIds.contains(m.id))
        return true;
    for (const QString &tag : tags) {
        if (m.tags.contains(tag))
            return true;
    }
    return false;
}

std::optional<MaintenanceWindow::Span> MaintenanceWindow::spanAt(qint64 at) const
{
    if (!isRecurring()) {
        if (fromMs <= at && at < toMs)
            return Span{fromMs, toMs};
        return std::nullopt;
    }
    if (durationMs <= 0)
        return std::nullopt;
    const Schedule s = schedule();
    // The first occurrence that has not ended by `at` starts after at - duration.
    qint64 start = s.nextDue(at - durationMs);
    if (start < 0 || start > at)
        return std::nullopt;
    // Earlier occurrences that reach into this one belong to the same span.
    qint64 first = start;
    for (int i = 0; i < kMaxChain; ++i) {
        const qint64 earlier = s.nextDue(first - durationMs - 1);
        if (earlier < 0 || earlier >= first)
            break;
        first = earlier;
    }
    qint64 end = start + durationMs;
    for (int i = 0; i < kMaxChain; ++i) {
        const qint64 next = s.nextDue(start);
        if (next < 0 || next > end)
            break;
        start = next;
        end = std::max(end, next + durationMs);
    }
    return Span{first, end};
}

qint64 MaintenanceWindow::nextChange(qint64 at) const
{
    if (const auto span = spanAt(at))
        return span->endMs;
    if (!isRecurring())
        return fromMs > at ? fromMs : -1;
    if (durationMs <= 0)
        return -1;
    return schedule().nextDue(at);
}

QList<MaintenanceWindow::Span> MaintenanceWindow::occurrences(qint64 from, qint64 to,
                                                              int limit) const
{
    QList<Span> out;
    qint64 at = from;
    while (out.size() < limit && at < to) {
        if (const auto span = spanAt(at)) {
            out.append(*span);
            at = span->endMs;
            continue;
        }
        const qint64 next = nextChange(at);
        if (next < 0 || next >= to)
            break;
        at = next;
    }
    return out;
}

} // namespace uptrack
