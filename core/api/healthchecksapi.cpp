// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Healthchecks' Management API (v1, v2, v3): its routes, its check objects and its
// endpoints, as ApiServer's members.
#include "apiserver.h"

#include "apilog.h"
#include "apiserver_p.h"
#include "hcspec.h"
#include "ownspec.h"

#include "control/commandhandler.h"
#include "engine/engine.h"
#include "format/jsonformat.h"
#include "security/apikeys.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/pingrepository.h"
#include "time/clock.h"
#include "time/isotime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace uptrack {

using apidetail::corsHeaders;
using apidetail::error;

namespace {
/// The pings a check's log answers with, newest first.
constexpr int kPingLogLimit = 1000;

QJsonValue isoSeconds(qint64 ms)
{
    if (ms < 0)
        return QJsonValue(QJsonValue::Null);
    return QDateTime::fromMSecsSinceEpoch(ms - ms % 1000, Qt::UTC)
            .toString(Qt::ISODate)
            .replace(QLatin1Char('Z'), QStringLiteral("+00:00"));
}

/// With microseconds when there are any, as a ping's "date" is.
QString isoMicros(qint64 ms)
{
    const QString whole = isoSeconds(ms).toString();
    if (ms % 1000 == 0)
        return whole;
    return whole.left(19) + QLatin1Char('.')
            + QString::number(ms % 1000).rightJustified(3, QLatin1Char('0'))
            + QStringLiteral("000+00:00");
}

bool isUuid(const QString &s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

bool isSha1Hex(const QString &s)
{
    if (s.size() != 40)
        return false;
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

/// Healthchecks' read-only identity of a check: SHA-1 of the first half of its UUID's hex.
QString uniqueKey(const Monitor &m)
{
    const QByteArray half = m.token.toLatin1().replace('-', QByteArray()).toLower().left(16);
    return QString::fromLatin1(QCryptographicHash::hash(half, QCryptographicHash::Sha1).toHex());
}

/// Healthchecks' statuses: late is "grace"; "started" exists in v1 only (v2 and v3 show what
/// the check was before the run began).
QString hcStatus(const Monitor &m, int version, qint64 now)
{
    switch (m.status) {
    case Status::New:
        return QStringLiteral("new");
    case Status::Up:
        return QStringLiteral("up");
    case Status::Late:
        return QStringLiteral("grace");
    case Status::Down:
        return QStringLiteral("down");
    case Status::Paused:
    case Status::Maintenance: // Healthchecks has no such state; the nearest it has
        return QStringLiteral("paused");
    case Status::Started:
        if (version == 1)
            return QStringLiteral("started");
        if (m.lastPingMs < 0)
            return QStringLiteral("new");
        return m.nextDueMs >= 0 && now >= m.nextDueMs ? QStringLiteral("grace")
                                                      : QStringLiteral("up");
    }
    return QStringLiteral("new");
}

QString kindOfPing(PingKind kind)
{
    return pingKindName(kind);
}

std::optional<qint64> nonNegative(const QString &text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}
QJsonObject hcCheckJson(const Monitor &m, const HcContext &ctx)
{
    const qint64 now = ctx.now;
    QJsonObject o;
    o.insert(QStringLiteral("name"), m.name);
    o.insert(QStringLiteral("slug"), m.slug);
    o.insert(QStringLiteral("tags"), m.tags.join(QLatin1Char(' ')));
    o.insert(QStringLiteral("desc"), m.description);
    o.insert(QStringLiteral("grace"), double(m.graceMs / 1000));
    o.insert(QStringLiteral("n_pings"), double(m.nPings));
    o.insert(QStringLiteral("status"), hcStatus(m, ctx.version, now));
    o.insert(QStringLiteral("started"), !m.runs.isEmpty());
    o.insert(QStringLiteral("last_ping"), isoSeconds(m.lastPingMs));
    // When the grace period starts: the deadline while up, or the start of a run.
    qint64 next = -1;
    if (m.lastPingMs >= 0
        && (m.status == Status::Up || m.status == Status::Late || m.status == Status::Started))
        next = m.nextDueMs;
    if (!m.runs.isEmpty() && m.status != Status::Down) {
        const qint64 started = m.earliestRunStart();
        next = next < 0 ? started : std::min(next, started);
    }
    o.insert(QStringLiteral("next_ping"), isoSeconds(next));
    o.insert(QStringLiteral("manual_resume"), !m.resumeOnPing);
    o.insert(QStringLiteral("methods"), m.methods);
    o.insert(QStringLiteral("subject"), QString());
    o.insert(QStringLiteral("subject_fail"), QString());
    o.insert(QStringLiteral("start_kw"), m.startKeywords);
    o.insert(QStringLiteral("success_kw"), m.successKeywords);
    o.insert(QStringLiteral("failure_kw"), m.failureKeywords);
    o.insert(QStringLiteral("filter_subject"), false);
    o.insert(QStringLiteral("filter_body"),
             !(m.successKeywords.isEmpty() && m.failureKeywords.isEmpty()
               && m.startKeywords.isEmpty()));
    if (m.lastDurationMs > 0)
        o.insert(QStringLiteral("last_duration"), double(m.lastDurationMs / 1000));
    if (ctx.readOnly) {
        o.insert(QStringLiteral("unique_key"), uniqueKey(m));
    } else {
        o.insert(QStringLiteral("ping_url"),
                 ctx.options.pingBase + QStringLiteral("/ping/") + m.token);
        const QString update = ctx.options.apiBase
                + QStringLiteral("/api/v%1/checks/%2").arg(ctx.version).arg(m.token);
        o.insert(QStringLiteral("update_url"), update);
        o.insert(QStringLiteral("pause_url"), update + QStringLiteral("/pause"));
        o.insert(QStringLiteral("resume_url"), update + QStringLiteral("/resume"));
        QStringList channels;
        for (const qint64 id : m.channelIds)
            channels.append(ctx.channelUuids.value(id));
        channels.sort();
        o.insert(QStringLiteral("channels"), channels.join(QLatin1Char(',')));
        o.insert(QStringLiteral("uuid"), m.token); // Uptrack's own: Healthchecks' clients ignore it
    }
    if (m.schedule.isCron()) {
        o.insert(QStringLiteral("schedule"), m.schedule.cron());
        o.insert(QStringLiteral("tz"), m.schedule.timeZone());
    } else {
        o.insert(QStringLiteral("timeout"), double(m.schedule.periodMs() / 1000));
    }
    // Uptrack's own facts, which Healthchecks' clients ignore.
    o.insert(QStringLiteral("kind"), kindName(m.kind));
    o.insert(QStringLiteral("status_reason"), m.statusReason);
    auto seconds = [](qint64 ms) {
        return ms > 0 ? QJsonValue(double(ms) / 1000.0) : QJsonValue(QJsonValue::Null);
    };
    o.insert(QStringLiteral("max_run"), seconds(m.maxRunMs));
    o.insert(QStringLiteral("slow_run"), seconds(m.slowRunMs));
    o.insert(QStringLiteral("min_run"), seconds(m.minRunMs));
    o.insert(QStringLiteral("down_after"), m.failuresBeforeDown());
    o.insert(QStringLiteral("failures_in_a_row"), m.failStreak);
    // The rest of the alert policy, named as in `monitor show --json`; channels by the
    // uuids Healthchecks' `channels` field uses.
    const auto nameOf
            = [&ctx](qint64 id) { return ctx.monitorNames.value(id, QString::number(id)); };
    QJsonArray parents;
    for (qint64 id : m.dependsOn)
        parents.append(nameOf(id));
    o.insert(QStringLiteral("depends_on"), parents);
    o.insert(QStringLiteral("parent"),
             m.parentId > 0 ? QJsonValue(nameOf(m.parentId)) : QJsonValue(QJsonValue::Null));
    QJsonObject delays;
    for (auto it = m.channelDelays.cbegin(); it != m.channelDelays.cend(); ++it)
        delays.insert(ctx.channelUuids.value(it.key()), double(it.value()) / 1000.0);
    o.insert(QStringLiteral("channel_delays"), delays);
    o.insert(QStringLiteral("maintenance"),
             m.status == Status::Maintenance ? QJsonValue(
                     QJsonObject{{QStringLiteral("name"), m.maintenanceName},
                                 {QStringLiteral("until"), isoSeconds(m.maintenanceUntilMs)}})
                                             : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("acknowledged"), acknowledgedJson(m.ackBy, m.ackMs, m.ackNote));
    if (m.isCheck())
        o.insert(QStringLiteral("check"), m.check.toJson());
    return o;
}

} // namespace

void ApiServer::route(Call &call)
{
    const QStringList &p = call.path;
    const QByteArray &method = call.method;
    const bool get = method == "GET" || method == "HEAD";
    const bool post = method == "POST";
    const QString peer = call.connection->peer();
    auto needs = [&](bool readEndpoint) {
        return authorize(call, call.headerKey, readEndpoint, peer);
    };
    auto notFound = [&] { reply(call, 404, error(QStringLiteral("not found"))); };
    auto notAllowed = [&] { replyText(call, 405, QByteArray()); };

    if (p == QStringList{QStringLiteral("checks")}) {
        if (get) {
            if (needs(true))
                listChecks(call);
        } else if (post) {
            if (needs(false))
                createCheck(call);
        } else {
            notAllowed();
        }
        return;
    }
    if (p == QStringList{QStringLiteral("channels")}) {
        if (!get)
            notAllowed();
        else if (needs(false))
            listChannels(call);
        return;
    }
    if (p.size() < 2 || p[0] != QLatin1String("checks")) {
        notFound();
        return;
    }
    const QString &id = p[1];
    const bool byUuid = isUuid(id);
    const bool byUniqueKey = isSha1Hex(id);
    if (!byUuid && !byUniqueKey) {
        notFound();
        return;
    }
    if (p.size() == 2) {
        if (get) {
            if (!needs(true))
                return;
            if (const Monitor *m = checkOf(id, byUniqueKey))
                getCheck(call, *m);
            else
                notFound();
            return;
        }
        if (!byUuid || (!post && method != "DELETE")) {
            byUuid ? notAllowed() : notFound();
            return;
        }
        if (!needs(false))
            return;
        const Monitor *m = checkOf(id, false);
        if (!m)
            notFound();
        else if (post)
            updateCheck(call, *m);
        else
            deleteCheck(call, *m);
        return;
    }
    const QString &action = p[2];
    if (p.size() == 3 && action == QLatin1String("flips")) {
        if (!get) {
            notAllowed();
            return;
        }
        if (!needs(true))
            return;
        if (const Monitor *m = checkOf(id, byUniqueKey))
            listFlips(call, *m);
        else
            notFound();
        return;
    }
    if (!byUuid) {
        notFound();
        return;
    }
    const bool known = (p.size() == 3
                        && (action == QLatin1String("pause") || action == QLatin1String("resume")
                            || action == QLatin1String("pings")))
            || (p.size() == 5 && action == QLatin1String("pings") && p[4] == QLatin1String("body"));
    if (!known) {
        notFound();
        return;
    }
    const bool wantsPost = action != QLatin1String("pings");
    if (wantsPost ? !post : !get) {
        notAllowed();
        return;
    }
    if (!needs(false))
        return;
    const Monitor *m = checkOf(id, false);
    if (!m) {
        notFound();
        return;
    }
    if (action == QLatin1String("pause"))
        pauseCheck(call, *m);
    else if (action == QLatin1String("resume"))
        resumeCheck(call, *m);
    else if (p.size() == 3)
        listPings(call, *m);
    else
        pingBody(call, *m, p[3]);
}

const Monitor *ApiServer::checkOf(const QString &segment, bool byUniqueKey) const
{
    if (!byUniqueKey) {
        const Monitor *m = m_engine.find(segment.toLower());
        return m && m->token == segment.toLower() ? m : nullptr;
    }
    for (const Monitor &m : m_engine.monitors()) {
        if (uniqueKey(m) == segment)
            return m_engine.monitor(m.id);
    }
    return nullptr;
}

QJsonObject ApiServer::checkJson(const Monitor &m, const Call &call) const
{
    HcContext ctx = contextOf(call);
    for (qint64 id : m.dependsOn + QList<qint64>{m.parentId}) {
        if (const Monitor *other = id > 0 ? m_engine.monitor(id) : nullptr)
            ctx.monitorNames.insert(id, other->name);
    }
    return hcCheckJson(m, ctx);
}

HcContext ApiServer::contextOf(const Call &call) const
{
    HcContext ctx;
    ctx.options = m_options;
    for (const Channel &c : m_engine.channels())
        ctx.channelUuids.insert(c.id, c.uuid);
    ctx.now = m_clock.nowMs();
    ctx.version = call.version;
    ctx.readOnly = call.readOnly;
    return ctx;
}

void ApiServer::listChecks(const Call &call)
{
    QStringList tags;
    QString slug;
    for (const auto &[key, value] : call.query) {
        if (key == QLatin1String("tag"))
            tags.append(value);
        else if (key == QLatin1String("slug"))
            slug = value;
    }
    // A snapshot here (the monitors are values, their strings shared), the answer built on
    // a worker: listing thousands of checks never holds up the pings on this thread.
    QList<Monitor> all = m_engine.monitors();
    HcContext ctx = contextOf(call);
    QPointer<HttpConnection> connection = call.connection;
    m_workers.start([this, all = std::move(all), ctx, tags, slug, connection]() mutable {
        std::sort(all.begin(), all.end(),
                  [](const Monitor &a, const Monitor &b) { return a.id < b.id; });
        for (const Monitor &m : std::as_const(all)) {
            for (qint64 id : m.dependsOn)
                ctx.monitorNames.insert(id, QString());
            if (m.parentId > 0)
                ctx.monitorNames.insert(m.parentId, QString());
        }
        for (const Monitor &m : std::as_const(all)) {
            if (const auto it = ctx.monitorNames.find(m.id); it != ctx.monitorNames.end())
                *it = m.name;
        }
        QJsonArray checks;
        for (const Monitor &m : std::as_const(all)) {
            if (!slug.isEmpty() && m.slug != slug)
                continue;
            if (!std::all_of(tags.cbegin(), tags.cend(),
                             [&](const QString &t) { return m.tags.contains(t); }))
                continue;
            checks.append(hcCheckJson(m, ctx));
        }
        QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("checks"), checks}})
                                  .toJson(QJsonDocument::Compact);
        // Back to the server's thread to answer (the pool is waited for before the server
        // goes, so `this` is alive here).
        QMetaObject::invokeMethod(
                this,
                [connection, body = std::move(body)] {
                    if (connection)
                        connection->respond(
                                HttpResponse{200, body, corsHeaders(), "application/json"});
                },
                Qt::QueuedConnection);
    });
}

namespace {
/// The monitor spec a Healthchecks request describes; false with *error (Healthchecks'
/// sentence) when a channel it names is unknown or ambiguous.
bool specOf(const hc::CheckRequest &r, int version, const QList<Channel> &channels,
            MonitorSpec *spec, QString *error)
{
    spec->allowEmptyName = true;
    spec->allowEmptySlug = true;
    if (r.name) {
        spec->name = *r.name;
        // v1 and v2 make the slug from the name (v3 leaves it to the client).
        if (version < 3)
            spec->slug = r.name->trimmed().isEmpty() ? QString() : MonitorRules::slugify(*r.name);
    }
    if (r.slug)
        spec->slug = *r.slug; // "" as well: a check without a slug, as Healthchecks has them
    if (r.schedule && !r.schedule->isEmpty()) {
        spec->cron = *r.schedule;
    } else if (r.timeoutS) {
        spec->cron = QString();
        spec->periodMs = *r.timeoutS * 1000;
    }
    if (r.tz)
        spec->timeZone = *r.tz;
    if (r.tags)
        spec->tags = r.tags->split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (r.desc)
        spec->description = *r.desc;
    if (r.graceS)
        spec->graceMs = *r.graceS * 1000;
    if (r.manualResume)
        spec->resumeOnPing = !*r.manualResume;
    if (r.methods)
        spec->methods = *r.methods;
    if (r.successKw)
        spec->successKeywords = *r.successKw;
    if (r.failureKw)
        spec->failureKeywords = *r.failureKw;
    if (r.startKw)
        spec->startKeywords = *r.startKw;
    if (r.channels) {
        QStringList names;
        if (*r.channels == QLatin1String("*")) {
            for (const Channel &c : channels)
                names.append(c.name);
        } else if (!r.channels->isEmpty()) {
            for (const QString &ref : r.channels->split(QLatin1Char(','))) {
                if (ref.isEmpty()) {
                    *error = QStringLiteral("empty channel identifier");
                    return false;
                }
                QList<const Channel *> matches;
                for (const Channel &c : channels) {
                    if (c.uuid == ref || c.name == ref)
                        matches.append(&c);
                }
                if (matches.isEmpty()) {
                    *error = QStringLiteral("invalid channel identifier: %1").arg(ref);
                    return false;
                }
                if (matches.size() > 1) {
                    *error = QStringLiteral("non-unique channel identifier: %1").arg(ref);
                    return false;
                }
                if (!names.contains(matches.first()->name))
                    names.append(matches.first()->name);
            }
        }
        spec->channels = names;
    }
    return true;
}
} // namespace

std::optional<hc::CheckRequest> ApiServer::decodeRequest(const Call &call, MonitorSpec *spec)
{
    QString why;
    auto request = hc::decodeCheckRequest(call.json, &why);
    if (!request || !specOf(*request, call.version, m_engine.channels(), spec, &why)) {
        reply(call, 400, error(why));
        return std::nullopt;
    }
    return request;
}

void ApiServer::createCheck(const Call &call)
{
    MonitorSpec spec;
    const auto request = decodeRequest(call, &spec);
    if (!request)
        return;
    // "unique": an existing check with the same values of those fields is updated
    // instead (when the request gives them all).
    const Monitor *existing = nullptr;
    if (request->unique && !request->unique->isEmpty()) {
        bool complete = true;
        for (const QString &f : *request->unique) {
            complete = complete
                    && ((f == QLatin1String("name") && request->name)
                        || (f == QLatin1String("slug") && request->slug)
                        || (f == QLatin1String("tags") && request->tags)
                        || (f == QLatin1String("timeout") && request->timeoutS)
                        || (f == QLatin1String("grace") && request->graceS));
        }
        QList<Monitor> all = m_engine.monitors();
        std::sort(all.begin(), all.end(),
                  [](const Monitor &a, const Monitor &b) { return a.id < b.id; });
        for (const Monitor &m : std::as_const(all)) {
            if (!complete)
                break;
            const QStringList &u = *request->unique;
            if (u.contains(QLatin1String("name")) && m.name != *request->name)
                continue;
            if (u.contains(QLatin1String("slug")) && m.slug != *request->slug)
                continue;
            if (u.contains(QLatin1String("tags"))
                && m.tags.join(QLatin1Char(' ')) != *request->tags)
                continue;
            if (u.contains(QLatin1String("timeout"))
                && (m.schedule.isCron() || m.schedule.periodMs() != *request->timeoutS * 1000))
                continue;
            if (u.contains(QLatin1String("grace")) && m.graceMs != *request->graceS * 1000)
                continue;
            existing = m_engine.monitor(m.id);
            break;
        }
    }
    if (existing) {
        runAndShow(call, command::EditMonitor{existing->token, spec, {}}, 200);
        return;
    }
    // Healthchecks' defaults for what the request leaves out: a day, an hour of grace,
    // pings resume a paused check, and no channels.
    if (!spec.cron && !spec.periodMs)
        spec.periodMs = 86'400'000;
    if (spec.cron && !spec.timeZone)
        spec.timeZone = QStringLiteral("UTC"); // Healthchecks' default zone
    if (!spec.graceMs)
        spec.graceMs = 3'600'000;
    if (!spec.resumeOnPing)
        spec.resumeOnPing = true;
    if (!spec.channels)
        spec.channels = QStringList();
    if (!spec.name)
        spec.name = QString();
    if (!spec.slug)
        spec.slug = QString(); // v3 leaves the slug to the client, as Healthchecks does
    runAndShow(call, command::AddMonitor{spec, {}}, 201);
}

void ApiServer::runAndShow(const Call &call, command::Command command, int okStatus)
{
    QPointer<ApiServer> self(this);
    m_handler.handle(command, [self, call, okStatus](const command::Reply &r) {
        if (!self)
            return;
        if (!r.ok) {
            const QString why = r.problems.isEmpty() ? r.error : r.problems.first().message;
            self->reply(call, 400, error(why));
            return;
        }
        const Monitor *m = self->m_engine.monitor(r.id);
        if (!m) {
            self->reply(call, 404, error(QStringLiteral("not found")));
            return;
        }
        self->reply(call, okStatus, self->checkJson(*m, call));
    });
}

void ApiServer::getCheck(const Call &call, const Monitor &m)
{
    reply(call, 200, checkJson(m, call));
}

void ApiServer::updateCheck(const Call &call, const Monitor &m)
{
    MonitorSpec spec;
    if (!decodeRequest(call, &spec))
        return;
    // An unchanged slug is not a change (and not a clash with itself).
    if (spec.slug && *spec.slug == m.slug)
        spec.slug.reset();
    runAndShow(call, command::EditMonitor{m.token, spec, {}}, 200);
}

void ApiServer::deleteCheck(const Call &call, const Monitor &m)
{
    const QJsonObject gone = checkJson(m, call);
    QPointer<ApiServer> self(this);
    m_handler.handle(command::RemoveMonitor{m.token}, [self, call, gone](const command::Reply &r) {
        if (self)
            self->reply(call, r.ok ? 200 : 400, r.ok ? gone : error(r.error));
    });
}

void ApiServer::pauseCheck(const Call &call, const Monitor &m)
{
    if (m.status == Status::Paused) {
        reply(call, 200, checkJson(m, call));
        return;
    }
    runAndShow(call, command::PauseMonitor{m.token}, 200);
}

void ApiServer::resumeCheck(const Call &call, const Monitor &m)
{
    if (m.status != Status::Paused) {
        replyText(call, 409, "check is not paused");
        return;
    }
    runAndShow(call, command::ResumeMonitor{m.token, true}, 200);
}

void ApiServer::listPings(const Call &call, const Monitor &m)
{
    QList<Ping> pings;
    PingRepository repo(m_db);
    // One byte of each body says whether there is one; the body itself is a request away.
    if (!repo.range(m.id, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                    kPingLogLimit, 1, &pings)) {
        reply(call, 503, error(m_db.describe(repo.lastError())));
        return;
    }
    QJsonArray out;
    for (auto it = pings.crbegin(); it != pings.crend(); ++it) {
        const Ping &p = *it;
        QJsonObject o;
        o.insert(QStringLiteral("type"), kindOfPing(p.kind));
        o.insert(QStringLiteral("date"), isoMicros(p.timeMs));
        o.insert(QStringLiteral("n"), double(p.id));
        o.insert(QStringLiteral("scheme"), QStringLiteral("http"));
        o.insert(QStringLiteral("remote_addr"), p.source);
        o.insert(QStringLiteral("method"), p.method);
        o.insert(QStringLiteral("ua"), p.userAgent);
        o.insert(QStringLiteral("rid"), p.rid.isEmpty() ? QJsonValue(QJsonValue::Null) : p.rid);
        o.insert(QStringLiteral("body_url"),
                 p.body.isEmpty() ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(m_options.apiBase
                                               + QStringLiteral("/api/v%1/checks/%2/pings/%3/body")
                                                         .arg(call.version)
                                                         .arg(m.token)
                                                         .arg(p.id)));
        if (p.durationMs >= 0 && !p.isCheckResult())
            o.insert(QStringLiteral("duration"), double(p.durationMs) / 1000.0);
        if (p.kind == PingKind::Ignored)
            o.insert(QStringLiteral("ignored"), p.ignoredBecause);
        out.append(o);
    }
    reply(call, 200, QJsonObject{{QStringLiteral("pings"), out}});
}

void ApiServer::pingBody(const Call &call, const Monitor &m, const QString &n)
{
    const auto id = nonNegative(n);
    PingRepository repo(m_db);
    const std::optional<Ping> ping = id ? repo.find(*id) : std::nullopt;
    if (!ping || ping->monitorId != m.id || ping->body.isEmpty()) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    if (call.connection)
        call.connection->respond(HttpResponse{200, ping->body, corsHeaders(), "text/plain"});
}

void ApiServer::listFlips(const Call &call, const Monitor &m)
{
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
    for (const auto &[key, value] : call.query) {
        const bool known = key == QLatin1String("seconds") || key == QLatin1String("start")
                || key == QLatin1String("end");
        if (!known)
            continue;
        const auto v = nonNegative(value);
        if (!v || *v > std::numeric_limits<qint64>::max() / 1000) {
            replyText(call, 400, QByteArray());
            return;
        }
        if (key == QLatin1String("seconds"))
            fromMs = std::max(fromMs, m_clock.nowMs() - *v * 1000);
        else if (key == QLatin1String("start"))
            fromMs = std::max(fromMs, *v * 1000);
        else
            toMs = std::min(toMs, *v * 1000);
    }
    QList<Flip> flips;
    HistoryRepository history(m_db);
    if (!history.flips(m.id, &flips)) {
        reply(call, 503, error(QStringLiteral("the database could not be read")));
        return;
    }
    std::sort(flips.begin(), flips.end(), [](const Flip &a, const Flip &b) {
        return a.timeMs != b.timeMs ? a.timeMs > b.timeMs : a.id > b.id;
    });
    QJsonArray out;
    for (const Flip &f : std::as_const(flips)) {
        if (f.timeMs < fromMs || f.timeMs >= toMs)
            continue;
        out.append(QJsonObject{{QStringLiteral("timestamp"), isoSeconds(f.timeMs)},
                               {QStringLiteral("up"), f.to == Status::Up ? 1 : 0}});
    }
    reply(call, 200, QJsonObject{{QStringLiteral("flips"), out}});
}

void ApiServer::listChannels(const Call &call)
{
    QJsonArray out;
    for (const Channel &c : m_engine.channels())
        out.append(QJsonObject{{QStringLiteral("id"), c.uuid},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("kind"), c.kind}});
    reply(call, 200, QJsonObject{{QStringLiteral("channels"), out}});
}

} // namespace uptrack
