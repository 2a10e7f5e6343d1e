// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "humanformat.h"

#include "schedule/duration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTime>
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

QString responseTime(qint64 ms)
{
    if (ms < 1)
        return Tr::tr("< 1 ms");
    return ms < 10'000 ? Tr::tr("%1 ms").arg(ms) : duration(ms);
}

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

QString unwatchedSummary(qint64 gapStart, qint64 listenStart, const QStringList &monitors)
{
    const auto time = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(shortTimeFormat());
    };
    constexpr qsizetype kNamed = 5;
    QString names = QStringList(monitors.mid(0, kNamed)).join(QStringLiteral(", "));
    if (monitors.size() > kNamed)
        names += QStringLiteral(", …");
    const QString span = gapStart >= 0
            ? Tr::tr("While this computer slept or Uptrack was stopped (%1–%2)")
                      .arg(time(gapStart), time(listenStart))
            : Tr::tr("Before Uptrack started (%1)").arg(time(listenStart));
    return Tr::tr("%1, %n deadline(s) passed unwatched: %2. Pings sent meanwhile may still "
                  "arrive (uptrack-run keeps them); the rest go down in a few minutes. To watch "
                  "through the night, run Uptrack on an always-on machine (uptrack --headless).",
                  nullptr, int(monitors.size()))
            .arg(span, names);
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

QString every(qint64 ms);

/// " (Berlin)" when a cron schedule's zone is not this machine's, else "".
QString zoneSuffix(const Monitor &m)
{
    const QString zone = m.schedule.timeZone();
    if (zone.isEmpty())
        return QString();
    // The same clock as this machine's (UTC and Etc/UTC, say): nothing to point out.
    const QTimeZone theirs(zone.toUtf8()), ours = QTimeZone::systemTimeZone();
    const int year = QDate::currentDate().year();
    bool same = theirs == ours;
    if (!same && theirs.isValid()) {
        same = true;
        for (const QDate day : {QDate(year, 1, 15), QDate(year, 7, 15)}) {
            const QDateTime t(day, QTime(12, 0), Qt::UTC);
            same = same && theirs.offsetFromUtc(t) == ours.offsetFromUtc(t);
        }
    }
    if (same)
        return QString();
    QString city = zone.section(QLatin1Char('/'), -1);
    city.replace(QLatin1Char('_'), QLatin1Char(' '));
    return QStringLiteral(" (%1)").arg(city);
}

/// A cron expression in words where it has a common form ("daily at 01:30", "weekdays
/// at 02:00", "every 15 minutes"); the expression itself otherwise.
QString cronInWords(const QString &expression)
{
    QString text = expression.simplified();
    const QString lower = text.toLower();
    if (lower == QLatin1String("@daily") || lower == QLatin1String("@midnight"))
        text = QStringLiteral("0 0 * * *");
    else if (lower == QLatin1String("@hourly"))
        text = QStringLiteral("0 * * * *");
    else if (lower == QLatin1String("@weekly"))
        text = QStringLiteral("0 0 * * 0");
    else if (lower == QLatin1String("@monthly"))
        text = QStringLiteral("0 0 1 * *");
    const QStringList f = text.split(QLatin1Char(' '));
    if (f.size() != 5)
        return expression;
    auto number = [](const QString &t, int max) {
        bool ok = false;
        const int v = t.toInt(&ok);
        return ok && v >= 0 && v <= max && !t.startsWith(QLatin1Char('+')) ? v : -1;
    };
    const int minute = number(f[0], 59), hour = number(f[1], 23);
    const bool anyDay = f[2] == QLatin1String("*") && f[3] == QLatin1String("*");
    const QString at = minute >= 0 && hour >= 0
            ? QLocale().toString(QTime(hour, minute), QStringLiteral("HH:mm"))
            : QString();
    static const char *const days[]
            = {QT_TRANSLATE_NOOP("Human", "Sundays"),   QT_TRANSLATE_NOOP("Human", "Mondays"),
               QT_TRANSLATE_NOOP("Human", "Tuesdays"),  QT_TRANSLATE_NOOP("Human", "Wednesdays"),
               QT_TRANSLATE_NOOP("Human", "Thursdays"), QT_TRANSLATE_NOOP("Human", "Fridays"),
               QT_TRANSLATE_NOOP("Human", "Saturdays")};
    if (!at.isEmpty() && anyDay) {
        if (f[4] == QLatin1String("*"))
            return Tr::tr("daily at %1").arg(at);
        if (f[4] == QLatin1String("1-5") || f[4].toLower() == QLatin1String("mon-fri"))
            return Tr::tr("weekdays at %1").arg(at);
        if (const int day = number(f[4], 7); day >= 0)
            return Tr::tr("%1 at %2").arg(Tr::tr(days[day % 7]), at);
    }
    if (!at.isEmpty() && f[3] == QLatin1String("*") && f[4] == QLatin1String("*")) {
        if (const int day = number(f[2], 31); day >= 1)
            return Tr::tr("monthly on day %1 at %2").arg(day).arg(at);
    }
    if (minute >= 0 && f[1] == QLatin1String("*") && anyDay && f[4] == QLatin1String("*"))
        return Tr::tr("hourly at :%1").arg(minute, 2, 10, QLatin1Char('0'));
    if (f[0].startsWith(QLatin1String("*/")) && f[1] == QLatin1String("*") && anyDay
        && f[4] == QLatin1String("*")) {
        if (const int step = number(f[0].mid(2), 59); step >= 1)
            return every(step * kMinute);
    }
    if (minute >= 0 && f[1].startsWith(QLatin1String("*/")) && anyDay
        && f[4] == QLatin1String("*")) {
        if (const int step = number(f[1].mid(2), 23); step >= 1)
            return Tr::tr("%1 at :%2")
                    .arg(every(step * kHour))
                    .arg(minute, 2, 10, QLatin1Char('0'));
    }
    return expression;
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
    if (m.kind == MonitorKind::Icmp)
        return Tr::tr("ping %1, %2").arg(m.check.target, every(m.check.intervalMs));
    if (m.kind == MonitorKind::Dns)
        return m.check.server.isEmpty()
                ? Tr::tr("DNS %1 %2, %3")
                          .arg(m.check.record, m.check.target, every(m.check.intervalMs))
                : Tr::tr("DNS %1 %2 at %3, %4")
                          .arg(m.check.record, m.check.target, m.check.server,
                               every(m.check.intervalMs));
    if (!m.schedule.isCron())
        return Tr::tr("%1, grace %2").arg(every(m.schedule.periodMs()), duration(m.graceMs));
    return Tr::tr("%1%2, grace %3")
            .arg(cronInWords(m.schedule.cron()), zoneSuffix(m), duration(m.graceMs));
}

QString inMonitorsZone(qint64 ms, const Monitor &m)
{
    if (ms < 0 || !m.schedule.isCron())
        return QString();
    const QString suffix = zoneSuffix(m); // " (Berlin)"
    if (suffix.isEmpty())
        return QString();
    const QDateTime there
            = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(m.schedule.timeZone().toUtf8()));
    return Tr::tr("%1 %2").arg(QLocale().toString(there.time(), shortTimeFormat()),
                               suffix.mid(2, suffix.size() - 3));
}

QString scheduleSummary(const Monitor &m)
{
    if (m.isCheck()) {
        // What the check looks at, then how often: "ICMP printer.lan, every 1m".
        QString what = kindName(m.kind).toUpper() + QLatin1Char(' ');
        if (m.kind == MonitorKind::Http)
            what += m.check.method + QLatin1Char(' ');
        if (m.kind == MonitorKind::Dns)
            what += m.check.record + QLatin1Char(' ');
        what += m.check.target;
        if (m.kind == MonitorKind::Dns && !m.check.server.isEmpty())
            what += QStringLiteral(" @") + m.check.server;
        return QCoreApplication::translate("Schedule", "%1, every %2")
                .arg(what, formatDuration(m.check.intervalMs));
    }
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
    case PingKind::Ignored:
        return Tr::tr("ignored");
    }
    return QString();
}

} // namespace uptrack::human
