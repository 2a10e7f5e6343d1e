// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "consoleoptions.h"
#include "notify/channelkind.h"
#include "runtime/runtimeconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace uptrack::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QList<QCommandLineOption> monitorOptions()
{
    return {
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
            {QStringLiteral("channel"),
             Tr::tr("A channel for this monitor (repeat for more); NAME:30m escalates: that "
                    "channel hears of an outage only once it lasted 30 min."),
             Tr::tr("name[:delay]")},
            {QStringLiteral("no-channels"), Tr::tr("The monitor uses no channel.")},
            {QStringLiteral("cron"), Tr::tr("A cron expression (5 fields, or @daily and friends)."),
             Tr::tr("expr")},
            {QStringLiteral("tz"), Tr::tr("An IANA time zone (default: this machine's)."),
             Tr::tr("zone")},
            {QStringLiteral("max-run"),
             Tr::tr("A run still open after this is down (hung), whatever the grace (0: none)."),
             Tr::tr("duration")},
            {QStringLiteral("slow-run"),
             Tr::tr("A run that took longer raises a warning alert (0: none)."),
             Tr::tr("duration")},
            {QStringLiteral("min-run"),
             Tr::tr("A run (a finish after its /start) shorter than this is a failure, "
                    "\"too_fast\": the backup that did nothing (0: none)."),
             Tr::tr("duration")},
            {QStringLiteral("down-after"),
             Tr::tr("Misses or failures in a row before the monitor is down (default 1; "
                    "checks: 2). Until then it is late."),
             Tr::tr("n")},
            {QStringLiteral("depends-on"),
             Tr::tr("A monitor this one depends on (repeatable): while it is down, this "
                    "one's failures are recorded but alert nothing of their own."),
             Tr::tr("monitor")},
            {QStringLiteral("no-dependencies"), Tr::tr("The monitor depends on no other.")},
            {QStringLiteral("success-keywords"),
             Tr::tr("Comma-separated words that make a plain ping's body a success."),
             Tr::tr("words")},
            {QStringLiteral("failure-keywords"),
             Tr::tr("Comma-separated words that make a plain ping's body a failure."),
             Tr::tr("words")},
            {QStringLiteral("start-keywords"),
             Tr::tr("Comma-separated words that make a plain ping's body a start."),
             Tr::tr("words")},
            // Uptime checks.
            {QStringLiteral("http"), Tr::tr("An uptime check of this http(s) URL."), Tr::tr("url")},
            {QStringLiteral("tcp"), Tr::tr("An uptime check: HOST:PORT must accept a connection."),
             Tr::tr("host:port")},
            {QStringLiteral("icmp"),
             Tr::tr("An uptime check: HOST must answer ICMP echo (ping), over IPv4 or IPv6."),
             Tr::tr("host")},
            {QStringLiteral("dns"),
             Tr::tr("An uptime check: NAME must resolve (see --record, --expect-value, --server)."),
             Tr::tr("name")},
            {QStringLiteral("interval"),
             Tr::tr("How often a check runs (default 60s; 10s at least)."), Tr::tr("duration")},
            {QStringLiteral("timeout"),
             Tr::tr("How long a check waits for an answer (default 10s)."), Tr::tr("duration")},
            {QStringLiteral("method"), Tr::tr("HTTP check method (GET or HEAD)."),
             Tr::tr("method")},
            {QStringLiteral("header"), Tr::tr("HTTP check header \"Name: value\" (repeat)."),
             Tr::tr("header")},
            {QStringLiteral("secret-header"),
             Tr::tr("HTTP check header whose value is a secret, read from standard input into "
                    "the keychain (repeat)."),
             Tr::tr("header")},
            {QStringLiteral("expect"),
             Tr::tr("Status codes an HTTP check accepts (default 200-299)."), Tr::tr("codes")},
            {QStringLiteral("keyword"), Tr::tr("Text the checked page must contain."),
             Tr::tr("text")},
            {QStringLiteral("keyword-absent"), Tr::tr("The keyword must not be in the page.")},
            {QStringLiteral("max-response"),
             Tr::tr("A slower answer fails the check; for ICMP, the average round trip (0: no "
                    "limit)."),
             Tr::tr("duration")},
            {QStringLiteral("count"),
             Tr::tr("ICMP echo requests per run, half a second apart (default 3)."), Tr::tr("n")},
            {QStringLiteral("max-loss"),
             Tr::tr("ICMP packet loss a run may have, in percent (default 50; all lost is always "
                    "down)."),
             Tr::tr("percent")},
            {QStringLiteral("record"),
             Tr::tr("DNS record type: A (default), AAAA, MX, TXT, CNAME."), Tr::tr("type")},
            {QStringLiteral("expect-value"),
             Tr::tr("A DNS answer must equal this (an address, \"10 mx.example.com\", the TXT "
                    "text, the CNAME target)."),
             Tr::tr("value")},
            {QStringLiteral("server"),
             Tr::tr("The name server a DNS check asks (an IP address; port 53). Default: the "
                    "system's resolver."),
             Tr::tr("address")},
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
             Tr::tr("The same as --down-after (failures in a row before a check is down)."),
             Tr::tr("n")},
    };
}

// The common options of a channel, then every kind's own fields, each option once.
QList<QCommandLineOption> channelAddOptions()
{
    QList<QCommandLineOption> out{
            {QStringLiteral("kind"),
             Tr::tr("Channel kind: %1.").arg(ChannelKinds::names().join(QStringLiteral(", "))),
             Tr::tr("kind")},
            {QStringLiteral("name"), Tr::tr("The channel's name."), Tr::tr("name")},
            {QStringLiteral("on"), Tr::tr("What the channel gets: down, up, or down,up (default)."),
             Tr::tr("events")},
            {QStringLiteral("reminder"),
             Tr::tr("Repeat down alerts this often while down (0: off)."), Tr::tr("duration")},
            {QStringLiteral("default"), Tr::tr("New monitors use this channel.")},
            {QStringLiteral("apply-to-existing"),
             Tr::tr("Every existing monitor uses this channel too.")},
    };
    // An option several kinds share (--priority-down, --api-url) says what it is for each.
    QHash<QString, QStringList> helps;
    for (const ChannelKind *kind : ChannelKinds::all()) {
        for (const ChannelField &f : kind->fields()) {
            if (!f.option.isEmpty())
                helps[f.option].append(QStringLiteral("%1: %2").arg(kind->label(), f.help));
        }
    }
    QSet<QString> seen;
    for (const ChannelKind *kind : ChannelKinds::all()) {
        for (const ChannelField &f : kind->fields()) {
            if (f.option.isEmpty() || seen.contains(f.option))
                continue;
            seen.insert(f.option);
            const QString help = helps.value(f.option).join(QLatin1Char(' '));
            if (f.type == ChannelField::Type::Flag) {
                out.append({f.option, help});
                continue;
            }
            out.append({f.option, help, f.valueName});
            if (f.type == ChannelField::Type::Multiline)
                out.append({f.option + QStringLiteral("-file"),
                            Tr::tr("%1: the same, read from a file.").arg(kind->label()),
                            Tr::tr("path")});
        }
    }
    return out;
}
} // namespace

const QStringList &subcommands()
{
    static const QStringList names
            = {QStringLiteral("monitor"),     QStringLiteral("channel"), QStringLiteral("alerts"),
               QStringLiteral("schedule"),    QStringLiteral("report"),  QStringLiteral("incident"),
               QStringLiteral("import"),      QStringLiteral("apikey"),  QStringLiteral("tls"),
               QStringLiteral("maintenance"), QStringLiteral("mute"),    QStringLiteral("unmute")};
    return names;
}

const QStringList &verbsOf(const QString &subcommand)
{
    static const QStringList monitor
            = {QStringLiteral("add"),    QStringLiteral("edit"),  QStringLiteral("list"),
               QStringLiteral("show"),   QStringLiteral("pause"), QStringLiteral("resume"),
               QStringLiteral("remove"), QStringLiteral("pings")};
    static const QStringList channel
            = {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("list"),
               QStringLiteral("test"), QStringLiteral("remove")};
    static const QStringList incident = {QStringLiteral("note"), QStringLiteral("ack")};
    static const QStringList import = {QStringLiteral("crontab")};
    static const QStringList apikey
            = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")};
    static const QStringList tls = {QStringLiteral("fingerprint")};
    static const QStringList maintenance
            = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("show"),
               QStringLiteral("edit"), QStringLiteral("remove")};
    static const QStringList none;
    if (subcommand == QLatin1String("maintenance"))
        return maintenance;
    if (subcommand == QLatin1String("monitor"))
        return monitor;
    if (subcommand == QLatin1String("channel"))
        return channel;
    if (subcommand == QLatin1String("incident"))
        return incident;
    if (subcommand == QLatin1String("import"))
        return import;
    if (subcommand == QLatin1String("apikey"))
        return apikey;
    if (subcommand == QLatin1String("tls"))
        return tls;
    return none;
}

QList<QCommandLineOption> commonOptions()
{
    return {
            {QStringLiteral("db"), Tr::tr("The database (default: %1).").arg(defaultDatabasePath()),
             Tr::tr("path")},
            {QStringLiteral("json"), Tr::tr("Print JSON.")},
            {QStringLiteral("listen"), Tr::tr("Ignored by sub-commands."), Tr::tr("addr:port")},
            {QStringLiteral("base-url"), Tr::tr("Ignored by sub-commands."), Tr::tr("url")},
            secretsOption(),
            {QStringLiteral("fingerprint"),
             Tr::tr("The SHA-256 fingerprint the server's certificate must have (or "
                    "UPTRACK_FINGERPRINT): what \"uptrack tls fingerprint\" prints there."),
             Tr::tr("sha256")},
    };
}

QList<QCommandLineOption> optionsFor(const QString &subcommand, const QString &verb)
{
    const QCommandLineOption limit{QStringLiteral("limit"),
                                   Tr::tr("At most this many (the newest)."), Tr::tr("n")};
    if (subcommand == QLatin1String("monitor")) {
        if (verb == QLatin1String("add") || verb == QLatin1String("edit"))
            return monitorOptions();
        if (verb == QLatin1String("list"))
            return {{QStringLiteral("status"), Tr::tr("Only monitors in this state."),
                     Tr::tr("status")},
                    {QStringLiteral("tag"), Tr::tr("Only monitors with this tag (repeat: all)."),
                     Tr::tr("tag")}};
        if (verb == QLatin1String("pings"))
            return {limit};
        return {};
    }
    if (subcommand == QLatin1String("channel")) {
        if (verb == QLatin1String("add"))
            return channelAddOptions();
        if (verb == QLatin1String("edit"))
            return {{QStringLiteral("name"), Tr::tr("A new name."), Tr::tr("name")},
                    {QStringLiteral("on"), Tr::tr("What the channel gets: down, up, or down,up."),
                     Tr::tr("events")},
                    {QStringLiteral("reminder"),
                     Tr::tr("Repeat down alerts this often while down (0: off)."),
                     Tr::tr("duration")},
                    {QStringLiteral("default"), Tr::tr("New monitors use this channel.")},
                    {QStringLiteral("not-default"),
                     Tr::tr("New monitors no longer get this channel.")}};
        return {};
    }
    if (subcommand == QLatin1String("tls"))
        return {{QStringLiteral("tls"),
                 Tr::tr("Ignored: the certificate is --tls-cert's, or the "
                        "one --tls auto made."),
                 Tr::tr("mode")},
                {QStringLiteral("tls-cert"), Tr::tr("The certificate the core serves (PEM)."),
                 Tr::tr("file")},
                {QStringLiteral("tls-key"), Tr::tr("Ignored."), Tr::tr("file")},
                {QStringLiteral("tls-listen"), Tr::tr("Ignored."), Tr::tr("addr:port")}};
    if (subcommand == QLatin1String("maintenance")) {
        if (verb != QLatin1String("add") && verb != QLatin1String("edit"))
            return {};
        QList<QCommandLineOption> window{
                {QStringLiteral("name"), Tr::tr("The window's name."), Tr::tr("name")},
                {QStringLiteral("monitor"), Tr::tr("A monitor it covers (repeat for more)."),
                 Tr::tr("monitor")},
                {QStringLiteral("tag"), Tr::tr("Monitors with this tag (repeat for more)."),
                 Tr::tr("tag")},
                {QStringLiteral("all"), Tr::tr("Every monitor.")},
                {QStringLiteral("from"),
                 Tr::tr("When it starts (ISO 8601; without an offset, local time or --tz)."),
                 Tr::tr("time")},
                {QStringLiteral("to"), Tr::tr("When it ends."), Tr::tr("time")},
                {QStringLiteral("cron"),
                 Tr::tr("Recurring: a cron expression for each start (5 fields)."), Tr::tr("expr")},
                {QStringLiteral("duration"), Tr::tr("Recurring: how long each lasts (2h, 30m)."),
                 Tr::tr("duration")},
                {QStringLiteral("tz"),
                 Tr::tr("The IANA zone of --cron and of times without an offset."), Tr::tr("zone")},
                {QStringLiteral("notify"),
                 Tr::tr("Alert the monitors' channels when it begins and ends.")},
        };
        if (verb == QLatin1String("edit"))
            window.append({QStringLiteral("no-notify"),
                           Tr::tr("No alerts when it begins and ends (the default).")});
        return window;
    }
    if (subcommand == QLatin1String("mute") || subcommand == QLatin1String("unmute")) {
        QList<QCommandLineOption> scope{
                {QStringLiteral("monitor"), Tr::tr("Only this monitor."), Tr::tr("monitor")},
                {QStringLiteral("tag"), Tr::tr("Only monitors with this tag."), Tr::tr("tag")}};
        if (subcommand == QLatin1String("mute")) {
            scope.append(
                    {QStringLiteral("for"), Tr::tr("How long (4h, 30m, 1d)."), Tr::tr("duration")});
            scope.append({QStringLiteral("until"),
                          Tr::tr("Until this time (ISO 8601, local time without an offset)."),
                          Tr::tr("time")});
        }
        return scope;
    }
    if (subcommand == QLatin1String("incident") && verb == QLatin1String("ack"))
        return {{QStringLiteral("note"), Tr::tr("Why, or what is being done (for the others)."),
                 Tr::tr("text")}};
    if (subcommand == QLatin1String("apikey")) {
        if (verb == QLatin1String("add"))
            return {{QStringLiteral("name"), Tr::tr("What the key is for (for example deploy)."),
                     Tr::tr("name")},
                    {QStringLiteral("read-only"),
                     Tr::tr("The key may read, never change (dashboards, badges).")}};
        return {};
    }
    if (subcommand == QLatin1String("import"))
        return {{QStringLiteral("user"),
                 Tr::tr("Read this user's crontab (crontab -l -u USER) instead of a file."),
                 Tr::tr("name")},
                {QStringLiteral("host"), Tr::tr("The machine the jobs run on: a tag of each."),
                 Tr::tr("name")},
                {QStringLiteral("tag"), Tr::tr("A tag for each monitor (repeat for more)."),
                 Tr::tr("tag")},
                {QStringLiteral("dry-run"), Tr::tr("Only show what would be done (the default).")},
                {QStringLiteral("apply"),
                 Tr::tr("Create the monitors and write the crontab beside the original.")}};
    if (subcommand == QLatin1String("alerts"))
        return {{QStringLiteral("monitor"), Tr::tr("Only alerts of this monitor."),
                 Tr::tr("monitor")},
                limit};
    if (subcommand == QLatin1String("schedule"))
        return {{QStringLiteral("cron"),
                 Tr::tr("A cron expression (5 fields, or @daily and friends)."), Tr::tr("expr")},
                {QStringLiteral("tz"), Tr::tr("An IANA time zone (default: this machine's)."),
                 Tr::tr("zone")},
                {QStringLiteral("after"), Tr::tr("Start after this ISO 8601 time (default: now)."),
                 Tr::tr("time")},
                {QStringLiteral("count"), Tr::tr("How many fire times (default 5)."), Tr::tr("n")}};
    if (subcommand == QLatin1String("report"))
        return {{QStringLiteral("from"), Tr::tr("The first day or instant of the period."),
                 Tr::tr("date")},
                {QStringLiteral("to"), Tr::tr("The end of the period (not included)."),
                 Tr::tr("date")},
                {QStringLiteral("monitor"), Tr::tr("Only this monitor (repeat for more)."),
                 Tr::tr("monitor")},
                {QStringLiteral("tag"), Tr::tr("Only monitors with this tag."), Tr::tr("tag")},
                {QStringLiteral("tz"), Tr::tr("The zone dates are read and shown in."),
                 Tr::tr("zone")},
                {QStringLiteral("format"), Tr::tr("Report format: pdf, html, csv or json."),
                 Tr::tr("format")},
                {{QStringLiteral("o"), QStringLiteral("output")},
                 Tr::tr("Write the report to this file."),
                 Tr::tr("file")},
                {QStringLiteral("include-bodies"),
                 Tr::tr("Put excerpts of the failing pings' bodies in the report.")}};
    return {};
}

bool takesValue(const QString &argument)
{
    static const QSet<QString> valued = [] {
        QSet<QString> names;
        auto add = [&names](const QList<QCommandLineOption> &options) {
            for (const QCommandLineOption &o : options) {
                if (o.valueName().isEmpty())
                    continue;
                for (const QString &n : o.names())
                    names.insert((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
            }
        };
        add(consoleOptions());
        add(commonOptions());
        for (const QString &sub : subcommands()) {
            add(optionsFor(sub, QString()));
            for (const QString &verb : verbsOf(sub))
                add(optionsFor(sub, verb));
        }
        return names;
    }();
    return !argument.contains(QLatin1Char('=')) && valued.contains(argument);
}

QStringList positionals(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--")) {
            out += arguments.mid(i + 1);
            break;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            if (takesValue(a))
                ++i;
            continue;
        }
        out.append(a);
    }
    return out;
}

} // namespace uptrack::cli
