// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/mute.h"

#include <QList>
#include <QSqlError>

namespace uptrack {

class Database;

/// Mutes (until they end: an ended one is removed, with its summary, in one transaction).
class MuteRepository
{
public:
    explicit MuteRepository(Database &db) : m_db(db) { }

    bool loadAll(QList<Mute> *out);
    /// Inserts and sets mute->id.
    bool insert(Mute *mute);
    bool setUntil(qint64 id, qint64 untilMs);
    bool remove(qint64 id);

    QSqlError lastError() const { return m_lastError; }

private:
    Database &m_db;
    QSqlError m_lastError;
};

} // namespace uptrack
