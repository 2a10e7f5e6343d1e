// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

#include <QJsonObject>

#include <functional>

namespace uptrack {

class Engine;
class Notifier;
class SecretStore;
struct Monitor;

/// Carries out management commands on an engine: the same code runs inside a running
/// instance (reached through ControlServer or the console) and in a sub-command that found
/// none. Secrets that come with a command (a channel's URL or password, a check's secret
/// header values) go to the secret store here, and only there; what a removed monitor or
/// channel kept in it is removed with it.
class CommandHandler
{
public:
    using Done = std::function<void(const command::Reply &)>;

    CommandHandler(Engine &engine, Notifier *notifier, const SecretStore &secrets)
        : m_engine(engine), m_notifier(notifier), m_secrets(secrets)
    { }
    /// Most commands reply before returning; those that touch the secret store or send a
    /// test reply when that is done, in this thread.
    void handle(const command::Command &command, Done done);
    /// The same for a command as JSON (the control socket): a malformed one is refused.
    void handleJson(const QJsonObject &json, std::function<void(const QJsonObject &)> reply);
    /// What ShowConsole does (a console raises its window); unset: the instance has no
    /// window and says so.
    void setShowWindow(std::function<void()> show) { m_showWindow = std::move(show); }

private:
    void run(const command::AddMonitor &c, Done done);
    void run(const command::EditMonitor &c, Done done);
    void run(const command::PauseMonitor &c, Done done);
    void run(const command::ResumeMonitor &c, Done done);
    void run(const command::RemoveMonitor &c, Done done);
    void run(const command::TestPing &c, Done done);
    void run(const command::AddChannel &c, Done done);
    void run(const command::EditChannel &c, Done done);
    void run(const command::RemoveChannel &c, Done done);
    void run(const command::TestChannel &c, Done done);
    void run(const command::SetIncidentNote &c, Done done);
    void run(const command::AcknowledgeIncident &c, Done done);
    void run(const command::Mute &c, Done done);
    void run(const command::Unmute &c, Done done);
    void run(const command::ShowConsole &c, Done done);
    void run(const command::AddApiKey &c, Done done);
    void run(const command::RemoveApiKey &c, Done done);
    void run(const command::AddMaintenance &c, Done done);
    void run(const command::EditMaintenance &c, Done done);
    void run(const command::RemoveMaintenance &c, Done done);

    /// Puts secret header values in the store and names them in the spec's check, then
    /// calls `next` with the store key ("" when there were none); a store that refuses
    /// ends the command.
    void storeCheckSecrets(const QMap<QString, QString> &values, MonitorSpec *spec, Done done,
                           std::function<void(const QString &ref)> next);
    /// The monitor `ref` names, or null after replying that there is none.
    const Monitor *target(const QString &ref, const Done &done) const;
    /// Removes the secret `ref` names (its key made by `keyOf`) from the store, then
    /// replies `reply` (with a warning if it stays); with no `ref`, just replies.
    void forgetSecret(QString (*keyOf)(const QString &), const QString &ref, command::Reply reply,
                      Done done);

    Engine &m_engine;
    Notifier *m_notifier;
    const SecretStore &m_secrets;
    std::function<void()> m_showWindow;
};

} // namespace uptrack
