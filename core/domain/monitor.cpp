// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor.h"

#include "enumnames.h"

#include <QCoreApplication>

namespace uptrack {

namespace {
constexpr EnumName<Status> kStatusNames[] = {
        {Status::New, "new"},
        {Status::Up, "up"},
        {Status::Late, "late"},
        {Status::Down, "down"},
        {Status::Started, "started"},
        {Status::Paused, "paused"},
        {Status::Maintenance, "maintenance"},
};
} // namespace

QString statusName(Status status)
{
    return enumName(kStatusNames, status);
}

std::optional<Status> statusFromName(const QString &name)
{
    return enumFromName(kStatusNames, name);
}

QString Reason::exitStatus(int code)
{
    return QStringLiteral("exit:%1").arg(code);
}

QString Reason::checkFailed(const QString &why)
{
    return QStringLiteral("check:") + why;
}

QString Reason::describe(const QString &reason)
{
    if (reason == QLatin1String(CheckPassed))
        return QCoreApplication::translate("Reason", "check passed");
    if (reason.startsWith(QLatin1String("check:")))
        return QCoreApplication::translate("Reason", "check failed: %1").arg(reason.mid(6));
    if (reason == QLatin1String(Missed))
        return QCoreApplication::translate("Reason", "missed the deadline");
    if (reason == QLatin1String(Hung))
        return QCoreApplication::translate("Reason", "started but did not finish (hung)");
    if (reason == QLatin1String(Failed))
        return QCoreApplication::translate("Reason", "reported failure");
    if (reason.startsWith(QLatin1String("exit:")))
        return QCoreApplication::translate("Reason", "exit status %1").arg(reason.mid(5));
    if (reason == QLatin1String(Late))
        return QCoreApplication::translate("Reason", "past due, inside the grace period");
    if (reason == QLatin1String(Paused))
        return QCoreApplication::translate("Reason", "paused");
    if (reason == QLatin1String(Resumed))
        return QCoreApplication::translate("Reason", "resumed");
    if (reason == QLatin1String(Maintenance))
        return QCoreApplication::translate("Reason", "in a maintenance window");
    if (reason == QLatin1String(MaintenanceEnded))
        return QCoreApplication::translate("Reason", "a maintenance window ended");
    if (reason == QLatin1String(NoData))
        return QCoreApplication::translate("Reason", "Uptrack was not listening");
    if (reason == QLatin1String(Unwatched))
        return QCoreApplication::translate(
                "Reason",
                "the deadline passed while Uptrack was not listening; waiting for "
                "pings sent meanwhile");
    if (reason == QLatin1String(MissedUnwatched))
        return QCoreApplication::translate(
                "Reason",
                "missed while Uptrack was not listening (the computer asleep or "
                "Uptrack stopped)");
    if (reason == QLatin1String(ParentDown))
        return QCoreApplication::translate("Reason", "a monitor it depends on is down");
    if (reason == QLatin1String(ParentRecovered))
        return QCoreApplication::translate(
                "Reason", "the monitor it depends on is up again; expected afresh");
    if (reason == QLatin1String(TooFast))
        return QCoreApplication::translate("Reason", "finished faster than its minimum run time");
    if (reason == QLatin1String(Ping))
        return QCoreApplication::translate("Reason", "ping received");
    return reason;
}

qint64 Monitor::earliestRunStart() const
{
    qint64 earliest = -1;
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        if (earliest < 0 || it.value() < earliest)
            earliest = it.value();
    }
    return earliest;
}

} // namespace uptrack
