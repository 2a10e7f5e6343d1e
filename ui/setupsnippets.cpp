// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupsnippets.h"

#include "schedule/duration.h"

#include <QCoreApplication>
#include <QDateTime>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SetupSnippets)
};
} // namespace

QString crontabSchedule(const Monitor &m, const QTimeZone &machine)
{
    const Schedule &schedule = m.schedule;
    if (schedule.isCron()) {
        const QString zone = schedule.timeZone();
        const bool elsewhere = !zone.isEmpty() && QTimeZone(zone.toUtf8()) != machine;
        return (elsewhere ? QStringLiteral("CRON_TZ=%1\n").arg(zone) : QString()) + schedule.cron();
    }
    // A daily or weekly job runs when it last did (it pinged at its end: close enough).
    const QDateTime last = m.lastPingMs >= 0
            ? QDateTime::fromMSecsSinceEpoch(m.lastPingMs, machine)
            : QDateTime(QDate(2026, 1, 5), QTime(2, 0), machine); // a Monday, 02:00
    const QString minute = QString::number(last.time().minute());
    const QString hour = QString::number(last.time().hour());
    const qint64 period = schedule.periodMs();
    constexpr qint64 kMinute = 60'000, kHour = 60 * kMinute, kDay = 24 * kHour;
    if (period % kMinute == 0 && period < kHour && kHour % period == 0)
        return period == kMinute ? QStringLiteral("* * * * *")
                                 : QStringLiteral("*/%1 * * * *").arg(period / kMinute);
    if (period % kHour == 0 && period < kDay && kDay % period == 0)
        return period == kHour ? QStringLiteral("%1 * * * *").arg(minute)
                               : QStringLiteral("%1 */%2 * * *").arg(minute).arg(period / kHour);
    if (period == kDay)
        return QStringLiteral("%1 %2 * * *").arg(minute, hour);
    if (period == 7 * kDay)
        return QStringLiteral("%1 %2 * * %3").arg(minute, hour).arg(last.date().dayOfWeek() % 7);
    return Tr::tr("# Uptrack expects this job every %1; cron cannot say that exactly:\n"
                  "# put the job's own schedule in place of the five fields.\n")
                   .arg(formatDuration(period))
            + QStringLiteral("MIN HOUR DAY MONTH WEEKDAY");
}

QList<SetupSnippet> setupSnippets(const QString &url, const Monitor &monitor,
                                  const QTimeZone &machine)
{
    const QString &name = monitor.name;
    const QString when = crontabSchedule(monitor, machine);
    const QString timeout = monitor.maxRunMs > 0
            ? QStringLiteral("--timeout %1 ").arg(formatDuration(monitor.maxRunMs))
            : QString();
    const QString curl = QStringLiteral("curl -fsS -m 10 --retry 5 -o /dev/null");
    QList<SetupSnippet> out;
    out.append({Tr::tr("Bash: ping when the job succeeded"), QStringLiteral("bash"),
                QStringLiteral(
                        "#!/bin/bash\n"
                        "# %1\n"
                        "set -e   # stop at the first failing command: no ping, so Uptrack alerts\n"
                        "\n"
                        "# ... the job's commands ...\n"
                        "\n"
                        "# Last line: only reached when everything above succeeded.\n"
                        "%2 %3\n")
                        .arg(name, curl, url)});
    out.append({Tr::tr("Crontab line"), QStringLiteral("crontab"),
                QStringLiteral("# m h dom mon dow  command\n"
                               "%1  /usr/local/bin/job.sh && %2 %3\n")
                        .arg(when, curl, url)});
    out.append({Tr::tr("Crontab line with uptrack-run (start, run time, exit status and output)"),
                QStringLiteral("crontab"),
                QStringLiteral("# m h dom mon dow  command\n"
                               "%1  uptrack-run %2%3 -- /usr/local/bin/job.sh\n")
                        .arg(when, timeout, url)});
    out.append({Tr::tr("Bash: report start, run time and exit status"), QStringLiteral("bash"),
                QStringLiteral("#!/bin/bash\n"
                               "URL=%1\n"
                               "RID=$(cat /proc/sys/kernel/random/uuid)\n"
                               "curl -fsS -m 10 --retry 5 -o /dev/null \"$URL/start?rid=$RID\"\n"
                               "\n"
                               "/usr/local/bin/job.sh > /tmp/job.log 2>&1\n"
                               "STATUS=$?\n"
                               "\n"
                               "# Sends the exit status (0 is success) and the job's output.\n"
                               "curl -fsS -m 10 --retry 5 -o /dev/null --data-binary @/tmp/job.log "
                               "\"$URL/$STATUS?rid=$RID\"\n"
                               "exit $STATUS\n")
                        .arg(url)});
    out.append({Tr::tr("Python"), QStringLiteral("python"),
                QStringLiteral(
                        "import urllib.request\n"
                        "\n"
                        "# ... the job's work; an exception ends the script before the ping ...\n"
                        "\n"
                        "urllib.request.urlopen(\"%1\", timeout=10)\n")
                        .arg(url)});
    out.append({Tr::tr("Node.js (18 or later)"), QStringLiteral("javascript"),
                QStringLiteral("// ... the job's work ...\n"
                               "\n"
                               "await fetch(\"%1\", { signal: AbortSignal.timeout(10000) });\n")
                        .arg(url)});
    out.append({Tr::tr("PowerShell"), QStringLiteral("powershell"),
                QStringLiteral("$ErrorActionPreference = \"Stop\"\n"
                               "# ... the job's work ...\n"
                               "\n"
                               "Invoke-RestMethod -Uri \"%1\" -TimeoutSec 10 | Out-Null\n")
                        .arg(url)});
    return out;
}

} // namespace uptrack
