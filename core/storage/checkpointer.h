// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageoptions.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace uptrack {

/// Moves what the writer committed from the WAL into the database file, on a thread and
/// a connection of its own, a few times a second (PASSIVE: it never holds up the writer or
/// a reader). SQLite's own checkpoint would run inside whichever commit crossed 1,000 WAL
/// pages — copying them and syncing the file while that commit's pings wait — so the
/// writer turns it down to a last-resort bound (Database::setWalCheckpointing).
///
/// Durability is the writer's, unchanged: a commit is in the WAL (synced as --sync says)
/// before its pings are answered; a checkpoint only moves it, syncing as the same mode
/// does. A writer that never pauses would keep the WAL growing (SQLite starts it over only
/// after a checkpoint that moved everything): past kRestartFrames a short RESTART checkpoint
/// makes the next commit start it over, so the WAL stays near 8 MB.
class Checkpointer
{
public:
    Checkpointer(QString path, SyncMode sync, int intervalMs = kIntervalMs);
    /// Stops the thread after a last checkpoint.
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    /// Opens its connection and starts; false with *error when the database cannot be
    /// opened (the writer then keeps SQLite's own checkpoints).
    bool start(QString *error);

    static constexpr int kIntervalMs = 200;
    /// WAL frames (pages) at which the WAL is started over: 8 MB of 4 KB pages.
    static constexpr qint64 kRestartFrames = 2048;

    /// What it has done, for logs and benchmarks.
    struct Figures
    {
        qint64 runs = 0;
        qint64 framesMoved = 0;
        qint64 busy = 0;   ///< runs that could not move everything (a reader held frames)
        qint64 maxUs = 0;  ///< the longest checkpoint
        qint64 maxLog = 0; ///< the most WAL frames seen at once
        qint64 restarts = 0;
    };
    Figures figures() const;

private:
    void run();

    QString m_path;
    SyncMode m_sync;
    int m_intervalMs;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_runs{0};
    std::atomic<qint64> m_moved{0};
    std::atomic<qint64> m_busy{0};
    std::atomic<qint64> m_maxUs{0};
    std::atomic<qint64> m_maxLog{0};
    std::atomic<qint64> m_restarts{0};
};

} // namespace uptrack
