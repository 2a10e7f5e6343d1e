// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonformat.h"

#include "state/statemachine.h"
#include "time/isotime.h"

#include <QJsonArray>

namespace uptrack {

QString PingUrls::pingUrl(const Monitor &m) const
{
    return base + QStringLiteral("/ping/") + m.token;
}

QString PingUrls::slugUrl(const Monitor &m) const
{
    return base + QStringLiteral("/ping/") + pingKey + QLatin1Char('/') + m.slug;
}

QJsonObject monitorToJson(const Monitor &m, const PingUrls &urls)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(m.id));
    o.insert(QStringLiteral("name"), m.name);
    o.insert(QStringLiteral("slug"), m.slug);
    o.insert(QStringLiteral("token"), m.token);
    o.insert(QStringLiteral("ping_url"), urls.pingUrl(m));
    o.insert(QStringLiteral("slug_url"), urls.slugUrl(m));
    o.insert(QStringLiteral("status"), statusName(m.status));
    o.insert(QStringLiteral("status_since"), isoOrNull(m.statusSinceMs));
    o.insert(QStringLiteral("status_reason"), m.statusReason);
    // After a span without listening: expected again, but nothing is known of the gap.
    o.insert(QStringLiteral("no_data_since"),
             m.statusReason == QLatin1String(Reason::NoData) ? isoOrNull(m.statusSinceMs)
                                                             : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("last_ping"), isoOrNull(m.lastPingMs));
    o.insert(QStringLiteral("next_due"), isoOrNull(m.status == Status::Paused ? -1 : m.nextDueMs));
    o.insert(QStringLiteral("down_at"), isoOrNull(StateMachine::downAt(m)));
    o.insert(QStringLiteral("n_pings"), double(m.nPings));
    o.insert(QStringLiteral("last_duration_ms"),
             m.lastDurationMs < 0 ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(double(m.lastDurationMs)));
    o.insert(QStringLiteral("period"), double(m.schedule.periodMs()) / 1000.0);
    o.insert(QStringLiteral("grace"), double(m.graceMs) / 1000.0);
    o.insert(QStringLiteral("schedule"),
             m.schedule.isCron() ? QJsonValue(m.schedule.cron()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("tz"),
             m.schedule.isCron() ? QJsonValue(m.schedule.timeZone())
                                 : QJsonValue(QJsonValue::Null));
    auto optionalSeconds = [](qint64 ms) {
        return ms > 0 ? QJsonValue(double(ms) / 1000.0) : QJsonValue(QJsonValue::Null);
    };
    o.insert(QStringLiteral("max_run"), optionalSeconds(m.maxRunMs));
    o.insert(QStringLiteral("slow_run"), optionalSeconds(m.slowRunMs));
    o.insert(QStringLiteral("success_keywords"), m.successKeywords);
    o.insert(QStringLiteral("failure_keywords"), m.failureKeywords);
    o.insert(QStringLiteral("start_keywords"), m.startKeywords);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(m.tags));
    o.insert(QStringLiteral("description"), m.description);
    o.insert(QStringLiteral("resume_on_ping"), m.resumeOnPing);
    o.insert(QStringLiteral("methods"), m.methods);
    o.insert(QStringLiteral("created"), isoOrNull(m.createdMs));
    o.insert(QStringLiteral("kind"), kindName(m.kind));
    if (m.isCheck()) {
        o.insert(QStringLiteral("check"), m.check.toJson());
        o.insert(QStringLiteral("failures_in_a_row"), m.failStreak);
        o.insert(QStringLiteral("last_response_ms"),
                 m.lastDurationMs < 0 ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(double(m.lastDurationMs)));
        o.insert(QStringLiteral("cert_expires"), isoOrNull(m.certExpiryMs));
    }
    return o;
}

QJsonObject pingToJson(const Ping &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(p.id));
    o.insert(QStringLiteral("time"), isoUtc(p.timeMs));
    o.insert(QStringLiteral("kind"), pingKindName(p.kind));
    o.insert(QStringLiteral("exit_status"),
             p.exitStatus < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(p.exitStatus));
    o.insert(QStringLiteral("duration_ms"),
             p.durationMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(p.durationMs)));
    o.insert(QStringLiteral("rid"),
             p.rid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.rid));
    o.insert(QStringLiteral("source"), p.source);
    o.insert(QStringLiteral("method"), p.method);
    o.insert(QStringLiteral("user_agent"), p.userAgent);
    o.insert(QStringLiteral("body"), escapeBody(p.body));
    o.insert(QStringLiteral("body_truncated"), p.bodyTruncated);
    if (p.kind == PingKind::Ignored)
        o.insert(QStringLiteral("ignored"), p.ignoredBecause);
    return o;
}

QJsonObject apiKeyToJson(const ApiKey &k)
{
    return QJsonObject{{QStringLiteral("name"), k.name},
                       {QStringLiteral("read_only"), k.readOnly},
                       {QStringLiteral("created"), isoOrNull(k.createdMs)},
                       {QStringLiteral("last_used"), isoOrNull(k.lastUsedMs)},
                       {QStringLiteral("prefix"), k.prefix}};
}

} // namespace uptrack
