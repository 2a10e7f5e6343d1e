// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "muterepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace uptrack {

using namespace sqlvalue;

bool MuteRepository::loadAll(QList<Mute> *out)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, scope, monitor_id, tag, until_ms, created_ms FROM mutes "
                               "ORDER BY id"))) {
        m_lastError = q.lastError();
        return false;
    }
    while (q.next()) {
        Mute m;
        m.id = q.value(0).toLongLong();
        m.scope = muteScopeFromName(q.value(1).toString()).value_or(Mute::Scope::All);
        m.monitorId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        m.tag = q.value(3).toString();
        m.untilMs = q.value(4).toLongLong();
        m.createdMs = q.value(5).toLongLong();
        out->append(m);
    }
    return true;
}

bool MuteRepository::insert(Mute *mute)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO mutes (scope, monitor_id, tag, until_ms, created_ms) "
                             "VALUES (?,?,?,?,?)"));
    q.addBindValue(muteScopeName(mute->scope));
    q.addBindValue(nullable(mute->scope == Mute::Scope::Monitor ? mute->monitorId : -1));
    q.addBindValue(text(mute->tag));
    q.addBindValue(mute->untilMs);
    q.addBindValue(mute->createdMs);
    if (!run(q, &m_lastError))
        return false;
    mute->id = q.lastInsertId().toLongLong();
    return true;
}

bool MuteRepository::setUntil(qint64 id, qint64 untilMs)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE mutes SET until_ms = ? WHERE id = ?"));
    q.addBindValue(untilMs);
    q.addBindValue(id);
    return run(q, &m_lastError);
}

bool MuteRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM mutes WHERE id = ?"));
    q.addBindValue(id);
    return run(q, &m_lastError);
}

} // namespace uptrack
