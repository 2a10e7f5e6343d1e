// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace uptrack::crontab {

/// Who reads the crontab and what the monitors it proposes get.
struct Options
{
    QString host;                                    ///< becomes a tag of every monitor ("" none)
    QStringList tags;                                ///< more tags for every monitor
    QTimeZone machine = QTimeZone::systemTimeZone(); ///< cron's zone without CRON_TZ
    /// The system format (/etc/crontab, /etc/cron.d): a user field after the schedule.
    /// Unset: decided from the file (see read()).
    std::optional<bool> system;
};

/// One job of the crontab, and the monitor that would watch it.
struct Job
{
    int lineNumber = 0;   ///< 1-based
    QString line;         ///< the line as written
    QString schedule;     ///< the five fields (or the @macro) as written
    QString timeZone;     ///< CRON_TZ/TZ in force, or the machine's zone id
    QString user;         ///< the user field (system format), else ""
    QString command;      ///< as written, % escapes and all
    int commandStart = 0; ///< where the command begins in `line`
    QString mailTo;       ///< MAILTO in force ("" when unset; "\"\"" when mail is off)
    QString name;         ///< "nightly-billing" from /usr/local/bin/nightly-billing.sh
    QString slug;
    qint64 periodMs = 0; ///< the shortest gap between two runs
    qint64 graceMs = 0;  ///< 5 % of it, at least 5 min, at most 1 h
    QStringList tags;
};

/// A line that is not a job to watch, kept as it is.
struct Skipped
{
    int lineNumber = 0;
    QString line;
    QString reason;
};

struct Crontab
{
    QStringList lines; ///< the text, line by line (without the line ends)
    QList<Job> jobs;
    QList<Skipped> skipped;
    bool system = false; ///< read in the system format
};

/// Reads a crontab. Comments, blank and environment lines are kept; CRON_TZ= and TZ=
/// apply to the jobs after them, as in cronie; @reboot, lines that already report to
/// Uptrack (uptrack-run), and lines that do not parse are skipped with a reason. Names
/// that repeat get -2, -3 ... The system format is used when `options.system` says so,
/// else when every job line has a known user name after its schedule.
Crontab read(const QString &text, const Options &options);

/// The crontab with each job's command wrapped: "uptrack-run URL -- COMMAND" (or
/// "sh -c '...'" around a command with shell syntax), a command's %-separated standard
/// input left after it; every other line as it was.
QString rewrite(const Crontab &crontab, const std::function<QString(const Job &)> &urlOf);

/// The monitor name a command suggests: the script it runs, without folder or extension
/// ("/usr/local/bin/nightly-billing.sh" -> "nightly-billing"; "cd / && run-parts
/// --report /etc/cron.daily" -> "cron.daily"; "python3 /opt/sync.py" -> "sync").
QString nameOf(const QString &command);

} // namespace uptrack::crontab
