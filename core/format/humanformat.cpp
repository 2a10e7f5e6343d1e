// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "humanformat.h"

#include "schedule/duration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace uptrack::human {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Human)
};

/// English plurals without a translation loaded: "%n day" / "%n days". Both sources
/// are numerus messages (QT_TRANSLATE_N_NOOP), so a translation gives each the
/// plural forms of its own language.
QString plural(int n, const char *one, const char *many)
{
    return QCoreApplication::translate("Human", n == 1 ? one : many, nullptr, n)
            .replace(QLatin1String("%n"), QString::number(n));
}

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
} // namespace

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < kSecond && ms > 0)
        return Tr::tr("%1 ms").arg(ms);
    if (ms < 10 * kSecond && ms % kSecond != 0)
        return Tr::tr("%1 s").arg(
                QLocale().toString(double(ms) / kSecond, 'f', ms < kSecond ? 2 : 1));
    if (ms < kMinute)
        return Tr::tr("%n s", nullptr, int(ms / kSecond));
    if (ms < kHour) {
        const int min = int(ms / kMinute), s = int(ms % kMinute / kSecond);
        return s == 0 ? Tr::tr("%n min", nullptr, min) : Tr::tr("%1 min %2 s").arg(min).arg(s);
    }
    if (ms < kDay) {
        const int h = int(ms / kHour), min = int(ms % kHour / kMinute);
        return min == 0 ? Tr::tr("%n h", nullptr, h) : Tr::tr("%1 h %2 min").arg(h).arg(min);
    }
    const int d = int(ms / kDay), h = int(ms % kDay / kHour);
    return h == 0 ? plural(d, QT_TRANSLATE_N_NOOP("Human", "%n day"),
                           QT_TRANSLATE_N_NOOP("Human", "%n days"))
                  : plural(d, QT_TRANSLATE_N_NOOP("Human", "%n day %1 h"),
                           QT_TRANSLATE_N_NOOP("Human", "%n days %1 h"))
                            .arg(h);
}

QString relative(qint64 whenMs, qint64 nowMs)
{
    if (whenMs < 0)
        return QString();
    const qint64 delta = whenMs - nowMs;
    const qint64 abs = std::llabs(delta);
    if (abs < kSecond)
        return Tr::tr("now");
    // Days are said whole, "in 5 days" and "5 days ago": languages decline the noun
    // after the preposition (German "in 5 Tagen", "vor 5 Tagen").
    if (abs >= 2 * kDay) {
        const int days = int(abs / kDay);
        return delta < 0 ? plural(days, QT_TRANSLATE_N_NOOP("Human", "%n day ago"),
                                  QT_TRANSLATE_N_NOOP("Human", "%n days ago"))
                         : plural(days, QT_TRANSLATE_N_NOOP("Human", "in %n day"),
                                  QT_TRANSLATE_N_NOOP("Human", "in %n days"));
    }
    QString amount;
    if (abs < kMinute)
        amount = Tr::tr("%n s", nullptr, int(abs / kSecond));
    else if (abs < kHour)
        amount = Tr::tr("%n min", nullptr, int(abs / kMinute));
    else
        amount = Tr::tr("%n h", nullptr, int(abs / kHour));
    return delta < 0 ? Tr::tr("%1 ago").arg(amount) : Tr::tr("in %1").arg(amount);
}

namespace {
QString whenWith(qint64 whenMs, qint64 nowMs, const QString &timeFormat)
{
    if (whenMs < 0)
        return QStringLiteral("—");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(whenMs);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QLocale locale;
    const QString time = locale.toString(at.time(), timeFormat);
    const QDate day = at.date();
    if (day == today)
        return Tr::tr("today %1").arg(time);
    if (day == today.addDays(-1))
        return Tr::tr("yesterday %1").arg(time);
    if (day == today.addDays(1))
        return Tr::tr("tomorrow %1").arg(time);
    if (day.year() == today.year())
        return Tr::tr("%1 %2").arg(locale.toString(day, QStringLiteral("ddd d MMM")), time);
    return Tr::tr("%1 %2").arg(locale.toString(day, QStringLiteral("d MMM yyyy")), time);
}
} // namespace

QString shortTimeFormat()
{
    // The locale's short time, without seconds (the C locale's has them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    return format;
}

QString when(qint64 whenMs, qint64 nowMs)
{
    return whenWith(whenMs, nowMs, shortTimeFormat());
}

QString whenPrecise(qint64 whenMs, qint64 nowMs)
{
    QString format = shortTimeFormat();
    format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return whenWith(whenMs, nowMs, format);
}

namespace {
// The zone a cron schedule runs in, named: its own, or this machine's.
QString zoneName(const Monitor &m)
{
    return m.schedule.timeZone().isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                                           : m.schedule.timeZone();
}

QString every(qint64 ms)
{
    if (ms == kDay)
        return Tr::tr("every day");
    if (ms % kDay == 0)
        return plural(int(ms / kDay), QT_TRANSLATE_N_NOOP("Human", "every %n day"),
                      QT_TRANSLATE_N_NOOP("Human", "every %n days"));
    if (ms % kHour == 0)
        return plural(int(ms / kHour), QT_TRANSLATE_N_NOOP("Human", "every %n hour"),
                      QT_TRANSLATE_N_NOOP("Human", "every %n hours"));
    if (ms % kMinute == 0)
        return plural(int(ms / kMinute), QT_TRANSLATE_N_NOOP("Human", "every %n minute"),
                      QT_TRANSLATE_N_NOOP("Human", "every %n minutes"));
    if (ms < kMinute)
        return plural(int(ms / kSecond), QT_TRANSLATE_N_NOOP("Human", "every %n second"),
                      QT_TRANSLATE_N_NOOP("Human", "every %n seconds"));
    return Tr::tr("every %1").arg(duration(ms));
}
} // namespace

QString schedule(const Monitor &m)
{
    if (m.kind == MonitorKind::Http)
        return Tr::tr("%1 %2, %3").arg(m.check.method, m.check.target, every(m.check.intervalMs));
    if (m.kind == MonitorKind::Tcp)
        return Tr::tr("TCP %1, %2").arg(m.check.target, every(m.check.intervalMs));
    if (!m.schedule.isCron())
        return Tr::tr("%1, grace %2").arg(every(m.schedule.periodMs()), duration(m.graceMs));
    return Tr::tr("%1 %2, grace %3").arg(m.schedule.cron(), zoneName(m), duration(m.graceMs));
}

QString scheduleSummary(const Monitor &m)
{
    if (!m.schedule.isCron())
        return QCoreApplication::translate("Schedule", "every %1, grace %2")
                .arg(formatDuration(m.schedule.periodMs()), formatDuration(m.graceMs));
    return QCoreApplication::translate("Schedule", "%1 %2, grace %3")
            .arg(m.schedule.cron(), zoneName(m), formatDuration(m.graceMs));
}

QString pingKind(PingKind kind, int exitStatus)
{
    switch (kind) {
    case PingKind::Success:
        return exitStatus > 0 ? Tr::tr("success (exit %1)").arg(exitStatus) : Tr::tr("success");
    case PingKind::Start:
        return Tr::tr("start");
    case PingKind::Fail:
        return exitStatus > 0 ? Tr::tr("failure (exit %1)").arg(exitStatus) : Tr::tr("failure");
    case PingKind::Log:
        return Tr::tr("log message");
    }
    return QString();
}

} // namespace uptrack::human
