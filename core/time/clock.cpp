// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include "platform/platform.h"

#include <QDateTime>

namespace uptrack {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicMs() const
{
    return platform::monotonicMs();
}

qint64 SystemClock::bootMs() const
{
    return platform::bootMs();
}

} // namespace uptrack
