// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageoptions.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace uptrack {

class Clock;
class Database;

/// Deletes history past its retention, in small transactions on the writer's thread
/// so pings are never held up for long. Freed pages are reused by SQLite, so the file
/// size levels off instead of shrinking.
class Retention : public QObject
{
    Q_OBJECT
public:
    Retention(Database &db, const Clock &clock, RetentionOptions options = {},
              QObject *parent = nullptr);

    void start();
    /// One chunk of at most chunkRows rows over all tables; returns how many went, or
    /// -1 with *error. Exposed for the year simulation and tests.
    static int pruneChunk(Database &db, qint64 nowMs, const RetentionOptions &options,
                          QString *error);
    /// Runs chunks until nothing is left to delete; returns the total or -1.
    static qint64 pruneAll(Database &db, qint64 nowMs, const RetentionOptions &options,
                           QString *error);

signals:
    void swept(qint64 rows);

private:
    void step();

    Database &m_db;
    const Clock &m_clock;
    RetentionOptions m_options;
    QTimer m_daily;
    qint64 m_sweptRows = 0;
    bool m_running = false;
};

} // namespace uptrack
