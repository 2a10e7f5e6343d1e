// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace uptrack {

/// Where all time-based logic gets "now" from, so tests can run a month in milliseconds.
class Clock
{
public:
    virtual ~Clock() = default;
    /// UTC milliseconds since the epoch.
    virtual qint64 nowMs() const = 0;
    /// A clock that never jumps and stops while the machine is suspended (ms).
    virtual qint64 monotonicMs() const = 0;
    /// A clock that never jumps and keeps counting through a suspend (ms).
    virtual qint64 bootMs() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    qint64 monotonicMs() const override;
    qint64 bootMs() const override;
};

/// A clock that moves only when told to (tests and benchmarks).
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'767'225'600'000) : m_now(startMs) { } // 2026-01-01
    qint64 nowMs() const override { return m_now.load(); }
    qint64 monotonicMs() const override { return m_monotonic.load(); }
    qint64 bootMs() const override { return m_boot.load(); }
    /// Time passes while running.
    void advance(qint64 ms)
    {
        m_now.fetch_add(ms);
        m_monotonic.fetch_add(ms);
        m_boot.fetch_add(ms);
    }
    /// Sets the wall clock to an instant, as time passing while running.
    void setNow(qint64 ms) { advance(ms - m_now.load()); }
    /// The machine sleeps: wall and boot clocks move on, the monotonic one does not.
    void suspend(qint64 ms)
    {
        m_now.fetch_add(ms);
        m_boot.fetch_add(ms);
    }
    /// Someone changes the wall clock; nothing else moves.
    void changeWallClock(qint64 byMs) { m_now.fetch_add(byMs); }

private:
    std::atomic<qint64> m_now;
    std::atomic<qint64> m_monotonic{0};
    std::atomic<qint64> m_boot{0};
};

} // namespace uptrack
