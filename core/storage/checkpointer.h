// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageoptions.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace uptrack {

/// A moment with no commit in flight, for the checkpoint after which SQLite starts the WAL
/// over. The writer passes it around each commit; the checkpointer closes it for the few
/// milliseconds of one short checkpoint, once the writer is between commits. The writer
/// never waits at a closed gate longer than kMaxWaitMs: past that it commits anyway (SQLite
/// allows it; the WAL then starts over at a later try instead).
class CommitGate
{
public:
    static constexpr int kMaxWaitMs = 10;
    /// How long it waits when the WAL is far past its restart size because checkpoints
    /// never got short enough (a slow disk): a rare longer pause bounds the WAL.
    static constexpr int kLongWaitMs = 250;

    /// The writer's side, around one commit.
    void enter()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_closed)
            m_changed.wait_for(lock, std::chrono::milliseconds(m_holdMs),
                               [this] { return !m_closed; });
        m_inCommit = true;
    }
    void leave()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_inCommit = false;
        m_changed.notify_all();
    }
    /// The checkpointer's side: true once the gate is closed and no commit is in flight;
    /// false (and open) when the writer's commit did not end within `waitMs`. The writer
    /// then waits at most `holdMs` at the closed gate.
    bool close(int waitMs, int holdMs = kMaxWaitMs)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_closed = true;
        m_holdMs = holdMs;
        if (m_changed.wait_for(lock, std::chrono::milliseconds(waitMs),
                               [this] { return !m_inCommit; }))
            return true;
        m_closed = false;
        m_changed.notify_all();
        return false;
    }
    void open()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = false;
        m_changed.notify_all();
    }

    /// Passes the gate for one scope (a commit).
    class Pass
    {
    public:
        explicit Pass(CommitGate *gate) : m_gate(gate)
        {
            if (m_gate)
                m_gate->enter();
        }
        ~Pass()
        {
            if (m_gate)
                m_gate->leave();
        }
        Pass(const Pass &) = delete;
        Pass &operator=(const Pass &) = delete;

    private:
        CommitGate *m_gate;
    };

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_closed = false;
    bool m_inCommit = false;
    int m_holdMs = kMaxWaitMs;
};

/// Moves what the writer committed from the WAL into the database file, on a thread and
/// a connection of its own, a few times a second (PASSIVE: it never holds up the writer or
/// a reader). SQLite's own checkpoint would run inside whichever commit crossed 1,000 WAL
/// pages — copying them and syncing the file while that commit's pings wait — so the
/// writer turns it down to a last-resort bound (Database::setWalCheckpointing).
///
/// Durability is the writer's, unchanged: a commit is in the WAL (synced as --sync says)
/// before its pings are answered; a checkpoint only moves it, syncing as the same mode
/// does. A writer that never pauses would keep the WAL growing: SQLite starts it over at a
/// commit that finds everything in it moved, which a passive checkpoint racing the writer
/// rarely achieves. So past kRestartFrames it closes the CommitGate for one more passive
/// checkpoint, which moves the little that came since; the next commit starts the WAL
/// over. When checkpoints never get that short (a slow or busy disk) and the WAL passes
/// twice that size, the gate holds the writer up to CommitGate::kLongWaitMs instead, so the
/// WAL stays bounded at the cost of a rare longer pause. (Not RESTART: that holds the writer's lock
/// while it waits for readers, so a long report would stall every ping.)
class Checkpointer
{
public:
    /// `shortNs`: how short the passive checkpoint before a gated one must be (tests
    /// pass 0 to play a disk too slow for it).
    Checkpointer(QString path, SyncMode sync, int intervalMs = kIntervalMs,
                 qint64 restartFrames = kRestartFrames, qint64 shortNs = kShortCheckpointNs);
    /// Stops the thread after a last checkpoint.
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    /// Opens its connection and starts; false with *error when the database cannot be
    /// opened (the writer then keeps SQLite's own checkpoints).
    bool start(QString *error);

    static constexpr int kIntervalMs = 200;
    /// WAL frames (pages) at which the WAL is started over: 32 MB of 4 KB pages.
    static constexpr qint64 kRestartFrames = 8192;
    /// A passive checkpoint this short is followed by the gated one (which then has about
    /// as little to do).
    static constexpr qint64 kShortCheckpointNs = 4'000'000;
    /// How long the checkpointer waits for the writer to finish a commit.
    static constexpr int kCloseWaitMs = 50;

    /// Where the writer passes around each commit.
    CommitGate &gate() { return m_gate; }

    /// What it has done, for logs and benchmarks.
    struct Figures
    {
        qint64 runs = 0;
        qint64 framesMoved = 0;
        qint64 busy = 0;        ///< runs that could not move everything (a reader held frames)
        qint64 maxUs = 0;       ///< the longest checkpoint
        qint64 maxLog = 0;      ///< the most WAL frames seen at once
        qint64 restarts = 0;    ///< gated checkpoints that moved everything (the WAL starts over)
        qint64 maxClosedUs = 0; ///< the longest the gate stayed closed
    };
    Figures figures() const;

private:
    void run();

    QString m_path;
    SyncMode m_sync;
    int m_intervalMs;
    qint64 m_restartFrames;
    qint64 m_shortNs;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_runs{0};
    std::atomic<qint64> m_moved{0};
    std::atomic<qint64> m_busy{0};
    std::atomic<qint64> m_maxUs{0};
    std::atomic<qint64> m_maxLog{0};
    std::atomic<qint64> m_restarts{0};
    std::atomic<qint64> m_maxClosedUs{0};
    CommitGate m_gate;
};

} // namespace uptrack
