// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule.h"

#include "cronexpression.h"

#include <QCoreApplication>

namespace uptrack {

Schedule::Schedule(qint64 periodMs) : m_periodMs(periodMs) { }

Schedule::Schedule(qint64 periodMs, const QString &cron, const QString &timeZone)
    : m_periodMs(periodMs), m_cron(cron), m_timeZone(timeZone)
{
    if (m_cron.isEmpty())
        return;
    auto parsed = std::make_shared<Parsed>();
    if (auto c = CronExpression::parse(m_cron))
        parsed->cron = std::make_shared<const CronExpression>(*c);
    parsed->zone = m_timeZone.isEmpty()
            ? QTimeZone::systemTimeZone()
            : zoneFromName(m_timeZone).value_or(QTimeZone::systemTimeZone());
    m_parsed = std::move(parsed);
}

qint64 Schedule::nextDue(qint64 afterMs) const
{
    if (!m_parsed)
        return afterMs + m_periodMs;
    return m_parsed->cron ? m_parsed->cron->next(afterMs, m_parsed->zone) : -1;
}

QString Schedule::cronProblem(const QString &cron)
{
    QString error;
    const auto parsed = CronExpression::parse(cron, &error);
    if (!parsed)
        return error;
    // No year field: what fires at all fires within the 400 years from 1970 that next()
    // looks at, since the calendar's days and weekdays repeat every 400 years.
    if (parsed->next(0, QTimeZone::utc()) < 0)
        return QCoreApplication::translate("Cron", "This expression never fires.");
    return QString();
}

QString Schedule::zoneProblem(const QString &timeZone)
{
    QString error;
    if (!timeZone.isEmpty() && !zoneFromName(timeZone, &error))
        return error;
    return QString();
}

} // namespace uptrack
