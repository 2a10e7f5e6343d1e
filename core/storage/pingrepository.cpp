// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pingrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QVariant>

#include <limits>

namespace uptrack {

using namespace sqlvalue;

namespace {
// A null QString binds as SQL NULL; text columns are NOT NULL.
} // namespace

namespace {
const QString kInsert = QStringLiteral(
        "INSERT INTO pings (monitor_id, time_ms, kind, exit_status, duration_ms, rid, source, "
        "method, user_agent, body, body_truncated, ignored, received_ms, email_from, "
        "email_subject) VALUES ");
const QString kRow = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");

void bindPing(QSqlQuery &q, const Ping &p)
{
    q.addBindValue(p.monitorId);
    q.addBindValue(p.timeMs);
    q.addBindValue(pingKindName(p.kind));
    q.addBindValue(p.exitStatus < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(p.exitStatus));
    q.addBindValue(p.durationMs < 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                    : QVariant(p.durationMs));
    q.addBindValue(text(p.rid));
    q.addBindValue(text(p.source));
    q.addBindValue(text(p.method));
    q.addBindValue(text(p.userAgent));
    q.addBindValue(p.body.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                    : QVariant(p.body));
    q.addBindValue(p.bodyTruncated ? 1 : 0);
    q.addBindValue(text(p.ignoredBecause));
    q.addBindValue(p.receivedMs < 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                    : QVariant(p.receivedMs));
    // NULL unless it came by e-mail.
    q.addBindValue(p.isEmail() ? QVariant(p.emailFrom) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(p.isEmail() ? QVariant(p.emailSubject)
                               : QVariant(QMetaType(QMetaType::QString)));
}
} // namespace

PingRepository::PingRepository(Database &db) : m_db(db), m_insert(db.sql()), m_insertBlock(db.sql())
{
    m_insert.prepare(kInsert + kRow);
    QStringList rows;
    for (int i = 0; i < kBlock; ++i)
        rows.append(kRow);
    m_insertBlock.prepare(kInsert + rows.join(QLatin1Char(',')));
}

bool PingRepository::insert(Ping *p)
{
    bindPing(m_insert, *p);
    if (!m_insert.exec()) {
        m_lastError = m_insert.lastError();
        return false;
    }
    p->id = m_insert.lastInsertId().toLongLong();
    return true;
}

bool PingRepository::insertAll(const QList<const Ping *> &pings)
{
    // Each statement costs far more in QtSql than in SQLite: a block of rows per
    // statement roughly halves the writer's time per ping.
    qsizetype i = 0;
    for (; i + kBlock <= pings.size(); i += kBlock) {
        for (int k = 0; k < kBlock; ++k)
            bindPing(m_insertBlock, *pings[i + k]);
        if (!m_insertBlock.exec()) {
            m_lastError = m_insertBlock.lastError();
            return false;
        }
    }
    for (; i < pings.size(); ++i) {
        bindPing(m_insert, *pings[i]);
        if (!m_insert.exec()) {
            m_lastError = m_insert.lastError();
            return false;
        }
    }
    return true;
}

namespace {
const QString kColumns = QStringLiteral(
        "id, monitor_id, time_ms, kind, exit_status, duration_ms, rid, source, method, "
        "user_agent, %1, body_truncated, ignored, received_ms, email_from, email_subject");

QString bodyColumn(int bodyBytes)
{
    if (bodyBytes < 0)
        return QStringLiteral("body");
    if (bodyBytes == 0)
        return QStringLiteral("NULL");
    return QStringLiteral("substr(body, 1, %1)").arg(bodyBytes);
}

Ping readPing(const QSqlQuery &q)
{
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
    p.ignoredBecause = q.value(12).toString();
    p.receivedMs = q.value(13).isNull() ? -1 : q.value(13).toLongLong();
    p.emailFrom = q.value(14).toString();
    p.emailSubject = q.value(15).toString();
    return p;
}
} // namespace

bool PingRepository::list(qint64 monitorId, int limit, QList<Ping> *out)
{
    return range(monitorId, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                 limit, -1, out);
}

bool PingRepository::range(qint64 monitorId, qint64 fromMs, qint64 toMs, int limit, int bodyBytes,
                           QList<Ping> *out)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM pings WHERE monitor_id = ? AND time_ms >= ? AND "
                             "time_ms < ? ORDER BY id DESC LIMIT ?")
                      .arg(kColumns.arg(bodyColumn(bodyBytes))));
    q.addBindValue(monitorId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!run(q, &m_lastError))
        return false;
    QList<Ping> newestFirst;
    while (q.next())
        newestFirst.append(readPing(q));
    out->reserve(out->size() + newestFirst.size());
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        out->append(*it);
    return true;
}

bool PingRepository::marks(qint64 monitorId, qint64 fromMs, qint64 toMs, QList<PingMark> *out)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, time_ms, kind, exit_status, duration_ms FROM pings "
                             "WHERE monitor_id = ? AND time_ms >= ? AND time_ms < ? "
                             "ORDER BY time_ms, id"));
    q.addBindValue(monitorId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!run(q, &m_lastError))
        return false;
    while (q.next()) {
        PingMark m;
        m.id = q.value(0).toLongLong();
        m.timeMs = q.value(1).toLongLong();
        m.kind = pingKindFromName(q.value(2).toString()).value_or(PingKind::Success);
        m.exitStatus = q.value(3).isNull() ? -1 : q.value(3).toInt();
        m.durationMs = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        out->append(m);
    }
    return true;
}

QList<PingRepository::Outline> PingRepository::outline(qint64 monitorId, qint64 toMs)
{
    QList<Outline> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
            QStringLiteral("SELECT time_ms, kind = ?, duration_ms FROM pings WHERE monitor_id = ? "
                           "AND time_ms < ? ORDER BY time_ms"));
    q.addBindValue(pingKindName(PingKind::Success));
    q.addBindValue(monitorId);
    q.addBindValue(toMs);
    if (!q.exec()) {
        m_lastError = q.lastError();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toBool(), orNone(q.value(2))});
    return out;
}

QByteArray PingRepository::bodyNear(qint64 monitorId, qint64 atMs, int bytes)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT substr(body, 1, ?) FROM pings WHERE monitor_id = ? AND "
                             "kind = ? AND time_ms <= ? AND time_ms >= ? AND body IS NOT NULL "
                             "ORDER BY time_ms DESC LIMIT 1"));
    q.addBindValue(bytes);
    q.addBindValue(monitorId);
    q.addBindValue(pingKindName(PingKind::Fail));
    q.addBindValue(atMs + 60'000);
    q.addBindValue(atMs - 60'000);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError();
        return {};
    }
    return q.value(0).toByteArray();
}

std::optional<Ping> PingRepository::find(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM pings WHERE id = ?")
                      .arg(kColumns.arg(QStringLiteral("body"))));
    q.addBindValue(id);
    return readOne(q, &m_lastError, readPing);
}

qint64 PingRepository::prune(qint64 monitorId, qint64 keep, qint64 limit)
{
    // Oldest first through pings_by_monitor: a limited step takes the same rows an
    // unlimited one would have taken first.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
            "DELETE FROM pings WHERE id IN (SELECT id FROM pings WHERE monitor_id = ? AND id <= "
            "(SELECT id FROM pings WHERE monitor_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?) "
            "ORDER BY id LIMIT ?)"));
    q.addBindValue(monitorId);
    q.addBindValue(monitorId);
    q.addBindValue(keep);
    q.addBindValue(limit > 0 ? limit : qint64(-1));
    if (!q.exec()) {
        m_lastError = q.lastError();
        return -1;
    }
    return q.numRowsAffected();
}

} // namespace uptrack
