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
                    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT "
                                   "NOT NULL)"),
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
                                   " monitor_id INTEGER NOT NULL REFERENCES monitors(id) "
                                   "ON DELETE "
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
                                   " monitor_id INTEGER NOT NULL REFERENCES monitors(id) "
                                   "ON DELETE "
                                   "CASCADE,"
                                   " time_ms BIGINT NOT NULL,"
                                   " from_status TEXT NOT NULL,"
                                   " to_status TEXT NOT NULL,"
                                   " reason TEXT NOT NULL DEFAULT '')"),
                    QStringLiteral("CREATE INDEX flips_by_monitor ON flips (monitor_id, time_ms)"),
                    QStringLiteral("CREATE TABLE incidents ("
                                   " id INTEGER PRIMARY KEY,"
                                   " monitor_id INTEGER NOT NULL REFERENCES monitors(id) "
                                   "ON DELETE "
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
            // 3: alerting: channels, which monitors use them, alerts and the outbox
            {
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN last_success_ms BIGINT"),
                    QStringLiteral("CREATE TABLE channels ("
                                   " id INTEGER PRIMARY KEY,"
                                   " name TEXT NOT NULL UNIQUE,"
                                   " kind TEXT NOT NULL,"
                                   " config TEXT NOT NULL DEFAULT '{}',"   // never a secret
                                   " secret_ref TEXT NOT NULL DEFAULT ''," // keychain key
                                   " on_down INTEGER NOT NULL DEFAULT 1,"
                                   " on_up INTEGER NOT NULL DEFAULT 1,"
                                   " reminder_ms BIGINT NOT NULL DEFAULT 0,"
                                   " is_default INTEGER NOT NULL DEFAULT 0,"
                                   " created_ms BIGINT NOT NULL)"),
                    QStringLiteral("CREATE TABLE monitor_channels ("
                                   " monitor_id INTEGER NOT NULL REFERENCES monitors(id) "
                                   "ON DELETE "
                                   "CASCADE,"
                                   " channel_id INTEGER NOT NULL REFERENCES channels(id) "
                                   "ON DELETE "
                                   "CASCADE,"
                                   " PRIMARY KEY (monitor_id, channel_id))"),
                    QStringLiteral("CREATE TABLE alerts ("
                                   " id INTEGER PRIMARY KEY,"
                                   " monitor_id INTEGER REFERENCES monitors(id) ON DELETE "
                                   "CASCADE,"             // NULL:
                                                          // a
                                                          // test
                                   " kind TEXT NOT NULL," // down, up, reminder, test
                                   " event_id TEXT NOT NULL UNIQUE,"
                                   " created_ms BIGINT NOT NULL,"
                                   " facts TEXT NOT NULL)"), // JSON: what the message says
                    QStringLiteral("CREATE INDEX alerts_by_monitor ON alerts (monitor_id, "
                                   "created_ms)"),
                    QStringLiteral("CREATE TABLE deliveries ("
                                   " id INTEGER PRIMARY KEY,"
                                   " alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE "
                                   "CASCADE,"
                                   " channel_id INTEGER NOT NULL REFERENCES channels(id) ON "
                                   "DELETE "
                                   "CASCADE,"
                                   " state TEXT NOT NULL DEFAULT 'pending'," // pending, delivered,
                                                                             // failed
                                   " attempts INTEGER NOT NULL DEFAULT 0,"
                                   " next_attempt_ms BIGINT NOT NULL,"
                                   " last_attempt_ms BIGINT,"
                                   " outcome TEXT NOT NULL DEFAULT '',"
                                   " done_ms BIGINT)"),
                    QStringLiteral("CREATE INDEX deliveries_pending ON deliveries (state, "
                                   "next_attempt_ms)"),
                    QStringLiteral("CREATE INDEX deliveries_by_alert ON deliveries (alert_id)"),
                    QStringLiteral("CREATE TABLE delivery_attempts ("
                                   " id INTEGER PRIMARY KEY,"
                                   " delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON "
                                   "DELETE CASCADE,"
                                   " time_ms BIGINT NOT NULL,"
                                   " success INTEGER NOT NULL,"
                                   " outcome TEXT NOT NULL)"),
                    QStringLiteral("CREATE INDEX attempts_by_delivery ON delivery_attempts "
                                   "(delivery_id)"),
            },
            // 4: cron schedules
            {
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN cron TEXT NOT NULL "
                                   "DEFAULT ''"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN tz TEXT NOT NULL DEFAULT ''"),
                    // runs: one open longer is hung; one that took longer is slow
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN max_run_ms BIGINT "
                                   "NOT NULL DEFAULT 0"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN slow_run_ms BIGINT "
                                   "NOT NULL DEFAULT 0"),
                    // keyword filters, comma-separated, as Healthchecks has them
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN success_keywords "
                                   "TEXT NOT NULL DEFAULT ''"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN failure_keywords "
                                   "TEXT NOT NULL DEFAULT ''"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN start_keywords "
                                   "TEXT NOT NULL DEFAULT ''"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN status_reason "
                                   "TEXT NOT NULL DEFAULT ''"),
            },
            // 5: uptime checks (HTTP(S), TCP): the kind, the check as JSON, and its
            // live state (failures in a row, certificate expiry and warning)
            {
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN kind TEXT NOT NULL "
                                   "DEFAULT 'heartbeat'"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN check_spec TEXT NOT NULL "
                                   "DEFAULT ''"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN check_state TEXT NOT NULL "
                                   "DEFAULT ''"),
            },
            // 6: an incident's alerts name it (matching by time mixed up incidents a few
            // seconds apart); older rows are linked as well as their times allow
            {
                    QStringLiteral("ALTER TABLE alerts ADD COLUMN incident_id INTEGER "
                                   "REFERENCES incidents(id) ON DELETE SET NULL"),
                    // a down alert is raised at the instant its incident opens
                    QStringLiteral("UPDATE alerts SET incident_id = (SELECT MAX(i.id) FROM "
                                   "incidents i WHERE i.monitor_id = alerts.monitor_id AND "
                                   "i.start_ms = alerts.created_ms) WHERE kind = 'down'"),
                    // a recovery at the instant it closes
                    QStringLiteral("UPDATE alerts SET incident_id = (SELECT MAX(i.id) FROM "
                                   "incidents i WHERE i.monitor_id = alerts.monitor_id AND "
                                   "i.end_ms = alerts.created_ms) WHERE kind = 'up'"),
                    // a reminder while it is open
                    QStringLiteral("UPDATE alerts SET incident_id = (SELECT MAX(i.id) FROM "
                                   "incidents i WHERE i.monitor_id = alerts.monitor_id AND "
                                   "i.start_ms <= alerts.created_ms AND (i.end_ms IS NULL OR "
                                   "i.end_ms >= alerts.created_ms)) WHERE kind = 'reminder'"),
                    QStringLiteral("CREATE INDEX alerts_by_incident ON alerts (incident_id)"),
            },
            // 7: the management API: its keys (hashed: the key itself is never stored),
            // channels named by a UUID as Healthchecks names them, monitors that take POST
            // pings only, and why a ping was ignored
            {
                    QStringLiteral("CREATE TABLE api_keys ("
                                   " id INTEGER PRIMARY KEY,"
                                   " name TEXT NOT NULL UNIQUE,"
                                   " key_hash TEXT NOT NULL UNIQUE,"
                                   " prefix TEXT NOT NULL,"
                                   " read_only INTEGER NOT NULL DEFAULT 0,"
                                   " created_ms BIGINT NOT NULL,"
                                   " last_used_ms BIGINT)"),
                    QStringLiteral("ALTER TABLE channels ADD COLUMN uuid TEXT"),
                    // a random (version 4) UUID for each existing channel
                    QStringLiteral("UPDATE channels SET uuid = lower(hex(randomblob(4)) || '-' "
                                   "|| hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), "
                                   "2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
                                   "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"),
                    QStringLiteral("CREATE UNIQUE INDEX channels_by_uuid ON channels (uuid)"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN methods TEXT NOT NULL "
                                   "DEFAULT ''"),
                    QStringLiteral("ALTER TABLE pings ADD COLUMN ignored TEXT NOT NULL "
                                   "DEFAULT ''"),
            },
            // 8: pings that waited in a client's spool: when they arrived (time_ms is
            // the instant they were meant for); NULL for every other ping
            {
                    QStringLiteral("ALTER TABLE pings ADD COLUMN received_ms BIGINT"),
            },
            // 9: maintenance windows, and what a monitor in one was before it began
            {
                    QStringLiteral("CREATE TABLE maintenance_windows ("
                                   " id INTEGER PRIMARY KEY,"
                                   " name TEXT NOT NULL UNIQUE,"
                                   " all_monitors INTEGER NOT NULL DEFAULT 0,"
                                   " monitor_ids TEXT NOT NULL DEFAULT '',"
                                   " tags TEXT NOT NULL DEFAULT '',"
                                   " from_ms BIGINT,"
                                   " to_ms BIGINT,"
                                   " cron TEXT NOT NULL DEFAULT '',"
                                   " tz TEXT NOT NULL DEFAULT '',"
                                   " duration_ms BIGINT NOT NULL DEFAULT 0,"
                                   " notify INTEGER NOT NULL DEFAULT 0,"
                                   " created_ms BIGINT NOT NULL)"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN pre_maintenance TEXT NOT NULL "
                                   "DEFAULT ''"),
            },
            // 10: the alert policy: failures in a row before down, the shortest run that
            // counts, the monitors one depends on (space-separated ids) and the parent it
            // is down because of, the open incident's acknowledgement; who acknowledged an
            // incident, when, and why
            {
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN down_after INTEGER NOT NULL "
                                   "DEFAULT 1"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN min_run_ms BIGINT NOT NULL "
                                   "DEFAULT 0"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN fail_streak INTEGER NOT NULL "
                                   "DEFAULT 0"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN depends_on TEXT NOT NULL "
                                   "DEFAULT ''"),
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN parent_id BIGINT"),
                    // the open incident's acknowledgement, JSON {by, at_ms, note}; '' none
                    QStringLiteral("ALTER TABLE monitors ADD COLUMN ack TEXT NOT NULL DEFAULT ''"),
                    QStringLiteral("ALTER TABLE incidents ADD COLUMN ack_by TEXT"),
                    QStringLiteral("ALTER TABLE incidents ADD COLUMN ack_ms BIGINT"),
                    QStringLiteral("ALTER TABLE incidents ADD COLUMN ack_note TEXT"),
                    // mutes, and which one held a delivery that was not sent
                    QStringLiteral("CREATE TABLE mutes ("
                                   " id INTEGER PRIMARY KEY,"
                                   " scope TEXT NOT NULL," // all, monitor, tag
                                   " monitor_id BIGINT,"
                                   " tag TEXT NOT NULL DEFAULT '',"
                                   " until_ms BIGINT NOT NULL,"
                                   " created_ms BIGINT NOT NULL)"),
                    QStringLiteral("ALTER TABLE deliveries ADD COLUMN mute_id BIGINT"),
                    // escalation: a channel hears of a down only once it lasted this long
                    QStringLiteral("ALTER TABLE monitor_channels ADD COLUMN delay_ms BIGINT NOT "
                                   "NULL DEFAULT 0"),
            },
            // 11: pings by e-mail: who sent the message and its subject (NULL otherwise)
            {
                    QStringLiteral("ALTER TABLE pings ADD COLUMN email_from TEXT"),
                    QStringLiteral("ALTER TABLE pings ADD COLUMN email_subject TEXT"),
            },
    };
    return migrations;
}

} // namespace uptrack
