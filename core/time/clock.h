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
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

/// A clock that moves only when told to (tests and benchmarks).
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'767'225'600'000) : m_now(startMs) { } // 2026-01-01
    qint64 nowMs() const override { return m_now.load(); }
    void setNow(qint64 ms) { m_now.store(ms); }
    void advance(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace uptrack
