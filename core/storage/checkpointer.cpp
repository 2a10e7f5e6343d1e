// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointer.h"

#include "database.h"
#include "storagelog.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlQuery>

#include <algorithm>

namespace uptrack {

Checkpointer::Checkpointer(QString path, SyncMode sync, int intervalMs, qint64 restartFrames,
                           qint64 shortNs)
    : m_path(std::move(path))
    , m_sync(sync)
    , m_intervalMs(intervalMs)
    , m_restartFrames(restartFrames)
    , m_shortNs(shortNs)
{ }

Checkpointer::~Checkpointer()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
    const Figures f = figures();
    qCInfo(lcStorage).nospace() << "checkpoints: " << f.runs << " (" << f.framesMoved
                                << " frames moved), the longest " << f.maxUs / 1000
                                << " ms; the WAL held at most " << f.maxLog
                                << " frames and was started over " << f.restarts
                                << " times, commits held off at most " << f.maxClosedUs / 1000
                                << " ms";
}

bool Checkpointer::start(QString *error)
{
    // The connection is opened (and used, and closed) in the thread: a QtSql connection
    // belongs to the thread that made it.
    QSemaphore opened;
    bool ok = false;
    m_thread = QThread::create([this, &opened, &ok, error] {
        QString why;
        const auto db = Database::open(m_path, Database::Mode::ReadWrite, &why, m_sync);
        // start()'s locals are gone once it is released: decide before.
        const bool isOpen = db != nullptr;
        ok = isOpen;
        if (!isOpen)
            *error = why;
        opened.release();
        if (!isOpen)
            return;
        QSqlQuery q(db->sql());
        // What a checkpoint found and did: frames in the WAL, frames in the database file
        // (both -1 when it failed).
        struct Result
        {
            qint64 log = -1;
            qint64 moved = -1;
        };
        qint64 lastLog = 0;
        qint64 lastMoved = 0;
        auto checkpoint = [&](const char *mode) {
            QElapsedTimer t;
            t.start();
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(%1)").arg(QLatin1String(mode)))
                || !q.next()) {
                qCWarning(lcStorage).noquote()
                        << "checkpoint failed:" << db->describe(q.lastError());
                return Result{};
            }
            // (busy, frames in the WAL, frames now in the database file)
            const bool busy = q.value(0).toInt() != 0;
            const Result r{q.value(1).toLongLong(), q.value(2).toLongLong()};
            q.finish();
            const qint64 us = t.nsecsElapsed() / 1000;
            ++m_runs;
            // SQLite reports the frames moved since the WAL was last started over, not by
            // this checkpoint: count the difference (all of it after a new start).
            if (r.moved >= 0) {
                const bool sameLog = r.log >= lastLog && r.moved >= lastMoved;
                m_moved += sameLog ? r.moved - lastMoved : r.moved;
                lastLog = r.log;
                lastMoved = r.moved;
            }
            if (busy || r.moved < r.log)
                ++m_busy;
            m_maxUs = std::max(m_maxUs.load(), us);
            m_maxLog = std::max(m_maxLog.load(), r.log);
            if (us > 100'000)
                qCInfo(lcStorage) << mode << "checkpoint of" << r.log << "WAL frames took"
                                  << us / 1000 << "ms";
            return r;
        };
        while (!m_stop) {
            // Past kRestartFrames, once a passive checkpoint has caught up, the writer is
            // held off (between two commits) for one more, which moves only what came
            // meanwhile: the next commit then finds the WAL all moved and starts it over.
            // A reader still on old frames keeps it from moving everything; it is tried
            // again on the next turn.
            QElapsedTimer took;
            took.start();
            Result r = checkpoint("PASSIVE");
            bool caughtUp = r.log >= 0 && r.moved >= r.log;
            // What the gated one has to move (and sync) is what came while the last one ran:
            // passive checkpoints back to back shrink it to a few milliseconds' worth first.
            // Far past the restart size they have had their chance (each slow one let the
            // WAL grow further): the gated one goes now, with the longer hold.
            for (int tries = 0; caughtUp && r.log >= m_restartFrames && r.log < 2 * m_restartFrames
                 && took.nsecsElapsed() > m_shortNs && tries < 8 && !m_stop;
                 ++tries) {
                took.restart();
                r = checkpoint("PASSIVE");
                caughtUp = r.log >= 0 && r.moved >= r.log;
            }
            const bool isShort = took.nsecsElapsed() <= m_shortNs;
            const bool farPast = r.log >= 2 * m_restartFrames;
            if (caughtUp && r.log >= m_restartFrames && (isShort || farPast)
                && m_gate.close(kCloseWaitMs,
                                isShort ? CommitGate::kMaxWaitMs : CommitGate::kLongWaitMs)) {
                QElapsedTimer closedFor;
                closedFor.start();
                const Result g = checkpoint("PASSIVE");
                m_gate.open();
                m_maxClosedUs = std::max(m_maxClosedUs.load(), closedFor.nsecsElapsed() / 1000);
                if (g.log >= 0 && g.moved >= g.log)
                    ++m_restarts;
            }
            // Behind, it goes again soon rather than after the interval.
            const int pause = caughtUp ? m_intervalMs : 5;
            for (int waited = 0; waited < pause && !m_stop; waited += 5)
                QThread::msleep(5);
        }
        checkpoint("PASSIVE");
    });
    m_thread->start();
    opened.acquire();
    if (!ok) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    return ok;
}

Checkpointer::Figures Checkpointer::figures() const
{
    return Figures{m_runs.load(),   m_moved.load(),    m_busy.load(),       m_maxUs.load(),
                   m_maxLog.load(), m_restarts.load(), m_maxClosedUs.load()};
}

} // namespace uptrack
