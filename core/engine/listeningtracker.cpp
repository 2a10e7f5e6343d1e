// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listeningtracker.h"

#include "enginelog.h"
#include "storage/historyrepository.h"
#include "time/clock.h"

#include <QList>

namespace uptrack {

ListeningTracker::ListeningTracker(HistoryRepository &history, const Clock &clock, qint64 gapMs)
    : m_history(history), m_clock(clock), m_gapMs(gapMs)
{ }

void ListeningTracker::start()
{
    const qint64 now = m_clock.nowMs();
    m_listenStart = now;
    QList<ListeningSpan> spans;
    m_gapStart = m_history.spans(&spans) && !spans.isEmpty() ? spans.last().endMs : -1;
    m_lastTick = now;
    m_lastMonotonic = m_clock.monotonicMs();
    m_lastBoot = m_clock.bootMs();
    m_spanId = m_history.openSpan(now);
}

void ListeningTracker::stop()
{
    if (m_spanId >= 0)
        m_history.extendSpan(m_spanId, m_clock.nowMs());
}

void ListeningTracker::tick()
{
    if (!noticeSleep() && m_spanId >= 0)
        m_history.extendSpan(m_spanId, std::max(m_clock.nowMs(), m_lastTick));
    m_lastTick = m_clock.nowMs();
}

bool ListeningTracker::listenedAt(qint64 atMs) const
{
    if (atMs >= m_listenStart)
        return true;
    if (m_gapStart >= 0 && atMs > m_gapStart)
        return false; // in the gap that ended when this span began
    return m_history.listenedAt(atMs);
}

bool ListeningTracker::noticeSleep()
{
    const qint64 now = m_clock.nowMs();
    const qint64 monotonic = m_clock.monotonicMs();
    const qint64 boot = m_clock.bootMs();
    // The monotonic clock stops during a suspend, the boot clock does not: their
    // difference is time asleep. A wall clock that moved differently from the boot
    // clock was changed by someone, which is not a sleep.
    const qint64 asleep = (boot - m_lastBoot) - (monotonic - m_lastMonotonic);
    const qint64 wallJump = (now - m_lastTick) - (boot - m_lastBoot);
    m_lastMonotonic = monotonic;
    m_lastBoot = boot;
    if (asleep > m_gapMs) {
        qCInfo(lcEngine) << "not listening for" << asleep << "ms (the machine was asleep)";
        m_history.extendSpan(m_spanId, m_lastTick);
        m_gapStart = m_lastTick;
        m_spanId = m_history.openSpan(now);
        m_listenStart = now;
        m_lastTick = now;
        return true;
    }
    if (std::llabs(wallJump) > m_gapMs)
        qCInfo(lcEngine) << "the wall clock was changed by" << wallJump << "ms";
    m_lastTick = now;
    return false;
}

} // namespace uptrack
