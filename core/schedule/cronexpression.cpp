// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cronexpression.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <set>

namespace uptrack {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cron)
};

struct Field
{
    int number; ///< 1-5, as people count them
    const char *name;
    int min;
    int max;
};
constexpr Field kMinute{1, QT_TRANSLATE_NOOP("Cron", "minute"), 0, 59};
constexpr Field kHour{2, QT_TRANSLATE_NOOP("Cron", "hour"), 0, 23};
constexpr Field kDom{3, QT_TRANSLATE_NOOP("Cron", "day of month"), 1, 31};
constexpr Field kMonth{4, QT_TRANSLATE_NOOP("Cron", "month"), 1, 12};
constexpr Field kDow{5, QT_TRANSLATE_NOOP("Cron", "day of week"), 0, 7};

const char *const kMonthNames[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const kDayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

QString where(const Field &f)
{
    return Tr::tr("field %1 (%2)").arg(f.number).arg(Tr::tr(f.name));
}

// A number written in ASCII digits only (no sign, no space), as cron reads one; -1 when
// `text` is not one (or is too large to mean anything).
int digits(const QString &text)
{
    if (text.isEmpty() || text.size() > 9)
        return -1;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
    }
    return text.toInt();
}

// A number or, for months and weekdays, a name; false with *error otherwise.
bool value(const QString &text, const Field &f, int *out, QString *error)
{
    bool ok = false;
    int v = text.toInt(&ok);
    if (ok && !text.startsWith(QLatin1Char('+')) && !text.startsWith(QLatin1Char('-'))) {
        if (v < f.min || v > f.max) {
            *error = Tr::tr("%1: %2 is out of range %3-%4")
                             .arg(where(f), text)
                             .arg(f.min)
                             .arg(f.max);
            return false;
        }
        *out = v;
        return true;
    }
    const QString lower = text.toLower();
    if (f.number == kMonth.number) {
        for (int i = 0; i < 12; ++i) {
            if (lower == QLatin1String(kMonthNames[i])) {
                *out = i + 1;
                return true;
            }
        }
    } else if (f.number == kDow.number) {
        for (int i = 0; i < 7; ++i) {
            if (lower == QLatin1String(kDayNames[i])) {
                *out = i;
                return true;
            }
        }
    }
    *error = f.number == kMonth.number
            ? Tr::tr("%1: \"%2\" is not a number or a month name (jan-dec)").arg(where(f), text)
            : f.number == kDow.number
            ? Tr::tr("%1: \"%2\" is not a number or a day name (sun-sat)").arg(where(f), text)
            : Tr::tr("%1: \"%2\" is not a number").arg(where(f), text);
    return false;
}

// One comma-separated item without L or #: *, a, a-b, with an optional /step.
bool item(const QString &text, const Field &f, QList<int> *values, QString *error)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() > 2) {
        *error = Tr::tr("%1: \"%2\" has more than one step").arg(where(f), text);
        return false;
    }
    int step = 1;
    if (parts.size() == 2) {
        // As cronie: any step from 1; one longer than the range leaves its first value.
        step = digits(parts[1]);
        if (step < 1) {
            *error = Tr::tr("%1: step \"%2\" must be a whole number from 1")
                             .arg(where(f), parts[1]);
            return false;
        }
    }
    const QString base = parts[0];
    int low = f.min, high = f.max;
    if (f.number == kDow.number)
        high = 6; // 7 is Sunday again; a full range is 0-6
    if (base == QLatin1String("*")) {
        // the whole field
    } else if (base.contains(QLatin1Char('-'))) {
        const QStringList ends = base.split(QLatin1Char('-'));
        if (ends.size() != 2 || !value(ends[0], f, &low, error)
            || !value(ends[1], f, &high, error)) {
            if (error->isEmpty())
                *error = Tr::tr("%1: \"%2\" is not a range like 1-5").arg(where(f), base);
            return false;
        }
        if (low > high) {
            *error = Tr::tr("%1: the range %2 goes backwards").arg(where(f), base);
            return false;
        }
    } else {
        if (base.isEmpty()) {
            *error = Tr::tr("%1: an empty item in \"%2\"").arg(where(f), text);
            return false;
        }
        if (!value(base, f, &low, error))
            return false;
        if (parts.size() == 1)
            high = low; // a single value; "a/step" means a to the end, stepping
        else if (f.number == kDow.number)
            high = 6;
    }
    for (qint64 v = low; v <= high; v += step)
        values->append(f.number == kDow.number && v == 7 ? 0 : int(v));
    return true;
}

template<size_t N>
bool field(const QString &text, const Field &f, std::bitset<N> *bits, QString *error)
{
    for (const QString &part : text.split(QLatin1Char(','))) {
        QList<int> values;
        if (part.isEmpty()) {
            *error = Tr::tr("%1: an empty item in \"%2\"").arg(where(f), text);
            return false;
        }
        if (!item(part, f, &values, error))
            return false;
        for (int v : std::as_const(values))
            bits->set(size_t(v));
    }
    return true;
}

int daysIn(int month)
{
    static const int days[] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month]; // February can have 29
}

qint64 offsetMs(const QTimeZone &zone, qint64 utcMs)
{
    return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
}

// Every instant at which the wall-clock time `local` (ms, as if UTC) happens in the
// zone: none (a skipped time), one, or two (a repeated time), in order.
QList<qint64> instantsOf(qint64 local, const QTimeZone &zone)
{
    std::set<qint64> out;
    for (qint64 probe : {local - 86'400'000, local + 86'400'000}) {
        const qint64 offset = offsetMs(zone, probe);
        const qint64 t = local - offset;
        if (offsetMs(zone, t) == offset)
            out.insert(t);
    }
    return QList<qint64>(out.begin(), out.end());
}

// The instant a gap ends (the first minute after a skipped wall time).
qint64 gapEnd(qint64 local, const QTimeZone &zone)
{
    const qint64 before = offsetMs(zone, local - 86'400'000);
    const QTimeZone::OffsetData next = zone.nextTransition(
            QDateTime::fromMSecsSinceEpoch(local - before - 86'400'000, Qt::UTC));
    return next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : local - before;
}

} // namespace

std::optional<CronExpression> CronExpression::parse(const QString &input, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    why.clear();
    QString text = input.simplified();
    if (text.startsWith(QLatin1Char('@'))) {
        const QString name = text.toLower();
        if (name == QLatin1String("@yearly") || name == QLatin1String("@annually"))
            text = QStringLiteral("0 0 1 1 *");
        else if (name == QLatin1String("@monthly"))
            text = QStringLiteral("0 0 1 * *");
        else if (name == QLatin1String("@weekly"))
            text = QStringLiteral("0 0 * * 0");
        else if (name == QLatin1String("@daily") || name == QLatin1String("@midnight"))
            text = QStringLiteral("0 0 * * *");
        else if (name == QLatin1String("@hourly"))
            text = QStringLiteral("0 * * * *");
        else if (name == QLatin1String("@reboot")) {
            why = Tr::tr("@reboot runs once at boot, not on a schedule Uptrack could expect; use a "
                         "period instead");
            return std::nullopt;
        } else {
            why = Tr::tr("\"%1\" is not one of @yearly, @annually, @monthly, @weekly, @daily, "
                         "@midnight, @hourly")
                          .arg(input.trimmed());
            return std::nullopt;
        }
    }
    const QStringList fields = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        why = Tr::tr("expected 5 fields (minute hour day-of-month month day-of-week), got %1")
                      .arg(fields.size());
        return std::nullopt;
    }
    CronExpression c;
    c.m_text = input.simplified();
    c.m_minuteStar = fields[0].startsWith(QLatin1Char('*'));
    c.m_hourStar = fields[1].startsWith(QLatin1Char('*'));
    c.m_domStar = fields[2].startsWith(QLatin1Char('*'));
    c.m_dowStar = fields[4].startsWith(QLatin1Char('*'));
    if (!field(fields[0], kMinute, &c.m_minutes, &why) || !field(fields[1], kHour, &c.m_hours, &why)
        || !field(fields[3], kMonth, &c.m_months, &why))
        return std::nullopt;

    // Day of month: numbers, ranges, steps, plus L and LW.
    QStringList plainDays;
    for (const QString &part : fields[2].split(QLatin1Char(','))) {
        if (part.compare(QLatin1String("L"), Qt::CaseInsensitive) == 0)
            c.m_lastDay = true;
        else if (part.compare(QLatin1String("LW"), Qt::CaseInsensitive) == 0)
            c.m_lastWeekday = true;
        else
            plainDays << part;
    }
    if (!plainDays.isEmpty() && !field(plainDays.join(QLatin1Char(',')), kDom, &c.m_days, &why))
        return std::nullopt;

    // Day of week: plus nL (last such weekday) and n#k (k-th such weekday).
    static const QRegularExpression last(QStringLiteral("^(.*)L$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nth(QStringLiteral("^(\\w+)#(\\w+)$"));
    QStringList plainWeekdays;
    for (const QString &part : fields[4].split(QLatin1Char(','))) {
        int day = 0;
        if (const auto m = last.match(part); m.hasMatch()) {
            // "5L": a day number, as cronsim has it (not a name, range or step).
            if (digits(m.captured(1)) < 0) {
                why = Tr::tr("%1: in \"%2\", L must follow a day number 0-7 (5L: the last "
                             "Friday of the month)")
                              .arg(where(kDow), part);
                return std::nullopt;
            }
            if (!value(m.captured(1), kDow, &day, &why))
                return std::nullopt;
            c.m_lastOfWeekday.set(size_t(day % 7));
        } else if (const auto m = nth.match(part); m.hasMatch()) {
            if (!value(m.captured(1), kDow, &day, &why))
                return std::nullopt;
            const int k = digits(m.captured(2));
            if (k < 1 || k > 5) {
                why = Tr::tr("%1: in \"%2\", the week number must be 1-5").arg(where(kDow), part);
                return std::nullopt;
            }
            c.m_nthWeekday.append({day % 7, k});
        } else {
            plainWeekdays << part;
        }
    }
    if (!plainWeekdays.isEmpty()
        && !field(plainWeekdays.join(QLatin1Char(',')), kDow, &c.m_weekdays, &why))
        return std::nullopt;

    // A day-of-month list that no allowed month has can never fire (unless the
    // day-of-week field offers other days).
    if (c.m_dowStar && !c.m_domStar && !c.m_lastDay && !c.m_lastWeekday) {
        bool possible = false;
        for (int month = 1; month <= 12 && !possible; ++month) {
            if (!c.m_months[size_t(month)])
                continue;
            for (int day = 1; day <= daysIn(month) && !possible; ++day)
                possible = c.m_days[size_t(day)];
        }
        if (!possible) {
            why = Tr::tr("\"%1\" can never fire: no chosen month has the chosen day of month")
                          .arg(c.m_text);
            return std::nullopt;
        }
    }
    return c;
}

bool CronExpression::dayMatches(const QDate &date) const
{
    if (!m_months[size_t(date.month())])
        return false;
    const int day = date.day();
    const int last = date.daysInMonth();
    const int weekday = date.dayOfWeek() % 7; // Qt: 1 = Monday ... 7 = Sunday
    int lastWeekday = last;
    const int lastDow = QDate(date.year(), date.month(), last).dayOfWeek();
    if (lastDow == 6)
        lastWeekday -= 1;
    else if (lastDow == 7)
        lastWeekday -= 2;
    const bool domMatch = m_days[size_t(day)] || (m_lastDay && day == last)
            || (m_lastWeekday && day == lastWeekday);
    bool dowMatch
            = m_weekdays[size_t(weekday)] || (m_lastOfWeekday[size_t(weekday)] && day + 7 > last);
    for (const auto &[wd, k] : m_nthWeekday)
        dowMatch = dowMatch || (wd == weekday && (day - 1) / 7 + 1 == k);
    // Vixie cron: a day field starting with '*' makes both required; otherwise either.
    if (m_domStar || m_dowStar)
        return domMatch && dowMatch;
    return domMatch || dowMatch;
}

namespace {
// Whether no transition falls within two days either side of `date` (offsets are under
// a day), so that one offset serves every minute of it.
bool quietDay(qint64 midnight, const QTimeZone &zone)
{
    const QTimeZone::OffsetData next = zone.nextTransition(
            QDateTime::fromMSecsSinceEpoch(midnight - 2 * 86'400'000, Qt::UTC));
    return !next.atUtc.isValid() || next.atUtc.toMSecsSinceEpoch() > midnight + 3 * 86'400'000;
}
} // namespace

QList<qint64> CronExpression::firesOn(const QDate &date, const QTimeZone &zone) const
{
    std::set<qint64> out;
    const qint64 midnight = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const bool quiet = quietDay(midnight, zone);
    const qint64 offset = offsetMs(zone, midnight);
    for (int h = 0; h < 24; ++h) {
        if (!m_hours[size_t(h)])
            continue;
        for (int m = 0; m < 60; ++m) {
            if (!m_minutes[size_t(m)])
                continue;
            const qint64 local = midnight + (h * 60 + m) * 60'000LL;
            if (quiet) {
                out.insert(local - offset);
                continue;
            }
            const QList<qint64> at = instantsOf(local, zone);
            if (at.isEmpty()) {
                if (fixedTime())
                    out.insert(gapEnd(local, zone)); // runs once, right after the gap
            } else if (at.size() == 1 || fixedTime()) {
                out.insert(at.first()); // a repeated time runs on its first pass only
            } else {
                out.insert(at[0]);
                out.insert(at[1]); // elapsed-time jobs run in both passes
            }
        }
    }
    return QList<qint64>(out.begin(), out.end());
}

qint64 CronExpression::next(qint64 afterMs, const QTimeZone &zone) const
{
    QDate date = QDateTime::fromMSecsSinceEpoch(afterMs, zone).date().addDays(-1);
    // The Gregorian calendar repeats its dates and weekdays every 400 years: a match that
    // is not within them never comes ("* * * 2 0#5" after 2095 waits until 2128).
    const QDate end = date.addYears(401);
    for (; date <= end; date = date.addDays(1)) {
        if (!dayMatches(date))
            continue;
        const qint64 midnight = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        if (quietDay(midnight, zone)) {
            // One offset for the whole day: its fires come in order; the first after
            // `afterMs` is the answer (no list of the day's 1,440 minutes to build).
            const qint64 offset = offsetMs(zone, midnight);
            for (int h = 0; h < 24; ++h) {
                if (!m_hours[size_t(h)])
                    continue;
                for (int m = 0; m < 60; ++m) {
                    const qint64 t = midnight + (h * 60 + m) * 60'000LL - offset;
                    if (m_minutes[size_t(m)] && t > afterMs)
                        return t;
                }
            }
            continue;
        }
        for (qint64 t : firesOn(date, zone)) {
            if (t > afterMs)
                return t;
        }
    }
    return -1;
}

QList<qint64> CronExpression::nextN(qint64 afterMs, const QTimeZone &zone, int count) const
{
    QList<qint64> out;
    qint64 t = afterMs;
    while (out.size() < count) {
        t = next(t, zone);
        if (t < 0)
            break;
        out.append(t);
    }
    return out;
}

std::optional<QTimeZone> zoneFromName(const QString &name, QString *error)
{
    const QByteArray id = name.trimmed().toUtf8();
    // Some valid zones (Etc/UTC, the usual system zone in containers) are missing from
    // the list Qt reads, so a zone that loads is accepted too.
    if (id.isEmpty() || (!QTimeZone::isTimeZoneIdAvailable(id) && !QTimeZone(id).isValid())) {
        if (error)
            *error = QCoreApplication::translate("Cron",
                                                 "\"%1\" is not a known time zone (use an IANA "
                                                 "name such as Europe/Berlin or "
                                                 "America/New_York)")
                             .arg(name);
        return std::nullopt;
    }
    return QTimeZone(id);
}

} // namespace uptrack
