// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace uptrack {

class Clock;
class HistoryRepository;

/// Uptrack's own listening spans, and the sleeps between them: a span opens at start
/// and is extended on every tick; when the machine was suspended (the boot clock moved on
/// while the monotonic one stood still), the span closes where it stopped and a new one
/// opens. A deadline that fell before listenStart() fell while nobody listened.
class ListeningTracker
{
public:
    ListeningTracker(HistoryRepository &history, const Clock &clock, qint64 gapMs);

    /// Opens a span now; the previous span's end is where the gap began.
    void start();
    /// Extends the span to now.
    void stop();
    /// The periodic tick: notices a sleep, or extends the span.
    void tick();
    /// Compares the clocks: true (and a new span) if the machine slept since last asked.
    bool noticeSleep();

    /// Whether Uptrack listened at `atMs` (a past instant): in the current span, or in
    /// a stored one.
    bool listenedAt(qint64 atMs) const;

    /// When the current span began.
    qint64 listenStart() const { return m_listenStart; }
    /// When listening last stopped (the previous span's end), or -1 if never.
    qint64 gapStart() const { return m_gapStart; }

private:
    HistoryRepository &m_history;
    const Clock &m_clock;
    qint64 m_gapMs;
    qint64 m_spanId = -1;
    qint64 m_listenStart = 0;
    qint64 m_lastTick = 0;
    qint64 m_gapStart = -1;
    qint64 m_lastMonotonic = 0;
    qint64 m_lastBoot = 0;
};

} // namespace uptrack
