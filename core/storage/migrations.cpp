// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace uptrack {

const QList<QStringList> &schemaMigrations()
{
    // Portable SQL where possible (DESIGN.md: a shared PostgreSQL is the growth path).
    static const QList<QStringList> migrations = {
            // 1: monitors and their pings
            {
                    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                    QStringLiteral("CREATE TABLE monitors ("
                                   " id INTEGER PRIMARY KEY,"
                                   " name TEXT NOT NULL,"
                                   " slug TEXT NOT NULL UNIQUE,"
                                   " token TEXT NOT NULL UNIQUE,"
                                   " tags TEXT NOT NULL DEFAULT '',"
                                   " description TEXT NOT NULL DEFAULT '',"
                                   " period_ms BIGINT NOT NULL,"
                                   " grace_ms BIGINT NOT NULL,"
                                   " resume_on_ping INTEGER NOT NULL DEFAULT 0,"
                                   " created_ms BIGINT NOT NULL,"
                                   " status TEXT NOT NULL DEFAULT 'new',"
                                   " status_since_ms BIGINT NOT NULL DEFAULT 0,"
                                   " last_ping_ms BIGINT,"
                                   " next_due_ms BIGINT,"
                                   " n_pings BIGINT NOT NULL DEFAULT 0,"
                                   " last_duration_ms BIGINT,"
                                   " runs TEXT NOT NULL DEFAULT '')"),
                    QStringLiteral("CREATE TABLE pings ("
                                   " id INTEGER PRIMARY KEY,"
                                   " monitor_id INTEGER NOT NULL REFERENCES monitors(id) ON DELETE "
                                   "CASCADE,"
                                   " time_ms BIGINT NOT NULL,"
                                   " kind TEXT NOT NULL,"
                                   " exit_status INTEGER,"
                                   " duration_ms BIGINT,"
                                   " rid TEXT NOT NULL DEFAULT '',"
                                   " source TEXT NOT NULL DEFAULT '',"
                                   " method TEXT NOT NULL DEFAULT '',"
                                   " user_agent TEXT NOT NULL DEFAULT '',"
                                   " body BLOB,"
                                   " body_truncated INTEGER NOT NULL DEFAULT 0)"),
                    QStringLiteral("CREATE INDEX pings_by_monitor ON pings (monitor_id, id)"),
            },
            // 2: state history (flips, incidents) and Uptrack's own listening spans
            {
                    QStringLiteral("CREATE TABLE flips ("
                                   " id INTEGER PRIMARY KEY,"
                                   " monitor_id INTEGER NOT NULL REFERENCES monitors(id) ON DELETE "
                                   "CASCADE,"
                                   " time_ms BIGINT NOT NULL,"
                                   " from_status TEXT NOT NULL,"
                                   " to_status TEXT NOT NULL,"
                                   " reason TEXT NOT NULL DEFAULT '')"),
                    QStringLiteral("CREATE INDEX flips_by_monitor ON flips (monitor_id, time_ms)"),
                    QStringLiteral("CREATE TABLE incidents ("
                                   " id INTEGER PRIMARY KEY,"
                                   " monitor_id INTEGER NOT NULL REFERENCES monitors(id) ON DELETE "
                                   "CASCADE,"
                                   " start_ms BIGINT NOT NULL,"
                                   " end_ms BIGINT,"
                                   " reason TEXT NOT NULL DEFAULT '',"
                                   " note TEXT NOT NULL DEFAULT '')"),
                    QStringLiteral("CREATE INDEX incidents_by_monitor ON incidents (monitor_id, "
                                   "start_ms)"),
                    QStringLiteral("CREATE TABLE listening ("
                                   " id INTEGER PRIMARY KEY,"
                                   " start_ms BIGINT NOT NULL,"
                                   " end_ms BIGINT NOT NULL)"),
            },
    };
    return migrations;
}

} // namespace uptrack
