// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack monitor add|edit|list|show|pause|resume|remove|pings.
#include "cli_p.h"

#include "format/humanformat.h"
#include "schedule/duration.h"
#include "storage/channelrepository.h"
#include "storage/monitorrepository.h"
#include "storage/pingrepository.h"
#include "storage/runstatistics.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace uptrack::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

/// What names a monitor on this command line: its slug, or its id when it has none (one
/// made through Healthchecks' API).
QString shownRef(const Monitor &m)
{
    return m.slug.isEmpty() ? QString::number(m.id) : m.slug;
}
} // namespace

int Cli::monitorCommand(const QString &verb, const QStringList &rest)
{
    if (verb == QLatin1String("add"))
        return add(rest);
    if (verb == QLatin1String("list"))
        return list();
    static const QStringList withRef
            = {QStringLiteral("show"),   QStringLiteral("pause"), QStringLiteral("resume"),
               QStringLiteral("remove"), QStringLiteral("pings"), QStringLiteral("edit")};
    if (!withRef.contains(verb)) {
        err(Tr::tr("unknown command \"monitor %1\" (add, edit, list, show, pause, resume, remove, "
                   "pings)")
                    .arg(verb));
        return Usage;
    }
    if (rest.size() != 1) {
        err(Tr::tr("usage: uptrack monitor %1 MONITOR (an id, slug or token)").arg(verb));
        return Usage;
    }
    if (verb == QLatin1String("show"))
        return show(rest[0]);
    if (verb == QLatin1String("pings"))
        return pings(rest[0]);
    if (verb == QLatin1String("edit"))
        return edit(rest[0]);
    return changeState(verb, rest[0]);
}

bool Cli::specFromOptions(MonitorSpec *spec, QMap<QString, QString> *secretHeaders)
{
    // Each option that sets a field of the spec, once.
    static const std::pair<const char *, std::optional<QString> MonitorSpec::*> texts[] = {
            {"name", &MonitorSpec::name},
            {"slug", &MonitorSpec::slug},
            {"description", &MonitorSpec::description},
            {"tz", &MonitorSpec::timeZone},
            {"success-keywords", &MonitorSpec::successKeywords},
            {"failure-keywords", &MonitorSpec::failureKeywords},
            {"start-keywords", &MonitorSpec::startKeywords},
    };
    static const std::pair<const char *, std::optional<qint64> MonitorSpec::*> durations[] = {
            {"period", &MonitorSpec::periodMs},  {"grace", &MonitorSpec::graceMs},
            {"max-run", &MonitorSpec::maxRunMs}, {"slow-run", &MonitorSpec::slowRunMs},
            {"min-run", &MonitorSpec::minRunMs},
    };
    for (const auto &[option, member] : texts) {
        if (m_parser.isSet(QLatin1String(option)))
            spec->*member = m_parser.value(QLatin1String(option));
    }
    for (const auto &[option, member] : durations) {
        const QString name = QString::fromLatin1(option);
        if (!m_parser.isSet(name))
            continue;
        QString why;
        const auto ms = parseDuration(m_parser.value(name), &why);
        if (!ms) {
            err(QStringLiteral("--%1: %2").arg(name, why));
            return false;
        }
        spec->*member = *ms;
    }
    if (m_parser.isSet(QStringLiteral("tag")))
        spec->tags = m_parser.values(QStringLiteral("tag"));
    if (m_parser.isSet(QStringLiteral("resume-on-ping")))
        spec->resumeOnPing = true;
    if (m_parser.isSet(QStringLiteral("manual-resume")))
        spec->resumeOnPing = false;
    if (m_parser.isSet(QStringLiteral("channel"))) {
        // NAME, or NAME:DELAY for an escalation (the channel hears of an outage that lasted).
        QStringList names;
        for (const QString &value : m_parser.values(QStringLiteral("channel"))) {
            const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
            const QString delay = colon > 0 ? value.mid(colon + 1) : QString();
            if (delay.isEmpty() || !delay.front().isDigit()) {
                names.append(value);
                continue;
            }
            QString why;
            const auto ms = parseDuration(delay, &why);
            if (!ms) {
                err(QStringLiteral("--channel %1: %2").arg(value, why));
                return false;
            }
            names.append(value.left(colon));
            if (*ms > 0)
                spec->channelDelays.insert(value.left(colon), *ms);
        }
        spec->channels = names;
    }
    if (m_parser.isSet(QStringLiteral("no-channels")))
        spec->channels = QStringList();
    if (m_parser.isSet(QStringLiteral("depends-on")))
        spec->dependsOn = m_parser.values(QStringLiteral("depends-on"));
    if (m_parser.isSet(QStringLiteral("no-dependencies")))
        spec->dependsOn = QStringList();
    // --confirm, the checks' name of old, is --down-after.
    for (const char *option : {"down-after", "confirm"}) {
        const QString name = QString::fromLatin1(option);
        if (!m_parser.isSet(name))
            continue;
        bool ok = false;
        const int n = m_parser.value(name).toInt(&ok);
        if (!ok || n < 1 || n > MonitorRules::kMaxDownAfter) {
            err(Tr::tr("--%1: a number from 1 to %2").arg(name).arg(MonitorRules::kMaxDownAfter));
            return false;
        }
        if (spec->downAfter && *spec->downAfter != n) {
            err(Tr::tr("--confirm is another name for --down-after: give one of them"));
            return false;
        }
        spec->downAfter = n;
    }
    if (m_parser.isSet(QStringLiteral("cron"))) {
        if (m_parser.isSet(QStringLiteral("period"))) {
            err(Tr::tr("give either --period or --cron, not both"));
            return false;
        }
        spec->cron = m_parser.value(QStringLiteral("cron"));
    }
    if (!checkFromOptions(spec, secretHeaders))
        return false;
    // The rules the core applies, checked here first: a mistake is a usage error (2).
    const Problems invalid = MonitorRules::validate(*spec);
    for (const Problem &p : invalid)
        err(p.message);
    return invalid.isEmpty();
}

QJsonObject Cli::runStatistics(qint64 monitorId)
{
    const RunStatistics stats = RunStatistics::of(*m_db, monitorId);
    auto ms = [](qint64 v) { return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(v)); };
    return QJsonObject{{QStringLiteral("count"), stats.count},
                       {QStringLiteral("median_ms"), ms(stats.medianMs)},
                       {QStringLiteral("p95_ms"), ms(stats.p95Ms)}};
}

QJsonObject Cli::withChannels(QJsonObject json, const Monitor &m)
{
    if (m_channelNames.isEmpty() && m_db) {
        QList<Channel> all;
        ChannelRepository(*m_db).loadAll(&all);
        for (const Channel &c : std::as_const(all))
            m_channelNames.insert(c.id, c.name);
    }
    QJsonArray names;
    for (qint64 id : m.channelIds)
        names.append(m_channelNames.value(id, QString::number(id)));
    json.insert(QStringLiteral("channels"), names);
    json.insert(QStringLiteral("channel_delays"), channelDelaysJson(m, m_channelNames));
    return json;
}

MonitorNames Cli::monitorNames()
{
    if (m_monitorNames.isEmpty() && m_db)
        m_monitorNames = MonitorRepository(*m_db).names();
    return [this](qint64 id) { return m_monitorNames.value(id); };
}

int Cli::printMonitor(qint64 id)
{
    if (!openDatabase())
        return Failed;
    MonitorRepository repo(*m_db);
    auto m = repo.load(id);
    if (!m) {
        err(Tr::tr("The monitor %1 disappeared.").arg(id));
        return Failed;
    }
    withMaintenance(&*m);
    const PingUrls u = urls();
    const QJsonObject json = withChannels(monitorToJson(*m, u, monitorNames()), *m);
    // On standard error, so that --json output stays JSON.
    if (m->channelIds.isEmpty())
        err(Tr::tr("Warning: %1 has no channel: nobody is alerted when it fails. Give it one "
                   "with: uptrack monitor edit %2 --channel NAME (uptrack channel list shows "
                   "them).")
                    .arg(m->name, shownRef(*m)));
    if (m_json) {
        QJsonObject withRuns = json;
        withRuns.insert(QStringLiteral("runs"), runStatistics(m->id));
        printJson(withRuns);
        return Ok;
    }
    out(Tr::tr("%1 (%2)\n").arg(m->name, shownRef(*m)));
    out(Tr::tr("  id:          %1\n").arg(m->id));
    out(Tr::tr("  status:      %1\n").arg(statusName(m->status)));
    if (m->status == Status::Maintenance)
        out(Tr::tr("  maintenance: %1, until %2\n")
                    .arg(m->maintenanceName, localTime(m->maintenanceUntilMs)));
    out((m->isCheck() ? Tr::tr("  check:       %1\n") : Tr::tr("  schedule:    %1\n"))
                .arg(human::scheduleSummary(*m)));
    if ((m->status == Status::Down || m->failStreak > 0) && !m->statusReason.isEmpty())
        out(Tr::tr("  why:         %1\n").arg(Reason::describe(m->statusReason)));
    if (m->failuresBeforeDown() > 1 || m->failStreak > 0)
        out(Tr::tr("  down after:  %1 misses or failures in a row (%2 so far)\n")
                    .arg(m->failuresBeforeDown())
                    .arg(m->failStreak));
    if (m->minRunMs > 0)
        out(Tr::tr("  min run:     %1 (a shorter run is a failure)\n")
                    .arg(formatDuration(m->minRunMs)));
    QStringList parents;
    for (const QJsonValue &name : json.value(QLatin1String("depends_on")).toArray())
        parents.append(name.toString());
    if (!parents.isEmpty())
        out(Tr::tr("  depends on:  %1\n").arg(parents.join(QStringLiteral(", "))));
    if (m->parentId > 0)
        out((m->status == Status::Down
                     ? Tr::tr("  parent:      %1 is down: this one alerts nothing "
                              "of its own\n")
                     : Tr::tr("  parent:      waiting for %1's verdict\n"))
                    .arg(json.value(QLatin1String("parent")).toString()));
    out(Tr::tr("  last ping:   %1\n").arg(localTime(m->lastPingMs)));
    out(Tr::tr("  next due:    %1\n")
                .arg(localTime(m->status == Status::Paused ? -1 : m->nextDueMs)));
    out(Tr::tr("  pings:       %1\n").arg(m->nPings));
    if (m->lastDurationMs >= 0)
        out(Tr::tr("  last run:    %1\n").arg(formatDuration(m->lastDurationMs)));
    if (!m->tags.isEmpty())
        out(Tr::tr("  tags:        %1\n").arg(m->tags.join(QLatin1Char(' '))));
    QStringList channels;
    for (const QJsonValue &name : json.value(QLatin1String("channels")).toArray())
        channels.append(name.toString());
    out(Tr::tr("  channels:    %1\n")
                .arg(channels.isEmpty() ? Tr::tr("none — nobody is alerted")
                                        : channels.join(QStringLiteral(", "))));
    out(Tr::tr("  ping URL:    %1\n").arg(u.pingUrl(*m)));
    if (!m->slug.isEmpty())
        out(Tr::tr("  slug URL:    %1\n").arg(u.slugUrl(*m)));
    return Ok;
}

int Cli::add(const QStringList &rest)
{
    if (!rest.isEmpty()) {
        err(Tr::tr("unexpected argument \"%1\" (did you mean --name?)").arg(rest.first()));
        return Usage;
    }
    command::AddMonitor command;
    if (!specFromOptions(&command.spec, &command.secretHeaders))
        return Usage;
    if (!command.spec.name) {
        err(Tr::tr("uptrack monitor add needs --name NAME"));
        return Usage;
    }
    return sendAndShow(command);
}

int Cli::edit(const QString &ref)
{
    command::EditMonitor command{ref, {}, {}};
    if (!specFromOptions(&command.spec, &command.secretHeaders))
        return Usage;
    // New secret header values replace the old ones in the keychain (the core does it).
    return sendAndShow(command);
}

int Cli::sendAndShow(const command::Command &command)
{
    const command::Reply reply = execute(command);
    if (!reply.ok) {
        printFailure(reply);
        return Failed;
    }
    if (!reply.warning.isEmpty())
        err(reply.warning);
    return printMonitor(reply.id);
}

int Cli::changeState(const QString &verb, const QString &ref)
{
    if (!QFileInfo::exists(m_dbPath)) {
        err(Tr::tr("No monitor is named \"%1\": the database %2 does not exist yet.")
                    .arg(ref, m_dbPath));
        return Failed;
    }
    if (verb == QLatin1String("pause"))
        return sendAndShow(command::PauseMonitor{ref});
    if (verb == QLatin1String("resume"))
        return sendAndShow(command::ResumeMonitor{ref});
    // Removed: what it was is printed, so it is read first.
    const std::optional<Monitor> before = findMonitor(ref);
    if (!before)
        return Failed;
    const command::Reply reply = execute(command::RemoveMonitor{ref});
    if (!reply.ok) {
        printFailure(reply);
        return Failed;
    }
    if (!reply.warning.isEmpty())
        err(reply.warning);
    if (m_json) {
        QJsonObject o = monitorToJson(*before, urls(), monitorNames());
        o.insert(QStringLiteral("removed"), true);
        printJson(o);
    } else {
        out(Tr::tr("Removed %1 (%2).\n").arg(before->name, shownRef(*before)));
    }
    return Ok;
}

int Cli::list()
{
    QList<Monitor> monitors;
    if (!loadAll<MonitorRepository>(&monitors))
        return Failed;
    const QString status = m_parser.value(QStringLiteral("status"));
    const QStringList tags = m_parser.values(QStringLiteral("tag"));
    if (!status.isEmpty() && !statusFromName(status)) {
        err(Tr::tr("--status: \"%1\" is not one of new, up, late, down, started, paused, "
                   "maintenance")
                    .arg(status));
        return Usage;
    }
    QList<Monitor> shown;
    for (Monitor &m : monitors) {
        withMaintenance(&m);
        if (!status.isEmpty() && statusName(m.status) != status)
            continue;
        bool tagged = true;
        for (const QString &t : tags)
            tagged = tagged && m.tags.contains(t);
        if (tagged)
            shown.append(m);
    }
    if (m_json) {
        QJsonArray array;
        const PingUrls u = m_db ? urls() : PingUrls{};
        for (const Monitor &m : std::as_const(shown))
            array.append(withChannels(monitorToJson(m, u, monitorNames()), m));
        printJson(array);
        return Ok;
    }
    if (shown.isEmpty()) {
        out(Tr::tr("No monitors. Add one with: uptrack monitor add --name NAME --period 1d\n"));
        return Ok;
    }
    out(QStringLiteral("%1 %2 %3 %4 %5\n")
                .arg(Tr::tr("ID"), -5)
                .arg(Tr::tr("STATUS"), -8)
                .arg(Tr::tr("NAME"), -28)
                .arg(Tr::tr("LAST PING"), -20)
                .arg(Tr::tr("NEXT DUE")));
    for (const Monitor &m : std::as_const(shown)) {
        out(QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(m.id, -5)
                    .arg(statusName(m.status), -8)
                    .arg(m.name.left(28), -28)
                    .arg(localTime(m.lastPingMs), -20)
                    .arg(localTime(m.status == Status::Paused ? -1 : m.nextDueMs)));
    }
    return Ok;
}

int Cli::show(const QString &ref)
{
    if (!QFileInfo::exists(m_dbPath)) {
        err(Tr::tr("No monitor is named \"%1\": the database %2 does not exist yet.")
                    .arg(ref, m_dbPath));
        return Failed;
    }
    const auto m = findMonitor(ref);
    return m ? printMonitor(m->id) : Failed;
}

int Cli::pings(const QString &ref)
{
    int limit = 0;
    if (!limitOption(&limit))
        return Usage;
    if (!QFileInfo::exists(m_dbPath)) {
        err(Tr::tr("No monitor is named \"%1\": the database %2 does not exist yet.")
                    .arg(ref, m_dbPath));
        return Failed;
    }
    const auto m = findMonitor(ref);
    if (!m)
        return Failed;
    PingRepository repo(*m_db);
    QList<Ping> list;
    if (!repo.list(m->id, limit, &list)) {
        err(m_db->describe(repo.lastError()));
        return Failed;
    }
    if (m_json) {
        QJsonArray array;
        for (const Ping &p : std::as_const(list))
            array.append(pingToJson(p));
        printJson(array);
        return Ok;
    }
    for (const Ping &p : std::as_const(list)) {
        QString line = localTime(p.timeMs) + QStringLiteral("  ")
                + pingKindName(p.kind).leftJustified(7);
        if (p.exitStatus >= 0)
            line += Tr::tr("  exit %1").arg(p.exitStatus);
        if (p.durationMs >= 0)
            line += Tr::tr("  took %1").arg(formatDuration(p.durationMs));
        line += QStringLiteral("  %1 %2").arg(p.method, p.source);
        if (!p.body.isEmpty())
            line += QStringLiteral("  \"%1%2\"")
                            .arg(escapeBody(p.body.left(60)).simplified(),
                                 p.body.size() > 60 ? QStringLiteral("…") : QString());
        out(line + QLatin1Char('\n'));
    }
    return Ok;
}

} // namespace uptrack::cli
