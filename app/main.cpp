// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "connectdialog.h"
#include "consolecore.h"
#include "consoleoptions.h"
#include "consolesettings.h"
#include "control/controlserver.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "remote/apiclient.h"
#include "remote/remotecore.h"
#include "runtime/coreruntime.h"
#include "schedule/duration.h"
#include "secrets/secretstore.h"
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
#include <functional>
#include <memory>

using namespace uptrack;

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "uptrack: %s\n", qPrintable(text));
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

// Runs the event loop until the application quits or a SIGTERM/SIGINT asks it to, then
// stops the core (its last writes committed); the event loop's exit status.
int runUntilQuit(QCoreApplication &app, const std::function<void()> &stop)
{
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app,
                     // exit(), not quit(): a window that hides in the tray instead of
                     // closing cannot cancel a termination
                     [](int) { QCoreApplication::exit(0); });
    const int status = app.exec();
    stop();
    return status;
}

// The running core logs what it does (info) and what goes wrong; its debug lines (one per
// refused or slow request, say) would let a flood of hostile requests flood the journal,
// so they are off unless QT_LOGGING_RULES asks for them ("uptrack.*.debug=true").
void keepDebugLinesOff()
{
    QLoggingCategory::setFilterRules(QStringLiteral("uptrack.*.debug=false"));
}

/// The saved settings (the console's, and what consoles elsewhere changed) as a
/// configuration; options on the command line are read over it.
RuntimeConfig savedConfig(const ConsoleSettings &settings)
{
    RuntimeConfig config;
    config.receiver.http.bodyCap = settings.bodyCap;
    config.engine.pingsKeptPerMonitor = std::max<qint64>(1, settings.keepPings);
    config.selfPingUrl = settings.selfPingUrl;
    config.keepAwake = settings.keepAwake;
    config.selfPingEveryMs = std::max<qint64>(10'000, settings.selfPingEveryMs);
    QString listenError;
    if (!settings.listen.isEmpty()
        && !parseListenAddress(settings.listen, &config.listenAddress, &config.port, &listenError))
        printError(QStringLiteral("settings: listen address ignored: ") + listenError);
    return config;
}

/// What a console elsewhere changes (File → Settings over the API) is kept, as the
/// console here keeps its own: it holds after a restart.
void keepRemoteChanges(CoreRuntime &core)
{
    QObject::connect(&core, &CoreRuntime::settingsChangedRemotely, &core, [&core] {
        ConsoleSettings settings = ConsoleSettings::load();
        const RuntimeConfig &c = core.config();
        const QString host = c.listenAddress == QHostAddress::Any ? QStringLiteral("*")
                : c.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                ? QStringLiteral("[%1]").arg(c.listenAddress.toString())
                : c.listenAddress.toString();
        settings.listen = QStringLiteral("%1:%2").arg(host).arg(c.port);
        settings.bodyCap = c.receiver.http.bodyCap;
        settings.keepPings = c.engine.pingsKeptPerMonitor;
        settings.save();
    });
}

int runHeadless(int argc, char **argv)
{
    // PDF reports (GET /api/uptrack/v1/report) are laid out with fonts, which need a
    // QGuiApplication; the offscreen platform needs no display and shows nothing.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    keepDebugLinesOff();
    const ConsoleSettings settings = ConsoleSettings::load();
    i18n::install(settings.language);
    RuntimeConfig config = savedConfig(settings);
    bool headless = true;
    if (!parseConsoleOptions(app, &config, &headless))
        return 2;
    config.cliProgram = QCoreApplication::applicationFilePath();
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
    printError(SecretStore::describeBackend());
    keepRemoteChanges(core);
    return runUntilQuit(app, [&core] { core.stop(); });
}

/// A console attached to the core on another machine (--connect URL): nothing runs or
/// is stored here but the window; the key and the pinned certificate are this desktop's.
int runRemoteConsole(QApplication &app, const RemoteTarget &target, bool minimised)
{
    QString error;
    const QUrl server = remote::serverUrl(target.server, &error);
    if (!server.isValid()) {
        printError(QStringLiteral("--connect: ") + error);
        return 2;
    }
    QString fingerprint;
    if (!target.fingerprint.isEmpty()) {
        fingerprint = remote::normalizeFingerprint(target.fingerprint);
        if (fingerprint.isEmpty()) {
            printError(QCoreApplication::translate(
                               "main",
                               "--fingerprint (or UPTRACK_FINGERPRINT): \"%1\" is not a SHA-256 "
                               "fingerprint (64 hex digits, as \"uptrack tls fingerprint\" "
                               "prints them).")
                               .arg(target.fingerprint));
            return 2;
        }
    }
    // Where nobody can answer a dialog (offscreen, a script), nothing is asked.
    const QString platform = QGuiApplication::platformName();
    const bool ask = platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
    const std::optional<Attachment> attachment
            = prepareAttachment(server, fingerprint, nullptr, &error, ask);
    if (!attachment) {
        if (error.isEmpty())
            return 1; // the admin cancelled: nothing to say
        printError(error);
        if (ask)
            QMessageBox::critical(nullptr, QObject::tr("Uptrack cannot connect"), error);
        return 1;
    }
    if (!error.isEmpty())
        printError(error); // attached, but the key could not be kept
    remote::RemoteCore core(server, attachment->apiKey, attachment->fingerprint);
    remote::ApiClient api(server, attachment->apiKey, attachment->fingerprint);
    RemoteConsole console(core, api, attachment->name);
    SystemClock clock;
    MainWindow window(console, clock);
    console.readSettings();
    core.start();
    printError(QCoreApplication::translate("main", "attached to %1 (%2)")
                       .arg(attachment->name, remote::originOf(server)));
    if (minimised && window.tray()->available())
        window.hide();
    else
        window.show();
    return runUntilQuit(app, [&core] { core.stop(); });
}

int runConsole(int argc, char **argv)
{
    QApplication app(argc, argv);
    keepDebugLinesOff();
    i18n::install(ConsoleSettings::load().language);
    // No application display name: Qt would append it to every title ("Uptrack — 3 down —
    // Uptrack"); the window's own title names Uptrack.
    // Matches the installed org.uptrack.Uptrack.desktop: docks and Wayland find its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.uptrack.Uptrack"));
    // The console's saved settings first; options on the command line win.
    const ConsoleSettings settings = ConsoleSettings::load();
    RuntimeConfig config = savedConfig(settings);
    bool headless = false;
    bool minimised = false;
    RemoteTarget remoteTarget;
    if (!parseConsoleOptions(app, &config, &headless, &minimised, &remoteTarget))
        return 2;
    if (!remoteTarget.server.isEmpty())
        return runRemoteConsole(app, remoteTarget, settings.startMinimised || minimised);
    config.cliProgram = QCoreApplication::applicationFilePath();
    // One console per database: a second launch brings the running one to the front.
    command::Reply reply;
    if (ControlClient::send(
                ControlServer::nameFor(QFileInfo(config.databasePath).absoluteFilePath()),
                command::ShowConsole{}, &reply, 5000)
        && reply.ok) {
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
    keepRemoteChanges(core);
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
    return runUntilQuit(app, [&core] { core.stop(); });
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

    QString word;
    const Invocation invocation = classify(arguments, &word);
    if (invocation == Invocation::UnknownSubcommand) {
        QCoreApplication app(argc, argv);
        i18n::install(ConsoleSettings::load().language);
        printError(unknownSubcommandMessage(word));
        return 2;
    }
    if (invocation == Invocation::Subcommand && !remoteServerOf(arguments).isEmpty()) {
        QCoreApplication app(argc, argv);
        i18n::install(ConsoleSettings::load().language);
        QLoggingCategory::setFilterRules(
                QStringLiteral("uptrack.*.debug=false\nuptrack.*.info=false\n"
                               "uptrack.secrets.warning=false"));
        return runRemoteSubcommand(app.arguments());
    }
    if (invocation == Invocation::Subcommand && word == QLatin1String("report")) {
        // PDF layout needs fonts, hence a QGuiApplication; it never shows a window.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        i18n::install(subcommandLanguage(ConsoleSettings::load().language));
        QLoggingCategory::setFilterRules(
                QStringLiteral("uptrack.*.debug=false\nuptrack.*.info=false\nqt.qpa.*=false\n"
                               "qt.text.*=false"));
        return runSubcommand(app.arguments());
    }
    if (invocation == Invocation::Subcommand) {
        QCoreApplication app(argc, argv);
        i18n::install(subcommandLanguage(ConsoleSettings::load().language));
        // Scripts read our output; keep progress chatter out of it.
        QLoggingCategory::setFilterRules(
                QStringLiteral("uptrack.*.debug=false\nuptrack.*.info=false\n"
                               "uptrack.secrets.warning=false"));
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
