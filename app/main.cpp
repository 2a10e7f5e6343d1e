// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "consolesettings.h"
#include "control/controlserver.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "runtime/coreruntime.h"
#include "schedule/duration.h"
#include "signalwatcher.h"
#include "storage/recovery.h"
#include "time/clock.h"
#include "trayicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

#include <cstdio>
#include <memory>

using namespace uptrack;

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "uptrack: %s\n", qPrintable(text));
}

/// Reads the console/headless options; false (with a message printed) on bad input.
bool parseOptions(QCoreApplication &app, RuntimeConfig *config, bool *headless,
                  bool *minimised = nullptr)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Uptrack watches your cron jobs: they ping it when they finish, and it "
            "alerts you when a ping does not come.\n\nSub-commands: uptrack monitor "
            "--help"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
            {QStringLiteral("headless"),
             QCoreApplication::translate("main", "Run the core without a window.")},
            {QStringLiteral("db"),
             QCoreApplication::translate("main", "The database (default: %1).")
                     .arg(defaultDatabasePath()),
             QStringLiteral("path")},
            {QStringLiteral("listen"),
             QCoreApplication::translate("main",
                                         "Where to listen for pings (default: all interfaces, "
                                         "port 8470)."),
             QStringLiteral("addr:port")},
            {QStringLiteral("base-url"),
             QCoreApplication::translate("main",
                                         "The base of the ping URLs shown to users, when jobs "
                                         "reach this machine by another name."),
             QStringLiteral("url")},
            {QStringLiteral("body-cap"),
             QCoreApplication::translate("main",
                                         "Bytes of a ping's body to store (default: 102400)."),
             QStringLiteral("bytes")},
            {QStringLiteral("keep-pings"),
             QCoreApplication::translate("main",
                                         "Pings kept per monitor; older ones are deleted "
                                         "(default: 1000)."),
             QStringLiteral("n")},
            {QStringLiteral("keep-history"),
             QCoreApplication::translate("main",
                                         "Days of flips, incidents and alerts kept; older ones "
                                         "are deleted daily (default: 400)."),
             QStringLiteral("days")},
            {QStringLiteral("alert-retry"),
             QCoreApplication::translate("main",
                                         "First delay before a failed alert delivery is tried "
                                         "again; it doubles up to an hour (default: 30s)."),
             QStringLiteral("duration")},
            {QStringLiteral("sync"),
             QCoreApplication::translate("main",
                                         "normal: survives a crash of Uptrack (default); full: "
                                         "also survives a power loss, slower."),
             QStringLiteral("normal|full")},
            {QStringLiteral("ping-burst"),
             QCoreApplication::translate("main",
                                         "Pings a monitor may send at once before its rate "
                                         "limit applies (default 100; 0: no limit)."),
             QStringLiteral("n")},
            {QStringLiteral("ping-rate"),
             QCoreApplication::translate("main",
                                         "Pings a minute a monitor may send after the burst; "
                                         "more are answered 429 (default 60; 0: no limit)."),
             QStringLiteral("n")},
            {QStringLiteral("max-connections"),
             QCoreApplication::translate("main",
                                         "Connections at once; more are closed at once "
                                         "(default 10000)."),
             QStringLiteral("n")},
            {QStringLiteral("max-connections-per-source"),
             QCoreApplication::translate("main",
                                         "Connections at once from one address (default 256; "
                                         "0: no limit)."),
             QStringLiteral("n")},
            {QStringLiteral("request-timeout"),
             QCoreApplication::translate("main",
                                         "Time for a request to arrive whole, else 408 and "
                                         "the connection is closed (default: 30s)."),
             QStringLiteral("duration")},
            {QStringLiteral("idle-timeout"),
             QCoreApplication::translate("main",
                                         "An idle keep-alive connection is closed after this "
                                         "(default: 60s)."),
             QStringLiteral("duration")},
            {{QStringLiteral("minimised"), QStringLiteral("minimized")},
             QCoreApplication::translate("main",
                                         "Start the console hidden in the system tray, when "
                                         "there is one (as the login entry does).")},
    });
    parser.process(app);
    *headless = parser.isSet(QStringLiteral("headless"));
    if (minimised)
        *minimised = parser.isSet(QStringLiteral("minimised"));
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
    if (parser.isSet(QStringLiteral("body-cap"))) {
        bool ok = false;
        const qint64 cap = parser.value(QStringLiteral("body-cap")).toLongLong(&ok);
        if (!ok || cap < 0 || cap > 64 * 1024 * 1024) {
            printError(QCoreApplication::translate(
                    "main", "--body-cap: a number of bytes from 0 to 67108864"));
            return false;
        }
        config->receiver.http.bodyCap = cap;
    }
    if (parser.isSet(QStringLiteral("keep-pings"))) {
        bool ok = false;
        const qint64 keep = parser.value(QStringLiteral("keep-pings")).toLongLong(&ok);
        if (!ok || keep < 1) {
            printError(QCoreApplication::translate("main", "--keep-pings: a number from 1 up"));
            return false;
        }
        config->engine.pingsKeptPerMonitor = keep;
    }
    if (parser.isSet(QStringLiteral("keep-history"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("keep-history")).toInt(&ok);
        if (!ok || days < 30 || days > 36'500) {
            printError(QCoreApplication::translate("main",
                                                   "--keep-history: a number of days from 30 to "
                                                   "36500"));
            return false;
        }
        config->retention.historyDays = days;
        config->retention.deliveryDays = qMin<qint64>(config->retention.deliveryDays, days);
    }
    if (parser.isSet(QStringLiteral("alert-retry"))) {
        QString why;
        const auto ms = parseDuration(parser.value(QStringLiteral("alert-retry")), &why);
        if (!ms || *ms < 1000 || *ms > 3'600'000) {
            printError(QCoreApplication::translate("main", "--alert-retry: from 1s to 1h"));
            return false;
        }
        config->notifier.firstRetryMs = *ms;
    }
    for (const auto &[name, target] :
         {std::pair{"ping-burst", &config->receiver.pingBurst},
          std::pair{"ping-rate", &config->receiver.pingsPerMinute},
          std::pair{"max-connections", &config->receiver.http.maxConnections},
          std::pair{"max-connections-per-source",
                    &config->receiver.http.maxConnectionsPerSource}}) {
        if (!parser.isSet(QString::fromLatin1(name)))
            continue;
        bool ok = false;
        const int n = parser.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || n < 0 || n > 1'000'000) {
            printError(QCoreApplication::translate("main", "--%1: a number from 0 to 1000000")
                               .arg(QString::fromLatin1(name)));
            return false;
        }
        *target = n;
    }
    if (config->receiver.http.maxConnections < 1) {
        printError(QCoreApplication::translate("main", "--max-connections: at least 1"));
        return false;
    }
    for (const auto &[name, target] :
         {std::pair{"request-timeout", &config->receiver.http.requestTimeoutMs},
          std::pair{"idle-timeout", &config->receiver.http.idleTimeoutMs}}) {
        if (!parser.isSet(QString::fromLatin1(name)))
            continue;
        QString why;
        const auto ms = parseDuration(parser.value(QString::fromLatin1(name)), &why);
        if (!ms || *ms < 1000 || *ms > 3'600'000) {
            printError(QCoreApplication::translate("main", "--%1: from 1s to 1h")
                               .arg(QString::fromLatin1(name)));
            return false;
        }
        *target = int(*ms);
    }
    const QString sync = parser.value(QStringLiteral("sync"));
    if (sync == QLatin1String("full"))
        config->sync = SyncMode::Full;
    else if (!sync.isEmpty() && sync != QLatin1String("normal")) {
        printError(QCoreApplication::translate("main", "--sync: normal or full"));
        return false;
    }
    return true;
}

/// Asks what to do with a damaged database; true when it was replaced (start again).
bool offerRecovery(const QString &path, const QString &error, const Clock &clock)
{
    const QString backup = Recovery::latestBackup(path);
    QMessageBox box(QMessageBox::Critical, QObject::tr("The database is damaged"),
                    error + QStringLiteral("\n\n")
                            + QObject::tr("The damaged file is kept beside the new one either "
                                          "way, so nothing is deleted."));
    QPushButton *restore = nullptr;
    if (!backup.isEmpty())
        restore = box.addButton(QObject::tr("&Restore the newest backup (%1)")
                                        .arg(QLocale().toString(QFileInfo(backup).lastModified(),
                                                                QLocale::ShortFormat)),
                                QMessageBox::AcceptRole);
    QPushButton *fresh = box.addButton(QObject::tr("Start with a &new database"),
                                       QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restore ? restore : fresh);
    box.exec();
    QString aside, why;
    bool ok = false;
    if (restore && box.clickedButton() == restore)
        ok = Recovery::restore(path, backup, clock, &aside, &why);
    else if (box.clickedButton() == fresh)
        ok = Recovery::setAside(path, clock, &aside, &why);
    else
        return false;
    if (!ok) {
        QMessageBox::critical(nullptr, QObject::tr("Uptrack cannot start"), why);
        return false;
    }
    printError(QObject::tr("the damaged database was moved to %1").arg(aside));
    return true;
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    i18n::install(ConsoleSettings::load().language);
    RuntimeConfig config;
    bool headless = true;
    if (!parseOptions(app, &config, &headless))
        return 2;
    SystemClock clock;
    CoreRuntime core(config, clock);
    QString error;
    if (!core.start(&error)) {
        printError(error);
        if (Recovery::damaged(config.databasePath))
            printError(Recovery::advice(config.databasePath));
        return 1;
    }
    if (!core.listenError().isEmpty()) {
        printError(core.listenError());
        core.stop();
        return 1;
    }
    printError(QCoreApplication::translate("main", "listening for pings at %1 (database %2)")
                       .arg(core.pingUrls().base, config.databasePath));
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });
    const int status = app.exec();
    core.stop();
    return status;
}

int runConsole(int argc, char **argv)
{
    QApplication app(argc, argv);
    i18n::install(ConsoleSettings::load().language);
    QApplication::setApplicationDisplayName(QStringLiteral("Uptrack"));
    // Matches the installed org.uptrack.Uptrack.desktop: docks and Wayland find its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.uptrack.Uptrack"));
    // The console's saved settings first; options on the command line win.
    const ConsoleSettings settings = ConsoleSettings::load();
    RuntimeConfig config;
    config.receiver.http.bodyCap = settings.bodyCap;
    config.engine.pingsKeptPerMonitor = std::max<qint64>(1, settings.keepPings);
    QString listenError;
    if (!settings.listen.isEmpty()
        && !parseListenAddress(settings.listen, &config.listenAddress, &config.port, &listenError))
        printError(QStringLiteral("settings: listen address ignored: ") + listenError);
    bool headless = false;
    bool minimised = false;
    if (!parseOptions(app, &config, &headless, &minimised))
        return 2;
    // One console per database: a second launch brings the running one to the front.
    QJsonObject reply;
    if (ControlClient::send(
                ControlServer::nameFor(QFileInfo(config.databasePath).absoluteFilePath()),
                QJsonObject{{QStringLiteral("command"), QStringLiteral("console.show")}}, &reply,
                5000)
        && reply.value(QLatin1String("ok")).toBool()) {
        printError(QCoreApplication::translate(
                "main", "already running; brought its window to the front."));
        return 0;
    }
    SystemClock clock;
    QString error;
    // A damaged database: offer the newest backup, or a new database (the damaged file
    // is kept aside either way), then start again.
    auto started = [&]() -> std::unique_ptr<CoreRuntime> {
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto runtime = std::make_unique<CoreRuntime>(config, clock);
            if (runtime->start(&error))
                return runtime;
            runtime.reset();
            if (attempt > 0 || !Recovery::damaged(config.databasePath)
                || !offerRecovery(config.databasePath, error, clock))
                break;
        }
        return nullptr;
    };
    const std::unique_ptr<CoreRuntime> running = started();
    if (!running) {
        printError(error);
        QMessageBox::critical(nullptr, QObject::tr("Uptrack cannot start"), error);
        return 1;
    }
    CoreRuntime &core = *running;
    core.acceptShowRequests();
    if (!core.listenError().isEmpty())
        printError(core.listenError());
    MainWindow window(core, clock);
    QObject::connect(&core, &CoreRuntime::showWindowRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    if ((settings.startMinimised || minimised) && window.tray()->available())
        window.hide(); // watching from the tray; its icon opens the window
    else
        window.show();
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });
    const int status = app.exec();
    core.stop();
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("uptrack"));
    QCoreApplication::setApplicationName(QStringLiteral("uptrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UPTRACK_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (isSubcommand(arguments) && arguments.contains(QStringLiteral("report"))) {
        // PDF layout needs fonts, hence a QGuiApplication; it never shows a window.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        i18n::install(ConsoleSettings::load().language);
        QLoggingCategory::setFilterRules(
                QStringLiteral("uptrack.*.info=false\nqt.qpa.*=false\nqt.text.*=false"));
        return runSubcommand(app.arguments());
    }
    if (isSubcommand(arguments)) {
        QCoreApplication app(argc, argv);
        i18n::install(ConsoleSettings::load().language);
        // Scripts read our output; keep progress chatter out of it.
        QLoggingCategory::setFilterRules(
                QStringLiteral("uptrack.*.info=false\nuptrack.secrets.warning=false"));
        return runSubcommand(app.arguments());
    }
    // --help and --version need no window (and must work where there is no display).
    static const QStringList noWindow
            = {QStringLiteral("--headless"), QStringLiteral("--help"),    QStringLiteral("-h"),
               QStringLiteral("--help-all"), QStringLiteral("--version"), QStringLiteral("-v")};
    for (const QString &a : std::as_const(arguments)) {
        if (noWindow.contains(a))
            return runHeadless(argc, argv);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        printError(QCoreApplication::translate(
                "main",
                "no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start "
                "the console from your desktop session, or run \"uptrack --headless\" "
                "on a machine without one."));
        return 1;
    }
    return runConsole(argc, argv);
}
