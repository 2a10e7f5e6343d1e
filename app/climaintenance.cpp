// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack maintenance add|list|show|edit|remove: planned windows in which monitors do not
// alert. Changes go to the running core (or are made here when none runs); reading is
// from the database.
#include "cli_p.h"

#include "schedule/cronexpression.h"
#include "schedule/duration.h"
#include "storage/maintenancerepository.h"
#include "storage/monitorrepository.h"
#include "time/isotime.h"

#include <QCoreApplication>

namespace uptrack::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

QStringList Cli::coveredNames(const MaintenanceWindow &w)
{
    QStringList names;
    if (!openDatabase())
        return names;
    MonitorRepository repo(*m_db);
    for (qint64 id : w.monitorIds) {
        const auto m = repo.load(id);
        names.append(m ? m->name : QString::number(id));
    }
    return names;
}

std::optional<MaintenanceWindow> Cli::findWindow(const QString &ref)
{
    QList<MaintenanceWindow> all;
    if (!loadAll<MaintenanceRepository>(&all))
        return std::nullopt;
    bool isId = false;
    const qint64 id = ref.toLongLong(&isId);
    for (const MaintenanceWindow &w : std::as_const(all)) {
        if (w.name == ref || (isId && w.id == id))
            return w;
    }
    err(Tr::tr("No maintenance window is named \"%1\" (see \"uptrack maintenance list\").")
                .arg(ref));
    return std::nullopt;
}

void Cli::withMaintenance(Monitor *m)
{
    if (!m_windowsLoaded) {
        m_windowsLoaded = true;
        if (QFileInfo::exists(m_dbPath) && openDatabase()) {
            MaintenanceRepository repo(*m_db);
            repo.loadAll(&m_windows);
        }
    }
    if (m->status == Status::Paused)
        return;
    const qint64 now = m_clock.nowMs();
    const MaintenanceWindow *cover = nullptr;
    qint64 until = -1;
    for (const MaintenanceWindow &w : std::as_const(m_windows)) {
        const auto span = w.covers(*m) ? w.spanAt(now) : std::nullopt;
        if (span && span->endMs > until) {
            cover = &w;
            until = span->endMs;
        }
    }
    // The core puts a monitor in maintenance when a window begins; when none runs, what
    // the windows say now is what it will find.
    if (cover) {
        m->status = Status::Maintenance;
        m->maintenanceName = cover->name;
        m->maintenanceUntilMs = until;
    } else if (m->status == Status::Maintenance && m->maintenanceName.isEmpty()) {
        m->status = m->preMaintenance;
    }
}

int Cli::windowFromOptions(MaintenanceWindow *w, bool editing)
{
    auto isSet = [this](const char *name) { return m_parser.isSet(QLatin1String(name)); };
    auto value = [this](const char *name) { return m_parser.value(QLatin1String(name)); };
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (isSet("tz")) {
        QString why;
        const auto parsed = zoneFromName(value("tz"), &why);
        if (!parsed) {
            err(QStringLiteral("--tz: ") + why);
            return Usage;
        }
        zone = *parsed;
    }
    if (isSet("name"))
        w->name = value("name");
    if (isSet("all") || isSet("monitor") || isSet("tag")) {
        w->all = isSet("all");
        w->monitorIds.clear();
        for (const QString &ref : m_parser.values(QStringLiteral("monitor"))) {
            const auto m = findMonitor(ref);
            if (!m)
                return Failed;
            w->monitorIds.append(m->id);
        }
        w->tags = m_parser.values(QStringLiteral("tag"));
    }
    const bool once = isSet("from") || isSet("to");
    const bool recurring = isSet("cron") || isSet("duration");
    if (once && recurring) {
        err(Tr::tr("A window is either once (--from and --to) or recurring (--cron and "
                   "--duration), not both."));
        return Usage;
    }
    auto instant = [&](const char *option, qint64 *out) {
        const QString text = value(option);
        if (text == QLatin1String("now")) {
            *out = m_clock.nowMs();
            return true;
        }
        const auto parsed = parseIso(text, zone);
        if (!parsed) {
            err(Tr::tr("--%1 takes a time like 2026-03-01T22:00, 2026-03-01T22:00:00+02:00 or "
                       "\"now\" (\"%2\" is not one).")
                        .arg(QLatin1String(option), text));
            return false;
        }
        *out = *parsed;
        return true;
    };
    if (once) {
        if (!editing && (!isSet("from") || !isSet("to"))) {
            err(Tr::tr("A window once needs both --from and --to."));
            return Usage;
        }
        if (w->isRecurring()) { // was recurring: both ends are new
            if (!isSet("from") || !isSet("to")) {
                err(Tr::tr("The window was recurring: give both --from and --to."));
                return Usage;
            }
            w->cron.clear();
            w->durationMs = 0;
        }
        if (isSet("from") && !instant("from", &w->fromMs))
            return Usage;
        if (isSet("to") && !instant("to", &w->toMs))
            return Usage;
    }
    if (recurring) {
        if ((!editing || !w->isRecurring()) && (!isSet("cron") || !isSet("duration"))) {
            err(Tr::tr("A recurring window needs both --cron and --duration."));
            return Usage;
        }
        if (isSet("cron"))
            w->cron = value("cron");
        if (isSet("duration")) {
            QString why;
            const auto ms = parseDuration(value("duration"), &why);
            if (!ms) {
                err(QStringLiteral("--duration: ") + why);
                return Usage;
            }
            w->durationMs = *ms;
        }
        w->fromMs = w->toMs = -1;
    }
    if (isSet("tz"))
        w->timeZone = value("tz");
    if (!editing && !once && !recurring) {
        err(Tr::tr("Say when: --from TIME --to TIME, or --cron EXPR --duration D."));
        return Usage;
    }
    if (isSet("notify"))
        w->notify = true;
    if (editing && isSet("no-notify"))
        w->notify = false;
    return Ok;
}

int Cli::printWindow(qint64 id)
{
    const auto w = findWindow(QString::number(id));
    if (!w)
        return Failed;
    const qint64 now = m_clock.nowMs();
    const QStringList names = coveredNames(*w);
    const QJsonObject json = maintenanceToJson(*w, names, now);
    if (m_json) {
        printJson(json);
        return Ok;
    }
    QStringList covers;
    if (w->all)
        covers.append(Tr::tr("every monitor"));
    covers += names;
    for (const QString &tag : w->tags)
        covers.append(Tr::tr("tag %1").arg(tag));
    out(Tr::tr("%1 (id %2)\n").arg(w->name).arg(w->id));
    out(Tr::tr("  covers:   %1\n").arg(covers.join(QStringLiteral(", "))));
    if (w->isRecurring())
        out(Tr::tr("  when:     %1 (%2), for %3 each\n")
                    .arg(w->cron,
                         w->timeZone.isEmpty() ? Tr::tr("this machine's zone") : w->timeZone,
                         formatDuration(w->durationMs)));
    else
        out(Tr::tr("  when:     %1 to %2\n").arg(localTime(w->fromMs), localTime(w->toMs)));
    const QJsonObject span = json.value(QLatin1String("current_or_next")).toObject();
    const auto start = parseIso(span.value(QLatin1String("start")).toString(), QTimeZone::utc());
    const auto end = parseIso(span.value(QLatin1String("end")).toString(), QTimeZone::utc());
    if (json.value(QLatin1String("active")).toBool())
        out(Tr::tr("  now:      in maintenance until %1\n").arg(localTime(end.value_or(-1))));
    else if (start)
        out(Tr::tr("  next:     %1 to %2\n").arg(localTime(*start), localTime(end.value_or(-1))));
    else
        out(Tr::tr("  next:     never again\n"));
    out(Tr::tr("  notify:   %1\n")
                .arg(w->notify ? Tr::tr("yes, when it begins and ends") : Tr::tr("no")));
    return Ok;
}

int Cli::maintenanceCommand(const QString &verb, const QStringList &rest)
{
    if (verb == QLatin1String("list")) {
        if (!rest.isEmpty()) {
            err(Tr::tr("unexpected argument \"%1\" (uptrack maintenance list --help)")
                        .arg(rest.first()));
            return Usage;
        }
        QList<MaintenanceWindow> all;
        if (!loadAll<MaintenanceRepository>(&all))
            return Failed;
        const qint64 now = m_clock.nowMs();
        if (m_json) {
            QJsonArray array;
            for (const MaintenanceWindow &w : std::as_const(all))
                array.append(maintenanceToJson(w, coveredNames(w), now));
            printJson(array);
            return Ok;
        }
        if (all.isEmpty()) {
            out(Tr::tr("No maintenance windows. Add one with: uptrack maintenance add --name "
                       "NAME --all --from 2026-03-01T22:00 --to 2026-03-01T23:00\n"));
            return Ok;
        }
        out(QStringLiteral("%1 %2 %3\n")
                    .arg(Tr::tr("NAME"), -24)
                    .arg(Tr::tr("STATE"), -8)
                    .arg(Tr::tr("WHEN")));
        for (const MaintenanceWindow &w : std::as_const(all)) {
            const auto span = w.spanAt(now);
            const QString when = w.isRecurring()
                    ? QStringLiteral("%1 / %2").arg(w.cron, formatDuration(w.durationMs))
                    : QStringLiteral("%1 - %2").arg(localTime(w.fromMs), localTime(w.toMs));
            out(QStringLiteral("%1 %2 %3\n")
                        .arg(w.name.left(24), -24)
                        .arg(span ? Tr::tr("active") : Tr::tr("waiting"), -8)
                        .arg(when));
        }
        return Ok;
    }
    if (verb == QLatin1String("add")) {
        if (!rest.isEmpty()) {
            err(Tr::tr("unexpected argument \"%1\" (did you mean --name?)").arg(rest.first()));
            return Usage;
        }
        if (!m_parser.isSet(QStringLiteral("name"))) {
            err(Tr::tr("uptrack maintenance add needs --name NAME"));
            return Usage;
        }
        MaintenanceWindow w;
        if (const int bad = windowFromOptions(&w, false); bad != Ok)
            return bad;
        const command::Reply reply = execute(command::AddMaintenance{w});
        if (!reply.ok) {
            printFailure(reply);
            return Failed;
        }
        return printWindow(reply.id);
    }
    if (rest.size() != 1) {
        err(Tr::tr("usage: uptrack maintenance %1 NAME").arg(verb));
        return Usage;
    }
    if (!QFileInfo::exists(m_dbPath)) {
        err(Tr::tr("No maintenance window is named \"%1\": the database %2 does not exist yet.")
                    .arg(rest.first(), m_dbPath));
        return Failed;
    }
    auto w = findWindow(rest.first());
    if (!w)
        return Failed;
    if (verb == QLatin1String("show"))
        return printWindow(w->id);
    if (verb == QLatin1String("remove")) {
        const command::Reply reply = execute(command::RemoveMaintenance{w->id});
        if (!reply.ok) {
            printFailure(reply);
            return Failed;
        }
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("name"), w->name},
                                  {QStringLiteral("removed"), true}});
        else
            out(Tr::tr("Removed the maintenance window \"%1\".\n").arg(w->name));
        return Ok;
    }
    // edit
    if (const int bad = windowFromOptions(&*w, true); bad != Ok)
        return bad;
    const command::Reply reply = execute(command::EditMaintenance{*w});
    if (!reply.ok) {
        printFailure(reply);
        return Failed;
    }
    return printWindow(reply.id);
}

} // namespace uptrack::cli
