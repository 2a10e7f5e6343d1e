// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/channel.h"
#include "domain/maintenance.h"
#include "domain/monitorspec.h"
#include "domain/problem.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>
#include <variant>

/// The management commands, typed: what the command line, the console and the local
/// control socket (and, next, the management API) ask a core to do, and what it answers.
/// Each travels as JSON between processes; toJson() and fromJson() are the only codec.
namespace uptrack::command {

/// A monitor is named by its id, slug or token.
struct AddMonitor
{
    MonitorSpec spec;
    /// Values of the check's secret headers (name -> value): they go to the secret store
    /// and only there; the spec's check then names the headers and the store entry.
    QMap<QString, QString> secretHeaders;
};
struct EditMonitor
{
    QString monitor;
    MonitorSpec spec;
    QMap<QString, QString> secretHeaders; ///< replace the stored ones when given
};
struct PauseMonitor
{
    QString monitor;
};
struct ResumeMonitor
{
    QString monitor;
    bool asNew = false; ///< as Healthchecks' API resumes: new, waiting for a first ping
};
struct RemoveMonitor
{
    QString monitor;
};
/// A success ping from the console, stored and handled like any other.
struct TestPing
{
    QString monitor;
};
struct AddChannel
{
    ChannelSpec channel;
    bool applyToExisting = false; ///< every existing monitor gets it too
};
/// Changes a channel's general settings (what is set; the rest stays). Its kind's own
/// settings and secret stay: a new webhook URL means a new channel.
struct EditChannel
{
    QString channel; ///< its name or id
    std::optional<QString> name;
    std::optional<bool> onDown;
    std::optional<bool> onUp;
    std::optional<qint64> reminderMs;
    std::optional<bool> isDefault;
};
/// A channel is named by its name or id.
struct RemoveChannel
{
    QString channel;
};
struct TestChannel
{
    QString channel;
};
/// The admin's note on an incident; "" removes it.
struct SetIncidentNote
{
    qint64 incident = 0;
    QString note;
};
/// "I'm on it": reminders and pending escalations of an open incident stop; its
/// recovery still goes out. `by`: the local user name of whoever acknowledged it.
struct AcknowledgeIncident
{
    qint64 incident = 0; ///< 0: the open incident of `monitor`
    QString monitor;     ///< an id, slug or token
    QString by;
    QString note;
};
/// Alerts of every monitor (no monitor, no tag), one monitor or a tag are recorded but
/// not sent until `untilMs`; the same scope again moves its end.
struct Mute
{
    QString monitor; ///< an id, slug or token
    QString tag;
    qint64 untilMs = 0;
};
/// Ends the mute of a scope now (all of them: `all`), with its summaries.
struct Unmute
{
    bool all = true;
    QString monitor;
    QString tag;
};
/// A second console on the same database asks the running one to show its window.
struct ShowConsole
{
};
/// A management API key; the reply carries the key itself, once.
struct AddApiKey
{
    QString name;
    bool readOnly = false;
};
struct RemoveApiKey
{
    QString name;
};

/// A maintenance window, whole (monitors by id); an edit names the window it replaces
/// in window.id.
struct AddMaintenance
{
    MaintenanceWindow window;
};
struct EditMaintenance
{
    MaintenanceWindow window;
};
struct RemoveMaintenance
{
    qint64 window = 0;
};

using Command = std::variant<AddMonitor, EditMonitor, PauseMonitor, ResumeMonitor, RemoveMonitor,
                             TestPing, AddChannel, EditChannel, RemoveChannel, TestChannel,
                             SetIncidentNote, ShowConsole, AddApiKey, RemoveApiKey, AddMaintenance,
                             EditMaintenance, RemoveMaintenance, AcknowledgeIncident, Mute, Unmute>;

/// The answer to a command.
struct Reply
{
    bool ok = false;
    QString error;          ///< what went wrong, for a person
    QString warning;        ///< done, but something a person should know (a secret left behind)
    Problems problems;      ///< field by field, when the request itself was wrong
    qint64 id = 0;          ///< the monitor, channel or incident concerned
    bool delivered = false; ///< TestChannel: whether the test message got through
    QString outcome;        ///< TestChannel: what the channel answered
    /// AddApiKey: the new key, the only time it is seen (the core keeps only its hash);
    /// with its name, access and creation time.
    QString key;
    QJsonObject apiKey;

    static Reply success(qint64 id = 0);
    static Reply failure(const QString &error);
    /// Refused for what is wrong with its fields (error: their messages, one a line).
    static Reply refused(const Problems &problems);

    QJsonObject toJson() const;
    static Reply fromJson(const QJsonObject &json);
};

/// The name of a command on the wire ("monitor.add", "channel.test", ...).
QString nameOf(const Command &command);
QJsonObject toJson(const Command &command);
/// The command `json` describes, or nullopt with *error saying why it is none.
std::optional<Command> fromJson(const QJsonObject &json, QString *error);

} // namespace uptrack::command
