// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QVariant>

namespace uptrack {

using namespace sqlvalue;

HistoryRepository::HistoryRepository(Database &db)
    : m_db(db), m_insertFlip(db.sql()), m_openIncident(db.sql()), m_closeIncident(db.sql())
{
    m_insertFlip.prepare(QStringLiteral("INSERT INTO flips (monitor_id, time_ms, from_status, "
                                        "to_status, reason) VALUES (?,?,?,?,?)"));
    m_openIncident.prepare(
            QStringLiteral("INSERT INTO incidents (monitor_id, start_ms, reason) VALUES (?,?,?)"));
    m_closeIncident.prepare(QStringLiteral(
            "UPDATE incidents SET end_ms = ? WHERE monitor_id = ? AND end_ms IS NULL"));
}

bool HistoryRepository::insertFlip(Flip *f)
{
    m_insertFlip.addBindValue(f->monitorId);
    m_insertFlip.addBindValue(f->timeMs);
    m_insertFlip.addBindValue(statusName(f->from));
    m_insertFlip.addBindValue(statusName(f->to));
    m_insertFlip.addBindValue(text(f->reason));
    if (!run(m_insertFlip, &m_lastError))
        return false;
    f->id = m_insertFlip.lastInsertId().toLongLong();
    return true;
}

bool HistoryRepository::flips(qint64 monitorId, QList<Flip> *out)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, monitor_id, time_ms, from_status, to_status, reason "
                             "FROM flips WHERE monitor_id = ? ORDER BY time_ms, id"));
    q.addBindValue(monitorId);
    if (!run(q, &m_lastError))
        return false;
    while (q.next()) {
        Flip f;
        f.id = q.value(0).toLongLong();
        f.monitorId = q.value(1).toLongLong();
        f.timeMs = q.value(2).toLongLong();
        f.from = statusFromName(q.value(3).toString()).value_or(Status::New);
        f.to = statusFromName(q.value(4).toString()).value_or(Status::New);
        f.reason = q.value(5).toString();
        out->append(f);
    }
    return true;
}

bool HistoryRepository::openIncident(Incident *i)
{
    m_openIncident.addBindValue(i->monitorId);
    m_openIncident.addBindValue(i->startMs);
    m_openIncident.addBindValue(text(i->reason));
    if (!run(m_openIncident, &m_lastError))
        return false;
    i->id = m_openIncident.lastInsertId().toLongLong();
    return true;
}

bool HistoryRepository::closeIncident(qint64 monitorId, qint64 endMs)
{
    m_closeIncident.addBindValue(endMs);
    m_closeIncident.addBindValue(monitorId);
    return run(m_closeIncident, &m_lastError);
}

namespace {
const char kIncidentColumns[] = "SELECT id, monitor_id, start_ms, end_ms, reason, note, ack_by, "
                                "ack_ms, ack_note FROM incidents ";

Incident readIncident(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.monitorId = q.value(1).toLongLong();
    i.startMs = q.value(2).toLongLong();
    i.endMs = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
    i.reason = q.value(4).toString();
    i.note = q.value(5).toString();
    i.ackBy = q.value(6).toString();
    i.ackMs = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
    i.ackNote = q.value(8).toString();
    return i;
}
} // namespace

bool HistoryRepository::incidents(qint64 monitorId, QList<Incident> *out, int limit)
{
    QSqlQuery q(m_db.sql());
    const QString columns = QString::fromLatin1(kIncidentColumns);
    if (monitorId > 0) {
        q.prepare(columns + QStringLiteral("WHERE monitor_id = ? ORDER BY start_ms, id"));
        q.addBindValue(monitorId);
    } else {
        q.prepare(columns + QStringLiteral("ORDER BY start_ms DESC, id DESC LIMIT ?"));
        q.addBindValue(limit > 0 ? limit : -1);
    }
    if (!run(q, &m_lastError))
        return false;
    while (q.next())
        out->append(readIncident(q));
    return true;
}

bool HistoryRepository::incidentsIn(qint64 monitorId, qint64 fromMs, qint64 toMs, int limit,
                                    QList<Incident> *out)
{
    QSqlQuery q(m_db.sql());
    QString sql = QString::fromLatin1(kIncidentColumns)
            + QStringLiteral("WHERE start_ms < ? AND (end_ms IS NULL OR end_ms > ?)");
    if (monitorId > 0)
        sql += QStringLiteral(" AND monitor_id = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY start_ms DESC, id DESC LIMIT ?"));
    q.addBindValue(toMs);
    q.addBindValue(fromMs);
    if (monitorId > 0)
        q.addBindValue(monitorId);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!run(q, &m_lastError))
        return false;
    while (q.next())
        out->append(readIncident(q));
    return true;
}

std::optional<Incident> HistoryRepository::incident(qint64 incidentId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QString::fromLatin1(kIncidentColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(incidentId);
    if (!run(q, &m_lastError) || !q.next())
        return std::nullopt;
    return readIncident(q);
}

qint64 HistoryRepository::openSpan(qint64 startMs)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO listening (start_ms, end_ms) VALUES (?, ?)"));
    q.addBindValue(startMs);
    q.addBindValue(startMs);
    if (!run(q, &m_lastError))
        return -1;
    return q.lastInsertId().toLongLong();
}

bool HistoryRepository::extendSpan(qint64 id, qint64 endMs)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE listening SET end_ms = ? WHERE id = ? AND end_ms < ?"));
    q.addBindValue(endMs);
    q.addBindValue(id);
    q.addBindValue(endMs);
    return run(q, &m_lastError);
}

bool HistoryRepository::spans(QList<ListeningSpan> *out)
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, start_ms, end_ms FROM listening ORDER BY start_ms"))) {
        m_lastError = q.lastError();
        return false;
    }
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return true;
}

bool HistoryRepository::listenedAt(qint64 atMs)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
            QStringLiteral("SELECT 1 FROM listening WHERE start_ms <= ? AND end_ms >= ? LIMIT 1"));
    q.addBindValue(atMs);
    q.addBindValue(atMs);
    return run(q, &m_lastError) && q.next();
}

bool HistoryRepository::acknowledge(qint64 incidentId, const QString &by, qint64 atMs,
                                    const QString &note)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
            "UPDATE incidents SET ack_by = ?, ack_ms = ?, ack_note = ? WHERE id = ?"));
    q.addBindValue(text(by));
    q.addBindValue(atMs);
    q.addBindValue(text(note));
    q.addBindValue(incidentId);
    return run(q, &m_lastError);
}

bool HistoryRepository::setIncidentNote(qint64 incidentId, const QString &note, bool *found)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE incidents SET note = ? WHERE id = ?"));
    q.addBindValue(text(note));
    q.addBindValue(incidentId);
    if (!run(q, &m_lastError))
        return false;
    *found = q.numRowsAffected() > 0;
    return true;
}

} // namespace uptrack
