// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

namespace uptrack {

using namespace sqlvalue;

namespace {
// A null QString binds as SQL NULL; text columns are NOT NULL.
} // namespace

namespace {
const QString kColumns = QStringLiteral(
        "id, name, slug, token, tags, description, period_ms, grace_ms, resume_on_ping, "
        "created_ms, status, status_since_ms, last_ping_ms, next_due_ms, n_pings, "
        "last_duration_ms, runs, (SELECT COUNT(*) FROM pings WHERE monitor_id = monitors.id), "
        "last_success_ms, cron, tz, max_run_ms, slow_run_ms, success_keywords, failure_keywords, "
        "start_keywords, status_reason, kind, check_spec, check_state, methods, pre_maintenance, "
        "down_after, min_run_ms, fail_streak, depends_on, parent_id, ack");

QString encodeIds(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(QLatin1Char(' '));
}

QList<qint64> decodeIds(const QString &text)
{
    QList<qint64> out;
    for (const QString &id : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.append(id.toLongLong());
    return out;
}

QString encodeRuns(const QMap<QString, qint64> &runs)
{
    if (runs.isEmpty())
        return QString();
    QJsonObject o;
    for (auto it = runs.cbegin(); it != runs.cend(); ++it)
        o.insert(it.key(), double(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString encodeCheck(const Monitor &m)
{
    return m.isCheck()
            ? QString::fromUtf8(QJsonDocument(m.check.toJson()).toJson(QJsonDocument::Compact))
            : QString();
}

QString encodeCheckState(const Monitor &m)
{
    if (!m.isCheck())
        return QString();
    const QJsonObject o{{QStringLiteral("fail_streak"), m.failStreak},
                        {QStringLiteral("cert_expiry_ms"), double(m.certExpiryMs)},
                        {QStringLiteral("cert_warned_ms"), double(m.certWarnedMs)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void decodeCheckState(const QString &text, Monitor *m)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    m->failStreak = o.value(QLatin1String("fail_streak")).toInt();
    m->certExpiryMs = qint64(o.value(QLatin1String("cert_expiry_ms")).toDouble(-1));
    m->certWarnedMs = qint64(o.value(QLatin1String("cert_warned_ms")).toDouble(-1));
}

// In maintenance: the state it returns to (a down one's incident, since and reason).
QString encodePreMaintenance(const Monitor &m)
{
    if (m.status != Status::Maintenance)
        return QString();
    const QJsonObject o{{QStringLiteral("status"), statusName(m.preMaintenance)},
                        {QStringLiteral("since_ms"), double(m.preMaintenanceSinceMs)},
                        {QStringLiteral("reason"), m.preMaintenanceReason}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void decodePreMaintenance(const QString &text, Monitor *m)
{
    if (text.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    m->preMaintenance
            = statusFromName(o.value(QLatin1String("status")).toString()).value_or(Status::Up);
    m->preMaintenanceSinceMs = qint64(o.value(QLatin1String("since_ms")).toDouble());
    m->preMaintenanceReason = o.value(QLatin1String("reason")).toString();
}

QString encodeAck(const Monitor &m)
{
    if (m.ackMs < 0)
        return QString();
    const QJsonObject o{{QStringLiteral("by"), m.ackBy},
                        {QStringLiteral("at_ms"), double(m.ackMs)},
                        {QStringLiteral("note"), m.ackNote}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void decodeAck(const QString &text, Monitor *m)
{
    if (text.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    m->ackBy = o.value(QLatin1String("by")).toString();
    m->ackMs = qint64(o.value(QLatin1String("at_ms")).toDouble(-1));
    m->ackNote = o.value(QLatin1String("note")).toString();
}

QMap<QString, qint64> decodeRuns(const QString &text)
{
    QMap<QString, qint64> runs;
    if (text.isEmpty())
        return runs;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        runs.insert(it.key(), qint64(it.value().toDouble()));
    return runs;
}

/// The slug column is unique and never empty; a monitor without a slug (Healthchecks'
/// API makes those) keeps "~" and its token there, which no slug can be ("~" is not a
/// slug character) and no other monitor has.
constexpr QLatin1Char kNoSlug('~');
QString storedSlug(const Monitor &m)
{
    return m.slug.isEmpty() ? kNoSlug + m.token : m.slug;
}

Monitor readMonitor(const QSqlQuery &q)
{
    Monitor m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.slug = q.value(2).toString();
    if (m.slug.startsWith(kNoSlug))
        m.slug.clear();
    m.token = q.value(3).toString();
    const QString tags = q.value(4).toString();
    m.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m.description = q.value(5).toString();
    m.graceMs = q.value(7).toLongLong();
    m.resumeOnPing = q.value(8).toBool();
    m.createdMs = q.value(9).toLongLong();
    m.status = statusFromName(q.value(10).toString()).value_or(Status::New);
    m.statusSinceMs = q.value(11).toLongLong();
    m.lastPingMs = orNone(q.value(12));
    m.nextDueMs = orNone(q.value(13));
    m.nPings = q.value(14).toLongLong();
    m.lastDurationMs = orNone(q.value(15));
    m.runs = decodeRuns(q.value(16).toString());
    m.storedPings = q.value(17).toLongLong();
    m.lastSuccessMs = orNone(q.value(18));
    // Parsed here, once: deadlines are computed from it on every ping.
    m.schedule = Schedule(q.value(6).toLongLong(), q.value(19).toString(), q.value(20).toString());
    m.maxRunMs = q.value(21).toLongLong();
    m.slowRunMs = q.value(22).toLongLong();
    m.successKeywords = q.value(23).toString();
    m.failureKeywords = q.value(24).toString();
    m.startKeywords = q.value(25).toString();
    m.statusReason = q.value(26).toString();
    m.kind = kindFromName(q.value(27).toString()).value_or(MonitorKind::Heartbeat);
    if (m.isCheck()) {
        m.check = CheckSpec::fromJson(
                QJsonDocument::fromJson(q.value(28).toString().toUtf8()).object());
        decodeCheckState(q.value(29).toString(), &m);
    }
    m.methods = q.value(30).toString();
    decodePreMaintenance(q.value(31).toString(), &m);
    m.downAfter = std::max(1, q.value(32).toInt());
    m.minRunMs = q.value(33).toLongLong();
    if (!m.isCheck())
        m.failStreak = q.value(34).toInt();
    m.dependsOn = decodeIds(q.value(35).toString());
    m.parentId = q.value(36).isNull() ? 0 : q.value(36).toLongLong();
    decodeAck(q.value(37).toString(), &m);
    return m;
}
} // namespace

MonitorRepository::MonitorRepository(Database &db) : m_db(db), m_updateState(db.sql())
{
    m_updateState.prepare(QStringLiteral(
            "UPDATE monitors SET status = ?, status_since_ms = ?, last_ping_ms = ?, "
            "next_due_ms = ?, n_pings = ?, last_duration_ms = ?, runs = ?, last_success_ms = ?, "
            "status_reason = ?, check_state = ?, pre_maintenance = ?, fail_streak = ?, "
            "parent_id = ?, ack = ? WHERE id = ?"));
}

bool MonitorRepository::loadAll(QList<Monitor> *out)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM monitors ORDER BY id").arg(kColumns))) {
        m_lastError = q.lastError();
        return false;
    }
    QHash<qint64, QList<qint64>> channels;
    QHash<qint64, QHash<qint64, qint64>> delays;
    QSqlQuery c(m_db.sql());
    c.setForwardOnly(true);
    if (!c.exec(QStringLiteral("SELECT monitor_id, channel_id, delay_ms FROM monitor_channels "
                               "ORDER BY monitor_id, channel_id"))) {
        m_lastError = c.lastError();
        return false;
    }
    while (c.next()) {
        const qint64 monitor = c.value(0).toLongLong();
        channels[monitor].append(c.value(1).toLongLong());
        if (const qint64 delay = c.value(2).toLongLong(); delay > 0)
            delays[monitor].insert(c.value(1).toLongLong(), delay);
    }
    while (q.next()) {
        Monitor m = readMonitor(q);
        m.channelIds = channels.value(m.id);
        m.channelDelays = delays.value(m.id);
        out->append(m);
    }
    return true;
}

bool MonitorRepository::addChannelToAll(qint64 channelId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO monitor_channels (monitor_id, channel_id) SELECT id, ? "
                             "FROM monitors WHERE id NOT IN (SELECT monitor_id FROM "
                             "monitor_channels WHERE channel_id = ?)"));
    q.addBindValue(channelId);
    q.addBindValue(channelId);
    return run(q, &m_lastError);
}

bool MonitorRepository::setChannels(qint64 monitorId, const QList<qint64> &channelIds,
                                    const QHash<qint64, qint64> &delays)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM monitor_channels WHERE monitor_id = ?"));
    q.addBindValue(monitorId);
    if (!run(q, &m_lastError))
        return false;
    q.prepare(QStringLiteral(
            "INSERT INTO monitor_channels (monitor_id, channel_id, delay_ms) VALUES (?, ?, ?)"));
    for (qint64 channel : channelIds) {
        q.addBindValue(monitorId);
        q.addBindValue(channel);
        q.addBindValue(delays.value(channel, 0));
        if (!run(q, &m_lastError))
            return false;
    }
    return true;
}

QList<qint64> MonitorRepository::channelsOf(qint64 monitorId, QHash<qint64, qint64> *delays)
{
    QList<qint64> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT channel_id, delay_ms FROM monitor_channels WHERE "
                             "monitor_id = ? ORDER BY channel_id"));
    q.addBindValue(monitorId);
    if (q.exec()) {
        while (q.next()) {
            out.append(q.value(0).toLongLong());
            if (delays && q.value(1).toLongLong() > 0)
                delays->insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        }
    }
    return out;
}

std::optional<Monitor> MonitorRepository::loadWhere(const QString &where, const QVariant &value)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM monitors WHERE %2").arg(kColumns, where));
    q.addBindValue(value);
    if (!q.exec()) {
        m_lastError = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Monitor m = readMonitor(q);
    m.channelIds = channelsOf(m.id, &m.channelDelays);
    return m;
}

std::optional<Monitor> MonitorRepository::load(qint64 id)
{
    return loadWhere(QStringLiteral("id = ?"), id);
}

std::optional<Monitor> MonitorRepository::find(const QString &ref)
{
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    if (isNumber) {
        if (auto m = load(id))
            return m;
    }
    if (auto m = loadWhere(QStringLiteral("token = ?"), ref.toLower()))
        return m;
    if (ref.isEmpty() || ref.startsWith(kNoSlug))
        return std::nullopt; // the stand-in for no slug names nothing
    return loadWhere(QStringLiteral("slug = ?"), ref);
}

bool MonitorRepository::insert(Monitor *m)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
            "INSERT INTO monitors (name, slug, token, tags, description, period_ms, grace_ms, "
            "resume_on_ping, created_ms, status, status_since_ms, last_ping_ms, next_due_ms, "
            "n_pings, last_duration_ms, runs, cron, tz, max_run_ms, slow_run_ms, "
            "success_keywords, failure_keywords, start_keywords, kind, check_spec, check_state, "
            "methods, down_after, min_run_ms, depends_on) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(text(m->name));
    q.addBindValue(text(storedSlug(*m)));
    q.addBindValue(text(m->token));
    q.addBindValue(text(m->tags.join(QLatin1Char(' '))));
    q.addBindValue(text(m->description));
    q.addBindValue(m->schedule.periodMs());
    q.addBindValue(m->graceMs);
    q.addBindValue(m->resumeOnPing ? 1 : 0);
    q.addBindValue(m->createdMs);
    q.addBindValue(statusName(m->status));
    q.addBindValue(m->statusSinceMs);
    q.addBindValue(nullable(m->lastPingMs));
    q.addBindValue(nullable(m->nextDueMs));
    q.addBindValue(m->nPings);
    q.addBindValue(nullable(m->lastDurationMs));
    q.addBindValue(text(encodeRuns(m->runs)));
    q.addBindValue(text(m->schedule.cron()));
    q.addBindValue(text(m->schedule.timeZone()));
    q.addBindValue(m->maxRunMs);
    q.addBindValue(m->slowRunMs);
    q.addBindValue(text(m->successKeywords));
    q.addBindValue(text(m->failureKeywords));
    q.addBindValue(text(m->startKeywords));
    q.addBindValue(kindName(m->kind));
    q.addBindValue(text(encodeCheck(*m)));
    q.addBindValue(text(encodeCheckState(*m)));
    q.addBindValue(text(m->methods));
    q.addBindValue(m->downAfter);
    q.addBindValue(m->minRunMs);
    q.addBindValue(text(encodeIds(m->dependsOn)));
    if (!run(q, &m_lastError))
        return false;
    m->id = q.lastInsertId().toLongLong();
    return true;
}

bool MonitorRepository::updateState(const Monitor &m)
{
    m_updateState.addBindValue(statusName(m.status));
    m_updateState.addBindValue(m.statusSinceMs);
    m_updateState.addBindValue(nullable(m.lastPingMs));
    m_updateState.addBindValue(nullable(m.nextDueMs));
    m_updateState.addBindValue(m.nPings);
    m_updateState.addBindValue(nullable(m.lastDurationMs));
    m_updateState.addBindValue(text(encodeRuns(m.runs)));
    m_updateState.addBindValue(nullable(m.lastSuccessMs));
    m_updateState.addBindValue(text(m.statusReason));
    m_updateState.addBindValue(text(encodeCheckState(m)));
    m_updateState.addBindValue(text(encodePreMaintenance(m)));
    m_updateState.addBindValue(m.failStreak);
    m_updateState.addBindValue(nullable(m.parentId > 0 ? m.parentId : -1));
    m_updateState.addBindValue(text(encodeAck(m)));
    m_updateState.addBindValue(m.id);
    if (!m_updateState.exec()) {
        m_lastError = m_updateState.lastError();
        return false;
    }
    return true;
}

bool MonitorRepository::updateConfig(const Monitor &m)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
            "UPDATE monitors SET name = ?, slug = ?, tags = ?, description = ?, period_ms = ?, "
            "grace_ms = ?, resume_on_ping = ?, cron = ?, tz = ?, max_run_ms = ?, slow_run_ms = ?, "
            "success_keywords = ?, failure_keywords = ?, start_keywords = ?, check_spec = ?, "
            "methods = ?, down_after = ?, min_run_ms = ?, depends_on = ? WHERE id = ?"));
    q.addBindValue(text(m.name));
    q.addBindValue(text(storedSlug(m)));
    q.addBindValue(text(m.tags.join(QLatin1Char(' '))));
    q.addBindValue(text(m.description));
    q.addBindValue(m.schedule.periodMs());
    q.addBindValue(m.graceMs);
    q.addBindValue(m.resumeOnPing ? 1 : 0);
    q.addBindValue(text(m.schedule.cron()));
    q.addBindValue(text(m.schedule.timeZone()));
    q.addBindValue(m.maxRunMs);
    q.addBindValue(m.slowRunMs);
    q.addBindValue(text(m.successKeywords));
    q.addBindValue(text(m.failureKeywords));
    q.addBindValue(text(m.startKeywords));
    q.addBindValue(text(encodeCheck(m)));
    q.addBindValue(text(m.methods));
    q.addBindValue(m.downAfter);
    q.addBindValue(m.minRunMs);
    q.addBindValue(text(encodeIds(m.dependsOn)));
    q.addBindValue(m.id);
    if (!run(q, &m_lastError))
        return false;
    return true;
}

bool MonitorRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM monitors WHERE id = ?"));
    q.addBindValue(id);
    if (!run(q, &m_lastError))
        return false;
    return true;
}

QHash<qint64, QString> MonitorRepository::names()
{
    QHash<qint64, QString> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM monitors")))
        m_lastError = q.lastError();
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

bool MonitorRepository::slugExists(const QString &slug)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM monitors WHERE slug = ?"));
    q.addBindValue(slug);
    return q.exec() && q.next();
}

} // namespace uptrack
