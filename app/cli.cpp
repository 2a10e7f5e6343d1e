// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "cli_p.h"

#include "control/commandhandler.h"
#include "control/controlserver.h"
#include "engine/engine.h"
#include "format/humanformat.h"
#include "format/jsonformat.h"
#include "notify/notifier.h"
#include "runtime/runtimeconfig.h"
#include "schedule/duration.h"
#include "schedule/schedule.h"
#include "secrets/secretstore.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/metarepository.h"
#include "storage/monitorrepository.h"
#include "storage/pingrepository.h"
#include "storage/recovery.h"
#include "storage/runstatistics.h"
#include "time/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <cmath>

#include <cstdio>

namespace uptrack {

namespace {

const QStringList kSubcommands
        = {QStringLiteral("monitor"),  QStringLiteral("channel"), QStringLiteral("alerts"),
           QStringLiteral("schedule"), QStringLiteral("report"),  QStringLiteral("incident")};
const QStringList kValueOptions = {QStringLiteral("--db"),
                                   QStringLiteral("--listen"),
                                   QStringLiteral("--base-url"),
                                   QStringLiteral("--body-cap"),
                                   QStringLiteral("--sync"),
                                   QStringLiteral("--keep-pings"),
                                   QStringLiteral("--alert-retry"),
                                   QStringLiteral("--cron"),
                                   QStringLiteral("--tz"),
                                   QStringLiteral("--after"),
                                   QStringLiteral("--count"),
                                   QStringLiteral("--max-run"),
                                   QStringLiteral("--slow-run"),
                                   QStringLiteral("--success-keywords"),
                                   QStringLiteral("--failure-keywords"),
                                   QStringLiteral("--start-keywords"),
                                   QStringLiteral("--from"),
                                   QStringLiteral("--to"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("--output"),
                                   QStringLiteral("--monitor"),
                                   QStringLiteral("--tag")};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

/// The management command for a spec; only the fields the user gave.
QJsonObject commandFor(const QString &name, const QString &ref, const MonitorSpec &spec)
{
    QJsonObject command{{QStringLiteral("command"), name}};
    if (!ref.isEmpty())
        command.insert(QStringLiteral("monitor"), ref);
    if (spec.name)
        command.insert(QStringLiteral("name"), *spec.name);
    if (spec.slug)
        command.insert(QStringLiteral("slug"), *spec.slug);
    if (spec.periodMs)
        command.insert(QStringLiteral("period_ms"), double(*spec.periodMs));
    if (spec.graceMs)
        command.insert(QStringLiteral("grace_ms"), double(*spec.graceMs));
    if (spec.tags)
        command.insert(QStringLiteral("tags"), QJsonArray::fromStringList(*spec.tags));
    if (spec.description)
        command.insert(QStringLiteral("description"), *spec.description);
    if (spec.resumeOnPing)
        command.insert(QStringLiteral("resume_on_ping"), *spec.resumeOnPing);
    if (spec.channels)
        command.insert(QStringLiteral("channels"), QJsonArray::fromStringList(*spec.channels));
    if (spec.cron)
        command.insert(QStringLiteral("cron"), *spec.cron);
    if (spec.maxRunMs)
        command.insert(QStringLiteral("max_run_ms"), double(*spec.maxRunMs));
    if (spec.slowRunMs)
        command.insert(QStringLiteral("slow_run_ms"), double(*spec.slowRunMs));
    if (spec.successKeywords)
        command.insert(QStringLiteral("success_keywords"), *spec.successKeywords);
    if (spec.failureKeywords)
        command.insert(QStringLiteral("failure_keywords"), *spec.failureKeywords);
    if (spec.startKeywords)
        command.insert(QStringLiteral("start_keywords"), *spec.startKeywords);
    if (spec.timeZone)
        command.insert(QStringLiteral("tz"), *spec.timeZone);
    if (spec.kind)
        command.insert(QStringLiteral("kind"), kindName(*spec.kind));
    if (spec.check)
        command.insert(QStringLiteral("check"), *spec.check);
    return command;
}

} // namespace

namespace cli {

int Cli::run()
{
    m_parser.setApplicationDescription(Tr::tr("Uptrack: know when your cron jobs stop running."));
    m_parser.addHelpOption();
    m_parser.addOptions({
            {QStringLiteral("db"), Tr::tr("The database (default: %1).").arg(defaultDatabasePath()),
             Tr::tr("path")},
            {QStringLiteral("json"), Tr::tr("Print JSON.")},
            {QStringLiteral("name"), Tr::tr("The monitor's name."), Tr::tr("name")},
            {QStringLiteral("slug"), Tr::tr("The monitor's slug (a-z, 0-9, -, _)."),
             Tr::tr("slug")},
            {QStringLiteral("period"), Tr::tr("How often the job runs: 90s, 5m, 1h30m, 1d."),
             Tr::tr("duration")},
            {QStringLiteral("grace"), Tr::tr("How late a ping may be before an alert."),
             Tr::tr("duration")},
            {QStringLiteral("tag"), Tr::tr("A tag (repeat for more)."), Tr::tr("tag")},
            {QStringLiteral("description"), Tr::tr("A description."), Tr::tr("text")},
            {QStringLiteral("resume-on-ping"), Tr::tr("A ping resumes the monitor when paused.")},
            {QStringLiteral("manual-resume"), Tr::tr("Pings leave a paused monitor paused.")},
            {QStringLiteral("limit"), Tr::tr("At most this many pings (newest)."), Tr::tr("n")},
            {QStringLiteral("status"), Tr::tr("Only monitors in this state."), Tr::tr("status")},
            {QStringLiteral("channel"), Tr::tr("A channel for this monitor (repeat for more)."),
             Tr::tr("name")},
            {QStringLiteral("no-channels"), Tr::tr("The monitor uses no channel.")},
            {QStringLiteral("monitor"), Tr::tr("Only alerts of this monitor."), Tr::tr("monitor")},
            {QStringLiteral("kind"),
             Tr::tr("Channel kind: slack, discord, webhook, email, desktop."), Tr::tr("kind")},
            {QStringLiteral("on"), Tr::tr("What the channel gets: down, up, or down,up (default)."),
             Tr::tr("events")},
            {QStringLiteral("reminder"),
             Tr::tr("Repeat down alerts this often while down (0: off)."), Tr::tr("duration")},
            {QStringLiteral("default"), Tr::tr("New monitors use this channel.")},
            {QStringLiteral("method"),
             Tr::tr("Webhook method (default POST); HTTP check method (GET or HEAD)."),
             Tr::tr("method")},
            {QStringLiteral("header"),
             Tr::tr("Webhook or HTTP check header \"Name: value\" (repeat)."), Tr::tr("header")},
            {QStringLiteral("http"), Tr::tr("An uptime check of this http(s) URL."), Tr::tr("url")},
            {QStringLiteral("tcp"), Tr::tr("An uptime check: HOST:PORT must accept a connection."),
             Tr::tr("host:port")},
            {QStringLiteral("interval"),
             Tr::tr("How often a check runs (default 60s; 10s at least)."), Tr::tr("duration")},
            {QStringLiteral("timeout"),
             Tr::tr("How long a check waits for an answer (default 10s)."), Tr::tr("duration")},
            {QStringLiteral("expect"),
             Tr::tr("Status codes an HTTP check accepts (default 200-299)."), Tr::tr("codes")},
            {QStringLiteral("keyword"), Tr::tr("Text the checked page must contain."),
             Tr::tr("text")},
            {QStringLiteral("keyword-absent"), Tr::tr("The keyword must not be in the page.")},
            {QStringLiteral("max-response"),
             Tr::tr("A slower answer fails the check (0: no limit)."), Tr::tr("duration")},
            {QStringLiteral("follow-redirects"),
             Tr::tr("Follow redirects, also to other hosts (the result shows where).")},
            {QStringLiteral("no-follow-redirects"), Tr::tr("Do not follow redirects (default).")},
            {QStringLiteral("insecure"),
             Tr::tr("Accept a self-signed or invalid certificate (a LAN service).")},
            {QStringLiteral("secure"), Tr::tr("Require a valid certificate (default).")},
            {QStringLiteral("cert-warn"),
             Tr::tr("Warn this many days before the certificate expires (default 14; 0: never)."),
             Tr::tr("days")},
            {QStringLiteral("confirm"),
             Tr::tr("Failures in a row before a check is down (default 2)."), Tr::tr("n")},
            {QStringLiteral("secret-header"),
             Tr::tr("Webhook or HTTP check header whose value is a secret, read from standard "
                    "input into the keychain (repeat)."),
             Tr::tr("header")},
            {QStringLiteral("template"), Tr::tr("Webhook body template with {placeholders}."),
             Tr::tr("text")},
            {QStringLiteral("template-file"), Tr::tr("Webhook body template from a file."),
             Tr::tr("path")},
            {QStringLiteral("content-type"),
             Tr::tr("Webhook content type (default "
                    "application/json)."),
             Tr::tr("type")},
            {QStringLiteral("smtp-host"), Tr::tr("SMTP server."), Tr::tr("host")},
            {QStringLiteral("smtp-port"), Tr::tr("SMTP port (default 587, or 465 with --tls tls)."),
             Tr::tr("port")},
            {QStringLiteral("tls"), Tr::tr("none, starttls (default) or tls."), Tr::tr("mode")},
            {QStringLiteral("username"), Tr::tr("SMTP login; the password is read like a secret."),
             Tr::tr("user")},
            {QStringLiteral("from"), Tr::tr("Sender address."), Tr::tr("address")},
            {QStringLiteral("to"), Tr::tr("Recipient address (repeat for more)."),
             Tr::tr("address")},
            {QStringLiteral("ca-file"), Tr::tr("Extra CA certificate for the SMTP server."),
             Tr::tr("path")},
            {QStringLiteral("no-verify"), Tr::tr("Do not verify the SMTP server's certificate.")},
            {QStringLiteral("max-run"),
             Tr::tr("A run still open after this is down (hung), whatever the grace (0: none)."),
             Tr::tr("duration")},
            {QStringLiteral("slow-run"),
             Tr::tr("A run that took longer raises a warning alert (0: none)."),
             Tr::tr("duration")},
            {QStringLiteral("success-keywords"),
             Tr::tr("Comma-separated words that make a plain ping's body a success."),
             Tr::tr("words")},
            {QStringLiteral("failure-keywords"),
             Tr::tr("Comma-separated words that make a plain ping's body a failure."),
             Tr::tr("words")},
            {QStringLiteral("start-keywords"),
             Tr::tr("Comma-separated words that make a plain ping's body a start."),
             Tr::tr("words")},
            {QStringLiteral("cron"), Tr::tr("A cron expression (5 fields, or @daily and friends)."),
             Tr::tr("expr")},
            {QStringLiteral("tz"), Tr::tr("An IANA time zone (default: this machine's)."),
             Tr::tr("zone")},
            {QStringLiteral("after"), Tr::tr("Start after this ISO 8601 time (default: now)."),
             Tr::tr("time")},
            {QStringLiteral("count"), Tr::tr("How many fire times (default 5)."), Tr::tr("n")},
            {QStringLiteral("format"), Tr::tr("Report format: pdf, html, csv or json."),
             Tr::tr("format")},
            {{QStringLiteral("o"), QStringLiteral("output")},
             Tr::tr("Write the report to this file."),
             Tr::tr("file")},
            {QStringLiteral("include-bodies"),
             Tr::tr("Put excerpts of the failing pings' bodies in the report.")},
            {QStringLiteral("listen"), Tr::tr("Ignored by sub-commands."), Tr::tr("addr:port")},
            {QStringLiteral("base-url"), Tr::tr("Ignored by sub-commands."), Tr::tr("url")},
    });
    if (!m_parser.parse(m_arguments)) {
        err(m_parser.errorText());
        return Usage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out(m_parser.helpText());
        out(Tr::tr(
                "\nSub-commands:\n"
                "  monitor add --name NAME [--period 1d | --cron EXPR [--tz ZONE]] [--grace 1h]\n"
                "              [--slug S] [--tag T]... [--channel NAME]...\n"
                "  monitor edit MONITOR [--name ...] [--period ...] [--grace ...] ...\n"
                "  monitor list [--status S] [--tag T]\n"
                "  monitor show|pause|resume|remove MONITOR\n"
                "  monitor pings MONITOR [--limit N]\n"
                "  channel add --kind slack|discord|webhook|email|desktop --name NAME [options]\n"
                "      (the secret - webhook URL or SMTP password - is read from standard\n"
                "       input, or prompted for without echo)\n"
                "  channel list | test NAME | remove NAME\n"
                "  alerts [--monitor MONITOR] [--limit N]\n"
                "  schedule --cron EXPR [--tz ZONE] [--after ISO-8601] [--count N]\n"
                "  report --from DATE --to DATE [--monitor M]... [--tag T] [--tz ZONE]\n"
                "         --format pdf|html|csv|json -o FILE [--include-bodies]\n"
                "      (dates in local time, or the --tz zone, unless they carry an offset;\n"
                "       the period is half-open: --to is not included)\n"
                "  incident note ID TEXT   (an empty TEXT removes the note)\n"
                "MONITOR is an id, a slug or a token. Add --json for JSON output.\n"));
        return Ok;
    }
    m_json = m_parser.isSet(QStringLiteral("json"));
    m_dbPath = m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                    : defaultDatabasePath();
    m_dbPath = QFileInfo(m_dbPath).absoluteFilePath();
    const QStringList positional = m_parser.positionalArguments();
    if (positional.value(0) == QLatin1String("alerts"))
        return alerts();
    if (positional.value(0) == QLatin1String("schedule"))
        return schedule();
    if (positional.value(0) == QLatin1String("report"))
        return report();
    if (positional.value(0) == QLatin1String("incident"))
        return incident(positional.mid(1));
    if (positional.size() >= 2 && positional[0] == QLatin1String("channel"))
        return channelCommand(positional[1], positional.mid(2));
    if (positional.size() < 2 || positional[0] != QLatin1String("monitor")) {
        err(Tr::tr("usage: uptrack monitor add|edit|list|show|pause|resume|remove|pings ... "
                   "(uptrack --help for more)"));
        return Usage;
    }
    return monitorCommand(positional[1], positional.mid(2));
}

int Cli::monitorCommand(const QString &verb, const QStringList &rest)
{
    if (verb == QLatin1String("add"))
        return add(rest);
    if (verb == QLatin1String("list"))
        return list();
    static const QStringList withRef
            = {QStringLiteral("show"),   QStringLiteral("pause"), QStringLiteral("resume"),
               QStringLiteral("remove"), QStringLiteral("pings"), QStringLiteral("edit")};
    if (!withRef.contains(verb)) {
        err(Tr::tr("unknown command \"monitor %1\" (add, edit, list, show, pause, resume, remove, "
                   "pings)")
                    .arg(verb));
        return Usage;
    }
    if (rest.size() != 1) {
        err(Tr::tr("usage: uptrack monitor %1 MONITOR (an id, slug or token)").arg(verb));
        return Usage;
    }
    if (verb == QLatin1String("show"))
        return show(rest[0]);
    if (verb == QLatin1String("pings"))
        return pings(rest[0]);
    if (verb == QLatin1String("edit"))
        return edit(rest[0]);
    return changeState(verb, rest[0]);
}

bool Cli::openDatabase()
{
    if (m_db)
        return true;
    QString error;
    if (!Database::makePrivateFolder(QFileInfo(m_dbPath).absolutePath())) {
        err(Tr::tr("Cannot create the folder for %1.").arg(m_dbPath));
        return false;
    }
    m_db = Database::open(m_dbPath, Database::Mode::ReadWrite, &error);
    if (!m_db) {
        err(error);
        if (Recovery::damaged(m_dbPath))
            err(Recovery::advice(m_dbPath));
        return false;
    }
    return true;
}

PingUrls Cli::urls()
{
    MetaRepository meta(*m_db);
    QString base = meta.value(MetaRepository::kPingBaseUrl);
    if (base.isEmpty())
        base = pingBaseUrl(QString(), QHostAddress::Any, defaults::kPort);
    return PingUrls{base, meta.value(MetaRepository::kPingKey)};
}

std::optional<Monitor> Cli::findMonitor(const QString &ref)
{
    if (!openDatabase())
        return std::nullopt;
    MonitorRepository repo(*m_db);
    auto m = repo.find(ref);
    if (!m)
        err(Tr::tr("No monitor is named \"%1\" (give an id, a slug or a token; see \"uptrack "
                   "monitor list\").")
                    .arg(ref));
    return m;
}

bool Cli::specFromOptions(MonitorSpec *spec)
{
    auto duration = [this](const char *option, std::optional<qint64> *target) {
        const QString name = QString::fromLatin1(option);
        if (!m_parser.isSet(name))
            return true;
        QString why;
        const auto ms = parseDuration(m_parser.value(name), &why);
        if (!ms) {
            err(QStringLiteral("--%1: %2").arg(name, why));
            return false;
        }
        *target = *ms;
        return true;
    };
    if (m_parser.isSet(QStringLiteral("name")))
        spec->name = m_parser.value(QStringLiteral("name"));
    if (m_parser.isSet(QStringLiteral("slug")))
        spec->slug = m_parser.value(QStringLiteral("slug"));
    if (m_parser.isSet(QStringLiteral("tag")))
        spec->tags = m_parser.values(QStringLiteral("tag"));
    if (m_parser.isSet(QStringLiteral("description")))
        spec->description = m_parser.value(QStringLiteral("description"));
    if (m_parser.isSet(QStringLiteral("resume-on-ping")))
        spec->resumeOnPing = true;
    if (m_parser.isSet(QStringLiteral("manual-resume")))
        spec->resumeOnPing = false;
    if (m_parser.isSet(QStringLiteral("channel")))
        spec->channels = m_parser.values(QStringLiteral("channel"));
    if (m_parser.isSet(QStringLiteral("no-channels")))
        spec->channels = QStringList();
    if (m_parser.isSet(QStringLiteral("cron"))) {
        if (m_parser.isSet(QStringLiteral("period"))) {
            err(Tr::tr("give either --period or --cron, not both"));
            return false;
        }
        spec->cron = m_parser.value(QStringLiteral("cron"));
    }
    if (m_parser.isSet(QStringLiteral("tz")))
        spec->timeZone = m_parser.value(QStringLiteral("tz"));
    if (!duration("period", &spec->periodMs) || !duration("grace", &spec->graceMs)
        || !duration("max-run", &spec->maxRunMs) || !duration("slow-run", &spec->slowRunMs))
        return false;
    if (m_parser.isSet(QStringLiteral("success-keywords")))
        spec->successKeywords = m_parser.value(QStringLiteral("success-keywords"));
    if (m_parser.isSet(QStringLiteral("failure-keywords")))
        spec->failureKeywords = m_parser.value(QStringLiteral("failure-keywords"));
    if (m_parser.isSet(QStringLiteral("start-keywords")))
        spec->startKeywords = m_parser.value(QStringLiteral("start-keywords"));
    if (!checkFromOptions(spec))
        return false;
    const Problems invalid = MonitorRules::validate(*spec);
    if (!invalid.isEmpty()) {
        for (const Problem &p : invalid)
            err(p.message);
        return false;
    }
    return true;
}

QJsonObject Cli::execute(const QJsonObject &command)
{
    const QString socket = ControlServer::nameFor(m_dbPath);
    QJsonObject reply;
    if (QFileInfo::exists(m_dbPath) && ControlClient::send(socket, command, &reply))
        return reply;

    // No instance answered: do it here, holding the instance lock so that none
    // starts half-way through.
    Database::makePrivateFolder(QFileInfo(m_dbPath).absolutePath());
    QLockFile lock(m_dbPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(2000)) {
        // An instance holds the lock: it may be starting up. Give it a moment.
        for (int i = 0; i < 40; ++i) {
            if (ControlClient::send(socket, command, &reply))
                return reply;
            QThread::msleep(250);
        }
        return QJsonObject{{QStringLiteral("ok"), false},
                           {QStringLiteral("error"),
                            Tr::tr("Another Uptrack holds the database %1 but does not answer. Is "
                                   "it stuck? Stop it and try again.")
                                    .arg(m_dbPath)}};
    }
    if (!openDatabase())
        return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), QString()}};
    SystemClock clock;
    Engine engine(*m_db, clock);
    QString error;
    if (!engine.load(&error))
        return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
    SecretStore secrets;
    Notifier notifier(*m_db, clock, secrets); // for channel tests; not started
    CommandHandler handler(engine, &notifier);
    std::optional<QJsonObject> answer;
    QEventLoop loop;
    handler.handle(command, [&](const QJsonObject &r) {
        answer = r;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

QJsonObject Cli::runStatistics(qint64 monitorId)
{
    const RunStatistics stats = RunStatistics::of(*m_db, monitorId);
    auto ms = [](qint64 v) { return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(v)); };
    return QJsonObject{{QStringLiteral("count"), stats.count},
                       {QStringLiteral("median_ms"), ms(stats.medianMs)},
                       {QStringLiteral("p95_ms"), ms(stats.p95Ms)}};
}

bool Cli::limitOption(int *limit)
{
    if (!m_parser.isSet(QStringLiteral("limit")))
        return true;
    bool ok = false;
    *limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || *limit < 1) {
        err(Tr::tr("--limit: \"%1\" is not a positive number")
                    .arg(m_parser.value(QStringLiteral("limit"))));
        return false;
    }
    return true;
}

QJsonObject Cli::withChannels(QJsonObject json, const Monitor &m)
{
    if (m_channelNames.isEmpty() && m_db) {
        QList<Channel> all;
        ChannelRepository(*m_db).loadAll(&all);
        for (const Channel &c : std::as_const(all))
            m_channelNames.insert(c.id, c.name);
    }
    QJsonArray names;
    for (qint64 id : m.channelIds)
        names.append(m_channelNames.value(id, QString::number(id)));
    json.insert(QStringLiteral("channels"), names);
    return json;
}

int Cli::printMonitor(qint64 id)
{
    if (!openDatabase())
        return Failed;
    MonitorRepository repo(*m_db);
    const auto m = repo.load(id);
    if (!m) {
        err(Tr::tr("The monitor %1 disappeared.").arg(id));
        return Failed;
    }
    const PingUrls u = urls();
    if (m_json) {
        QJsonObject json = withChannels(monitorToJson(*m, u), *m);
        json.insert(QStringLiteral("runs"), runStatistics(m->id));
        printJson(json);
        return Ok;
    }
    out(Tr::tr("%1 (%2)\n").arg(m->name, m->slug));
    out(Tr::tr("  id:          %1\n").arg(m->id));
    out(Tr::tr("  status:      %1\n").arg(statusName(m->status)));
    out(Tr::tr("  schedule:    %1\n").arg(human::scheduleSummary(*m)));
    out(Tr::tr("  last ping:   %1\n").arg(localTime(m->lastPingMs)));
    out(Tr::tr("  next due:    %1\n")
                .arg(localTime(m->status == Status::Paused ? -1 : m->nextDueMs)));
    out(Tr::tr("  pings:       %1\n").arg(m->nPings));
    if (m->lastDurationMs >= 0)
        out(Tr::tr("  last run:    %1\n").arg(formatDuration(m->lastDurationMs)));
    if (!m->tags.isEmpty())
        out(Tr::tr("  tags:        %1\n").arg(m->tags.join(QLatin1Char(' '))));
    out(Tr::tr("  ping URL:    %1\n").arg(u.pingUrl(*m)));
    out(Tr::tr("  slug URL:    %1\n").arg(u.slugUrl(*m)));
    return Ok;
}

int Cli::add(const QStringList &rest)
{
    if (!rest.isEmpty()) {
        err(Tr::tr("unexpected argument \"%1\" (did you mean --name?)").arg(rest.first()));
        return Usage;
    }
    MonitorSpec spec;
    if (!specFromOptions(&spec))
        return Usage;
    if (!spec.name) {
        err(Tr::tr("uptrack monitor add needs --name NAME"));
        return Usage;
    }
    const QJsonObject command = commandFor(QStringLiteral("monitor.add"), QString(), spec);
    const QJsonObject reply = execute(command);
    if (!reply.value(QLatin1String("ok")).toBool()) {
        const QString why = reply.value(QLatin1String("error")).toString();
        if (!why.isEmpty())
            err(why);
        forgetCheckSecret(m_newCheckSecret);
        return Failed;
    }
    return printMonitor(qint64(reply.value(QLatin1String("id")).toDouble()));
}

int Cli::edit(const QString &ref)
{
    MonitorSpec spec;
    if (!specFromOptions(&spec))
        return Usage;
    const std::optional<Monitor> before
            = QFileInfo::exists(m_dbPath) ? findMonitor(ref) : std::nullopt;
    const QJsonObject command = commandFor(QStringLiteral("monitor.edit"), ref, spec);
    const QJsonObject reply = execute(command);
    if (!reply.value(QLatin1String("ok")).toBool()) {
        err(reply.value(QLatin1String("error")).toString());
        forgetCheckSecret(m_newCheckSecret);
        return Failed;
    }
    // New secret header values replace the old ones in the keychain.
    if (!m_newCheckSecret.isEmpty() && before && before->check.secretRef != m_newCheckSecret)
        forgetCheckSecret(before->check.secretRef);
    return printMonitor(qint64(reply.value(QLatin1String("id")).toDouble()));
}

int Cli::changeState(const QString &verb, const QString &ref)
{
    if (!QFileInfo::exists(m_dbPath)) {
        err(Tr::tr("No monitor is named \"%1\": the database %2 does not exist yet.")
                    .arg(ref, m_dbPath));
        return Failed;
    }
    std::optional<Monitor> before;
    if (verb == QLatin1String("remove")) {
        before = findMonitor(ref);
        if (!before)
            return Failed;
    }
    const QJsonObject reply
            = execute(QJsonObject{{QStringLiteral("command"), QStringLiteral("monitor.") + verb},
                                  {QStringLiteral("monitor"), ref}});
    if (!reply.value(QLatin1String("ok")).toBool()) {
        err(reply.value(QLatin1String("error")).toString());
        return Failed;
    }
    if (verb == QLatin1String("remove")) {
        forgetCheckSecret(before->check.secretRef);
        if (m_json) {
            QJsonObject o = monitorToJson(*before, urls());
            o.insert(QStringLiteral("removed"), true);
            printJson(o);
        } else {
            out(Tr::tr("Removed %1 (%2).\n").arg(before->name, before->slug));
        }
        return Ok;
    }
    return printMonitor(qint64(reply.value(QLatin1String("id")).toDouble()));
}

int Cli::list()
{
    QList<Monitor> monitors;
    if (QFileInfo::exists(m_dbPath)) {
        if (!openDatabase())
            return Failed;
        MonitorRepository repo(*m_db);
        if (!repo.loadAll(&monitors)) {
            err(m_db->describe(repo.lastError()));
            return Failed;
        }
    }
    const QString status = m_parser.value(QStringLiteral("status"));
    const QStringList tags = m_parser.values(QStringLiteral("tag"));
    if (!status.isEmpty() && !statusFromName(status)) {
        err(Tr::tr("--status: \"%1\" is not one of new, up, late, down, started, paused")
                    .arg(status));
        return Usage;
    }
    QList<Monitor> shown;
    for (const Monitor &m : std::as_const(monitors)) {
        if (!status.isEmpty() && statusName(m.status) != status)
            continue;
        bool tagged = true;
        for (const QString &t : tags)
            tagged = tagged && m.tags.contains(t);
        if (tagged)
            shown.append(m);
    }
    if (m_json) {
        QJsonArray array;
        const PingUrls u = m_db ? urls() : PingUrls{};
        for (const Monitor &m : std::as_const(shown))
            array.append(withChannels(monitorToJson(m, u), m));
        printJson(array);
        return Ok;
    }
    if (shown.isEmpty()) {
        out(Tr::tr("No monitors. Add one with: uptrack monitor add --name NAME --period 1d\n"));
        return Ok;
    }
    out(QStringLiteral("%1 %2 %3 %4 %5\n")
                .arg(Tr::tr("ID"), -5)
                .arg(Tr::tr("STATUS"), -8)
                .arg(Tr::tr("NAME"), -28)
                .arg(Tr::tr("LAST PING"), -20)
                .arg(Tr::tr("NEXT DUE")));
    for (const Monitor &m : std::as_const(shown)) {
        out(QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(m.id, -5)
                    .arg(statusName(m.status), -8)
                    .arg(m.name.left(28), -28)
                    .arg(localTime(m.lastPingMs), -20)
                    .arg(localTime(m.status == Status::Paused ? -1 : m.nextDueMs)));
    }
    return Ok;
}

int Cli::show(const QString &ref)
{
    if (!QFileInfo::exists(m_dbPath)) {
        err(Tr::tr("No monitor is named \"%1\": the database %2 does not exist yet.")
                    .arg(ref, m_dbPath));
        return Failed;
    }
    const auto m = findMonitor(ref);
    return m ? printMonitor(m->id) : Failed;
}

int Cli::pings(const QString &ref)
{
    int limit = 0;
    if (!limitOption(&limit))
        return Usage;
    if (!QFileInfo::exists(m_dbPath)) {
        err(Tr::tr("No monitor is named \"%1\": the database %2 does not exist yet.")
                    .arg(ref, m_dbPath));
        return Failed;
    }
    const auto m = findMonitor(ref);
    if (!m)
        return Failed;
    PingRepository repo(*m_db);
    QList<Ping> list;
    if (!repo.list(m->id, limit, &list)) {
        err(m_db->describe(repo.lastError()));
        return Failed;
    }
    if (m_json) {
        QJsonArray array;
        for (const Ping &p : std::as_const(list))
            array.append(pingToJson(p));
        printJson(array);
        return Ok;
    }
    for (const Ping &p : std::as_const(list)) {
        QString line = localTime(p.timeMs) + QStringLiteral("  ")
                + pingKindName(p.kind).leftJustified(7);
        if (p.exitStatus >= 0)
            line += Tr::tr("  exit %1").arg(p.exitStatus);
        if (p.durationMs >= 0)
            line += Tr::tr("  took %1").arg(formatDuration(p.durationMs));
        line += QStringLiteral("  %1 %2").arg(p.method, p.source);
        if (!p.body.isEmpty())
            line += QStringLiteral("  \"%1%2\"")
                            .arg(escapeBody(p.body.left(60)).simplified(),
                                 p.body.size() > 60 ? QStringLiteral("…") : QString());
        out(line + QLatin1Char('\n'));
    }
    return Ok;
}

} // namespace cli

bool isSubcommand(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a.startsWith(QLatin1Char('-'))) {
            if (kValueOptions.contains(a))
                ++i;
            continue;
        }
        return kSubcommands.contains(a);
    }
    return false;
}

int runSubcommand(const QStringList &arguments)
{
    return cli::Cli(arguments).run();
}

} // namespace uptrack
