// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QDateTime>

#include <ctime>

namespace uptrack {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

namespace {
qint64 readClock(clockid_t id)
{
    timespec ts{};
    clock_gettime(id, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}
} // namespace

qint64 SystemClock::monotonicMs() const
{
    return readClock(CLOCK_MONOTONIC);
}

qint64 SystemClock::bootMs() const
{
#ifdef CLOCK_BOOTTIME
    return readClock(CLOCK_BOOTTIME);
#else
    return readClock(CLOCK_MONOTONIC);
#endif
}

} // namespace uptrack
