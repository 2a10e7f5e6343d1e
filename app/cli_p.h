// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's insides, shared by its files: cli.cpp (dispatch, running commands),
// climonitors.cpp, clichecks.cpp, clichannels.cpp (channels and alerts), clireport.cpp
// (reports and incident notes), clischedule.cpp. Not an interface: only app/ includes it.
#pragma once

#include "control/commands.h"
#include "domain/mute.h"
#include "format/jsonformat.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>
#include <optional>

namespace uptrack::cli {

inline void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

inline void err(const QString &text)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

inline void printJson(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    out(QString::fromUtf8(bytes));
}

inline QString localTime(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

/// This run serves `uptrack --server` on another machine (the core's
/// POST /api/uptrack/v1/cli started it with UPTRACK_REMOTE=1).
bool servesRemoteCaller();

/// A crontab's text from a file, standard input ("-"), or `crontab -l [-u USER]` of this
/// machine (cliimport.cpp); false with *error.
bool readCrontab(const QString &source, const QString &user, QString *text, QString *error);

/// Everything one sub-command invocation needs.
class Cli
{
public:
    explicit Cli(QStringList arguments) : m_arguments(std::move(arguments)) { }
    int run();

private:
    // climonitors.cpp
    int monitorCommand(const QString &verb, const QStringList &rest);
    int add(const QStringList &rest);
    int edit(const QString &ref);
    int changeState(const QString &verb, const QString &ref);
    int list();
    int show(const QString &ref);
    int pings(const QString &ref);
    /// The monitor options as a spec; false (with the problems printed) when they say
    /// something wrong.
    bool specFromOptions(MonitorSpec *spec, QMap<QString, QString> *secretHeaders);
    int printMonitor(qint64 id);
    /// Sends a monitor command and prints the monitor it answers with.
    int sendAndShow(const command::Command &command);
    QJsonObject withChannels(QJsonObject json, const Monitor &m);
    /// Monitors' names by id, read once (for "depends_on" and "parent").
    MonitorNames monitorNames();
    QJsonObject runStatistics(qint64 monitorId);
    // clichecks.cpp
    /// The --http/--tcp/--icmp/--dns check options, as the check's JSON fields; the values of
    /// --secret-header read from standard input.
    bool checkFromOptions(MonitorSpec *spec, QMap<QString, QString> *secretHeaders);
    // clichannels.cpp
    int channelCommand(const QString &verb, const QStringList &rest);
    int channelAdd(const QStringList &rest);
    int channelList();
    int channelEdit(const QString &ref);
    /// --on and --reminder, as channel add and edit take them; false (with a message) when
    /// they say something wrong.
    bool eventOptions(std::optional<bool> *onDown, std::optional<bool> *onUp,
                      std::optional<qint64> *reminderMs);
    int channelTest(const QString &ref);
    int channelRemove(const QString &ref);
    int alerts();
    /// Lines from standard input, or from a prompt each on a terminal; `labels` says what
    /// each is. The first `required` must come (-1: all), the rest may be left out (then
    /// empty). False (with a message) when fewer came or the first is empty.
    bool readSecrets(const QStringList &labels, QStringList *values, qsizetype required = -1);
    // cliapikeys.cpp
    int apiKeyCommand(const QString &verb, const QStringList &rest);
    int tlsFingerprint();
    // climaintenance.cpp
    int maintenanceCommand(const QString &verb, const QStringList &rest);
    /// The window options over `window` (an edit starts from the stored one): Ok, or the
    /// exit status after saying what is wrong (Usage; Failed for an unknown monitor).
    int windowFromOptions(MaintenanceWindow *window, bool editing);
    int printWindow(qint64 id);
    std::optional<MaintenanceWindow> findWindow(const QString &ref);
    /// The names of the monitors a window names (by id).
    QStringList coveredNames(const MaintenanceWindow &w);
    /// A monitor as the windows have it now: in maintenance (name, until) when one covers
    /// it, whether or not a core has noticed yet.
    void withMaintenance(Monitor *m);
    // climute.cpp
    int muteCommand(bool muting, const QStringList &rest);
    int listMutes();
    bool muteScopeOptions(QString *monitor, QString *tag);
    /// "all", "monitor:NAME", "tag:TAG"
    QString muteScopeOf(const Mute &m);
    /// {"until", "scope", "since"}
    QJsonObject muteJson(const Mute &m);
    // cliimport.cpp
    int importCommand(const QString &verb, const QStringList &rest);
    // clireport.cpp, clischedule.cpp
    int report();
    int incident(const QStringList &rest);
    int acknowledge(const QStringList &rest);
    int schedule();

    bool openDatabase();
    std::optional<Monitor> findMonitor(const QString &ref);
    PingUrls urls();
    /// Runs a command on the instance that holds the database, or here when none does.
    command::Reply execute(const command::Command &command);
    /// Prints what a refused command's reply says (its problems, one a line).
    void printFailure(const command::Reply &reply);
    /// Every row a repository holds (none when the database does not exist yet); false,
    /// with the reason printed, when it cannot be read.
    template<typename Repository, typename T> bool loadAll(QList<T> *out)
    {
        if (!QFileInfo::exists(m_dbPath))
            return true;
        if (!openDatabase())
            return false;
        Repository repo(*m_db);
        if (repo.loadAll(out))
            return true;
        err(m_db->describe(repo.lastError()));
        return false;
    }
    /// --limit N: false (with a message) when it is not a positive number.
    bool limitOption(int *limit);
    int help(const QString &subcommand, const QString &verb);
    /// Ok, or the exit status after saying why a remote caller may not run this here.
    int refuseForRemoteCaller(const QString &subcommand, const QString &verb,
                              const QStringList &rest);

    QStringList m_arguments;
    QCommandLineParser m_parser;
    SystemClock m_clock;
    QString m_dbPath;
    bool m_json = false;
    std::unique_ptr<Database> m_db;
    QHash<qint64, QString> m_channelNames;
    QHash<qint64, QString> m_monitorNames;
    QList<MaintenanceWindow> m_windows; ///< for withMaintenance(), read once
    bool m_windowsLoaded = false;
};

} // namespace uptrack::cli
