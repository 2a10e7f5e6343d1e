// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pingrepository.h"

#include "database.h"

#include <QVariant>

namespace uptrack {

namespace {
// A null QString binds as SQL NULL; text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

PingRepository::PingRepository(Database &db) : m_db(db), m_insert(db.sql())
{
    m_insert.prepare(QStringLiteral(
            "INSERT INTO pings (monitor_id, time_ms, kind, exit_status, duration_ms, rid, source, "
            "method, user_agent, body, body_truncated) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
}

bool PingRepository::insert(Ping *p)
{
    m_insert.addBindValue(p->monitorId);
    m_insert.addBindValue(p->timeMs);
    m_insert.addBindValue(pingKindName(p->kind));
    m_insert.addBindValue(p->exitStatus < 0 ? QVariant(QMetaType(QMetaType::Int))
                                            : QVariant(p->exitStatus));
    m_insert.addBindValue(p->durationMs < 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                            : QVariant(p->durationMs));
    m_insert.addBindValue(text(p->rid));
    m_insert.addBindValue(text(p->source));
    m_insert.addBindValue(text(p->method));
    m_insert.addBindValue(text(p->userAgent));
    m_insert.addBindValue(p->body.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                            : QVariant(p->body));
    m_insert.addBindValue(p->bodyTruncated ? 1 : 0);
    if (!m_insert.exec()) {
        m_lastError = m_insert.lastError();
        return false;
    }
    p->id = m_insert.lastInsertId().toLongLong();
    return true;
}

bool PingRepository::list(qint64 monitorId, int limit, QList<Ping> *out)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT id, monitor_id, time_ms, kind, exit_status, duration_ms, rid, source, method, "
            "user_agent, body, body_truncated FROM pings WHERE monitor_id = ? "
            "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(monitorId);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec()) {
        m_lastError = q.lastError();
        return false;
    }
    QList<Ping> newestFirst;
    while (q.next()) {
        Ping p;
        p.id = q.value(0).toLongLong();
        p.monitorId = q.value(1).toLongLong();
        p.timeMs = q.value(2).toLongLong();
        p.kind = pingKindFromName(q.value(3).toString()).value_or(PingKind::Success);
        p.exitStatus = q.value(4).isNull() ? -1 : q.value(4).toInt();
        p.durationMs = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        p.rid = q.value(6).toString();
        p.source = q.value(7).toString();
        p.method = q.value(8).toString();
        p.userAgent = q.value(9).toString();
        p.body = q.value(10).toByteArray();
        p.bodyTruncated = q.value(11).toBool();
        newestFirst.append(p);
    }
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        out->append(*it);
    return true;
}

qint64 PingRepository::prune(qint64 monitorId, qint64 keep)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
            "DELETE FROM pings WHERE monitor_id = ? AND id <= "
            "(SELECT id FROM pings WHERE monitor_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)"));
    q.addBindValue(monitorId);
    q.addBindValue(monitorId);
    q.addBindValue(keep);
    if (!q.exec()) {
        m_lastError = q.lastError();
        return -1;
    }
    return q.numRowsAffected();
}

} // namespace uptrack
