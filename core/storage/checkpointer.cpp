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

Checkpointer::Checkpointer(QString path, SyncMode sync, int intervalMs)
    : m_path(std::move(path)), m_sync(sync), m_intervalMs(intervalMs)
{ }

Checkpointer::~Checkpointer()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
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
            m_moved += std::max<qint64>(0, r.moved);
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
            // A writer that never pauses keeps frames in the WAL that a passive checkpoint
            // has not reached yet, so SQLite never starts it over and it grows. Once it
            // holds kRestartFrames and a passive checkpoint has just caught up, a RESTART
            // checkpoint (with only what came since to move, so it is short) makes the next
            // commit start the WAL from its beginning: the writer waits for that moment
            // only. Behind, it goes again at once rather than after the interval.
            const Result r = checkpoint("PASSIVE");
            const bool caughtUp = r.log >= 0 && r.moved >= r.log;
            if (caughtUp && r.log >= kRestartFrames) {
                ++m_restarts;
                checkpoint("RESTART");
            }
            const int pause = caughtUp || r.log < 0 ? m_intervalMs : 5;
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
    return Figures{m_runs.load(),  m_moved.load(),  m_busy.load(),
                   m_maxUs.load(), m_maxLog.load(), m_restarts.load()};
}

} // namespace uptrack
