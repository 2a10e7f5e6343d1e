// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"

namespace uptrack {

/// A monitor's schedule, simple or cron, as pure functions.
namespace Schedule {

/// When the next success is due after `afterMs`: after + period, or the first cron
/// match after it in the monitor's zone (-1 if the expression never fires again).
qint64 nextDue(const Monitor &m, qint64 afterMs);
/// "" or what is wrong with a cron expression and zone.
QString validate(const QString &cron, const QString &timeZone);
/// "every 1h, grace 5m" or "0 2 * * * America/New_York, grace 1h".
QString describe(const Monitor &m);

} // namespace Schedule

} // namespace uptrack
