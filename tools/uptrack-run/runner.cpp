// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QUuid>

#include <csignal>
#include <cstdio>
#include <utility>

namespace {
constexpr int kTimedOutStatus = 124; // as timeout(1)

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UptrackRun)
};

void warn(const QString &text)
{
    const QByteArray bytes = (QStringLiteral("uptrack-run: ") + text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}
} // namespace

Runner::Runner(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_rid(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_spool(m_options.spoolDir.isEmpty() ? Spool::defaultDir() : m_options.spoolDir)
{
    m_sender.setTimeout(m_options.pingTimeoutMs);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        warn(Tr::tr("the job ran past its --timeout; stopping it"));
        m_process.terminate();
        QTimer::singleShot(5000, &m_process, [this] {
            if (m_process.state() != QProcess::NotRunning)
                m_process.kill();
        });
    });
}

void Runner::start()
{
    // The job starts at once, whatever the network does. Its pings go in order behind
    // it: first what earlier runs left in the spool, then the start, then the finish.
    m_startPending = true;
    auto started = [this] {
        m_startPending = false;
        if (m_afterStart)
            std::exchange(m_afterStart, nullptr)();
    };
    runCommand();
    flushSpool([this, started] {
        if (m_options.sendStart)
            ping(QStringLiteral("start"), {}, started);
        else
            started();
    });
}

void Runner::flushSpool(std::function<void()> then)
{
    if (m_spool.isEmpty()) {
        then();
        return;
    }
    const QString ours = m_options.urls.first().toString(QUrl::FullyEncoded);
    m_sendLock = std::make_unique<QLockFile>(m_spool.sendLockPath());
    m_sendLock->setStaleLockTime(0); // held for as long as a pass takes; a dead holder's is stale
    if (!m_sendLock->tryLock(0)) {
        // The retrier is sending right now: queue behind the pings it holds for us.
        for (const SpooledPing &p : m_spool.entries())
            m_spooling = m_spooling || p.target() == ours;
        then();
        return;
    }
    m_flusher = std::make_unique<SpoolFlusher>(&m_spool);
    m_flusher->flush([this, ours, then](const QSet<QString> &waiting) {
        m_sendLock->unlock();
        m_spooling = waiting.contains(ours);
        then();
    });
}

void Runner::finish()
{
    auto send = [this] {
        ping(QString::number(std::clamp(m_status, 0, 255)), m_tail, [this] { done(); });
    };
    if (m_startPending)
        m_afterStart = send;
    else
        send();
}

void Runner::done()
{
    // Whatever is left in the spool, ours or an earlier run's, gets a retrier.
    if (!m_spool.isEmpty())
        startRetrier(m_spool.dir());
    emit finished(m_status);
}

void Runner::keep(const QByteArray &bytes)
{
    m_tail.append(bytes);
    if (m_tail.size() > m_options.tailBytes)
        m_tail.remove(0, m_tail.size() - m_options.tailBytes);
}

void Runner::runCommand()
{
    // The job's input is ours; its output goes through unchanged, and a copy of the
    // last bytes of both streams, in arrival order, is kept for the finish ping.
    m_process.setInputChannelMode(QProcess::ForwardedInputChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        const QByteArray bytes = m_process.readAllStandardOutput();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        keep(bytes);
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray bytes = m_process.readAllStandardError();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
        keep(bytes);
    });
    connect(&m_process, &QProcess::finished, this, &Runner::commandFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        // As a shell would: 127 for a command that is not there, 126 for one that
        // cannot run.
        m_status = m_process.error() == QProcess::FailedToStart
                        && !QFileInfo::exists(m_options.command.first())
                        && QStandardPaths::findExecutable(m_options.command.first()).isEmpty()
                ? 127
                : 126;
        const QString why = Tr::tr("cannot run %1: %2")
                                    .arg(m_options.command.first(), m_process.errorString());
        warn(why);
        keep(why.toUtf8() + '\n');
        finish();
    });
    // A shell between us and the job turns "killed by signal N" into 128 + N, the
    // status cron and every shell report; it does not exec the job, so it stays.
    QStringList arguments{QStringLiteral("-c"), QStringLiteral("\"$@\"; exit $?"),
                          QStringLiteral("uptrack-run")};
    arguments += m_options.command;
    if (m_options.timeoutMs > 0)
        m_deadline.start(int(std::min<qint64>(m_options.timeoutMs, INT_MAX)));
    m_process.start(QStringLiteral("/bin/sh"), arguments);
}

void Runner::commandFinished(int exitCode, QProcess::ExitStatus status)
{
    m_deadline.stop();
    if (m_timedOut) {
        m_status = kTimedOutStatus;
        keep(QByteArrayLiteral("\nuptrack-run: the job ran past its --timeout and was stopped\n"));
    } else if (status == QProcess::CrashExit) {
        m_status = 128 + SIGKILL; // the shell itself was killed
    } else {
        m_status = exitCode;
    }
    finish();
}

void Runner::ping(const QString &suffix, const QByteArray &body, std::function<void()> then)
{
    SpooledPing ping;
    for (const QUrl &url : m_options.urls)
        ping.urls.append(url.toString(QUrl::FullyEncoded));
    ping.suffix = suffix;
    ping.rid = m_rid;
    ping.body = body;
    if (m_spooling) {
        ping.sentAt = QDateTime::currentMSecsSinceEpoch();
        spool(ping, {});
        then();
        return;
    }
    attempt(ping, 1, std::move(then));
}

void Runner::attempt(SpooledPing ping, int attempt, std::function<void()> then)
{
    const qint64 meant = ping.sentAt > 0 ? ping.sentAt : QDateTime::currentMSecsSinceEpoch();
    ping.sentAt = 0; // sent live: the server's clock is right
    m_sender.send(ping, [=, this](PingSender::Outcome outcome, const QString &why) {
        if (outcome == PingSender::Outcome::Delivered) {
            then();
            return;
        }
        SpooledPing again = ping;
        again.sentAt = meant;
        if (outcome == PingSender::Outcome::Unreachable && attempt < m_options.attempts) {
            QTimer::singleShot(1000 << (attempt - 1), this,
                               [=, this] { this->attempt(again, attempt + 1, then); });
            return;
        }
        if (outcome == PingSender::Outcome::Unreachable && m_options.spoolForMs > 0) {
            spool(again, why);
        } else {
            const QString where = m_options.urls.first().toDisplayString(QUrl::RemoveUserInfo);
            warn(ping.suffix == QLatin1String("start")
                         ? Tr::tr("could not send the /start ping to %1 (%2); the job runs anyway")
                                   .arg(where, why)
                         : Tr::tr("could not send the /%1 ping to %2 (%3); the job is done anyway")
                                   .arg(ping.suffix, where, why));
        }
        then();
    });
}

void Runner::spool(SpooledPing ping, const QString &why)
{
    ping.expiresAt = ping.sentAt + m_options.spoolForMs;
    const QString where = m_options.urls.first().toDisplayString(QUrl::RemoveUserInfo);
    QString error;
    int dropped = 0;
    if (!m_spool.add(ping, &error, &dropped)) {
        warn(why.isEmpty()
                     ? Tr::tr("could not keep the /%1 ping to send later: %2")
                               .arg(ping.suffix, error)
                     : Tr::tr("could not send the /%1 ping to %2 (%3), nor keep it to send later: "
                              "%4")
                               .arg(ping.suffix, where, why, error));
        return;
    }
    m_spooling = true;
    if (dropped > 0)
        warn(Tr::tr("the spool in %1 was full: dropped its %n oldest ping(s)", nullptr, dropped)
                     .arg(m_spool.dir()));
    if (why.isEmpty()) { // behind an earlier ping of this check that waits
        warn(Tr::tr("could not send the /%1 ping yet; it waits in %2 behind the earlier ones")
                     .arg(ping.suffix, m_spool.dir()));
        return;
    }
    warn(Tr::tr("could not send the /%1 ping to %2 (%3); it waits in %4 and is sent when the "
                "server answers (for up to %5 h)")
                 .arg(ping.suffix, where, why, m_spool.dir())
                 .arg(double(m_options.spoolForMs) / 3'600'000.0, 0, 'g', 3));
}

SpoolRetrier::SpoolRetrier(const QString &dir, QObject *parent)
    : QObject(parent), m_spool(dir), m_lock(m_spool.retrierLockPath()), m_flusher(&m_spool)
{
    // The pause between passes; the tests make it short.
    bool ok = false;
    m_pauseMs = qEnvironmentVariableIntValue("UPTRACK_RUN_RETRY_PAUSE_MS", &ok);
    if (!ok || m_pauseMs <= 0)
        m_pauseMs = 5000;
    m_maxPauseMs = 12 * m_pauseMs;
    m_lock.setStaleLockTime(0); // held for hours: only a dead holder's lock is stale
    m_flusher.setReport([this](const SpooledPing &ping, PingSender::Outcome outcome,
                               const QString &why) {
        // Where, without the check's token: the log is not the place for it.
        const QString where = QUrl(ping.target())
                                      .toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath
                                                       | QUrl::RemoveQuery);
        const QString what
                = QStringLiteral("/%1 ping of %2 for %3")
                          .arg(ping.suffix,
                               QDateTime::fromMSecsSinceEpoch(ping.sentAt).toString(Qt::ISODate),
                               where);
        switch (outcome) {
        case PingSender::Outcome::Delivered:
            m_spool.log(QStringLiteral("sent the %1").arg(what));
            break;
        case PingSender::Outcome::Refused:
            m_spool.log(QStringLiteral("dropped the %1: %2").arg(what, why));
            break;
        case PingSender::Outcome::Unreachable:
            m_spool.log(QStringLiteral("kept the %1: %2").arg(what, why));
            break;
        }
    });
}

bool SpoolRetrier::start()
{
    if (!m_lock.tryLock(0)) {
        qint64 pid = 0;
        m_lock.getLockInfo(&pid, nullptr, nullptr);
        m_spool.log(QStringLiteral("not started: retrier %1 serves this spool").arg(pid));
        return false;
    }
    m_spool.log(QStringLiteral("started"));
    QTimer::singleShot(0, this, &SpoolRetrier::pass);
    return true;
}

void SpoolRetrier::pass()
{
    auto again = [this] {
        QTimer::singleShot(int(m_pauseMs), this, &SpoolRetrier::pass);
        m_pauseMs = std::min(m_pauseMs * 2, m_maxPauseMs);
    };
    auto sendLock = std::make_shared<QLockFile>(m_spool.sendLockPath());
    sendLock->setStaleLockTime(0);
    if (!sendLock->tryLock(0)) { // a run is sending the spool itself
        qint64 pid = 0;
        sendLock->getLockInfo(&pid, nullptr, nullptr);
        m_spool.log(QStringLiteral("waits: run %1 is sending the spool").arg(pid));
        again();
        return;
    }
    m_flusher.flush([this, sendLock, again](const QSet<QString> &) {
        sendLock->unlock();
        if (!m_spool.isEmpty()) {
            again();
            return;
        }
        // Empty: step down, unless a run spooled a ping just now and found us here.
        m_lock.unlock();
        if (!m_spool.isEmpty() && m_lock.tryLock(0)) {
            again();
            return;
        }
        m_spool.log(QStringLiteral("the spool is empty: done"));
        emit finished();
    });
}

void startRetrier(const QString &dir)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("--retry-spool"), dir});
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached())
        warn(Tr::tr("could not start the retrier for the spool in %1; the next run sends it")
                     .arg(dir));
}
