// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// uptrack import crontab: the office's cron jobs under watch in one step.
#include "cli_p.h"

#include "crontab/crontab.h"
#include "schedule/duration.h"
#include "storage/channelrepository.h"
#include "storage/metarepository.h"
#include "storage/monitorrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

#include <cstdio>

namespace uptrack::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString zoneShown(const crontab::Job &j, const QTimeZone &machine)
{
    return j.timeZone == QString::fromUtf8(machine.id()) ? QString()
                                                         : QStringLiteral(" (%1)").arg(j.timeZone);
}
} // namespace

bool readCrontab(const QString &source, const QString &user, QString *text, QString *error)
{
    if (source == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = Tr::tr("Cannot read standard input.");
            return false;
        }
        *text = QString::fromUtf8(in.readAll());
        return true;
    }
    if (!source.isEmpty()) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("Cannot read %1: %2.").arg(source, file.errorString());
            return false;
        }
        if (file.size() > 4 * 1024 * 1024) {
            *error = Tr::tr("%1 is larger than 4 MB: that is no crontab.").arg(source);
            return false;
        }
        *text = QString::fromUtf8(file.readAll());
        return true;
    }
    QProcess crontab;
    QStringList args{QStringLiteral("-l")};
    if (!user.isEmpty())
        args << QStringLiteral("-u") << user;
    crontab.start(QStringLiteral("crontab"), args);
    if (!crontab.waitForFinished(15'000) || crontab.exitStatus() != QProcess::NormalExit) {
        *error = Tr::tr("Could not run \"crontab -l\" (%1). Give the crontab as a file, or - "
                        "for standard input.")
                         .arg(crontab.errorString());
        return false;
    }
    const QByteArray complaint = crontab.readAllStandardError().trimmed();
    if (crontab.exitCode() != 0) {
        // "no crontab for ana" is an empty crontab, not a failure.
        if (complaint.startsWith("no crontab for")) {
            text->clear();
            return true;
        }
        *error = Tr::tr("\"crontab %1\" failed: %2")
                         .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(complaint));
        return false;
    }
    *text = QString::fromUtf8(crontab.readAllStandardOutput());
    return true;
}

int Cli::importCommand(const QString &verb, const QStringList &rest)
{
    Q_UNUSED(verb); // "crontab", the only kind
    if (rest.size() > 1) {
        err(Tr::tr("unexpected argument \"%1\" (uptrack import crontab [FILE|-])").arg(rest[1]));
        return Usage;
    }
    const bool apply = m_parser.isSet(QStringLiteral("apply"));
    if (apply && m_parser.isSet(QStringLiteral("dry-run"))) {
        err(Tr::tr("--dry-run and --apply: choose one (a dry run is the default)."));
        return Usage;
    }
    const QString source = rest.value(0);
    const QString user = m_parser.value(QStringLiteral("user"));
    if (!user.isEmpty() && !source.isEmpty()) {
        err(Tr::tr("--user reads that user's crontab (crontab -l -u USER); give it without a "
                   "FILE."));
        return Usage;
    }
    QString text, error;
    if (!readCrontab(source, user, &text, &error)) {
        err(error);
        return Failed;
    }
    crontab::Options options;
    options.host = m_parser.value(QStringLiteral("host"));
    options.tags = m_parser.values(QStringLiteral("tag"));
    const QString path = source == QLatin1String("-") ? QString() : source;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!path.isEmpty()
        && (absolute == QLatin1String("/etc/crontab")
            || absolute.startsWith(QLatin1String("/etc/cron.d/"))))
        options.system = true;
    const crontab::Crontab tab = crontab::read(text, options);

    // The monitors already here: a second import finds the ones the first made.
    QList<Monitor> existing;
    if (!loadAll<MonitorRepository>(&existing))
        return Failed;
    QHash<QString, Monitor> bySlug;
    for (const Monitor &m : std::as_const(existing))
        bySlug.insert(m.slug, m);

    int created = 0, found = 0;
    QStringList refused;
    if (apply) {
        for (const crontab::Job &job : tab.jobs) {
            if (bySlug.contains(job.slug)) {
                ++found;
                continue;
            }
            command::AddMonitor add;
            add.spec.name = job.name;
            add.spec.slug = job.slug;
            add.spec.cron = job.schedule;
            add.spec.timeZone = job.timeZone;
            add.spec.periodMs = job.periodMs;
            add.spec.graceMs = job.graceMs;
            add.spec.tags = job.tags;
            QString description = Tr::tr("Imported from a crontab, line %1: %2")
                                          .arg(job.lineNumber)
                                          .arg(job.line.trimmed());
            if (!job.mailTo.isEmpty())
                description += QLatin1Char('\n') + Tr::tr("MAILTO=%1").arg(job.mailTo);
            add.spec.description = description.left(2000);
            const command::Reply reply = execute(add);
            if (!reply.ok) {
                refused.append(Tr::tr("%1 (line %2): %3")
                                       .arg(job.name)
                                       .arg(job.lineNumber)
                                       .arg(reply.error));
                continue;
            }
            ++created;
            Monitor made;
            made.slug = job.slug;
            bySlug.insert(job.slug, made);
        }
    }
    if (!openDatabase())
        return Failed;
    PingUrls u = urls();
    if (u.pingKey.isEmpty())
        u.pingKey = QStringLiteral("PING-KEY"); // a database no Uptrack has opened yet
    auto urlOf = [&u](const crontab::Job &job) {
        Monitor m;
        m.slug = job.slug;
        return u.slugUrl(m);
    };
    const QString rewritten = crontab::rewrite(tab, urlOf);
    QString written;
    if (apply && refused.isEmpty() && !tab.jobs.isEmpty()) {
        written = path.isEmpty() ? QFileInfo(QStringLiteral("crontab.uptrack")).absoluteFilePath()
                                 : absolute + QStringLiteral(".uptrack");
        QSaveFile out(written);
        if (!out.open(QIODevice::WriteOnly) || out.write(rewritten.toUtf8()) < 0 || !out.commit()) {
            err(Tr::tr("Cannot write %1: %2. The monitors were created; run the import again "
                       "with --dry-run and save the crontab it prints.")
                        .arg(written, out.errorString()));
            return Failed;
        }
    }

    if (m_json) {
        QJsonArray monitors;
        for (const crontab::Job &j : tab.jobs) {
            monitors.append(QJsonObject{
                    {QStringLiteral("name"), j.name},
                    {QStringLiteral("slug"), j.slug},
                    {QStringLiteral("schedule"), j.schedule},
                    {QStringLiteral("tz"), j.timeZone},
                    {QStringLiteral("grace"), double(j.graceMs / 1000)},
                    {QStringLiteral("tags"), QJsonArray::fromStringList(j.tags)},
                    {QStringLiteral("command"), j.command},
                    {QStringLiteral("user"), j.user.isEmpty() ? QJsonValue() : QJsonValue(j.user)},
                    {QStringLiteral("line"), j.line},
                    {QStringLiteral("line_number"), j.lineNumber},
                    {QStringLiteral("url"), urlOf(j)},
                    {QStringLiteral("exists"), bySlug.contains(j.slug)},
            });
        }
        QJsonArray skipped;
        for (const crontab::Skipped &s : tab.skipped)
            skipped.append(QJsonObject{{QStringLiteral("line"), s.line},
                                       {QStringLiteral("line_number"), s.lineNumber},
                                       {QStringLiteral("reason"), s.reason}});
        QJsonObject o{{QStringLiteral("monitors"), monitors},
                      {QStringLiteral("skipped"), skipped},
                      {QStringLiteral("crontab"), rewritten},
                      {QStringLiteral("applied"), apply && refused.isEmpty()},
                      {QStringLiteral("created"), created}};
        if (!written.isEmpty())
            o.insert(QStringLiteral("written"), written);
        printJson(o);
    } else {
        out(Tr::tr("%n job(s) to watch:\n", nullptr, int(tab.jobs.size())));
        for (const crontab::Job &j : tab.jobs) {
            out(Tr::tr("  %1  %2%3, grace %4  (line %5)%6\n")
                        .arg(j.name, j.schedule, zoneShown(j, options.machine),
                             formatDuration(j.graceMs))
                        .arg(j.lineNumber)
                        .arg(bySlug.contains(j.slug) && !apply ? Tr::tr("  already a monitor")
                                                               : QString()));
        }
        if (!tab.skipped.isEmpty()) {
            out(Tr::tr("Left as they are:\n"));
            for (const crontab::Skipped &s : tab.skipped)
                out(Tr::tr("  line %1: %2\n      %3\n").arg(s.lineNumber).arg(s.reason, s.line));
        }
        out(Tr::tr("\nThe crontab, each job reporting to Uptrack:\n\n"));
        out(rewritten);
        out(QStringLiteral("\n"));
        if (!apply) {
            out(Tr::tr("Nothing was changed. --apply creates the monitors and writes the crontab "
                       "above to %1.\n")
                        .arg(path.isEmpty() ? QStringLiteral("crontab.uptrack")
                                            : path + QStringLiteral(".uptrack")));
        } else {
            out(Tr::tr("Created %n monitor(s); %1 existed already.\n", nullptr, created)
                        .arg(found));
            if (!written.isEmpty() && tab.system)
                out(Tr::tr("Wrote %1. Put it in place of the original: cp %1 %2\n")
                            .arg(written, absolute));
            else if (!written.isEmpty())
                out(Tr::tr("Wrote %1. Install it with: crontab %1\n").arg(written));
        }
    }
    for (const QString &r : std::as_const(refused))
        err(Tr::tr("Not created: %1").arg(r));
    if (apply && created > 0) {
        QList<Channel> channels;
        if (loadAll<ChannelRepository>(&channels) && channels.isEmpty())
            err(Tr::tr("Warning: there is no channel yet, so nobody is alerted when a job fails. "
                       "Add one: uptrack channel add --kind slack --name ops --default "
                       "--apply-to-existing"));
    }
    return refused.isEmpty() ? Ok : Failed;
}

} // namespace uptrack::cli
