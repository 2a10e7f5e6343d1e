// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/schedule.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace uptrack {

struct Monitor;

/// A planned span in which some monitors are expected to miss or fail: their deadlines do
/// not alert, their checks do not run, and they show status "maintenance". Once (from, to)
/// or recurring (a cron expression in a zone, each occurrence lasting `durationMs`).
struct MaintenanceWindow
{
    qint64 id = 0;
    QString name;
    /// Whom it covers: every monitor, or the ones named and the ones with a tag named.
    bool all = false;
    QList<qint64> monitorIds;
    QStringList tags;
    qint64 fromMs = -1; ///< once: [fromMs, toMs)
    qint64 toMs = -1;
    QString cron; ///< recurring: each match starts an occurrence of durationMs
    QString timeZone;
    qint64 durationMs = 0;
    bool notify = false; ///< alerts (maintenance_start, maintenance_end) on entering and leaving
    qint64 createdMs = 0;

    bool isRecurring() const { return !cron.isEmpty(); }
    bool covers(const Monitor &m) const;

    /// The covered span around `at`: [start, end) of the occurrence(s) `at` is in (back to
    /// back or overlapping occurrences count as one span), or nullopt when `at` is outside.
    struct Span
    {
        qint64 startMs;
        qint64 endMs;
    };
    std::optional<Span> spanAt(qint64 at) const;
    /// The first instant after `at` at which the window starts or ends; -1: never again.
    qint64 nextChange(qint64 at) const;
    /// The occurrences that overlap [fromMs, toMs), at most `limit` of them.
    QList<Span> occurrences(qint64 fromMs, qint64 toMs, int limit = 1000) const;

private:
    Schedule schedule() const;
};

} // namespace uptrack
