// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QUrlQuery>
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
{
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

QUrl Runner::urlFor(const QString &suffix) const
{
    QUrl url = m_options.url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + suffix);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("rid"));
    query.addQueryItem(QStringLiteral("rid"), m_rid);
    url.setQuery(query);
    return url;
}

void Runner::start()
{
    // The job starts at once, whatever the network does; only its finish ping waits
    // for the start ping (so the server sees them in order).
    if (m_options.sendStart) {
        m_startPending = true;
        ping(QStringLiteral("start"), {}, [this] {
            m_startPending = false;
            if (m_afterStart)
                std::exchange(m_afterStart, nullptr)();
        });
    }
    runCommand();
}

void Runner::finish()
{
    auto send = [this] {
        ping(QString::number(std::clamp(m_status, 0, 255)), m_tail,
             [this] { emit finished(m_status); });
    };
    if (m_startPending)
        m_afterStart = send;
    else
        send();
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

void Runner::ping(const QString &suffix, const QByteArray &body, std::function<void()> then,
                  int attempt)
{
    QNetworkRequest request(urlFor(suffix));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("uptrack-run/%1").arg(QStringLiteral(UPTRACK_VERSION)));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("text/plain; charset=utf-8"));
    request.setTransferTimeout(m_options.pingTimeoutMs);
    QNetworkReply *reply = body.isNull() && suffix == QLatin1String("start")
            ? m_network.get(request)
            : m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && http >= 200 && http < 300) {
            then();
            return;
        }
        const QString why = http > 0 ? QStringLiteral("HTTP %1").arg(http) : reply->errorString();
        // 4xx answers (an unknown check) will not change by retrying.
        if (attempt < m_options.attempts && !(http >= 400 && http < 500)) {
            QTimer::singleShot(1000 << (attempt - 1), this,
                               [=, this] { ping(suffix, body, then, attempt + 1); });
            return;
        }
        const QString where = m_options.url.toDisplayString(QUrl::RemoveUserInfo);
        warn(suffix == QLatin1String("start")
                     ? Tr::tr("could not send the /start ping to %1 (%2); the job runs anyway")
                               .arg(where, why)
                     : Tr::tr("could not send the /%1 ping to %2 (%3); the job is done anyway")
                               .arg(suffix, where, why));
        then();
    });
}
