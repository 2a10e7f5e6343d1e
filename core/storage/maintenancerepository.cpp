// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenancerepository.h"

#include "database.h"
#include "sqlvalues.h"

namespace uptrack {

using namespace sqlvalue;

namespace {
const QString kColumns
        = QStringLiteral("id, name, all_monitors, monitor_ids, tags, from_ms, to_ms, "
                         "cron, tz, duration_ms, notify, created_ms");

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(' '));
}

void bindWindow(QSqlQuery &q, const MaintenanceWindow &w)
{
    q.addBindValue(w.name);
    q.addBindValue(w.all ? 1 : 0);
    q.addBindValue(text(joinIds(w.monitorIds)));
    q.addBindValue(text(w.tags.join(QLatin1Char(' '))));
    q.addBindValue(nullable(w.isRecurring() ? -1 : w.fromMs));
    q.addBindValue(nullable(w.isRecurring() ? -1 : w.toMs));
    q.addBindValue(text(w.cron));
    q.addBindValue(text(w.timeZone));
    q.addBindValue(w.isRecurring() ? w.durationMs : 0);
    q.addBindValue(w.notify ? 1 : 0);
}
} // namespace

bool MaintenanceRepository::loadAll(QList<MaintenanceWindow> *out)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM maintenance_windows ORDER BY name").arg(kColumns))) {
        m_lastError = q.lastError();
        return false;
    }
    while (q.next()) {
        MaintenanceWindow w;
        w.id = q.value(0).toLongLong();
        w.name = q.value(1).toString();
        w.all = q.value(2).toBool();
        for (const QString &id : q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            w.monitorIds.append(id.toLongLong());
        w.tags = q.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        w.fromMs = orNone(q.value(5));
        w.toMs = orNone(q.value(6));
        w.cron = q.value(7).toString();
        w.timeZone = q.value(8).toString();
        w.durationMs = q.value(9).toLongLong();
        w.notify = q.value(10).toBool();
        w.createdMs = q.value(11).toLongLong();
        out->append(w);
    }
    return true;
}

bool MaintenanceRepository::insert(MaintenanceWindow *window)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO maintenance_windows (name, all_monitors, monitor_ids, "
                             "tags, from_ms, to_ms, cron, tz, duration_ms, notify, created_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindWindow(q, *window);
    q.addBindValue(window->createdMs);
    if (!run(q, &m_lastError))
        return false;
    window->id = q.lastInsertId().toLongLong();
    return true;
}

bool MaintenanceRepository::update(const MaintenanceWindow &window)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE maintenance_windows SET name = ?, all_monitors = ?, "
                             "monitor_ids = ?, tags = ?, from_ms = ?, to_ms = ?, cron = ?, tz = ?, "
                             "duration_ms = ?, notify = ? WHERE id = ?"));
    bindWindow(q, window);
    q.addBindValue(window.id);
    return run(q, &m_lastError);
}

bool MaintenanceRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM maintenance_windows WHERE id = ?"));
    q.addBindValue(id);
    return run(q, &m_lastError);
}

} // namespace uptrack
