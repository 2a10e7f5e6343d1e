// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pingsender.h"
#include "spool.h"

#include <QByteArray>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

/// Runs one job between a /start ping and a /<exit status> ping carrying the tail of
/// its output. The job's output passes through unchanged; its exit status is ours.
/// Each ping goes to the first URL that answers; one that none took is spooled and
/// sent later by a detached retrier, with the instant it was meant for.
class Runner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QList<QUrl> urls;     ///< the check's ping URLs: a primary, then standbys
        QStringList command;  ///< program and arguments
        qint64 timeoutMs = 0; ///< 0: none
        bool sendStart = true;
        qint64 tailBytes = 100 * 1024;
        int attempts = 4; ///< per ping, with backoff 1 s, 2 s, 4 s
        int pingTimeoutMs = 10'000;
        qint64 spoolForMs = 24 * 3'600'000LL; ///< 0: no spool
        QString spoolDir;                     ///< empty: Spool::defaultDir()
    };

    explicit Runner(Options options, QObject *parent = nullptr);
    /// Starts; `finished` is emitted with the exit status to exit with.
    void start();

signals:
    void finished(int exitStatus);

private:
    void runCommand();
    void commandFinished(int exitCode, QProcess::ExitStatus status);
    /// Sends the finish ping (after the start ping is done), then emits finished.
    void finish();
    /// Delivers, retries, or spools one ping of this run; `then` runs after.
    void ping(const QString &suffix, const QByteArray &body, std::function<void()> then);
    void attempt(SpooledPing ping, int attempt, std::function<void()> then);
    void spool(SpooledPing ping, const QString &why);
    /// Sends what earlier runs left in the spool, before this run's own pings.
    void flushSpool(std::function<void()> then);
    void keep(const QByteArray &bytes);
    void done();

    Options m_options;
    QString m_rid;
    Spool m_spool;
    PingSender m_sender;
    std::unique_ptr<SpoolFlusher> m_flusher;
    std::unique_ptr<QLockFile> m_sendLock;
    QProcess m_process;
    QTimer m_deadline;
    QByteArray m_tail;
    bool m_timedOut = false;
    bool m_flushed = false;
    bool m_startPending = false;
    /// Once a ping of this check waits in the spool, the later ones queue behind it,
    /// so the server gets a run's start before its finish.
    bool m_spooling = false;
    std::function<void()> m_afterStart;
    int m_status = 0;
};

/// uptrack-run --retry-spool: the detached retrier. One at a time per spool; it sends
/// what the spool holds, with a growing pause between passes (5 s doubling up to 1 min),
/// until nothing is left, and then exits.
class SpoolRetrier : public QObject
{
    Q_OBJECT
public:
    explicit SpoolRetrier(const QString &dir, QObject *parent = nullptr);
    /// False when another retrier already serves this spool.
    bool start();

signals:
    void finished();

private:
    void pass();

    Spool m_spool;
    QLockFile m_lock;
    SpoolFlusher m_flusher;
    qint64 m_pauseMs;
    qint64 m_maxPauseMs;
};

/// Starts a retrier for `dir` detached from the job (no inherited output, so cron does
/// not wait for it).
void startRetrier(const QString &dir);
