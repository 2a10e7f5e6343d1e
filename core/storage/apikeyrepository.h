// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apikey.h"

#include <QList>
#include <QSqlError>

namespace uptrack {

class Database;

/// The management API's keys: their hashes, never the keys.
class ApiKeyRepository
{
public:
    explicit ApiKeyRepository(Database &db) : m_db(db) { }

    /// Every key, oldest first.
    bool loadAll(QList<ApiKey> *out);
    bool insert(ApiKey *key);
    bool remove(qint64 id);
    /// When a key was last used (written now and then, not on every request).
    bool setLastUsed(qint64 id, qint64 ms);

    QSqlError lastError() const { return m_lastError; }

private:
    Database &m_db;
    QSqlError m_lastError;
};

} // namespace uptrack
