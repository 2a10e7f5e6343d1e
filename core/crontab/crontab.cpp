// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crontab.h"

#include "domain/monitorspec.h"
#include "platform/platform.h"
#include "schedule/cronexpression.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace uptrack::crontab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crontab)
};

constexpr qint64 kMinute = 60'000;
/// More is no crontab a person keeps; the rest is skipped, saying so.
constexpr int kMaxJobs = 10'000;

/// An environment line: NAME=value, NAME = value, NAME="value" (cronie's env_get rules,
/// near enough: a name of letters, digits and _, then =).
bool environment(const QString &line, QString *name, QString *value)
{
    static const QRegularExpression re(
            QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return false;
    *name = m.captured(1);
    QString v = m.captured(2).trimmed();
    if (v.size() >= 2
        && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
            || (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\''))))) {
        v = v.mid(1, v.size() - 2);
    }
    *value = v;
    return true;
}

/// Splits "fields... rest": the first `count` whitespace-separated words, then the rest
/// of the line exactly as written (its own spacing kept).
bool splitWords(const QString &line, int count, QStringList *words, QString *rest)
{
    int i = 0;
    const int n = int(line.size());
    for (int w = 0; w < count; ++w) {
        while (i < n && line[i].isSpace())
            ++i;
        const int start = i;
        while (i < n && !line[i].isSpace())
            ++i;
        if (start == i)
            return false;
        words->append(line.mid(start, i - start));
    }
    while (i < n && line[i].isSpace())
        ++i;
    *rest = line.mid(i);
    return true;
}

/// The shortest gap between two consecutive runs over the coming year (at most 400 runs
/// looked at; a one-minute gap is the shortest there is): the period the monitor expects.
qint64 shortestGap(const CronExpression &cron, const QTimeZone &zone)
{
    constexpr qint64 kYear = 366LL * 24 * 60 * kMinute;
    const qint64 first = cron.next(QDateTime::currentMSecsSinceEpoch(), zone);
    qint64 previous = first;
    qint64 gap = -1;
    for (int i = 0; i < 400 && previous >= 0 && previous - first <= kYear; ++i) {
        const qint64 next = cron.next(previous, zone);
        if (next < 0 || next - previous > kYear)
            break;
        if (gap < 0 || next - previous < gap)
            gap = next - previous;
        if (gap <= kMinute)
            break;
        previous = next;
    }
    return gap;
}

/// The words of a command that a name could come from, in order: shell operators split
/// it, and each part's leading assignments are left out.
QStringList programWords(const QString &command)
{
    // Cron's first unescaped % ends the command (the rest is its standard input).
    QString text;
    for (int i = 0; i < command.size(); ++i) {
        if (command[i] == QLatin1Char('\\') && i + 1 < command.size()
            && command[i + 1] == QLatin1Char('%')) {
            text += QLatin1Char('%');
            ++i;
            continue;
        }
        if (command[i] == QLatin1Char('%'))
            break;
        text += command[i];
    }
    static const QRegularExpression operators(QStringLiteral("&&|\\|\\||[;|&()`{}]"));
    QStringList out;
    for (const QString &part : text.split(operators)) {
        QStringList words;
        for (QString w : part.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            w.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
            if (w.startsWith(QLatin1Char('>')) || w.startsWith(QLatin1Char('<'))
                || w.startsWith(QLatin1String("2>")) || w.startsWith(QLatin1String("1>")))
                break; // a redirection: the rest is file names
            words.append(w);
        }
        out.append(words.join(QLatin1Char(' ')));
    }
    return out;
}

QString stem(const QString &path)
{
    QString base = QFileInfo(path).fileName();
    static const QRegularExpression extension(
            QStringLiteral("\\.(sh|bash|py|pl|rb|php|js|ts|exe|bat|ps1|cmd)$"),
            QRegularExpression::CaseInsensitiveOption);
    base.remove(extension);
    // A script named for what it is ("run.py", "main.sh") says more with its folder.
    static const QStringList generic
            = {QStringLiteral("run"),  QStringLiteral("main"),   QStringLiteral("job"),
               QStringLiteral("cron"), QStringLiteral("script"), QStringLiteral("start"),
               QStringLiteral("task"), QStringLiteral("index")};
    const QString folder = QFileInfo(QFileInfo(path).path()).fileName();
    if (generic.contains(base.toLower()) && path.contains(QLatin1Char('/')) && !folder.isEmpty()
        && folder != QLatin1String("bin") && folder != QLatin1String("sbin"))
        return folder + QLatin1Char('-') + base;
    return base;
}

/// Programs that run another one given as an argument: the name comes from that one.
bool isWrapper(const QString &program)
{
    static const QStringList wrappers = {
            QStringLiteral("nice"),        QStringLiteral("ionice"), QStringLiteral("flock"),
            QStringLiteral("timeout"),     QStringLiteral("sudo"),   QStringLiteral("env"),
            QStringLiteral("chronic"),     QStringLiteral("time"),   QStringLiteral("nohup"),
            QStringLiteral("exec"),        QStringLiteral("setsid"), QStringLiteral("su"),
            QStringLiteral("bash"),        QStringLiteral("sh"),     QStringLiteral("dash"),
            QStringLiteral("zsh"),         QStringLiteral("python"), QStringLiteral("python3"),
            QStringLiteral("perl"),        QStringLiteral("php"),    QStringLiteral("ruby"),
            QStringLiteral("node"),        QStringLiteral("pwsh"),   QStringLiteral("run-one"),
            QStringLiteral("systemd-cat"),
    };
    return wrappers.contains(program);
}

/// Parts of a command that do the job's setting-up, not the job.
bool isPreamble(const QString &program)
{
    static const QStringList preamble
            = {QStringLiteral("cd"),     QStringLiteral("test"), QStringLiteral("["),
               QStringLiteral("[["),     QStringLiteral("true"), QStringLiteral("export"),
               QStringLiteral("source"), QStringLiteral("."),    QStringLiteral("sleep"),
               QStringLiteral("echo"),   QStringLiteral("!"),    QStringLiteral("if"),
               QStringLiteral("then"),   QStringLiteral("else"), QStringLiteral("fi"),
               QStringLiteral("do"),     QStringLiteral("done"), QStringLiteral("umask")};
    return preamble.contains(program);
}

QString nameFromPart(const QString &part)
{
    const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    int i = 0;
    while (i < words.size() && assignment.match(words[i]).hasMatch())
        ++i;
    if (i >= words.size())
        return QString();
    const QString path = words[i];
    QString program = QFileInfo(path).fileName();
    if (isPreamble(program))
        return QString();
    if (program == QLatin1String("run-parts")) {
        // run-parts [options] DIR: the folder is the job ("cron.daily").
        for (int j = int(words.size()) - 1; j > i; --j) {
            if (!words[j].startsWith(QLatin1Char('-')))
                return QFileInfo(words[j]).fileName();
        }
        return program;
    }
    // Wrappers and interpreters: skip their options (and an option's value when the
    // next word is not a path), then take what they run.
    while (isWrapper(program)) {
        ++i;
        while (i < words.size()
               && (words[i].startsWith(QLatin1Char('-')) || assignment.match(words[i]).hasMatch()
                   || (program == QLatin1String("timeout") && words[i].front().isDigit()))) {
            const bool takesValue = words[i].size() == 2 && i + 1 < words.size()
                    && !words[i + 1].contains(QLatin1Char('/'))
                    && !words[i + 1].startsWith(QLatin1Char('-'));
            i += takesValue && program != QLatin1String("env") ? 2 : 1;
        }
        if (program == QLatin1String("flock") && i < words.size())
            ++i; // the lock file
        if (i >= words.size())
            return program;
        const QString next = QFileInfo(words[i]).fileName();
        if (next.isEmpty())
            return program;
        program = next;
        if (program == QLatin1String("run-parts") || isPreamble(program))
            return nameFromPart(words.mid(i).join(QLatin1Char(' ')));
        if (!isWrapper(program))
            return stem(words[i]);
    }
    return stem(path);
}

bool userKnown(const QString &name)
{
    return platform::userExists(name);
}

/// Whether the job lines have a user field: every one whose sixth word is a user name
/// this machine knows, and a command after it.
bool looksSystem(const QStringList &lines)
{
    int jobs = 0;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString name, value;
        if (environment(line, &name, &value))
            continue;
        const int fields = line.startsWith(QLatin1Char('@')) ? 1 : 5;
        QStringList words;
        QString rest;
        if (!splitWords(line, fields + 1, &words, &rest) || rest.isEmpty()
            || !userKnown(words.last()))
            return false;
        ++jobs;
    }
    return jobs > 0;
}

/// A command already wrapped by an earlier import (or by hand).
bool reportsAlready(const QString &command)
{
    static const QRegularExpression re(QStringLiteral("(^|[\\s/;&|(])uptrack-run\\s"));
    return re.match(command).hasMatch() || command.contains(QLatin1String("/ping/"))
            || command.contains(QLatin1String("/api/heartbeat/"));
}

/// Whether a command can follow "uptrack-run URL --" as it is: plain words only.
bool isPlain(const QString &command)
{
    static const QRegularExpression plain(
            QStringLiteral("^[A-Za-z0-9_./:=@+,-]+( [A-Za-z0-9_./:=@+,-]+)*$"));
    return plain.match(command).hasMatch();
}

QString shellQuoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

QString nameOf(const QString &command)
{
    for (const QString &part : programWords(command)) {
        const QString name = nameFromPart(part);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("cron-job");
}

Crontab read(const QString &text, const Options &options)
{
    Crontab out;
    out.lines = text.split(QLatin1Char('\n'));
    if (!out.lines.isEmpty() && out.lines.last().isEmpty())
        out.lines.removeLast(); // the final line end
    for (QString &l : out.lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
    out.system = options.system.value_or(looksSystem(out.lines));
    const QString machineZone = QString::fromUtf8(options.machine.id());
    QString zone = machineZone;
    QString mailTo;
    QHash<QString, int> names;
    QStringList tags;
    if (!options.host.trimmed().isEmpty())
        tags.append(options.host.trimmed());
    for (const QString &t : options.tags) {
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags.append(t.trimmed());
    }

    for (int n = 0; n < out.lines.size(); ++n) {
        const QString &raw = out.lines[n];
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        auto skip = [&](const QString &reason) { out.skipped.append({n + 1, raw, reason}); };
        QString name, value;
        if (environment(line, &name, &value)) {
            if (name == QLatin1String("CRON_TZ") || name == QLatin1String("TZ")) {
                QString why;
                if (value.isEmpty())
                    zone = machineZone;
                else if (zoneFromName(value, &why))
                    zone = value;
                else
                    skip(Tr::tr("%1 names no known time zone; the jobs after it are read in "
                                "%2")
                                 .arg(name, zone));
            } else if (name == QLatin1String("MAILTO")) {
                mailTo = value.isEmpty() ? QStringLiteral("\"\"") : value;
            }
            continue;
        }
        Job job;
        job.lineNumber = n + 1;
        job.line = raw;
        job.timeZone = zone;
        job.mailTo = mailTo;
        QStringList words;
        QString rest;
        const bool macro = line.startsWith(QLatin1Char('@'));
        const int fields = (macro ? 1 : 5) + (out.system ? 1 : 0);
        if (!splitWords(line, fields, &words, &rest) || rest.isEmpty()) {
            skip(Tr::tr("not a crontab line: it needs %1 fields and a command")
                         .arg(macro ? (out.system ? 2 : 1) : (out.system ? 6 : 5)));
            continue;
        }
        if (out.system)
            job.user = words.takeLast();
        job.schedule = words.join(QLatin1Char(' '));
        job.command = rest;
        job.commandStart = int(raw.indexOf(line) + line.size() - rest.size());
        if (job.schedule.compare(QLatin1String("@reboot"), Qt::CaseInsensitive) == 0) {
            skip(Tr::tr("@reboot runs once at boot, not on a schedule Uptrack could expect"));
            continue;
        }
        if (reportsAlready(job.command)) {
            skip(Tr::tr("already reports to Uptrack"));
            continue;
        }
        if (out.jobs.size() >= kMaxJobs) {
            skip(Tr::tr("more than %1 jobs in one crontab: import the rest on its own")
                         .arg(kMaxJobs));
            continue;
        }
        QString why;
        const auto cron = CronExpression::parse(job.schedule, &why);
        if (!cron) {
            skip(Tr::tr("the schedule does not parse: %1").arg(why));
            continue;
        }
        const QTimeZone jobZone(zone.toUtf8());
        job.periodMs = shortestGap(*cron, jobZone.isValid() ? jobZone : options.machine);
        if (job.periodMs <= 0) {
            skip(Tr::tr("the schedule never runs"));
            continue;
        }
        job.graceMs = std::clamp<qint64>(job.periodMs / 20, 5 * kMinute, 60 * kMinute);
        QString base = nameOf(job.command);
        const int seen = ++names[base];
        job.name = seen == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(seen);
        job.slug = MonitorRules::slugify(job.name);
        job.tags = tags;
        out.jobs.append(job);
    }
    return out;
}

QString rewrite(const Crontab &crontab, const std::function<QString(const Job &)> &urlOf)
{
    QHash<int, const Job *> byLine;
    for (const Job &j : crontab.jobs)
        byLine.insert(j.lineNumber, &j);
    QStringList out;
    for (int n = 0; n < crontab.lines.size(); ++n) {
        const Job *job = byLine.value(n + 1);
        if (!job) {
            out.append(crontab.lines[n]);
            continue;
        }
        // The command ends at cron's first unescaped %; what follows is its input and
        // stays outside the wrapper, so cron still hands it to the job.
        const QString &command = job->command;
        int cut = -1;
        for (int i = 0; i < command.size(); ++i) {
            if (command[i] == QLatin1Char('\\') && i + 1 < command.size()
                && command[i + 1] == QLatin1Char('%')) {
                ++i;
                continue;
            }
            if (command[i] == QLatin1Char('%')) {
                cut = i;
                break;
            }
        }
        const QString run = (cut < 0 ? command : command.left(cut)).trimmed();
        const QString input = cut < 0 ? QString() : command.mid(cut);
        const QString wrapped
                = QStringLiteral("uptrack-run %1 -- %2")
                          .arg(urlOf(*job),
                               isPlain(run) ? run : QStringLiteral("sh -c ") + shellQuoted(run));
        out.append(crontab.lines[n].left(job->commandStart) + wrapped + input);
    }
    return out.isEmpty() ? QString() : out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace uptrack::crontab
