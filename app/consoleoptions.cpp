// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleoptions.h"

#include "runtime/runtimeconfig.h"
#include "runtime/selfping.h"
#include "schedule/duration.h"
#include "secrets/secretstore.h"
#include "settings/defaults.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include <cstdio>
#include <optional>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

void printError(const QString &text)
{
    std::fprintf(stderr, "uptrack: %s\n", qPrintable(text));
}

// An option read by parse and kept only in [least, most]; false (with complaint's message) when
// it is not one. Unset options leave target alone.
template<typename T, typename Parse, typename Complaint>
bool boundedOption(const QCommandLineParser &parser, const char *name, qint64 least, qint64 most,
                   T *target, Parse parse, Complaint complaint)
{
    const QString option = QString::fromLatin1(name);
    if (!parser.isSet(option))
        return true;
    const std::optional<qint64> n = parse(parser.value(option));
    if (!n || *n < least || *n > most) {
        printError(complaint(option));
        return false;
    }
    *target = T(*n);
    return true;
}

// A whole number option in [least, most].
template<typename T>
bool numberOption(const QCommandLineParser &parser, const char *name, qint64 least, qint64 most,
                  T *target)
{
    const auto parse = [](const QString &text) -> std::optional<qint64> {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    };
    return boundedOption(parser, name, least, most, target, parse, [&](const QString &option) {
        return Tr::tr("--%1: a number from %2 to %3").arg(option).arg(least).arg(most);
    });
}

// A duration option in [least, most] ms.
template<typename T>
bool durationOption(const QCommandLineParser &parser, const char *name, qint64 least, qint64 most,
                    T *target)
{
    const auto parse = [](const QString &text) { return parseDuration(text); };
    return boundedOption(parser, name, least, most, target, parse, [&](const QString &option) {
        return Tr::tr("--%1: from %2 to %3")
                .arg(option, formatDuration(least), formatDuration(most));
    });
}
} // namespace

QCommandLineOption secretsOption()
{
    return {QStringLiteral("secrets"),
            Tr::tr("Where secrets (webhook URLs, passwords) are kept: keychain (the desktop's), "
                   "file (an encrypted owner-only file, for servers) or auto (the keychain when "
                   "one answers, else the file; the default, also from UPTRACK_SECRETS)."),
            QStringLiteral("keychain|file|auto")};
}

bool applySecretsOption(const QCommandLineParser &parser)
{
    const QString name = parser.isSet(QStringLiteral("secrets"))
            ? parser.value(QStringLiteral("secrets"))
            : qEnvironmentVariable("UPTRACK_SECRETS", QStringLiteral("auto"));
    const auto backend = SecretStore::parseBackend(name);
    if (!backend) {
        printError(Tr::tr("--secrets (or UPTRACK_SECRETS): keychain, file or auto, not \"%1\"")
                           .arg(name));
        return false;
    }
    SecretStore::setBackend(*backend);
    // Resolved now, in the main thread: the core's threads never wait for the bus.
    SecretStore::backend();
    return true;
}

bool parseTlsOptions(const QCommandLineParser &parser, RuntimeConfig *config)
{
    const QString mode = parser.value(QStringLiteral("tls"));
    const bool hasCert = parser.isSet(QStringLiteral("tls-cert"));
    const bool hasKey = parser.isSet(QStringLiteral("tls-key"));
    if (!mode.isEmpty() && mode != QLatin1String("auto") && mode != QLatin1String("off")) {
        printError(Tr::tr("--tls: auto or off (or give --tls-cert FILE --tls-key FILE)"));
        return false;
    }
    if (hasCert != hasKey) {
        printError(Tr::tr("--tls-cert and --tls-key go together: the certificate and its "
                          "private key"));
        return false;
    }
    if (mode == QLatin1String("auto") && hasCert) {
        printError(Tr::tr("--tls auto makes its own certificate: leave out --tls-cert and "
                          "--tls-key, or --tls auto"));
        return false;
    }
    config->tlsAuto = mode == QLatin1String("auto");
    config->tls = config->tlsAuto || (hasCert && mode != QLatin1String("off"));
    config->tlsCertificate = parser.value(QStringLiteral("tls-cert"));
    config->tlsKey = parser.value(QStringLiteral("tls-key"));
    config->tlsAddress = config->listenAddress;
    config->tlsPort = defaults::kTlsPort;
    QString error;
    if (parser.isSet(QStringLiteral("tls-listen"))) {
        if (!parseListenAddress(parser.value(QStringLiteral("tls-listen")), &config->tlsAddress,
                                &config->tlsPort, &error)) {
            printError(QStringLiteral("--tls-listen: ") + error);
            return false;
        }
        if (!config->tls) {
            printError(Tr::tr("--tls-listen needs --tls auto or --tls-cert FILE --tls-key FILE"));
            return false;
        }
    }
    return true;
}

QList<QCommandLineOption> consoleOptions()
{
    using namespace defaults;
    return {
            {QStringLiteral("headless"), Tr::tr("Run the core without a window.")},
            {QStringLiteral("db"), Tr::tr("The database (default: %1).").arg(defaultDatabasePath()),
             QStringLiteral("path")},
            {QStringLiteral("listen"),
             Tr::tr("Where to listen for pings (default: all interfaces, port %1).").arg(kPort),
             QStringLiteral("addr:port")},
            {QStringLiteral("base-url"),
             Tr::tr("The base of the ping URLs shown to users, when jobs reach this machine by "
                    "another name."),
             QStringLiteral("url")},
            {QStringLiteral("public-url"),
             Tr::tr("The base of the URLs in management API answers (default: the ping URL "
                    "base)."),
             QStringLiteral("url")},
            {QStringLiteral("tls"),
             Tr::tr("auto: serve the management API over HTTPS with a self-signed certificate "
                    "made for this machine (kept in %1); off (default, unless --tls-cert is "
                    "given).")
                     .arg(QStringLiteral("~/.config/uptrack/tls")),
             QStringLiteral("auto|off")},
            {QStringLiteral("tls-cert"),
             Tr::tr("The HTTPS certificate (PEM, with its chain); needs --tls-key."),
             QStringLiteral("file")},
            {QStringLiteral("tls-key"), Tr::tr("The HTTPS private key (PEM, owner-only)."),
             QStringLiteral("file")},
            {QStringLiteral("tls-listen"),
             Tr::tr("Where to serve HTTPS (default: the --listen address, port %1).").arg(kTlsPort),
             QStringLiteral("addr:port")},
            {QStringLiteral("api-over-http"),
             Tr::tr("Accept management API keys over plain HTTP from other machines too (keys "
                    "then cross the LAN in clear text; default: HTTPS, or this machine only).")},
            {QStringLiteral("smtp-listen"),
             Tr::tr("Take pings by e-mail here: a message to <token>@this host is a ping "
                    "(off by default; 2525, or 25 with CAP_NET_BIND_SERVICE)."),
             QStringLiteral("addr:port")},
            {QStringLiteral("api-allows-command-channels"),
             Tr::tr("Let the management API add and change channels of the command kind (a "
                    "program run on this machine for each alert; default: the command line and "
                    "the console here only).")},
            {QStringLiteral("trusted-proxy"),
             Tr::tr("A reverse proxy whose X-Forwarded-For names a ping's source (comma-separated "
                    "addresses; never trusted otherwise)."),
             QStringLiteral("addr,...")},
            {QStringLiteral("body-cap"),
             Tr::tr("Bytes of a ping's body to store (default: %1).").arg(kBodyCapBytes),
             QStringLiteral("bytes")},
            {QStringLiteral("keep-pings"),
             Tr::tr("Pings kept per monitor; older ones are deleted (default: %1).")
                     .arg(kPingsKeptPerMonitor),
             QStringLiteral("n")},
            {QStringLiteral("keep-history"),
             Tr::tr("Days of flips, incidents and alerts kept; older ones are deleted daily "
                    "(default: %1).")
                     .arg(kHistoryDays),
             QStringLiteral("days")},
            {QStringLiteral("alert-retry"),
             Tr::tr("First delay before a failed alert delivery is tried again; it doubles up to "
                    "an hour (default: %1).")
                     .arg(formatDuration(kFirstRetryMs)),
             QStringLiteral("duration")},
            {QStringLiteral("settle"),
             Tr::tr("After a time without listening (asleep, stopped), how long monitors whose "
                    "deadline passed meanwhile wait for their delayed pings before they go down "
                    "(default: %1; 0: at once).")
                     .arg(formatDuration(kSettleMs)),
             QStringLiteral("duration")},
            {QStringLiteral("self-ping"),
             Tr::tr("Watch the watcher: ping this Healthchecks-compatible URL (another Uptrack, "
                    "Healthchecks.io) while listening, so it alerts when this one is down or "
                    "asleep."),
             QStringLiteral("url")},
            {QStringLiteral("self-ping-every"),
             Tr::tr("How often to send the self-ping (default: 1m; at least 10s)."),
             QStringLiteral("duration")},
            {QStringLiteral("sync"),
             Tr::tr("normal: survives a crash of Uptrack (default); full: also survives a power "
                    "loss, slower."),
             QStringLiteral("normal|full")},
            {QStringLiteral("ping-burst"),
             Tr::tr("Pings a monitor may send at once before its rate limit applies (default %1; "
                    "0: no limit).")
                     .arg(kPingBurst),
             QStringLiteral("n")},
            {QStringLiteral("ping-rate"),
             Tr::tr("Pings a minute a monitor may send after the burst; more are answered 429 "
                    "(default %1; 0: no limit).")
                     .arg(kPingsPerMinute),
             QStringLiteral("n")},
            {QStringLiteral("max-connections"),
             Tr::tr("Connections at once; more are closed at once (default %1).")
                     .arg(kMaxConnections),
             QStringLiteral("n")},
            {QStringLiteral("max-connections-per-source"),
             Tr::tr("Connections at once from one address (default %1; 0: no limit).")
                     .arg(kMaxConnectionsPerSource),
             QStringLiteral("n")},
            {QStringLiteral("request-timeout"),
             Tr::tr("Time for a request to arrive whole, else 408 and the connection is closed "
                    "(default: %1).")
                     .arg(formatDuration(kRequestTimeoutMs)),
             QStringLiteral("duration")},
            {QStringLiteral("idle-timeout"),
             Tr::tr("An idle keep-alive connection is closed after this (default: %1).")
                     .arg(formatDuration(kIdleTimeoutMs)),
             QStringLiteral("duration")},
            {QStringLiteral("keep-awake"),
             Tr::tr("Keep this computer from sleeping while a job is due: from a few minutes "
                    "before its deadline until its ping comes or its grace runs out (a logind "
                    "sleep inhibitor).")},
            {{QStringLiteral("minimised"), QStringLiteral("minimized")},
             Tr::tr("Start the console hidden in the system tray, when there is one (as the login "
                    "entry does).")},
            {QStringLiteral("connect"),
             Tr::tr("Attach the console to the Uptrack core on another machine (such as "
                    "https://office-server:8471) instead of running one here."),
             QStringLiteral("url")},
            {QStringLiteral("fingerprint"),
             Tr::tr("With --connect: the server certificate's SHA-256 fingerprint, as \"uptrack "
                    "tls fingerprint\" prints it there (also UPTRACK_FINGERPRINT; else it is "
                    "shown once to compare)."),
             QStringLiteral("sha256")},
    };
}

bool parseConsoleOptions(QCoreApplication &app, RuntimeConfig *config, bool *headless,
                         bool *minimised, RemoteTarget *remote)
{
    using namespace defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Uptrack watches your cron jobs: they ping it when they finish, and it alerts you "
            "when a ping does not come.\n\nSub-commands: uptrack monitor --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(consoleOptions());
    parser.addOption(secretsOption());
    parser.process(app);
    if (!applySecretsOption(parser))
        return false;
    *headless = parser.isSet(QStringLiteral("headless"));
    if (minimised)
        *minimised = parser.isSet(QStringLiteral("minimised"));
    const bool connect = parser.isSet(QStringLiteral("connect"));
    if ((connect || parser.isSet(QStringLiteral("fingerprint"))) && (!remote || *headless)) {
        printError(Tr::tr("--connect and --fingerprint are for the console (not with "
                          "--headless)."));
        return false;
    }
    if (remote) {
        remote->server = parser.value(QStringLiteral("connect"));
        remote->fingerprint = parser.isSet(QStringLiteral("fingerprint"))
                ? parser.value(QStringLiteral("fingerprint"))
                : qEnvironmentVariable("UPTRACK_FINGERPRINT");
        if (parser.isSet(QStringLiteral("fingerprint")) && !connect) {
            printError(Tr::tr("--fingerprint goes with --connect URL."));
            return false;
        }
    }
    config->databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                              : defaultDatabasePath();
    QString error;
    if (parser.isSet(QStringLiteral("listen"))
        && !parseListenAddress(parser.value(QStringLiteral("listen")), &config->listenAddress,
                               &config->port, &error)) {
        printError(QStringLiteral("--listen: ") + error);
        return false;
    }
    config->baseUrl = parser.value(QStringLiteral("base-url"));
    config->publicUrl = parser.value(QStringLiteral("public-url"));
    if (!config->publicUrl.isEmpty()) {
        const QUrl url(config->publicUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            printError(Tr::tr("--public-url: an http:// or https:// URL, such as "
                              "https://uptrack.example.lan:8471"));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("smtp-listen"))) {
        config->smtp = true;
        if (!parseListenAddress(parser.value(QStringLiteral("smtp-listen")), &config->smtpAddress,
                                &config->smtpPort, &error)) {
            printError(QStringLiteral("--smtp-listen: ") + error);
            return false;
        }
    }
    config->apiOverHttp = parser.isSet(QStringLiteral("api-over-http"));
    config->apiAllowsCommandChannels = parser.isSet(QStringLiteral("api-allows-command-channels"));
    if (parser.isSet(QStringLiteral("keep-awake")))
        config->keepAwake = true;
    if (parser.isSet(QStringLiteral("self-ping"))) {
        config->selfPingUrl = parser.value(QStringLiteral("self-ping"));
        if (!config->selfPingUrl.isEmpty() && !validSelfPingUrl(config->selfPingUrl, &error)) {
            printError(error);
            return false;
        }
    }
    if (!parseTlsOptions(parser, config))
        return false;
    for (const QString &part : parser.values(QStringLiteral("trusted-proxy"))
                                       .join(QLatin1Char(','))
                                       .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QHostAddress proxy;
        if (!proxy.setAddress(part.trimmed())) {
            printError(Tr::tr("--trusted-proxy: \"%1\" is not an IP address").arg(part.trimmed()));
            return false;
        }
        config->receiver.trustedProxies.append(proxy);
    }
    HttpServerOptions &http = config->receiver.http;
    if (!numberOption(parser, "body-cap", 0, kMaxBodyCapBytes, &http.bodyCap)
        || !numberOption(parser, "keep-pings", 1, kMaxPingsKept,
                         &config->engine.pingsKeptPerMonitor)
        || !numberOption(parser, "keep-history", kMinHistoryDays, kMaxHistoryDays,
                         &config->retention.historyDays)
        || !durationOption(parser, "alert-retry", kMinFirstRetryMs, kMaxRetryMs,
                           &config->notifier.firstRetryMs)
        || !durationOption(parser, "settle", 0, kMaxSettleMs, &config->engine.settleMs)
        || !durationOption(parser, "self-ping-every", SelfPing::kMinIntervalMs, kMaxRetryMs * 24,
                           &config->selfPingEveryMs)
        || !numberOption(parser, "ping-burst", 0, kMaxCountOption, &config->receiver.pingBurst)
        || !numberOption(parser, "ping-rate", 0, kMaxCountOption, &config->receiver.pingsPerMinute)
        || !numberOption(parser, "max-connections", 1, kMaxCountOption, &http.maxConnections)
        || !numberOption(parser, "max-connections-per-source", 0, kMaxCountOption,
                         &http.maxConnectionsPerSource)
        || !durationOption(parser, "request-timeout", kMinTimeoutOptionMs, kMaxTimeoutOptionMs,
                           &http.requestTimeoutMs)
        || !durationOption(parser, "idle-timeout", kMinTimeoutOptionMs, kMaxTimeoutOptionMs,
                           &http.idleTimeoutMs))
        return false;
    config->retention.deliveryDays
            = qMin<qint64>(config->retention.deliveryDays, config->retention.historyDays);
    const QString sync = parser.value(QStringLiteral("sync"));
    if (sync == QLatin1String("full"))
        config->sync = SyncMode::Full;
    else if (!sync.isEmpty() && sync != QLatin1String("normal")) {
        printError(Tr::tr("--sync: normal or full"));
        return false;
    }
    return true;
}

} // namespace uptrack
