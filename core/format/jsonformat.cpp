// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonformat.h"

#include "state/statemachine.h"
#include "time/isotime.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace uptrack {

QString PingUrls::pingUrl(const Monitor &m) const
{
    return base + QStringLiteral("/ping/") + m.token;
}

QString PingUrls::slugUrl(const Monitor &m) const
{
    return base + QStringLiteral("/ping/") + pingKey + QLatin1Char('/') + m.slug;
}

QJsonObject maintenanceToJson(const MaintenanceWindow &w, const QStringList &monitorNames,
                              qint64 nowMs)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(w.id));
    o.insert(QStringLiteral("name"), w.name);
    o.insert(QStringLiteral("all"), w.all);
    o.insert(QStringLiteral("monitors"), QJsonArray::fromStringList(monitorNames));
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(w.tags));
    o.insert(QStringLiteral("from"),
             w.isRecurring() ? QJsonValue(QJsonValue::Null) : isoOrNull(w.fromMs));
    o.insert(QStringLiteral("to"),
             w.isRecurring() ? QJsonValue(QJsonValue::Null) : isoOrNull(w.toMs));
    o.insert(QStringLiteral("cron"),
             w.isRecurring() ? QJsonValue(w.cron) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("tz"),
             w.isRecurring() ? QJsonValue(w.timeZone) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("duration"),
             double(w.isRecurring() ? w.durationMs : w.toMs - w.fromMs) / 1000.0);
    o.insert(QStringLiteral("notify"), w.notify);
    o.insert(QStringLiteral("created"), isoOrNull(w.createdMs));
    const auto span = w.spanAt(nowMs);
    o.insert(QStringLiteral("active"), bool(span));
    // The span it is in, or the next one.
    QJsonValue next(QJsonValue::Null);
    if (span) {
        next = QJsonObject{{QStringLiteral("start"), isoOrNull(span->startMs)},
                           {QStringLiteral("end"), isoOrNull(span->endMs)}};
    } else if (const qint64 start = w.nextChange(nowMs); start >= 0) {
        if (const auto coming = w.spanAt(start))
            next = QJsonObject{{QStringLiteral("start"), isoOrNull(coming->startMs)},
                               {QStringLiteral("end"), isoOrNull(coming->endMs)}};
    }
    o.insert(QStringLiteral("current_or_next"), next);
    return o;
}

QJsonObject channelDelaysJson(const Monitor &m, const QHash<qint64, QString> &channelNames)
{
    QJsonObject o;
    for (auto it = m.channelDelays.cbegin(); it != m.channelDelays.cend(); ++it)
        o.insert(channelNames.value(it.key(), QString::number(it.key())),
                 double(it.value()) / 1000.0);
    return o;
}

QJsonValue acknowledgedJson(const QString &by, qint64 atMs, const QString &note)
{
    if (atMs < 0)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("by"), by},
                       {QStringLiteral("at"), isoUtc(atMs)},
                       {QStringLiteral("note"), note}};
}

QJsonObject monitorToJson(const Monitor &m, const PingUrls &urls, const MonitorNames &names)
{
    const auto nameOf = [&names](qint64 id) {
        const QString name = names ? names(id) : QString();
        return name.isEmpty() ? QString::number(id) : name;
    };
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(m.id));
    o.insert(QStringLiteral("name"), m.name);
    o.insert(QStringLiteral("slug"), m.slug);
    o.insert(QStringLiteral("token"), m.token);
    o.insert(QStringLiteral("ping_url"), urls.pingUrl(m));
    o.insert(QStringLiteral("slug_url"),
             m.slug.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(urls.slugUrl(m)));
    o.insert(QStringLiteral("status"), statusName(m.status));
    o.insert(QStringLiteral("status_since"), isoOrNull(m.statusSinceMs));
    o.insert(QStringLiteral("status_reason"), m.statusReason);
    // After a span without listening: expected again, but nothing is known of the gap.
    o.insert(QStringLiteral("no_data_since"),
             m.statusReason == QLatin1String(Reason::NoData) ? isoOrNull(m.statusSinceMs)
                                                             : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("last_ping"), isoOrNull(m.lastPingMs));
    o.insert(QStringLiteral("last_success"), isoOrNull(m.lastSuccessMs));
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
    o.insert(QStringLiteral("maintenance"),
             m.status == Status::Maintenance ? QJsonValue(
                     QJsonObject{{QStringLiteral("name"), m.maintenanceName},
                                 {QStringLiteral("until"), isoOrNull(m.maintenanceUntilMs)}})
                                             : QJsonValue(QJsonValue::Null));
    // The alert policy: failures in a row before down, the shortest run that counts, the
    // monitors it depends on, and the one it is down (or waiting) because of.
    o.insert(QStringLiteral("down_after"), m.failuresBeforeDown());
    o.insert(QStringLiteral("failures_in_a_row"), m.failStreak);
    o.insert(QStringLiteral("min_run"), optionalSeconds(m.minRunMs));
    QJsonArray parents;
    for (qint64 id : m.dependsOn)
        parents.append(nameOf(id));
    o.insert(QStringLiteral("depends_on"), parents);
    o.insert(QStringLiteral("parent"),
             m.parentId > 0 ? QJsonValue(nameOf(m.parentId)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("acknowledged"), acknowledgedJson(m.ackBy, m.ackMs, m.ackNote));
    if (m.isCheck()) {
        o.insert(QStringLiteral("check"), m.check.toJson());
        o.insert(QStringLiteral("last_response_ms"),
                 m.lastDurationMs < 0 ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(double(m.lastDurationMs)));
        o.insert(QStringLiteral("cert_expires"), isoOrNull(m.certExpiryMs));
    }
    return o;
}

namespace {

/// An instant of the public JSON (ISO 8601, UTC) in ms; `otherwise` when null or absent.
qint64 instantOf(const QJsonObject &o, const char *key, qint64 otherwise)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return otherwise;
    return parseIso(v.toString(), QTimeZone::utc()).value_or(otherwise);
}

qint64 numberOf(const QJsonObject &o, const char *key, qint64 otherwise)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? qint64(v.toDouble()) : otherwise;
}

} // namespace

Monitor monitorFromJson(const QJsonObject &o, const QHash<QString, qint64> &channelIds)
{
    auto instant = [&o](const char *key) { return instantOf(o, key, -1); };
    auto milliseconds = [&o](const char *key, qint64 otherwise) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? qint64(v.toDouble() * 1000.0 + 0.5) : otherwise;
    };
    Monitor m;
    m.id = qint64(o.value(QLatin1String("id")).toDouble());
    m.name = o.value(QLatin1String("name")).toString();
    m.slug = o.value(QLatin1String("slug")).toString();
    m.token = o.value(QLatin1String("token")).toString();
    m.status = statusFromName(o.value(QLatin1String("status")).toString()).value_or(Status::New);
    if (const QJsonObject w = o.value(QLatin1String("maintenance")).toObject(); !w.isEmpty()) {
        m.maintenanceName = w.value(QLatin1String("name")).toString();
        m.maintenanceUntilMs = instantOf(w, "until", -1);
    }
    m.statusSinceMs = std::max<qint64>(0, instant("status_since"));
    m.statusReason = o.value(QLatin1String("status_reason")).toString();
    m.lastPingMs = instant("last_ping");
    m.lastSuccessMs = instant("last_success");
    m.nextDueMs = instant("next_due");
    m.nPings = qint64(o.value(QLatin1String("n_pings")).toDouble());
    const QJsonValue duration = o.value(QLatin1String("last_duration_ms"));
    m.lastDurationMs = duration.isDouble() ? qint64(duration.toDouble()) : -1;
    const qint64 periodMs = milliseconds("period", defaults::kPeriodMs);
    const QString cron = o.value(QLatin1String("schedule")).toString();
    m.schedule = cron.isEmpty() ? Schedule(periodMs)
                                : Schedule(periodMs, cron, o.value(QLatin1String("tz")).toString());
    m.graceMs = milliseconds("grace", defaults::kGraceMs);
    m.maxRunMs = milliseconds("max_run", 0);
    m.minRunMs = milliseconds("min_run", 0);
    m.downAfter = std::max(1, o.value(QLatin1String("down_after")).toInt(1));
    m.failStreak = o.value(QLatin1String("failures_in_a_row")).toInt();
    if (const QJsonObject ack = o.value(QLatin1String("acknowledged")).toObject(); !ack.isEmpty()) {
        m.ackBy = ack.value(QLatin1String("by")).toString();
        m.ackMs = instantOf(ack, "at", -1);
        m.ackNote = ack.value(QLatin1String("note")).toString();
    }
    m.slowRunMs = milliseconds("slow_run", 0);
    m.successKeywords = o.value(QLatin1String("success_keywords")).toString();
    m.failureKeywords = o.value(QLatin1String("failure_keywords")).toString();
    m.startKeywords = o.value(QLatin1String("start_keywords")).toString();
    for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
        m.tags.append(t.toString());
    m.description = o.value(QLatin1String("description")).toString();
    m.resumeOnPing = o.value(QLatin1String("resume_on_ping")).toBool();
    m.methods = o.value(QLatin1String("methods")).toString();
    m.createdMs = std::max<qint64>(0, instant("created"));
    m.kind = kindFromName(o.value(QLatin1String("kind")).toString())
                     .value_or(MonitorKind::Heartbeat);
    if (m.isCheck()) {
        m.check = CheckSpec::fromJson(o.value(QLatin1String("check")).toObject());
        m.certExpiryMs = instant("cert_expires");
    }
    for (const QJsonValue &c : o.value(QLatin1String("channels")).toArray()) {
        const auto it = channelIds.constFind(c.toString());
        if (it != channelIds.constEnd())
            m.channelIds.append(it.value());
    }
    const QJsonObject delays = o.value(QLatin1String("channel_delays")).toObject();
    for (auto d = delays.begin(); d != delays.end(); ++d) {
        if (const auto it = channelIds.constFind(d.key()); it != channelIds.constEnd())
            m.channelDelays.insert(it.value(), qint64(d.value().toDouble() * 1000.0 + 0.5));
    }
    return m;
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
    // A ping that waited in a spool: "time" is when it was meant for, this its arrival.
    o.insert(QStringLiteral("received"), isoOrNull(p.receivedMs));
    // A ping by e-mail: who sent it, and its subject.
    o.insert(QStringLiteral("email"),
             p.isEmail() ? QJsonValue(QJsonObject{{QStringLiteral("from"), p.emailFrom},
                                                  {QStringLiteral("subject"), p.emailSubject}})
                         : QJsonValue(QJsonValue::Null));
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

QJsonObject channelToJson(const Channel &c, const QString &secretWhere)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(c.id));
    o.insert(QStringLiteral("uuid"), c.uuid);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("kind"), c.kind);
    o.insert(QStringLiteral("config"), c.config);
    // A reference, never the secret itself.
    o.insert(QStringLiteral("secret"),
             secretWhere.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(secretWhere));
    QJsonArray on;
    if (c.onDown)
        on.append(QStringLiteral("down"));
    if (c.onUp)
        on.append(QStringLiteral("up"));
    o.insert(QStringLiteral("on"), on);
    o.insert(QStringLiteral("reminder"), double(c.reminderMs) / 1000.0);
    o.insert(QStringLiteral("default"), c.isDefault);
    o.insert(QStringLiteral("created"), isoOrNull(c.createdMs));
    return o;
}

QJsonObject alertToJson(const Alert &a, const QList<DeliveryRecord> &deliveries,
                        const QHash<qint64, QString> &channelNames)
{
    const auto idOrNull = [](qint64 id) {
        return id > 0 ? QJsonValue(double(id)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(a.id));
    o.insert(QStringLiteral("event_id"), a.eventId);
    o.insert(QStringLiteral("kind"), alertKindName(a.kind));
    o.insert(QStringLiteral("time"), isoUtc(a.createdMs));
    o.insert(QStringLiteral("monitor"), a.facts.value(QLatin1String("monitor")));
    o.insert(QStringLiteral("monitor_id"), idOrNull(a.monitorId));
    o.insert(QStringLiteral("incident_id"), idOrNull(a.incidentId));
    o.insert(QStringLiteral("facts"), a.facts);
    QJsonArray list;
    for (const DeliveryRecord &r : deliveries) {
        const Delivery &d = r.delivery;
        QJsonArray tries;
        for (const DeliveryAttempt &t : r.attempts)
            tries.append(QJsonObject{{QStringLiteral("time"), isoUtc(t.timeMs)},
                                     {QStringLiteral("success"), t.success},
                                     {QStringLiteral("outcome"), t.outcome}});
        list.append(QJsonObject{{QStringLiteral("channel"), channelNames.value(d.channelId)},
                                {QStringLiteral("channel_id"), double(d.channelId)},
                                {QStringLiteral("state"), deliveryStateName(d.state)},
                                {QStringLiteral("attempts"), d.attempts},
                                {QStringLiteral("outcome"), d.outcome},
                                {QStringLiteral("next_attempt"),
                                 d.state == DeliveryState::Pending ? isoOrNull(d.nextAttemptMs)
                                                                   : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("done"), isoOrNull(d.doneMs)},
                                {QStringLiteral("tries"), tries}});
    }
    o.insert(QStringLiteral("deliveries"), list);
    return o;
}

QJsonObject incidentToJson(const Incident &i, const QString &monitorName)
{
    const bool open = i.endMs < 0;
    return QJsonObject{
            {QStringLiteral("id"), double(i.id)},
            {QStringLiteral("monitor_id"), double(i.monitorId)},
            {QStringLiteral("monitor"), monitorName},
            {QStringLiteral("start"), isoUtc(i.startMs)},
            {QStringLiteral("end"),
             open ? QJsonValue(QJsonValue::Null) : QJsonValue(isoUtc(i.endMs))},
            {QStringLiteral("duration"),
             open ? QJsonValue(QJsonValue::Null)
                  : QJsonValue(double(i.endMs - i.startMs) / 1000.0)},
            {QStringLiteral("reason"), i.reason},
            {QStringLiteral("note"), i.note},
            {QStringLiteral("acknowledged"), acknowledgedJson(i.ackBy, i.ackMs, i.ackNote)}};
}

QJsonObject listeningSpanToJson(const ListeningSpan &s)
{
    return QJsonObject{{QStringLiteral("id"), double(s.id)},
                       {QStringLiteral("start"), isoUtc(s.startMs)},
                       {QStringLiteral("end"), isoUtc(s.endMs)}};
}

QJsonObject flipToJson(const Flip &f)
{
    return QJsonObject{{QStringLiteral("id"), double(f.id)},
                       {QStringLiteral("monitor_id"), double(f.monitorId)},
                       {QStringLiteral("time"), isoUtc(f.timeMs)},
                       {QStringLiteral("from"), statusName(f.from)},
                       {QStringLiteral("to"), statusName(f.to)},
                       {QStringLiteral("reason"), f.reason},
                       {QStringLiteral("from_since"), isoUtc(f.fromSinceMs)}};
}

Ping pingFromJson(const QJsonObject &o)
{
    Ping p;
    p.id = numberOf(o, "id", 0);
    p.monitorId = numberOf(o, "monitor_id", 0);
    p.timeMs = instantOf(o, "time", 0);
    p.kind = pingKindFromName(o.value(QLatin1String("kind")).toString())
                     .value_or(PingKind::Success);
    p.exitStatus = int(numberOf(o, "exit_status", -1));
    p.durationMs = numberOf(o, "duration_ms", -1);
    p.rid = o.value(QLatin1String("rid")).toString();
    p.source = o.value(QLatin1String("source")).toString();
    p.method = o.value(QLatin1String("method")).toString();
    p.userAgent = o.value(QLatin1String("user_agent")).toString();
    p.body = o.value(QLatin1String("body")).toString().toUtf8();
    p.bodyTruncated = o.value(QLatin1String("body_truncated")).toBool();
    p.ignoredBecause = o.value(QLatin1String("ignored")).toString();
    p.receivedMs = instantOf(o, "received", -1);
    const QJsonObject email = o.value(QLatin1String("email")).toObject();
    p.emailFrom = email.value(QLatin1String("from")).toString();
    p.emailSubject = email.value(QLatin1String("subject")).toString();
    return p;
}

Flip flipFromJson(const QJsonObject &o)
{
    Flip f;
    f.id = numberOf(o, "id", 0);
    f.monitorId = numberOf(o, "monitor_id", 0);
    f.timeMs = instantOf(o, "time", 0);
    f.from = statusFromName(o.value(QLatin1String("from")).toString()).value_or(Status::New);
    f.to = statusFromName(o.value(QLatin1String("to")).toString()).value_or(Status::New);
    f.reason = o.value(QLatin1String("reason")).toString();
    f.fromSinceMs = instantOf(o, "from_since", 0);
    return f;
}

Incident incidentFromJson(const QJsonObject &o)
{
    Incident i;
    i.id = numberOf(o, "id", 0);
    i.monitorId = numberOf(o, "monitor_id", 0);
    i.startMs = instantOf(o, "start", 0);
    i.endMs = instantOf(o, "end", -1);
    i.reason = o.value(QLatin1String("reason")).toString();
    i.note = o.value(QLatin1String("note")).toString();
    if (const QJsonObject ack = o.value(QLatin1String("acknowledged")).toObject(); !ack.isEmpty()) {
        i.ackBy = ack.value(QLatin1String("by")).toString();
        i.ackMs = instantOf(ack, "at", -1);
        i.ackNote = ack.value(QLatin1String("note")).toString();
    }
    return i;
}

ListeningSpan listeningSpanFromJson(const QJsonObject &o)
{
    return ListeningSpan{numberOf(o, "id", 0), instantOf(o, "start", 0), instantOf(o, "end", 0)};
}

} // namespace uptrack
