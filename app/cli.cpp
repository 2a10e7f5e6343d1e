// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: which sub-command, its own options, and running the typed commands
// on the instance that holds the database (or here, when none does).
#include "cli.h"
#include "cli_p.h"
#include "clioptions.h"
#include "consoleoptions.h"

#include "control/commandhandler.h"
#include "control/controlserver.h"
#include "engine/engine.h"
#include "notify/notifier.h"
#include "runtime/runtimeconfig.h"
#include "secrets/secretstore.h"
#include "storage/metarepository.h"
#include "storage/monitorrepository.h"
#include "storage/recovery.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

Invocation classify(const QStringList &arguments, QString *word)
{
    const QStringList words = cli::positionals(arguments);
    if (words.isEmpty())
        return Invocation::Console;
    if (word)
        *word = words.first();
    return cli::subcommands().contains(words.first()) ? Invocation::Subcommand
                                                      : Invocation::UnknownSubcommand;
}

QString unknownSubcommandMessage(const QString &word)
{
    return Tr::tr("\"%1\" is not a command. Commands: %2 (uptrack --help for the console's "
                  "options, uptrack monitor --help for the commands').")
            .arg(word, cli::subcommands().join(QStringLiteral(", ")));
}

QString subcommandLanguage(const QString &consoleSetting)
{
    if (cli::servesRemoteCaller() && qEnvironmentVariableIsSet("UPTRACK_REMOTE_LANGUAGE"))
        return qEnvironmentVariable("UPTRACK_REMOTE_LANGUAGE");
    return consoleSetting;
}

int runSubcommand(const QStringList &arguments)
{
    return cli::Cli(arguments).run();
}

namespace cli {

int Cli::run()
{
    const QStringList words = positionals(m_arguments);
    const QString subcommand = words.value(0);
    const QStringList &verbs = verbsOf(subcommand);
    const QString verb = verbs.isEmpty() ? QString() : words.value(1);
    const bool wantsHelp = m_arguments.contains(QStringLiteral("--help"))
            || m_arguments.contains(QStringLiteral("-h"));
    if (!verbs.isEmpty() && !verbs.contains(verb)) {
        if (wantsHelp)
            return help(subcommand, QString());
        err(verb.isEmpty() ? Tr::tr("usage: uptrack %1 %2 ... (uptrack %1 --help for more)")
                                     .arg(subcommand, verbs.join(QLatin1Char('|')))
                           : Tr::tr("unknown command \"%1 %2\" (%3)")
                                     .arg(subcommand, verb, verbs.join(QStringLiteral(", "))));
        return Usage;
    }
    m_parser.addHelpOption();
    m_parser.addOptions(commonOptions());
    m_parser.addOptions(optionsFor(subcommand, verb));
    if (!m_parser.parse(m_arguments)) {
        err(m_parser.errorText()
            + Tr::tr(" (uptrack %1 --help lists what it takes)")
                      .arg((subcommand + QLatin1Char(' ') + verb).trimmed()));
        return Usage;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        return help(subcommand, verb);
    m_json = m_parser.isSet(QStringLiteral("json"));
    if (!applySecretsOption(m_parser))
        return Usage;
    m_dbPath = QFileInfo(m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                              : defaultDatabasePath())
                       .absoluteFilePath();
    const QStringList rest = words.mid(verb.isEmpty() ? 1 : 2);
    if (servesRemoteCaller()) {
        const int refused = refuseForRemoteCaller(subcommand, verb, rest);
        if (refused != Ok)
            return refused;
        m_dbPath = qEnvironmentVariable("UPTRACK_REMOTE_DB");
    }
    if (subcommand == QLatin1String("monitor"))
        return monitorCommand(verb, rest);
    if (subcommand == QLatin1String("channel"))
        return channelCommand(verb, rest);
    if (subcommand == QLatin1String("incident"))
        return verb == QLatin1String("ack") ? acknowledge(rest) : incident(rest);
    if (subcommand == QLatin1String("import"))
        return importCommand(verb, rest);
    if (subcommand == QLatin1String("apikey"))
        return apiKeyCommand(verb, rest);
    if (subcommand == QLatin1String("maintenance"))
        return maintenanceCommand(verb, rest);
    if (subcommand == QLatin1String("mute") || subcommand == QLatin1String("unmute"))
        return muteCommand(subcommand == QLatin1String("mute"), rest);
    if (subcommand == QLatin1String("tls"))
        return tlsFingerprint();
    if (!rest.isEmpty()) {
        err(Tr::tr("unexpected argument \"%1\" (uptrack %2 --help)").arg(rest.first(), subcommand));
        return Usage;
    }
    if (subcommand == QLatin1String("alerts"))
        return alerts();
    if (subcommand == QLatin1String("schedule"))
        return schedule();
    return report();
}

bool servesRemoteCaller()
{
    return qEnvironmentVariable("UPTRACK_REMOTE") == QLatin1String("1");
}

int Cli::refuseForRemoteCaller(const QString &subcommand, const QString &verb,
                               const QStringList &rest)
{
    // What would reach outside this core's database and the command's own folder.
    const QStringList given = m_parser.optionNames(); // what the arguments hold
    for (const char *name : {"db", "secrets", "tls-cert", "user", "fingerprint"}) {
        if (given.contains(QString::fromLatin1(name))) {
            err(Tr::tr("--%1 cannot be sent to a server: it is the server's own to choose.")
                        .arg(QString::fromLatin1(name)));
            return Usage;
        }
    }
    for (const QString &name : given) {
        // A file's text put into a setting (--template-file): read where the caller
        // is, never here (the caller's uptrack sends the text itself).
        if (name.endsWith(QLatin1String("-file")) && name != QLatin1String("ca-file")) {
            err(Tr::tr("--%1 cannot be sent to a server: give the text itself.").arg(name));
            return Usage;
        }
    }
    const QString output
            = given.contains(QStringLiteral("output")) || given.contains(QStringLiteral("o"))
            ? m_parser.value(QStringLiteral("output"))
            : QString();
    if (output.contains(QLatin1Char('/')) || output.startsWith(QLatin1Char('.'))) {
        err(Tr::tr("-o: a server writes a report under a plain file name only."));
        return Usage;
    }
    if (subcommand == QLatin1String("import") && rest.value(0) != QLatin1String("-")) {
        err(Tr::tr("import crontab: a server reads the crontab from standard input only (-)."));
        return Usage;
    }
    if (qEnvironmentVariable("UPTRACK_REMOTE_READ_ONLY") != QLatin1String("1"))
        return Ok;
    // A read-only key reads what holds no tokens or secrets, and changes nothing.
    const bool reads = subcommand == QLatin1String("alerts")
            || subcommand == QLatin1String("schedule") || subcommand == QLatin1String("tls")
            || (subcommand == QLatin1String("channel") && verb == QLatin1String("list"))
            || (subcommand == QLatin1String("report")
                && !given.contains(QStringLiteral("include-bodies")))
            || (subcommand == QLatin1String("import") && !given.contains(QStringLiteral("apply")));
    if (reads)
        return Ok;
    err(Tr::tr("This API key is read-only: \"%1\" %2 on the server. Use a read-write key "
               "(uptrack apikey add --name NAME on the server makes one).")
                .arg((subcommand + QLatin1Char(' ') + verb).trimmed(),
                     subcommand == QLatin1String("monitor")
                                     && (verb == QLatin1String("list")
                                         || verb == QLatin1String("show")
                                         || verb == QLatin1String("pings"))
                             ? Tr::tr("shows the monitors' ping tokens")
                             : Tr::tr("changes something")));
    return Failed;
}

int Cli::help(const QString &subcommand, const QString &verb)
{
    if (!verb.isEmpty() || verbsOf(subcommand).isEmpty()) {
        m_parser.setApplicationDescription(
                Tr::tr("Uptrack: know when your cron jobs stop running."));
        out(m_parser.helpText());
    }
    out(Tr::tr("\nSub-commands:\n"
               "  monitor add --name NAME [--period 1d | --cron EXPR [--tz ZONE]] [--grace 1h]\n"
               "              [--slug S] [--tag T]... [--channel NAME]...\n"
               "  monitor edit MONITOR [--name ...] [--period ...] [--grace ...] ...\n"
               "  monitor list [--status S] [--tag T]\n"
               "  monitor show|pause|resume|remove MONITOR\n"
               "  monitor pings MONITOR [--limit N]\n"
               "  channel add --kind slack|discord|webhook|email|desktop --name NAME [options]\n"
               "      (the secret - webhook URL or SMTP password - is read from standard\n"
               "       input, or prompted for without echo)\n"
               "  channel edit NAME [--name N] [--on down,up] [--reminder 1h]\n"
               "               [--default|--not-default]\n"
               "  channel list | test NAME | remove NAME\n"
               "  apikey add --name NAME [--read-only] | apikey list | apikey remove NAME\n"
               "      (a management API key; it is shown once, when it is made)\n"
               "  maintenance add --name NAME (--monitor M... | --tag T... | --all)\n"
               "      (--from ISO --to ISO | --cron EXPR --duration D) [--tz ZONE] [--notify]\n"
               "  maintenance list | show NAME | edit NAME [options] | remove NAME\n"
               "      (during a window deadlines do not alert and checks do not run)\n"
               "  mute --for DURATION|--until TIME [--monitor M | --tag T]\n"
               "      (alerts are recorded, not sent; at the end each channel that missed some\n"
               "       gets one summary. No option: what is muted now)\n"
               "  unmute [--monitor M | --tag T]   (no option: every mute)\n"
               "  tls fingerprint [--tls-cert FILE]\n"
               "      (the SHA-256 fingerprint of the HTTPS certificate, to compare on a client)\n"
               "  alerts [--monitor MONITOR] [--limit N]\n"
               "  schedule --cron EXPR [--tz ZONE] [--after ISO-8601] [--count N]\n"
               "  report --from DATE --to DATE [--monitor M]... [--tag T] [--tz ZONE]\n"
               "         --format pdf|html|csv|json -o FILE [--include-bodies]\n"
               "      (dates in local time, or the --tz zone, unless they carry an offset;\n"
               "       the period is half-open: --to is not included)\n"
               "  incident note ID TEXT   (an empty TEXT removes the note)\n"
               "  incident ack ID|MONITOR [--note TEXT]\n"
               "      (\"I'm on it\": its reminders and escalations stop; the recovery still\n"
               "       goes out. MONITOR: its open incident)\n"
               "  import crontab [FILE|-] [--user NAME] [--host NAME] [--tag T]...\n"
               "                 [--dry-run|--apply]\n"
               "      (no FILE: crontab -l; a monitor for each job, and the crontab with\n"
               "       each job wrapped in uptrack-run; --apply creates them and writes\n"
               "       FILE.uptrack beside the original)\n"
               "MONITOR is an id, a slug or a token. Add --json for JSON output.\n"
               "On a server: uptrack --server https://HOST:8471 [--fingerprint SHA256] COMMAND\n"
               "  (or UPTRACK_SERVER; the key in UPTRACK_API_KEY, or typed once on a terminal\n"
               "   and kept in the keychain; the certificate pinned once accepted)\n"));
    return Ok;
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

command::Reply Cli::execute(const command::Command &command)
{
    const QString socket = ControlServer::nameFor(m_dbPath);
    command::Reply reply;
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
        return command::Reply::failure(
                Tr::tr("Another Uptrack holds the database %1 but does not answer. Is it stuck? "
                       "Stop it and try again.")
                        .arg(m_dbPath));
    }
    if (!openDatabase())
        return command::Reply::failure(QString());
    Engine engine(*m_db, m_clock);
    QString error;
    if (!engine.load(&error))
        return command::Reply::failure(error);
    SecretStore secrets;
    Notifier notifier(*m_db, m_clock, secrets); // for channel tests; not started
    CommandHandler handler(engine, &notifier, secrets);
    std::optional<command::Reply> answer;
    QEventLoop loop;
    handler.handle(command, [&](const command::Reply &r) {
        answer = r;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

void Cli::printFailure(const command::Reply &reply)
{
    if (!reply.error.isEmpty())
        err(reply.error);
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

} // namespace cli

} // namespace uptrack
