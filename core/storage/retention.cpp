// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "database.h"
#include "storagelog.h"
#include "time/clock.h"

#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcRetention, "uptrack.retention")

namespace uptrack {

namespace {
constexpr qint64 kDayMs = 86'400'000;

struct Rule
{
    const char *sql; ///< deletes at most ? rows older than ?
    bool deliveries; ///< uses deliveryDays rather than historyDays
};

// Oldest first, each bounded by a LIMIT so one transaction stays short. Deleting an
// alert cascades to its deliveries and their attempts (foreign keys are on).
const Rule kRules[] = {
        {"DELETE FROM delivery_attempts WHERE id IN (SELECT id FROM delivery_attempts "
         "WHERE time_ms < ? ORDER BY id LIMIT ?)",
         true},
        {"DELETE FROM alerts WHERE id IN (SELECT a.id FROM alerts a WHERE a.created_ms < ? "
         "AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.alert_id = a.id AND "
         "d.state = 'pending') ORDER BY a.id LIMIT ?)",
         false},
        {"DELETE FROM flips WHERE id IN (SELECT id FROM flips WHERE time_ms < ? ORDER BY id "
         "LIMIT ?)",
         false},
        {"DELETE FROM incidents WHERE id IN (SELECT id FROM incidents WHERE end_ms IS NOT NULL "
         "AND end_ms < ? ORDER BY id LIMIT ?)",
         false},
        {"DELETE FROM listening WHERE id IN (SELECT id FROM listening WHERE end_ms < ? ORDER BY "
         "id LIMIT ?)",
         false},
};
} // namespace

Retention::Retention(Database &db, const Clock &clock, RetentionOptions options, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_options(options)
{
    m_daily.setInterval(m_options.intervalMs);
    connect(&m_daily, &QTimer::timeout, this, &Retention::step);
}

void Retention::start()
{
    m_daily.start();
    // A little after start, so a busy start-up (loading, first pings) goes first.
    QTimer::singleShot(10'000, this, &Retention::step);
}

int Retention::pruneChunk(Database &db, qint64 nowMs, const RetentionOptions &options,
                          QString *error)
{
    if (!db.begin()) {
        *error = db.describe(db.lastError());
        return -1;
    }
    int deleted = 0;
    for (const Rule &rule : kRules) {
        const int budget = options.chunkRows - deleted;
        if (budget <= 0)
            break;
        QSqlQuery q(db.sql());
        q.prepare(QString::fromLatin1(rule.sql));
        q.addBindValue(nowMs
                       - (rule.deliveries ? options.deliveryDays : options.historyDays) * kDayMs);
        q.addBindValue(budget);
        if (!q.exec()) {
            *error = db.describe(q.lastError());
            db.rollback();
            return -1;
        }
        deleted += q.numRowsAffected();
    }
    if (!db.commit()) {
        *error = db.describe(db.lastError());
        db.rollback();
        return -1;
    }
    return deleted;
}

qint64 Retention::pruneAll(Database &db, qint64 nowMs, const RetentionOptions &options,
                           QString *error)
{
    qint64 total = 0;
    for (;;) {
        const int n = pruneChunk(db, nowMs, options, error);
        if (n < 0)
            return -1;
        total += n;
        if (n < options.chunkRows)
            return total;
    }
}

void Retention::step()
{
    if (m_running && sender() == &m_daily)
        return; // a sweep is still going
    m_running = true;
    QString error;
    const int n = pruneChunk(m_db, m_clock.nowMs(), m_options, &error);
    if (n < 0) {
        // A full or locked disk: try again at the next sweep; nothing is lost by waiting.
        qCWarning(lcRetention) << "history clean-up failed:" << error;
        m_running = false;
        return;
    }
    m_sweptRows += n;
    if (n >= m_options.chunkRows) {
        QTimer::singleShot(0, this, &Retention::step); // more to do; let pings in first
        return;
    }
    if (m_sweptRows > 0)
        qCInfo(lcRetention) << "deleted" << m_sweptRows << "rows of history past retention";
    emit swept(m_sweptRows);
    m_sweptRows = 0;
    m_running = false;
}

} // namespace uptrack
