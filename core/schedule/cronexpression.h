// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTimeZone>

#include <bitset>
#include <optional>

namespace uptrack {

/// A 5-field cron expression with Vixie cron / cronie semantics (as healthchecks'
/// cronsim implements them): lists, ranges, steps, names, 0 and 7 for Sunday, the
/// OR of restricted day fields (AND when one starts with '*'), L, LW, nL, n#k and
/// the @yearly ... @hourly shorthands. Pure: no clock.
class CronExpression
{
public:
    /// Parses; on failure returns nullopt and sets *error to what is wrong and where
    /// ("field 3 (day of month): 32 is out of range 1-31").
    static std::optional<CronExpression> parse(const QString &text, QString *error = nullptr);

    /// The first fire time strictly after `afterMs` (UTC ms), evaluated in `zone`,
    /// with cron's DST rules: a job whose minute and hour fields are fixed follows the
    /// wall clock (a time in a skipped hour runs once, right after the gap; a time in
    /// a repeated hour runs once, on its first pass); any other job follows elapsed
    /// time (the skipped hour has no runs, the repeated hour runs twice).
    /// -1 if there is none (then there never is: the calendar repeats every 400 years).
    qint64 next(qint64 afterMs, const QTimeZone &zone) const;

    /// The next `count` fire times after `afterMs`.
    QList<qint64> nextN(qint64 afterMs, const QTimeZone &zone, int count) const;

    /// True when minute and hour do not start with '*' (wall-clock DST rules apply).
    bool fixedTime() const { return !m_minuteStar && !m_hourStar; }
    const QString &text() const { return m_text; }

private:
    bool dayMatches(const QDate &date) const;
    QList<qint64> firesOn(const QDate &date, const QTimeZone &zone) const;

    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;    ///< 1-31
    std::bitset<13> m_months;  ///< 1-12
    std::bitset<7> m_weekdays; ///< 0 = Sunday
    bool m_minuteStar = false;
    bool m_hourStar = false;
    bool m_domStar = false;
    bool m_dowStar = false;
    bool m_lastDay = false;              ///< L
    bool m_lastWeekday = false;          ///< LW
    std::bitset<7> m_lastOfWeekday;      ///< nL: the last such weekday of the month
    QList<QPair<int, int>> m_nthWeekday; ///< n#k: (weekday, k)
};

/// Checks an IANA zone name; nullopt and *error when unknown.
std::optional<QTimeZone> zoneFromName(const QString &name, QString *error = nullptr);

} // namespace uptrack
