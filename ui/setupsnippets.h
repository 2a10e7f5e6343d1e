// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/monitor.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace uptrack {

/// A ready-to-paste way of reporting to Uptrack from a job.
struct SetupSnippet
{
    QString title;
    QString language; ///< "bash", "crontab", "python", "javascript", "powershell"
    QString code;
};

/// The snippets for a monitor's ping URL: bash (ping last, set -e), crontab lines on the
/// monitor's own schedule, bash with /start and the exit status, Python, Node.js and
/// PowerShell. `machine` is the zone cron runs in here.
QList<SetupSnippet> setupSnippets(const QString &pingUrl, const Monitor &monitor,
                                  const QTimeZone &machine = QTimeZone::systemTimeZone());

/// The crontab schedule of a monitor: its cron expression (after a CRON_TZ= line when its
/// zone is not `machine`), or its period as cron says it ("*/15 * * * *"; a daily or
/// weekly one at the time of its last ping, else 02:00); for a period cron cannot say, a
/// comment and fields to fill in.
QString crontabSchedule(const Monitor &monitor, const QTimeZone &machine);

} // namespace uptrack
