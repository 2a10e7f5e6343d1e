// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule.h"

#include "cronexpression.h"
#include "duration.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <memory>

namespace uptrack::Schedule {

namespace {
// Parsed expressions and zones, by text: deadlines are computed on every ping.
struct Parsed
{
    std::shared_ptr<const CronExpression> cron;
    QTimeZone zone;
};

Parsed parsed(const QString &cron, const QString &timeZone)
{
    static QMutex mutex;
    static QHash<QString, Parsed> cache;
    const QString key = cron + QLatin1Char('\n') + timeZone;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return it.value();
    Parsed p;
    if (auto c = CronExpression::parse(cron))
        p.cron = std::make_shared<const CronExpression>(*c);
    p.zone = timeZone.isEmpty() ? QTimeZone::systemTimeZone()
                                : zoneFromName(timeZone).value_or(QTimeZone::systemTimeZone());
    if (cache.size() > 10'000)
        cache.clear();
    cache.insert(key, p);
    return p;
}
} // namespace

qint64 nextDue(const Monitor &m, qint64 afterMs)
{
    if (m.cron.isEmpty())
        return afterMs + m.periodMs;
    const Parsed p = parsed(m.cron, m.timeZone);
    return p.cron ? p.cron->next(afterMs, p.zone) : -1;
}

QString validate(const QString &cron, const QString &timeZone)
{
    QString error;
    if (!CronExpression::parse(cron, &error))
        return error;
    if (!timeZone.isEmpty() && !zoneFromName(timeZone, &error))
        return error;
    return QString();
}

QString describe(const Monitor &m)
{
    if (m.cron.isEmpty())
        return QCoreApplication::translate("Schedule", "every %1, grace %2")
                .arg(formatDuration(m.periodMs), formatDuration(m.graceMs));
    return QCoreApplication::translate("Schedule", "%1 %2, grace %3")
            .arg(m.cron,
                 m.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                                      : m.timeZone,
                 formatDuration(m.graceMs));
}

} // namespace uptrack::Schedule
