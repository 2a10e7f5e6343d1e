// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <functional>

namespace uptrack {

class Engine;
class Notifier;

/// Executes a management command (JSON) on an engine: the same code runs inside a
/// running instance (reached through ControlServer) and in a sub-command that found
/// none. Commands: monitor.add, monitor.edit, monitor.pause, monitor.resume,
/// monitor.remove, channel.add, channel.edit, channel.remove, channel.test.
/// Replies {"ok": true, "id": N, ...} or {"ok": false, "error": "..."}.
class CommandHandler
{
public:
    using Reply = std::function<void(const QJsonObject &)>;

    CommandHandler(Engine &engine, Notifier *notifier) : m_engine(engine), m_notifier(notifier) { }
    /// Most commands reply before returning; channel.test replies when the test is done.
    void handle(const QJsonObject &command, Reply reply);
    /// What "console.show" does (a console raises its window); unset: the instance
    /// has no window and says so.
    void setShowWindow(std::function<void()> show) { m_showWindow = std::move(show); }

private:
    QJsonObject monitorCommand(const QString &name, const QJsonObject &command);
    QJsonObject channelCommand(const QString &name, const QJsonObject &command);

    Engine &m_engine;
    Notifier *m_notifier;
    std::function<void()> m_showWindow;
};

} // namespace uptrack
