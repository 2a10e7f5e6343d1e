// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikeyrepository.h"

#include "database.h"
#include "sqlvalues.h"

namespace uptrack {

using namespace sqlvalue;

namespace {
ApiKey readKey(const QSqlQuery &q)
{
    ApiKey k;
    k.id = q.value(0).toLongLong();
    k.name = q.value(1).toString();
    k.keyHash = q.value(2).toString();
    k.prefix = q.value(3).toString();
    k.readOnly = q.value(4).toBool();
    k.createdMs = q.value(5).toLongLong();
    k.lastUsedMs = orNone(q.value(6));
    return k;
}
} // namespace

bool ApiKeyRepository::loadAll(QList<ApiKey> *out)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name, key_hash, prefix, read_only, created_ms, "
                             "last_used_ms FROM api_keys ORDER BY id"));
    return readAll(q, &m_lastError, out, readKey);
}

bool ApiKeyRepository::insert(ApiKey *key)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO api_keys (name, key_hash, prefix, read_only, "
                             "created_ms) VALUES (?,?,?,?,?)"));
    q.addBindValue(key->name);
    q.addBindValue(key->keyHash);
    q.addBindValue(key->prefix);
    q.addBindValue(key->readOnly ? 1 : 0);
    q.addBindValue(key->createdMs);
    if (!run(q, &m_lastError))
        return false;
    key->id = q.lastInsertId().toLongLong();
    return true;
}

bool ApiKeyRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM api_keys WHERE id = ?"));
    q.addBindValue(id);
    return run(q, &m_lastError);
}

bool ApiKeyRepository::setLastUsed(qint64 id, qint64 ms)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE api_keys SET last_used_ms = ? WHERE id = ?"));
    q.addBindValue(ms);
    q.addBindValue(id);
    return run(q, &m_lastError);
}

} // namespace uptrack
