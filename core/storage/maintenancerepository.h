// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/maintenance.h"

#include <QList>
#include <QSqlError>

namespace uptrack {

class Database;

/// Maintenance windows.
class MaintenanceRepository
{
public:
    explicit MaintenanceRepository(Database &db) : m_db(db) { }

    /// Every window, by name.
    bool loadAll(QList<MaintenanceWindow> *out);
    /// Inserts and sets window->id.
    bool insert(MaintenanceWindow *window);
    bool update(const MaintenanceWindow &window);
    bool remove(qint64 id);

    QSqlError lastError() const { return m_lastError; }

private:
    Database &m_db;
    QSqlError m_lastError;
};

} // namespace uptrack
