// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandchannel.h"

#include "notify/alertmessage.h"
#include "schedule/duration.h"
#include "time/humanduration.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Channel)
};

constexpr qint64 kMaxTimeoutMs = 600'000;
} // namespace

QString CommandChannel::label() const
{
    return QCoreApplication::translate("ChannelEditor", "Local command");
}

QList<ChannelField> CommandChannel::fields() const
{
    ChannelField program{QStringLiteral("command"),
                         ChannelField::Type::File,
                         Tr::tr("Program"),
                         Tr::tr("The program to run for each alert (an absolute path; no shell: "
                                "the alert's facts are in UPTRACK_* environment variables)."),
                         QStringLiteral("command"),
                         Tr::tr("path")};
    program.required = true;
    program.placeholder = QStringLiteral("/usr/local/bin/office-siren");
    ChannelField args{
            QStringLiteral("args"), ChannelField::Type::List,
            Tr::tr("Arguments"),    Tr::tr("An argument for the program, as it is (repeat)."),
            QStringLiteral("arg"),  Tr::tr("text")};
    ChannelField timeout{QStringLiteral("timeout"),
                         ChannelField::Type::Text,
                         Tr::tr("Time limit"),
                         Tr::tr("How long a run may take before it is stopped and counted as "
                                "failed (default 30s, at most 10m)."),
                         QStringLiteral("timeout"),
                         Tr::tr("duration")};
    timeout.placeholder = QStringLiteral("30s");
    return {program, args, timeout};
}

Problems CommandChannel::build(const ChannelValues &values, QJsonObject *config,
                               QString *secret) const
{
    Problems problems;
    secret->clear();
    const QString program = values.value(QStringLiteral("command")).toString().trimmed();
    if (!program.isEmpty())
        config->insert(QStringLiteral("command"), program);
    config->insert(QStringLiteral("args"),
                   QJsonArray::fromStringList(values.value(QStringLiteral("args")).toStringList()));
    const QString timeout = values.value(QStringLiteral("timeout")).toString().trimmed();
    qint64 timeoutMs = kDefaultTimeoutMs;
    if (!timeout.isEmpty()) {
        QString why;
        const std::optional<qint64> parsed = parseDuration(timeout, &why);
        if (!parsed)
            problems.append(
                    {QStringLiteral("timeout"),
                     Tr::tr("The time limit \"%1\" is not a duration: %2").arg(timeout, why)});
        else
            timeoutMs = *parsed;
    }
    config->insert(QStringLiteral("timeout_ms"), double(timeoutMs));
    return problems + validateConfig(*config);
}

Problems CommandChannel::validateConfig(const QJsonObject &config) const
{
    Problems problems;
    const QString program = config.value(QLatin1String("command")).toString();
    const QFileInfo info(program);
    if (program.isEmpty())
        problems.append(
                {QStringLiteral("command"), Tr::tr("A command channel needs --command PATH.")});
    else if (!info.isAbsolute())
        problems.append({QStringLiteral("command"),
                         Tr::tr("The program must be an absolute path (got \"%1\"): it runs "
                                "without a shell or a search path.")
                                 .arg(program)});
    else if (!info.exists())
        problems.append({QStringLiteral("command"), Tr::tr("There is no %1.").arg(program)});
    else if (info.isDir() || !info.isExecutable())
        problems.append({QStringLiteral("command"),
                         Tr::tr("%1 is not an executable file (chmod +x?).").arg(program)});
    const qint64 timeout
            = qint64(config.value(QLatin1String("timeout_ms")).toDouble(kDefaultTimeoutMs));
    if (timeout < 1000 || timeout > kMaxTimeoutMs)
        problems.append(
                {QStringLiteral("timeout"),
                 Tr::tr("The time limit is 1s to 10m (got %1).").arg(humanDuration(timeout))});
    return problems;
}

QProcessEnvironment CommandChannel::environmentFor(const Alert &alert)
{
    QProcessEnvironment env;
    for (const QString &name : AlertMessage::placeholders())
        env.insert(QStringLiteral("UPTRACK_") + name.toUpper(),
                   AlertMessage::placeholder(alert, name));
    return env;
}

void CommandChannel::deliver(const DeliveryJob &job, DeliveryContext &context,
                             std::function<void(DeliveryResult)> done) const
{
    const QJsonObject &c = job.channel.config;
    const QString program = c.value(QLatin1String("command")).toString();
    QStringList args;
    for (const QJsonValue &a : c.value(QLatin1String("args")).toArray())
        args.append(a.toString());
    const qint64 timeoutMs
            = qint64(c.value(QLatin1String("timeout_ms")).toDouble(kDefaultTimeoutMs));

    auto *process = new QProcess(context.home);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(environmentFor(job.alert));
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setWorkingDirectory(QFileInfo(program).absolutePath());
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    // What the run said (its first 1 KB; the rest is read and dropped, so a chatty program
    // never fills memory or blocks on a full pipe), and whether the time limit stopped it.
    struct Run
    {
        QByteArray output;
        bool timedOut = false;
        bool reported = false;
    };
    auto run = std::make_shared<Run>();
    auto report = [process, run, done](DeliveryResult r) {
        if (run->reported)
            return;
        run->reported = true;
        const QString output = QString::fromUtf8(run->output).trimmed();
        if (!output.isEmpty())
            r.outcome += QStringLiteral(": ") + output;
        done(r);
        process->deleteLater();
    };
    QObject::connect(process, &QProcess::readyRead, process, [process, run] {
        const QByteArray chunk = process->readAll();
        if (run->output.size() < kOutputKept)
            run->output += chunk.left(kOutputKept - run->output.size());
    });
    QObject::connect(timer, &QTimer::timeout, process, [process, run] {
        run->timedOut = true;
        process->kill();
    });
    QObject::connect(process, &QProcess::finished, process,
                     [process, run, report, timeoutMs](int exitCode, QProcess::ExitStatus status) {
                         const QByteArray rest = process->readAll();
                         if (run->output.size() < kOutputKept)
                             run->output += rest.left(kOutputKept - run->output.size());
                         DeliveryResult r;
                         // Outcomes as the delivery record and scripts read them, like "HTTP 503":
                         // not translated.
                         if (run->timedOut) {
                             r.verdict = DeliveryResult::Verdict::Retry;
                             r.outcome
                                     = QStringLiteral("timed out after %1 s").arg(timeoutMs / 1000);
                         } else if (status == QProcess::CrashExit) {
                             r.verdict = DeliveryResult::Verdict::Retry;
                             r.outcome = QStringLiteral("killed by signal %1").arg(exitCode);
                         } else if (exitCode != 0) {
                             r.verdict = DeliveryResult::Verdict::Retry;
                             r.outcome = QStringLiteral("exit %1").arg(exitCode);
                         } else {
                             r.verdict = DeliveryResult::Verdict::Delivered;
                             r.outcome = QStringLiteral("exit 0");
                         }
                         report(r);
                     });
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [process, report, program](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart)
                             return; // finished() reports the rest
                         DeliveryResult r;
                         r.verdict = DeliveryResult::Verdict::Failed;
                         r.outcome
                                 = Tr::tr("cannot run %1: %2").arg(program, process->errorString());
                         report(r);
                     });
    process->start(program, args, QIODevice::ReadOnly);
    process->closeWriteChannel();
    timer->start(int(timeoutMs));
}

} // namespace uptrack
