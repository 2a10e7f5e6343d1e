// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/defaults.h"

#include <QString>
#include <QTimeZone>

#include <memory>

namespace uptrack {

class CronExpression;

/// When a monitor expects its next success: every period, or at the matches of a cron
/// expression in an IANA zone. A value: the expression is parsed once, when the schedule
/// is made (a monitor loaded or edited), and shared by its copies. Pure: no clock.
class Schedule
{
public:
    /// Every `periodMs`.
    explicit Schedule(qint64 periodMs = defaults::kPeriodMs);
    /// A cron expression in `timeZone` ("": this machine's zone). `periodMs` is kept beside
    /// it (stored and shown) but does not decide deadlines. An expression that does not
    /// parse never fires: validate() it first.
    Schedule(qint64 periodMs, const QString &cron, const QString &timeZone);

    qint64 periodMs() const { return m_periodMs; }
    /// The expression; "" for a simple schedule.
    const QString &cron() const { return m_cron; }
    /// The cron expression's zone as given ("" for a simple schedule or this machine's).
    const QString &timeZone() const { return m_timeZone; }
    bool isCron() const { return !m_cron.isEmpty(); }

    /// When the next success is due after `afterMs`: after + period, or the first cron
    /// match after it (-1 if the expression never fires again).
    qint64 nextDue(qint64 afterMs) const;

    bool operator==(const Schedule &other) const
    {
        return m_periodMs == other.m_periodMs && m_cron == other.m_cron
                && m_timeZone == other.m_timeZone;
    }
    bool operator!=(const Schedule &other) const { return !(*this == other); }

    /// "" or what is wrong with a cron expression: it does not parse, or it never fires.
    static QString cronProblem(const QString &cron);
    /// "" or why `timeZone` is not an IANA zone ("" is this machine's zone, fine).
    static QString zoneProblem(const QString &timeZone);

private:
    struct Parsed
    {
        std::shared_ptr<const CronExpression> cron; ///< null when it did not parse
        QTimeZone zone;
    };

    qint64 m_periodMs;
    QString m_cron;
    QString m_timeZone;
    std::shared_ptr<const Parsed> m_parsed; ///< set for cron schedules
};

} // namespace uptrack
