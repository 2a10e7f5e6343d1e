// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /api/uptrack/v1/cli: the command line of another machine (`uptrack --server URL ...`),
// run here. Each request runs the uptrack executable once, as a child with no shell, in a
// private empty folder, on the core's database and secret store, told by its environment
// that it serves a remote caller (UPTRACK_REMOTE=1): the child then refuses what would
// reach outside that folder (--db, --secrets, --tls-cert, a crontab file, a report path
// with a folder in it) and, for a read-only key, any command that changes something. It
// knows the command line's grammar; this file only carries bytes both ways, bounded.
#include "apiserver.h"

#include "apilog.h"
#include "apiserver_p.h"
#include "ownspec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace uptrack {

using apidetail::error;

namespace {

/// How many remote commands run at once, how long one may take, how much it may print
/// (standard output, and the files it writes in its folder, together).
constexpr int kMaxRunning = 4;
constexpr int kMaxMs = 5 * 60 * 1000;
constexpr qint64 kMaxOutput = 32 * 1024 * 1024;

/// One running child and what it has printed so far.
struct RemoteRun
{
    QProcess process;
    QTemporaryDir folder;
    QByteArray out;
    QTimer deadline;
    bool overflowed = false;
    bool timedOut = false;
};

} // namespace

void ApiServer::ownCli(const Call &call)
{
    if (call.path.size() != 1) {
        reply(call, 404, error(QStringLiteral("not found")));
        return;
    }
    if (call.method == "GET" || call.method == "HEAD") {
        // What `uptrack --server` asks first: is this an Uptrack, and may this key change things.
        reply(call, 200,
              QJsonObject{{QStringLiteral("uptrack"), QCoreApplication::applicationVersion()},
                          {QStringLiteral("read_only"), call.readOnly},
                          {QStringLiteral("commands"), !m_options.cliProgram.isEmpty()}});
        return;
    }
    if (call.method != "POST") {
        replyText(call, 405, QByteArray());
        return;
    }
    if (m_options.cliProgram.isEmpty()) {
        reply(call, 501, error(QStringLiteral("this Uptrack does not run commands for others")));
        return;
    }
    QString why;
    const std::optional<ownapi::CliRequest> request = ownapi::decodeCliRequest(call.json, &why);
    if (!request) {
        reply(call, 400, error(why));
        return;
    }
    if (m_cliRunning >= kMaxRunning) {
        reply(call, 503,
              error(QStringLiteral("%1 commands are running for others already; try again in a "
                                   "moment")
                            .arg(kMaxRunning)));
        return;
    }

    auto run = std::make_shared<RemoteRun>();
    if (!run->folder.isValid()) {
        reply(call, 500,
              error(QStringLiteral("cannot make a folder for the command: %1")
                            .arg(run->folder.errorString())));
        return;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"UPTRACK_SERVER", "UPTRACK_API_KEY", "UPTRACK_FINGERPRINT", "UPTRACK_SECRETS",
          "UPTRACK_REMOTE_PROMPT", "UPTRACK_REMOTE_LANGUAGE", "UPTRACK_REMOTE_READ_ONLY",
          "UPTRACK_REMOTE_USER", "UPTRACK_REMOTE_COMMAND_CHANNELS"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("UPTRACK_REMOTE"), QStringLiteral("1"));
    env.insert(QStringLiteral("UPTRACK_REMOTE_DB"), m_options.cliDatabase);
    if (!m_options.cliSecrets.isEmpty())
        env.insert(QStringLiteral("UPTRACK_SECRETS"), m_options.cliSecrets);
    if (call.readOnly)
        env.insert(QStringLiteral("UPTRACK_REMOTE_READ_ONLY"), QStringLiteral("1"));
    if (m_options.allowsCommandChannels)
        env.insert(QStringLiteral("UPTRACK_REMOTE_COMMAND_CHANNELS"), QStringLiteral("1"));
    if (request->prompt)
        env.insert(QStringLiteral("UPTRACK_REMOTE_PROMPT"), QStringLiteral("1"));
    // The caller's zone and language, so that times and words read as they would there.
    if (!request->timeZone.isEmpty())
        env.insert(QStringLiteral("TZ"), request->timeZone);
    if (!request->language.isEmpty())
        env.insert(QStringLiteral("UPTRACK_REMOTE_LANGUAGE"), request->language);
    if (!request->user.isEmpty())
        env.insert(QStringLiteral("UPTRACK_REMOTE_USER"), request->user);
    run->process.setProcessEnvironment(env);
    run->process.setWorkingDirectory(run->folder.path());
    run->process.setProgram(m_options.cliProgram);
    run->process.setArguments(request->args);
    run->process.setProcessChannelMode(QProcess::SeparateChannels);

    QPointer<ApiServer> self(this);
    QObject::connect(&run->process, &QProcess::readyReadStandardOutput, this, [run] {
        run->out += run->process.readAllStandardOutput();
        if (run->out.size() > kMaxOutput && !run->overflowed) {
            run->overflowed = true;
            run->process.kill();
        }
    });
    run->deadline.setSingleShot(true);
    QObject::connect(&run->deadline, &QTimer::timeout, this, [run] {
        run->timedOut = true;
        run->process.kill();
    });
    auto finish = [self, call, run](bool started) {
        run->deadline.stop();
        // The child's QProcess is in its own signal here: let it go a turn later.
        QTimer::singleShot(0, [run] {});
        if (!self)
            return;
        --self->m_cliRunning;
        QObject::disconnect(&run->process, nullptr, self, nullptr);
        QObject::disconnect(&run->deadline, nullptr, self, nullptr);
        if (!started) {
            self->reply(
                    call, 500,
                    error(QStringLiteral("cannot run %1: %2")
                                  .arg(self->m_options.cliProgram, run->process.errorString())));
            return;
        }
        run->out += run->process.readAllStandardOutput();
        const QByteArray err = run->process.readAllStandardError().left(1024 * 1024);
        if (run->timedOut) {
            self->reply(call, 504,
                        error(QStringLiteral("the command took longer than %1 minutes and was "
                                             "stopped")
                                      .arg(kMaxMs / 60'000)));
            return;
        }
        if (run->overflowed) {
            self->reply(call, 413,
                        error(QStringLiteral("the command printed more than %1 MB")
                                      .arg(kMaxOutput / (1024 * 1024))));
            return;
        }
        const int status
                = run->process.exitStatus() == QProcess::NormalExit ? run->process.exitCode() : 1;
        if (status == ownapi::kCliPromptExit) {
            const QJsonObject asked = QJsonDocument::fromJson(run->out).object();
            if (asked.value(QLatin1String("prompts")).isArray()) {
                self->reply(call, 200, asked);
                return;
            }
        }
        // What it wrote in its folder (a report, an imported crontab), for the caller to
        // write where it asked.
        QJsonObject files;
        qint64 total = run->out.size();
        const QFileInfoList written = QDir(run->folder.path()).entryInfoList(QDir::Files);
        for (const QFileInfo &f : written) {
            QFile file(f.filePath());
            total += f.size();
            if (total > kMaxOutput) {
                self->reply(call, 413,
                            error(QStringLiteral("the command wrote more than %1 MB")
                                          .arg(kMaxOutput / (1024 * 1024))));
                return;
            }
            if (file.open(QIODevice::ReadOnly))
                files.insert(f.fileName(), QString::fromLatin1(file.readAll().toBase64()));
        }
        qCInfo(lcApi).noquote() << "ran a remote command; exit status" << status;
        self->reply(
                call, 200,
                QJsonObject{{QStringLiteral("exit"), status},
                            {QStringLiteral("stdout"), QString::fromLatin1(run->out.toBase64())},
                            {QStringLiteral("stderr"), QString::fromUtf8(err)},
                            {QStringLiteral("folder"), run->folder.path()},
                            {QStringLiteral("files"), files}});
    };
    QObject::connect(&run->process, &QProcess::finished, this, [finish] { finish(true); });
    QObject::connect(&run->process, &QProcess::errorOccurred, this,
                     [run, finish](QProcess::ProcessError e) {
                         if (e == QProcess::FailedToStart)
                             finish(false);
                     });
    ++m_cliRunning;
    run->deadline.start(kMaxMs);
    run->process.start();
    if (run->process.state() != QProcess::NotRunning) {
        run->process.write(request->input.toUtf8());
        run->process.closeWriteChannel();
    }
}

} // namespace uptrack
