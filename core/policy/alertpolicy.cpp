// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertpolicy.h"

#include "time/humanduration.h"
#include "time/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace uptrack::AlertPolicy {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Alert)
};

QString newEventId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Alert raised(const Monitor *m, AlertKind kind, qint64 at)
{
    Alert a;
    a.monitorId = m ? m->id : 0;
    a.kind = kind;
    a.createdMs = at;
    a.eventId = newEventId();
    return a;
}

QJsonObject base(const Monitor &m, qint64 at)
{
    QJsonObject f;
    f.insert(QStringLiteral("monitor"), m.name);
    f.insert(QStringLiteral("slug"), m.slug);
    f.insert(QStringLiteral("monitor_id"), double(m.id));
    f.insert(QStringLiteral("time"), isoUtc(at));
    f.insert(QStringLiteral("last_ping"), isoOrNull(m.lastPingMs));
    f.insert(QStringLiteral("last_success"), isoOrNull(m.lastSuccessMs));
    f.insert(QStringLiteral("period_ms"), double(m.schedule.periodMs()));
    f.insert(QStringLiteral("grace_ms"), double(m.graceMs));
    f.insert(QStringLiteral("tags"), QJsonArray::fromStringList(m.tags));
    return f;
}
} // namespace

std::optional<Alert> forFlip(const Monitor &m, const Flip &flip, const Ping *ping,
                             const QStringList &dependents)
{
    // Into and out of maintenance is not news (the window's own notices are the engine's,
    // when asked for): a down monitor back in its incident, in particular, is not down again.
    if (flip.from == Status::Maintenance || flip.to == Status::Maintenance)
        return std::nullopt;
    // A dependent down because its parent is: the parent's alert says it; nor is its end
    // news, for nobody heard of its down.
    const QLatin1String parentDown(Reason::ParentDown);
    if ((flip.to == Status::Down && flip.reason == parentDown)
        || (flip.from == Status::Down && flip.fromReason == parentDown))
        return std::nullopt;
    QJsonObject f = base(m, flip.timeMs);
    f.insert(QStringLiteral("status"), statusName(flip.to));
    AlertKind kind;
    if (flip.to == Status::Down) {
        kind = AlertKind::Down;
        f.insert(QStringLiteral("reason"), flip.reason);
        f.insert(QStringLiteral("reason_text"), Reason::describe(flip.reason));
        if (flip.reason == QLatin1String(Reason::TooFast) && ping && ping->durationMs >= 0) {
            f.insert(QStringLiteral("duration_ms"), double(ping->durationMs));
            f.insert(QStringLiteral("min_run_ms"), double(m.minRunMs));
            f.insert(QStringLiteral("reason_text"),
                     Tr::tr("finished in %1, expected at least %2")
                             .arg(humanDuration(ping->durationMs), humanDuration(m.minRunMs)));
        }
        f.insert(QStringLiteral("dependents"), QJsonArray::fromStringList(dependents));
        if (flip.reason.startsWith(QLatin1String("exit:")))
            f.insert(QStringLiteral("exit_status"), flip.reason.mid(5).toInt());
        if (ping && !ping->body.isEmpty())
            f.insert(QStringLiteral("body_excerpt"), escapeBody(ping->body.left(1000)));
    } else if (flip.from == Status::Down && (flip.to == Status::Up || flip.to == Status::Started)) {
        kind = AlertKind::Up;
        f.insert(QStringLiteral("down_since"), isoUtc(flip.fromSinceMs));
        f.insert(QStringLiteral("downtime_ms"), double(flip.timeMs - flip.fromSinceMs));
        if (m.ackMs >= 0)
            f.insert(QStringLiteral("acknowledged_by"), m.ackBy);
    } else {
        return std::nullopt;
    }
    Alert a = raised(&m, kind, flip.timeMs);
    a.facts = f;
    return a;
}

std::optional<Alert> forRun(const Monitor &m, const Ping &ping)
{
    if (m.slowRunMs <= 0 || ping.durationMs <= m.slowRunMs
        || (ping.kind != PingKind::Success && ping.kind != PingKind::Fail))
        return std::nullopt;
    Alert a = raised(&m, AlertKind::Slow, ping.timeMs);
    QJsonObject f = base(m, ping.timeMs);
    f.insert(QStringLiteral("status"), statusName(m.status));
    f.insert(QStringLiteral("duration_ms"), double(ping.durationMs));
    f.insert(QStringLiteral("slow_run_ms"), double(m.slowRunMs));
    a.facts = f;
    return a;
}

Alert reminder(const Monitor &m, qint64 downSinceMs, qint64 nowMs)
{
    Alert a = raised(&m, AlertKind::Reminder, nowMs);
    QJsonObject f = base(m, nowMs);
    f.insert(QStringLiteral("status"), statusName(m.status));
    f.insert(QStringLiteral("down_since"), isoUtc(downSinceMs));
    f.insert(QStringLiteral("downtime_ms"), double(nowMs - downSinceMs));
    a.facts = f;
    return a;
}

Alert certificate(const Monitor &m, qint64 nowMs)
{
    Alert a = raised(&m, AlertKind::Cert, nowMs);
    QJsonObject f = base(m, nowMs);
    f.insert(QStringLiteral("status"), statusName(m.status));
    f.insert(QStringLiteral("cert_expires"), isoUtc(m.certExpiryMs));
    f.insert(QStringLiteral("cert_expires_in_ms"), double(m.certExpiryMs - nowMs));
    f.insert(QStringLiteral("url"), m.check.target);
    a.facts = f;
    return a;
}

Alert maintenance(const Monitor &m, bool started, const QString &window, qint64 untilMs,
                  qint64 nowMs)
{
    Alert a = raised(&m, started ? AlertKind::MaintenanceStart : AlertKind::MaintenanceEnd, nowMs);
    QJsonObject f = base(m, nowMs);
    f.insert(QStringLiteral("status"), statusName(m.status));
    f.insert(QStringLiteral("maintenance"), window);
    if (started)
        f.insert(QStringLiteral("until"), isoUtc(untilMs));
    a.facts = f;
    return a;
}

Alert muteSummary(const QString &scope, qint64 sinceMs, qint64 nowMs, const MutedTally &tally)
{
    Alert a = raised(nullptr, AlertKind::MuteSummary, nowMs);
    QJsonObject f;
    f.insert(QStringLiteral("monitor"), Tr::tr("Uptrack"));
    f.insert(QStringLiteral("time"), isoUtc(nowMs));
    f.insert(QStringLiteral("status"), QStringLiteral("mute_summary"));
    f.insert(QStringLiteral("scope"), scope);
    f.insert(QStringLiteral("muted_since"), isoUtc(sinceMs));
    f.insert(QStringLiteral("down"), tally.down);
    f.insert(QStringLiteral("up"), tally.up);
    f.insert(QStringLiteral("other"), tally.other);
    f.insert(QStringLiteral("still_down"), QJsonArray::fromStringList(tally.stillDown));
    a.facts = f;
    return a;
}

Alert test(const Channel &channel, qint64 nowMs)
{
    Alert a = raised(nullptr, AlertKind::Test, nowMs);
    QJsonObject f;
    f.insert(QStringLiteral("monitor"), Tr::tr("Uptrack test"));
    f.insert(QStringLiteral("channel"), channel.name);
    f.insert(QStringLiteral("time"), isoUtc(nowMs));
    f.insert(QStringLiteral("status"), QStringLiteral("test"));
    a.facts = f;
    return a;
}

QList<qint64> recipients(const Monitor &m, AlertKind kind, const QHash<qint64, Channel> &channels,
                         const QHash<qint64, qint64> &heardWhileDown)
{
    QList<qint64> out;
    for (qint64 id : m.channelIds) {
        const auto c = channels.constFind(id);
        if (c == channels.constEnd() || !(kind == AlertKind::Up ? c->onUp : c->onDown))
            continue;
        const bool escalated = m.channelDelays.value(id) > 0;
        if (escalated && !(kind == AlertKind::Up && heardWhileDown.contains(id)))
            continue;
        out.append(id);
    }
    return out;
}

qint64 nextEscalation(const Monitor &m, const Channel &channel, bool heard)
{
    const qint64 delay = m.channelDelays.value(channel.id);
    if (delay <= 0 || heard || m.status != Status::Down || !channel.onDown || m.ackMs >= 0
        || !m.channelIds.contains(channel.id)
        || m.statusReason == QLatin1String(Reason::ParentDown))
        return -1;
    return m.statusSinceMs + delay;
}

FollowUp nextFollowUp(const Monitor &m, const Channel &channel,
                      const QHash<qint64, qint64> &heardWhileDown)
{
    const auto heard = heardWhileDown.constFind(channel.id);
    const bool heardIt = heard != heardWhileDown.constEnd();
    if (const qint64 escalate = nextEscalation(m, channel, heardIt); escalate >= 0)
        return {escalate, true};
    if (!heardIt && m.channelDelays.value(channel.id) > 0)
        return {}; // an escalated channel that never heard of it: no reminder either
    return {nextReminder(m, channel, heardIt ? heard.value() : -1), false};
}

Alert escalation(const Monitor &m, qint64 delayMs, qint64 nowMs)
{
    Alert a = raised(&m, AlertKind::Down, nowMs);
    QJsonObject f = base(m, nowMs);
    f.insert(QStringLiteral("status"), statusName(m.status));
    f.insert(QStringLiteral("reason"), m.statusReason);
    f.insert(QStringLiteral("reason_text"), Reason::describe(m.statusReason));
    f.insert(QStringLiteral("down_since"), isoUtc(m.statusSinceMs));
    f.insert(QStringLiteral("downtime_ms"), double(nowMs - m.statusSinceMs));
    f.insert(QStringLiteral("escalated_after_ms"), double(delayMs));
    f.insert(QStringLiteral("dependents"), QJsonArray());
    a.facts = f;
    return a;
}

qint64 nextReminder(const Monitor &m, const Channel &channel, qint64 lastHeardMs)
{
    if (m.status != Status::Down || channel.reminderMs <= 0 || !channel.onDown
        || !m.channelIds.contains(channel.id) || m.statusReason == QLatin1String(Reason::ParentDown)
        || m.ackMs >= 0)
        return -1; // a silent dependent, or someone is on it
    return std::max(m.statusSinceMs, lastHeardMs) + channel.reminderMs;
}

} // namespace uptrack::AlertPolicy
